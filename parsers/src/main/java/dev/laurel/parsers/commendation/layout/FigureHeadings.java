package dev.laurel.parsers.commendation.layout;

import dev.laurel.parsers.commendation.text.Lexicon;
import dev.laurel.text.TraditionalToSimplified;

/**
 * The column headings of tables of figures and their roles ({@code figure-table-headers.txt}: 指标 label, 单位 unit,
 * 完成值 value, 标准值 standard, 达标情况 note, 序号 index), read the same way by the tables one cell a line and the tables
 * aligned on their lines.
 */
public final class FigureHeadings {
    private static final Lexicon HEADINGS = Lexicon.load("figure-table-headers.txt");

    private FigureHeadings() {
    }

    /** {@code heading} as headings are matched: simplified, without blanks (指 标 → 指标). */
    public static String key(String heading) {
        StringBuilder b = null;
        for (int i = 0; i < heading.length(); i++) {
            if (Character.isWhitespace(heading.charAt(i))) {
                if (b == null) {
                    b = new StringBuilder(heading.length()).append(heading, 0, i);
                }
            } else if (b != null) {
                b.append(heading.charAt(i));
            }
        }
        return TraditionalToSimplified.toSimplified(b == null ? heading : b);
    }

    /** The role of a heading that is a word of the file as a whole ({@link #key} form), or null. */
    public static String role(String key) {
        String word = key.isEmpty() ? null : HEADINGS.at(key, 0);
        return word != null && word.length() == key.length() ? HEADINGS.tag(word) : null;
    }

    /** Whether {@code key} is longer than a word tagged {@code tag} that it ends with (国家园林城市标准: 标准). */
    public static boolean endsIn(String key, String tag) {
        for (String end : HEADINGS.words()) {
            if (key.length() > end.length() && key.endsWith(end) && tag.equals(HEADINGS.tag(end))) {
                return true;
            }
        }
        return false;
    }
}
