package dev.laurel.parsers.commendation.figures;

import dev.laurel.model.Metric;
import dev.laurel.model.SourceSpan;
import dev.laurel.parsers.commendation.layout.FigureBoxes;
import dev.laurel.parsers.commendation.layout.FigureHeadings;
import dev.laurel.parsers.commendation.layout.HeadedCell;
import dev.laurel.parsers.commendation.layout.StackedTables;
import dev.laurel.parsers.commendation.layout.TableCells;
import dev.laurel.parsers.commendation.mentions.PlaceRef;
import dev.laurel.parsers.commendation.mentions.Places;
import dev.laurel.parsers.commendation.text.Lexicon;
import dev.laurel.parsers.commendation.text.Paragraph;
import dev.laurel.text.Quantity;
import dev.laurel.text.QuantityScanner;
import dev.laurel.text.TraditionalToSimplified;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A table of the place's own figures, one row per figure (序号 / 指标名称 / 单位 / 2024年 / 2025年 / 2026年目标, then
 * {@code 1 城市生活垃圾无害化处理率 % 99.2 99.7 100}): each row's cell in the column of the latest year, read with the
 * unit of its row ({@code figure-table-headers.txt}), or the unit its label ends with in brackets where the table has
 * no unit column (指标 / 2020年 / 2023年, then {@code 地区生产总值（亿元） 286.4 352.7}). Earlier years' and targets'
 * columns are not read. A table comparing places has a column per place (指标 / 绵阳市 / 德阳市 / 国家园林城市标准, then
 * {@code 建成区绿地率（%） 38.6 37.2 ≥35}): each place's column gives its figures.
 */
public final class FigureTables {
    private static final Lexicon TARGETS = Lexicon.load("target-words.txt");
    private static final Lexicon COUNT_UNITS = Lexicon.load("count-units.txt");
    private static final QuantityScanner SCANNER = new QuantityScanner();
    /** A year heading (2025年, 2025年度, 2025年完成, 2026年目标) and what follows the year. */
    private static final Pattern YEAR = Pattern.compile("((?:19|20)[0-9]{2})年度?(.*)");
    /** A figure cell: a plain number, maybe with its unit (99.7, 4150, 99.7%). */
    private static final Pattern NUMBER = Pattern.compile("[0-9０-９]+(?:[.．][0-9０-９]+)?[%％]?");
    /** The fewest rows for a table. */
    private static final int MIN_ROWS = 2;

    private FigureTables() {
    }

    /**
     * A table found: the lines it takes (header and rows), the figures of its rows, and for each figure the official name
     * of the place whose column it stands in, in a table comparing places (null in a table of one place's figures).
     */
    public record Table(List<Paragraph> lines, List<Metric> metrics, List<String> owners) {
        /** True when the table compares places, a column each. */
        public boolean compares() {
            return owners.stream().anyMatch(java.util.Objects::nonNull);
        }

        /**
         * The figures of the place named {@code name} (its official name, in either script) in a table comparing places,
         * else all.
         */
        public List<Metric> metricsOf(String name) {
            if (!compares()) {
                return metrics;
            }
            String simplified = TraditionalToSimplified.toSimplified(name); // the owners' names are the gazetteer's
            List<Metric> out = new ArrayList<>();
            for (int i = 0; i < metrics.size(); i++) {
                if (simplified.equals(owners.get(i))) {
                    out.add(metrics.get(i));
                }
            }
            return out;
        }
    }

    /** Like {@link #find(String, List, Places, String)}, with no table comparing places. */
    public static List<Table> find(String source, List<Paragraph> body) {
        return find(source, body, null, null);
    }

