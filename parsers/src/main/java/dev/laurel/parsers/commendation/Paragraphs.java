package dev.laurel.parsers.commendation;

import java.util.ArrayList;
import java.util.List;

/** Splits text into trimmed non-blank lines, whatever the line endings (LF, CRLF, CR). */
final class Paragraphs {
    private Paragraphs() {
    }

    static List<Paragraph> split(String text) {
        List<Paragraph> out = new ArrayList<>();
        int n = text.length();
        int lineStart = 0;
        while (lineStart <= n) {
            int lineEnd = lineStart;
            while (lineEnd < n && text.charAt(lineEnd) != '\n' && text.charAt(lineEnd) != '\r') {
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
            lineStart = lineEnd + (text.charAt(lineEnd) == '\r' && lineEnd + 1 < n && text.charAt(lineEnd + 1) == '\n' ? 2 : 1);
        }
        return out;
    }

    /** Whitespace including the ideographic space, no-break space and byte order mark. */
    static boolean isBlank(char c) {
        return Character.isWhitespace(c) || c == '\u3000' || c == '\u00A0' || c == '\uFEFF' || c == '\u200B';
    }
}
