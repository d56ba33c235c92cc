package dev.laurel.parsers.commendation.repeats;

import dev.laurel.model.Metric;
import dev.laurel.model.SourceSpan;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A paragraph that only restates figures given earlier for the same place: the story copied again in other words
 * (a portal carrying the agency's story and the city paper's rewrite of it), where {@link Duplicates} sees no text
 * repeated. A paragraph of at least {@link #MIN_FIGURES} figures, each of the same value and unit as one earlier
 * paragraph's figure not yet matched, gives its figures once, at their first telling. A single figure of the same value,
 * unit and label as one told before is given once too.
 */
public final class RestatedFigures {
    /** The fewest figures a paragraph must restate, every one of them, to be read as a restatement. */
    public static final int MIN_FIGURES = 3;

    /** A paragraph (its index in the list given) whose figures were left out as restated, and how many. */
    public record Restated(int paragraph, int figures) {
    }

    private final List<Metric> kept = new ArrayList<>();
    private final List<Restated> restated = new ArrayList<>();
    private final List<Metric> retold = new ArrayList<>();

    private RestatedFigures() {
    }

    /**
     * Reads {@code metrics} (in text order) by the paragraphs holding them, {@code paragraphs} in text order.
     *
     * @param metrics    one place's figures, in text order
     * @param paragraphs the spans of the paragraphs the figures were read from, in text order
     * @return the figures kept and the paragraphs left out
     */
    public static RestatedFigures of(List<Metric> metrics, List<SourceSpan> paragraphs) {
        RestatedFigures out = new RestatedFigures();
        if (metrics.size() < 2 * MIN_FIGURES || paragraphs.size() < 2) {
            out.keepOnce(metrics, java.util.Set.of());
            return out;
        }
        List<List<Metric>> byParagraph = new ArrayList<>();
        paragraphs.forEach(p -> byParagraph.add(new ArrayList<>()));
        for (Metric x : metrics) {
            int k = x.span() == null ? -1 : paragraphOf(paragraphs, x.span().start());
            if (k >= 0) {
                byParagraph.get(k).add(x);
            }
        }
        Map<Key, Integer> earlier = new HashMap<>(); // figures of the paragraphs before, by value and unit
        java.util.Set<Metric> left = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        for (int k = 0; k < paragraphs.size(); k++) {
            List<Metric> here = byParagraph.get(k);
            if (here.size() >= MIN_FIGURES && allEarlier(here, earlier)) {
                here.forEach(x -> earlier.merge(key(x), -1, Integer::sum));
                left.addAll(here);
                out.restated.add(new Restated(k, here.size()));
            } else {
                here.forEach(x -> earlier.merge(key(x), 1, Integer::sum));
            }
        }
        out.keepOnce(metrics, left);
        return out;
    }

    /**
     * Keeps {@code metrics} but those {@code left} out, and but a figure of the same value, unit and label as one kept
     * before it (完成老旧小区改造312个 in the story and again in a caption): the same fact told again, given once.
     */
    private void keepOnce(List<Metric> metrics, java.util.Set<Metric> left) {
        java.util.Set<List<Object>> told = new java.util.HashSet<>();
        for (Metric x : metrics) {
            if (left.contains(x)) {
                continue;
            }
            if (x.label() != null && !x.label().isEmpty() && !told.add(List.of(key(x), x.label()))) {
                retold.add(x);
                continue;
            }
            kept.add(x);
        }
    }

    /** The index of the paragraph holding {@code at}, or -1; {@code paragraphs} are in text order and do not overlap. */
    private static int paragraphOf(List<SourceSpan> paragraphs, int at) {
        int lo = 0;
        int hi = paragraphs.size() - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            SourceSpan p = paragraphs.get(mid);
            if (at < p.start()) {
                hi = mid - 1;
            } else if (at >= p.end()) {
                lo = mid + 1;
            } else {
                return mid;
            }
        }
        return -1;
    }

    /** The figures kept, in text order. */
    public List<Metric> kept() {
        return kept;
    }

    /** The figures left out as told again with the same label, in text order. */
    public List<Metric> retold() {
        return retold;
    }

    /** The paragraphs whose figures were all told before, in text order. */
    public List<Restated> restated() {
        return restated;
    }

    private static boolean allEarlier(List<Metric> here, Map<Key, Integer> earlier) {
        if (!earlier.containsKey(key(here.get(0)))) {
            return false; // most paragraphs: their first figure is new
        }
        Map<Key, Integer> wanted = new HashMap<>();
        for (Metric x : here) {
            wanted.merge(key(x), 1, Integer::sum);
        }
        for (Map.Entry<Key, Integer> e : wanted.entrySet()) {
            if (earlier.getOrDefault(e.getKey(), 0) < e.getValue()) {
                return false;
            }
        }
        return true;
    }

    /** A figure's value, upper bound and unit, the values in canonical scale (412 and 412.0 alike). */
    private record Key(java.math.BigDecimal value, java.math.BigDecimal upper, String unit) {
    }

    private static Key key(Metric x) {
        return new Key(Metric.canonical(x.value()), Metric.canonical(x.upper()), x.unit());
    }
}
