package dev.laurel.parsers.commendation;

import java.util.ArrayList;
import java.util.BitSet;
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

    private record Piece(int paragraph, int start, int end, CharRange key) {
    }

    private Duplicates() {
    }

    static List<Region> find(List<LogicalParagraph> paragraphs) {
        List<Piece> clauses = new ArrayList<>();
        List<Piece> sentences = new ArrayList<>();
        for (int p = 0; p < paragraphs.size(); p++) {
            split(p, paragraphs.get(p).text(), clauses, sentences);
        }
        List<Region> regions = repeatedClauseRuns(clauses);
        regions.addAll(nearDuplicateSentences(sentences));
        return merge(regions);
    }

    /**
     * Cuts paragraph {@code p} into clauses (split at commas too) and sentences. Their keys keep only
     * letters, digits and ideographs, so that 、 vs , or a stray space do not hide a repeat.
     */
    private static void split(int p, String t, List<Piece> clauses, List<Piece> sentences) {
        char[] kept = new char[t.length()];
        int n = 0;
        int clauseStart = 0;
        int clauseKey = 0;
        int sentenceStart = 0;
        int sentenceKey = 0;
        for (int i = 0; i <= t.length(); i++) {
            boolean last = i == t.length();
            char c = last ? 0 : t.charAt(i);
            if (c >= '\u4E00' && c <= '\u9FEF') {
                kept[n++] = c; // an ideograph: kept, and never a clause end
                continue;
            }
            if (!last && !Sentences.isClauseEnd(c)) {
                if (isKept(c)) {
                    kept[n++] = c;
                }
                continue;
            }
            int end = Math.min(i + 1, t.length());
            if (n > clauseKey) {
                clauses.add(new Piece(p, clauseStart, end, new CharRange(kept, clauseKey, n)));
            }
            clauseStart = end;
            clauseKey = n;
            if (last || isSentenceBoundary(c)) {
                if (n > sentenceKey) {
                    sentences.add(new Piece(p, sentenceStart, end, new CharRange(kept, sentenceKey, n)));
                }
                sentenceStart = end;
                sentenceKey = n;
            }
        }
    }

    /** Letters, digits and ideographs of the BMP, one bit per char: they make up the keys. */
    private static final BitSet KEPT = new BitSet(Character.MAX_VALUE + 1);

    static {
        for (char c = 0; c < Character.MAX_VALUE; c++) {
            KEPT.set(c, Character.isLetterOrDigit(c) || Character.isIdeographic(c));
        }
    }

    private static boolean isKept(char c) {
        return KEPT.get(c);
    }

    private static List<Region> repeatedClauseRuns(List<Piece> clauses) {
        Map<CharRange, Integer> seen = new HashMap<>(clauses.size() * 2);
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
        Map<Long, Integer> lastByOpening = new HashMap<>(sentences.size() * 2);
        Map<Long, Integer> lastByEnding = new HashMap<>(sentences.size() * 2);
        int[] earlierByOpening = new int[sentences.size()];
        int[] earlierByEnding = new int[sentences.size()];
        for (int i = 0; i < sentences.size(); i++) {
            Piece s = sentences.get(i);
            if (s.key.length() < MIN_CHARS || s.key.length() > MAX_SENTENCE_CHARS) {
                continue;
            }
            earlierByOpening[i] = orNone(lastByOpening.put(s.key.pack(0, SIGNATURE), i));
            earlierByEnding[i] = orNone(lastByEnding.put(s.key.pack(s.key.length() - SIGNATURE, SIGNATURE), i));
            int threshold = (int) Math.floor(s.key.length() * MAX_EDIT_SHARE);
            if (similarEarlier(sentences, s, earlierByOpening[i], earlierByOpening, threshold)
                    || similarEarlier(sentences, s, earlierByEnding[i], earlierByEnding, threshold)) {
                regions.add(new Region(s.paragraph, s.start, s.end));
            }
        }
        return regions;
    }

    private static int orNone(Integer index) {
        return index == null ? -1 : index;
    }

    /**
     * True when one of the last {@link #WINDOW} earlier sentences of the same signature is within
     * {@code threshold} edits of {@code s}; {@code earlier[j]} links sentence j to the one before it.
     */
    private static boolean similarEarlier(List<Piece> sentences, Piece s, int first, int[] earlier, int threshold) {
        LevenshteinDistance distance = null;
        for (int j = first, seen = 0; j >= 0 && seen < WINDOW; j = earlier[j], seen++) {
            CharRange e = sentences.get(j).key;
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
