package dev.laurel.parsers.commendation.text;

import dev.laurel.text.TraditionalToSimplified;

/**
 * Photo captions: a line ending with a bracket whose content ends with a caption word ({@code caption-words.txt}):
 * 栾川县重渡沟景区一角（资料图）, 官兵在训练（记者 李明 摄）. A caption is complete without a full stop.
 */
public final class Captions {
    private static final Lexicon WORDS = Lexicon.load("caption-words.txt");
    /** The longest bracket read as a caption's credit: （新华社记者 欧阳某某 摄）. */
    private static final int MAX_CREDIT = 24;

    private Captions() {
    }

    /** True when {@code line} ends with a caption's bracket. */
    public static boolean is(String line) {
        String t = line.strip();
        if (t.isEmpty() || (t.charAt(t.length() - 1) != '）' && t.charAt(t.length() - 1) != ')')) {
            return false;
        }
        int open = Math.max(t.lastIndexOf('（'), t.lastIndexOf('('));
        if (open < 0 || t.length() - open > MAX_CREDIT) {
            return false;
        }
        String inside = TraditionalToSimplified.toSimplified(t.substring(open + 1, t.length() - 1).strip());
        return WORDS.list().endingAt(inside, inside.length()) != null;
    }
}
