package dev.laurel.parsers.commendation.layout;

import dev.laurel.parsers.commendation.mentions.Places;
import dev.laurel.parsers.commendation.text.Furniture;
import dev.laurel.parsers.commendation.text.BoxTitles;
import dev.laurel.parsers.commendation.text.Paragraph;
import dev.laurel.text.TraditionalToSimplified;

import java.util.ArrayList;
import java.util.List;

/**
 * A box of figures written one a line, each beside its caption (数说景东 / 建成区绿地率 / 36.8% / 人均公园绿地面积 / 13.5平方米
 * …, or 【数说德钦】 / 7596平方公里 / 全县国土面积 / 6.8万人 / 全县常住人口 …): three or more lines that are each one figure
 * with its unit, a caption between each two. Which side of its figure a caption stands is read from the box's ends: the
 * line before the first figure and the line after the last, of which only one is a caption, or the first is the box's
 * title ({@link BoxTitles}: 【…】, 数说…) and the captions follow their figures. A box whose ends leave it open is not read.
 */
public final class FigureBoxes {
    /** The longest caption (居民健康素养水平，较上一轮复审时提高5.3个百分点). */
    private static final int MAX_CAPTION = 40;
    /** The longest figure line. */
    private static final int MAX_FIGURE = 16;
    /** The fewest figures of a box. */
    private static final int MIN_FIGURES = 3;

    private FigureBoxes() {
    }

    /**
     * A box found: its lines (its title's among them when it has one) and its figures, each labelled by its caption.
     *
     * @param lines   the lines it takes
     * @param figures its figures, each with its own unit, labelled by its caption
     */
    public record Box(List<Paragraph> lines, List<HeadedCell> figures) {
    }

    /** The boxes of figures among {@code body}, in order; {@code places} tells a caption from a place's name. */
    public static List<Box> find(List<Paragraph> body, Places places, String province) {
        List<Box> out = null;
        for (int i = 0; i < body.size(); i++) {
            if (!isFigure(body.get(i).text())) {
                continue;
            }
            int last = i;
            while (last + 2 < body.size() && isCaption(body.get(last + 1).text(), places, province)
                    && isFigure(body.get(last + 2).text())) {
                last += 2;
            }
            int figures = (last - i) / 2 + 1;
            if (figures < MIN_FIGURES) {
                continue;
            }
            boolean before = i > 0 && isCaption(body.get(i - 1).text(), places, province);
            boolean after = last + 1 < body.size() && isCaption(body.get(last + 1).text(), places, province);
            boolean titled = before && BoxTitles.is(body.get(i - 1).text());
            Boolean captionFirst = before && !after && !titled ? Boolean.TRUE
                    : after && (!before || titled) ? Boolean.FALSE : null;
            if (captionFirst == null) {
                i = last;
                continue; // both ends or neither a caption: which caption is whose is not said
            }
            List<Paragraph> lines = new ArrayList<>();
            List<HeadedCell> cells = new ArrayList<>();
            int from = captionFirst ? i - 1 : titled ? i - 1 : i;
            if (captionFirst && from > 0 && BoxTitles.is(body.get(from - 1).text())) {
                from--; // 数说景东 over 建成区绿地率 / 36.8%: the box's title, no paragraph of the text
            }
            int to = captionFirst ? last : last + 1;
            for (Paragraph line : body.subList(from, to + 1)) {
                if (isFigure(line.text()) || !Tables.holdsDigit(line.text())) {
                    lines.add(line); // a caption holding a figure of its own (较上一轮提高5.3个百分点) is read as text too
                }
            }
            for (int f = i; f <= last; f += 2) {
                Paragraph caption = body.get(captionFirst ? f - 1 : f + 1);
                cells.add(HeadedCell.withOwnUnit(body.get(f), caption, caption.start(), caption.text()));
            }
            out = out == null ? new ArrayList<>() : out;
            out.add(new Box(List.copyOf(lines), List.copyOf(cells)));
            i = to;
        }
        return out == null ? List.of() : out;
    }

    /** True for a line that is one figure with its unit (36.8%, 13.5平方米, 326天): no count of an honour's rounds. */
    private static boolean isFigure(String t) {
        return t.length() <= MAX_FIGURE && Tables.isFigure(dev.laurel.parsers.commendation.text.LoneFigure.of(t.strip()));
    }

    /**
     * True for a caption: a short line that is no figure, no sentence (no stop, semicolon or colon in it; a comma may part
     * a caption's note), no place's name and no page furniture.
     */
    private static boolean isCaption(String t, Places places, String province) {
        String s = t.strip();
        if (s.length() < 2 || s.length() > MAX_CAPTION || isFigure(s)) {
            return false;
        }
        for (int k = 0; k < s.length(); k++) {
            if ("。；;！？!?：:".indexOf(s.charAt(k)) >= 0) {
                return false;
            }
        }
        String simplified = TraditionalToSimplified.toSimplified(s);
        return places.whole(simplified, province) == null && !Furniture.is(simplified);
    }
}
