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
 * a neighbour's paragraph, gives those places' figures; they are not the awardee's, up to a sentence that opens with
 * the awardee again (邓州是…2369平方公里。永城市地处…2023年地区生产总值突破500亿元。).
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
        int[] back = new int[paragraphs.size()]; // where the awardee is the subject again, 0 for a paragraph of its own
        boolean any = false;
        for (int p = 0; p < paragraphs.size(); p++) {
            String text = paragraphs.get(p).text();
            if (subject(text, 0, self, places, province) == Subject.OTHER) {
                back[p] = backToAwardee(text, self, places, province);
                any = true;
            }
        }
        return any ? (p, offset) -> offset >= back[p] : null;
    }

    /** What the clause at a sentence's head is about. */
    private enum Subject { AWARDEE, OTHER, NONE }

    /**
     * Where a later sentence of {@code text} opens with the awardee as its subject (邓州是…2369平方公里。永城市地处…), from
     * which the paragraph is the awardee's again; the text's length when none does.
     */
    private static int backToAwardee(String text, Region self, Places places, String province) {
        for (int s = Sentences.sentenceEnd(text, 0); s < text.length(); s = Sentences.sentenceEnd(text, s)) {
            if (subject(text, s, self, places, province) == Subject.AWARDEE) {
                return s;
            }
        }
        return text.length();
    }

    /** The subject of the first clause from {@code from}: a known place at its head (or after a modifier in 的). */
    private static Subject subject(String text, int from, Region self, Places places, String province) {
        int head = from;
        while (head < text.length() && Paragraphs.isBlank(text.charAt(head))) {
            head++;
        }
        int end = Sentences.clauseEnd(text, head);
        if (end <= head || !mayOpenWithPlace(text, head, end, places)) {
            return Subject.NONE;
        }
        String clause = text.substring(head, end);
        List<PlaceRef> mentions = places.mentions(clause, province);
        if (!ClauseSubjects.opensWithSubject(clause, mentions)) {
            return Subject.NONE; // as a story's clause is read: the place at its head, or after a modifier ending in 的
        }
        PlaceRef first = mentions.get(0);
        Region r = first.region();
        if (r == null || !first.known()) {
            return Subject.NONE;
        }
        return Places.related(self, r) ? Subject.AWARDEE : r.parentCode() != null ? Subject.OTHER : Subject.NONE;
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
