package dev.laurel.parsers.commendation.mentions;

import dev.laurel.model.RegionKind;
import dev.laurel.text.TraditionalToSimplified;

import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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

    /** 全国双拥模范城(县), 广东省双拥模范城(县、区): a city form and county or district forms in one name. */
    private static final Pattern VARIANTS = Pattern.compile("^(.*?)(城市|城)[(（]([^)）]{1,6})[)）]$");

    public static HonorTitles of(String honor) {
        Matcher m = honor == null ? null : VARIANTS.matcher(honor);
        if (m == null || !m.matches()) {
            return new HonorTitles(honor, Map.of());
        }
        Map<String, String> byLevel = new HashMap<>();
        for (String form : m.group(3).split("、")) {
            byLevel.putIfAbsent(TraditionalToSimplified.toSimplified(form), m.group(1) + form);
        }
        return new HonorTitles(m.group(1) + m.group(2), Map.copyOf(byLevel));
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
