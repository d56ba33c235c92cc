package dev.laurel.parsers.commendation.layout;

import dev.laurel.parsers.commendation.text.Paragraph;

import java.util.ArrayList;
import java.util.List;

/**
 * How a line of a table splits into its cells: at tabs, runs of two or more spaces, ideographic spaces and bars (a table
 * aligned by spaces, an HTML table's row, a Markdown row), or at the commas of a sheet saved as CSV.
 */
public final class TableCells {
    private TableCells() {
    }

    /** A cell's text and where it starts in its line. */
    public record Cell(String text, int start) {
    }

    /** The fewest commas that make a line of cells split by commas (序号,州（市）,名称,命名次数, a sheet saved as CSV). */
    private static final int MIN_CSV_COMMAS = 2;

    /**
     * True when a line is a row of comma-separated values: no tab, and at least {@value #MIN_CSV_COMMAS} ASCII commas
     * outside double quotes with no blank after any of them (running text pads its commas: 霞浦县 , 是).
     */
    static boolean isCsv(String t) {
        if (t.indexOf('\t') >= 0 || t.indexOf(',') < 0) {
            return false;
        }
        int commas = 0;
        boolean quoted = false;
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (c == ',' && !quoted) {
                if (i + 1 < t.length() && t.charAt(i + 1) == ' ') {
                    return false;
                }
                commas++;
            }
        }
        return commas >= MIN_CSV_COMMAS;
    }

    /** The cells of a comma-separated line, empty ones kept, a quoted cell without its quotes ("沿边口岸城市,驻军较多"). */
    private static List<Cell> csv(String t) {
        List<Cell> out = new ArrayList<>();
        int i = 0;
        while (i <= t.length()) {
            int start = i;
            int end;
            if (i < t.length() && t.charAt(i) == '"') {
                int k = i + 1;
                while (k < t.length() && !(t.charAt(k) == '"' && (k + 1 >= t.length() || t.charAt(k + 1) != '"'))) {
                    k += t.charAt(k) == '"' ? 2 : 1; // "" inside quotes is one quote
                }
                start = i + 1;
                end = Math.min(k, t.length());
                i = Math.min(k + 1, t.length());
                while (i < t.length() && t.charAt(i) != ',') {
                    i++;
                }
            } else {
                while (i < t.length() && t.charAt(i) != ',') {
                    i++;
                }
                end = i;
            }
            out.add(new Cell(t.substring(start, end), start));
            i++;
        }
        return out;
    }

    /** A line's cells: split by tabs, runs of two or more spaces, ideographic spaces or bars (|, ｜), or by commas. */
    public static List<Cell> of(Paragraph p) {
        String t = p.text();
        if (isCsv(t)) {
            return csv(t);
        }
        List<Cell> out = new ArrayList<>();
        int i = 0;
        while (i < t.length()) {
            int start = i;
            while (i < t.length() && !splits(t, i)) {
                i++;
            }
            if (i > start) {
                out.add(new Cell(t.substring(start, i), start));
            }
            while (i < t.length() && (splits(t, i) || t.charAt(i) == ' ')) {
                i++;
            }
        }
        return out;
    }

    private static boolean splits(String t, int i) {
        char c = t.charAt(i);
        return c == '\t' || c == '\u3000' || c == '|' || c == '｜' || (c == ' ' && i + 1 < t.length() && t.charAt(i + 1) == ' ');
    }
}
