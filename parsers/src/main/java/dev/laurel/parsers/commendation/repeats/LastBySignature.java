package dev.laurel.parsers.commendation.repeats;

import java.util.TreeMap;

/**
 * The last sentence seen with each signature: an open-addressing table from signature to sentence index
 * under a {@link KeyedHash keyed} hash. A signature probes at most {@link #MAX_PROBES} slots; one whose slots
 * are all taken goes to a tree map instead, so a put costs at most {@code MAX_PROBES} probes and a
 * logarithmic number of comparisons whatever the hashes, and its answer never depends on them.
 */
public final class LastBySignature {
    static final int MAX_PROBES = SeenClauses.MAX_PROBES;

    private final long seed;
    private final long[] signatures;
    /** Sentence index + 1, or 0 for a free slot. */
    private final int[] last;
    /** Signatures that found their slots taken; null until one does. */
    private TreeMap<Long, Integer> overflow;
    private int mostProbes;

    LastBySignature(int capacity, long seed) {
        int size = SeenClauses.tableSize(capacity);
        this.seed = seed;
        signatures = new long[size];
        last = new int[size];
    }

    /** Records sentence {@code i} under {@code signature}; returns the one recorded before, or -1. */
    int put(long signature, int i) {
        int mask = last.length - 1;
        for (int probe = 0, k = KeyedHash.of(signature, seed) & mask; probe < MAX_PROBES; probe++, k = (k + 1) & mask) {
            mostProbes = Math.max(mostProbes, probe + 1);
            if (last[k] == 0) {
                signatures[k] = signature;
                last[k] = i + 1;
                return -1;
            }
            if (signatures[k] == signature) {
                int before = last[k] - 1;
                last[k] = i + 1;
                return before;
            }
        }
        if (overflow == null) {
            overflow = new TreeMap<>();
        }
        Integer before = overflow.put(signature, i);
        return before == null ? -1 : before;
    }

    /** The most slots one put probed so far (for tests). */
    int mostProbes() {
        return mostProbes;
    }

    /** The signatures kept in the tree map (for tests). */
    int overflowed() {
        return overflow == null ? 0 : overflow.size();
    }
}
