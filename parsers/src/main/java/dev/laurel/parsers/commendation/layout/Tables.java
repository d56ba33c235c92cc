package dev.laurel.parsers.commendation.layout;

import dev.laurel.model.TimesKind;
import dev.laurel.parsers.commendation.layout.TableCells.Cell;
import dev.laurel.parsers.commendation.mentions.CountPhrase;
import dev.laurel.parsers.commendation.mentions.PlaceRef;
import dev.laurel.parsers.commendation.mentions.Places;
import dev.laurel.parsers.commendation.text.FootnoteMarks;
import dev.laurel.parsers.commendation.text.Furniture;
import dev.laurel.parsers.commendation.text.Paragraph;
import dev.laurel.text.ChineseNumerals;
import dev.laurel.text.TraditionalToSimplified;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Tables of honoured places as they come out of a page's text: a header row whose headings say what
 * each column holds ({@link TableHeaders}: 序号, 省份, 名称, 命名次数 …), then one row per place,
 * either with its cells on one line (split by tabs, runs of spaces or bars: 1 | 浙江省 | 杭州市) or flattened to one cell per
 * line. A row ends the table when its name cell is not a place. The places are read with their
 * province (from the province column) and their honour count (from the count column).
 */
public final class Tables {
    /** The longest header line read. */
    private static final int MAX_HEADER = 256;
    /** The longest rest of a cell wrapped alone onto the next line (苗族自治州). */
    private static final int MAX_WRAPPED_REST = 8;
    /** The longest cell read. */
    static final int MAX_CELL = 30;

    /**
     * The tables of a document.
     *
     * @param taken  for each paragraph, true when it is a table's header or row
     * @param listed for each paragraph, the places its row lists (source offsets), or null
     * @param heads  for each listed paragraph, its table's header when the header names the honour of the name
     *               column ({@code 省份 | 国家卫生县城}): the lead that says which honour the rows are of; else null
     * @param figures for each listed paragraph of one place, its row's figures; else null
     * @param columns for each header line of a card whose columns are places ({@link PlaceColumns}), the card; else null
     */
    record Found(boolean[] taken, List<List<ListRows.Item>> listed, Paragraph[] heads, List<RowFigures> figures,
                 PlaceColumns.Block[] columns) {
    }

    /**
     * The figures of a table's row of one place.
     *
     * @param cells  its cells that are figures, as paragraphs of their own: a figures column's cell (主要指标:
     *               森林覆盖率67.2%) when it holds a digit, or the cells of a table read by its row numbers that are a
     *               number with its unit (43.6%, 92.6分)
     * @param headed its bare numbers whose column's heading gives their unit (面积（平方米）: 15.2)
     */
    record RowFigures(List<Paragraph> cells, List<HeadedCell> headed) {
        boolean isEmpty() {
            return cells.isEmpty() && headed.isEmpty();
        }
    }

    private Tables() {
    }

