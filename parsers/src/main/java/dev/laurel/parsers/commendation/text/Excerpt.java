package dev.laurel.parsers.commendation.text;

/** Short quotations of source text for diagnostic messages; never cuts a surrogate pair. */
public final class Excerpt {
    static final int MAX = 16;

    private Excerpt() {
    }

    public static String of(String text) {
        return text.length() <= 2 * MAX ? quote(text) : "'" + text.substring(0, cut(text, MAX)) + "…"
                + text.substring(cut(text, text.length() - MAX)) + "'";
    }

    public static String head(String text) {
        return text.length() <= MAX ? quote(text) : "'" + text.substring(0, cut(text, MAX)) + "…'";
    }

    public static String tail(String text) {
        return text.length() <= MAX ? quote(text) : "'…" + text.substring(cut(text, text.length() - MAX)) + "'";
    }

    private static String quote(String text) {
        return "'" + text + "'";
    }

    /** {@code at}, moved back one char if it would split a surrogate pair. */
    private static int cut(String text, int at) {
        return at > 0 && at < text.length() && Character.isLowSurrogate(text.charAt(at))
                && Character.isHighSurrogate(text.charAt(at - 1)) ? at - 1 : at;
    }
}
