package dev.laurel.parsers.commendation.layout;

import dev.laurel.parsers.commendation.text.Paragraph;

import java.util.ArrayList;
import java.util.List;

/**
 * Tables read out column by column, as a PDF's text layer or a copy of some pages gives them: each heading on a line of
 * its own followed by its column's cells, one a line (序号 / 1 / 2 / … / 名称 / 长春市 / 吉林市 / … / 命名情况 / 连续第五次 /
 * …). The lines are put back in the order of a table written one cell a line, headings first, each line keeping its
 * own offsets in the source.
 */
final class ColumnTables {
    /** The fewest rows and columns read as a table. */
    private static final int MIN_ROWS = 2;
    private static final int MIN_COLUMNS = 2;
    /** The most columns looked for. */
    private static final int MAX_COLUMNS = 8;

    /**
     * A table found column by column.
     *
     * @param lines the headings, then the cells row by row
     * @param roles the columns' roles ({@link TableHeaders#resolve})
     * @param end   the index after the table's last line
     */
    record Block(List<Paragraph> lines, List<String> roles, int end) {
    }

    private ColumnTables() {
    }

    /**
     * The table whose first heading is line {@code i}: two or more headings ({@code table-headers.txt}), each followed by
     * as many lines that are no heading, the same count for each, one of them the names' column; or null.
     */
    static Block at(List<Paragraph> paragraphs, int i) {
        if (TableHeaders.role(paragraphs.get(i).text()) == null) {
            return null; // most lines
        }
        int rows = -1;
        List<String> headings = new ArrayList<>();
        List<Integer> starts = new ArrayList<>();
        int at = i;
        while (at < paragraphs.size() && headings.size() < MAX_COLUMNS) {
            String role = TableHeaders.role(paragraphs.get(at).text());
            if (role == null) {
                break;
            }
            int cells = 0;
            while (at + 1 + cells < paragraphs.size() && TableHeaders.role(paragraphs.get(at + 1 + cells).text()) == null
                    && (rows < 0 || cells < rows)) {
                cells++;
            }
            if (cells < MIN_ROWS || rows >= 0 && cells != rows) {
                break;
            }
            rows = cells;
            headings.add(role);
            starts.add(at + 1);
            at += 1 + cells;
        }
        List<String> roles = headings.size() >= MIN_COLUMNS ? TableHeaders.resolve(headings) : null;
        if (roles == null || !roles.contains("name")) {
            return null;
        }
        List<Paragraph> lines = new ArrayList<>();
        for (int c = 0; c < headings.size(); c++) {
            lines.add(paragraphs.get(starts.get(c) - 1));
        }
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < headings.size(); c++) {
                lines.add(paragraphs.get(starts.get(c) + r));
            }
        }
        return new Block(lines, roles, at);
    }
}
