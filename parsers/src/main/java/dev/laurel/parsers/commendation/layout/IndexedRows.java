package dev.laurel.parsers.commendation.layout;

import dev.laurel.parsers.commendation.layout.TableCells.Cell;
import dev.laurel.parsers.commendation.mentions.PlaceRef;
import dev.laurel.parsers.commendation.mentions.Places;
import dev.laurel.parsers.commendation.text.LoneFigure;
import dev.laurel.parsers.commendation.text.Lexicon;
import dev.laurel.parsers.commendation.text.Paragraph;
import dev.laurel.text.ChineseNumerals;
import dev.laurel.text.TraditionalToSimplified;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The rows of a table flattened to text by a PDF copy, told apart by their row numbers rather than by a fixed number of
 * lines: a row's cells stand one to a line or several to a line split by blanks ({@code 2 黄石市} / {@code 大冶市 4}), a
 * parent's cell merged over two rows is printed once, a county is printed under its prefecture in one cell
 * ({@code 宝鸡市} / {@code 凤县}), and the page's furniture and the header printed again on the next page stand between
 * rows. A row runs from its number to the next number, one more, that stands before a place. Its places fill the place
 * columns from the name's side (the parent left out is the row's above); its count is the first count after its name;
 * its other cells fill the note columns in order. The table ends at a line of prose.
 */
final class IndexedRows {
    private IndexedRows() {
    }

    /** A cell's text on one line, with where it starts in the source and the line it stands on. */
    private record Token(String text, int start, int line) {
    }

    /**
     * Reads the rows after a header of {@code headerLines} lines at {@code h} whose columns have {@code roles}, the
     * first of them the index, into {@code taken} and {@code listed}.
     *
     * @return the last line taken, or -1 when fewer than two rows were read
     */
    static int read(List<Paragraph> paragraphs, int h, int headerLines, List<String> roles, Places places, String hint,
                    boolean[] taken, List<List<ListRows.Item>> listed, Footnotes footnotes, List<Tables.RowFigures> figures) {
        List<Token> tokens = tokens(paragraphs, h + headerLines);
        int name = roles.indexOf("name");
        if (tokens.isEmpty() || name < 0 || !roles.get(0).equals("index")) {
            return -1;
        }
        int rows = 0;
        int lastLine = -1;
        List<Row> figured = new ArrayList<>();
        List<Cell> previous = null;
        int at = 0;
        int number = number(tokens.get(0).text());
        while (at < tokens.size() && number > 0) {
            int end = rowEnd(tokens, at, number, roles.size(), places, hint);
            List<Cell> row = cells(tokens.subList(at, end), roles, previous, places, hint);
            ListRows.Item item = row == null ? null : Tables.item(row, roles, 0, places, hint, footnotes);
            if (item == null && end - at == roles.size() && end < tokens.size() && number(tokens.get(end).text()) == number + 1) {
                lastLine = tokens.get(end - 1).line(); // 5 / 全国文明村镇 / 霍邱县冯井镇 / 首次: a full row of no place (a town,
                at = end;                              // a unit) between rows of places, passed over
                number++;
                continue;
            }
            if (item == null) {
                break;
            }
            previous = row;
            int nameLine = lineOf(tokens.subList(at, end), item.place());
            if (!Tables.withheld(row, roles)) {
                List<ListRows.Item> onLine = listed.get(nameLine) == null ? new ArrayList<>() : new ArrayList<>(listed.get(nameLine));
                onLine.add(item);
                listed.set(nameLine, List.copyOf(onLine));
                figured.add(new Row(nameLine, tokens.subList(at, end), item.place(), onLine.size() == 1));
            }
            lastLine = tokens.get(end - 1).line();
            rows++;
            at = end;
            number = at < tokens.size() ? number(tokens.get(at).text()) : -1;
        }
        if (rows < 2) {
            for (int l = h; l < paragraphs.size() && l <= lastLine; l++) {
                listed.set(l, null);
            }
            return -1;
        }
        for (int l = h; l <= lastLine; l++) {
            taken[l] = true;
        }
        List<Paragraph> header = paragraphs.subList(h, h + headerLines);
        List<String> headings = header.stream().map(Paragraph::text).toList();
        boolean even = figured.stream().mapToInt(r -> trailingFigures(r.tokens())).distinct().count() == 1;
        for (Row r : figured) {
            Tables.RowFigures found = new Tables.RowFigures(figures(paragraphs, r.tokens(), r.name()),
                    headed(paragraphs, r, header, headings, even));
            if (r.alone() && !found.isEmpty()) {
                figures.set(r.nameLine(), found); // 43.6% / 39.8% / 15.2: the row's place's figures
            }
        }
        return lastLine;
    }

