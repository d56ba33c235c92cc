package dev.laurel.parsers.commendation.layout;

import dev.laurel.parsers.commendation.text.Lexicon;
import dev.laurel.parsers.commendation.text.Paragraph;
import dev.laurel.text.TraditionalToSimplified;

import java.util.List;
import java.util.regex.Pattern;

/**
 * A table cell holding a bare number (15.2, 92.4, or with its qualifier: 约9800, 8000以上) whose unit only its column's
 * heading writes, in brackets at the heading's end: 城区人均公园绿地面积（平方米）, 验收得分（分）. The figures stage reads
 * the number with that unit, or not at all.
 *
 * A cell holding a figure with its own unit (99.1%, 12.8平方米) under a heading that names what it counts (生活垃圾无害化处理率)
 * is one too, its unit empty: the heading is its label.
 *
 * @param cell  the number, a paragraph of its own indexing the source
 * @param unit  the bracket's text, simplified (平方米, 分, 万元); empty when the cell writes its own
 * @param label the heading without its bracket when the whole heading is one cell of one line (验收得分), else null
 */
public record HeadedCell(Paragraph cell, String unit, Paragraph label) {
    /**
     * A number alone in a cell: digits, maybe a decimal part, and at most a qualifier's two Han chars before or after it
     * (约9800, 8000以上; whether they are one is for the figures stage to say); no unit, sign or range.
     */
    private static final Pattern NUMBER = Pattern.compile("\\p{IsHan}{0,2}[0-9０-９]+(?:[.．][0-9０-９]+)?\\p{IsHan}{0,2}");
    /** The longest unit read from a heading's bracket (平方米, 万平方米, 微克/立方米). */
    private static final int MAX_UNIT = 6;

    /** A year a heading names (2021年森林覆盖率（%）). */
    private static final Pattern YEAR = Pattern.compile("((?:19|20)[0-9]{2})年");

    /**
     * True when a column's heading names a year (2021年森林覆盖率（%）) and another heading with a unit names a later year
     * or none (森林覆盖率（%）): the column holds an earlier year's figures, the row's place's of now stand beside them.
     */
    static boolean earlierYear(String heading, List<String> headings) {
        int year = yearOf(heading);
        if (year < 0) {
            return false;
        }
        for (String other : headings) {
            boolean now = !other.equals(heading) && unitOf(other) != null && yearOf(other) < 0;
            if (now || yearOf(other) > year) {
                return true;
            }
        }
        return false;
    }

    private static int yearOf(String heading) {
        java.util.regex.Matcher m = YEAR.matcher(heading);
        return m.find() ? Integer.parseInt(m.group(1)) : -1;
    }

    /**
     * The figure of {@code cell} (a paragraph indexing the source, blanks around its number allowed) under the column
     * heading {@code heading}, written at {@code headingStart} of {@code headingLine}: its number with the unit the heading
     * gives, labelled by the heading when {@code labelled}; null when the cell is no bare number, the heading gives no
     * unit, or it names an earlier year than another of {@code headings}.
     */
    static HeadedCell under(Paragraph cell, Paragraph headingLine, int headingStart, String heading, List<String> headings,
                            boolean labelled) {
        String unit = unitOf(heading);
        if (unit == null || !bare(cell.text()) || earlierYear(heading, headings)) {
            return null; // and 2021年森林覆盖率（%） beside 森林覆盖率（%）: an earlier year's
        }
        String number = cell.text().strip();
        int start = cell.start() + cell.text().indexOf(number);
        return new HeadedCell(new Paragraph(cell.index(), start, start + number.length(), number), unit,
                labelled ? labelOf(headingLine, headingStart, heading) : null);
    }

    /**
     * The figure of {@code cell}, written with its own unit (99.1%, 12.8平方米), under the heading {@code heading} written at
     * {@code headingStart} of {@code headingLine}: labelled by the heading, without its bracket when it ends in one.
     */
    static HeadedCell withOwnUnit(Paragraph cell, Paragraph headingLine, int headingStart, String heading) {
        String number = cell.text().strip();
        int start = cell.start() + cell.text().indexOf(number);
        int lead = 0; // 🏠建成民族团结进步示范村: a mark before the caption is no part of it
        while (lead < heading.length() && !Character.isLetterOrDigit(heading.codePointAt(lead))) {
            lead += Character.charCount(heading.codePointAt(lead));
        }
        String h = heading.substring(lead).strip();
        int from = headingStart + lead + heading.substring(lead).indexOf(h);
        String unit = unitOf(h);
        Paragraph label = unit != null && number.endsWith(unit) ? labelOf(headingLine, from, h) // 投入（万元） over 1860万元
                : h.isEmpty() ? null : new Paragraph(headingLine.index(), from, from + h.length(), h);
        return new HeadedCell(new Paragraph(cell.index(), start, start + number.length(), number), "", label);
    }

    /** True when a cell's text, blanks aside, is a number alone, maybe with a qualifier's chars around it (约9800). */
    static boolean bare(String cell) {
        return NUMBER.matcher(cell.strip()).matches();
    }

    /** Words that end a heading and name its unit where no bracket does (综合得分 → 分), {@code heading-units.txt}. */
    private static final Lexicon UNIT_WORDS = Lexicon.load("heading-units.txt");

    /**
     * The text in the brackets that end a column heading (面积（平方米） → 平方米), simplified, or the unit a word ending it
     * names (综合得分 → 分, {@code heading-units.txt}); null when it ends in neither, or its bracket holds a digit or is
     * long. Whether it is a unit at all is for the figures stage to say.
     */
    public static String unitOf(String heading) {
        String s = TraditionalToSimplified.toSimplified(heading.strip());
        if (s.isEmpty()) {
            return null;
        }
        if (s.charAt(s.length() - 1) != '）' && s.charAt(s.length() - 1) != ')') {
            String word = UNIT_WORDS.list().endingAt(s, s.length());
            return word == null ? null : UNIT_WORDS.tag(word); // 综合得分: 分
        }
        int open = Math.max(s.lastIndexOf('（'), s.lastIndexOf('('));
        String unit = open < 0 ? "" : s.substring(open + 1, s.length() - 1).strip();
        if (unit.isEmpty() || unit.length() > MAX_UNIT) {
            return null;
        }
        for (int i = 0; i < unit.length(); i++) {
            if (Character.isDigit(unit.charAt(i))) {
                return null;
            }
        }
        return unit;
    }

    /**
     * The label of a one-line heading: its text before the bracket, as a paragraph indexing the source, or null when
     * nothing stands before the bracket.
     */
    public static Paragraph labelOf(Paragraph line, int start, String heading) {
        String s = heading.strip();
        int from = start + heading.indexOf(s);
        int open = Math.max(s.lastIndexOf('（'), s.lastIndexOf('('));
        String label = open < 0 && unitOf(s) != null ? s : open <= 0 ? "" : s.substring(0, open).strip(); // 综合得分
        return label.isEmpty() ? null : new Paragraph(line.index(), from, from + label.length(), label);
    }
}
