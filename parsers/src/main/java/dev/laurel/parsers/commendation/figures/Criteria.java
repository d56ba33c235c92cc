package dev.laurel.parsers.commendation.figures;

import dev.laurel.parsers.commendation.mentions.HonourStatements;
import dev.laurel.parsers.commendation.text.Lexicon;
import dev.laurel.parsers.commendation.text.Quotes;
import dev.laurel.parsers.commendation.text.Paragraphs;
import dev.laurel.parsers.commendation.text.Sentences;

/**
 * Figures that state an honour's criteria, not what the awardee did ({@code criteria-words.txt}): after a criteria word
 * saying what the criteria are in the figure's sentence (评选门槛包括建成区绿地率不低于38%、人均公园绿地面积不低于14.5平方米),
 * or after an honour's name and a word of what it requires (国家生态园林城市要求建成区绿化覆盖率不低于43%), or in a sentence
 * opening with the rules (按照规定，…绿地率不低于31%等指标不达标的，将被撤销称号), or right after a word of obligation
 * ({@code obligation-words.txt}: 按照国家卫生城市标准，城市生活污水集中处理率应不低于95%).
 */
final class Criteria {
    private static final Lexicon WORDS = Lexicon.load("criteria-words.txt");
    /** Words of obligation right before a figure ({@code obligation-words.txt}: 应不低于, 须达到). */
    private static final Lexicon OBLIGATIONS = Lexicon.load("obligation-words.txt");
    /** The criteria and rules words (not the "says" words, 为 and 是 among them). */
    private static final String[] SUBJECTS = WORDS.words().stream().filter(w -> !"says".equals(WORDS.tag(w)))
            .toArray(String[]::new);

    private Criteria() {
    }

    /**
     * Where the statements of criteria of a paragraph's simplified view start, in order: a criteria word followed by a
     * word saying what they are (评选门槛包括), outside brackets, or a word of the rules (按照规定). Found once per paragraph;
     * most paragraphs hold none, and {@link #states} then costs nothing.
     */
    static int[] wordsIn(String simple) {
        int[] at = honourCriteria(simple);
        if (!holdsSubject(simple)) {
            return at;
        }
        int depth = 0; // a criteria word in a bracket (（评选标准要求不高于9%）) says nothing of the figures after it
        for (int i = 0; i < simple.length(); i++) {
            char c = simple.charAt(i);
            depth += c == '（' || c == '(' ? 1 : c == '）' || c == ')' ? -1 : 0;
            String w = depth > 0 ? null : WORDS.at(simple, i);
            if (w == null || "says".equals(WORDS.tag(w))) {
                continue;
            }
            String says = WORDS.at(simple, i + w.length());
            if ("opens".equals(WORDS.tag(w)) || says != null && "says".equals(WORDS.tag(says))) {
                at = java.util.Arrays.copyOf(at, at.length + 1);
                at[at.length - 1] = i;
            }
            i += w.length() - 1;
        }
        java.util.Arrays.sort(at);
        return at;
    }

    /** Words right after an honour's name stating what it requires ({@code honour-criteria-verbs.txt}: 要求, 规定). */
    private static final Lexicon HONOUR_VERBS = Lexicon.load("honour-criteria-verbs.txt");

    /**
     * Where an honour's name followed by a word of what it requires starts (国家生态园林城市要求建成区绿化覆盖率不低于43%),
     * in order; most paragraphs hold none.
     */
    private static int[] honourCriteria(String simple) {
        if (!HONOUR_VERBS.occursIn(simple)) {
            return new int[0];
        }
        int[] at = new int[0];
        for (int i = 1; i < simple.length(); i++) {
            if (HONOUR_VERBS.at(simple, i) == null) {
                continue;
            }
            int end = i;
            while (end > 0 && Quotes.closes(simple.charAt(end - 1))) {
                end--; // “国家生态园林城市”要求…
            }
            String honour = HonourStatements.HONOURS.list().endingAt(simple, end);
            if (honour != null) {
                at = java.util.Arrays.copyOf(at, at.length + 1);
                at[at.length - 1] = end - honour.length();
            }
        }
        return at;
    }

    /** True when a criteria or rules word stands in {@code simple}, found with {@link String#contains}: most hold none. */
    private static boolean holdsSubject(String simple) {
        for (String w : SUBJECTS) {
            if (simple.contains(w)) {
                return true;
            }
        }
        return false;
    }

    /**
     * True when the figure at {@code at} of a simplified text states a criterion: a word of obligation stands right before
     * it (应不低于), or a statement of criteria ({@code words}, from {@link #wordsIn}) stands before it in its sentence, a
     * word of the rules opening the sentence.
     */
    static boolean states(String simple, int[] words, int at) {
        if (OBLIGATIONS.list().endingAt(simple, at) != null) {
            return true; // 污水集中处理率应不低于95%, 人均公园绿地面积须达到12平方米: what a standard requires
        }
        if (words.length == 0) {
            return false;
        }
        int sentence = Sentences.sentenceStart(simple, at);
        int open = sentence;
        while (open < at && Paragraphs.isBlank(simple.charAt(open))) {
            open++;
        }
        for (int w : words) {
            if (w >= at) {
                break;
            }
            String word = WORDS.at(simple, w); // null at an honour's name (国家生态园林城市要求…)
            if (w >= open && (w == open || word == null || !"opens".equals(WORDS.tag(word)))) {
                return true; // 评选标准涉及…18项指标; 按照规定，…不低于9平方米…
            }
        }
        return false;
    }
}
