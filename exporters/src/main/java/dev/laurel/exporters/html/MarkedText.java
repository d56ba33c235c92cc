package dev.laurel.exporters.html;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * The document text with every span marked, as HTML, built in one pass over the sorted span boundaries:
 * O(n + m log m) for n chars and m marks when marks nest (a metric inside an initiative inside an
 * awardee's section), plus the depth of the crossing marks at each boundary where two marks cross.
 *
 * <p>Each mark is one {@code <span class="mk ..." data-m="ID">}. Where two marks cross (neither contains
 * the other), the one opened later is closed at the other's end and reopened after it, as a second
 * element with the same {@code data-m} and the class {@code cont}; the page treats all elements of one id
 * as one mark. Marks that start at the same place open longest first, and kinds open in {@link Mark#rank}
 * order, so that the small marks (metrics, labels, roster names) are the inner ones and stay whole.
 * Spans outside the text are left out (and counted by the caller).
 */
final class MarkedText {

    /**
     * One span to mark.
     *
     * @param cls   the classes after {@code mk} (kind, colour, severity), from a fixed vocabulary
     * @param id    the record's id in the page ({@code a0m3}), from a fixed vocabulary
     * @param attrs extra attributes, already escaped ({@code data-a="0"}), or empty
     * @param title what the span became, shown on hover; escaped here
     * @param rank  the nesting order among marks of the same extent: lower ranks are outer
     */
    record Mark(int start, int end, String cls, String id, String attrs, String title, int rank) {
    }

    private MarkedText() {
    }

    /** Writes {@code text} with {@code marks}; returns the number of marks written (those inside the text). */
    static int write(Appendable out, String text, List<Mark> marks) throws IOException {
        int n = text.length();
        Mark[] starts = marks.stream().filter(m -> m.start() >= 0 && m.end() <= n && m.start() <= m.end())
                .toArray(Mark[]::new);
        Arrays.sort(starts, Comparator.comparingInt(Mark::start)
                .thenComparing(Comparator.comparingInt(Mark::end).reversed())
                .thenComparingInt(Mark::rank));
        Mark[] ends = starts.clone();
        Arrays.sort(ends, Comparator.comparingInt(Mark::end));
        List<Mark> stack = new ArrayList<>();
        List<Mark> reopen = new ArrayList<>();
        int si = 0;
        int ei = 0;
        int at = 0;
        while (si < starts.length || ei < ends.length) {
            int p = Math.min(si < starts.length ? starts[si].start() : Integer.MAX_VALUE,
                    ei < ends.length ? ends[ei].end() : Integer.MAX_VALUE);
            Html.text(out, text, at, p);
            at = p;
            // Close the open marks that end here (not the empty ones, which open and close below).
            int closing = 0;
            while (ei < ends.length && ends[ei].end() == p) {
                if (ends[ei].start() < p) {
                    closing++;
                }
                ei++;
            }
            reopen.clear();
            while (closing > 0) {
                Mark top = stack.remove(stack.size() - 1);
                out.append("</span>");
                if (top.end() == p) {
                    closing--;
                } else {
                    reopen.add(top);
                }
            }
            for (int i = reopen.size() - 1; i >= 0; i--) {
                Mark m = reopen.get(i);
                open(out, m, true);
                stack.add(m);
            }
            while (si < starts.length && starts[si].start() == p) {
                Mark m = starts[si++];
                open(out, m, false);
                if (m.end() == p) {
                    out.append("</span>");
                } else {
                    stack.add(m);
                }
            }
        }
        Html.text(out, text, at, n);
        return starts.length;
    }

    private static void open(Appendable out, Mark m, boolean continued) throws IOException {
        out.append("<span class=\"mk ").append(m.cls()).append(continued ? " cont" : "").append("\" data-m=\"")
                .append(m.id()).append('"');
        if (!m.attrs().isEmpty()) {
            out.append(' ').append(m.attrs());
        }
        if (m.title() != null) {
            out.append(" title=\"").append(Html.attr(m.title())).append('"');
        }
        out.append('>');
    }
}
