package dev.laurel.parsers.commendation.figures;

import dev.laurel.parsers.commendation.text.Lexicon;
import dev.laurel.parsers.commendation.text.Paragraphs;
import dev.laurel.parsers.commendation.text.Sentences;

/**
 * Figures that state an honour's criteria, not what the awardee did ({@code criteria-words.txt}): after a criteria word
 * saying what the criteria are in the figure's sentence (评选门槛包括建成区绿地率不低于38%、人均公园绿地面积不低于14.5平方米),
 * or in a sentence opening with the rules (按照规定，…绿地率不低于31%等指标不达标的，将被撤销称号).
 */
final class Criteria {
    private static final Lexicon WORDS = Lexicon.load("criteria-words.txt");

    private Criteria() {
    }

    /** True when the figure at {@code at} of a simplified text states a criterion. */
    static boolean states(String simple, int at) {
        int sentence = Sentences.sentenceStart(simple, at);
        int open = sentence;
        while (open < at && Paragraphs.isBlank(simple.charAt(open))) {
            open++;
        }
        String first = WORDS.at(simple, open);
        if (first != null && "opens".equals(WORDS.tag(first))) {
            return true; // 按照规定，…不低于9平方米…的，将被撤销称号
        }
        int depth = 0; // a criteria word in a bracket (（评选标准要求不高于9%）) says nothing of the figures after it
        for (int i = open; i < at; i++) {
            char c = simple.charAt(i);
            depth += c == '（' || c == '(' ? 1 : c == '）' || c == ')' ? -1 : 0;
            String w = depth > 0 ? null : WORDS.at(simple, i);
            if (w == null || WORDS.isTagged(w)) {
                continue;
            }
            String says = WORDS.at(simple, i + w.length());
            if (says != null && "says".equals(WORDS.tag(says))) {
                return true; // 评选标准涉及…18项指标
            }
            i += w.length() - 1;
        }
        return false;
    }
}
