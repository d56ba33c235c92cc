package dev.laurel.exporters.html;

import java.io.IOException;

/**
 * Escaping for the review pages. Document text is hostile: every string that reaches a page goes through
 * one of these methods, as element text, as a quoted attribute value, or as JSON inside a
 * {@code <script type="application/json">} element.
 */
final class Html {

    private Html() {
    }

    /**
     * Appends {@code s[from, to)} as element text that the HTML parser turns back into exactly those chars,
     * so that offsets into the text stay offsets into the page's text: {@code & < >} as references, a CR as
     * {@code &#13;} (the parser would turn CR and CRLF into LF), a NUL as U+FFFD (the parser drops a NUL
     * char from text; one char for one keeps the offsets).
     */
    static void text(Appendable out, CharSequence s, int from, int to) throws IOException {
        int run = from;
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            String rep = switch (c) {
                case '&' -> "&amp;";
                case '<' -> "&lt;";
                case '>' -> "&gt;";
                case '\r' -> "&#13;";
                case '\0' -> "\uFFFD";
                default -> null;
            };
            if (rep != null) {
                out.append(s, run, i).append(rep);
                run = i + 1;
            }
        }
        out.append(s, run, to);
    }

    /** {@code s} as element text (null is empty). */
    static String text(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder b = new StringBuilder(s.length() + 16);
        try {
            text(b, s, 0, s.length());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return b.toString();
    }

    /** {@code s} for a double-quoted attribute value (null is empty). */
    static String attr(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder b = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                case '\0' -> b.append('\uFFFD');
                default -> b.append(c);
            }
        }
        return b.toString();
    }

    /**
     * JSON made safe inside {@code <script type="application/json">}: {@code < > &} and U+2028/U+2029 as
     * {@code \}{@code u} escapes. JSON has these chars only inside strings, where the escapes mean the same
     * chars, so {@code JSON.parse} gives the same value and no {@code </script>} or {@code <!--} can end or
     * change the element.
     */
    static String scriptJson(String json) {
        StringBuilder b = new StringBuilder(json.length() + 64);
        for (int i = 0; i < json.length(); i++) {
            char c = json.charAt(i);
            switch (c) {
                case '<' -> b.append("\\u003c");
                case '>' -> b.append("\\u003e");
                case '&' -> b.append("\\u0026");
                case '\u2028' -> b.append("\\u2028");
                case '\u2029' -> b.append("\\u2029");
                default -> b.append(c);
            }
        }
        return b.toString();
    }
}
