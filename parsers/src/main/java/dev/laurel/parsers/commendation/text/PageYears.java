package dev.laurel.parsers.commendation.text;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The years a page names (2015年, a date line's 2026-11-27), read to tell this round from earlier ones: a naming dated
 * {@link #ROUND_GAP} years or more before the latest year named above it is another round's.
 */
public final class PageYears {
    /** How many years before the latest one the page has named a year must be, to be another round's. */
    public static final int ROUND_GAP = 2;

    /** A year as pages write it: 2015年, or opening a date (2026-11-27, 2026/11/27, 2026.11.27). */
    private static final Pattern PAGE_YEAR = Pattern.compile(
            "(?:19|20|１９|２０)[0-9０-９]{2}(?=年|[-/.][0-9]{1,2}[-/.][0-9]{1,2})");

    private PageYears() {
    }

    /** The latest year {@code text[from, to)} names (2015年, a date 2026-11-27), or {@code floor} when it names none later. */
    public static int latest(String text, int from, int to, int floor) {
        int latest = floor;
        Matcher m = null;
        for (int i = Math.max(0, from); i + 4 < to; i++) {
            char c = text.charAt(i);
            if (c != '1' && c != '2' && c != '１' && c != '２' || !digit(text.charAt(i + 1))) {
                continue; // most chars start no year: a test of two chars before the pattern is tried
            }
            m = m != null ? m : PAGE_YEAR.matcher(text);
            if (m.region(i, to).lookingAt()) {
                latest = Math.max(latest, value(m.group()));
                i += 3;
            }
        }
        return latest;
    }

    private static boolean digit(char c) {
        return c >= '0' && c <= '9' || c >= '０' && c <= '９';
    }

    /** The year of a text starting with four ASCII or full-width digits (2015年, ２０１５). */
    public static int value(String year) {
        int v = 0;
        for (int i = 0; i < 4; i++) {
            char c = year.charAt(i);
            v = v * 10 + (c >= '０' ? c - '０' : c - '0');
        }
        return v;
    }
}
