package dev.laurel.model;

/**
 * A range of char offsets (UTF-16 code units) into the decoded source text, {@code end} exclusive,
 * so that {@code text.substring(start, end)} is the quoted passage.
 *
 * @param start the offset of the first char
 * @param end   the offset after the last char
 */
public record SourceSpan(int start, int end) {

    /**
     * Checks the offsets.
     *
     * @param start the first char's offset, not negative
     * @param end   the offset after the last char, not below {@code start}
     * @throws IllegalArgumentException if {@code start} is negative or {@code end} is before it
     */
    public SourceSpan {
        if (start < 0) {
            throw new IllegalArgumentException("start must not be negative: " + start);
        }
        if (end < start) {
            throw new IllegalArgumentException("end must not be before start: start=" + start + ", end=" + end);
        }
    }

    /**
     * The number of chars covered.
     *
     * @return {@code end - start}
     */
    public int length() {
        return end - start;
    }

    /**
     * The passage of {@code text} this span covers.
     *
     * @param text the text this span indexes
     * @return the covered passage
     */
    public String of(CharSequence text) {
        return text.subSequence(start, end).toString();
    }

    /**
     * This span moved by {@code delta} chars.
     *
     * @param delta the chars to move by, negative to move back
     * @return the moved span
     */
    public SourceSpan shift(int delta) {
        return new SourceSpan(start + delta, end + delta);
    }

    /**
     * Whether {@code other} lies within this span.
     *
     * @param other another span
     * @return true when this span covers all of {@code other}
     */
    public boolean contains(SourceSpan other) {
        return start <= other.start && other.end <= end;
    }
}
