package dev.laurel.parsers.commendation.text;

import dev.laurel.model.SourceSpan;

/**
 * One non-blank line of the source, trimmed: the unit the layout of these documents is made of.
 *
 * @param index position among the document's paragraphs
 * @param start offset of the first non-blank char in the source
 * @param end   offset after the last non-blank char
 * @param text  the trimmed line
 */
public record Paragraph(int index, int start, int end, String text) {

    public SourceSpan span() {
        return new SourceSpan(start, end);
    }

    char last() {
        return text.charAt(text.length() - 1);
    }
}
