package dev.laurel.parsers.commendation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.text.similarity.LevenshteinDistance;

/**
 * Finds text repeated inside a section, verbatim or nearly so, so that its figures are counted once:
 * <ul>
 *   <li>a run of clauses that all appeared earlier (a block pasted again after a different opening);
 *       a single repeated clause is left alone, since set phrases recur: a run needs
 *       {@link #MIN_CLAUSES} clauses and {@link #MIN_CHARS} chars;</li>
 *   <li>a sentence of at least {@link #MIN_CHARS} chars within {@link #MAX_EDIT_SHARE} edits per char of
 *       an earlier one that starts or ends with the same {@link #SIGNATURE} chars
 *       (投入8600万元… and 全市投入8600万元…).</li>
 * </ul>
 * Linear in the section's length: clauses are compared by key in a hash map, sentences only with the
 * last {@link #WINDOW} sentences of the same signature, through a bounded edit distance.
 */
final class Duplicates {
    static final int MIN_CLAUSES = 2;
    static final int MIN_CHARS = 12;
    static final int WINDOW = 8;
    /** Near duplicates share their first or their last chars: a changed opening keeps the ending. */
    static final int SIGNATURE = 4;
    static final double MAX_EDIT_SHARE = 0.15;
    /** Longer sentences are left to the clause comparison, which keeps the edit distance cheap. */
    static final int MAX_SENTENCE_CHARS = 400;

    /** A repeated region: chars [start, end) of logical paragraph {@code paragraph}. */
    record Region(int paragraph, int start, int end) {
    }

    private record Piece(int paragraph, int start, int end, String key) {
    }

    private Duplicates() {
    }

    static List<Region> find(List<LogicalParagraph> paragraphs) {
        List<Normalised> texts = paragraphs.stream().map(p -> Normalised.of(p.text())).toList();
        List<Region> regions = new ArrayList<>(repeatedClauseRuns(pieces(paragraphs, texts, false)));
        regions.addAll(nearDuplicateSentences(pieces(paragraphs, texts, true)));
        return merge(regions);
    }

    /**
     * A paragraph without punctuation and blanks, so that 、 vs , or a stray space do not hide a repeat;
     * {@code before[i]} counts the kept chars before char {@code i} of the paragraph.
     */
    private record Normalised(String kept, int[] before) {
        static Normalised of(String t) {
            StringBuilder b = new StringBuilder(t.length());
            int[] before = new int[t.length() + 1];
            for (int i = 0; i < t.length(); i++) {
                before[i] = b.length();
                char c = t.charAt(i);
                if (Character.isLetterOrDigit(c) || Character.isIdeographic(c)) {
                    b.append(c);
                }
            }
            before[t.length()] = b.length();
            return new Normalised(b.toString(), before);
        }

        String key(int from, int to) {
            return kept.substring(before[from], before[to]);
        }
    }

    private static List<Region> repeatedClauseRuns(List<Piece> clauses) {
        Map<String, Integer> seen = new HashMap<>();
        List<Region> regions = new ArrayList<>();
        int runStart = -1;
        int runChars = 0;
        for (int i = 0; i <= clauses.size(); i++) {
            Piece c = i < clauses.size() ? clauses.get(i) : null;
            boolean repeated = c != null && seen.containsKey(c.key);
            boolean continues = repeated && runStart >= 0 && clauses.get(runStart).paragraph == c.paragraph;
            if (!continues && runStart >= 0) {
                if (i - runStart >= MIN_CLAUSES && runChars >= MIN_CHARS) {
                    regions.add(new Region(clauses.get(runStart).paragraph, clauses.get(runStart).start,
                            clauses.get(i - 1).end));
                }
                runStart = -1;
            }
            if (repeated) {
                if (runStart < 0) {
                    runStart = i;
                    runChars = 0;
                }
                runChars += c.key.length();
            }
            if (c != null) {
                seen.putIfAbsent(c.key, i);
            }
        }
        return regions;
    }

