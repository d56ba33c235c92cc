package dev.laurel.parsers.commendation.layout;

import dev.laurel.parsers.commendation.layout.TableCells.Cell;
import dev.laurel.parsers.commendation.mentions.PlaceRef;
import dev.laurel.parsers.commendation.mentions.Places;
import dev.laurel.parsers.commendation.text.LoneFigure;
import dev.laurel.parsers.commendation.text.Paragraph;

import java.util.ArrayList;
import java.util.List;

/**
 * A card or table whose columns are places, flattened to lines of cells (a data card of two places: 绥芬河市　　东宁市 /
 * 2.3亿元　　1.4亿元 / 拥军优属投入　　拥军优属投入): each column's figures are its place's. The header line names a place in
 * every cell; each line under it has as many cells, all figures with their units or all labels without a digit. A table
 * may open each row with its label (指标　　青铜峡市　　海原县 / 双拥经费投入　　1260万元　　840万元): its first column is
 * then labels, and the places' columns follow.
 */
final class PlaceColumns {
    /** The longest label cell read under a header of places. */
    private static final int MAX_LABEL = Tables.MAX_CELL;

    private PlaceColumns() {
    }

    /**
     * One place's column.
     *
     * @param place  the place its header cell names, at offsets of the header line
     * @param cells  its figures, each a paragraph of its own indexing the source, where no column of labels names them
     * @param headed its figures labelled by their rows' labels (双拥经费投入 / 1260万元), where one does
     */
    record Column(PlaceRef place, List<Paragraph> cells, List<HeadedCell> headed) {
    }

    /** The columns of the card at line {@code h}, and its last line. */
    record Block(List<Column> columns, int last) {
    }

    /** The card whose header is line {@code h}, or null when its cells are not all places or no line of figures follows. */
    static Block at(List<Paragraph> paragraphs, int h, List<Cell> header, Places places, String hint) {
        if (header.size() < 2) {
            return null;
        }
        String head = header.get(0).text().strip();
        int first = header.size() >= 3 && isLabel(head) && places.whole(head, hint) == null ? 1 : 0; // 指标 over the labels
        List<PlaceRef> named = new ArrayList<>();
        for (Cell c : header.subList(first, header.size())) {
            String name = c.text().strip();
            PlaceRef place = name.isEmpty() || name.length() > Tables.MAX_CELL ? null : places.whole(name, hint);
            if (place == null || place.kind() == dev.laurel.model.RegionKind.PROVINCE) {
                return null;
            }
            named.add(place.shift(c.start() + c.text().indexOf(name)));
        }
        List<List<Paragraph>> cells = new ArrayList<>();
        List<List<HeadedCell>> headed = new ArrayList<>();
        named.forEach(p -> {
            cells.add(new ArrayList<>());
            headed.add(new ArrayList<>());
        });
        int last = h;
        boolean figures = false;
        for (int j = h + 1; j < paragraphs.size(); j++) {
            Paragraph line = paragraphs.get(j);
            List<Cell> row = TableCells.of(line);
            if (row.size() != header.size()) {
                break;
            }
            Boolean figureRow = first == 1 && !isLabel(row.get(0).text().strip()) ? null : kind(row.subList(first, row.size()));
            if (figureRow == null || first == 1 && !figureRow) {
                break;
            }
            if (figureRow) {
                for (int c = first; c < row.size(); c++) {
                    String text = row.get(c).text().strip();
                    int start = line.start() + row.get(c).start() + row.get(c).text().indexOf(text);
                    Paragraph cell = new Paragraph(line.index(), start, start + text.length(), text);
                    if (first == 1) { // 双拥经费投入　　1260万元: the row's label says what the figure counts
                        headed.get(c - first).add(HeadedCell.withOwnUnit(cell, line, line.start() + row.get(0).start(),
                                row.get(0).text()));
                    } else {
                        cells.get(c - first).add(cell);
                    }
                }
                figures = true;
            }
            last = j;
        }
        if (!figures) {
            return null;
        }
        List<Column> columns = new ArrayList<>();
        for (int c = 0; c < named.size(); c++) {
            columns.add(new Column(named.get(c), List.copyOf(cells.get(c)), List.copyOf(headed.get(c))));
        }
        return new Block(List.copyOf(columns), last);
    }

    /** True for a row's label: a short text without a digit (双拥经费投入, 指标). */
    private static boolean isLabel(String text) {
        return !text.isEmpty() && text.length() <= MAX_LABEL && text.chars().noneMatch(Character::isDigit);
    }

    /** True for a row of figures with their units, false for one of labels without a digit, null for neither. */
    private static Boolean kind(List<Cell> row) {
        int figures = 0;
        for (Cell c : row) {
            String text = c.text().strip();
            if (LoneFigure.is(text)) {
                figures++;
            } else if (text.isEmpty() || text.length() > MAX_LABEL || text.chars().anyMatch(Character::isDigit)) {
                return null;
            }
        }
        return figures == row.size() ? Boolean.TRUE : figures == 0 ? Boolean.FALSE : null;
    }
}
