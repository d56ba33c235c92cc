package dev.laurel.parsers.commendation.text;

import dev.laurel.text.TraditionalToSimplified;

/**
 * The title of a table or a box of figures over its figures ({@code box-titles.txt}): a line ending with a title's word
 * (两地双拥工作部分数据, 主要指标一览), opening with one tagged opens (数说德钦, 一组数据看变化), or held whole in 【】
 * (【数说德钦】); and a box's label in 【】 opening the text it heads ({@link #afterLabel}: 【城市简介】义乌市是…).
 */
public final class BoxTitles {
    private static final Lexicon WORDS = Lexicon.load("box-titles.txt");

    private BoxTitles() {
    }

    /** The longest label in 【】 read at the head of a sentence or a clause (【编者按】, 【城市简介】, 【文明名片】). */
    private static final int MAX_LABEL = 10;

    /**
     * Where {@code text} goes on from {@code start} past a label in 【】 opening there and the blanks after it, before
     * {@code limit} (【编者按】五年前的今天…, 【城市简介】义乌市是…: the label names the box, the text after it is read as
     * opening the sentence); {@code start} when no label opens there.
     */
    public static int afterLabel(CharSequence text, int start, int limit) {
        if (start >= limit || text.charAt(start) != '【') {
            return start;
        }
        for (int close = start + 2; close < Math.min(limit, start + MAX_LABEL + 2); close++) {
            if (text.charAt(close) == '】') {
                int k = close + 1;
                while (k < limit && Paragraphs.isBlank(text.charAt(k))) {
                    k++;
                }
                return k;
            }
        }
        return start;
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
