package dev.laurel.text;

/**
 * Chars that show nothing or steer layout rather than being text: controls (C0, DEL, C1), format
 * chars (soft hyphen, zero-width space and joiners, direction marks and embeddings, word joiner and
 * invisible operators, the byte order mark, …), line and paragraph separators, noncharacters and
 * lone surrogates. Labels and titles copied out of a document are built without them.
 */
public final class Invisibles {
    private Invisibles() {
    }

    /**
     * True when the code point {@code cp} is invisible in the sense above.
     *
     * @param cp a code point
     * @return true for an invisible code point
     */
    public static boolean isInvisible(int cp) {
        if ((cp >= 0x20 && cp < 0x7F) || (cp >= 0x3000 && cp < 0xD800) || (cp >= 0xFF00 && cp < 0xFFF0)) {
            return false; // printable ASCII, CJK and full-width forms: the common case, decided at once
        }
        switch (Character.getType(cp)) {
            case Character.CONTROL, Character.FORMAT, Character.LINE_SEPARATOR, Character.PARAGRAPH_SEPARATOR,
                    Character.SURROGATE -> {
                return true;
            }
            default -> {
                return (cp & 0xFFFE) == 0xFFFE || (cp >= 0xFDD0 && cp <= 0xFDEF);
            }
        }
    }

    /**
     * True when {@code s} holds an invisible char (a lone surrogate counts).
     *
     * @param s the text to check
     * @return true when {@code s} holds at least one invisible char
     */
    public static boolean containsAny(CharSequence s) {
        for (int i = 0; i < s.length(); ) {
            int cp = Character.codePointAt(s, i);
            if (isInvisible(cp)) {
                return true;
            }
            i += Character.charCount(cp);
        }
        return false;
    }

    /**
     * {@code s[from, to)} without its invisible chars, with the whitespace that is then left at either
     * end stripped; the same string when it held none.
     *
     * @param s    the text
     * @param from the first index, inclusive
     * @param to   the last index, exclusive
     * @return the visible part, stripped
     */
    public static String strip(CharSequence s, int from, int to) {
        StringBuilder b = null;
        for (int i = from; i < to; ) {
            char c = s.charAt(i);
            boolean pair = Character.isHighSurrogate(c) && i + 1 < to && Character.isLowSurrogate(s.charAt(i + 1));
            int cp = pair ? Character.toCodePoint(c, s.charAt(i + 1)) : c;
            int n = pair ? 2 : 1;
            if (isInvisible(cp)) {
                if (b == null) {
                    b = new StringBuilder(to - from).append(s, from, i);
                }
            } else if (b != null) {
                b.append(s, i, i + n);
            }
            i += n;
        }
        return b == null ? s.subSequence(from, to).toString() : b.toString().strip();
    }

    /**
     * {@code s} without its invisible chars, or null when that leaves nothing (or {@code s} is null).
     *
     * @param s the text, or null
     * @return the visible text, or null
     */
    public static String visible(String s) {
        if (s == null) {
            return null;
        }
        String v = strip(s, 0, s.length());
        return v.isBlank() ? null : v;
    }

    /**
     * {@code s} without its invisible chars; see {@link #strip(CharSequence, int, int)}.
     *
     * @param s the text
     * @return the visible text, stripped
     */
    public static String strip(CharSequence s) {
        return strip(s, 0, s.length());
    }
}
