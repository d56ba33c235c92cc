package dev.laurel.parsers.commendation.text;

import dev.laurel.model.SourceSpan;
import dev.laurel.text.TraditionalToSimplified;

import java.util.Arrays;

/**
 * Text made by joining pieces of the source (a paragraph split across a blank line is read as one),
 * with a map from every char back to its source offset, so that anything found in the joined text
 * gets a span into the source. The map is kept per piece, not per char: a char's offset is its
 * piece's source start plus its distance from the piece's start.
 */
public final class LogicalText {
    private String source;
    /** Piece {@code i} is source chars [sourceStart[i], sourceStart[i] + length) at logical offset logicalStart[i]. */
    private int[] logicalStart = new int[2];
    private int[] sourceStart = new int[2];
    private int pieces;
    private int length;
    /** {@link #text()} as last built; null after an append. */
    private String built;
    /** {@link #simplified()} as last made; null after an append. */
    private String simplified;

    /** Appends a paragraph of {@code source}; every piece must come from the same source. */
    public LogicalText append(String source, Paragraph p) {
        boolean first = pieces == 0;
        append(source, p.start(), p.end());
        if (first) {
            built = p.text(); // the paragraph's text is source[start, end) already
        }
        return this;
    }

    /** Appends {@code source[start, end)}; every piece must come from the same source. */
    public LogicalText append(String source, int start, int end) {
        if (this.source != null && this.source != source) {
            throw new IllegalArgumentException("pieces of one logical text come from one source");
        }
        this.source = source;
        if (end == start) {
            return this;
        }
        if (pieces == logicalStart.length) {
            logicalStart = Arrays.copyOf(logicalStart, pieces * 2);
            sourceStart = Arrays.copyOf(sourceStart, pieces * 2);
        }
        logicalStart[pieces] = length;
        sourceStart[pieces] = start;
        pieces++;
        length += end - start;
        built = null;
        simplified = null;
        return this;
    }

    public String text() {
        if (built == null) {
            if (pieces == 0) {
                built = "";
            } else if (pieces == 1) {
                built = source.substring(sourceStart[0], sourceStart[0] + length);
            } else {
                StringBuilder b = new StringBuilder(length);
                for (int i = 0; i < pieces; i++) {
                    int pieceEnd = i + 1 < pieces ? logicalStart[i + 1] : length;
                    b.append(source, sourceStart[i], sourceStart[i] + pieceEnd - logicalStart[i]);
                }
                built = b.toString();
            }
        }
        return built;
    }

    /**
     * {@link #text()} in simplified script, char for char ({@link TraditionalToSimplified}), made once: the
     * quantity engine and the label words read it.
     */
    public String simplified() {
        if (simplified == null) {
            simplified = TraditionalToSimplified.toSimplified(text());
        }
        return simplified;
    }

    public int length() {
        return length;
    }

    int sourceOffset(int logical) {
        int i = Arrays.binarySearch(logicalStart, 0, pieces, logical);
        int piece = i >= 0 ? i : -i - 2;
        return sourceStart[piece] + logical - logicalStart[piece];
    }

    /** The source span of logical chars [start, end); an empty range maps to an empty span. */
    public SourceSpan sourceSpan(int start, int end) {
        if (end <= start) {
            int at = start < length ? sourceOffset(start) : (length == 0 ? 0 : sourceOffset(length - 1) + 1);
            return new SourceSpan(at, at);
        }
        return new SourceSpan(sourceOffset(start), sourceOffset(end - 1) + 1);
    }
}
