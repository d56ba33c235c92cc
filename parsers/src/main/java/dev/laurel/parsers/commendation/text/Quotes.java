package dev.laurel.parsers.commendation.text;

/**
 * The quotation marks pages write around a name, a count or a note: “…”, 「…」, 『…』, ‘…’ and ASCII "…" (which both
 * opens and closes).
 */
public final class Quotes {
    private static final String OPENING = "“「『‘\"";
    private static final String CLOSING = "”」』’\"";

    private Quotes() {
    }

    /** True when {@code c} opens a quotation. */
    public static boolean opens(char c) {
        return OPENING.indexOf(c) >= 0;
    }

    /** True when {@code c} closes a quotation. */
    public static boolean closes(char c) {
        return CLOSING.indexOf(c) >= 0;
    }

    /** The mark that closes a quotation opened by {@code open}, or 0 when {@code open} opens none. */
    public static char closing(char open) {
        int at = OPENING.indexOf(open);
        return at < 0 ? 0 : CLOSING.charAt(at);
    }
}
