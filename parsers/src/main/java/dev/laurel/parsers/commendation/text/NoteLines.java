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

    /** True when {@code line}, blanks before it left aside, opens with a note's label and a colon (注：, 說明:). */
    public static boolean opens(String line) {
        int i = 0;
        while (i < line.length() && Paragraphs.isBlank(line.charAt(i))) {
            i++;
        }
        String head = TraditionalToSimplified.toSimplified(line.substring(i, Math.min(line.length(), i + MAX_LABEL + 1)));
        for (int end = 1; end < head.length(); end++) {
            char c = head.charAt(end);
            if ((c == '：' || c == ':') && LABELS.words().contains(head.substring(0, end))) {
                return true;
            }
        }
        return false;
    }
}
