package dev.laurel.parsers.commendation.text;

import dev.laurel.text.TraditionalToSimplified;

/**
 * Notes below a list, a table or a text: a line opening with a note's label and a colon ({@code note-labels.txt}:
 * 注：标“*”的为第二次获得命名, 说明：…). A note starts a paragraph of its own; the line above it, a list's last name
 * without a stop, does not go on into it.
 */
public final class NoteLines {
    private static final Lexicon LABELS = Lexicon.load("note-labels.txt");
    /** The longest label: only a line's head that long and its colon are simplified and looked at. */
    private static final int MAX_LABEL = LABELS.words().stream().mapToInt(String::length).max().orElse(0);

    private NoteLines() {
    }

    /** True when {@code line}, blanks before it left aside, opens with a note's label and a colon (注：, 說明:, 附件2：). */
    public static boolean opens(String line) {
        return label(line) != null;
    }

    /**
     * True when {@code line} opens with an attachment's label and a colon ({@code title} in {@code note-labels.txt}:
     * 附：部分受命名县（市）双拥工作简介): it titles what follows, and the line after it goes on no sentence of it.
     */
    public static boolean titles(String line) {
        String label = label(line);
        return label != null && "title".equals(LABELS.tag(label));
    }

    /** The label, digits after it left aside, that {@code line} opens with before a colon, or null. */
    private static String label(String line) {
        int i = 0;
        while (i < line.length() && Paragraphs.isBlank(line.charAt(i))) {
            i++;
        }
        int headEnd = Math.min(line.length(), i + MAX_LABEL + MAX_NUMBER + 1);
        String head = TraditionalToSimplified.toSimplified(line.substring(i, headEnd));
        for (int end = 1; end < head.length(); end++) {
            char c = head.charAt(end);
            if (c == '：' || c == ':') {
                int to = end;
                while (to > 0 && end - to < MAX_NUMBER && Character.isDigit(head.charAt(to - 1))) {
                    to--;
                }
                String label = head.substring(0, to);
                return LABELS.words().contains(label) ? label : null;
            }
        }
        return null;
    }

    /** The most digits numbering a label (附件12：). */
    private static final int MAX_NUMBER = 2;
}
