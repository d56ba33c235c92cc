package dev.laurel.parsers.commendation.text;

/** Chars [from, to) of a shared array as a {@link CharSequence}, without a copy. The array must not change. */
public final class CharRange implements CharSequence {
    private final char[] chars;
    private final int from;
    private final int to;

    public CharRange(char[] chars, int from, int to) {
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

    @Override
    public String toString() {
        return new String(chars, from, to - from);
    }
}
