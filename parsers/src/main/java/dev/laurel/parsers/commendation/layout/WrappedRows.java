package dev.laurel.parsers.commendation.layout;

import dev.laurel.parsers.commendation.mentions.PlaceRef;
import dev.laurel.parsers.commendation.mentions.Places;
import dev.laurel.parsers.commendation.text.Paragraph;
import dev.laurel.parsers.commendation.text.Paragraphs;

import java.util.ArrayList;
import java.util.List;

/**
 * A list row wrapped inside a name onto the next line (…、白银市、天 / 水市、武威市…, a gazette copied from a PDF): read as
 * one row when the next line follows right after, its places' spans mapped back over the line break (as the cells of a
 * table wrapped over two lines are: {@link #onLines}).
 */
final class WrappedRows {
    private WrappedRows() {
    }

    /**
     * True when line {@code b} is the line right after {@code a} in {@code text}: only blanks and one line break
     * (LF, CRLF or CR) between them, no blank line or page break.
     */
    static boolean nextLine(String text, Paragraph a, Paragraph b) {
        int breaks = 0;
        for (int i = a.end(); i < b.start(); i++) {
            char c = text.charAt(i);
            if (c == '\r' && i + 1 < b.start() && text.charAt(i + 1) == '\n') {
                continue; // CRLF, counted at its LF
            }
            if (c == '\n' || c == '\r') {
                breaks++;
            } else if (!Paragraphs.isBlank(c) || Character.getType(c) == Character.LINE_SEPARATOR
                    || Character.getType(c) == Character.PARAGRAPH_SEPARATOR || c == '\f' || c == '\u000B' || c == '\u0085') {
                return false;
            }
        }
        return breaks == 1;
    }

    /**
     * The list row that line {@code a} starts and line {@code b} ends, wrapped inside a name (…、白银市、天 / 水市、武威市…,
     * a gazette copied from a PDF), with each place's span in the source; null when {@code a} ends with no part of a name
     * or the two read as no row together.
     */
    static ListRows.Row read(Paragraph a, Paragraph b, Places places, String hint, Footnotes footnotes) {
        String first = a.text(); // lines are trimmed: the joined text is the two lines' texts end to end
        String second = b.text();
        if (first.isEmpty() || first.indexOf('、') < 0 || second.isEmpty()
                || !dev.laurel.text.HanChars.isHan(first.charAt(first.length() - 1))
                || !dev.laurel.text.HanChars.isHan(second.charAt(0))) {
            return null;
        }
        String joined = first + second;
        ListRows.Row row = ListRows.read(joined, places, hint, footnotes);
        int cut = joined.lastIndexOf('、');
        if (row == null && cut > first.length()) { // …张家川回族自治 / 县、古浪县、肃南裕固族: the row up to a name broken again
            row = ListRows.read(joined.substring(0, cut), places, hint, footnotes);
        }
        if (row == null || row.items().size() < 2) {
            return null;
        }
        List<ListRows.Item> items = new ArrayList<>();
        for (ListRows.Item item : row.items()) {
            PlaceRef mapped = onLines(item.place(), a, b).shift(-a.start()); // a row's offsets are its first line's
            items.add(new ListRows.Item(mapped, item.times(), item.kind(), item.noted(), item.honour()));
        }
        return new ListRows.Row(List.copyOf(items), row.grouped());
    }

    /** A place read from two lines joined, with offsets {@code [0, first + second)}, as a span of the source. */
    static PlaceRef onLines(PlaceRef joined, Paragraph first, Paragraph second) {
        int n = first.text().length();
        int start = joined.start() < n ? first.start() + joined.start() : second.start() + joined.start() - n;
        int chain = joined.chainStart() < n ? first.start() + joined.chainStart() : second.start() + joined.chainStart() - n;
        int end = joined.end() <= n ? first.start() + joined.end() : second.start() + joined.end() - n;
        return new PlaceRef(joined.name(), chain, start, end, joined.province(), joined.region(), joined.candidates());
    }
}
