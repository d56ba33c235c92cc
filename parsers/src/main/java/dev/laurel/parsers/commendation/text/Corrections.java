package dev.laurel.parsers.commendation.text;

import dev.laurel.text.TraditionalToSimplified;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The names a page says it wrote wrongly, in a correction line ({@code correction-forms.txt}: 【更正】本文标题中“连城县”系
 * “长汀县”之误): a headline naming the wrong place names no awardee.
 */
public final class Corrections {
    private static final List<String> LINES = Lexicon.lines("correction-forms.txt");
    /** The labels a correction line holds (更正, 勘误), tagged so. */
    private static final List<String> LABELS = LINES.stream().filter(l -> l.endsWith(" label"))
            .map(l -> l.substring(0, l.length() - " label".length())).toList();
    /** The forms of a correction, the file's other lines: group 1 the wrong name, group 2 the right one. */
    private static final List<Pattern> FORMS = LINES.stream().filter(l -> !l.contains(" ")).map(Pattern::compile).toList();
    /** The first chars of the labels, in both scripts: a line holding none is no correction. */
    private static final String LABEL_FIRSTS = LABELS.stream().map(l -> l.substring(0, 1)).distinct()
            .map(c -> c + TraditionalToSimplified.toSimplified(c)).reduce("", String::concat);
    /** The longest correction line read. */
    private static final int MAX_LINE = 120;

    private Corrections() {
    }

    /** The wrong names the correction lines among {@code paragraphs} give, simplified; empty when there is none. */
    public static Set<String> wrongNames(List<Paragraph> paragraphs) {
        Set<String> out = null;
        for (Paragraph p : paragraphs) {
            String t = p.text();
            if (t.length() > MAX_LINE || !holdsAnyOf(t, LABEL_FIRSTS)) {
                continue; // most lines hold no label's first char
            }
            String s = TraditionalToSimplified.toSimplified(t);
            if (LABELS.stream().noneMatch(s::contains)) {
                continue;
            }
            for (Pattern pattern : FORMS) {
                Matcher m = pattern.matcher(s);
                while (m.find()) {
                    out = out == null ? new HashSet<>() : out;
                    out.add(m.group(1));
                }
            }
        }
        return out == null ? Set.of() : out;
    }

    /** True when {@code t} holds one of the chars of {@code chars}. */
    private static boolean holdsAnyOf(String t, String chars) {
        for (int k = 0; k < chars.length(); k++) {
            if (t.indexOf(chars.charAt(k)) >= 0) {
                return true;
            }
        }
        return false;
    }
}