    /**
     * The figure tables among {@code body}, in order; {@code source} is the text the paragraphs index. Rows whose cell is
     * no number, or whose unit the quantity engine cannot read, give no figure. A header's headings that are places
     * {@code places} knows (in {@code province}) make a table comparing them; null {@code places} reads none.
     */
    public static List<Table> find(String source, List<Paragraph> body, Places places, String province) {
        List<Table> out = new ArrayList<>();
        Map<Paragraph, List<Paragraph>> stacked = StackedTables.parts();
        body = StackedTables.fold(body, places, province, stacked); // 指标 / 朔州市 / 怀仁市 one cell a line: a line a row
        Paragraph over = null; // a header line over the places' header (指标 / 2025年底数值 / 2025年底数值 / 标准)
        for (int h = 0; h < body.size(); h++) {
            Paragraph header = body.get(h);
            if (!mayBeHeader(header.text())) {
                continue;
            }
            Columns columns = columns(TableCells.of(header), places, province);
            if (columns == null) {
                continue;
            }
            if (columns.places.isEmpty() && h + 1 < body.size() && mayBeHeader(body.get(h + 1).text())) {
                Columns next = columns(TableCells.of(body.get(h + 1)), places, province);
                if (next != null && !next.places.isEmpty()) {
                    over = header;
                    continue; // 指标 / 2025年底数值 (over both) / 标准, then 指标 / 绵阳市 / 德阳市 / 标准: the places' header is read
                }
            }
            List<Paragraph> lines = new ArrayList<>();
            if (over != null && h > 0 && body.get(h - 1) == over) {
                lines.add(over);
            }
            over = null;
            lines.add(header);
            List<Metric> metrics = new ArrayList<>();
            List<String> owners = new ArrayList<>();
            int r = h + 1;
            boolean unitless = false; // a row whose label names no unit where the labels give them
            for (; r < body.size(); r++) {
                Paragraph row = body.get(r);
                List<TableCells.Cell> cells = TableCells.of(row);
                if (cells.size() != columns.size) {
                    break;
                }
                unitless |= columns.labelUnits && HeadedCell.unitOf(cells.get(columns.label).text()) == null
                        && !ownUnits(cells, columns);
                lines.add(row);
                if (columns.places.isEmpty()) {
                    Metric m = metric(source, row, cells, columns);
                    if (m != null) {
                        metrics.add(m);
                        owners.add(null);
                    }
                }
                for (Map.Entry<Integer, PlaceRef> place : columns.places.entrySet()) {
                    Metric m = metric(source, row, cells, columns.valueAt(place.getKey()));
                    if (m != null) {
                        metrics.add(m);
                        owners.add(place.getValue().official().name());
                    }
                }
            }
            if (lines.size() - 1 - (lines.get(0) == header ? 0 : 1) >= MIN_ROWS && !unitless) {
                List<Paragraph> written = new ArrayList<>();
                lines.forEach(l -> written.addAll(stacked.getOrDefault(l, List.of(l))));
                out.add(new Table(List.copyOf(written), List.copyOf(metrics), java.util.Collections.unmodifiableList(owners)));
                h = r - 1;
            }
        }
        return places == null ? out : withBoxes(source, body, places, province, out);
    }

    /** {@code tables} with the boxes of figures among {@code body} that no table takes a line of, in text order. */
    private static List<Table> withBoxes(String source, List<Paragraph> body, Places places, String province,
                                         List<Table> tables) {
        List<FigureBoxes.Box> boxes = FigureBoxes.find(body, places, province);
        if (boxes.isEmpty()) {
            return tables;
        }
        Set<Paragraph> taken = lines(tables);
        List<Table> out = new ArrayList<>(tables);
        for (FigureBoxes.Box box : boxes) {
            if (box.lines().stream().anyMatch(taken::contains)) {
                continue;
            }
            List<Metric> metrics = new ArrayList<>();
            for (HeadedCell cell : box.figures()) {
                Metric m = headed(source, cell);
                if (m != null) {
                    metrics.add(m);
                }
            }
            if (!metrics.isEmpty()) { // 数说景东 / 建成区绿地率 / 36.8%: the box's figures, each labelled by its caption
                out.add(new Table(box.lines(), List.copyOf(metrics),
                        java.util.Collections.unmodifiableList(java.util.Collections.nCopies(metrics.size(), null))));
            }
        }
        out.sort(java.util.Comparator.comparingInt(t -> t.lines().get(0).start()));
        return out;
    }

