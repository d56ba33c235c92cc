package dev.laurel.parsers.commendation.layout;

import dev.laurel.parsers.commendation.layout.TableCells.Cell;
import dev.laurel.parsers.commendation.text.Paragraph;

import java.util.ArrayList;
import java.util.List;

/**
 * The unit a line over a table states for all its columns of figures (表：4个示范县主要投入 / 单位：亿元 / 地区 生态环保投入 …,
 * or 部分指标一览（单位：万元） right over the header): a heading that names no role and no unit of its own then heads a
 * column of figures in that unit, as if written 生态环保投入（亿元）. The word before the colon is one tagged unit in
 * {@code figure-table-headers.txt} (单位, 计量单位, 金额单位), not a longer one (填报单位：资溪县, a form's field).
 */
final class TableUnits {
    /** How many lines over a header the statement may stand (a title between: 单位：亿元 / 表1 … / header). */
    private static final int REACH = 2;
    /** The longest unit read from a statement (万平方米). */
    private static final int MAX_UNIT = 6;

    private TableUnits() {
    }

    /** The unit one of the lines over {@code paragraphs[header]} states, simplified, or null. */
    static String statedOver(List<Paragraph> paragraphs, int header) {
        for (int k = header - 1; k >= Math.max(0, header - REACH); k--) {
            String unit = stated(paragraphs.get(k).text());
            if (unit != null) {
                return unit;
            }
        }
        return null;
    }

    /** The unit {@code line} ends by stating (单位：亿元, …（单位：万元）), simplified, or null. */
    static String stated(String line) {
        String s = dev.laurel.text.TraditionalToSimplified.toSimplified(line.strip());
        int end = s.length();
        if (end > 0 && (s.charAt(end - 1) == '）' || s.charAt(end - 1) == ')')) {
            end--;
        }
        int colon = Math.max(s.lastIndexOf('：', end - 1), s.lastIndexOf(':', end - 1));
        if (colon <= 0) {
            return null;
        }
        String unit = s.substring(colon + 1, end).strip();
        if (unit.isEmpty() || unit.length() > MAX_UNIT || unit.chars().anyMatch(c -> Character.isDigit(c)
                || Character.isWhitespace(c) || "（()，,。；".indexOf(c) >= 0)) {
            return null;
        }
        int from = colon;
        while (from > 0 && dev.laurel.text.HanChars.isHan(s.charAt(from - 1))) {
            from--;
        }
        String word = FigureHeadings.key(s.substring(from, colon));
        return "unit".equals(FigureHeadings.role(word)) ? unit : null; // 单位: not 填报单位, a form's field
    }

    /** {@code header} with the cells that name no role and no unit written as headings of {@code unit} (投入 → 投入（亿元）). */
    static List<Cell> applied(List<Cell> header, String unit) {
        List<Cell> out = new ArrayList<>(header.size());
        for (Cell c : header) {
            boolean figures = TableHeaders.role(c.text()) == null && !TableHeaders.honourHeading(c.text())
                    && HeadedCell.unitOf(c.text()) == null && !c.text().isBlank();
            out.add(figures ? new Cell(c.text().strip() + "（" + unit + "）", c.start()) : c);
        }
        return out;
    }
}
