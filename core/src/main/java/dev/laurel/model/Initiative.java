package dev.laurel.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.Objects;

/**
 * One block of deeds under a short heading (发挥双拥体制优势。…).
 *
 * @param title the heading without its closing 。, rejoined if it was split across lines
 * @param text  the block verbatim, heading included: exactly the source text of {@code span}, with its line
 *              breaks (a paragraph split mid-sentence stays split here; the diagnostic reports the join)
 * @param span  from the heading's first char to the block's last non-blank char
 */
@JsonPropertyOrder({"title", "text", "span"})
public record Initiative(
        @JsonProperty("title") String title,
        @JsonProperty("text") String text,
        @JsonProperty("span") SourceSpan span) {

    public Initiative {
        Checks.requireNonBlank(title, "title");
        Objects.requireNonNull(text, "text must not be null");
        Objects.requireNonNull(span, "span must not be null");
    }
}
