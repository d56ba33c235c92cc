package dev.laurel.parsers.commendation.text;

import dev.laurel.text.WordList;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The matches {@code pattern.matcher(text).find()} gives one after the other, found faster when every
 * match holds a hint (one of a few words such as 模范 or 月) at most {@code lead} chars after its start:
 * only the starts that close before a hint are tried, so a long text with few hints costs one scan
 * for the hints (a table lookup per char) instead of a match attempt at every char.
 */
public final class HintedMatches {

    private HintedMatches() {
    }

    /**
     * What a text must hold at a match's start, tested before the pattern is: a start failing it is not tried.
     * It must hold at the start of every match of the pattern, else matches are lost.
     */
    @FunctionalInterface
    public interface StartTest {
        /** No test: every start is tried. */
        StartTest ANY = (text, at) -> true;

        /** False when no match of the pattern can start at {@code text[at]}. */
        boolean mayStartAt(String text, int at);
    }

    /** All matches, in text order. */
    public static List<MatchResult> all(Pattern pattern, WordList hint, int lead, String text) {
        return all(pattern, StartTest.ANY, hint, lead, text);
    }

    /** All matches, in text order; only the starts passing {@code starts} are tried. */
    public static List<MatchResult> all(Pattern pattern, StartTest starts, WordList hint, int lead, String text) {
        return find(pattern, starts, hint, lead, text, Integer.MAX_VALUE);
    }

    /** The first match, or null. */
    public static MatchResult first(Pattern pattern, WordList hint, int lead, String text) {
        return first(pattern, StartTest.ANY, hint, lead, text);
    }

    /** The first match, or null; only the starts passing {@code starts} are tried. */
    public static MatchResult first(Pattern pattern, StartTest starts, WordList hint, int lead, String text) {
        List<MatchResult> found = find(pattern, starts, hint, lead, text, 1);
        return found.isEmpty() ? null : found.get(0);
    }

    private static List<MatchResult> find(Pattern pattern, StartTest starts, WordList hint, int lead, String text,
                                          int limit) {
        List<MatchResult> out = new ArrayList<>();
        Matcher m = null;
        int next = 0;
        for (int at = 0; out.size() < limit && at < text.length(); at++) {
            String word = hint.startingAt(text, at);
            if (word == null) {
                continue;
            }
            if (m == null) {
                m = pattern.matcher(text);
            }
            for (int start = Math.max(next, at - lead); start <= at && out.size() < limit; start++) {
                if (starts.mayStartAt(text, start) && m.region(start, text.length()).lookingAt()) {
                    out.add(m.toMatchResult());
                    next = Math.max(m.end(), start + 1);
                    start = next - 1;
                }
            }
            next = Math.max(next, at + 1);
            at += word.length() - 1; // the next hint starts after this one, as a regex search would find it
        }
        return out;
    }
}
