package dev.laurel.parsers.commendation.text;

import dev.laurel.text.WordList;

/**
 * The marks written right after a name to refer to a footnote (宁德市*, 梅州市※, 南宁市（七连冠）①), from the untagged
 * entries of {@code footnote-marks.txt}. A run of marks (福州市**) is one mark of its own. Immutable and thread-safe.
 */
public final class FootnoteMarks {
    private static final Lexicon WORDS = Lexicon.load("footnote-marks.txt");
    private static final WordList MARKS = WordList.of(
            WORDS.words().stream().filter(w -> !WORDS.isTagged(w)).toArray(String[]::new));
    /** The first chars of the marks, for a cheap test of a char ({@link #mayStart}). */
    private static final java.util.BitSet STARTS = new java.util.BitSet(0x10000);

    static {
        WORDS.words().stream().filter(w -> !WORDS.isTagged(w)).forEach(w -> STARTS.set(w.charAt(0)));
    }

    private FootnoteMarks() {
    }

    /** True when a footnote mark may start with {@code c} (*, ※, ★, ①). */
    public static boolean mayStart(char c) {
        return STARTS.get(c);
    }

    /**
     * The footnote mark ending at {@code end} of {@code t} and starting at or after {@code from} (宁德市*), or null. A run
     * of marks is one mark (福州市** beside 泉州市*: a footnote tells ** and * apart).
     */
    public static String endingAt(String t, int from, int end) {
        int start = end;
        for (String mark; start > from && (mark = MARKS.endingAt(t, from, start)) != null; ) {
            start -= mark.length();
        }
        return start < end ? t.substring(start, end) : null;
    }

    /** The footnote mark starting at {@code at} of {@code t}, a run of marks being one, or null. */
    public static String startingAt(String t, int at) {
        int end = at;
        for (String mark; end < t.length() && (mark = MARKS.startingAt(t, end)) != null; ) {
            end += mark.length();
        }
        return end > at ? t.substring(at, end) : null;
    }
}
