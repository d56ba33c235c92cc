package dev.laurel.parsers.commendation.text;

import dev.laurel.text.Quantity;
import dev.laurel.text.QuantityScanner;
import dev.laurel.text.TraditionalToSimplified;

import java.util.List;

/**
 * A text that is one figure with its unit and nothing else (43.6%, 约786亿元, 21微克/立方米): a table's cell or a figure
 * written before its caption. Thread-safe.
 */
public final class LoneFigure {
    private static final QuantityScanner SCANNER = new QuantityScanner();
    /** The longest lone figure read (约786亿元, 21微克/立方米). */
    private static final int MAX_CHARS = 16;

    private LoneFigure() {
    }

    /** True when {@code text}, blanks aside, is one quantity with a unit, maybe after one qualifier char (约). */
    public static boolean is(String text) {
        String s = TraditionalToSimplified.toSimplified(text.strip());
        if (s.isEmpty() || s.length() > MAX_CHARS) {
            return false;
        }
        List<Quantity> found = SCANNER.scan(s);
        return found.size() == 1 && found.get(0).start() <= 1 && found.get(0).end() == s.length()
                && found.get(0).unit() != null;
    }
}
