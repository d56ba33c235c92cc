package dev.laurel.parsers.commendation.layout;

import dev.laurel.parsers.commendation.mentions.CountPhrase;
import dev.laurel.parsers.commendation.text.FootnoteMarks;
import dev.laurel.parsers.commendation.text.Lexicon;
import dev.laurel.parsers.commendation.text.Paragraph;
import dev.laurel.parsers.commendation.text.Quotes;
import dev.laurel.parsers.commendation.text.Sentences;
import dev.laurel.text.TraditionalToSimplified;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The counts the footnotes of a document give the names marked with each mark (注：名称后标*的为首次获评 → * is 1),
 * and the notes a 说明 defines in quotes (“新命名”为本批首次命名 → a row noted 新命名 is 1), read from all its paragraphs
 * when a row first asks. The marks (宁德市*) and the words by which a footnote says what a mark or a note means (tag
 * {@code says}) are {@code footnote-marks.txt}; the marks are read by {@link FootnoteMarks}. One per document; not
 * thread-safe.
 */
final class Footnotes {
    private static final Lexicon WORDS = Lexicon.load("footnote-marks.txt");
    /** How far after the word of a footnote its count phrase may start (标*的为本周期首次获评). */
    private static final int REACH = 6;
    /** The word by which a footnote says its mark stands by a streak's count (标“*”的为连续获得命名). */
    private static final String STREAK = "连续";
    /** The longest note defined in quotes (“复核保留”, “新命名”). */
    private static final int MAX_NOTE = 8;

    private final List<Paragraph> paragraphs;
    private Map<String, CountPhrase> counts;
    /** The marks a footnote says mark a streak (标“*”的为连续获得命名): a count so marked is consecutive. */
    private java.util.Set<String> streaks;

    Footnotes(List<Paragraph> paragraphs) {
        this.paragraphs = paragraphs;
    }

    /** The count the footnote of {@code mark}, or the definition of the note {@code mark} (新命名), gives; or null. */
    CountPhrase count(String mark) {
        readAll();
        return counts.get(mark);
    }

    /** True when a footnote says that {@code mark} marks places named without a break (标“*”的为连续获得命名). */
    boolean streak(String mark) {
        readAll();
        return streaks.contains(mark);
    }

    private void readAll() {
        if (counts == null) {
            counts = new HashMap<>();
            streaks = new java.util.HashSet<>();
            for (Paragraph p : paragraphs) {
                read(TraditionalToSimplified.toSimplified(p.text()));
            }
        }
    }

    private void read(String t) {
        for (int i = 0; i < t.length(); i++) {
            String mark = FootnoteMarks.startingAt(t, i);
            int at;
            if (mark != null) {
                at = i + mark.length();
                i = at - 1; // 标**者为…: the run is read once, not again from its second *
            } else {
                mark = quoted(t, i); // “新命名”为本批首次命名
                if (mark == null) {
                    continue;
                }
                at = i + mark.length() + 2; // after the closing quote
            }
            String says = at < t.length() ? WORDS.at(t, at) : null;
            if ((says == null || !WORDS.isTagged(says)) && at < t.length() && t.charAt(at) == '的') {
                int said = saidAfterNoun(t, at + 1); // “新命名”的县（市、区）均为首次获得命名: 的, the places, then the word
                if (said > 0) {
                    at = said;
                    says = WORDS.at(t, at);
                }
            }
            if (says == null || !WORDS.isTagged(says)) {
                continue;
            }
            at += says.length();
            if (t.startsWith(STREAK, at) && CountPhrase.startOf(t.substring(at)) == null) {
                streaks.add(mark); // 连续获得命名, with no number: the mark says the count it stands by is a streak
            }
            for (int k = at; k < Math.min(t.length(), at + REACH) && !Sentences.isClauseEnd(t.charAt(k)); k++) {
                CountPhrase c = CountPhrase.startOf(t.substring(k));
                if (c != null) {
                    if (!atLeast(t, k)) { // 标“*”的为连续三届及以上获得命名: three or more, no count
                        counts.putIfAbsent(mark, c);
                    }
                    break;
                }
            }
        }
    }

    /** How far after a count's start its 以上 may stand (连续三届及以上). */
    private static final int AT_LEAST_REACH = 8;

    /** True when 以上 follows the count starting at {@code k} in its clause (三届及以上, 三次或以上): a bound, no count. */
    private static boolean atLeast(String t, int k) {
        int end = Math.min(Sentences.clauseEnd(t, k), k + AT_LEAST_REACH);
        int above = t.indexOf("以上", k);
        return above >= 0 && above < end;
    }

    /** How long the places a mark or note marks may be named between its 的 and the word saying their count (县（市、区）). */
    private static final int MAX_MARKED_NOUN = 10;

    /**
     * Where the word saying the count starts after the places so marked (的县（市、区）均为首次: at 为, after 均), or -1: a
     * few chars with no clause end, a distributive word (均) or none, then a word tagged says.
     */
    private static int saidAfterNoun(String t, int from) {
        for (int k = from; k < Math.min(t.length(), from + MAX_MARKED_NOUN); k++) {
            if (Sentences.isClauseEnd(t.charAt(k))) {
                return -1;
            }
            int w = k;
            while (w < t.length() && (t.charAt(w) == '均' || t.charAt(w) == '都')) {
                w++;
            }
            String says = w < t.length() ? WORDS.at(t, w) : null;
            if (w > k && says != null && WORDS.isTagged(says)) {
                return w;
            }
        }
        return -1;
    }

    /** The note quoted at {@code i} (“新命名” → 新命名), or null when no short quote opens there. */
    private static String quoted(String t, int i) {
        char closing = Quotes.closing(t.charAt(i));
        if (closing == 0) {
            return null;
        }
        int close = t.indexOf(closing, i + 1);
        return close > i + 1 && close - i - 1 <= MAX_NOTE ? t.substring(i + 1, close) : null;
    }
}
