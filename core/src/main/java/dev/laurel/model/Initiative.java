package dev.laurel.model;

import java.util.Objects;

/**
 * One block of deeds under a short heading (发挥双拥体制优势。…).
 *
 * @param title the heading without its closing 。, rejoined if it was split across lines
 * @param text  the block verbatim, heading included: exactly the source text of {@code span}, with its line
 *              breaks (a paragraph split mid-sentence stays split here; the diagnostic reports the join)
 * @param span  from the heading's first char to the block's last non-blank char
 */
public record Initiative(
        String title,
        String text,
        SourceSpan span) {

    /**
     * Checks the components.
     *
     * @param title the heading
     * @param text  the block verbatim
     * @param span  where the block is; not null
     */
    public Initiative {
        Checks.requireNonBlank(title, "title");
        Objects.requireNonNull(text, "text must not be null");
        Objects.requireNonNull(span, "span must not be null");
    }
}
