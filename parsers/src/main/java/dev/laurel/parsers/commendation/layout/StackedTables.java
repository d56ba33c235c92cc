package dev.laurel.parsers.commendation.layout;

import dev.laurel.parsers.commendation.mentions.PlaceRef;
import dev.laurel.parsers.commendation.mentions.Places;
import dev.laurel.parsers.commendation.text.Paragraph;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A figure table written one cell a line, as pages copy HTML tables (指标 / 朔州市 / 怀仁市, then 建成区绿化覆盖率 / 42.6% / 40.3%,
 * …): its header is a label's heading on a line of its own followed by the headings of its other columns (places,
 * years, values, standards, units: {@code figure-table-headers.txt}), one a line, and each row as many lines, a label
 * (wrapped onto a second line at most) then a short cell holding a figure (or a dash) per column; a row number's
 * heading may open the header (序号 / 指标 / 目标值 / 完成值), each row then opening with its number. Such a table is folded
 * into one line per header and row, its cells split by tabs where the lines broke, so that the figure tables read it
 * as they read a table aligned on its lines; the folded lines keep the offsets of the text. Its lines are no roster
 * and no headings.
 */
public final class StackedTables {
    /** A year heading (2025年, 2025年度, 2026年目标). */
    private static final Pattern YEAR = Pattern.compile("(?:19|20)[0-9]{2}年.*");
    /** The longest heading or figure cell of a table written one cell a line. */
    private static final int MAX_CELL = 16;
    /** The fewest rows of such a table. */
    private static final int MIN_ROWS = 2;
    /** A cell of a row that is no figure: a dash or a slash for none. */
    private static final String NONE_CELLS = "—－-/／";

    private StackedTables() {
    }

    /**
     * {@code body} with each table written one cell a line folded into one line per header and row; {@code parts} gets,
     * for each folded line, the lines it was made of. {@code body} itself when it holds no such table.
     */
    public static List<Paragraph> fold(List<Paragraph> body, Places places, String province,
                                       Map<Paragraph, List<Paragraph>> parts) {
        List<Paragraph> out = null;
        for (int i = 0; i < body.size(); i++) {
            int width = places == null ? 0 : headerWidth(body, i, places, province);
            int lead = width > 0 && "index".equals(role(body.get(i).text())) ? 1 : 0; // 序号 / 指标 / …: rows open with 1, 2
            List<Integer> labels = width == 0 ? List.of() : rows(body, i + width, width, lead);
            if (labels.size() < MIN_ROWS) {
                if (out != null) {
                    out.add(body.get(i));
                }
                continue;
            }
            out = out != null ? out : new ArrayList<>(body.subList(0, i));
            int at = i;
            for (int r = 0; r <= labels.size(); r++) {
                int label = r == 0 ? 1 : labels.get(r - 1);
                List<Paragraph> cells = body.subList(at, at + label + width - 1);
                Paragraph line = joined(cells, lead, label);
                parts.put(line, List.copyOf(cells));
                out.add(line);
                at += label + width - 1;
            }
            i = at - 1;
        }
        return out == null ? body : out;
    }

    /** An identity map for {@link #fold}'s parts: folded lines are told apart by identity. */
    public static Map<Paragraph, List<Paragraph>> parts() {
        return new IdentityHashMap<>();
    }

    /**
     * How many lines the header starting at {@code body[at]} takes (its label's heading, then two or more headings of
     * places, years, values, units or standards, each a line of one cell), or 0 when none starts there.
     */
    private static int headerWidth(List<Paragraph> body, int at, Places places, String province) {
        int label = at + 1 < body.size() && "index".equals(role(body.get(at).text())) ? at + 1 : at; // 序号 / 指标
        if (!"label".equals(role(body.get(label).text()))) {
            return 0;
        }
        int k = label + 1;
        while (k < body.size() && k - at < MAX_COLUMNS && isHeading(body.get(k).text(), places, province)) {
            k++;
        }
        return k - label >= 3 ? k - at : 0;
    }

