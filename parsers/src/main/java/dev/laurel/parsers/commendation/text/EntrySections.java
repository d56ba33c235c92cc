package dev.laurel.parsers.commendation.text;

import dev.laurel.text.TraditionalToSimplified;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The title of a section of an encyclopedia entry or a place's overview page ({@code entry-sections.txt}: 概况, 历史沿革,
 * 荣誉称号), alone on its line, perhaps after its number in the entry's contents (1 概况, 一、经济).
 */
public final class EntrySections {
    private static final Lexicon WORDS = Lexicon.load("entry-sections.txt");
    /** An entry's number before its title: 1 , 2. , 一、, （三）. */
    private static final Pattern NUMBER = Pattern.compile("(?:[0-9０-９]{1,2}(?:[.．、]|[\\s\\u3000]+)|[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十]{1,3}[）)])[\\s\\u3000]*");

    private EntrySections() {
    }

    /** True when {@code line} is a section's title alone. */
    public static boolean is(String line) {
        String s = TraditionalToSimplified.toSimplified(line.strip());
        Matcher m = NUMBER.matcher(s);
        int from = m.lookingAt() ? m.end() : 0;
        String w = WORDS.at(s, from);
        return w != null && from + w.length() == s.length();
    }
}
