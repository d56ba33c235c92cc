package dev.laurel.parsers.commendation.text;

import dev.laurel.text.TraditionalToSimplified;

import java.util.ArrayList;
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
    private static final List<String> LABELS = Lexicon.lines("correction-forms.txt").stream()
            .filter(l -> l.endsWith(" label")).map(l -> l.substring(0, l.length() - " label".length())).toList();
    private static final List<Pattern> PATTERNS = patterns();
    /** The first chars of the labels: a line holding none is no correction. */
    private static final String LABEL_FIRSTS = LABELS.stream().map(l -> l.substring(0, 1)).distinct()
            .map(c -> c + dev.laurel.text.TraditionalToSimplified.toSimplified(c)).reduce("", String::concat);
    /** The longest correction line read. */
    private static final int MAX_LINE = 120;

    private Corrections() {
    }

    private static List<Pattern> patterns() {
        List<Pattern> out = new ArrayList<>();
        for (String line : Lexicon.lines("correction-forms.txt")) {
            if (!line.contains(" ")) {
                out.add(Pattern.compile(line));
            }
        }
        return List.copyOf(out);
    }

    /** The wrong names the correction lines among {@code paragraphs} give, simplified; empty when there is none. */
    public static Set<String> wrongNames(List<Paragraph> paragraphs) {
        Set<String> out = null;
        for (Paragraph p : paragraphs) {
            String t = p.text();
            if (t.length() > MAX_LINE || t.chars().noneMatch(c -> LABEL_FIRSTS.indexOf(c) >= 0)) {
                continue; // most lines hold no label's first char
            }
            String s = TraditionalToSimplified.toSimplified(t);
            if (LABELS.stream().noneMatch(s::contains)) {
                continue;
            }
            for (Pattern pattern : PATTERNS) {
                Matcher m = pattern.matcher(s);
                while (m.find()) {
                    out = out == null ? new HashSet<>() : out;
                    out.add(m.group(1));
                }
            }
        }
        return out == null ? Set.of() : out;
    }
}
