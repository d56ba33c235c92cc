package dev.laurel.region;

import java.util.ArrayList;
import java.util.List;

/**
 * A character trie over division names; transitions live in one open-addressing hash table keyed
 * by (node, char), so a step costs one probe and no allocation.
 */
final class NameTrie<V> {
    private long[] keys = new long[1 << 14];
    private int[] targets = new int[1 << 14];
    private int transitions;
    private final List<V> values = new ArrayList<>();
    private int maxKeyLength;
    /** The first chars of the keys: a test that costs no probe of the table, which is too large for the cache. */
    private final java.util.BitSet firstChars = new java.util.BitSet();
    /** The last chars of the keys. */
    private final java.util.BitSet lastChars = new java.util.BitSet();
    /** The first two chars of the keys, hashed to 16 bits: most places where a first char fits fail here. */
    private final java.util.BitSet firstPairs = new java.util.BitSet(1 << 16);
    /** The chars that are keys on their own. */
    private final java.util.BitSet singleChars = new java.util.BitSet();

    NameTrie() {
        java.util.Arrays.fill(keys, -1L);
        values.add(null); // root
    }

    /** Adds or replaces the value of {@code key}. */
    void put(String key, V value) {
        int node = 0;
        for (int i = 0; i < key.length(); i++) {
            int next = step(node, key.charAt(i));
            if (next < 0) {
                next = values.size();
                values.add(null);
                insert(node, key.charAt(i), next);
            }
            node = next;
        }
        values.set(node, value);
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
        int mask = keys.length - 1;
        for (int i = mix(k) & mask; ; i = (i + 1) & mask) {
            long found = keys[i];
            if (found == k) {
                return targets[i];
            }
            if (found == -1L) {
                return -1;
            }
        }
    }

    /** The value stored at {@code node}, or null when no key ends there. */
    V value(int node) {
        return values.get(node);
    }

    /** False when no key starts with {@code c}. */
    boolean mayStartKey(char c) {
        return firstChars.get(c);
    }

    /** False when no key is written at {@code s[i]}, judged by its first two chars without a probe of the table. */
    boolean mayStartKeyAt(CharSequence s, int i) {
        char c = s.charAt(i);
        if (!firstChars.get(c)) {
            return false;
        }
        return singleChars.get(c) || (i + 1 < s.length() && firstPairs.get(pair(c, s.charAt(i + 1))));
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
        if ((transitions + 1) * 2 > keys.length) {
            grow();
        }
        long k = ((long) node << 16) | c;
        int mask = keys.length - 1;
        int i = mix(k) & mask;
        while (keys[i] != -1L) {
            i = (i + 1) & mask;
        }
        keys[i] = k;
        targets[i] = target;
        transitions++;
    }

    private void grow() {
        long[] oldKeys = keys;
        int[] oldTargets = targets;
        keys = new long[oldKeys.length * 2];
        targets = new int[oldKeys.length * 2];
        java.util.Arrays.fill(keys, -1L);
        int mask = keys.length - 1;
        for (int j = 0; j < oldKeys.length; j++) {
            if (oldKeys[j] != -1L) {
                int i = mix(oldKeys[j]) & mask;
                while (keys[i] != -1L) {
                    i = (i + 1) & mask;
                }
                keys[i] = oldKeys[j];
                targets[i] = oldTargets[j];
            }
        }
    }

    private static int mix(long k) {
        long h = k * 0x9E3779B97F4A7C15L;
        return (int) (h ^ (h >>> 32));
    }
}
