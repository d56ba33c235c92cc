package dev.laurel.parsers.commendation.text;

/**
 * Whether a text starts like an HTML page, judged on its first chars without copying or lower-casing them
 * (the parsers' {@code confidence} runs on every input of a batch). Tags are matched ignoring ASCII case.
 */
public final class HtmlSniff {

    private HtmlSniff() {
    }

    /**
     * The index of the first char of {@code text} that is neither whitespace nor a byte order mark, or its
     * length.
     *
     * @param text the text
     * @return the index of its first visible char
     */
    public static int firstVisible(String text) {
        int i = 0;
        while (i < text.length() && (Character.isWhitespace(text.charAt(i)) || text.charAt(i) == '\uFEFF')) {
            i++;
        }
        return i;
    }

    /**
     * Whether {@code text} holds {@code word} at {@code at}, ending before char {@code end}, ignoring ASCII case.
     *
     * @param text the text
     * @param at   where {@code word} would start
     * @param word the word, in lower case
     * @param end  the index the word must end by (clamped to the text)
     * @return true when it is there
     */
    public static boolean startsWith(String text, int at, String word, int end) {
        return at + word.length() <= end && text.regionMatches(true, at, word, 0, word.length());
    }

    /**
     * Whether {@code text} holds {@code tag} (starting with {@code <}), ending before char {@code end}, ignoring
     * ASCII case.
     *
     * @param text the text
     * @param tag  the tag's start, such as {@code <body}, in lower case
     * @param end  the index where the search stops (clamped to the text)
     * @return true when it occurs
     */
    public static boolean contains(String text, String tag, int end) {
        int limit = Math.min(end, text.length()) - tag.length();
        for (int i = text.indexOf('<'); i >= 0 && i <= limit; i = text.indexOf('<', i + 1)) {
            if (text.regionMatches(true, i, tag, 0, tag.length())) {
                return true;
            }
        }
        return false;
    }
}
