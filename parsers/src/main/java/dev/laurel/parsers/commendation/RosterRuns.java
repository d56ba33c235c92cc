package dev.laurel.parsers.commendation;

import java.util.ArrayList;
import java.util.List;

/**
 * Lists of place names in running text: {@code 杭州市、宁波市、温州市}. Two names are in one list when only
 * list separators stand between them.
 */
final class RosterRuns {
    /** Fewest names for a list to count as a roster without an introduction. */
    static final int MIN_NAMES = 3;
    private static final String SEPARATORS = "、，,；;和及与 \t\u3000";

    private RosterRuns() {
    }

    /** Every list of two or more names in {@code text}, in order. */
    static List<List<PlaceRef>> find(String text, Places places, String provinceHint) {
        List<List<PlaceRef>> runs = new ArrayList<>();
        List<PlaceRef> run = new ArrayList<>();
        for (PlaceRef ref : places.find(text, provinceHint)) {
            if (!run.isEmpty() && !onlySeparators(text, run.get(run.size() - 1).end(), ref.start())) {
                if (run.size() >= 2) {
                    runs.add(run);
                }
                run = new ArrayList<>();
            }
            run.add(ref);
        }
        if (run.size() >= 2) {
            runs.add(run);
        }
        return runs;
    }

    /** True when the text holds a list of at least {@link #MIN_NAMES} names. */
    static boolean isRosterParagraph(String text, Places places, String provinceHint) {
        for (List<PlaceRef> run : find(text, places, provinceHint)) {
            if (run.size() >= MIN_NAMES) {
                return true;
            }
        }
        return false;
    }

    private static boolean onlySeparators(String text, int from, int to) {
        if (to - from > 3) {
            return false;
        }
        for (int i = from; i < to; i++) {
            if (SEPARATORS.indexOf(text.charAt(i)) < 0) {
                return false;
            }
        }
        return true;
    }
}
