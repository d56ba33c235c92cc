package dev.laurel.parsers.commendation.repeats;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Paragraphs met so far, to tell one pasted again. Most paragraphs differ in their length or first chars, so they
 * are kept under that short key and hashed whole only when another paragraph shares it: a document of distinct
 * paragraphs costs one short key each, and one of many look-alike paragraphs stays linear (the whole texts then go
 * to a hash set, whose String keys Java's table keeps in trees when their hashes collide).
 */
public final class SeenParagraphs {
    /** How many first chars, with the length, make a paragraph's key. */
    private static final int KEY_CHARS = 12;

    private final Map<Long, String> firstByKey = new HashMap<>();
    private final Set<String> shared = new HashSet<>();

    public void add(String text) {
        Long key = key(text);
        String first = firstByKey.putIfAbsent(key, text);
        if (first != null) {
            shared.add(first);
            shared.add(text);
        }
    }

    public boolean contains(String text) {
        String first = firstByKey.get(key(text));
        return first != null && (first.equals(text) || shared.contains(text));
    }

    /**
     * The length and a hash of the first chars, made without a substring. A key shared by different texts costs
     * time, never an answer: those texts go to {@link #shared}, which compares them whole.
     */
    private static Long key(String text) {
        int hash = 0;
        for (int i = 0, n = Math.min(text.length(), KEY_CHARS); i < n; i++) {
            hash = 31 * hash + text.charAt(i);
        }
        return ((long) text.length() << 32) | (hash & 0xFFFFFFFFL);
    }
}
