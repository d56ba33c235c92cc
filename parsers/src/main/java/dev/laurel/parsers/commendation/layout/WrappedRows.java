package dev.laurel.parsers.commendation.layout;

import dev.laurel.parsers.commendation.mentions.PlaceRef;
import dev.laurel.parsers.commendation.mentions.Places;
import dev.laurel.parsers.commendation.text.Paragraph;
import dev.laurel.parsers.commendation.text.Paragraphs;

import java.util.ArrayList;
import java.util.List;

/**
 * A list row wrapped inside a name onto the next line (…、白银市、天 / 水市、武威市…, a gazette copied from a PDF): read as
 * one row when the next line follows right after, its places' spans mapped back over the line break.
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
        String first = a.text();
        String second = b.text();
        int lead = 0;
        while (lead < second.length() && Paragraphs.isBlank(second.charAt(lead))) {
            lead++;
        }
        if (first.isEmpty() || first.indexOf('、') < 0 || lead >= second.length()
                || !dev.laurel.text.HanChars.isHan(first.charAt(first.length() - 1))
                || !dev.laurel.text.HanChars.isHan(second.charAt(lead))) {
            return null;
        }
        String joined = first + second.substring(lead);
        ListRows.Row row = ListRows.read(joined, places, hint, footnotes);
        int cut = joined.lastIndexOf('、');
        if (row == null && cut > first.length()) { // …张家川回族自治 / 县、古浪县、肃南裕固族: the row up to a name broken again
            row = ListRows.read(joined.substring(0, cut), places, hint, footnotes);
        }
        if (row == null || row.items().size() < 2) {
            return null;
        }
        int split = first.length();
        int gap = b.start() + lead - a.start() - split; // from the joined text to the source, past the line break
        List<ListRows.Item> items = new ArrayList<>();
        for (ListRows.Item item : row.items()) {
            PlaceRef p = item.place();
            PlaceRef mapped = new PlaceRef(p.name(), p.chainStart() < split ? p.chainStart() : p.chainStart() + gap,
                    p.start() < split ? p.start() : p.start() + gap, p.end() <= split ? p.end() : p.end() + gap,
                    p.province(), p.region(), p.candidates());
            items.add(new ListRows.Item(mapped, item.times(), item.kind(), item.noted()));
        }
        return new ListRows.Row(List.copyOf(items), row.grouped());
    }
}
