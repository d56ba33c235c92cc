package dev.laurel.parsers.commendation.subjects;

import dev.laurel.model.DiagnosticKind;
import dev.laurel.model.SourceSpan;
import dev.laurel.parsers.commendation.DiagnosticLog;
import dev.laurel.parsers.commendation.layout.Layout;
import dev.laurel.parsers.commendation.layout.TableCells;
import dev.laurel.parsers.commendation.text.Captions;
import dev.laurel.parsers.commendation.text.EntrySections;
import dev.laurel.parsers.commendation.text.Excerpt;
import dev.laurel.parsers.commendation.text.FieldLines;
import dev.laurel.parsers.commendation.text.Furniture;
import dev.laurel.parsers.commendation.text.LogicalParagraph;
import dev.laurel.parsers.commendation.text.LoneFigure;
import dev.laurel.parsers.commendation.text.LogicalText;
import dev.laurel.parsers.commendation.text.NoteLines;
import dev.laurel.parsers.commendation.text.Paragraph;
import dev.laurel.parsers.commendation.text.Paragraphs;
import dev.laurel.parsers.commendation.text.Sentences;
import dev.laurel.text.HanChars;
import dev.laurel.text.TraditionalToSimplified;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Lines split mid-sentence joined back into logical paragraphs (a hard-wrapped copy, a PDF's lines: 累计投入 / 3.6亿元), and
 * the lines that only look split kept apart: a caption, a field line, a numbered heading, a list's title, a chronicle's
 * date, a bulleted item, a subheading over a blank line, and digits a blank line parts, which joined would read as one
 * number.
 */
final class SplitParagraphs {
    private SplitParagraphs() {
    }

    /** A line that is a date alone (2025年, 9月, 2025年9月): a chronicle's heading over its entries. */
    private static final Pattern DATE_LINE = Pattern.compile(
            "(?:(?:19|20)[0-9]{2}年)?(?:[0-9]{1,2}|[一二三四五六七八九十]{1,3})月[\\s\u3000]*|(?:19|20)[0-9]{2}年[\\s\u3000]*");

    /** A line ending with its list's size in brackets (先进集体名单（50个）): a title, whole. */
    private static final Pattern SIZED_TITLE = Pattern.compile(
            "[（(]共?[0-9０-９一二三四五六七八九十百]+[个名家项所處处個][）)][\\s\u3000]*$");

    /** True when a line holds a digit after a Han char: a figure with its caption before it (✅ 新建285个), not ▶ 3.6亿元. */
    private static boolean holdsDigitAfterText(String line) {
        for (int i = 1; i < line.length(); i++) {
            if (Character.isDigit(line.charAt(i)) && HanChars.isHan(line.charAt(i - 1))) {
                return true;
            }
        }
        return false;
    }

    /** True when {@code a} ends with a digit and {@code b} starts with one: joined, they would read as one number. */
    private static boolean gluesDigits(Paragraph a, Paragraph b) {
        String x = a.text();
        String y = b.text();
        return !x.isEmpty() && !y.isEmpty() && Character.isDigit(x.charAt(x.length() - 1)) && Character.isDigit(y.charAt(0));
    }

    /** The longest line read as a story's subheading. */
    private static final int MAX_SUBHEADING = 16;

    /**
     * True for a short line without a mark of punctuation or a digit, perhaps after an emoji or a symbol standing for a
     * bullet: a subheading (一张网的支撑, 🏅 全国双拥模范城), no half of a sentence.
     */
    static boolean isSubheading(String line) {
        if (line.length() > MAX_SUBHEADING) {
            return false;
        }
        int i = 0;
        while (i < line.length() && isBulletMark(line.codePointAt(i))) {
            i += Character.charCount(line.codePointAt(i));
        }
        for (; i < line.length(); i++) {
            char c = line.charAt(i);
            if (!Character.isLetter(c) && !Paragraphs.isBlank(c)) { // a digit is no letter
                return false;
            }
        }
        return true;
    }

    /**
     * True for a line of a page's honour roll: an honour's name and its year in brackets (国家园林城市（2014年）), whole on
     * its line; without the year it may be a piece of a sentence a poster breaks over lines (全国民族团结进步示范市), or a
     * list's title (湖北省文明村镇（节选）).
     */
    private static boolean honourRollLine(String line) {
        String t = line.strip();
        int open = Math.max(t.lastIndexOf('（'), t.lastIndexOf('('));
        return open > 0 && (t.endsWith("）") || t.endsWith(")"))
                && t.substring(open).chars().anyMatch(Character::isDigit) && Layout.isHonourRecord(t);
    }

    /** True for a subheading titling a table or a box of figures (两地双拥工作部分数据, 数说景东): whole on its line. */
    private static boolean titlesBox(String line) {
        return isSubheading(line.strip()) && dev.laurel.parsers.commendation.text.BoxTitles.is(line);
    }

    /** True for a subheading that opens with a symbol standing for a bullet (🏅 全国双拥模范城, ■ 国家森林城市). */
    private static boolean isBulletedHeading(String line) {
        String t = line.strip();
        return !t.isEmpty() && Character.getType(t.codePointAt(0)) == Character.OTHER_SYMBOL && isSubheading(t);
    }

    /** Chars a title is framed with on both sides (—— 编者说 ——, ==相关链接==, ～～ 延伸阅读 ～～). */
    private static final String FRAMES = "—-─━－=＝~～*＊";

    /** True for a subheading framed on both sides by a run of the chars of {@link #FRAMES} (—— 编者说 ——): whole on its line. */
    static boolean isFramedTitle(String line) {
        String t = line.strip();
        int from = 0;
        while (from < t.length() && FRAMES.indexOf(t.charAt(from)) >= 0) {
            from++;
        }
        int to = t.length();
        while (to > from && FRAMES.indexOf(t.charAt(to - 1)) >= 0) {
            to--;
        }
        return from > 0 && to < t.length() && to > from && isSubheading(t.substring(from, to).strip());
    }

    /** True for a symbol, a mark joined to one (the emoji presentation selector) or a blank: what a bullet is made of. */
    private static boolean isBulletMark(int cp) {
        int type = Character.getType(cp);
        return type == Character.OTHER_SYMBOL || type == Character.NON_SPACING_MARK || type == Character.FORMAT
                || cp < Character.MIN_SUPPLEMENTARY_CODE_POINT && Paragraphs.isBlank((char) cp);
    }


    /** True when a blank line stands between two paragraphs of {@code source}. */
    private static boolean blankLineBetween(String source, Paragraph previous, Paragraph next) {
        int breaks = 0;
        for (int i = previous.end(); i < next.start(); i++) {
            char c = source.charAt(i);
            breaks += c == '\n' || c == '\r' && (i + 1 == next.start() || source.charAt(i + 1) != '\n') ? 1 : 0;
        }
        return breaks >= 2;
    }

    /**
     * True when line {@code k} of {@code lines} is page furniture ({@link Furniture}), not text; but a number alone whose
     * unit opens the next line is a figure (186 / 公顷 / 新增城区绿地), no page number.
     */
    private static boolean isFurniture(List<Paragraph> lines, int k) {
        Paragraph p = lines.get(k);
        return p.text().length() <= Furniture.MAX_INNER_LINE && Furniture.is(TraditionalToSimplified.toSimplified(p.text()))
                && !opensSplitFigure(lines, k);
    }

    /** True when line {@code k} is a number alone whose unit opens the next line (186 / 公顷): one figure's first half. */
    static boolean opensSplitFigure(List<Paragraph> lines, int k) {
        Paragraph p = lines.get(k);
        return k + 1 < lines.size() && lines.get(k + 1).index() == p.index() + 1
                && LoneFigure.splitBefore(p.text(), lines.get(k + 1).text());
    }

    /**
     * The logical paragraphs of {@code body}, lines of {@code source}: a line is joined to the one before when that one
     * ends no sentence and nothing says the two are apart, and each join is reported under {@code name}; page furniture
     * and the lines of {@code tables} (tables of the place's figures, read whole) are left out.
     */
    static List<LogicalParagraph> join(String source, List<Paragraph> body, Set<Paragraph> tables, String name,
                                       DiagnosticLog.Bucket issues) {
        List<LogicalParagraph> out = new ArrayList<>();
        LogicalText current = null;
        int pieces = 0;
        Paragraph previous = null;
        int previousAt = -1; // where previous stands in body
        int lastLine = -1; // the last line of the body seen, furniture included
        for (int k = 0; k < body.size(); k++) {
            Paragraph p = body.get(k);
            boolean adjacent = p.index() == lastLine + 1;
            lastLine = p.index();
            if (!tables.isEmpty() && tables.contains(p)) {
                if (current != null) {
                    out.add(new LogicalParagraph(current, pieces));
                    current = null;
                }
                continue;
            }
            if (isFurniture(body, k)) {
                continue; // a page number between two halves of a sentence (累计投入 / 2 / 3.6亿元) is not text
            }
            boolean unitOfFigure = previous != null && adjacent && LoneFigure.splitBefore(previous.text(), p.text())
                    && !inTable(body, previousAt);
            // Lines the layout took out (a list after 名单如下：) stood between: not two halves of one sentence.
            if (current != null && unitOfFigure || current != null && adjacent && !Sentences.endsSentence(previous.text())
                    && !Captions.is(previous.text()) // a caption is whole
                    && !FieldLines.ends(previous.text()) // so is 总面积：2.3万平方公里, or …反映。联系电话：027-87231496
                    && !FieldLines.is(p.text())
                    && !NoteLines.opens(p.text()) // …第六十四团 / 注：标“*”的为第二次获得命名: a list's last name, then its note
                    && !NoteLines.titles(previous.text()) // 附：部分受命名县（市）双拥工作简介 / 沧源佤族自治县地处…: a title
                    && !honourRollLine(previous.text()) // 湖北省文明城市（2019年） / 城市名片：…: an honour roll's line
                    && !Layout.isNumberedHeading(previous.text()) // 一、2025年工作回顾
                    && !SIZED_TITLE.matcher(previous.text()).find() // 先进集体名单（50个）: a list's title over its names
                    && !DATE_LINE.matcher(previous.text()).matches() // 9月 / 9月15日　…: a chronicle's month over its entries
                    && !Layout.opensHanNumberedItem(p.text()) // 二、复审合格的…
                    && !Layout.opensBulletedItem(p.text()) // ✅ 口袋公园新建285个
                    && !(Layout.opensBulletedItem(previous.text())
                        && holdsDigitAfterText(previous.text())) // ✅ 投入资金约36亿元: an item whole on its line
                    && !isBulletedHeading(previous.text()) // 🏅 全国双拥模范城 over its item's text
                    && !titlesBox(previous.text()) // 两地双拥工作部分数据 over a table, or over the text after it
                    // 概况 / 鄂尔多斯市总面积…，…: an entry's section title over its prose (not a site menu's items, 概况 / 历史沿革)
                    && !(EntrySections.is(previous.text()) && Sentences.holdsClauseEnd(p.text()))
                    && !isBulletedHeading(p.text()) // …我市获得的重要荣誉—— / 🏅 全国双拥模范城: a heading continues nothing
                    && !isFramedTitle(previous.text()) && !isFramedTitle(p.text()) // —— 编者说 —— over its note
                    && !(blankLineBetween(source, previous, p) && (gluesDigits(previous, p) // 索引号：…-0012 / 2025年: one number of two
                        || isSubheading(previous.text()) && Sentences.holdsClauseEnd(p.text()))) // 绿道连起半座城 / 近5年，…: a subheading
                    && !inTable(body, previousAt) && !inTable(body, k)) { // 崇州市\t38.6 / 人均公园绿地面积\t14.7: rows, each whole
                current.append(source, p);
                pieces++;
                issues.add(DiagnosticKind.SPLIT_PARAGRAPH_JOINED, name,
                        "a paragraph split mid-sentence was rejoined: " + Excerpt.tail(previous.text()) + " + "
                                + Excerpt.head(p.text()),
                        new SourceSpan(previous.end(), p.start()));
            } else {
                if (current != null) {
                    out.add(new LogicalParagraph(current, pieces));
                }
                current = new LogicalText().append(source, p);
                pieces = 1;
            }
            previous = p;
            previousAt = k;
        }
        if (current != null) {
            out.add(new LogicalParagraph(current, pieces));
        }
        return out;
    }

    /**
     * True when line {@code k} of {@code lines} is a row of a table ({@link TableCells#isRow}) next to another row: a
     * table's line, whole. A lone line of cells (a page's running header, a byline 来源  2026-08-06  阅读 2.1万) may stand
     * between two halves of a sentence and is no table.
     */
    private static boolean inTable(List<Paragraph> lines, int k) {
        if (k < 0 || !TableCells.isRow(lines.get(k))) {
            return false;
        }
        int index = lines.get(k).index();
        return k > 0 && lines.get(k - 1).index() == index - 1 && TableCells.isRow(lines.get(k - 1))
                || k + 1 < lines.size() && lines.get(k + 1).index() == index + 1 && TableCells.isRow(lines.get(k + 1));
    }
}
