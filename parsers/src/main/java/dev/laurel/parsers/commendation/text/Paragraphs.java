package dev.laurel.parsers.commendation.text;

import dev.laurel.text.Invisibles;
import dev.laurel.text.LineBreaks;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits text into trimmed non-blank lines, whatever the line endings: LF, CR LF, CR, and the other
 * breaks of {@link LineBreaks} (VT, FF, NEL, U+2028, U+2029). The text is not rewritten.
 */
public final class Paragraphs {
    private Paragraphs() {
    }

    public static List<Paragraph> split(String text) {
        List<Paragraph> out = new ArrayList<>();
        int n = text.length();
        int lineStart = 0;
        while (lineStart <= n) {
            int lineEnd = lineStart;
            while (lineEnd < n && !LineBreaks.isBreak(text.charAt(lineEnd))) {
                lineEnd++;
            }
            int s = lineStart;
            int e = lineEnd;
            while (s < e && isBlank(text.charAt(s))) {
                s++;
            }
            while (e > s && isBlank(text.charAt(e - 1))) {
                e--;
            }
            if (s < e) {
                out.add(new Paragraph(out.size(), s, e, text.substring(s, e)));
            }
            if (lineEnd >= n) {
                break;
            }
            lineStart = lineEnd + LineBreaks.length(text, lineEnd);
        }
        return out;
    }

    /**
     * True for a bullet, half an emoji, an emoji's variation selector or keycap, or a markdown star before a line's words
     * (●, ▶, ✅, 🔹, the ️⃣ of 1️⃣, **).
     */
    public static boolean isMark(char c) {
        int type = Character.getType(c);
        return type == Character.OTHER_SYMBOL || type == Character.MATH_SYMBOL || type == Character.SURROGATE || c == '*'
                || type == Character.ENCLOSING_MARK || c == '\uFE0F';
    }

    /** True when a keycap number starts at {@code at} (1️⃣: a digit, maybe a variation selector, the keycap U+20E3). */
    public static boolean isKeycap(String text, int at) {
        int k = at + 1;
        if (at >= text.length() || text.charAt(at) < '0' || text.charAt(at) > '9') {
            return false;
        }
        k += k < text.length() && text.charAt(k) == '\uFE0F' ? 1 : 0;
        return k < text.length() && text.charAt(k) == '\u20E3';
    }

    /**
     * Whitespace including the ideographic space and the no-break space, and invisible chars
     * ({@link Invisibles}: controls, U+200B, the byte order mark, direction marks): a line of only these is blank.
     */
    public static boolean isBlank(char c) {
        if (c > ' ' && c < 0x7F || c > '\u3000' && c < '\uD800' || c >= '\uFF00' && c < '\uFFF0') {
            return false; // printable ASCII, CJK, ideographs, full-width forms: no whitespace, nothing invisible
        }
        return Character.isWhitespace(c) || c == '\u3000' || c == '\u00A0'
                || (!Character.isSurrogate(c) && Invisibles.isInvisible(c));
    }
}
