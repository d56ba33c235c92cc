package dev.laurel.text;

/**
 * The chars that end a line: LF, VT, FF, CR (CR LF is one break), NEL (U+0085), the line separator
 * (U+2028) and the paragraph separator (U+2029), as Unicode's line-breaking rules (UAX #14, classes
 * BK, CR, LF, NL) have them. Text is never rewritten: readers treat these chars as breaks where they
 * stand, so spans keep indexing the decoded text.
 */
public final class LineBreaks {
    private LineBreaks() {
    }

    /**
     * True when {@code c} ends a line.
     *
     * @param c a char
     * @return true for CR, LF and the other line terminators
     */
    public static boolean isBreak(char c) {
        if (c > '\u2029' || c > '\r' && c < '\u0085') {
            return false; // ideographs, CJK punctuation, printable ASCII: the common case, in two tests
        }
        return c == '\n' || c == '\r' || c == '\u000B' || c == '\f' || c == '\u0085' || c == '\u2028' || c == '\u2029';
    }

    /**
     * The length of the line break at {@code at} of {@code text}: 2 for CR LF, 1 for any other break,
     * 0 when {@code at} holds no break (or lies outside the text).
     *
     * @param text the text
     * @param at   an index into {@code text}
     * @return 0, 1 or 2
     */
    public static int length(CharSequence text, int at) {
        if (at < 0 || at >= text.length() || !isBreak(text.charAt(at))) {
            return 0;
        }
        return text.charAt(at) == '\r' && at + 1 < text.length() && text.charAt(at + 1) == '\n' ? 2 : 1;
    }
}
