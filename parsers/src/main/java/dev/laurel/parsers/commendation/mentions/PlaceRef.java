package dev.laurel.parsers.commendation.mentions;

import dev.laurel.model.RegionKind;
import dev.laurel.parsers.commendation.text.Lexicon;
import dev.laurel.region.Region;

/**
 * A place name found in the text and what the gazetteer knows of it.
 *
 * @param name       the name as written, without a province prefix (杭州市)
 * @param chainStart where the whole mention starts, province prefix included (浙江省杭州市)
 * @param start      offset of {@code name} in the string it was found in
 * @param end        offset after {@code name}
 * @param province   the province, as the gazetteer names it, or as written when the gazetteer does not know it
 * @param region     the gazetteer entry, or null when unknown or ambiguous
 * @param candidates how many gazetteer entries the name had (0 unknown, 1 resolved, more ambiguous)
 */
public record PlaceRef(String name, int chainStart, int start, int end, String province, Region region, int candidates) {

    /** The same place found at another offset. */
    public PlaceRef shift(int delta) {
        return new PlaceRef(name, chainStart + delta, start + delta, end + delta, province, region, candidates);
    }

    /**
     * The place under its official name when the text writes another form (徐州 → 徐州市, 威宁自治县 →
     * 威宁彝族回族苗族自治县, 恩施州 → 恩施土家族苗族自治州); a name that is the official one in another
     * script (韶關市) stays as written, and a short form in it takes its ending in that script (彭陽 → 彭陽縣).
     */
    public PlaceRef official() {
        if (region == null) {
            return this;
        }
        String written = dev.laurel.text.TraditionalToSimplified.toSimplified(name);
        String city = SharedDistrictNames.cityOf(region);
        if (city != null) {
            // 济南市市中区 beside 枣庄市市中区: a district whose name others share is named with its city, as documents name it
            String full = city + region.name();
            return written.equals(full) ? this : new PlaceRef(full, chainStart, start, end, province, region, candidates);
        }
        if (written.equals(region.name())) {
            return this;
        }
        String official = region.name();
        if (!written.equals(name) && official.startsWith(written)) {
            // 彭陽 on a traditional page: 彭陽縣, the page's script, as its full name 彭陽縣 gives
            official = name + traditional(official.substring(written.length()));
        }
        return new PlaceRef(official, chainStart, start, end, province, region, candidates);
    }

    /** The traditional forms of the chars ending official names ({@code traditional-name-endings.txt}). */
    private static final Lexicon TRADITIONAL_ENDINGS = Lexicon.load("traditional-name-endings.txt");

    /** A name's ending (县, 瑶族自治县 …) in traditional script. */
    private static String traditional(String ending) {
        StringBuilder out = new StringBuilder(ending.length());
        for (int i = 0; i < ending.length(); i++) {
            String t = TRADITIONAL_ENDINGS.tag(ending.substring(i, i + 1));
            out.append(t != null ? t : ending.substring(i, i + 1));
        }
        return out.toString();
    }

    /** The administrative level, or null when unknown or ambiguous. */
    public RegionKind kind() {
        return region == null ? null : region.kind();
    }

    /** The GB/T 2260 code, or null when unknown or ambiguous. */
    public String regionCode() {
        return region == null ? null : region.code();
    }

    /**
     * True when a pointer of this level (该县: 县, 全区: 区) can point at this place (a 林区, 特区 or 地区 fits 区, and a
     * place renamed from a county or a city fits 县 or 市 too); a place of unknown kind fits any, and
     * 本港 or 全澳 (a Hong Kong or Macao outlet's own city) none.
     */
    public boolean fitsLevel(char level) {
        RegionKind k = kind();
        if (k == null) {
            return true; // 市中区 of several cities: its kind is not known, so it may be what 全区 points at
        }
        boolean fits = switch (level) {
            case '市' -> k == RegionKind.PREFECTURE_CITY || k == RegionKind.COUNTY_LEVEL_CITY;
            case '县' -> k == RegionKind.COUNTY;
            case '区' -> k == RegionKind.DISTRICT || k == RegionKind.OTHER && region.name().endsWith("区"); // 神农架林区, 六枝特区
            case '州' -> k == RegionKind.AUTONOMOUS_PREFECTURE;
            case '旗' -> k == RegionKind.BANNER;
            case '盟' -> k == RegionKind.LEAGUE;
            case '港', '澳' -> false;
            default -> true;
        };
        return fits || (level == '县' || level == '市') && formerlyOfLevel(level);
    }

    /**
     * True when a former name of the place ends in {@code level} (宁乡市, 宁乡县 until 2017: a page of 2013 says 该县 and 全县
     * of it); not 区, since 林芝市 was 林芝地区 and 我区 on its pages is Tibet.
     */
    private boolean formerlyOfLevel(char level) {
        for (String former : region.formerNames()) {
            if (former.charAt(former.length() - 1) == level) {
                return true;
            }
        }
        return false;
    }

    public boolean known() {
        return candidates > 0;
    }

    public boolean ambiguous() {
        return candidates > 1;
    }

    /** The index of the last place of {@code places} (in text order) that ends at or before {@code offset}, or -1. */
    public static int lastEndingBy(java.util.List<PlaceRef> places, int offset) {
        int lo = 0;
        int hi = places.size() - 1;
        int found = -1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (places.get(mid).end() <= offset) {
                found = mid;
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        return found;
    }
}
