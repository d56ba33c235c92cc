package dev.laurel.parsers.commendation;

import dev.laurel.model.RegionKind;
import dev.laurel.text.TraditionalToSimplified;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The forms of a document's honour that its awardees receive, read once per document:
 * 全国双拥模范城(县) gives 全国双拥模范城 to a city and 全国双拥模范县 to a county; an honour without
 * such forms is given as it is.
 *
 * @param honor  the honour as the document states it, or null
 * @param stem   what precedes the city form (全国双拥模范), or null when the honour has no forms
 * @param city   the city form's ending (城, 城市)
 * @param levels the other forms' endings (县, 区), as written
 */
record HonorTitles(String honor, String stem, String city, List<String> levels) {

    /** 全国双拥模范城(县), 广东省双拥模范城(县、区): a city form and county or district forms in one name. */
    private static final Pattern VARIANTS = Pattern.compile("^(.*?)(城市|城)[(（]([^)）]{1,6})[)）]$");

    static HonorTitles of(String honor) {
        Matcher m = honor == null ? null : VARIANTS.matcher(honor);
        if (m == null || !m.matches()) {
            return new HonorTitles(honor, null, null, List.of());
        }
        return new HonorTitles(honor, m.group(1), m.group(2), List.of(m.group(3).split("、")));
    }

    /** The form of the honour that this place receives, or null when the document states no honour. */
    String of(PlaceRef place) {
        if (stem == null) {
            return honor;
        }
        String level = level(place);
        for (String form : levels) {
            if (TraditionalToSimplified.toSimplified(form).equals(level)) {
                return stem + form;
            }
        }
        return stem + city;
    }

    /** 县 for a county or banner, 区 for a district, else null (a city). */
    private static String level(PlaceRef place) {
        RegionKind kind = place.kind();
        String n = TraditionalToSimplified.toSimplified(place.name());
        if (kind == RegionKind.COUNTY || kind == RegionKind.BANNER || (kind == null && (n.endsWith("县") || n.endsWith("旗")))) {
            return "县";
        }
        if (kind == RegionKind.DISTRICT || (kind == null && n.endsWith("区"))) {
            return "区";
        }
        return null;
    }
}