    /**
     * {@code prose} (figures read from the text) with {@code tabled} (figures of tables and boxes) in text order, less the
     * prose figures that tell a tabled one again: the same value and unit, one label holding the other (42个 under
     * 建成民族团结进步示范村（社区） in a box, then 我县已建成民族团结进步示范村（社区）42个 in a caption): given once, as the table has it.
     */
    public static List<Metric> merged(List<Metric> prose, List<Metric> tabled) {
        if (tabled.isEmpty()) {
            return prose;
        }
        List<Metric> all = new ArrayList<>(prose.size() + tabled.size());
        for (Metric m : prose) {
            if (tabled.stream().noneMatch(t -> tellsAgain(m, t))) {
                all.add(m);
            }
        }
        all.addAll(tabled);
        all.sort(java.util.Comparator.comparingInt(m -> m.span().start()));
        return all;
    }

    /** True when {@code m} has {@code t}'s value and unit and a label holding or held by {@code t}'s. */
    private static boolean tellsAgain(Metric m, Metric t) {
        if (m.label() == null || t.label() == null || m.label().isEmpty() || t.label().isEmpty()
                || m.value().compareTo(t.value()) != 0 || !java.util.Objects.equals(m.unit(), t.unit())) {
            return false;
        }
        String a = TraditionalToSimplified.toSimplified(m.label());
        String b = TraditionalToSimplified.toSimplified(t.label());
        return a.contains(b) || b.contains(a);
    }

    /** The lines (headers and rows) of {@code tables}; empty when there is none. */
    public static Set<Paragraph> lines(List<Table> tables) {
        Set<Paragraph> out = null;
        for (Table t : tables) {
            out = out == null ? new HashSet<>() : out;
            out.addAll(t.lines());
        }
        return out == null ? Set.of() : out;
    }

    /** The longest header line (序号　指标名称　单位　2024年　2025年　2026年目标 and longer ones). */
    private static final int MAX_HEADER = 80;

