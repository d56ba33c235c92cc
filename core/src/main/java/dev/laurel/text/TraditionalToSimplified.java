package dev.laurel.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * Traditional to simplified Chinese, one character for one character, so offsets stay valid
 * (臺 → 台, 陽 → 阳, 雙擁 → 双拥). The table comes from OpenCC (Apache-2.0, see the NOTICE beside
 * {@code t2s.txt}); characters that are also valid simplified characters (乾, 徵) are left
 * unchanged, but 於 reads 于 (in text it is the preposition: 位於, 應不低於), and no phrase-level conversion is done.
 * Thread-safe.
 */
public final class TraditionalToSimplified {
    private static final char[] TABLE = load();
    /**
     * Bit {@code c} set when {@link #TABLE} changes {@code c}: 8 KB that stay in the cache, where a scan of
     * simplified text (most text) would otherwise read the 128 KB table char by char.
     */
    private static final long[] CHANGED = changed(TABLE);

    private TraditionalToSimplified() {
    }

    /**
     * The simplified form of {@code c}, or {@code c} itself.
     *
     * @param c a char
     * @return the simplified char
     */
    public static char toSimplified(char c) {
        return TABLE[c];
    }

    /**
     * {@code text} with every mapped character replaced; same length as {@code text}.
     *
     * @param text the text
     * @return the simplified text
     */
    public static String toSimplified(CharSequence text) {
        Objects.requireNonNull(text, "text");
        int n = text.length();
        int first = firstChanged(text);
        if (first < 0) {
            return text.toString();
        }
        char[] out = null;
        for (int i = first; i < n; i++) {
            char c = text.charAt(i);
            char s = TABLE[c];
            if (s != c) {
                if (out == null) {
                    out = new char[n];
                    for (int j = 0; j < i; j++) {
                        out[j] = text.charAt(j);
                    }
                }
                out[i] = s;
            } else if (out != null) {
                out[i] = c;
            }
        }
        return out == null ? text.toString() : new String(out);
    }

    /**
     * Whether {@code text} has at least one character this table would change.
     *
     * @param text the text
     * @return true when a char of {@code text} is mapped
     */
    public static boolean hasTraditional(CharSequence text) {
        return firstChanged(text) >= 0;
    }

    /** The index of the first character of {@code text} the table changes, or -1. */
    private static int firstChanged(CharSequence text) {
        for (int i = 0, n = text.length(); i < n; i++) {
            char c = text.charAt(i);
            if ((CHANGED[c >>> 6] & (1L << c)) != 0) {
                return i;
            }
        }
        return -1;
    }

    private static long[] changed(char[] table) {
        long[] bits = new long[table.length / 64];
        for (int c = 0; c < table.length; c++) {
            if (table[c] != c) {
                bits[c >>> 6] |= 1L << c;
            }
        }
        return bits;
    }

    private static char[] load() {
        char[] table = new char[Character.MAX_VALUE + 1];
        for (int i = 0; i < table.length; i++) {
            table[i] = (char) i;
        }
        try (InputStream in = TraditionalToSimplified.class.getResourceAsStream("t2s.txt")) {
            if (in == null) {
                throw new IllegalStateException("missing resource dev/laurel/text/t2s.txt");
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = r.readLine()) != null; ) {
                if (line.length() == 2 && line.charAt(0) != '#') {
                    table[line.charAt(0)] = line.charAt(1);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return table;
    }
}
