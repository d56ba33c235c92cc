package dev.laurel.parsers.commendation.subjects;

import dev.laurel.parsers.commendation.mentions.Collectives;
import dev.laurel.parsers.commendation.text.Lexicon;
import dev.laurel.parsers.commendation.text.LogicalParagraph;
import dev.laurel.parsers.commendation.text.Paragraphs;
import dev.laurel.parsers.commendation.text.Sentences;
import dev.laurel.text.Quantity;
import dev.laurel.text.TraditionalToSimplified;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Figures a story says of each of its awardees alike: a sentence opening with a collective that counts them all (三市,
 * 两地, 三县: {@link Collectives}) and an adverb saying each ({@code each-words.txt}: 均, 都) before the figure in its
 * clause (三市军人军属优待金发放率均达100%). Every awardee owns such a figure. A figure said of them together without
 * such a word (三县共投入2亿元) is their sum's, no one's.
 */
final class EachFigures {
    private static final java.util.Map<String, Lexicon> WORDS = Lexicon.byTag("each-words.txt");
    private static final Lexicon EACH = WORDS.get("each");
    /** Words holding an adverb's char that are no adverb (人均, 首都, 均衡). */
    private static final Lexicon NOT_ADVERB = WORDS.get("word");

    private EachFigures() {
    }

    /**
     * For each paragraph, the starts of its figures said of each of the {@code awardees} awardees alike (none when
     * there are fewer than two); {@code quantities} are the paragraphs' figures, offsets in their text.
     */
    static List<Set<Integer>> of(List<LogicalParagraph> paragraphs, List<List<Quantity>> quantities, int awardees) {
        List<Set<Integer>> out = new ArrayList<>(paragraphs.size());
        for (int p = 0; p < paragraphs.size(); p++) {
            Set<Integer> each = Set.of();
            if (awardees >= 2 && !quantities.get(p).isEmpty()) {
                String text = TraditionalToSimplified.toSimplified(paragraphs.get(p).text()); // char for char
                for (Quantity q : quantities.get(p)) {
                    if (saidOfEach(text, q.start(), awardees)) {
                        each = each.isEmpty() ? new HashSet<>() : each;
                        each.add(q.start());
                    }
                }
            }
            out.add(each);
        }
        return out;
    }

    /** True when the figure at {@code at} is said of each of {@code awardees} places a collective opening its sentence names. */
    private static boolean saidOfEach(String text, int at, int awardees) {
        int head = Sentences.sentenceStart(text, at);
        while (head < at && Paragraphs.isBlank(text.charAt(head))) {
            head++;
        }
        Collectives.Collective c = Collectives.at(text, head, at);
        if (c == null || c.places() != awardees) {
            return false;
        }
        for (int k = Math.max(c.end(), Sentences.clauseStart(text, at)); k < at; k++) {
            String w = EACH.at(text, k);
            if (w != null && !insideWord(text, k, w)) {
                return true;
            }
        }
        return false;
    }

    /** True when the adverb {@code w} at {@code at} is written inside a word that is no adverb (人均, 首都, 均衡). */
    private static boolean insideWord(String text, int at, String w) {
        for (String word : NOT_ADVERB.words()) {
            for (int o = word.indexOf(w); o >= 0; o = word.indexOf(w, o + 1)) {
                if (at - o >= 0 && text.startsWith(word, at - o)) {
                    return true;
                }
            }
        }
        return false;
    }
}
