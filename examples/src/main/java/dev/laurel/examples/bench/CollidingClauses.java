package dev.laurel.examples.bench;

/**
 * Distinct clauses with one and the same {@link String#hashCode}: each is {@link #BLOCKS} two-char blocks, and
 * block {@code j} of the {@link #PAIRS} is the pair ({@code A + j}, {@code B - 31j}), whose hash
 * {@code 31(A + j) + B - 31j = 31A + B} does not depend on {@code j}. All chars are CJK ideographs, so they
 * are kept in duplicate keys. Clause {@code n} spells {@code n} in base {@link #PAIRS}, so the first
 * {@code PAIRS^BLOCKS} (16.7 million) clauses are all different.
 */
public final class CollidingClauses {
    /** Pairs per block position. */
    public static final int PAIRS = 16;
    /** Blocks per clause: 12 ideographs, at least the duplicate detector's minimum. */
    public static final int BLOCKS = 6;
    /** Clauses per paragraph. */
    public static final int PER_PARAGRAPH = 64;
    private static final char A = '\u4E00';
    private static final char B = (char) ('\u4E00' + 31 * PAIRS);

    private CollidingClauses() {
    }

    /** Clause {@code n} (0 ≤ n &lt; 16^6), without punctuation. */
    public static String clause(int n) {
        StringBuilder b = new StringBuilder(2 * BLOCKS);
        for (int k = 0, rest = n; k < BLOCKS; k++, rest /= PAIRS) {
            int j = rest % PAIRS;
            b.append((char) (A + j)).append((char) (B - 31 * j));
        }
        return b.toString();
    }

    /**
     * A deeds section (heading 一、杭州市) whose paragraphs hold {@link #PER_PARAGRAPH} distinct colliding clauses
     * each, joined by {@code ，} and ended by {@code 。}: at least {@code bytes} UTF-8 bytes.
     */
    public static String text(int bytes) {
        // 12 ideographs and a full-width comma or stop: 39 UTF-8 bytes a clause.
        int count = Math.max(1, (bytes + 38) / 39);
        StringBuilder b = new StringBuilder(count * 14 + 16).append("一、杭州市\n\n");
        for (int n = 0; n < count; n++) {
            boolean last = n == count - 1 || n % PER_PARAGRAPH == PER_PARAGRAPH - 1;
            b.append(clause(n)).append(last ? "。\n\n" : "，");
        }
        return b.toString();
    }
}