    /**
     * A cheap test, one pass over the line: a line that may be a header, short and holding a char that splits cells (a
     * tab, an ideographic space, a bar, or two spaces); not a paragraph of prose indented with ideographic spaces.
     */
    private static boolean mayBeHeader(String t) {
        if (t.length() > MAX_HEADER) {
            return false;
        }
        boolean splits = false;
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            splits |= c == '\t' || c == '\u3000' || c == '|' || c == '｜' || c == ' ' && i + 1 < t.length() && t.charAt(i + 1) == ' ';
        }
        return splits;
    }

    /**
     * The columns a header names: its label, unit and value column (unit -1 when it has none, the value's heading then
     * giving the unit, {@code headingUnit}, or each cell its own, or each label in brackets, {@code labelUnits}), and how
     * many cells it has.
     */
    private record Columns(int size, int label, int unit, int value, String headingUnit, boolean labelUnits,
                           Map<Integer, PlaceRef> places) {
        /** The same columns read with the value in column {@code c} (a place's, in a table comparing places). */
        Columns valueAt(int c) {
            return new Columns(size, label, unit, c, headingUnit, labelUnits, places);
        }
    }

    /** The fewest place columns of a table comparing places. */
    private static final int MIN_PLACES = 2;

    /** The columns of a figure table's header, or null when it is none; {@code places} may be null. */
    private static Columns columns(List<TableCells.Cell> cells, Places places, String province) {
        int label = -1;
        int unit = -1;
        int value = -1;
        int valueYear = -1;
        boolean standards = false; // a column of standards the figures are measured against (标准值, 分值)
        Map<Integer, PlaceRef> placeColumns = new java.util.TreeMap<>();
        for (int c = 0; c < cells.size(); c++) {
            String heading = FigureHeadings.key(cells.get(c).text());
            String role = FigureHeadings.role(heading);
            if ("label".equals(role) && label < 0) {
                label = c;
            } else if ("unit".equals(role) && unit < 0) {
                unit = c;
            } else if ("value".equals(role) && value < 0) {
                value = c;
            } else if ("standard".equals(role) || "note".equals(role) || "index".equals(role)) {
                standards |= "standard".equals(role);
                continue; // 标准值, 达标情况, 序号: no figure of the place's
            } else if (role == null && (FigureHeadings.endsIn(heading, "standard-end")
                    || label >= 0 && FigureHeadings.endsIn(heading, "label"))) {
                standards = true; // 国家园林城市标准, 国家森林城市评价指标 over ≥35: the honour's standards
            } else if (role == null) {
                PlaceRef place = places == null || label < 0 ? null : places.whole(heading, province);
                if (place != null && place.region() != null) {
                    placeColumns.put(c, place); // 指标 / 绵阳市 / 德阳市: each place's figures under it
                    continue;
                }
                Matcher year = YEAR.matcher(heading);
                if (!year.matches()) {
                    return null; // a heading of another table (城市, 省份): not a table of one place's figures
                }
                if (!TARGETS.occursIn(year.group(2)) && Integer.parseInt(year.group(1)) > valueYear) {
                    valueYear = Integer.parseInt(year.group(1));
                    value = c;
                }
            }
        }
        if (placeColumns.size() >= MIN_PLACES && value < 0) { // 指标 / 绵阳市 / 德阳市 / 国家园林城市标准: the labels give the units
            return new Columns(cells.size(), label, unit, -1, null, unit < 0,
                    java.util.Collections.unmodifiableMap(placeColumns));
        }
        if (placeColumns.size() == 1 && value < 0 && standards) {
            value = placeColumns.keySet().iterator().next(); // 指标 / 张掖市 / 国家标准 / 全省平均: the place's figures
            placeColumns.clear();
        }
        if (label < 0 || value < 0 || !placeColumns.isEmpty()) {
            return null;
        }
        String headingUnit = unit >= 0 ? null : dev.laurel.parsers.commendation.layout.HeadedCell.unitOf(cells.get(value).text());
        // 指标 / 数值 alone, or beside the standards (指标 / 国家标准 / 崇州市): the labels give the units (地区生产总值（亿元）,
        // 建成区绿地率（%）) unless the cells write their own; a table whose labels and cells give none is no figure table,
        // and its rows are read as text
        boolean labelUnits = unit < 0 && headingUnit == null;
        return new Columns(cells.size(), label, unit, value, headingUnit, labelUnits, Map.of());
    }

    /** The figure of a row: its value cell read with its unit cell, or null. */
    private static Metric metric(String source, Paragraph row, List<TableCells.Cell> cells, Columns columns) {
        TableCells.Cell cell = cells.get(columns.value);
        String number = cell.text().strip();
        // 97.3% under 完成值, or under a place's heading where the label gives no unit (建成区绿化覆盖率 / 42.6%)
        boolean ownUnit = columns.unit < 0 && columns.headingUnit == null
                && (!columns.labelUnits || HeadedCell.unitOf(cells.get(columns.label).text()) == null && OWN_UNIT.matcher(number).matches());
        if (!NUMBER.matcher(number).matches() && !(ownUnit && OWN_UNIT.matcher(number).matches())) {
            return null; // —, 待统计, a range: no figure
        }
        TableCells.Cell labelCell = cells.get(columns.label);
        String label = labelCell.text().strip();
        if (TOTALS.words().contains(TraditionalToSimplified.toSimplified(label))) {
            return null; // 合计: the rows' sum, said once in the text if at all
        }
        String unit = columns.unit >= 0 ? cells.get(columns.unit).text().strip() : ownUnit ? "" : columns.labelUnits
                ? HeadedCell.unitOf(label) : columns.headingUnit;
        if (unit == null) {
            return null; // a label without a unit where the labels give them: the table is not read as one
        }
        SourceSpan labelSpan;
        if (columns.labelUnits && !ownUnit) { // 地区生产总值（亿元）: the label is what the bracket follows, as a column heading's is
            Paragraph l = HeadedCell.labelOf(row, row.start() + labelCell.start(), labelCell.text());
            labelSpan = l == null ? null : new SourceSpan(l.start(), l.end());
        } else {
            int labelStart = row.start() + labelCell.start() + labelCell.text().indexOf(label);
            labelSpan = label.isEmpty() ? null : new SourceSpan(labelStart, labelStart + label.length());
        }
        return read(source, row.start() + cell.start() + cell.text().indexOf(number), number, unit, labelSpan);
    }

    /**
     * True when the row's figure cells (each place's, or the value's) are written with units of their own (42.6%, 23个),
     * or hold no figure (—): a label without a unit is then no sign of a table read another way.
     */
    private static boolean ownUnits(List<TableCells.Cell> cells, Columns columns) {
        Iterable<Integer> figureColumns = columns.places.isEmpty() ? List.of(columns.value) : columns.places.keySet();
        boolean any = false;
        for (int c : figureColumns) {
            String cell = c < 0 ? "" : cells.get(c).text().strip();
            if (OWN_UNIT.matcher(cell).matches()) {
                any = true;
            } else if (c < 0 || cell.chars().anyMatch(Character::isDigit)) {
                return false; // a bare number needs the label's unit; a dash or 待统计 is no figure either way
            }
        }
        return any;
    }

    /** A figure cell with a unit of its own: a number and the unit's chars (14.2平方米, 326公里). */
    private static final Pattern OWN_UNIT = Pattern.compile("[^0-9０-９\\s]{0,2}[0-9０-９]+(?:[.．][0-9０-９]+)?[^0-9０-９\\s]{1,10}");
    /** The marks of a rate's denominator after a unit (吨标准煤/万元). */
    private static final String RATE_MARKS = "/／";
    /** Words of a total row (合计, 总计), {@code total-words.txt}. */
    private static final Lexicon TOTALS = Lexicon.load("total-words.txt");

    /**
     * The figure of a table row's bare number read with the unit its column's heading gives (15.2 under
     * 面积（平方米）), or of a cell written with its own unit (99.1% under 生活垃圾无害化处理率), labelled with the heading
     * when it has one, or null when the engine reads no unit there (（州）) or the unit counts rounds
     * ({@code count-units.txt}: 次, 届, 批).
     */
    public static Metric headed(String source, HeadedCell cell) {
        if (COUNT_UNITS.words().contains(cell.unit())) {
            return null; // 批次（批）: a column of rounds, no deeds
        }
        Paragraph label = cell.label();
        return read(source, cell.cell().start(), cell.cell().text(), cell.unit(),
                label == null ? null : new SourceSpan(label.start(), label.end()));
    }

    /**
     * {@code number} at {@code start} read with {@code unit} (written after it unless the number ends in its own, 99.7%)
     * as one quantity with a unit, or null: a unit the engine does not read (项/万人) gives no figure rather than a guess.
     */
    private static Metric read(String source, int start, String number, String unit, SourceSpan label) {
        int from = 0;
        while (from < number.length() && !Character.isDigit(number.charAt(from))) {
            from++;
        }
        int to = from;
        while (to < number.length() && (Character.isDigit(number.charAt(to)) || number.charAt(to) == '.' || number.charAt(to) == '．')) {
            to++;
        }
        boolean ownUnit = to < number.length() && (unit.isEmpty() || !dev.laurel.text.HanChars.isHan(number.charAt(to))); // 99.7%
        String written = ownUnit ? number : number.substring(0, to) + unit + number.substring(to); // 约9800亩, 8000亩以上
        int end = ownUnit ? number.length() : to + unit.length();
        List<Quantity> read = SCANNER.scan(TraditionalToSimplified.toSimplified(written)); // 42.6萬畝 as the text's reading has it
        if (ownUnit && read.size() == 1 && read.get(0).end() < end && RATE_MARKS.indexOf(written.charAt(read.get(0).end())) >= 0) {
            end = read.get(0).end(); // 0.38吨标准煤/万元: the figure before the rate's 每, as the text's reading keeps it
        }
        if (read.size() != 1 || read.get(0).start() != from || read.get(0).end() != end || read.get(0).unit() == null) {
            return null;
        }
        Quantity q = read.get(0);
        boolean qualified = from > 0 || end < written.length() && !ownUnit;
        if (qualified && q.qualifier() == dev.laurel.model.Qualifier.EXACT) {
            return null; // 预计9800: words around the number that are no qualifier
        }
        SourceSpan span = new SourceSpan(start + from, start + (ownUnit ? end : to));
        return new Metric(label == null ? null : label.of(source), q.value(), q.upper(), q.unit(), q.qualifier(), false, null,
                span.of(source), span, q.category(), q.currency(), null, label);
    }
}
