package dev.laurel.parsers.commendation.layout;

import dev.laurel.parsers.commendation.mentions.PlaceRef;
import dev.laurel.parsers.commendation.text.Paragraph;

import java.util.List;

/**
 * A deeds section: its heading and the paragraphs under it, without document-level paragraphs that
 * happen to sit between its lines.
 *
 * @param heading the heading paragraph
 * @param place   the place the heading names
 * @param body    the paragraphs under the heading, in order; an inline body after {@code 杭州市：} comes first
 * @param story   true for a news story about one place: its first paragraph is the heading, and it has no
 *                initiative headings
 * @param headingTimes the honour count the heading notes (安吉县（第三次）), or null
 * @param headingKind  its kind, null without a count
 * @param cell    true for a table row's figures cells (主要指标: 森林覆盖率67.2%) read as its place's section: a cell
 *                ends no sentence
 * @param headed  a table row's bare numbers with the units their columns' headings give (面积（平方米）: 15.2); empty
 *                for other sections
 */
public record Section(Paragraph heading, PlaceRef place, List<Paragraph> body, boolean story, Integer headingTimes,
               dev.laurel.model.TimesKind headingKind, boolean cell, List<HeadedCell> headed) {

    public Section(Paragraph heading, PlaceRef place, List<Paragraph> body, boolean story, Integer headingTimes,
                   dev.laurel.model.TimesKind headingKind) {
        this(heading, place, body, story, headingTimes, headingKind, false, List.of());
    }

    public Section(Paragraph heading, PlaceRef place, List<Paragraph> body, boolean story) {
        this(heading, place, body, story, null, null);
    }
}
