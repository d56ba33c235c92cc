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
 * {@code t2s.txt}); characters that are also valid simplified characters (乾, 於, 徵) are left
 * unchanged, and no phrase-level conversion is done. Thread-safe.
 */
public final class TraditionalToSimplified {
    private static final char[] TABLE = load();

    private TraditionalToSimplified() {
    }

    /** The simplified form of {@code c}, or {@code c} itself. */
    public static char toSimplified(char c) {
        return TABLE[c];
    }

    /** {@code text} with every mapped character replaced; same length as {@code text}. */
    public static String toSimplified(CharSequence text) {
        Objects.requireNonNull(text, "text");
        char[] out = null;
        int n = text.length();
        for (int i = 0; i < n; i++) {
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

    /** Whether {@code text} has at least one character this table would change. */
    public static boolean hasTraditional(CharSequence text) {
        for (int i = 0, n = text.length(); i < n; i++) {
            char c = text.charAt(i);
            if (TABLE[c] != c) {
                return true;
            }
        }
        return false;
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
