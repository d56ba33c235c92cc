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
        return of(text) != null;
    }

    /** The one quantity with a unit {@code text} is, blanks and one qualifier char aside (约), or null. */
    public static Quantity of(String text) {
        String s = TraditionalToSimplified.toSimplified(text.strip());
        if (s.isEmpty() || s.length() > MAX_CHARS) {
            return null;
        }
        List<Quantity> found = SCANNER.scan(s);
        return found.size() == 1 && found.get(0).start() <= 1 && found.get(0).end() == s.length()
                && found.get(0).unit() != null ? found.get(0) : null;
    }

    /** The longest number alone on its line read as a figure whose unit opens the next line (1,234.5万). */
    private static final int MAX_NUMBER = 10;

    /**
     * True when {@code line}, blanks aside, is a number alone (digits, a decimal part, a multiplier: 186, 2.1万) and the
     * next line opens with its unit (186 / 公顷, 2.1万 / 亩, 1.2万 / 余人次): one figure split by a line break, as a data
     * box or a number card lays it out, not a page number.
     */
    public static boolean splitBefore(String line, String next) {
        String number = line.strip();
        if (number.isEmpty() || number.length() > MAX_NUMBER || !Character.isDigit(number.charAt(0))) {
            return false;
        }
        for (int i = 0; i < number.length(); i++) {
            char c = number.charAt(i);
            if (!Character.isDigit(c) && ".．,，万萬亿億千".indexOf(c) < 0) {
                return false;
            }
        }
        String rest = next.strip();
        if (rest.isEmpty() || Character.isDigit(rest.charAt(0))) {
            return false; // 累计投入 / 2 / 3.6亿元: a page number between two halves of a sentence
        }
        String s = TraditionalToSimplified.toSimplified(number + rest.substring(0, Math.min(rest.length(), MAX_CHARS)));
        List<Quantity> found = SCANNER.scan(s);
        return !found.isEmpty() && found.get(0).start() == 0 && found.get(0).end() > number.length()
                && found.get(0).unit() != null;
    }
}
