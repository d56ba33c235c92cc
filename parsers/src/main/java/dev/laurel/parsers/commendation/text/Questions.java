package dev.laurel.parsers.commendation.text;

/**
 * A question of an interview or a press conference: a line opening with an asker's label and a colon
 * ({@code question-speakers.txt}: 记者：, 汉中日报记者：, 问：) that asks something (？). Honours it mentions are the asker's
 * framing, not the page's statement.
 */
public final class Questions {
    private static final Lexicon SPEAKERS = Lexicon.load("question-speakers.txt");
    /** The longest label before the colon (陕西广播电视台记者). */
    private static final int MAX_LABEL = 12;

    private Questions() {
    }

    /** True when the simplified paragraph {@code s} is an asker's question. */
    public static boolean is(String s) {
        int colon = -1;
        for (int i = 0; i < Math.min(s.length(), MAX_LABEL + 1); i++) {
            char c = s.charAt(i);
            if (c == '：' || c == ':') {
                colon = i;
                break;
            }
            if (Sentences.isClauseEnd(c)) {
                return false;
            }
        }
        if (colon <= 0 || s.indexOf('？') < 0 && s.indexOf('?') < 0) {
            return false;
        }
        int end = colon;
        while (end > 0 && Paragraphs.isBlank(s.charAt(end - 1))) {
            end--;
        }
        return SPEAKERS.list().endingAt(s, end) != null;
    }
}
