package dev.laurel.parsers.commendation.figures;

import dev.laurel.parsers.commendation.mentions.HonourStatements;
import dev.laurel.parsers.commendation.text.Lexicon;
import dev.laurel.parsers.commendation.text.Sentences;

/**
 * Values given in a bracket for comparison (（全省平均：93.2%）, （考核目标：≥90%）, （国家园林县城标准为不低于9平方米）):
 * a reference to measure the awardee's figure by, not its own ({@code reference-notes.txt}).
 */
final class ReferenceNotes {
    private ReferenceNotes() {
    }

    /** Words opening a bracket that make its figures a reference (（考核目标：≥90%）), {@code reference-notes.txt}. */
    private static final Lexicon REFERENCE_NOTES = Lexicon.load("reference-notes.txt");
    /** How far back from a figure the bracket holding it may open. */
    private static final int NOTE_REACH = 32;

    /**
     * True when the figure at {@code at} stands in a bracket that opens with a reference word, a few chars in at most, or a
     * wider scope (（全省平均：93.2%）, （考核目标：≥90%）, （评选标准要求不高于9%）, （全省为58.7%））, or a year's value (增长71.4%
     * （2024年为2.1亿元）), or right after one (高于省级园林县城标准（绿地率31%、…）, 高于全省平均水平（约42%）): a value to compare
     * the awardee's with, not its own.
     */
    static boolean inNote(String simple, int at) {
        for (int i = at - 1; i >= 0 && i >= at - NOTE_REACH; i--) {
            char c = simple.charAt(i);
            if (c == '）' || c == ')' || Sentences.isSentenceEnd(c)) {
                return false;
            }
            if (c == '（' || c == '(') {
                String rest = simple.substring(i + 1, at);
                return opensWithReference(rest) || WiderScope.opensWider(rest) || EARLIER_YEAR.matcher(rest).lookingAt()
                        || qualifierAtMost(rest) && namesReferenceBefore(simple, i) || honoursReference(rest)
                        || REFERENCE_NOTES.list().endingAt(simple, i) != null; // 标准（绿地率31%、绿化覆盖率36%）: its values
            }
        }
        return false;
    }

    /** The most chars of a qualifier that may open a bracket before its figure (约, 超过). */
    private static final int MAX_QUALIFIER = 2;

    /** True when {@code rest}, a bracket's text before its figure, is blank or a qualifier's few Han chars (约, 超过). */
    private static boolean qualifierAtMost(String rest) {
        String t = rest.strip();
        if (t.length() > MAX_QUALIFIER) {
            return false;
        }
        for (int k = 0; k < t.length(); k++) {
            if (!dev.laurel.text.HanChars.isHan(t.charAt(k))) {
                return false;
            }
        }
        return true;
    }

    /** A bracket opening with a year's value (增长71.4%（2024年为2.1亿元）): the year compared with. */
    private static final java.util.regex.Pattern EARLIER_YEAR = java.util.regex.Pattern.compile("(?:19|20)[0-9]{2}年[底末]?[为是]");

    /** How far into a bracket its reference word may start (（评选标准要求…）, （省级标准为…）, （国家要求为…）). */
    private static final int REFERENCE_LEAD = 4;

    /** True when a reference word starts in the first few chars of a bracket's text, before any figure or clause end. */
    private static boolean opensWithReference(String rest) {
        for (int j = 0; j <= Math.min(rest.length() - 1, REFERENCE_LEAD); j++) {
            char c = rest.charAt(j);
            if (Character.isDigit(c) || Sentences.isClauseEnd(c)) {
                return false;
            }
            if (REFERENCE_NOTES.at(rest, j) != null) {
                return true;
            }
        }
        return false;
    }

    /** How far into a bracket the honour a standard is of may end (国家园林县城: scope and noun). */
    private static final int HONOUR_IN_NOTE = 12;

    /** True when a bracket opens with an honour and a reference word (（国家园林县城标准为不低于9平方米）). */
    private static boolean honoursReference(String rest) {
        for (int j = 0; j < Math.min(rest.length(), HONOUR_IN_NOTE); j++) {
            String h = HonourStatements.HONOURS.at(rest, j);
            if (h != null) {
                return REFERENCE_NOTES.at(rest, j + h.length()) != null;
            }
        }
        return false;
    }

    /** How far before a bracket holding a figure alone the reference it gives may be named (全省平均水平（72%）). */
    private static final int REFERENCE_BEFORE = 6;

    /**
     * True when a reference word ({@code reference-notes.txt}) ends a few chars before the bracket at {@code open}, in
     * its clause: 低于全省平均水平（72%）, the bracket gives the reference's value.
     */
    private static boolean namesReferenceBefore(String simple, int open) {
        int clause = Sentences.clauseStart(simple, open);
        for (int i = Math.max(clause, open - REFERENCE_BEFORE - NOTE_REACH); i < open; i++) {
            String w = REFERENCE_NOTES.at(simple, i);
            if (w != null && open - (i + w.length()) <= REFERENCE_BEFORE) {
                return true;
            }
        }
        return false;
    }
}
