package dev.laurel.parsers.commendation;

/**
 * Chars [from, to) of a shared array, compared by content: a comparison key that costs no copy. Its
 * hash is that of the equal {@link String}, computed once. The array must not change afterwards.
 */
final class CharRange implements CharSequence {
    private final char[] chars;
    private final int from;
    private final int to;
    private int hash;

    CharRange(char[] chars, int from, int to) {
        this.chars = chars;
        this.from = from;
        this.to = to;
    }

    @Override
    public int length() {
        return to - from;
    }

    @Override
    public char charAt(int index) {
        return chars[from + index];
    }

    @Override
    public CharSequence subSequence(int start, int end) {
        return new CharRange(chars, from + start, from + end);
    }

    /** The {@code n} chars at {@code offset} packed into one long ({@code n} at most 4): a short signature. */
    long pack(int offset, int n) {
        long packed = 0;
        for (int i = 0; i < n; i++) {
            packed = (packed << 16) | chars[from + offset + i];
        }
        return packed;
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof CharRange other) || other.length() != length() || other.hashCode() != hashCode()) {
            return false;
        }
        return java.util.Arrays.equals(chars, from, to, other.chars, other.from, other.to);
    }

    @Override
    public int hashCode() {
        int h = hash;
        if (h == 0) {
            for (int i = from; i < to; i++) {
                h = 31 * h + chars[i];
            }
            hash = h;
        }
        return h;
    }

    @Override
    public String toString() {
        return new String(chars, from, to - from);
    }
}
