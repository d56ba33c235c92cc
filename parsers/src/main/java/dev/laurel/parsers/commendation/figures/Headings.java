package dev.laurel.parsers.commendation.figures;

import dev.laurel.parsers.commendation.repeats.Duplicates;
import dev.laurel.parsers.commendation.text.LogicalParagraph;
import dev.laurel.parsers.commendation.text.Paragraphs;
import dev.laurel.parsers.commendation.text.Sentences;
import dev.laurel.text.Invisibles;

import java.util.ArrayList;
import java.util.List;

/**
 * Initiative headings: the short sentences that introduce a block of deeds (发挥双拥体制优势。). A
 * heading is a sentence of {@link #MIN_CHARS} to {@link #MAX_CHARS} chars (quotes not counted) with no
 * digit, ended by a full stop, and followed by more text in the section.
 */
public final class Headings {
    static final int MIN_CHARS = 4;
    static final int MAX_CHARS = 16;

    /** A heading found at chars [start, end) of a logical paragraph; {@code end} is after its 。 */
    public record Found(int paragraph, int start, int end, String title) {
    }

    private Headings() {
    }

    /**
     * Headings in {@code paragraphs} after the summary (paragraph {@code summary}, and any before it), skipping anything
     * inside a repeated region.
     */
    public static List<Found> find(List<LogicalParagraph> paragraphs, List<Duplicates.Region> repeated, int summary) {
        List<Found> out = new ArrayList<>();
        for (int p = summary + 1; p < paragraphs.size(); p++) {
            String t = paragraphs.get(p).text();
            int start = 0;
            for (int i = 0; i < t.length(); i++) {
                if (!Sentences.isSentenceEnd(t.charAt(i))) {
                    continue;
                }
                int end = i + 1;
                boolean more = end < t.length() || p + 1 < paragraphs.size();
                if (more && isHeading(t, start, i) && !Duplicates.overlaps(repeated, p, start, end)) {
                    String title = Invisibles.strip(t, start, i).strip();
                    if (!title.isEmpty()) {
                        out.add(new Found(p, start, end, title));
                    }
                }
                start = end;
            }
        }
        return out;
    }

    /** True when chars [from, to) of {@code t}, blanks at either end aside, read as a heading. */
    private static boolean isHeading(String t, int from, int to) {
        while (from < to && Paragraphs.isBlank(t.charAt(from))) {
            from++;
        }
        while (to > from && Paragraphs.isBlank(t.charAt(to - 1))) {
            to--;
        }
        if (to - from < MIN_CHARS) {
            return false;
        }
        int chars = 0;
        for (int i = from; i < to; i++) {
            char c = t.charAt(i);
            if (Character.isDigit(c)) {
                return false;
            }
            if (c == '“' || c == '”' || c == '"' || c == '‘' || c == '’' || c == '「' || c == '」') {
                continue;
            }
            if (c == '；' || c == ';' || c == '：' || c == ':') {
                return false;
            }
            if (++chars > MAX_CHARS) {
                return false;
            }
        }
        return chars >= MIN_CHARS;
    }
}
