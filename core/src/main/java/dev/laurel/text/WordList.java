package dev.laurel.text;

import java.util.List;

/**
 * A fixed list of words, indexed by the char each word starts with and the char it ends with, so
 * finding the words written at a place in the text costs one table lookup and tries only the words
 * that can match there. Where several words match, the one earlier in the list wins. Immutable and thread-safe.
 */
public final class WordList {
    private final CharTable<String> byFirst;
    private final CharTable<String> byLast;

    private WordList(List<String> words) {
        this.byFirst = CharTable.of(words, w -> w.charAt(0), String[]::new);
        this.byLast = CharTable.of(words, w -> w.charAt(w.length() - 1), String[]::new);
    }

    /**
     * The words, none empty; earlier ones win.
     *
     * @param words the words
     * @return the list
     */
    public static WordList of(String... words) {
        return new WordList(List.of(words));
    }

    /**
     * The first word of the list written at {@code text[at]}, or null.
     *
     * @param text the text
     * @param at   where the word would start
     * @return the word, or null
     */
    public String startingAt(CharSequence text, int at) {
        return startingAt(text, at, text.length());
    }

    /**
     * The first word of the list written at {@code text[at]} and ending at or before {@code limit}, or null.
     *
     * @param text  the text
     * @param at    where the word would start
     * @param limit the index the word must end at or before
     * @return the word, or null
     */
    public String startingAt(CharSequence text, int at, int limit) {
        if (at < 0 || at >= limit) {
            return null;
        }
        String[] candidates = byFirst.get(text.charAt(at));
        if (candidates != null) {
            for (String w : candidates) {
                if (at + w.length() <= limit && UnitTable.regionMatches(text, at, w)) {
                    return w;
                }
            }
        }
        return null;
    }

    /**
     * The first word of the list written right before {@code end} (ending there), or null.
     *
     * @param text the text
     * @param end  where the word would end, exclusive
     * @return the word, or null
     */
    public String endingAt(CharSequence text, int end) {
        return endingAt(text, 0, end);
    }

    /**
     * The first word of the list that ends right before {@code end} and starts at or after {@code from}, or null.
     *
     * @param text the text
     * @param from the index the word must start at or after
     * @param end  where the word would end, exclusive
     * @return the word, or null
     */
    public String endingAt(CharSequence text, int from, int end) {
        if (end <= from || end > text.length()) {
            return null;
        }
        String[] candidates = byLast.get(text.charAt(end - 1));
        if (candidates != null) {
            for (String w : candidates) {
                if (end - w.length() >= from && UnitTable.regionMatches(text, end - w.length(), w)) {
                    return w;
                }
            }
        }
        return null;
    }

    /**
     * True when a word of the list is written at {@code text[at]}.
     *
     * @param text the text
     * @param at   where the word would start
     * @return true when one is
     */
    public boolean startsAt(CharSequence text, int at) {
        return startingAt(text, at) != null;
    }

    /**
     * True when a word of the list ends right before {@code end}.
     *
     * @param text the text
     * @param end  where the word would end, exclusive
     * @return true when one does
     */
    public boolean endsAt(CharSequence text, int end) {
        return endingAt(text, end) != null;
    }
}
