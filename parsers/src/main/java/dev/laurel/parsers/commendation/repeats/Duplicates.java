package dev.laurel.parsers.commendation.repeats;

import dev.laurel.parsers.commendation.text.LogicalParagraph;
import org.apache.commons.text.similarity.LevenshteinDistance;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

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
 * Linear in the section's length: clauses are compared by key ({@link SectionKeys}) in a hash table
 * ({@link SeenClauses}), sentences only with the last {@link #WINDOW} sentences of the same signature
 * ({@link LastBySignature}), through a bounded edit distance. Both tables hash under a per-process random
 * seed and cap their probes, so text cannot make them quadratic; the regions found do not depend on the seed.
 */
public final class Duplicates {
    static final int MIN_CLAUSES = 2;
    static final int MIN_CHARS = 12;
    static final int WINDOW = 8;
    /** Near duplicates share their first or their last chars: a changed opening keeps the ending. */
    static final int SIGNATURE = 4;
    static final double MAX_EDIT_SHARE = 0.15;
    /** Longer sentences are left to the clause comparison, which keeps the edit distance cheap. */
    static final int MAX_SENTENCE_CHARS = 400;

    /** A repeated region: chars [start, end) of logical paragraph {@code paragraph}. */
    public record Region(int paragraph, int start, int end) {
    }

    private Duplicates() {
    }

    public static List<Region> find(List<LogicalParagraph> paragraphs) {
        return find(paragraphs, KeyedHash.SEED);
    }

    /** The repeated regions, found with hashes under {@code seed} (the same regions for every seed). */
    public static List<Region> find(List<LogicalParagraph> paragraphs, long seed) {
        SectionKeys keys = SectionKeys.of(paragraphs, seed);
        List<Region> regions = repeatedClauseRuns(keys);
        regions.addAll(nearDuplicateSentences(keys));
        return merge(regions);
    }

    private static List<Region> repeatedClauseRuns(SectionKeys keys) {
        SectionKeys.Pieces clauses = keys.clauses;
        SeenClauses seen = new SeenClauses(keys);
        List<Region> regions = new ArrayList<>();
        int runStart = -1;
        int runChars = 0;
        for (int i = 0; i <= clauses.size(); i++) {
            boolean present = i < clauses.size();
            boolean repeated = present && !seen.add(i);
            boolean continues = repeated && runStart >= 0 && clauses.paragraph(runStart) == clauses.paragraph(i);
            if (!continues && runStart >= 0) {
                if (i - runStart >= MIN_CLAUSES && runChars >= MIN_CHARS) {
                    regions.add(new Region(clauses.paragraph(runStart), clauses.start(runStart), clauses.end(i - 1)));
                }
                runStart = -1;
            }
            if (repeated) {
                if (runStart < 0) {
                    runStart = i;
                    runChars = 0;
                }
                runChars += clauses.keyLength(i);
            }
        }
        return regions;
    }

    private static List<Region> nearDuplicateSentences(SectionKeys keys) {
        SectionKeys.Pieces sentences = keys.sentences;
        List<Region> regions = new ArrayList<>();
        LastBySignature lastByOpening = new LastBySignature(sentences.size(), keys.seed);
        LastBySignature lastByEnding = new LastBySignature(sentences.size(), keys.seed);
        int[] earlierByOpening = new int[sentences.size()];
        int[] earlierByEnding = new int[sentences.size()];
        for (int i = 0; i < sentences.size(); i++) {
            int length = sentences.keyLength(i);
            if (length < MIN_CHARS || length > MAX_SENTENCE_CHARS) {
                continue;
            }
            earlierByOpening[i] = lastByOpening.put(keys.pack(sentences, i, 0, SIGNATURE), i);
            earlierByEnding[i] = lastByEnding.put(keys.pack(sentences, i, length - SIGNATURE, SIGNATURE), i);
            int threshold = (int) Math.floor(length * MAX_EDIT_SHARE);
            if (similarEarlier(keys, i, earlierByOpening[i], earlierByOpening, threshold)
                    || similarEarlier(keys, i, earlierByEnding[i], earlierByEnding, threshold)) {
                regions.add(new Region(sentences.paragraph(i), sentences.start(i), sentences.end(i)));
            }
        }
        return regions;
    }

    /**
     * True when one of the last {@link #WINDOW} earlier sentences of the same signature is within
     * {@code threshold} edits of sentence {@code s}; {@code earlier[j]} links sentence j to the one before it.
     */
    private static boolean similarEarlier(SectionKeys keys, int s, int first, int[] earlier, int threshold) {
        SectionKeys.Pieces sentences = keys.sentences;
        LevenshteinDistance distance = null;
        for (int j = first, seen = 0; j >= 0 && seen < WINDOW; j = earlier[j], seen++) {
            if (Math.abs(sentences.keyLength(j) - sentences.keyLength(s)) > threshold) {
                continue;
            }
            if (keys.sameKey(sentences, j, sentences, s)) {
                return true;
            }
            if (distance == null) {
                distance = new LevenshteinDistance(threshold);
            }
            if (distance.apply(keys.key(sentences, j), keys.key(sentences, s)) >= 0) {
                return true;
            }
        }
        return false;
    }

    /**
     * True when chars [start, end) of a paragraph overlap one of {@code regions}, which must be sorted and
     * disjoint as {@link Duplicates#find} returns them: only the last region starting before {@code end}
     * can overlap, and a binary search finds it.
     */
    public static boolean overlaps(List<Region> regions, int paragraph, int start, int end) {
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
