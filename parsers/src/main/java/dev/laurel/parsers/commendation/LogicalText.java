package dev.laurel.parsers.commendation;

import dev.laurel.model.SourceSpan;
import java.util.Arrays;

/**
 * Text made by joining pieces of the source (a paragraph split across a blank line is read as one),
 * with a map from every char back to its source offset, so that anything found in the joined text
 * gets a span into the source.
 */
final class LogicalText {
    private final StringBuilder text = new StringBuilder();
    private int[] sourceOffset = new int[64];
    /** {@link #text()} as last built; null after an append. */
    private String built;

    /** Appends {@code source[start, end)}. */
    LogicalText append(String source, int start, int end) {
        ensure(text.length() + (end - start));
        int at = text.length();
        for (int i = start; i < end; i++) {
            sourceOffset[at++] = i;
        }
        text.append(source, start, end);
        built = null;
        return this;
    }

    private void ensure(int capacity) {
        if (capacity > sourceOffset.length) {
            sourceOffset = Arrays.copyOf(sourceOffset, Math.max(capacity, sourceOffset.length * 2));
        }
    }

    String text() {
        if (built == null) {
            built = text.toString();
        }
        return built;
    }

    int length() {
        return text.length();
    }

    int sourceOffset(int logical) {
        return sourceOffset[logical];
    }

    /** The source span of logical chars [start, end); an empty range maps to an empty span. */
    SourceSpan sourceSpan(int start, int end) {
        if (end <= start) {
            int at = start < text.length() ? sourceOffset[start] : (text.length() == 0 ? 0 : sourceOffset[text.length() - 1] + 1);
            return new SourceSpan(at, at);
        }
        return new SourceSpan(sourceOffset[start], sourceOffset[end - 1] + 1);
    }
}
