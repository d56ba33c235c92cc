package dev.laurel.parsers.commendation.text;

/**
 * One paragraph as the author meant it: one or more source paragraphs joined where a paragraph was
 * split mid-sentence.
 *
 * @param view   the joined text with its map back to the source
 * @param pieces how many source paragraphs were joined
 */
public record LogicalParagraph(LogicalText view, int pieces) {

    public String text() {
        return view.text();
    }
}
