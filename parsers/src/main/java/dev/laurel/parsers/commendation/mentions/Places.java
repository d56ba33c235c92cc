package dev.laurel.parsers.commendation.mentions;

import dev.laurel.model.RegionKind;
import dev.laurel.parsers.commendation.text.Lexicon;
import dev.laurel.parsers.commendation.text.Paragraphs;
import dev.laurel.parsers.commendation.text.Sentences;
import dev.laurel.region.Gazetteer;
import dev.laurel.region.Lookup;
import dev.laurel.region.Region;
import dev.laurel.region.RegionMention;
import dev.laurel.region.RegionScanner;
import dev.laurel.text.HanChars;
import dev.laurel.text.TraditionalToSimplified;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Place names for the parser, backed by the gazetteer: headings that consist of a place, names in
 * running text, the document's province. A name the gazetteer does not know is still read when its
 * shape says it is a place (a few chars ending in 市, 县, 区, 旗) and it stands alone or in a list; it
 * then has no code ({@link PlaceRef#known()} is false).
 */
public final class Places {
    /**
     * A place-shaped name standing alone: a few Han chars ending in a division suffix. One char before the suffix
     * is not enough (城市, 全县, 市区 are words; 沛县 and 易县 are in the gazetteer).
     */
    private static final Pattern SHAPED = Pattern.compile(HanChars.REGEX + "{2,6}(?:市|县|區|区|旗|縣)");
    private static final String SUFFIXES = "市县區区旗縣";
    private static final String BEFORE_ITEM = "、，,；;：:";
    private static final String AFTER_ITEM = "、，,；;。．";
    private static final int MAX_STEM = 6;

    /**
     * The longest text whose scan a document's {@code Places} keeps whatever it found (lines, cells, the windows of
     * labels), and the most mentions it keeps of a longer text (a paragraph, scanned for its province and then for its
     * roster): a text of a million names is scanned again rather than held.
     */
    private static final int MAX_REMEMBERED = 64;

    private final Gazetteer gazetteer = Gazetteer.get();
    private final RegionScanner full = RegionScanner.of(RegionScanner.Names.FULL);
    private final RegionScanner withShort = RegionScanner.of(RegionScanner.Names.FULL_AND_SHORT);
    /**
     * The scans of short texts made so far, per scanner, when these lookups serve one document: its stages scan the
     * same lines and label windows again (a heading as a line and as a list row, 全市 before every figure). Null in
     * lookups shared between documents.
     */
    private final Map<String, List<RegionMention>> fullScans;
    private final Map<String, List<RegionMention>> shortScans;
    /** The common-word short names this document makes places (长兴 of 德清、长兴、安吉三县); null in shared lookups. */
    private final PageNames pageNames;

    /** Lookups that keep nothing between calls: immutable and thread-safe. */
    public Places() {
        this(null, null, null);
    }

    private Places(Map<String, List<RegionMention>> fullScans, Map<String, List<RegionMention>> shortScans,
                   PageNames pageNames) {
        this.fullScans = fullScans;
        this.shortScans = shortScans;
        this.pageNames = pageNames;
    }

    /**
     * Lookups for one document, giving what these give, that keep the scans of its short texts for the later
     * stages. Not thread-safe: one document is read on one thread.
     *
     * @return new lookups with empty memories
     */
    public Places forDocument() {
        return new Places(new HashMap<>(), new HashMap<>(), new PageNames(withShort));
    }

    /**
     * Learns, before any scan of the document, the common-word short names {@code text} makes places ({@link PageNames}:
     * 东港 where it writes 东港市, 长兴 in 德清、长兴、安吉三县); lookups shared between documents learn nothing.
     */
    public void learnListedNames(String text) {
        if (pageNames != null) {
            pageNames.learn(text);
        }
    }

    /**
     * {@code scanner.scan(s)} without the short names of zones ({@link #withoutZones}), kept in {@code memory} (when there
     * is one) unless both are long.
     */
    private List<RegionMention> scan(RegionScanner scanner, Map<String, List<RegionMention>> memory, String s) {
        if (memory == null) {
            return withoutZones(scanner.scan(s), s);
        }
        List<RegionMention> found = memory.get(s);
        if (found == null) {
            found = withoutZones(scanner.scan(s), s);
            if (scanner == withShort && !pageNames.isEmpty()) {
                found = pageNames.addTo(found, s);
            }
            found = List.copyOf(found);
            if (s.length() <= MAX_REMEMBERED || found.size() <= MAX_REMEMBERED) {
                memory.put(s, found);
            }
        }
        return found;
    }

    /** Words naming a zone after a place's short name ({@code zone-words.txt}: 高新区, 经开区, 新区). */
    private static final Lexicon ZONES = Lexicon.load("zone-words.txt");
    /** The chars the zone words start with: most mentions are followed by none, and their text is then not simplified. */
    private static final String ZONE_FIRSTS = ZONES.words().stream().map(w -> w.substring(0, 1)).distinct()
            .collect(java.util.stream.Collectors.joining());

    /** Chars that cannot stand in a zone's own name ({@code zone-name-breaks.txt}: 将, 的, 建). */
    private static final String ZONE_NAME_BREAKS = String.join("", Lexicon.load("zone-name-breaks.txt").words());
    /** The longest own name of a zone between a place's short name and the zone word (西海岸 in 青岛西海岸新区). */
    private static final int MAX_ZONE_NAME = 3;

    /**
     * {@code found} without the mentions that are a short name before a zone word (枣庄高新区, 吉林经开区), or before a
     * zone's own name of a few Han chars and the word (青岛西海岸新区, 成都天府新区): the zone's name, no mention of the
     * place. The same list when none is.
     */
    private static List<RegionMention> withoutZones(List<RegionMention> found, String s) {
        List<RegionMention> out = found;
        String simplified = null;
        for (int k = 0; k < found.size(); k++) {
            RegionMention m = found.get(k);
            int end = m.span().end();
            boolean zone = false;
            if (end < s.length() && SUFFIXES.indexOf(s.charAt(end - 1)) < 0) { // 枣庄市高新区 still names 枣庄市
                int next = k + 1 < found.size() ? found.get(k + 1).span().start() : s.length();
                for (int at = end; at <= end + MAX_ZONE_NAME && at < s.length() && !zone; at++) {
                    if (at > end && (at > next || !ownNameChar(s.charAt(at - 1)))) {
                        break; // 青岛将建设新区: a verb, or another place, between: the city's mention
                    }
                    if (ZONE_FIRSTS.indexOf(TraditionalToSimplified.toSimplified(s.charAt(at))) >= 0) {
                        simplified = simplified == null ? TraditionalToSimplified.toSimplified(s) : simplified;
                        zone = ZONES.at(simplified, at) != null;
                    }
                }
            }
            if (zone && out == found) {
                out = new ArrayList<>(found.subList(0, k));
            } else if (!zone && out != found) {
                out.add(m);
            }
        }
        return out;
    }

    /** True when a zone word ({@code zone-words.txt}: 新区, 开发区) ends at {@code at} in {@code s} (simplified). */
    public static boolean zoneEndsAt(String s, int at) {
        return ZONES.list().endingAt(s, at) != null;
    }

    /** The most a zone's own name holds between its place's name and its zone word (太仓|港|经济技术开发区, 柘荣县|东源|工业园区). */
    private static final int MAX_ZONE_OWN_NAME = 3;
    /** The longest place's name a zone's name opens with (柘荣县, 太仓). */
    private static final int MAX_ZONE_PLACE = 6;

    /**
     * Where the name of a zone of a place opening {@code s} at {@code at} (simplified) ends: a division's name or short
     * name, at most {@value #MAX_ZONE_OWN_NAME} chars of the zone's own, then a word of {@code zone-words.txt} (淮北高新区,
     * 太仓港经济技术开发区, 柘荣县东源工业园区); -1 when none opens it.
     */
    public static int zoneNameEnd(String s, int at) {
        int limit = Math.min(s.length(), at + MAX_ZONE_PLACE + MAX_ZONE_OWN_NAME + 9);
        for (int end = at + 4; end <= limit; end++) {
            if (!HanChars.isHan(s.charAt(end - 1))) {
                return -1;
            }
            String zone = ZONES.list().endingAt(s, at, end);
            if (zone == null) {
                continue;
            }
            int zoneStart = end - zone.length();
            if (!dev.laurel.region.Gazetteer.get().lookup(s.substring(at, end)).candidates().isEmpty()) {
                return -1; // 滨海新区, 浦东新区: a division named so
            }
            for (int k = Math.min(MAX_ZONE_PLACE, zoneStart - at); k >= 2 && zoneStart - (at + k) <= MAX_ZONE_OWN_NAME; k--) {
                if (ownName(s, at + k, zoneStart)
                        && !dev.laurel.region.Gazetteer.get().lookup(s.substring(at, at + k)).candidates().isEmpty()) {
                    return end;
                }
            }
        }
        return -1;
    }

    /** True when each char of {@code s[from, to)} may stand in a zone's own name (not 海盐将建设开发区). */
    private static boolean ownName(String s, int from, int to) {
        for (int i = from; i < to; i++) {
            if (!ownNameChar(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** True for a char that may stand in a zone's own name: a Han char not in {@link #ZONE_NAME_BREAKS}. */
    private static boolean ownNameChar(char c) {
        return HanChars.isHan(c) && ZONE_NAME_BREAKS.indexOf(TraditionalToSimplified.toSimplified(c)) < 0;
    }

    /** The place {@code s} consists of (浙江省杭州市, 杭州市), or null. */
    public PlaceRef whole(String s, String provinceHint) {
        if (s.isEmpty()) {
            return null;
        }
        boolean mayBeName = full.mayStartMentionAt(s, 0, s.length()) && full.mayEndMention(s.charAt(s.length() - 1));
        if (!mayBeName && (SUFFIXES.indexOf(s.charAt(s.length() - 1)) < 0 || !SHAPED.matcher(s).matches())) {
            return null;
        }
        List<RegionMention> mentions = scan(full, fullScans, s);
        if (mentions.size() == 1 && mentions.get(0).span().start() == 0 && mentions.get(0).span().end() == s.length()) {
            return ref(mentions.get(0), provinceHint);
        }
        if (!mentions.isEmpty() && mentions.get(0).span().start() == 0 && mentions.get(0).span().end() < s.length()) {
            PlaceRef child = childNamedAfter(s, ref(mentions.get(0), provinceHint));
            if (child != null) {
                return child; // 阳泉市城区, 铜陵市郊区: a city and its district of a common noun's name, in a cell of its own
            }
        }
        if (mentions.isEmpty()) {
            Matcher m = SHAPED.matcher(s);
            if (m.matches() && !commonNoun(s) // not 广西军区, 改造老旧小区
                    && zoneNameEnd(TraditionalToSimplified.toSimplified(s), 0) != s.length()) { // nor 海盐经济开发区
                return new PlaceRef(s, 0, 0, s.length(), provinceHint, null, 0);
            }
        }
        return null;
    }

    /**
     * The division of {@code parent} whose exact name follows it to the end of {@code s} (阳泉市 + 城区), or null: a name
     * the scanner leaves out of running text as a common noun (城区, 郊区, 矿区) is a place when its city stands before it.
     */
    private static PlaceRef childNamedAfter(String s, PlaceRef parent) {
        if (parent.region() == null) {
            return null;
        }
        String rest = dev.laurel.text.TraditionalToSimplified.toSimplified(s.substring(parent.end()));
        for (dev.laurel.region.Region r : dev.laurel.region.Gazetteer.get().children(parent.region().code())) {
            if (r.name().equals(rest)) {
                return new PlaceRef(s.substring(parent.end()), 0, parent.end(), s.length(), r.province().name(), r, 1);
            }
        }
        return null;
    }

    /** Full place names in running text, in order, with unknown list items of place shape. */
    public List<PlaceRef> find(String s, String provinceHint) {
        List<PlaceRef> out = new ArrayList<>();
        for (RegionMention m : scan(full, fullScans, s)) {
            out.add(ref(m, provinceHint));
        }
        List<PlaceRef> shaped = new ArrayList<>();
        int known = 0;
        for (int i = 0; i < s.length(); i++) {
            int end = i + 1;
            if (!isSuffix(s.charAt(i)) || !(end == s.length() || isItemEnd(s.charAt(end)))) {
                continue;
            }
            int start = itemStart(s, i);
            if (start < 0) {
                continue;
            }
            while (known < out.size() && out.get(known).end() <= start) {
                known++;
            }
            boolean overlaps = known < out.size() && out.get(known).chainStart() < end;
            if (!overlaps && !commonNoun(s.substring(start, end))) {
                PlaceRef tail = knownTail(s, start, end, provinceHint);
                shaped.add(tail != null ? tail : new PlaceRef(s.substring(start, end), start, start, end, provinceHint, null, 0));
            }
        }
        if (!shaped.isEmpty()) {
            out.addAll(shaped);
            out.sort((a, b) -> Integer.compare(a.start(), b.start()));
        }
        return out;
    }

    /**
     * The longest known name that ends an item {@code s[start, end)} the scans passed over, at its offsets (拟命名攸县、宁乡市:
     * 攸县, whose two chars start no word after 名); null when none.
     */
    private PlaceRef knownTail(String s, int start, int end, String provinceHint) {
        for (int k = start + 1; k <= end - 2; k++) {
            List<RegionMention> found = scan(full, fullScans, s.substring(k, end));
            if (found.size() == 1 && found.get(0).span().start() == 0 && found.get(0).span().end() == end - k) {
                PlaceRef r = ref(found.get(0), provinceHint);
                return new PlaceRef(r.name(), k, k, end, r.province(), r.region(), r.candidates());
            }
        }
        return null;
    }

    /** Where a list item ending with the suffix at {@code suffix} starts: after a separator, 1 to 6 Han chars back. */
    private static int itemStart(String s, int suffix) {
        int i = suffix;
        while (i > 0 && suffix - i < MAX_STEM && HanChars.isHan(s.charAt(i - 1))) {
            i--;
        }
        if (i == suffix) {
            return -1;
        }
        boolean separated = i == 0 || BEFORE_ITEM.indexOf(s.charAt(i - 1)) >= 0 || Paragraphs.isBlank(s.charAt(i - 1));
        return separated ? i : -1;
    }

    /** One of {@link #SUFFIXES}, compared directly: this runs for every char of a paragraph. */
    private static boolean isSuffix(char c) {
        return c == '市' || c == '县' || c == '區' || c == '区' || c == '旗' || c == '縣';
    }

    private static boolean isItemEnd(char c) {
        return AFTER_ITEM.indexOf(c) >= 0 || Paragraphs.isBlank(c);
    }

    /** False when no mention, short names included, can end with {@code c} (read as simplified): a cheap test. */
    public boolean mayEndMention(char c) {
        return withShort.mayEndMention(c) || pageNames != null && !pageNames.isEmpty();
    }

    /**
     * False when no mention, short names included, can start at {@code s[i]} in a scan of {@code s[.., end)}
     * (judged by the first two chars of the names): a cheap test before a scan of a window.
     */
    public boolean mayStartMentionAt(String s, int i, int end) {
        return withShort.mayStartMentionAt(s, i, end);
    }

    /** Every mention, short names included (湖州 in running text), resolved within the province when given. */
    public List<PlaceRef> mentions(String s, String provinceHint) {
        List<PlaceRef> out = new ArrayList<>();
        List<RegionMention> found = scan(withShort, shortScans, s);
        for (int k = 0; k < found.size(); k++) {
            if (k + 1 < found.size() && epithet(found.get(k), found.get(k + 1))) {
                continue; // 榕城福州: a name standing before a city as its epithet, no 揭阳市榕城区
            }
            out.add(ref(found.get(k), provinceHint));
        }
        return out;
    }

    /**
     * True when {@code m} is a short name of the county level written right before a city it is unrelated to (榕城福州,
     * 榕城 being 揭阳市榕城区's short name): the city's epithet, as pages write a nickname before the name.
     */
    private static boolean epithet(RegionMention m, RegionMention next) {
        if (m.span().end() != next.span().start() || m.match() != dev.laurel.region.Lookup.Match.SHORT_NAME) {
            return false;
        }
        for (Region r : m.candidates()) {
            if (!r.kind().isCountyLevel()) {
                return false;
            }
        }
        boolean city = false;
        for (Region c : next.candidates()) {
            city |= !c.kind().isCountyLevel();
            for (Region r : m.candidates()) {
                if (related(r, c)) {
                    return false; // 福州马尾: a city and its district
                }
            }
        }
        return city;
    }

    /**
     * The first province-level region named in {@code s} (浙江 → 浙江省; 湖北省襄阳市 → 湖北省), or null. A name
     * right before a venue word of its clause is passed over (表彰大会在北京举行: where the meeting was).
     * The text is scanned once: no name holds punctuation, and the scanner reads a name after punctuation as it
     * does at the start of a text, so the mentions of {@code s} are those of its clauses scanned one by one.
     */
    public String province(String s) {
        for (RegionMention m : scan(withShort, shortScans, s)) {
            int after = m.span().end();
            if (after < s.length() && VENUE.list().startingAt(s, after, clauseEnd(s, after)) != null) {
                continue; // 表彰大会在北京举行: where the meeting was, not whose document it is
            }
            if (after < s.length() && outletAt(s, after)) {
                continue; // 【香港商報訊】: where the outlet is, not what its page is about
            }
            if (!m.qualifiers().isEmpty()) {
                return m.qualifiers().get(0).province().name();
            }
            for (Region r : m.candidates()) {
                if (r.kind() == RegionKind.PROVINCE || r.kind() == RegionKind.MUNICIPALITY) {
                    return r.name();
                }
            }
        }
        return null;
    }

    /** Where the clause holding {@code at} ends: at its comma, stop, colon or 、, or the end of {@code s}. */
    private static int clauseEnd(String s, int at) {
        int to = at;
        while (to < s.length() && !Sentences.isClauseEnd(s.charAt(to)) && s.charAt(to) != '、') {
            to++;
        }
        return to;
    }

    /** The longest outlet word of {@code unit-words.txt} (广播电视总台). */
    private static final int MAX_OUTLET_WORD = 6;

    /** True when an outlet's word (tagged media in {@code unit-words.txt}: 商报, 日报) starts at {@code at}. */
    private static boolean outletAt(String s, int at) {
        String tail = TraditionalToSimplified.toSimplified(s.substring(at, Math.min(s.length(), at + MAX_OUTLET_WORD)));
        String word = UNITS.at(tail, 0);
        return word != null && "media".equals(UNITS.tag(word));
    }

    /** Units named after a place (广西军区, 徐州军分区), from {@code unit-words.txt}: no place, whatever their shape. */
    private static final Lexicon UNITS = Lexicon.load("unit-words.txt");
    /** Common nouns ending in a division suffix (老旧小区, 旅游景区), from {@code common-place-nouns.txt}. */
    private static final Lexicon COMMON_NOUNS = Lexicon.load("common-place-nouns.txt");

    /** True when a place-shaped name the gazetteer does not know ends in a unit's or a common noun's word. */
    /** The last chars of a division's name (市, 县, 区, 州, 旗, 盟), in either script. */
    private static final String DIVISION_ENDINGS = "市县区州旗盟縣區";

    /** True when {@code s} ends as a division's name does (漳州市, 凉山州, 锡林郭勒盟). */
    public static boolean endsAsDivision(CharSequence s) {
        return s.length() > 0 && DIVISION_ENDINGS.indexOf(s.charAt(s.length() - 1)) >= 0;
    }

    /**
     * True when {@code s} has a place's shape (a few Han chars ending in 市, 县, 区, 旗) and ends in no unit's or common
     * noun's word (老旧小区, 军分区): a place, if one the gazetteer may not know (陨西县, a wrong char for 郧西县).
     */
    public static boolean placeShaped(String s) {
        return SHAPED.matcher(s).matches() && !commonNoun(s);
    }

    private static boolean commonNoun(String name) {
        String s = TraditionalToSimplified.toSimplified(name);
        return UNITS.list().endingAt(s, s.length()) != null || COMMON_NOUNS.list().endingAt(s, s.length()) != null;
    }

    /** Words after a place that make it a meeting's venue (在北京举行), from {@code venue-words.txt}. */
    private static final Lexicon VENUE = Lexicon.load("venue-words.txt");

    /** True when a venue word follows the place ending at {@code end} in its clause (表彰大会在北京召开): where, not who. */
    public static boolean isVenue(String s, int end) {
        return end < s.length() && VENUE.list().startingAt(s, end, clauseEnd(s, end)) != null;
    }

    private PlaceRef ref(RegionMention m, String provinceHint) {
        List<Region> candidates = m.candidates();
        if (candidates.size() > 1 && provinceHint != null) {
            List<Region> inProvince = new ArrayList<>(candidates.size());
            for (Region r : candidates) {
                if (r.province().name().equals(provinceHint)) {
                    inProvince.add(r);
                }
            }
            if (!inProvince.isEmpty()) {
                candidates = inProvince;
            }
        }
        int nameStart = m.span().start() + innerOffset(m, candidates);
        String name = m.text().substring(nameStart - m.span().start());
        if (candidates.size() == 1) {
            Region r = candidates.get(0);
            return new PlaceRef(name, m.span().start(), nameStart, m.span().end(), r.province().name(), r, 1);
        }
        String province = m.qualifiers().isEmpty() ? provinceHint : m.qualifiers().get(0).province().name();
        return new PlaceRef(name, m.span().start(), nameStart, m.span().end(), province, null, candidates.size());
    }

    /** Where the innermost name starts in a chain such as 浙江省杭州市 (3), 0 for a single name. */
    private static int innerOffset(RegionMention m, List<Region> candidates) {
        if (m.qualifiers().isEmpty()) {
            return 0;
        }
        String simplified = TraditionalToSimplified.toSimplified(m.text());
        int best = 0;
        for (Region r : candidates) {
            best = longestEnding(simplified, r.aliases(), best);
            best = longestEnding(simplified, r.formerNames(), best);
            best = longestEnding(simplified, List.of(r.name(), r.shortName()), best);
        }
        return best == 0 ? 0 : simplified.length() - best;
    }

    /** The length of the longest of {@code forms} that is a proper ending of {@code s}, if longer than {@code best}. */
    private static int longestEnding(String s, List<String> forms, int best) {
        for (String form : forms) {
            if (form.length() > best && form.length() < s.length() && s.endsWith(form)) {
                best = form.length();
            }
        }
        return best;
    }

    /** True when one place is the other or lies inside it. */
    public static boolean related(Region a, Region b) {
        return a.isWithin(b) || b.isWithin(a);
    }

    /** Lookup of a name alone, for callers that have a name but no text. */
    Lookup lookup(String name) {
        return gazetteer.lookup(name);
    }
}
