package dev.laurel.text;

/**
 * The English scale words written after an Arabic number in the English version of a page (US$37.6 million,
 * 1.2 billion yuan, 3.5bn): the number alone would be a wrong value. One space (or none) between number and word, a
 * non-letter after the word; case is ignored.
 */
final class LatinScales {
    private static final String[] WORDS = {"thousand", "million", "billion", "trillion", "mn", "bn"};
    private static final int[] POWERS = {3, 6, 9, 12, 6, 9};

    private LatinScales() {
    }

    /** The index of the scale word at {@code at} (after one optional space), or -1. */
    static int at(CharSequence t, int at) {
        int s = at < t.length() && t.charAt(at) == ' ' ? at + 1 : at;
        if (s >= t.length() || !NumeralRuns.isAsciiLetter(t.charAt(s))) {
            return -1; // nearly every number: no word at all
        }
        for (int k = 0; k < WORDS.length; k++) {
            String w = WORDS[k];
            int e = s + w.length();
            if (e <= t.length() && matchesIgnoringCase(t, s, w)
                    && (e == t.length() || !NumeralRuns.isAsciiLetter(t.charAt(e)))) {
                return k;
            }
        }
        return -1;
    }

    /** True when {@code t} holds the lower-case ASCII word {@code w} at {@code s}, in any case. */
    private static boolean matchesIgnoringCase(CharSequence t, int s, String w) {
        for (int i = 0; i < w.length(); i++) {
            if ((t.charAt(s + i) | 0x20) != w.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    /** Where the scale word {@code k} found {@link #at} {@code at} ends. */
    static int end(CharSequence t, int at, int k) {
        return (at < t.length() && t.charAt(at) == ' ' ? at + 1 : at) + WORDS[k].length();
    }

    /** The power of ten of the scale word {@code k}. */
    static int power(int k) {
        return POWERS[k];
    }
}
