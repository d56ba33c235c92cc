package dev.laurel.region;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;

/**
 * A character trie over division names. Its transitions live in one open-addressing hash table of
 * longs, each holding (node, char) and the target node, so a step costs one probe of one array, no
 * allocation, and usually one cache line: the whole table is 128 KB for the gazetteer's names.
 * Scans call it at most chars of a text, and the table is mostly out of the cache by then; bit sets
 * of the keys' first chars, first pairs and last chars turn most places away before a probe.
 */
final class NameTrie<V> {
    /** Node ids and targets take 24 bits each, chars 16. */
    private static final int MAX_NODES = 1 << 24;
    private static final long EMPTY = -1L;

    /** Entries {@code node << 40 | char << 24 | target}, or {@link #EMPTY}. */
    private long[] table = new long[1 << 12];
    private int transitions;
    private final List<V> values = new ArrayList<>();
    /** The nodes where a key ends, so that a walk reads {@link #values} only there. */
    private final BitSet valued = new BitSet();
    private int maxKeyLength;
    private final BitSet firstChars = new BitSet();
    private final BitSet lastChars = new BitSet();
    /** The first two chars of the keys, hashed to 16 bits. */
    private final BitSet firstPairs = new BitSet(1 << 16);
    /** The chars that are keys on their own. */
    private final BitSet singleChars = new BitSet();

    NameTrie() {
        Arrays.fill(table, EMPTY);
        values.add(null); // root
    }

    /** Adds or replaces the value of {@code key}. */
    void put(String key, V value) {
        int node = 0;
        for (int i = 0; i < key.length(); i++) {
            int next = step(node, key.charAt(i));
            if (next < 0) {
                next = values.size();
                if (next >= MAX_NODES - 1) {
                    throw new IllegalStateException("a name trie holds at most " + MAX_NODES + " nodes");
                }
                values.add(null);
                insert(node, key.charAt(i), next);
            }
            node = next;
        }
        values.set(node, value);
        valued.set(node, value != null);
        maxKeyLength = Math.max(maxKeyLength, key.length());
        if (!key.isEmpty()) {
            firstChars.set(key.charAt(0));
            lastChars.set(key.charAt(key.length() - 1));
            if (key.length() == 1) {
                singleChars.set(key.charAt(0));
            } else {
                firstPairs.set(pair(key.charAt(0), key.charAt(1)));
            }
        }
    }

    /** The child of {@code node} along {@code c}, or -1. The root is node 0. */
    int step(int node, char c) {
        long k = ((long) node << 16) | c;
        int mask = table.length - 1;
        for (int i = mix(k) & mask; ; i = (i + 1) & mask) {
            long entry = table[i];
            if (entry >>> 24 == k) {
                return (int) (entry & (MAX_NODES - 1));
            }
            if (entry == EMPTY) {
                return -1;
            }
        }
    }

    /** The value stored at {@code node}, or null when no key ends there. */
    V value(int node) {
        return valued.get(node) ? values.get(node) : null;
    }

    /** False when no key starts with {@code c}. */
    boolean mayStartKey(char c) {
        return firstChars.get(c);
    }

    /** False when no key is written at {@code s[i]}, judged by its first two chars without a probe of the table. */
    boolean mayStartKeyAt(CharSequence s, int i) {
        return i + 1 < s.length() ? mayStartKey(s.charAt(i), s.charAt(i + 1)) : mayStartKeyAtEnd(s.charAt(i));
    }

    /** False when no key starts with {@code c} followed by {@code next}, judged without a probe of the table. */
    boolean mayStartKey(char c, char next) {
        return firstChars.get(c) && (singleChars.get(c) || firstPairs.get(pair(c, next)));
    }

    /** False when no key is {@code c} alone (the last char of a text can start no longer key). */
    boolean mayStartKeyAtEnd(char c) {
        return firstChars.get(c) && singleChars.get(c);
    }

    private static int pair(char first, char second) {
        return (((first << 16) | second) * 0x9E3779B1) >>> 16;
    }

    /** False when no key ends with {@code c}. */
    boolean mayEndKey(char c) {
        return lastChars.get(c);
    }

    int maxKeyLength() {
        return maxKeyLength;
    }

    private void insert(int node, char c, int target) {
        // At most 3 entries in 5: an empty slot is near, and a walk's probes mostly stay in one cache line.
        if ((transitions + 1) * 5L > table.length * 3L) {
            grow();
        }
        place(table, ((long) node << 40) | ((long) c << 24) | target);
        transitions++;
    }

    private void grow() {
        long[] old = table;
        table = new long[old.length * 2];
        Arrays.fill(table, EMPTY);
        for (long entry : old) {
            if (entry != EMPTY) {
                place(table, entry);
            }
        }
    }

    private static void place(long[] table, long entry) {
        int mask = table.length - 1;
        int i = mix(entry >>> 24) & mask;
        while (table[i] != EMPTY) {
            i = (i + 1) & mask;
        }
        table[i] = entry;
    }

    private static int mix(long k) {
        long h = k * 0x9E3779B97F4A7C15L;
        return (int) (h ^ (h >>> 32));
    }
}
