package dev.laurel.text;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;
import java.util.function.ToIntFunction;

/**
 * Items grouped by a key char, looked up without boxing: an open-addressing hash table on the few
 * dozen chars that start (or end) the words of a list. Each group keeps the order of the list.
 * Immutable and thread-safe.
 */
final class CharTable<T> {
    private final char[] keys;
    /** The group (a T[]) of the key in the same slot, or null for an empty slot. */
    private final Object[] groups;
    private final int shift;
    /**
     * Bit {@code c % 4096} set for each key c: most chars that are no key are turned away by one test. 4096 bits
     * (512 bytes) rather than 64, since a list with dozens of keys would set most of 64 bits.
     */
    private final long[] present;

    private CharTable(char[] keys, Object[] groups, int shift, long[] present) {
        this.keys = keys;
        this.groups = groups;
        this.shift = shift;
        this.present = present;
    }

    /**
     * Groups {@code items} by {@code key} (a char), each group in the order of {@code items}.
     * {@code newArray} makes the array that holds a group.
     */
    static <T> CharTable<T> of(List<T> items, ToIntFunction<T> key, IntFunction<T[]> newArray) {
        Map<Character, List<T>> byKey = new LinkedHashMap<>();
        for (T item : items) {
            byKey.computeIfAbsent((char) key.applyAsInt(item), k -> new ArrayList<>()).add(item);
        }
        int bits = 1;
        while (1 << bits < 2 * byKey.size()) {
            bits++;
        }
        char[] keys = new char[1 << bits];
        Object[] groups = new Object[1 << bits];
        int shift = 32 - bits;
        long[] present = new long[FILTER_WORDS];
        for (char c : byKey.keySet()) {
            present[word(c)] |= 1L << c;
        }
        byKey.forEach((c, group) -> {
            int slot = slot(c, shift);
            while (groups[slot] != null) {
                slot = (slot + 1) & (keys.length - 1);
            }
            keys[slot] = c;
            groups[slot] = group.toArray(newArray.apply(group.size()));
        });
        return new CharTable<>(keys, groups, shift, present);
    }

    private static final int FILTER_WORDS = 64;

    /** The word of {@link #present} that holds the bit of {@code c}; the bit is {@code c % 64} (a long shift's). */
    private static int word(char c) {
        return (c >>> 6) & (FILTER_WORDS - 1);
    }

    /** Fibonacci hashing: the top bits of the char times the golden ratio. */
    private static int slot(char c, int shift) {
        return (c * 0x9E3779B9) >>> shift;
    }

    /** The items whose key is {@code c}, in list order, or null when there are none. */
    @SuppressWarnings("unchecked")
    T[] get(char c) {
        if ((present[word(c)] & (1L << c)) == 0) {
            return null;
        }
        int mask = keys.length - 1;
        for (int slot = slot(c, shift); ; slot = (slot + 1) & mask) {
            Object group = groups[slot];
            if (group == null || keys[slot] == c) {
                return (T[]) group;
            }
        }
    }
}
