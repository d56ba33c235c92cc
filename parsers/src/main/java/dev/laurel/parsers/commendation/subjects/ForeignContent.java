package dev.laurel.parsers.commendation.subjects;

import dev.laurel.model.DiagnosticKind;
import dev.laurel.parsers.commendation.DiagnosticLog;
import dev.laurel.parsers.commendation.DocumentContext;
import dev.laurel.parsers.commendation.mentions.PlaceRef;
import dev.laurel.parsers.commendation.mentions.Places;
import dev.laurel.parsers.commendation.text.Excerpt;
import dev.laurel.parsers.commendation.text.LogicalParagraph;
import dev.laurel.parsers.commendation.text.Sentences;
import dev.laurel.region.Region;

import java.util.List;

/**
 * Sentences of a section that report deeds of another place: a locative (在湖州, 于温州) naming a place
 * of the same province that is neither the awardee nor one of its ancestors or descendants. Mentions of
 * other places without a locative (帮扶黔南州, 嘉兴军分区) are ordinary and not reported. The figures of
 * such a sentence are kept; the diagnostic says which sentence it is.
 */
public final class ForeignContent {
    /** Longer than any place name or chain (黔南布依族苗族自治州, 浙江省杭州市). */
    private static final int WINDOW = 24;

    private ForeignContent() {
    }

    static void report(List<LogicalParagraph> paragraphs, PlaceRef awardee, DocumentContext context,
                       DiagnosticLog.Bucket issues) {
        Places places = context.places();
        Region self = awardee.region();
        if (self == null) {
            return;
        }
        for (LogicalParagraph p : paragraphs) {
            String t = p.text();
            int reportedUpTo = -1;
            for (int at = 0; at < t.length() - 1; at++) {
                if (!isLocative(t.charAt(at)) || at + 1 < reportedUpTo
                        || !places.mayStartMentionAt(t, at + 1, Math.min(t.length(), at + 1 + WINDOW))) {
                    continue;
                }
                PlaceRef mention = placeAt(places, t, at + 1, context.province());
                if (mention == null) {
                    continue;
                }
                Region other = mention.region();
                if (other == null || Places.related(self, other)
                        || !other.provinceCode().equals(self.provinceCode())) {
                    continue;
                }
                int start = Sentences.sentenceStart(t, mention.start());
                int end = Sentences.sentenceEnd(t, mention.end());
                issues.add(DiagnosticKind.FOREIGN_CONTENT, awardee.name(), "a sentence of the " + awardee.name()
                                + " section is about " + other.name() + "; its figures are kept: "
                                + Excerpt.of(t.substring(start, end)),
                        p.view().sourceSpan(start, end));
                reportedUpTo = end;
            }
        }
    }

    /** 在, 于, 赴, 到, 於: words that place a deed somewhere. */
    private static boolean isLocative(char c) {
        return c == '在' || c == '于' || c == '赴' || c == '到' || c == '於';
    }

    /** The place named right at {@code at} (湖州 in 在湖州免费…), or null; only a short window is scanned. */
    private static PlaceRef placeAt(Places places, String t, int at, String province) {
        String window = t.substring(at, Math.min(t.length(), at + WINDOW));
        for (PlaceRef m : places.mentions(window, province)) {
            return m.chainStart() == 0 ? m.shift(at) : null;
        }
        return null;
    }
}