    private static List<Region> nearDuplicateSentences(List<Piece> sentences) {
        List<Region> regions = new ArrayList<>();
        Map<String, java.util.ArrayDeque<Integer>> byOpening = new HashMap<>();
        Map<String, java.util.ArrayDeque<Integer>> byEnding = new HashMap<>();
        for (int i = 0; i < sentences.size(); i++) {
            Piece s = sentences.get(i);
            if (s.key.length() < MIN_CHARS || s.key.length() > MAX_SENTENCE_CHARS) {
                continue;
            }
            String opening = s.key.substring(0, SIGNATURE);
            String ending = s.key.substring(s.key.length() - SIGNATURE);
            int threshold = (int) Math.floor(s.key.length() * MAX_EDIT_SHARE);
            if (similarEarlier(sentences, s, byOpening.get(opening), threshold)
                    || similarEarlier(sentences, s, byEnding.get(ending), threshold)) {
                regions.add(new Region(s.paragraph, s.start, s.end));
            }
            remember(byOpening, opening, i);
            remember(byEnding, ending, i);
        }
        return regions;
    }

    /** True when one of the earlier sentences is within {@code threshold} edits of {@code s}. */
    private static boolean similarEarlier(List<Piece> sentences, Piece s, java.util.ArrayDeque<Integer> earlier,
                                          int threshold) {
        if (earlier == null) {
            return false;
        }
        LevenshteinDistance distance = null;
        for (int j : earlier) {
            String e = sentences.get(j).key;
            if (Math.abs(e.length() - s.key.length()) > threshold) {
                continue;
            }
            if (e.equals(s.key)) {
                return true;
            }
            if (distance == null) {
                distance = new LevenshteinDistance(threshold);
            }
            if (distance.apply(e, s.key) >= 0) {
                return true;
            }
        }
        return false;
    }

    /** Keeps the last {@link #WINDOW} sentences per signature. */
    private static void remember(Map<String, java.util.ArrayDeque<Integer>> index, String signature, int i) {
        java.util.ArrayDeque<Integer> list = index.computeIfAbsent(signature, k -> new java.util.ArrayDeque<>());
        if (list.size() == WINDOW) {
            list.removeFirst();
        }
        list.addLast(i);
    }

    /** Clauses (split at commas too) or sentences of the paragraphs, with their comparison keys. */
    private static List<Piece> pieces(List<LogicalParagraph> paragraphs, List<Normalised> texts, boolean sentences) {
        List<Piece> out = new ArrayList<>();
        for (int p = 0; p < paragraphs.size(); p++) {
            String t = paragraphs.get(p).text();
            Normalised normalised = texts.get(p);
            int start = 0;
            for (int i = 0; i <= t.length(); i++) {
                boolean boundary = i == t.length() || (sentences ? isSentenceBoundary(t.charAt(i))
                        : Sentences.isClauseEnd(t.charAt(i)));
                if (boundary) {
                    int end = Math.min(i + 1, t.length());
                    String key = normalised.key(start, i);
                    if (!key.isEmpty()) {
                        out.add(new Piece(p, start, end, key));
                    }
                    start = end;
                }
            }
        }
        return out;
    }

    private static boolean isSentenceBoundary(char c) {
        return Sentences.isSentenceEnd(c) || c == '；' || c == ';';
    }

    /**
     * True when chars [start, end) of a paragraph overlap one of {@code regions}, which must be sorted and
     * disjoint as {@link Duplicates#find} returns them: only the last region starting before {@code end}
     * can overlap, and a binary search finds it.
     */
    static boolean overlaps(List<Region> regions, int paragraph, int start, int end) {
        int lo = 0;
        int hi = regions.size() - 1;
        Region candidate = null;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            Region r = regions.get(mid);
            if (r.paragraph() < paragraph || (r.paragraph() == paragraph && r.start() < end)) {
                candidate = r;
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        return candidate != null && candidate.paragraph() == paragraph && start < candidate.end();
    }

    /** Regions sorted, overlapping ones merged. */
    private static List<Region> merge(List<Region> regions) {
        regions.sort(Comparator.comparingInt(Region::paragraph).thenComparingInt(Region::start));
        List<Region> out = new ArrayList<>();
        for (Region r : regions) {
            Region last = out.isEmpty() ? null : out.get(out.size() - 1);
            if (last != null && last.paragraph() == r.paragraph() && r.start() <= last.end()) {
                out.set(out.size() - 1, new Region(last.paragraph(), last.start(), Math.max(last.end(), r.end())));
            } else {
                out.add(r);
            }
        }
        return out;
    }
}
