package dev.laurel.parsers.commendation.subjects;

import dev.laurel.parsers.commendation.mentions.Collectives;
import dev.laurel.parsers.commendation.mentions.PlaceRef;
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
 * clause (三市军人军属优待金发放率均达100%), and no semicolon or colon between them. Every awardee owns such a figure. A figure said of them together without
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
     * For each paragraph, the starts of its figures said of each of the {@code awardees} alike (none when there are
     * fewer than two); {@code quantities} are the paragraphs' figures, offsets in their text. An adverb's char inside an
     * awardee's name (于都县) is none.
     */
    static List<Set<Integer>> of(List<LogicalParagraph> paragraphs, List<List<Quantity>> quantities, List<PlaceRef> awardees) {
        List<String> names = new ArrayList<>(); // 于都县: a name holding an adverb's char
        for (PlaceRef place : awardees) {
            names.add(TraditionalToSimplified.toSimplified(place.name()));
            names.add(place.official().name());
        }
        List<Set<Integer>> out = new ArrayList<>(paragraphs.size());
        for (int p = 0; p < paragraphs.size(); p++) {
            Set<Integer> each = Set.of();
            if (awardees.size() >= 2 && !quantities.get(p).isEmpty()) {
                String text = TraditionalToSimplified.toSimplified(paragraphs.get(p).text()); // char for char
                for (Quantity q : quantities.get(p)) {
                    if (saidOfEach(text, q.start(), awardees.size(), names)) {
                        each = each.isEmpty() ? new HashSet<>() : each;
                        each.add(q.start());
                    }
                }
            }
            out.add(each);
        }
        return out;
    }

    /** Marks opening a part of a sentence that is said of a place of its own (三地各有亮点：A…；B…). */
    private static final String PART_BREAKS = "；;：:";

    /** True when the figure at {@code at} is said of each of {@code awardees} places a collective opening its sentence names. */
    private static boolean saidOfEach(String text, int at, int awardees, List<String> names) {
        int head = Sentences.sentenceStart(text, at);
        while (head < at && Paragraphs.isBlank(text.charAt(head))) {
            head++;
        }
        Collectives.Collective c = Collectives.at(text, head, at);
        if (c == null || c.places() != awardees) {
            return false;
        }
        int from = Math.max(c.end(), Sentences.clauseStart(text, at));
        for (int k = at - 1; k >= from; k--) {
            if (PART_BREAKS.indexOf(text.charAt(k)) >= 0) {
                from = k + 1; // 三地工作各有亮点：瑞金市…；于都县建成…385个: a part of one place's, not each's
                break;
            }
        }
        for (int k = from; k < at; k++) {
            String w = EACH.at(text, k);
            if (w != null && !insideWord(text, k, w, NOT_ADVERB.words()) && !insideWord(text, k, w, names)) {
                return true;
            }
        }
        return false;
    }

    /** True when the adverb {@code w} at {@code at} is written inside one of {@code words}, no adverb (人均, 首都, 于都县). */
    private static boolean insideWord(String text, int at, String w, java.util.Collection<String> words) {
        for (String word : words) {
            for (int o = word.indexOf(w); o >= 0; o = word.indexOf(w, o + 1)) {
                if (at - o >= 0 && text.startsWith(word, at - o)) {
                    return true;
                }
            }
        }
        return false;
    }
}