    static Found find(List<Paragraph> paragraphs, Places places, String provinceHint) {
        int n = paragraphs.size();
        boolean[] taken = new boolean[n];
        Paragraph[] heads = new Paragraph[n];
        List<RowFigures> figures = new ArrayList<>(java.util.Collections.nCopies(n, null));
        List<List<ListRows.Item>> listed = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            listed.add(null);
        }
        Footnotes footnotes = new Footnotes(paragraphs);
        PlaceColumns.Block[] columns = new PlaceColumns.Block[n];
        for (int i = 0; i < n; i++) {
            String line = paragraphs.get(i).text();
            boolean split = line.length() <= MAX_HEADER && (line.indexOf('\t') >= 0 || line.indexOf('\u3000') >= 0
                    || line.contains("  ") || line.indexOf('|') >= 0 || line.indexOf('｜') >= 0 || TableCells.isCsv(line)
                    || TableCells.singleSpaced(line));
            List<Paragraph> oneLine = split ? null : OneLineTable.lines(paragraphs.get(i));
            if (oneLine != null) { // 序號 名稱 類別 命名次數 1 福州市 城 連續第八次 2 …: a table run onto one line
                readOneLine(oneLine, i, places, provinceHint, taken, listed, heads, footnotes);
                continue;
            }
            List<Cell> header = split ? TableCells.of(paragraphs.get(i)) : List.of();
            String stated = header.size() >= 2 ? TableUnits.statedOver(paragraphs, i) : null;
            if (stated != null) {
                header = TableUnits.applied(header, stated); // 单位：亿元 / 地区  生态环保投入: 生态环保投入（亿元）
            }
            PlaceColumns.Block card = header.size() >= 2 ? PlaceColumns.at(paragraphs, i, header, places, provinceHint) : null;
            if (card != null) { // 绥芬河市　　东宁市 / 2.3亿元　　1.4亿元: each column's figures are its place's
                java.util.Arrays.fill(taken, i, card.last() + 1, true);
                columns[i] = card;
                i = card.last();
                continue;
            }
            List<String> roles = header.size() >= 2 ? TableHeaders.roles(header.stream().map(Cell::text).toList()) : null;
            List<String> copy = roles == null ? sideBySideRoles(header) : null;
            if (copy != null) { // 序号 名称 命名次数 序号 名称 命名次数: copies of a table side by side, a gazette's page
                i = sideBySide(paragraphs, i, copy, places, provinceHint, taken, listed, footnotes);
                continue;
            }
            if (header.size() >= 2 && roles != null) {
                int last = rowsOnLines(paragraphs, i, header, roles, places, provinceHint, taken, listed, footnotes, figures);
                if (TableHeaders.namesHonour(header.stream().map(Cell::text).toList())) {
                    java.util.Arrays.fill(heads, i + 1, last + 1, paragraphs.get(i));
                }
                i = last;
                continue;
            }
            ColumnTables.Block byColumns = ColumnTables.at(paragraphs, i);
            if (byColumns != null) { // 序号 / 1 / 2 / 名称 / 长春市 / 吉林市 / 命名情况 / …: read out column by column
                readByColumns(byColumns, paragraphs, i, places, provinceHint, taken, listed, footnotes);
                i = byColumns.end() - 1;
                continue;
            }
            List<String> column = new ArrayList<>();
            int j = i;
            while (j < n && column.size() < 8) {
                String role = TableHeaders.role(paragraphs.get(j).text());
                if (role == null) {
                    break;
                }
                column.add(role);
                j++;
            }
            List<String> resolved = TableHeaders.resolve(column);
            int[] headerLines = {0};
            List<String> joined = column.isEmpty() && !TableHeaders.wrapsHeading(paragraphs, i) ? null
                    : TableHeaders.lines(paragraphs, i, headerLines, places); // 序号 first, or 序 / 号
            if (joined != null && joined.get(0).equals("index")) {
                i = betterReading(paragraphs, i, column.size() >= 2 ? resolved : null, joined, headerLines[0], places,
                        provinceHint, taken, listed, footnotes, figures);
            } else if (column.size() >= 2 && resolved != null) {
                i = rowsOfCells(paragraphs, i, resolved.size(), resolved, places, provinceHint, taken, listed, footnotes, null);
            } else if (joined != null) { // 地区 / 投入资金（亿元） / 新增绿地（公顷）, 名称 / 命名 / 次数: no row numbers
                i = rowsOfCells(paragraphs, i, headerLines[0], joined, places, provinceHint, taken, listed, footnotes, figures);
            }
        }
        return new Found(taken, listed, heads, figures, columns);
    }

    /**
     * Reads a table found column by column from line {@code i} ({@link ColumnTables}) as the one-cell-a-line table its
     * lines make in row order, each row's places listed at the line that starts it there (its first column's cell).
     */
    private static void readByColumns(ColumnTables.Block table, List<Paragraph> paragraphs, int i, Places places,
                                      String hint, boolean[] taken, List<List<ListRows.Item>> listed, Footnotes footnotes) {
        List<Paragraph> lines = table.lines();
        int n = lines.size();
        List<List<ListRows.Item>> rows = new ArrayList<>(java.util.Collections.nCopies(n, null));
        rowsOfCells(lines, 0, table.roles().size(), table.roles(), places, hint, new boolean[n], rows, footnotes, null);
        java.util.Map<Paragraph, Integer> source = new java.util.IdentityHashMap<>();
        for (int k = i; k < table.end(); k++) {
            source.put(paragraphs.get(k), k);
            taken[k] = true;
        }
        for (int v = 0; v < n; v++) {
            if (rows.get(v) != null) {
                listed.set(source.get(lines.get(v)), rows.get(v));
            }
        }
    }

    /**
     * Reads the lines of a table run onto paragraph {@code i} ({@link OneLineTable}) as the lines they would have been,
     * listing the places of all its rows in that paragraph.
     */
    private static void readOneLine(List<Paragraph> lines, int i, Places places, String hint, boolean[] taken,
                                    List<List<ListRows.Item>> listed, Paragraph[] heads, Footnotes footnotes) {
        List<Cell> header = TableCells.of(lines.get(0));
        List<String> roles = TableHeaders.roles(header.stream().map(Cell::text).toList());
        int n = lines.size();
        List<List<ListRows.Item>> rows = new ArrayList<>(java.util.Collections.nCopies(n, null));
        rowsOnLines(lines, 0, header, roles, places, hint, new boolean[n], rows, footnotes,
                new ArrayList<>(java.util.Collections.nCopies(n, null)));
        List<ListRows.Item> items = new ArrayList<>();
        rows.stream().filter(java.util.Objects::nonNull).forEach(items::addAll);
        if (!items.isEmpty()) {
            taken[i] = true;
            listed.set(i, items);
            if (TableHeaders.namesHonour(header.stream().map(Cell::text).toList())) {
                heads[i] = lines.get(0);
            }
        }
    }

    /**
     * Reads the table flattened to one cell per line after the header at {@code h} both by its lines ({@link
     * #rowsOfCells}, when {@code byLines} gives the roles of its header read a line to a heading) and by its row numbers
     * ({@link IndexedRows}, with the roles of its header read with the headings wrapped over two lines joined), and keeps
     * the reading that lists more places; returns the last line taken.
     */
    private static int betterReading(List<Paragraph> paragraphs, int h, List<String> byLines, List<String> byNumbers,
                                     int headerLines, Places places, String hint, boolean[] taken,
                                     List<List<ListRows.Item>> listed, Footnotes footnotes, List<RowFigures> figures) {
        int n = paragraphs.size();
        boolean[] takenA = new boolean[n];
        List<List<ListRows.Item>> listedA = new ArrayList<>(java.util.Collections.nCopies(n, null));
        List<RowFigures> figuresA = new ArrayList<>(java.util.Collections.nCopies(n, null));
        int lastA = byLines == null ? h : rowsOfCells(paragraphs, h, byLines.size(), byLines, places, hint, takenA,
                listedA, footnotes, figuresA); // 序号 / 县城名称 / 主要成效 / 1 / 泾县 / 建成区绿地率38.2%，…
        boolean[] takenB = new boolean[n];
        List<List<ListRows.Item>> listedB = new ArrayList<>(java.util.Collections.nCopies(n, null));
        List<RowFigures> figuresB = new ArrayList<>(java.util.Collections.nCopies(n, null));
        int lastB = IndexedRows.read(paragraphs, h, headerLines, byNumbers, places, hint, takenB, listedB, footnotes, figuresB);
        boolean numbers = lastB >= 0 && listedCount(listedB) > listedCount(listedA);
        boolean[] t = numbers ? takenB : takenA;
        List<List<ListRows.Item>> l = numbers ? listedB : listedA;
        for (int k = h; k < n; k++) {
            taken[k] |= t[k];
            if (l.get(k) != null) {
                listed.set(k, l.get(k));
            }
            List<RowFigures> f = numbers ? figuresB : figuresA;
            if (f.get(k) != null) {
                figures.set(k, f.get(k));
            }
        }
        return numbers ? lastB : lastA;
    }

    private static int listedCount(List<List<ListRows.Item>> listed) {
        int count = 0;
        for (List<ListRows.Item> items : listed) {
            count += items == null ? 0 : items.size();
        }
        return count;
    }

    /**
     * The roles of one copy of a header that names the same columns two or more times over (序号 名称 命名次数 序号 名称
     * 命名次数: a table printed in two or three columns side by side), or null.
     */
    private static List<String> sideBySideRoles(List<Cell> header) {
        for (int copies = MAX_COPIES; copies >= 2; copies--) {
            int k = header.size() / copies;
            if (k < 2 || header.size() != copies * k) {
                continue;
            }
            boolean same = true;
            for (int c = 0; c + k < header.size() && same; c++) {
                same = squeeze(header.get(c).text()).equals(squeeze(header.get(c + k).text()));
            }
            if (same) {
                return TableHeaders.roles(header.subList(0, k).stream().map(Cell::text).toList());
            }
        }
        return null;
    }

    /** The most copies of a table printed side by side on a page (序号 省份 城市 three times over). */
    private static final int MAX_COPIES = 4;

    /**
     * The rows of a table printed two or more up after its header at {@code h}: each line holds one row of each copy
     * (or of the first ones, the last line), each read as a row; a page's furniture (— 2 —) and the header repeated on
     * the next page go on with the table. Returns the last line taken.
     */
    private static int sideBySide(List<Paragraph> paragraphs, int h, List<String> roles, Places places, String hint,
                                  boolean[] taken, List<List<ListRows.Item>> listed, Footnotes footnotes) {
        int k = roles.size();
        int last = h;
        List<Cell> header = TableCells.of(paragraphs.get(h));
        int copies = header.size() / k;
        for (int i = h + 1; i < paragraphs.size(); i++) {
            Paragraph p = paragraphs.get(i);
            List<Cell> cells = TableCells.of(p);
            if (cells.size() == copies * k && sideBySideRoles(cells) != null
                    || Furniture.is(TraditionalToSimplified.toSimplified(p.text()))) {
                taken[i] = true; // the header again on the next page, or the page's number between
                continue;
            }
            if (cells.size() % k != 0 || cells.size() > copies * k) {
                List<Cell> aligned = TableCells.aligned(paragraphs.get(h), header, p, cells);
                if (aligned == null || aligned.size() != copies * k) {
                    break;
                }
                cells = aligned; // 7  湖北省黄冈市红安县  (备注 blank)  8  湖南省湘潭市韶山市  第2次
            }
            List<ListRows.Item> items = new ArrayList<>();
            for (int from = 0; from < cells.size(); from += k) {
                List<Cell> row = cells.subList(from, from + k);
                if (row.stream().allMatch(c -> c.text().isEmpty())) {
                    continue; // the last row's second half, left empty
                }
                List<ListRows.Item> found = items(row, roles, p.start(), places, hint, footnotes);
                if (found == null) {
                    return last;
                }
                if (!withheld(row, roles)) {
                    items.addAll(found);
                }
            }
            listed.set(i, items);
            taken[i] = true;
            taken[h] = true;
            last = i;
        }
        return last;
    }

    /**
     * True when the blank cells of a row read by where its cells stand are only in columns a row may leave blank: notes,
     * figures and counts (not the row's number, its place or its parent, which a row prints once for several).
     */
    private static boolean blanksOnlyIn(List<Cell> row, List<String> roles) {
        for (int k = 0; k < row.size(); k++) {
            String role = roles.get(k);
            if (row.get(k).text().isEmpty() && !role.equals("note") && !role.equals("figures") && !role.equals("count")) {
                return false;
            }
        }
        return true;
    }

    /** True when {@code text} holds a digit, ASCII or full-width. */
    static boolean holdsDigit(String text) {
        for (int k = 0; k < text.length(); k++) {
            if (Character.isDigit(text.charAt(k))) {
                return true;
            }
        }
        return false;
    }

    /** Words of a table's total row in its first cell ({@code total-words.txt}: 合计, 总计). */
    static final dev.laurel.parsers.commendation.text.Lexicon TOTALS =
            dev.laurel.parsers.commendation.text.Lexicon.load("total-words.txt");

    /** The first cell of {@code row} holding text, squeezed and simplified (a subtotal row starts with an empty cell). */
    private static String firstFilled(List<Cell> row) {
        for (Cell c : row) {
            String t = TraditionalToSimplified.toSimplified(squeeze(c.text()));
            if (!t.isEmpty()) {
                return t;
            }
        }
        return "";
    }

    /** True when {@code cell} ends with a word of {@code total-words.txt} tagged subtotal (小计, 成都市小计). */
    private static boolean subtotal(String cell) {
        for (String w : TOTALS.words()) {
            if ("subtotal".equals(TOTALS.tag(w)) && cell.endsWith(w)) {
                return true;
            }
        }
        return false;
    }

    /** Rows with their cells on one line after the header line at {@code h}; returns the last line taken. */
    /** True when a line is a table's header row of its own (序号　设区市　县（市、区）). */
    private static boolean headerRow(Paragraph p) {
        List<Cell> cells = TableCells.of(p);
        return cells.size() >= 2 && TableHeaders.roles(cells.stream().map(Cell::text).toList()) != null;
    }

    /**
     * True when a line opens a table of places: its header row, or the row number's heading alone on its line (序号, a
     * table one cell a line). A place's line right above one heads its part of the list (宜宾市 / 序号 / 县（市） / …),
     * no section of its own.
     */
    public static boolean opensTable(Paragraph p) {
        return headerRow(p) || "index".equals(TableHeaders.role(p.text().strip()));
    }

    private static int rowsOnLines(List<Paragraph> paragraphs, int h, List<Cell> header, List<String> roles, Places places, String hint,
                                   boolean[] taken, List<List<ListRows.Item>> listed, Footnotes footnotes,
                                   List<RowFigures> figures) {
        int last = h;
        List<Cell> previous = null; // the last row read
        boolean groupWithheld = false; // under a group row saying its places were not honoured (三、暂缓确认)
        CountPhrase groupCount = null; // the count a group row gives its rows (二、连续三次获得命名的城市（5个）)
        for (int i = h + 1; i < paragraphs.size(); i++) {
            Paragraph p = paragraphs.get(i);
            if (i == h + 1 && isRule(p.text())) {
                taken[i] = true; // |---|---| under a header written as a Markdown table
                last = i;
                continue;
            }
            if (pageFurniture(p.text())) {
                taken[i] = true; // a gazette's running head and page number between two pages' rows: the table goes on
                continue;
            }
            List<Cell> row = TableCells.of(p);
            if (row.size() < roles.size() && header.size() == roles.size()) {
                List<Cell> aligned = TableCells.aligned(paragraphs.get(h), header, p, row);
                row = aligned != null && blanksOnlyIn(aligned, roles) ? aligned : row; // 4  洛阳市  嵩县  62.7  (投入, 备注 blank)
            }
            List<Cell> raw = row;
            if (row.size() == 1 && isGroupRow(p.text()) && i + 1 < paragraphs.size() && headerRow(paragraphs.get(i + 1))) {
                break; // 二、…实践创新基地名单 above a header of its own: the title of the next table, not a group of this one
            }
            if (row.size() == 1 && isGroupRow(p.text()) && i + 1 < paragraphs.size() && TableCells.of(paragraphs.get(i + 1)).size() > 1) {
                taken[i] = true; // 一、新命名国家园林城市（12个）: a row across the table heading the rows under it
                groupWithheld = RosterReader.WITHHELD.occursIn(TraditionalToSimplified.toSimplified(p.text()));
                groupCount = ListRows.headCount(p.text());
                last = i;
                continue;
            }
            int province = roles.indexOf("province");
            if (row.size() == roles.size() - 2 && province >= 0 && previous != null
                    && roles.get(roles.size() - 1).equals("note")) {
                List<Cell> both = new ArrayList<>(row); // 3\t\t进贤县\t第2次\t: the spanned parent and the empty note
                both.add(province, previous.get(province));
                both.add(new Cell("", p.text().length()));
                if (items(both, roles, p.start(), places, hint, footnotes) != null && liesIn(both, roles, province, places, hint)) {
                    row = both;
                }
            }
            if (row.size() == roles.size() - 1) {
                List<Cell> spanned = null; // a province cell spanning several rows (rowspan) is written once
                if (province >= 0 && previous != null) {
                    spanned = new ArrayList<>(row);
                    spanned.add(province, previous.get(province));
                }
                List<Cell> trimmed = null; // １　河北　承德市　３　: an empty last note cell, trimmed with the line
                if (roles.get(roles.size() - 1).equals("note") || roles.get(roles.size() - 1).equals("figures")) {
                    trimmed = new ArrayList<>(row);
                    trimmed.add(new Cell("", p.text().length()));
                }
                // the trimmed note unless its name is no place and the span's name lies in the spanned cell's place
                // (2　五常市　复查合格 under 哈尔滨市; not 11　怀化市　麻阳苗族自治 / 县 under 郴州市, a wrapped name)
                boolean trimmedReads = trimmed != null && items(trimmed, roles, p.start(), places, hint, footnotes) != null;
                row = trimmedReads || spanned == null || !liesIn(spanned, roles, province, places, hint)
                        ? (trimmed != null ? trimmed : row) : spanned;
            }
            if (!roles.contains("name")) { // a table of units below the places (乡镇): its rows are taken, nothing is listed
                if (row.size() != roles.size() || !isUnitRow(row, roles)) {
                    break;
                }
                taken[i] = true;
                last = i;
                continue;
            }
            List<Cell> completed = row.size() == 1 && last == i - 1 && previous != null
                    && row.get(0).text().length() <= MAX_WRAPPED_REST
                    ? completed(previous, row.get(0).text().strip(), places, hint) : null;
            if (completed != null) {
                taken[i] = true; // 12  湘西土家族  凤凰县  3 / 苗族自治州: the rest of a cell of the row above, wrapped alone
                last = i;
                previous = completed; // the whole parent spans the rows below it (2 \t\t 琿春市 under 延邊朝鮮族 / 自治州)
                continue;
            }
            List<ListRows.Item> several = row.size() == roles.size() ? items(row, roles, p.start(), places, hint, footnotes) : null;
            ListRows.Item item = several == null ? null : several.get(0);
            previous = item != null ? row : previous;
            int end = i;
            List<Cell> full = row;
            int parent = roles.indexOf("province");
            if (raw.size() == roles.size() - 1 && parent >= 0 && previous != null) {
                full = new ArrayList<>(raw); // 6  (承德市)  圍場滿族蒙古族自治  新命名  … / 縣  佔比較大: under a spanned parent
                full.add(parent, previous.get(parent));
            }
            if (item == null && i + 1 < paragraphs.size()) {
                Paragraph next = paragraphs.get(i + 1);
                item = row.size() == roles.size() ? nameWrappedAlone(row, roles, p, next, places, hint, footnotes) : null;
                if (item == null && full != row && full.size() == roles.size()) {
                    item = nameWrappedAlone(full, roles, p, next, places, hint, footnotes);
                }
                if (item != null) { // 11  怀化市  靖州苗族侗族  2  连续 / 自治县
                    several = List.of(item);
                    previous = row;
                    end = i + 1;
                }
            }
            if (item == null && i + 1 < paragraphs.size()) { // 6  清原满族自 / 治县  第五次: a row wrapped inside a cell
                Paragraph next = paragraphs.get(i + 1);
                List<Cell> joined = TableCells.of(new Paragraph(p.index(), p.start(), next.end(), p.text() + next.text()));
                if (joined.size() == roles.size() - 1 && parent >= 0 && previous != null) {
                    joined = new ArrayList<>(joined); // 4\t\t达尔罕茂明安 / 联合旗\t连续第四次: wrapped under a spanned parent
                    joined.add(parent, previous.get(parent));
                }
                item = joined.size() == roles.size() ? item(joined, roles, 0, places, hint, footnotes) : null;
                if (item != null) {
                    item = new ListRows.Item(WrappedRows.onLines(item.place(), p, next), item.times(), item.kind(), item.noted(),
                            item.honour());
                    end = i + 1;
                    previous = joined; // its parent cell spans the rows below it (11\t\t扎兰屯市 under 呼伦贝尔市)
                }
            }
            if (item == null) {
                String first = firstFilled(raw);
                if (subtotal(first)) {
                    taken[i] = true; // 成都市 小计  2: a group's subtotal row inside the table, which goes on
                    last = i;
                    continue;
                }
                if (TOTALS.words().contains(first)) {
                    taken[i] = true; // 合计  15  新认定11个，复查4个: the table's total row, no place's and no figure
                    last = i;
                }
                break;
            }
            List<ListRows.Item> items = several != null ? several : List.of(item);
            if (groupCount != null) {
                CountPhrase said = groupCount;
                items = items.stream().map(x -> x.times() != null ? x
                        : new ListRows.Item(x.place(), said.times(), said.kind())).toList();
            }
            listed.set(i, groupWithheld || withheld(row, roles) ? List.of() : items); // 暂缓命名
            if (row.size() == roles.size() && listed.get(i).size() == 1) {
                RowFigures found = rowFigures(p, row, paragraphs.get(h), header, roles);
                figures.set(i, found.isEmpty() ? null : found);
            }
            for (int t = i; t <= end; t++) {
                taken[t] = true;
            }
            last = end;
            i = end;
        }
        if (last > h) {
            taken[h] = true;
        }
        return last;
    }

    /**
     * The figures of a row of one place on one line under a header line of as many cells: its figures column's cell
     * (浏阳市  连续第三次  森林覆盖率67.2%) when it holds a digit, and its notes that are one figure with its unit (1860万元
     * under 拥军优属投入) or a bare number whose heading gives its unit (永泰县  福州市文化和旅游局  92.4 under 验收得分（分）),
     * labelled by their headings.
     */
    private static RowFigures rowFigures(Paragraph p, List<Cell> row, Paragraph headerLine, List<Cell> header,
                                         List<String> roles) {
        List<Paragraph> cells = new ArrayList<>();
        List<HeadedCell> headed = new ArrayList<>();
        List<String> headings = header.stream().map(Cell::text).toList();
        for (int c = 0; c < row.size(); c++) {
            Cell cell = row.get(c);
            int start = p.start() + cell.start();
            Paragraph at = new Paragraph(p.index(), start, start + cell.text().length(), cell.text());
            if (roles.get(c).equals("figures") && holdsDigit(cell.text())) {
                cells.add(at);
            } else if (roles.get(c).equals("note") && header.size() == row.size() && deedCell(cell.text())) {
                // 1860万元 under 拥军优属投入, 99.1% under 生活垃圾无害化处理率: the heading says what the figure counts
                headed.add(HeadedCell.withOwnUnit(at, headerLine, headerLine.start() + header.get(c).start(), headings.get(c)));
            } else if (roles.get(c).equals("note") && header.size() == row.size()) {
                HeadedCell h = HeadedCell.under(at, headerLine, headerLine.start() + header.get(c).start(), headings.get(c),
                        headings, true);
                if (h != null) {
                    headed.add(h);
                }
            }
        }
        return new RowFigures(List.copyOf(cells), List.copyOf(headed));
    }

    /**
     * True when a note cell is one figure of a deed with its unit (1860万元, 326人, 99.1%): no ordinal or honour count (第四届,
     * 连续第三次) and no span of time or rounds (整改期限 1年; {@code count-units.txt}).
     */
    static boolean deedCell(String text) {
        dev.laurel.text.Quantity q = dev.laurel.parsers.commendation.text.LoneFigure.of(text);
        return isFigure(q) && q.category() != dev.laurel.model.UnitCategory.TIME;
    }

    /** True for one figure with its unit that is no count of an honour's rounds (次, 届, 批: {@code count-units.txt}). */
    static boolean isFigure(dev.laurel.text.Quantity q) {
        return q != null && (q.kind() == dev.laurel.text.QuantityKind.NUMBER || q.kind() == dev.laurel.text.QuantityKind.PERCENT)
                && !ROUNDS.words().contains(q.unit());
    }

    /** Units of an honour's rounds ({@code count-units.txt}): cells in them are no deeds. */
    private static final dev.laurel.parsers.commendation.text.Lexicon ROUNDS =
            dev.laurel.parsers.commendation.text.Lexicon.load("count-units.txt");

    /** The longest end of a name wrapped onto the next line before the ends of later cells (縣, 自治縣). */
    private static final int MAX_WRAPPED_NAME_END = 3;

    /** The longest row read as a group's row across a table. */
    private static final int MAX_GROUP_ROW = 40;

    /** A row across a table heading a group of its rows: numbered (一、…) or stating its size (…（12个）). */
    private static boolean isGroupRow(String line) {
        String t = line.strip();
        if (t.isEmpty() || t.length() > MAX_GROUP_ROW) {
            return false;
        }
        return Layout.mayStartNumbering(t.charAt(0)) && Layout.NUMBERING.matcher(t).lookingAt()
                || ListRows.statesSize(t) || ListRows.isGroupHead(t); // 地级以上城市 above its rows
    }

    /**
     * {@code row} with the cell {@code rest} completes into a place (湘西土家族 + 苗族自治州), {@code rest} being none alone;
     * null when it completes none.
     */
    private static List<Cell> completed(List<Cell> row, String rest, Places places, String hint) {
        if (rest.isEmpty() || places.whole(rest, hint) != null) {
            return null;
        }
        for (int k = 0; k < row.size(); k++) {
            Cell c = row.get(k);
            if (places.whole(c.text().strip() + rest, hint) != null) {
                List<Cell> out = new ArrayList<>(row);
                out.set(k, new Cell(c.text().strip() + rest, c.start()));
                return out;
            }
        }
        return null;
    }

    /**
     * The item of a row whose name cell goes on alone on the next line (靖州苗族侗族 / 自治县, the row's other cells on the
     * first line), with the span of the name over both lines; null when the joined name is no place or the next line holds
     * more than one cell.
     */
    private static ListRows.Item nameWrappedAlone(List<Cell> row, List<String> roles, Paragraph p, Paragraph next,
                                                  Places places, String hint, Footnotes footnotes) {
        List<Cell> rest = TableCells.of(next);
        int name = roles.indexOf("name");
        if (rest.isEmpty() || name < 0 || rest.size() > 1 && rest.get(0).text().strip().length() > MAX_WRAPPED_NAME_END) {
            return null; // the name's end alone, or a short end before the rest of a later cell (縣  佔比較大)
        }
        Cell head = row.get(name);
        List<Cell> whole = new ArrayList<>(row);
        whole.set(name, new Cell(head.text() + rest.get(0).text(), head.start()));
        ListRows.Item joined = item(whole, roles, 0, places, hint, footnotes);
        if (joined == null || !joined.place().known()) {
            return null; // 新命名 + 縣 is no place the gazetteer knows: a note's cell, not a name's
        }
        int split = head.start() + head.text().length(); // where the name goes on to the next line
        PlaceRef at = joined.place();
        int chain = at.chainStart() < split ? p.start() + at.chainStart() : next.start() + rest.get(0).start() + at.chainStart() - split;
        int start = at.start() < split ? p.start() + at.start() : next.start() + rest.get(0).start() + at.start() - split;
        int end = at.end() <= split ? p.start() + at.end() : next.start() + rest.get(0).start() + at.end() - split;
        return new ListRows.Item(new PlaceRef(at.name(), chain, start, end, at.province(), at.region(), at.candidates()),
                joined.times(), joined.kind(), joined.noted());
    }

    /** The flags of an honour's column saying a row's place has it (√) or has not (—). */
    private static final java.util.Set<String> YES = java.util.Set.of("√", "✓", "✔", "是", "○", "●");
    private static final java.util.Set<String> NO = java.util.Set.of("—", "-", "－", "–", "——", "×", "✗", "否", "无", "/");

    /**
     * Rows flattened to one cell per line after the {@code headerLines} lines of the header at {@code h}; returns the
     * last line taken. A name cell wrapped over two lines (长白朝鲜族自 / 治县) is read as one when only the two lines
     * together name a place. With {@code figures} and a line to each heading, a row's bare numbers under a heading that
     * gives their unit (38.6 under 投入资金（亿元）) are its place's figures.
     */
    private static int rowsOfCells(List<Paragraph> paragraphs, int h, int headerLines, List<String> roles, Places places,
                                   String hint, boolean[] taken, List<List<ListRows.Item>> listed, Footnotes footnotes,
                                   List<RowFigures> figures) {
        int k = roles.size();
        int nameRole = roles.indexOf("name");
        int provinceRole = roles.indexOf("province");
        List<Cell> previousRow = null;
        int last = h + headerLines - 1;
        int rows = 0;
        int i = h + headerLines;
        while (i + k <= paragraphs.size()) {
            List<Cell> row = new ArrayList<>(k);
            Paragraph[] cellLines = new Paragraph[k]; // the line of each cell that is one line as it is
            int line = i;
            int nameLine = -1;
            boolean wrapped = false;
            List<Paragraph> more = new ArrayList<>(); // a cell listing several places: 荆门市、 / 咸宁市
            for (int c = 0; c < k && line < paragraphs.size(); c++, line++) {
                Paragraph p = paragraphs.get(line);
                if (pageFurniture(p.text())) {
                    c--; // 云南省人民政府公报 / — 17 —: a page's running head and number between cells, no cell
                    continue;
                }
                if (c == provinceRole && previousRow != null && places.province(squeeze(p.text())) == null
                        && places.province(squeeze(previousRow.get(c).text())) != null
                        && places.whole(p.text().strip(), hint) != null) {
                    row.add(previousRow.get(c)); // 3 / 百色市 / 2020 under 2 / 广西 / 梧州市: a merged province cell
                    // (a column of provinces only: 呼和浩特市 in a column of parents is a cell of its own)
                    line--;
                    continue;
                }
                if (c == provinceRole && line + 1 < paragraphs.size()
                        && places.whole(paragraphs.get(line + 1).text().strip(), hint) == null) {
                    String joined = squeeze(p.text()) + squeeze(paragraphs.get(line + 1).text());
                    PlaceRef province = joined.length() <= MAX_CELL ? places.whole(joined, hint) : null;
                    if (province != null && parentKind(province.kind())) {
                        // 广西壮族 / 自治区, 恩施土家族苗 / 族自治州: a parent's cell wrapped over two lines
                        row.add(new Cell(joined, p.start()));
                        line++;
                        continue;
                    }
                }
                if (c == nameRole && endsInListMark(p.text())) {
                    nameLine = line;
                    for (Paragraph q = p; endsInListMark(q.text()) && line + 1 < paragraphs.size()
                            && more.size() < MAX_NAMES_IN_CELL; ) {
                        Paragraph next = paragraphs.get(line + 1);
                        if (places.whole(withoutListMark(next.text()), hint) == null) {
                            break;
                        }
                        more.add(next);
                        line++;
                        q = next;
                    }
                    row.add(new Cell(withoutListMark(p.text()), p.start()));
                    continue;
                }
                if (c == nameRole) {
                    nameLine = line;
                    if (line + 1 < paragraphs.size() && places.whole(p.text(), hint) == null) {
                        String joined = p.text() + paragraphs.get(line + 1).text();
                        if (joined.length() <= MAX_CELL && places.whole(joined, hint) != null) {
                            row.add(new Cell(joined, 0)); // offsets of the joined text, mapped back by WrappedRows.onLines
                            wrapped = true;
                            line++;
                            continue;
                        }
                    }
                }
                if (c != nameRole && line + 1 < paragraphs.size() && opensBracket(p.text())
                        && closesBracket(paragraphs.get(line + 1).text())
                        && p.text().strip().length() + paragraphs.get(line + 1).text().strip().length() <= MAX_CELL) {
                    // 通过复审（继续保 / 留称号）: a cell whose bracket closes on the next line is one cell
                    row.add(new Cell(p.text().strip() + paragraphs.get(line + 1).text().strip(), p.start()));
                    line++;
                    continue;
                }
                cellLines[row.size()] = p;
                row.add(new Cell(p.text(), p.start()));
            }
            if (row.size() < k) {
                break;
            }
            if (nameRole < 0) { // a table of units below the places (乡镇): its rows are taken, nothing is listed
                if (!isUnitRow(row, roles)) {
                    break;
                }
                for (int t = i; t < line; t++) {
                    taken[t] = true;
                }
                rows++;
                last = line - 1;
                i = line;
                continue;
            }
            ListRows.Item item = item(row, roles, 0, places, hint, footnotes);
            if (item == null) {
                break;
            }
            previousRow = row;
            if (wrapped) {
                item = new ListRows.Item(WrappedRows.onLines(item.place(), paragraphs.get(nameLine), paragraphs.get(nameLine + 1)),
                        item.times(), item.kind(), item.noted());
            }
            List<ListRows.Item> items = new ArrayList<>(List.of(item));
            for (Paragraph q : more) {
                List<Cell> other = new ArrayList<>(row);
                other.set(nameRole, new Cell(withoutListMark(q.text()), q.start()));
                ListRows.Item also = item(other, roles, 0, places, hint, footnotes);
                if (also != null) {
                    items.add(also);
                }
            }
            listed.set(nameLine, List.copyOf(items));
            if (figures != null && headerLines == k && items.size() == 1) {
                List<HeadedCell> headed = headedCells(paragraphs.subList(h, h + k), roles, cellLines);
                List<Paragraph> cells = figureCells(roles, cellLines); // 主要成效 / 建成区绿地率38.2%，…
                figures.set(nameLine, headed.isEmpty() && cells.isEmpty() ? null : new RowFigures(cells, headed));
            }
            for (int t = i; t < line; t++) {
                taken[t] = true;
            }
            rows++;
            last = line - 1;
            i = line;
        }
        if (rows == 0) {
            return h;
        }
        for (int c = 0; c < headerLines; c++) {
            taken[h + c] = true;
        }
        return last;
    }

    /** The cells of a row flattened to one cell per line under a figures column's heading that hold a digit. */
    private static List<Paragraph> figureCells(List<String> roles, Paragraph[] cellLines) {
        List<Paragraph> out = new ArrayList<>();
        for (int c = 0; c < roles.size(); c++) {
            if (cellLines[c] != null && roles.get(c).equals("figures") && holdsDigit(cellLines[c].text())) {
                out.add(cellLines[c]);
            }
        }
        return List.copyOf(out);
    }

    /**
     * The cells of a row flattened to one cell per line that are bare numbers under a note's heading giving their unit
     * (38.6 under 投入资金（亿元）), each labelled by its heading; {@code header} has a line to each column.
     */
    private static List<HeadedCell> headedCells(List<Paragraph> header, List<String> roles, Paragraph[] cellLines) {
        List<String> headings = header.stream().map(Paragraph::text).toList();
        List<HeadedCell> out = new ArrayList<>();
        for (int c = 0; c < roles.size(); c++) {
            Paragraph heading = header.get(c);
            HeadedCell h = cellLines[c] == null || !roles.get(c).equals("note") ? null
                    : HeadedCell.under(cellLines[c], heading, heading.start(), heading.text(), headings, true);
            if (h != null) {
                out.add(h);
            }
        }
        return List.copyOf(out);
    }

    /**
     * True when a line inside a table is the page's furniture ({@link Furniture}: a gazette's running head, a page's number
     * between dashes) printed where a PDF's page breaks, not a cell: short, and no row's number (12).
     */
    static boolean pageFurniture(String text) {
        return text.length() <= Furniture.MAX_INNER_LINE && !isIndex(text)
                && Furniture.is(TraditionalToSimplified.toSimplified(text));
    }

    /** True for the kinds of place a parent's column holds: provinces and the prefecture-level places under them. */
    private static boolean parentKind(dev.laurel.model.RegionKind kind) {
        return switch (kind) {
            case PROVINCE, MUNICIPALITY, PREFECTURE_CITY, AUTONOMOUS_PREFECTURE, LEAGUE -> true;
            default -> false;
        };
    }

    /** True when a line opens a bracket it does not close (通过复审（继续保). */
    private static boolean opensBracket(String text) {
        int open = Math.max(text.lastIndexOf('（'), text.lastIndexOf('('));
        return open >= 0 && text.indexOf('）', open) < 0 && text.indexOf(')', open) < 0;
    }

    /** True when a line closes a bracket it did not open (留称号）). */
    private static boolean closesBracket(String text) {
        int close = Math.max(text.indexOf('）'), text.indexOf(')'));
        if (close < 0) {
            return false;
        }
        String before = text.substring(0, close);
        return before.indexOf('（') < 0 && before.indexOf('(') < 0;
    }

    /** Most places one name cell lists over its lines (荆门市、 / 咸宁市). */
    private static final int MAX_NAMES_IN_CELL = 8;

    private static boolean endsInListMark(String text) {
        String t = text.strip();
        return !t.isEmpty() && "、，,".indexOf(t.charAt(t.length() - 1)) >= 0;
    }

    /** {@code text} without the list mark (、，,) and blanks at its end; offsets of what is left are unchanged. */
    private static String withoutListMark(String text) {
        int end = text.length();
        while (end > 0 && ("、，,".indexOf(text.charAt(end - 1)) >= 0 || Character.isWhitespace(text.charAt(end - 1)))) {
            end--;
        }
        return text.substring(0, end);
    }

    /** The place a row lists, with its count; null when its name cell is not a place. */
    static ListRows.Item item(List<Cell> row, List<String> roles, int offset, Places places, String hint,
                                       Footnotes footnotes) {
        String province = hint;
        CountPhrase times = null;
        boolean consecutive = false;
        boolean reviewed = false; // a note cell saying the place kept its title (复查确认)
        CountPhrase streakNoted = null; // the count a note cell opens with, which may call the count column's a streak
        String honour = null; // the row's honour in a table of several (荣誉名称)
        Cell name = null;
        for (int c = 0; c < roles.size(); c++) {
            Cell cell = row.get(c);
            switch (roles.get(c)) {
                case "name" -> name = cell;
                case "province" -> {
                    String found = places.province(squeeze(cell.text()));
                    province = found != null ? found : province;
                }
                case "count" -> {
                    String t = cell.text().strip();
                    String mark = FootnoteMarks.endingAt(t, 1, t.length()); // 8*: a count marked for a 说明
                    times = count(mark == null ? t : t.substring(0, t.length() - mark.length()));
                    consecutive |= mark != null && times != null && footnotes.streak(mark); // 标“*”的为连续获得命名
                }
                case "note" -> {
                    String note = unbracketed(TraditionalToSimplified.toSimplified(squeeze(cell.text()))); // （首次）
                    String closing = closingBracket(note);
                    String bare = closing == null ? note : note.substring(0, note.length() - closing.length() - 2);
                    if (times == null && bare.length() <= MAX_NOTE_COUNT) { // 第二次（通过复核）: what stands before it
                        times = CountPhrase.startOf(bare); // a 备注 of 连续七届, 第三次, 首次 is the count
                        times = times != null ? times : footnotes.count(bare); // 新命名, which a 说明 says is 首次
                    }
                    if (times == null && closing != null && closing.length() <= MAX_NOTE_COUNT) {
                        times = CountPhrase.startOf(closing); // 复查确认保留（连续第三届）, 新命名（首次）: the bracket says it
                    }
                    consecutive |= note.equals("连续"); // 命名次数 3, 备注 连续
                    streakNoted = streakNoted != null ? streakNoted : CountPhrase.startOf(note); // 获评次数 5, 备注 连续五届
                    reviewed |= ListRows.REVIEWED.occursIn(note);
                }
                case "honour" -> honour = TraditionalToSimplified.toSimplified(squeeze(cell.text()));
                case "streak" -> {
                    String streak = TraditionalToSimplified.toSimplified(squeeze(cell.text()));
                    consecutive |= streak.equals("是") || streak.equals("连续"); // 是否连续: 是
                }
                case "index" -> {
                    if (!isIndex(cell.text())) {
                        return null; // 附件2：… joined to the next table's header is no row
                    }
                }
                default -> {
                }
            }
        }
        if (name == null || name.text().strip().isEmpty() || name.text().length() > MAX_CELL) {
            return null;
        }
        String written = name.text().strip();
        PlaceRef place = places.whole(written, province);
        if (place == null) {
            return null;
        }
        int at = offset + name.start() + name.text().indexOf(written);
        consecutive |= times != null && streakNoted != null && streakNoted.kind() == TimesKind.CONSECUTIVE
                && streakNoted.times() == times.times();
        if (times != null && consecutive && times.times() > 1) {
            times = new CountPhrase(times.times(), TimesKind.CONSECUTIVE);
        }
        return new ListRows.Item(place.shift(at), times == null ? null : times.times(), times == null ? null : times.kind(),
                times == null && reviewed, honour);
    }

    /** A note without the brackets around it (（首次） → 首次, 【蝉联】 → 蝉联), or the note as it is. */
    /** What a bracket closing {@code note} after some text holds (复查确认保留（六连冠）: 六连冠), or null. */
    private static String closingBracket(String note) {
        int n = note.length();
        if (n < 3 || "）)".indexOf(note.charAt(n - 1)) < 0) {
            return null;
        }
        int open = Math.max(note.lastIndexOf('（'), note.lastIndexOf('('));
        return open > 0 && open < n - 2 ? note.substring(open + 1, n - 1) : null;
    }

    private static String unbracketed(String note) {
        if (note.length() > 2 && "（(【[".indexOf(note.charAt(0)) >= 0 && "）)】]".indexOf(note.charAt(note.length() - 1)) >= 0) {
            return note.substring(1, note.length() - 1);
        }
        return note;
    }

    /**
     * True when a row of a table of units is one: its index cell an index, its unit cell a short text (石洞镇). The
     * units are below the places these honours name, so no row is listed; the table's lines are only kept from being
     * read as lists of their parents.
     */
    private static boolean isUnitRow(List<Cell> row, List<String> roles) {
        for (int c = 0; c < roles.size(); c++) {
            String text = row.get(c).text().strip();
            if (roles.get(c).equals("index") && !isIndex(text)
                    || roles.get(c).equals("unit") && (text.isEmpty() || text.length() > MAX_CELL)) {
                return false;
            }
        }
        return true;
    }

    /** An index cell: 12, １２, 12., 十二, 十二、. */
    static boolean isIndex(String cell) {
        String s = squeeze(cell);
        if (!s.isEmpty() && ".、．".indexOf(s.charAt(s.length() - 1)) >= 0) {
            s = s.substring(0, s.length() - 1);
        }
        if (s.isEmpty() || s.length() > 4) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!(c >= '0' && c <= '9') && !(c >= '０' && c <= '９') && "一二三四五六七八九十百".indexOf(c) < 0) {
                return false;
            }
        }
        return true;
    }

    /** The longest note cell read as a count (连续七届, 第三次); longer notes are remarks. */
    private static final int MAX_NOTE_COUNT = 8;

    /** True when a note cell of {@code row} says its place was not honoured this round (暂缓命名（整改后复核）). */
    static boolean withheld(List<Cell> row, List<String> roles) {
        boolean flagged = false;
        boolean denied = false;
        for (int c = 0; c < roles.size() && c < row.size(); c++) {
            if (roles.get(c).equals("flag")) {
                String flag = squeeze(row.get(c).text());
                flagged |= YES.contains(flag);
                denied |= NO.contains(flag);
            }
        }
        if (denied && !flagged) {
            return true; // 县 | 国家卫生县城 — : the row's place has not the honour
        }
        for (int c = 0; c < roles.size() && c < row.size(); c++) {
            if (roles.get(c).equals("note")
                    && RosterReader.WITHHELD.occursIn(TraditionalToSimplified.toSimplified(row.get(c).text()))) {
                return true;
            }
        }
        return false;
    }

    /** True when the name cell of {@code row} is a place inside the place of its province cell (a parent's column). */
    private static boolean liesIn(List<Cell> row, List<String> roles, int province, Places places, String hint) {
        int name = roles.indexOf("name");
        PlaceRef parent = places.whole(squeeze(row.get(province).text()), hint);
        PlaceRef child = name < 0 ? null : places.whole(squeeze(row.get(name).text()), hint);
        return parent != null && child != null && parent.region() != null && child.region() != null
                && child.region().isWithin(parent.region());
    }

    /** A count cell (or a list's bracketed note): 5, ５, 五, 7次, 首次; null for anything else. */
    static CountPhrase count(String cell) {
        String s = TraditionalToSimplified.toSimplified(squeeze(cell));
        String number = s.endsWith("次") ? s.substring(0, s.length() - 1) : s;
        if (!number.isEmpty() && number.length() <= 4) {
            Optional<BigDecimal> v = ChineseNumerals.tryParse(number);
            if (v.isPresent() && v.get().signum() > 0 && v.get().stripTrailingZeros().scale() <= 0
                    && v.get().compareTo(BigDecimal.valueOf(100)) < 0) {
                return new CountPhrase(v.get().intValue(), TimesKind.TOTAL); // 7, 七, 7次
            }
        }
        if (s.length() > MAX_NOTE_COUNT) {
            return null;
        }
        CountPhrase phrase = CountPhrase.startOf(s); // 首次, 第七次, 连续三次, 三连冠
        if (phrase != null && phrase.times() > 1 && STREAK_NOTE.matcher(s).find()) {
            return new CountPhrase(phrase.times(), TimesKind.CONSECUTIVE); // 第7次（连续）: the cell's own note
        }
        return phrase;
    }

    /** A bracketed note in a count's cell saying the count is a streak: 第7次（连续）, 第4次(连续获得). */
    private static final java.util.regex.Pattern STREAK_NOTE = java.util.regex.Pattern.compile("[（(]连续");

    /** Between the names of one cell (宁德市、漳州市). */
    private static final String CELL_SEPARATORS = "、，,；;";

    /**
     * The places a row lists: its name cell may hold several names (宁德市、漳州市), each with a footnote mark after it
     * (宁德市*) that is read past; null when a name is not a place.
     */
    private static List<ListRows.Item> items(List<Cell> row, List<String> roles, int offset, Places places, String hint,
                                             Footnotes footnotes) {
        int nameRole = roles.indexOf("name");
        Cell cell = row.get(nameRole);
        List<ListRows.Item> out = new ArrayList<>();
        String t = cell.text();
        int i = 0;
        while (i < t.length()) {
            int start = i;
            while (i < t.length() && CELL_SEPARATORS.indexOf(t.charAt(i)) < 0) {
                i++;
            }
            int end = i;
            String marked = null;
            for (String mark; end > start && (mark = FootnoteMarks.endingAt(t, start, end)) != null; ) {
                end -= mark.length();
                marked = mark;
            }
            if (t.substring(start, end).isBlank()) {
                return null; // 、、 or a mark alone: not a list of names
            }
            List<Cell> one = new ArrayList<>(row);
            one.set(nameRole, new Cell(t.substring(start, end), cell.start() + start));
            ListRows.Item item = item(one, roles, offset, places, hint, footnotes);
            if (item == null) {
                return null;
            }
            CountPhrase said = marked != null && item.times() == null ? footnotes.count(marked) : null;
            out.add(said == null ? item : new ListRows.Item(item.place(), said.times(), said.kind(), false, item.honour()));
            i++;
        }
        return out.isEmpty() ? null : List.copyOf(out);
    }

    /** A line of dashes and bars only (|---|:---|): the rule under a Markdown table's header. */
    private static boolean isRule(String line) {
        int dashes = 0;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '-' || c == '—' || c == '－') {
                dashes++;
            } else if ("|｜: \t".indexOf(c) < 0) {
                return false;
            }
        }
        return dashes >= 3;
    }

    /** The text without spaces: 河 北 → 河北. */
    static String squeeze(String s) {
        int i = 0;
        while (i < s.length() && !isBlank(s.charAt(i))) {
            i++;
        }
        if (i == s.length()) {
            return s; // most cells hold no blank
        }
        StringBuilder b = new StringBuilder(s.length()).append(s, 0, i);
        for (; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!isBlank(c)) {
                b.append(c);
            }
        }
        return b.toString();
    }

    /** A blank: Java's whitespace, the ideographic space or a no-break space; chars between ' ' and U+1680 are none but U+00A0. */
    private static boolean isBlank(char c) {
        if (c > ' ' && c < '\u1680') {
            return c == '\u00A0';
        }
        return Character.isWhitespace(c) || c == '\u3000' || c == '\u00A0';
    }
}
