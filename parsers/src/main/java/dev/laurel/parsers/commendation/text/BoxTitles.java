package dev.laurel.parsers.commendation.text;

import dev.laurel.text.TraditionalToSimplified;

/**
 * The title of a table or a box of figures over its figures ({@code box-titles.txt}): a line ending with a title's word
 * (两地双拥工作部分数据, 主要指标一览), opening with one tagged opens (数说德钦, 一组数据看变化), or held whole in 【】
 * (【数说德钦】).
 */
public final class BoxTitles {
    private static final Lexicon WORDS = Lexicon.load("box-titles.txt");

    private BoxTitles() {
    }

    /** True when {@code line} reads as a box's or a table's title. */
    public static boolean is(String line) {
        String s = TraditionalToSimplified.toSimplified(line.strip());
        if (s.length() > 2 && s.startsWith("【") && s.endsWith("】")) {
            return true;
        }
        String opening = WORDS.at(s, 0);
        if (opening != null && "opens".equals(WORDS.tag(opening))) {
            return true;
        }
        String ending = WORDS.list().endingAt(s, s.length());
        return ending != null && WORDS.tag(ending) == null;
    }
}
