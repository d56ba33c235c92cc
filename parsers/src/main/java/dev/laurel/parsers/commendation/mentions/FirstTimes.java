package dev.laurel.parsers.commendation.mentions;

import dev.laurel.parsers.commendation.text.Lexicon;

/**
 * Where a text says a place received an honour for the first time: 首次 or 首度 before a naming verb, 被 or 获
 * (首次获评, 首度荣获; a first try that won at once between: 首次参评即获此殊荣), or a verb that says it itself (首获, 首夺). The words are {@code first-time-words.txt}; each
 * starts with 首, so a text without 首 is passed over at once.
 */
public final class FirstTimes {
    private static final Lexicon WORDS = Lexicon.load("first-time-words.txt");
    /** The longest word of the list. */
    private static final int MAX_WORD = WORDS.words().stream().mapToInt(String::length).max().orElse(0);

    /** The longest try that won at once between a first-time word and its verb (申报即成功). */
    private static final int MAX_TRY = 5;

    private FirstTimes() {
    }

    /** Where the next first-time word at or after {@code from} of {@code text} (simplified) starts, or -1. */
    public static int next(String text, int from) {
        for (int at = text.indexOf('首', Math.max(0, from)); at >= 0; at = text.indexOf('首', at + 1)) {
            if (WORDS.at(text, at) != null) {
                return at;
            }
        }
        return -1;
    }

    /** The first-time word starting at {@code at}, or null. */
    public static String at(String text, int at) {
        return at >= 0 && at < text.length() ? WORDS.at(text, at) : null;
    }

    /**
     * True when the first-time word at {@code at} says a naming: a naming verb, 被 or 获 follows it, or it is such a
     * verb (首获).
     */
    public static boolean beforeVerb(String text, int at) {
        String w = at(text, at);
        if (w == null) {
            return false;
        }
        if (WORDS.isTagged(w)) {
            return true;
        }
        int after = CountPhrase.afterWonTry(text, at + w.length()); // 首次参评即获此殊荣: the first try won
        return HonourStatements.VERBS.at(text, after) != null || text.startsWith("被", after) || text.startsWith("获", after);
    }

    /**
     * Where the first-time word that opens the naming at {@code verb} starts: a word ending right there (首次 of
     * 首次荣获), or {@code verb} itself when the verb says it (首获); -1 when neither.
     */
    public static int startBefore(String text, int verb) {
        String own = at(text, verb);
        if (own != null && WORDS.isTagged(own)) {
            return verb; // 首获: the verb says it
        }
        for (int k = Math.max(0, verb - MAX_WORD - MAX_TRY); k < verb; k++) {
            String w = at(text, k);
            if (w != null && !WORDS.isTagged(w)
                    && (k + w.length() == verb || CountPhrase.afterWonTry(text, k + w.length()) == verb)) {
                return k; // 首次荣获; 首次参评即获: the first try won
            }
        }
        return -1;
    }
}
