package dev.laurel.exporters.csv;

import java.util.List;
import java.util.regex.Pattern;

/**
 * A text cell as Excel must see it in the CSV exporter's Excel mode. Excel converts text that looks
 * like a number or a date when it opens a CSV: the 16-digit key {@code 6627825985967252} becomes
 * {@code 6.62783E+15} (and loses its last digit), {@code 04-23} and {@code 3/4} become dates,
 * {@code 00123} loses its zeros. Such a cell is written as the formula {@code ="6627825985967252"},
 * whose value is the text itself; in the file it reads {@code "=""6627825985967252"""}.
 *
 * <p>This is the one formula Laurel writes, and it does not weaken the guard against formula
 * injection ({@link CsvExporter#guard}): a cell is wrapped only when all of it matches one of
 * {@link #LOOKS_CONVERTED}, which admit digits, signs, separators, a few letters of month names and
 * exponents, and never a quote, a parenthesis or an operator that could end the string and start an
 * expression. Any other text that starts with {@code = + - @}, a tab or a CR gets the leading {@code '}.
 */
public final class ExcelText {
    private ExcelText() {
    }

    /** Text Excel reads as a number, a date, a time or a fraction. */
    static final List<Pattern> LOOKS_CONVERTED = List.of(
            // numbers: 6627825985967252, -5, +86, 00123, 1.50, .5, 1e5, 12E+3, 50%, 1,234
            Pattern.compile("[+-]?(\\d[\\d,]*\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?%?"),
            // dates: 04-23, 2024-04-23, 3/4, 23.4.2024, 2024/4/23
            Pattern.compile("\\d{1,4}[-/.]\\d{1,2}([-/.]\\d{1,4})?"),
            // fractions and times: 1 1/2, 9:30, 9:30:15, 9:30 AM
            Pattern.compile("\\d+ \\d+/\\d+|\\d{1,2}:\\d{2}(:\\d{2})?( ?[AaPp][Mm])?"),
            // month names: 23-Apr, Apr-23, 23 April 2024
            Pattern.compile("\\d{1,2}[-/ ][A-Za-z]{3,9}([-/ ]\\d{2,4})?|[A-Za-z]{3,9}[-/ ]\\d{1,4}"),
            // Chinese dates, which Excel converts in a Chinese locale: 4月23日, 2024年4月, 2024年4月23日
            Pattern.compile("(\\d{2,4}年)?\\d{1,2}月(\\d{1,2}日)?|\\d{2,4}年\\d{1,2}月"));

    /**
     * The cell for {@code s} in Excel mode: {@code ="s"} when Excel would convert it, else {@link CsvExporter#guard}.
     *
     * @param s a cell's text
     * @return the cell to write
     */
    public static String cell(String s) {
        return looksConverted(s) ? "=\"" + s + "\"" : CsvExporter.guard(s);
    }

    /** A number Excel shows exactly as written: no sign but '-', no leading or trailing zeros, at most 15 digits. */
    private static final Pattern SHOWN_AS_WRITTEN = Pattern.compile("-?(0|[1-9]\\d*)(\\.\\d*[1-9])?");

    /**
     * True when Excel would not show {@code s} as written, but as a number or date.
     *
     * @param s a cell's text
     * @return true when Excel would convert it
     */
    public static boolean looksConverted(String s) {
        if (s.isEmpty() || s.length() > 64) {
            return false;
        }
        if (SHOWN_AS_WRITTEN.matcher(s).matches() && s.replaceAll("[^0-9]", "").length() <= 15) {
            return false;
        }
        for (Pattern p : LOOKS_CONVERTED) {
            if (p.matcher(s).matches()) {
                return true;
            }
        }
        return false;
    }
}
