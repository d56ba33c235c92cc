package dev.laurel.parsers.commendation.repeats;

import java.util.Arrays;
import java.util.TreeSet;

/**
 * The clauses of a section seen so far, by key: an open-addressing table of clause indices under their
 * {@link KeyedHash keyed} hashes. A clause probes at most {@link #MAX_PROBES} slots; one whose slots are
 * all taken goes to a tree ordered by key instead. So an add costs at most {@code MAX_PROBES} probes and
 * {@code 2 log2(n + 1) + 1} key comparisons, whatever the hashes, and its answer never depends on them:
 * slots are never freed, so a key that went to the tree finds its slots taken ever after.
 */
public final class SeenClauses {
    /** Linear probes at a load of at most one half pass 32 about once in a million adds. */
    static final int MAX_PROBES = 32;

    private final SectionKeys keys;
    /** Clause index + 1, or 0 for a free slot. */
    private final int[] slots;
    /** Clauses that found their slots taken, by key; null until one does. */
    private TreeSet<Integer> overflow;
    /** Probes and tree comparisons: of all adds, and of the current one, and the most of any one. */
    private long steps;
    private int stepsOfAdd;
    private int mostStepsOfAdd;

    SeenClauses(SectionKeys keys) {
        this.keys = keys;
        this.slots = new int[tableSize(keys.clauses.size())];
    }

    /** The slots of a table for {@code clauses} clauses: a power of two, at least twice as many. */
    static int tableSize(int clauses) {
        return Integer.highestOneBit(Math.max(1, clauses) * 2) * 2;
    }

    /** Adds clause {@code i}; false when a clause with the same key was added before. */
    boolean add(int i) {
        SectionKeys.Pieces clauses = keys.clauses;
        int hash = clauses.hash(i);
        int mask = slots.length - 1;
        stepsOfAdd = 0;
        try {
            for (int probe = 0, k = hash & mask; probe < MAX_PROBES; probe++, k = (k + 1) & mask) {
                stepsOfAdd++;
                int other = slots[k] - 1;
                if (other < 0) {
                    slots[k] = i + 1;
                    return true;
                }
                if (clauses.hash(other) == hash && keys.sameKey(clauses, other, clauses, i)) {
                    return false;
                }
            }
            if (overflow == null) {
                overflow = new TreeSet<>(this::compare);
            }
            return overflow.add(i);
        } finally {
            steps += stepsOfAdd;
            mostStepsOfAdd = Math.max(mostStepsOfAdd, stepsOfAdd);
        }
    }

    private int compare(int a, int b) {
        stepsOfAdd++;
        SectionKeys.Pieces clauses = keys.clauses;
        return Arrays.compare(keys.keys, clauses.from(a), clauses.to(a), keys.keys, clauses.from(b), clauses.to(b));
    }

    /** Probes and key comparisons of all adds so far (for tests). */
    long steps() {
        return steps;
    }

    /** The most probes and key comparisons of one add so far (for tests). */
    int mostStepsOfAdd() {
        return mostStepsOfAdd;
    }

    /** The clauses kept in the tree (for tests). */
    int overflowed() {
        return overflow == null ? 0 : overflow.size();
    }
}
