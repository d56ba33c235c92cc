package dev.laurel.parsers.commendation.figures;

import dev.laurel.parsers.commendation.text.Lexicon;
import dev.laurel.parsers.commendation.text.Sentences;

import java.util.Map;
import java.util.regex.Pattern;

/**
 * Figures of how things stood before ({@code past-state-words.txt}): a word of "still only" or a copula right before the
 * figure, in a sentence framed in the past (2021年我市获评“四连冠”时，全市退役军人服务站还只有1800多个，如今已建成3246个;
 * 2020年首次获评时，我市注册志愿者为68万人). The page gives the place's figure of now beside it; the earlier one is no deed.
 */
final class PastStates {
    private static final Map<String, Lexicon> WORDS = Lexicon.byTag("past-state-words.txt");
    /** A clause dated by a year and ending in 时 (2021年我市获评“四连冠”时，): a time in the past. */
    private static final Pattern YEAR_WHEN = Pattern.compile("(?:19|20)[0-9]{2}年[^，,。；;！？!?]{0,30}时[，,]");

    private PastStates() {
    }

    /** True when the figure starting at {@code start} of the simplified {@code text} tells how things stood before. */
    static boolean at(String text, int start) {
        if (WORDS.get("still").list().endingAt(text, start) == null) {
            return false;
        }
        int sentence = Sentences.sentenceStart(text, start);
        return WORDS.get("frame").occursIn(text.substring(sentence, start))
                || YEAR_WHEN.matcher(text).region(sentence, start).find();
    }
}
