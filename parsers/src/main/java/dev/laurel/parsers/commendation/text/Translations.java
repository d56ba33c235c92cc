package dev.laurel.parsers.commendation.text;

/**
 * The paragraphs of a page written in Latin script: the English version of a bilingual page (Hechi City (河池市) has again
 * been named…, …invested 270 million yuan (about US$37.6 million)). They restate the Chinese text's figures, and their
 * qualifiers (about, more than) are words the reader does not read, so their figures are not read.
 */
public final class Translations {
    /** Fewer Latin letters than this is a code, a name or a heading (English version), no paragraph of prose. */
    private static final int MIN_LETTERS = 20;
    /** How many Latin letters a paragraph holds per Han char, at least, to be written in Latin script. */
    private static final int LETTERS_PER_HAN = 4;
    /** How far into a paragraph its first Latin letter is looked for. */
    private static final int OPENING = 16;

    private Translations() {
    }

    /**
     * True when {@code text} is a paragraph written in Latin script (a few Han chars, a name in brackets, allowed). A
     * Latin letter stands near its start (· China's first…, 中文 | English | …); a paragraph with none there is turned
     * away without a count of the rest, as most are.
     */
    public static boolean isLatin(CharSequence text) {
        int first = 0;
        while (first < Math.min(text.length(), OPENING) && !isAsciiLetter(text.charAt(first))) {
            first++;
        }
        if (first >= Math.min(text.length(), OPENING)) {
            return false;
        }
        int letters = 0;
        int han = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (isAsciiLetter(c)) {
                letters++;
            } else if (c >= '\u4E00' && c <= '\u9FFF') {
                han++;
            }
        }
        return letters >= MIN_LETTERS && letters >= LETTERS_PER_HAN * han;
    }

    private static boolean isAsciiLetter(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
    }

    /** True when {@code text} holds an ASCII digit. */
    public static boolean hasDigit(CharSequence text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) >= '0' && text.charAt(i) <= '9') {
                return true;
            }
        }
        return false;
    }
}
