package dev.laurel.parsers.commendation.subjects;

import dev.laurel.parsers.commendation.mentions.PlaceRef;
import dev.laurel.parsers.commendation.mentions.Places;
import dev.laurel.parsers.commendation.text.Lexicon;
import dev.laurel.parsers.commendation.text.Paragraph;
import dev.laurel.text.TraditionalToSimplified;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Places the page says were not honoured this round: a place right before a word of {@code failure-words.txt}
 * (万安县未能通过本轮考评, 临澧县此次落选), a time word between at most. Their sections are no awardees'.
 */
public final class FailedPlaces {
    private static final Lexicon WORDS = Lexicon.load("failure-words.txt");
    /** Time words that may stand between the place and the word (此次, 本轮). */
    private static final List<String> BETWEEN = List.of("此次", "本次", "本轮", "今年", "这次", "");

    private FailedPlaces() {
    }

    /** The official names of the places {@code paragraphs} say were not honoured. */
    public static Set<String> of(List<Paragraph> paragraphs, Places places, String province) {
        Set<String> out = new HashSet<>();
        for (Paragraph p : paragraphs) {
            String s = TraditionalToSimplified.toSimplified(p.text());
            if (!WORDS.occursIn(s)) {
                continue; // most lines hold none of the words: one search each
            }
            for (PlaceRef m : places.mentions(p.text(), province)) {
                if (m.region() == null) {
                    continue;
                }
                for (String w : BETWEEN) {
                    if (s.startsWith(w, m.end()) && WORDS.at(s, m.end() + w.length()) != null) {
                        out.add(m.official().name());
                        break;
                    }
                }
            }
        }
        return out;
    }
}
