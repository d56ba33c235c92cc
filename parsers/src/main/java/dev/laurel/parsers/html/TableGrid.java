package dev.laurel.parsers.html;

import org.jsoup.nodes.Element;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * A data table's cells laid out as a browser shows them, row by row: a cell spanning rows ({@code rowspan}) stands in
 * each row it spans, so that a province cell over its cities is in each city's row; a cell spanning columns
 * ({@code colspan}) stands in each column it spans, so that {@code 2025年底数值} heads both city columns under it. A row
 * of one cell stays one cell, whatever its span (a note: {@code 注：数据由…提供}).
 */
final class TableGrid {
    /** The most rows or columns a cell is taken to span: a larger span is a page's mistake, not a layout. */
    private static final int MAX_SPAN = 100;

    private TableGrid() {
    }

    /** The rows of {@code table}, each the texts of its cells as {@code text} reads them, in column order. */
    static List<List<String>> rows(Element table, Function<Element, String> text) {
        List<List<String>> rows = new ArrayList<>();
        Map<Integer, Spanning> above = new HashMap<>(); // by column: a cell spanning down into the next rows
        for (Element row : table.getElementsByTag("tr")) {
            List<Element> cells = new ArrayList<>();
            for (Element cell : row.children()) {
                if (cell.normalName().equals("td") || cell.normalName().equals("th")) {
                    cells.add(cell);
                }
            }
            List<String> texts = cells.stream().map(text).toList();
            if (!rows.isEmpty() && texts.size() >= 2 && texts.equals(rows.get(0))) {
                above.clear(); // the header row written again (a table continued on the next page): no span crosses it
            }
            List<String> out = new ArrayList<>();
            int column = 0;
            for (int k = 0; k < cells.size(); k++) {
                Element cell = cells.get(k);
                column = fillFromAbove(out, column, above, false);
                String t = texts.get(k);
                int across = cells.size() == 1 && above.isEmpty() ? 1 : span(cell, "colspan");
                int down = span(cell, "rowspan");
                for (int i = 0; i < across; i++) {
                    out.add(t);
                    if (down > 1) {
                        above.put(column, new Spanning(t, down - 1));
                    }
                    column++;
                }
            }
            fillFromAbove(out, column, above, true);
            rows.add(out);
        }
        return rows;
    }

    /**
     * Adds to {@code out} the texts of the cells spanning down into this row from column {@code column} on (all of
     * them when {@code toEnd}, else up to the first column free in this row), and returns the next free column.
     */
    private static int fillFromAbove(List<String> out, int column, Map<Integer, Spanning> above, boolean toEnd) {
        while (true) {
            Spanning s = above.get(column);
            if (s == null) {
                int free = column;
                if (!toEnd || above.keySet().stream().noneMatch(c -> c > free)) {
                    return column;
                }
                out.add(""); // a gap before a cell spanning down further right
                column++;
                continue;
            }
            out.add(s.text);
            if (--s.rows == 0) {
                above.remove(column);
            }
            column++;
        }
    }

    /** A cell's span in {@code attribute}, 1 when absent, unreadable or zero, at most {@link #MAX_SPAN}. */
    private static int span(Element cell, String attribute) {
        String v = cell.attr(attribute).strip();
        if (v.isEmpty() || v.length() > 4 || !v.chars().allMatch(Character::isDigit)) {
            return 1;
        }
        int n = Integer.parseInt(v);
        return n < 1 ? 1 : Math.min(n, MAX_SPAN);
    }

    /** A cell's text spanning down, and the rows below it still to fill. */
    private static final class Spanning {
        final String text;
        int rows;

        Spanning(String text, int rows) {
            this.text = text;
            this.rows = rows;
        }
    }
}
