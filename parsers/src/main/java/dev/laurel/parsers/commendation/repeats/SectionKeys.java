package dev.laurel.parsers.commendation.repeats;

import dev.laurel.parsers.commendation.text.CharRange;
import dev.laurel.parsers.commendation.text.LogicalParagraph;
import dev.laurel.parsers.commendation.text.Sentences;

import java.util.Arrays;
import java.util.BitSet;
import java.util.List;

/**
 * A section's paragraphs cut into clauses (split at commas too) and sentences, each with a comparison
 * key: its letters, digits and ideographs only, so that 、 vs , or a stray space do not hide a repeat.
 * The keys of all pieces are ranges of one char array, and the pieces are rows of int arrays, so that
 * cutting a section allocates a handful of arrays whatever its length. Clause keys are hashed with a
 * {@link KeyedHash} under a seed, so that text cannot choose its hashes.
 */
public final class SectionKeys {
    /** Letters, digits and ideographs of the BMP, one bit per char: they make up the keys. */
    private static final BitSet KEPT = new BitSet(Character.MAX_VALUE + 1);

    static {
        for (char c = 0; c < Character.MAX_VALUE; c++) {
            KEPT.set(c, Character.isLetterOrDigit(c) || Character.isIdeographic(c));
        }
    }

    /** The keys of every piece, one after the other. */
    final char[] keys;
    final Pieces clauses;
    final Pieces sentences;
    /** The seed of the hashes. */
    final long seed;

    private SectionKeys(char[] keys, Pieces clauses, Pieces sentences, long seed) {
        this.keys = keys;
        this.clauses = clauses;
        this.sentences = sentences;
        this.seed = seed;
    }

    /** The pieces of a section, clause keys hashed under {@code seed}. */
    static SectionKeys of(List<LogicalParagraph> paragraphs, long seed) {
        int total = 0;
        for (LogicalParagraph p : paragraphs) {
            total += p.view().length();
        }
        char[] keys = new char[total];
        char[] chars = new char[0];
        // Clauses average about 12 chars, sentences 15: a sixth of the length rarely needs to grow.
        Pieces clauses = new Pieces(Math.max(8, total / 6));
        Pieces sentences = new Pieces(Math.max(8, total / 6));
        int n = 0;
        for (int p = 0; p < paragraphs.size(); p++) {
            String t = paragraphs.get(p).text();
            int length = t.length();
            if (chars.length <= length) {
                chars = new char[length + 1];
            }
            t.getChars(0, length, chars, 0);
            chars[length] = 0; // the end of the paragraph ends its last clause and sentence
            int clauseStart = 0;
            int clauseKey = n;
            long clauseHash = seed;
            int sentenceStart = 0;
            int sentenceKey = n;
            for (int i = 0; i <= length; i++) {
                char c = chars[i];
                if (c >= '\u4E00' && c <= '\u9FEF') {
                    keys[n++] = c; // an ideograph: kept, and never a clause end
                    clauseHash = KeyedHash.step(clauseHash, c);
                    continue;
                }
                boolean last = i == length;
                if (!last && !Sentences.isClauseEnd(c)) {
                    if (KEPT.get(c)) {
                        keys[n++] = c;
                        clauseHash = KeyedHash.step(clauseHash, c);
                    }
                    continue;
                }
                int end = Math.min(i + 1, length);
                if (n > clauseKey) {
                    clauses.add(p, clauseStart, end, clauseKey, n, KeyedHash.finish(clauseHash, seed));
                }
                clauseStart = end;
                clauseKey = n;
                clauseHash = seed;
                if (last || isSentenceBoundary(c)) {
                    if (n > sentenceKey) {
                        sentences.add(p, sentenceStart, end, sentenceKey, n, 0);
                    }
                    sentenceStart = end;
                    sentenceKey = n;
                }
            }
        }
        return new SectionKeys(keys, clauses, sentences, seed);
    }

    private static boolean isSentenceBoundary(char c) {
        return Sentences.isSentenceEnd(c) || c == '；' || c == ';';
    }

    /** True when pieces {@code i} of {@code a} and {@code j} of {@code b} have the same key. */
    boolean sameKey(Pieces a, int i, Pieces b, int j) {
        return Arrays.equals(keys, a.from(i), a.to(i), keys, b.from(j), b.to(j));
    }

    /** The key of piece {@code i} of {@code pieces}, as a char sequence over {@link #keys}. */
    CharRange key(Pieces pieces, int i) {
        return new CharRange(keys, pieces.from(i), pieces.to(i));
    }

    /**
     * The {@code n} key chars at {@code offset} in piece {@code i} packed into one long ({@code n} at most 4):
     * a short signature.
     */
    long pack(Pieces pieces, int i, int offset, int n) {
        long packed = 0;
        for (int k = pieces.from(i) + offset, end = k + n; k < end; k++) {
            packed = (packed << 16) | keys[k];
        }
        return packed;
    }

    /**
     * Clauses or sentences, one row of six ints each: the logical paragraph, the chars [start, end) of its
     * text, the range [from, to) of {@link #keys}, and the keyed hash of the key (clauses only).
     */
    static final class Pieces {
        private static final int ROW = 6;
        private int[] rows;
        private int size;

        private Pieces(int capacity) {
            rows = new int[capacity * ROW];
        }

        private void add(int paragraph, int start, int end, int from, int to, int hash) {
            if ((size + 1) * ROW > rows.length) {
                rows = Arrays.copyOf(rows, rows.length * 2);
            }
            int r = size++ * ROW;
            rows[r] = paragraph;
            rows[r + 1] = start;
            rows[r + 2] = end;
            rows[r + 3] = from;
            rows[r + 4] = to;
            rows[r + 5] = hash;
        }

        int size() {
            return size;
        }

        int paragraph(int i) {
            return rows[i * ROW];
        }

        int start(int i) {
            return rows[i * ROW + 1];
        }

        int end(int i) {
            return rows[i * ROW + 2];
        }

        int from(int i) {
            return rows[i * ROW + 3];
        }

        int to(int i) {
            return rows[i * ROW + 4];
        }

        int keyLength(int i) {
            return to(i) - from(i);
        }

        int hash(int i) {
            return rows[i * ROW + 5];
        }
    }
}