    /**
     * How many tokens at a row's end are figures (43.6% / 39.8% / 15.2: 3): rows with as many fill the same last
     * columns, where a row missing its last cell has fewer.
     */
    private static int trailingFigures(List<Token> row) {
        int n = 0;
        for (int k = row.size() - 1; k > 0; k--) {
            String s = row.get(k).text();
            if (!HeadedCell.bare(s) && !(Character.isDigit(s.charAt(0)) && LoneFigure.is(s))) {
                break;
            }
            n++;
        }
        return n;
    }

    /** A row read: the line of its name, its tokens, its place, and whether it is the only place listed on that line. */
    private record Row(int nameLine, List<Token> tokens, PlaceRef name, boolean alone) {
    }

    /**
     * The bare numbers of a row whose column's heading gives their unit: with a heading line per token of the row, each
     * token's line (序号 / 县城 / 面积（平方米）); else, when every row of the table ends with as many figures ({@code even}), the
     * last token with the header's last line (城区人均公园绿地 / 面积（平方米）: a wrapped heading ends the header), without a
     * label. Only tokens after the row's name are read.
     */
    private static List<HeadedCell> headed(List<Paragraph> paragraphs, Row row, List<Paragraph> header, List<String> headings,
                                           boolean even) {
        List<Token> tokens = row.tokens();
        boolean aligned = header.size() == tokens.size();
        List<HeadedCell> out = new ArrayList<>();
        boolean after = false;
        for (int k = 1; k < tokens.size(); k++) {
            Token t = tokens.get(k);
            if (!after) {
                after = row.name().start() >= t.start() && row.name().start() < t.start() + t.text().length();
                continue;
            }
            boolean last = k == tokens.size() - 1;
            if (!HeadedCell.bare(t.text()) || !aligned && !(even && last)) {
                continue;
            }
            Paragraph heading = aligned ? header.get(k) : header.get(header.size() - 1);
            Paragraph cell = new Paragraph(paragraphs.get(t.line()).index(), t.start(), t.start() + t.text().length(), t.text());
            HeadedCell h = HeadedCell.under(cell, heading, heading.start(), heading.text(), headings, aligned);
            if (h != null) {
                out.add(h);
            }
        }
        return List.copyOf(out);
    }

    /**
     * The cells of the lines from {@code from} to the first line of prose or a group's head, split by blanks; lines of the
     * page's furniture (— 15 —) and of the header printed again (序号, 名称) give none.
     */
    private static List<Token> tokens(List<Paragraph> paragraphs, int from) {
        List<Token> tokens = new ArrayList<>();
        for (int l = from; l < paragraphs.size(); l++) {
            Paragraph p = paragraphs.get(l);
            String text = p.text();
            if (Tables.pageFurniture(text) || TableHeaders.role(text.strip()) != null) {
                continue;
            }
            if (prose(text) || Layout.opensHanNumberedItem(text)) {
                break; // 二、拟复查确认保留…称号: the head of the next group, whose table follows under its own header
            }
            for (int i = 0; i < text.length(); ) {
                while (i < text.length() && blank(text.charAt(i))) {
                    i++;
                }
                int start = i;
                while (i < text.length() && !blank(text.charAt(i))) {
                    i++;
                }
                if (i > start) {
                    tokens.add(new Token(text.substring(start, i), p.start() + start, l));
                }
            }
        }
        return tokens;
    }

