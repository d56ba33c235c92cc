package dev.laurel.parsers.commendation.subjects;

import dev.laurel.model.TimesKind;
import dev.laurel.parsers.commendation.mentions.PlaceRef;
import dev.laurel.text.TraditionalToSimplified;

/** A place that a sentence says received the document's honour, with its count where one is said. */
public final class StoryCandidate {
    PlaceRef place;
    Integer count;
    TimesKind kind;
    int paragraph;
    int start;
    int end;
    boolean inferred;
    /** For an inferred place: the pointer the text calls it by (我市, 贵市) and where the page names it (headline, …). */
    String inferredPointer;
    String inferredWhere;
    /** Found only as the subject of a paragraph about a listed place. */
    boolean profiled;
    /** A statement said it was honoured again (满洲里再度榜上有名): a 首次 of a later statement is an earlier round's. */
    boolean again;
    /** The count was read in the headline: a statement of the body may say it again, better (三度 then 连续第三次). */
    boolean countInHeadline;
    /** The name as the page writes it (徐州 for 徐州市). */
    String written;

    StoryCandidate(PlaceRef place, String written, int paragraph, int start, int end, boolean inferred) {
        this.place = place;
        this.written = written;
        this.paragraph = paragraph;
        this.start = start;
        this.end = end;
        this.inferred = inferred;
    }

    /**
     * One key per place, whichever form or script the page writes it in: its official name, simplified (三亞市 and 三亚市
     * are one awardee, and so are 德清 and 德清县).
     */
    static String key(PlaceRef place) {
        return TraditionalToSimplified.toSimplified(place.official().name());
    }
}
