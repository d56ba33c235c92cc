package dev.laurel.parsers.commendation;

import dev.laurel.model.RegionKind;
import dev.laurel.model.TimesKind;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The honour an awardee received and how often, read from its summary.
 *
 * @param title           全国双拥模范城 for a city, 全国双拥模范县 for a county, when the document's honour has both
 * @param times           the national count, or null
 * @param timesKind       total or consecutive, null without a count
 * @param provincialTimes the provincial honour's count, or null
 */
record HonorFacts(String title, Integer times, TimesKind timesKind, Integer provincialTimes) {

    /** 全国双拥模范城(县): a city form and a county form in one name. */
    private static final Pattern VARIANTS = Pattern.compile("^(.*?)(城市|城)[(（](县|縣)[)）]$");

    static HonorFacts read(String summary, DocumentContext context, PlaceRef place) {
        return new HonorFacts(title(context.honor(), place), null, null, null);
    }

    /** The form of the document's honour that this place receives. */
    static String title(String honor, PlaceRef place) {
        if (honor == null) {
            return null;
        }
        Matcher m = VARIANTS.matcher(honor);
        if (!m.matches()) {
            return honor;
        }
        return isCounty(place) ? m.group(1) + m.group(3) : m.group(1) + m.group(2);
    }

    private static boolean isCounty(PlaceRef place) {
        if (place.kind() != null) {
            return place.kind() == RegionKind.COUNTY || place.kind() == RegionKind.BANNER;
        }
        String n = place.name();
        return n.endsWith("县") || n.endsWith("縣") || n.endsWith("旗");
    }
}
