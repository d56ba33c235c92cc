package dev.laurel.parsers.commendation.subjects;

import dev.laurel.parsers.commendation.figures.MetricReader;
import dev.laurel.parsers.commendation.mentions.PlaceRef;
import dev.laurel.parsers.commendation.mentions.Places;
import dev.laurel.parsers.commendation.text.LogicalParagraph;
import dev.laurel.parsers.commendation.text.Paragraphs;
import dev.laurel.parsers.commendation.text.Sentences;
import dev.laurel.region.Region;

import java.util.List;

/**
 * Paragraphs of a deeds section that are about another place: their first clause opens with a known place that is
 * neither the section's awardee nor inside or around it, as its subject (at the head, or after a modifier ending in
 * 的: 入选“两山”基地的酉阳县、大足区也各有特色). A page that closes its last section with the places of another honour, or
 * a neighbour's paragraph, gives those places' figures; they are not the awardee's.
 */
final class OtherPlaceParagraphs {
    /** How far into a paragraph's first clause a 的 may stand before the place it modifies is looked for. */
    private static final int MODIFIED_HEAD = 16;

    private OtherPlaceParagraphs() {
    }

    /**
     * A filter dropping the figures of the paragraphs about another place, or null when no paragraph is (or the
     * awardee is unknown): most sections keep every paragraph, and their figures are then asked nothing more.
     */
    static MetricReader.Filter filter(List<LogicalParagraph> paragraphs, PlaceRef awardee, Places places, String province) {
        Region self = awardee.region();
        if (self == null) {
            return null;
        }
        boolean[] other = new boolean[paragraphs.size()];
        boolean any = false;
        for (int p = 0; p < paragraphs.size(); p++) {
            other[p] = opensWithOther(paragraphs.get(p).text(), self, places, province);
            any |= other[p];
        }
        return any ? (p, offset) -> !other[p] : null;
    }

    private static boolean opensWithOther(String text, Region self, Places places, String province) {
        int head = 0;
        while (head < text.length() && Paragraphs.isBlank(text.charAt(head))) {
            head++;
        }
        int end = Sentences.clauseEnd(text, head);
        if (end <= head || !mayOpenWithPlace(text, head, end, places)) {
            return false;
        }
        String clause = text.substring(head, end);
        List<PlaceRef> mentions = places.mentions(clause, province);
        if (!ClauseSubjects.opensWithSubject(clause, mentions)) {
            return false; // as a story's clause is read: the place at its head, or after a modifier ending in 的
        }
        PlaceRef first = mentions.get(0);
        Region r = first.region();
        return r != null && first.known() && !Places.related(self, r) && r.parentCode() != null;
    }

    /**
     * False when no place name can start at the clause's head or right after a 的 near it (judged by the names' first
     * chars, without a scan): most paragraphs open with no place.
     */
    private static boolean mayOpenWithPlace(String text, int head, int end, Places places) {
        if (places.mayStartMentionAt(text, head, end)) {
            return true;
        }
        for (int i = head; i < Math.min(end - 1, head + MODIFIED_HEAD); i++) {
            if (text.charAt(i) == '的' && places.mayStartMentionAt(text, i + 1, end)) {
                return true;
            }
        }
        return false;
    }
}