    /** The most columns of a table written one cell a line. */
    private static final int MAX_COLUMNS = 8;

    /** True for a line that heads a column other than the label's: a place, a year, or a heading of figure-table-headers. */
    private static boolean isHeading(String t, Places places, String province) {
        if (t.length() > MAX_CELL || TableCells.of(new Paragraph(0, 0, t.length(), t)).size() != 1) {
            return false;
        }
        String role = role(t);
        if (role != null) {
            return !"label".equals(role);
        }
        String s = FigureHeadings.key(t);
        if (YEAR.matcher(s).matches()) {
            return true;
        }
        PlaceRef place = places.whole(s, province);
        return place != null && place.region() != null;
    }

    /** The role {@code figure-table-headers.txt} gives a whole short line (label, value, unit…), or null. */
    private static String role(String t) {
        return t.length() > MAX_CELL ? null : FigureHeadings.role(FigureHeadings.key(t));
    }

    /**
     * The rows of a table of {@code width} columns from {@code body[from]}, each a label, then a figure cell per column:
     * for each, how many lines its label takes, one, or two where it wraps (生活垃圾无害化 / 处理率（%） / 100 / 100).
     */
    private static List<Integer> rows(List<Paragraph> body, int from, int width, int lead) {
        List<Integer> labels = new ArrayList<>();
        int values = width - 1 - lead;
        for (int r = from; r + width <= body.size(); ) {
            if (lead == 1 && !ROW_NUMBER.matcher(body.get(r).text()).matches()) {
                break; // a row of a numbered table opens with its number
            }
            int l = r + lead;
            if (isCell(body.get(l).text())) {
                break; // a figure where the row's label stands: the lines are no rows of this table
            }
            int label = cellsFollow(body, l + 1, values) ? 1
                    : l + 1 < body.size() && body.get(l + 1).text().length() <= MAX_CELL && !isCell(body.get(l + 1).text())
                    && cellsFollow(body, l + 2, values) ? 2 : 0;
            if (label == 0) {
                break;
            }
            labels.add(label);
            r += lead + label + values;
        }
        return labels;
    }

    /** A row's number in a numbered table (1, 12). */
    private static final Pattern ROW_NUMBER = Pattern.compile("[0-9０-９]{1,3}");

    /** True when the {@code n} lines from {@code body[from]} are figure cells. */
    private static boolean cellsFollow(List<Paragraph> body, int from, int n) {
        if (from + n > body.size()) {
            return false;
        }
        for (int c = from; c < from + n; c++) {
            if (!isCell(body.get(c).text())) {
                return false;
            }
        }
        return true;
    }

    /** True for a short line that is a figure's cell: it holds a digit (42.6%, 23个, ≥35) or is a dash for none. */
    private static boolean isCell(String t) {
        if (t.length() > MAX_CELL) {
            return false;
        }
        return !t.isEmpty() && t.chars().allMatch(c -> NONE_CELLS.indexOf(c) >= 0) || Tables.holdsDigit(t);
    }

    /**
     * The lines of one header or row as one line, a tab for each char between them, so its offsets are the text's; the
     * {@code label} lines after the {@code lead} ones (a row's number) are one cell, its wrapped lines parted by a space a
     * char (生活垃圾无害化 处理率（%）).
     */
    private static Paragraph joined(List<Paragraph> cells, int lead, int label) {
        StringBuilder text = new StringBuilder(cells.get(0).text());
        for (int k = 1; k < cells.size(); k++) {
            String between = k > lead && k < lead + label ? " " : "\t";
            text.append(between.repeat(cells.get(k).start() - cells.get(k - 1).end())).append(cells.get(k).text());
        }
        Paragraph first = cells.get(0);
        return new Paragraph(first.index(), first.start(), cells.get(cells.size() - 1).end(), text.toString());
    }
}