    /** True when a line is prose, not cells: it holds a clause's punctuation or a run longer than a cell. */
    private static boolean prose(String text) {
        int run = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if ("。，；！？,;".indexOf(c) >= 0) {
                return true;
            }
            run = blank(c) ? 0 : run + 1;
            if (run > Tables.MAX_CELL) {
                return true;
            }
        }
        return false;
    }

    private static boolean blank(char c) {
        return c == ' ' || c == '\t' || c == '\u3000' || c == '\u00A0';
    }

    /**
     * Where the row whose number {@code number} stands at {@code at} ends: at the next token that is the next number
     * and stands before a place (a count of 2 before the row numbered 2 is its row's count), or at the end.
     */
    private static int rowEnd(List<Token> tokens, int at, int number, int width, Places places, String hint) {
        for (int k = at + 1; k < tokens.size(); k++) {
            if (k > at + 1 && closesRows(tokens.get(k).text())) {
                return k; // …  8000以上 / 全省平均 / — / 61.2: the table's row to compare with, after its last place's
            }
            if (number(tokens.get(k).text()) != number + 1 || k + 1 >= tokens.size()) {
                continue;
            }
            boolean full = k - at == width && (placeAhead(tokens, k + 1, places, hint) || fullRowAhead(tokens, k, width));
            if (full || hasPlace(tokens, at + 1, k, places, hint) && placeAhead(tokens, k + 1, places, hint)) {
                return k; // the next row opening with a place after a row with one, or a full row after a full one (4 / 安徽省
            }             // 双拥模范县 / 金寨县 / 连续第五次, then 5 / 全国文明村镇 / 霍邱县冯井镇 / 首次, a row of no place)
        }
        return tokens.size();
    }

    /**
     * True when the row numbered at {@code k} has {@code width} cells before the next number or the end (a row of the
     * table's shape, whatever its name cell holds).
     */
    private static boolean fullRowAhead(List<Token> tokens, int k, int width) {
        int n = number(tokens.get(k).text());
        int next = k + width;
        return next <= tokens.size() && (next == tokens.size() || number(tokens.get(next).text()) == n + 1)
                && java.util.stream.IntStream.range(k + 1, next).noneMatch(j -> number(tokens.get(j).text()) == n + 1);
    }

    /** First cells of a table's rows that are no place's: values to compare with, totals ({@code reference-rows.txt}). */
    private static final Lexicon REFERENCE_ROWS = Lexicon.load("reference-rows.txt");

    /** True when a token opens a row of the table's own (全省平均, 评价标准, 合计) rather than a place's. */
    static boolean closesRows(String token) {
        String t = TraditionalToSimplified.toSimplified(token);
        return REFERENCE_ROWS.words().contains(t) || Tables.TOTALS.words().contains(t) && !Tables.TOTALS.isTagged(t);
    }

    /** The most tokens before a row's first place: a place's cell wrapped over two lines (内蒙古自 / 治区 / 通辽市). */
    private static final int WRAPPED_PLACE = 2;

    /** True when a place stands at {@code from} or a wrapped cell or two after it, before any row number. */
    private static boolean placeAhead(List<Token> tokens, int from, Places places, String hint) {
        for (int k = from; k < Math.min(tokens.size(), from + WRAPPED_PLACE + 1) && number(tokens.get(k).text()) < 0; k++) {
            if (places.whole(tokens.get(k).text(), hint) != null) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasPlace(List<Token> tokens, int from, int to, Places places, String hint) {
        for (int k = from; k < to; k++) {
            if (places.whole(tokens.get(k).text(), hint) != null) {
                return true;
            }
        }
        return false;
    }

    /**
     * The cells of a row in the columns' order: its places fill the place columns from the name's side (the parent left
     * out is the one of {@code previous}, a cell merged over rows), its first count after its name the count column, its
     * other cells the note columns in order; null when it holds no place or more places than place columns.
     */
    private static List<Cell> cells(List<Token> row, List<String> roles, List<Cell> previous, Places places, String hint) {
        List<Token> placed = new ArrayList<>();
        List<Token> other = new ArrayList<>();
        Token lastUnknown = null; // the last cell shaped like a place the gazetteer does not know
        for (int k = 1; k < row.size(); k++) {
            PlaceRef p = places.whole(row.get(k).text(), hint);
            (p != null ? placed : other).add(row.get(k));
            lastUnknown = p != null && p.region() == null ? row.get(k) : p != null ? null : lastUnknown;
        }
        List<Integer> placeColumns = new ArrayList<>();
        for (int c = 0; c < roles.size(); c++) {
            if (roles.get(c).equals("province") || roles.get(c).equals("name")) {
                placeColumns.add(c);
            }
        }
        if (placed.size() > placeColumns.size() && lastUnknown != null && placed.get(placed.size() - 1) == lastUnknown) {
            placed.remove(lastUnknown); // 黑龙江省 / 伊春市 / 原森工林区: a note shaped like a place after the row's name
            other.add(lastUnknown);
            other.sort(java.util.Comparator.comparingInt(row::indexOf));
        }
        while (placed.size() > placeColumns.size() && placed.size() >= 2 && nested(placed.get(0), placed.get(1), places, hint)) {
            placed.remove(0); // 宝鸡市 / 凤县 in one 地区 cell: the county, printed under its prefecture
        }
        if (placed.isEmpty() || placed.size() > placeColumns.size()) {
            return null;
        }
        int name = roles.indexOf("name");
        boolean nameLast = placeColumns.get(placeColumns.size() - 1) == name;
        int skip = placeColumns.size() - placed.size(); // the parents printed once for several rows
        List<Cell> cells = new ArrayList<>(roles.size());
        Token first = row.get(0);
        for (int c = 0; c < roles.size(); c++) {
            cells.add(new Cell("", first.start()));
        }
        cells.set(0, cell(first));
        for (int j = 0; j < placeColumns.size(); j++) {
            int column = placeColumns.get(j);
            int k = nameLast ? j - skip : j;
            if (k >= 0 && k < placed.size()) {
                cells.set(column, cell(placed.get(k)));
            } else if (previous != null && column != name) {
                cells.set(column, previous.get(column));
            }
        }
        int nameAt = row.indexOf(placed.get(nameLast ? placed.size() - 1 : 0));
        int count = roles.indexOf("count");
        Token counted = null;
        if (count >= 0) {
            for (Token t : other) {
                if (row.indexOf(t) > nameAt && Tables.count(t.text()) != null) {
                    counted = t;
                    cells.set(count, cell(t));
                    break;
                }
            }
        }
        List<Integer> noteColumns = new ArrayList<>();
        for (int c = 1; c < roles.size(); c++) {
            if (roles.get(c).equals("note")) {
                noteColumns.add(c);
            }
        }
        List<Token> notes = new ArrayList<>(other);
        notes.remove(counted);
        int honour = roles.indexOf("honour");
        if (honour >= 0 && honour < name && placeColumns.stream().allMatch(c -> c >= name)) {
            List<Token> named = notes.stream().filter(t -> row.indexOf(t) < nameAt).toList();
            if (!named.isEmpty()) { // 3 / 全国双拥模范城 / 六安市 / 连续第三次: the row's honour, in a table of several (荣誉名称)
                cells.set(honour, joined(named));
                notes.removeAll(named);
            }
        }
        while (notes.size() > noteColumns.size() && row.indexOf(notes.get(0)) < nameAt) {
            notes.remove(0); // 内蒙古自 / 治区: a place's cell wrapped over two lines, no note
        }
        for (int j = 0; j < noteColumns.size() && j < notes.size(); j++) {
            boolean last = j == noteColumns.size() - 1;
            cells.set(noteColumns.get(j), last ? joined(notes.subList(j, notes.size())) : cell(notes.get(j)));
        }
        return cells;
    }

    /** One cell of the tokens of a cell wrapped over lines (首次 / 命名), its text theirs joined, at the first's start. */
    private static Cell joined(List<Token> tokens) {
        StringBuilder text = new StringBuilder();
        tokens.forEach(t -> text.append(t.text()));
        return new Cell(text.toString(), tokens.get(0).start());
    }

    /** True when the place of {@code inner} lies within that of {@code outer}. */
    private static boolean nested(Token outer, Token inner, Places places, String hint) {
        PlaceRef parent = places.whole(outer.text(), hint);
        PlaceRef child = places.whole(inner.text(), hint);
        return parent != null && child != null && parent.region() != null && child.region() != null
                && child.region().isWithin(parent.region());
    }

    private static Cell cell(Token t) {
        return new Cell(t.text(), t.start());
    }

    /**
     * The cells of a row after its name that are figures, each a paragraph of its own: a number with its unit and
     * nothing else (43.6%, 92.6分, 1.2万亩), not a count (3次, 第二次) and not a bare number, whose unit only its
     * column's heading gives.
     */
    private static List<Paragraph> figures(List<Paragraph> paragraphs, List<Token> row, PlaceRef name) {
        List<Paragraph> out = new ArrayList<>();
        boolean after = false;
        for (Token t : row.subList(1, row.size())) {
            String s = t.text();
            if (!after) {
                after = name.start() >= t.start() && name.start() < t.start() + s.length();
                continue;
            }
            if (Character.isDigit(s.charAt(0)) && Tables.count(s) == null && LoneFigure.is(s)) {
                out.add(new Paragraph(paragraphs.get(t.line()).index(), t.start(), t.start() + s.length(), s));
            }
        }
        return out;
    }

    /** The line of the row's token where {@code place} starts. */
    private static int lineOf(List<Token> row, PlaceRef place) {
        for (Token t : row) {
            if (place.start() >= t.start() && place.start() < t.start() + t.text().length()) {
                return t.line();
            }
        }
        return row.get(0).line();
    }

    /** The row number a token is (12, １２, 12., 十二), or -1. */
    private static int number(String token) {
        if (!Tables.isIndex(token)) {
            return -1;
        }
        String s = Tables.squeeze(token);
        if (".、．".indexOf(s.charAt(s.length() - 1)) >= 0) {
            s = s.substring(0, s.length() - 1);
        }
        Optional<BigDecimal> v = ChineseNumerals.tryParse(s);
        return v.isPresent() && v.get().signum() > 0 && v.get().stripTrailingZeros().scale() <= 0
                && v.get().compareTo(BigDecimal.valueOf(10_000)) < 0 ? v.get().intValue() : -1;
    }
}
