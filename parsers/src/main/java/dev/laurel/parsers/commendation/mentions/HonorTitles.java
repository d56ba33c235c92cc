package dev.laurel.parsers.commendation.mentions;

import dev.laurel.model.RegionKind;
import dev.laurel.text.TraditionalToSimplified;

import java.util.HashMap;
import java.util.Map;

/**
 * The forms of a document's honour that its awardees receive, read once per document:
 * 全国双拥模范城(县) gives 全国双拥模范城 to a city and 全国双拥模范县 to a county; an honour without
 * such forms is given as it is.
 *
 * @param city    the form a city receives (全国双拥模范城); the honour itself when it has no forms, null
 *                when the document states none
 * @param byLevel the forms of the other levels, by level in simplified script (县 → 全国双拥模范县)
 */
public record HonorTitles(String city, Map<String, String> byLevel) {

    /** The longest bracketed list of level forms: 全国双拥模范城(县), 广东省双拥模范城(县、区). */
    private static final int MAX_FORMS = 6;

    /**
     * Reads a city form and county or district forms written in one name: the honour ends in 城 or 城市 and a
     * bracket of at most {@link #MAX_FORMS} chars (全国双拥模范城(县), 广东省双拥模范城(县、区)), the 城 nearest the
     * start winning. Read by hand rather than with a pattern: every document asks it once, and the backtracking of
     * a lazy pattern cost more than the rest of its header.
     */
    public static HonorTitles of(String honor) {
        int n = honor == null ? 0 : honor.length();
        if (n < 4 || !isClose(honor.charAt(n - 1))) {
            return new HonorTitles(honor, Map.of());
        }
        for (int stem = 0; stem < n; stem++) {
            if (honor.charAt(stem) != '城') {
                continue;
            }
            int open = stem + 1 < n && honor.charAt(stem + 1) == '市' ? stem + 2 : stem + 1;
            HonorTitles found = open < n ? forms(honor, stem, open) : null;
            if (found == null && open == stem + 2) {
                found = forms(honor, stem, stem + 1); // 城 alone when 城市 does not close before the bracket
            }
            if (found != null) {
                return found;
            }
        }
        return new HonorTitles(honor, Map.of());
    }

    /** The forms when a bracket opens at {@code open}, right after the city word at [stem, open), and ends the honour. */
    private static HonorTitles forms(String honor, int stem, int open) {
        int n = honor.length();
        if (open >= n || honor.charAt(open) != '(' && honor.charAt(open) != '（') {
            return null;
        }
        int inner = n - 1 - (open + 1);
        if (inner < 1 || inner > MAX_FORMS) {
            return null;
        }
        for (int i = open + 1; i < n - 1; i++) {
            if (isClose(honor.charAt(i))) {
                return null;
            }
        }
        String head = honor.substring(0, stem);
        Map<String, String> byLevel = new HashMap<>();
        for (String form : honor.substring(open + 1, n - 1).split("、")) {
            byLevel.putIfAbsent(TraditionalToSimplified.toSimplified(form), head + form);
        }
        return new HonorTitles(honor.substring(0, open), Map.copyOf(byLevel));
    }

    private static boolean isClose(char c) {
        return c == ')' || c == '）';
    }

    /** The form of the honour that this place receives, or null when the document states no honour. */
    public String of(PlaceRef place) {
        if (byLevel.isEmpty()) {
            return city;
        }
        String level = level(place);
        return level == null ? city : byLevel.getOrDefault(level, city);
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
