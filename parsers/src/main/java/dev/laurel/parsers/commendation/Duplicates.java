package dev.laurel.parsers.commendation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds text repeated inside a section: a run of clauses that already appeared earlier, such as a
 * block pasted twice with a different opening. A single repeated clause is left alone (set phrases
 * recur); a run counts once it has {@link #MIN_CLAUSES} clauses and {@link #MIN_CHARS} chars.
 * Linear in the length of the section: clauses are compared by normalised key in a hash map.
 */
final class Duplicates {
    static final int MIN_CLAUSES = 2;
    static final int MIN_CHARS = 12;

    /** A repeated region: chars [start, end) of logical paragraph {@code paragraph}. */
    record Region(int paragraph, int start, int end) {
    }

    private record Clause(int paragraph, int start, int end, String key) {
    }

    private Duplicates() {
    }

    static List<Region> find(List<LogicalParagraph> paragraphs) {
        List<Clause> clauses = new ArrayList<>();
        for (int p = 0; p < paragraphs.size(); p++) {
            String t = paragraphs.get(p).text();
            int start = 0;
            for (int i = 0; i <= t.length(); i++) {
                if (i == t.length() || Sentences.isClauseEnd(t.charAt(i))) {
                    int end = Math.min(i + 1, t.length());
                    String key = key(t, start, i);
                    if (!key.isEmpty()) {
                        clauses.add(new Clause(p, start, end, key));
                    }
                    start = end;
                }
            }
        }
        Map<String, Integer> seen = new HashMap<>();
        List<Region> regions = new ArrayList<>();
        int runStart = -1;
        int runChars = 0;
        for (int i = 0; i <= clauses.size(); i++) {
            boolean repeated = i < clauses.size() && seen.containsKey(clauses.get(i).key)
                    && (runStart < 0 || clauses.get(runStart).paragraph == clauses.get(i).paragraph);
            if (repeated) {
                if (runStart < 0) {
                    runStart = i;
                    runChars = 0;
                }
                runChars += clauses.get(i).key.length();
            } else {
                if (runStart >= 0 && i - runStart >= MIN_CLAUSES && runChars >= MIN_CHARS) {
                    Clause a = clauses.get(runStart);
                    Clause b = clauses.get(i - 1);
                    regions.add(new Region(a.paragraph, a.start, b.end));
                }
                runStart = -1;
                if (i < clauses.size() && seen.containsKey(clauses.get(i).key) && i < clauses.size()) {
                    runStart = i;
                    runChars = clauses.get(i).key.length();
                }
            }
            if (i < clauses.size()) {
                seen.putIfAbsent(clauses.get(i).key, i);
            }
        }
        return regions;
    }

    /** The clause without punctuation and blanks, so that 、 vs , or a stray space do not hide a repeat. */
    private static String key(String t, int from, int to) {
        StringBuilder b = new StringBuilder(to - from);
        for (int i = from; i < to; i++) {
            char c = t.charAt(i);
            if (Character.isLetterOrDigit(c) || Character.isIdeographic(c)) {
                b.append(c);
            }
        }
        return b.toString();
    }
}
