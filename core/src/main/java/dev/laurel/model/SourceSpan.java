package dev.laurel.model;

/**
 * A range of char offsets (UTF-16 code units) into the decoded source text, {@code end} exclusive,
 * so that {@code text.substring(start, end)} is the quoted passage.
 */
public record SourceSpan(int start, int end) {

    public SourceSpan {
        if (start < 0) {
            throw new IllegalArgumentException("start must not be negative: " + start);
        }
        if (end < start) {
            throw new IllegalArgumentException("end must not be before start: start=" + start + ", end=" + end);
        }
    }

    public int length() {
        return end - start;
    }

    /** The passage of {@code text} this span covers. */
    public String of(CharSequence text) {
        return text.subSequence(start, end).toString();
    }

    /** This span moved by {@code delta} chars. */
    public SourceSpan shift(int delta) {
        return new SourceSpan(start + delta, end + delta);
    }

    public boolean contains(SourceSpan other) {
        return start <= other.start && other.end <= end;
    }
}
