package dev.laurel.parsers.commendation;

/**
 * Distinct clauses with one {@link String#hashCode}: {@link #BLOCKS} two-char blocks each, block {@code j}
 * being ({@code A + j}, {@code B - 31j}), whose hash {@code 31A + B} does not depend on {@code j}. All chars
 * are CJK ideographs, kept in duplicate keys. Clause {@code n} spells {@code n} in base {@link #PAIRS}.
 */
public final class CollidingText {
    static final int PAIRS = 16;
    static final int BLOCKS = 6;
    /** Distinct clauses there are. */
    static final int CLAUSES = 1 << 24;
    private static final char A = '\u4E00';
    private static final char B = (char) ('\u4E00' + 31 * PAIRS);

    private CollidingText() {
    }

    /** Clause {@code n} (0 ≤ n &lt; {@link #CLAUSES}), without punctuation. */
    public static String clause(int n) {
        StringBuilder b = new StringBuilder(2 * BLOCKS);
        for (int k = 0, rest = n; k < BLOCKS; k++, rest /= PAIRS) {
            int j = rest % PAIRS;
            b.append((char) (A + j)).append((char) (B - 31 * j));
        }
        return b.toString();
    }
}
