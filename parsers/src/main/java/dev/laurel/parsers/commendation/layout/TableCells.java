package dev.laurel.parsers.commendation.layout;

import dev.laurel.parsers.commendation.text.Paragraph;

import java.util.ArrayList;
import java.util.List;

/**
 * How a line of a table splits into its cells: at tabs, runs of two or more spaces, ideographic spaces and bars (a table
 * aligned by spaces, an HTML table's row, a Markdown row), at the commas of a sheet saved as CSV, or at single spaces in
 * a line that reads as a row so written (a PDF copy: 序号 名称 所属市 获评次数 备注 / 1 荆州市 — 5 连续五届).
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
        boolean single = singleSpaced(t);
        List<Cell> out = new ArrayList<>();
        int i = 0;
        while (i < t.length()) {
            int start = i;
            while (i < t.length() && !splits(t, i) && !(single && t.charAt(i) == ' ')) {
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

    /** The longest cell of a row split at single spaces, but its last (a note may run on: 第三次获评，其中). */
    private static final int MAX_SPACED_CELL = 12;

    /**
     * True when a line with no other separator is a row whose cells single spaces part, as a PDF copy writes them: a
     * header of known headings only (序号 名称 所属市 获评次数 备注), or a row number and short cells, none but the last
     * holding punctuation (4 麻城市 黄冈市 3 第三次获评，其中). Running text, a headline spaced out letter by letter (江 山 市)
     * and a page number (— 2 —) are none.
     */
    static boolean singleSpaced(String t) {
        if (t.indexOf(' ') < 0 || t.indexOf('\t') >= 0 || t.indexOf('\u3000') >= 0 || t.indexOf('|') >= 0
                || t.indexOf('｜') >= 0 || t.contains("  ")) {
            return false;
        }
        String stripped = t.strip();
        char first = stripped.isEmpty() ? ' ' : stripped.charAt(0);
        boolean numbered = first >= '0' && first <= '9';
        int firstEnd = stripped.indexOf(' ');
        if (!numbered && (firstEnd < 0 || TableHeaders.role(stripped.substring(0, firstEnd)) == null)) {
            return false; // most lines: neither a row number nor a heading first, told before the line is split
        }
        String[] cells = stripped.split(" ");
        if (cells.length < MIN_ROW_CELLS) {
            return false;
        }
        if (numbered) {
            if (cells[0].length() > 3 || !cells[0].chars().allMatch(c -> c >= '0' && c <= '9')) {
                return false;
            }
            for (int k = 1; k < cells.length - 1; k++) {
                if (cells[k].length() > MAX_SPACED_CELL || holdsPunctuation(cells[k])) {
                    return false;
                }
            }
            return true;
        }
        for (String c : cells) {
            if (TableHeaders.role(c) == null) {
                return false;
            }
        }
        return true;
    }

    private static boolean holdsPunctuation(String cell) {
        for (int i = 0; i < cell.length(); i++) {
            if ("，。；：,;:！？".indexOf(cell.charAt(i)) >= 0) {
                return true;
            }
        }
        return false;
    }

    /** The fewest cells of a line read as a table's row wherever it stands. */
    private static final int MIN_ROW_CELLS = 3;

    /**
     * True when a line is a row of a table, its cells split by tabs, runs of spaces or ideographic spaces (地区\t投入\t产值,
     * 森林覆盖率    %    ≥60    68.4): at least {@value #MIN_ROW_CELLS} cells, so that a sentence with a stray double space
     * is none. A row is whole on its line, never the half of a sentence.
     */
    public static boolean isRow(Paragraph p) {
        return !isCsv(p.text()) && of(p).size() >= MIN_ROW_CELLS;
    }

    /** How far, in screen columns, a cell may start before its column's heading and still be in that column. */
    private static final int ALIGN_SLACK = 2;

    /**
     * The cells of a row of a table aligned by spaces, one per column of its header, an empty cell where the row leaves
     * a column blank (湖北省黄冈市红安县, its 备注 blank, then 8 under the second 序号): each cell goes to the last column whose
     * heading starts on the screen at most {@value #ALIGN_SLACK} columns after it, a Han or full-width char two columns
     * wide. Null when either line holds a tab or a bar, a cell starts before the first heading, or two cells fall in one
     * column.
     */
    static List<Cell> aligned(Paragraph header, List<Cell> headings, Paragraph row, List<Cell> cells) {
        if (tabbed(header.text()) && tabbed(row.text())) {
            return byTabs(headings, row); // 2\t\t罗平县\t首次: its prefecture's cell merged into the row above
        }
        if (!spaced(header.text()) || !spaced(row.text())) {
            return null;
        }
        int[] columns = new int[headings.size()];
        for (int k = 0; k < headings.size(); k++) {
            columns[k] = screenColumn(header.text(), headings.get(k).start());
        }
        Cell[] out = new Cell[headings.size()];
        for (Cell c : cells) {
            int at = screenColumn(row.text(), c.start());
            int k = columns.length - 1;
            while (k >= 0 && columns[k] > at + ALIGN_SLACK) {
                k--;
            }
            if (k < 0 || out[k] != null) {
                return null;
            }
            out[k] = c;
        }
        List<Cell> filled = new ArrayList<>(out.length);
        for (int k = 0; k < out.length; k++) {
            filled.add(out[k] != null ? out[k] : new Cell("", Math.min(row.text().length(), headings.get(k).start())));
        }
        return filled;
    }

    /** True when a line's cells are split by tabs: it holds one, and no bar. */
    private static boolean tabbed(String t) {
        return t.indexOf('\t') >= 0 && t.indexOf('|') < 0 && t.indexOf('｜') < 0;
    }

    /**
     * The cells of a row split by single tabs, an empty cell between two tabs kept, one per heading; null when the row
     * holds more or fewer fields than the header has headings (tabs padding a column).
     */
    private static List<Cell> byTabs(List<Cell> headings, Paragraph row) {
        String t = row.text();
        List<Cell> out = new ArrayList<>();
        int start = 0;
        for (int i = 0; i <= t.length(); i++) {
            if (i == t.length() || t.charAt(i) == '\t') {
                String cell = t.substring(start, i);
                int lead = cell.length() - cell.stripLeading().length();
                out.add(new Cell(cell.strip(), start + lead));
                start = i + 1;
            }
        }
        return out.size() == headings.size() ? out : null;
    }

    /** True when a line's cells are split by spaces only: no tab and no bar. */
    private static boolean spaced(String t) {
        return t.indexOf('\t') < 0 && t.indexOf('|') < 0 && t.indexOf('｜') < 0;
    }

    /** The screen column {@code t[at]} starts at, a Han or full-width char taking two. */
    private static int screenColumn(String t, int at) {
        int column = 0;
        for (int i = 0; i < at; i++) {
            char c = t.charAt(i);
            column += c >= '\u2E80' && c <= '\uD7FF' || c >= '\uF900' && c <= '\uFAFF' || c >= '\uFF00' && c <= '\uFF60'
                    || c >= '\uFFE0' && c <= '\uFFE6' ? 2 : 1;
        }
        return column;
    }

    private static boolean splits(String t, int i) {
        char c = t.charAt(i);
        return c == '\t' || c == '\u3000' || c == '|' || c == '｜' || (c == ' ' && i + 1 < t.length() && t.charAt(i + 1) == ' ');
    }
}
