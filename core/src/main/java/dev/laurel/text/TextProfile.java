package dev.laurel.text;

/**
 * What a decoded text is made of, counted in one pass: the chars that show it is damaged
 * (replacement chars U+FFFD, lone surrogates, control chars other than tab and line breaks), the
 * chars that show a wrong charset (private-use and unassigned code points), and the Chinese and
 * ASCII text that shows a right one. Counts are of code points.
 *
 * @param length         code points in the text
 * @param replacements   U+FFFD
 * @param loneSurrogates surrogates without their other half
 * @param controls       C0 and C1 controls and DEL, except tab, LF, VT, FF, CR and NEL
 * @param odd            private-use, unassigned and noncharacter code points
 * @param chinese        Han ideographs, CJK symbols and punctuation (U+3000–U+303F), full-width forms
 * @param ascii          printable ASCII, tab and line breaks
 * @param firstMalformed index (UTF-16 units) of the first replacement char, lone surrogate or control; -1 when none
 */
public record TextProfile(int length, int replacements, int loneSurrogates, int controls, int odd, int chinese,
                          int ascii, int firstMalformed) {

    /**
     * Profiles {@code text}.
     *
     * @param text the text to count through
     * @return the counts of its chars by class
     */
    public static TextProfile of(CharSequence text) {
        int length = 0;
        int replacements = 0;
        int lone = 0;
        int controls = 0;
        int odd = 0;
        int chinese = 0;
        int ascii = 0;
        int first = -1;
        for (int i = 0; i < text.length(); ) {
            char c = text.charAt(i);
            int at = i;
            length++;
            if (c < 0x80) {
                i++;
                if (c >= 0x20 && c < 0x7F || c == '\t' || LineBreaks.isBreak(c)) {
                    ascii++;
                } else {
                    controls++;
                    first = first < 0 ? at : first;
                }
                continue;
            }
            int cp;
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                cp = Character.toCodePoint(c, text.charAt(i + 1));
                i += 2;
            } else {
                cp = c;
                i++;
            }
            if (cp >= 0x4E00 && cp <= 0x9FFF) {
                chinese++; // the common case first: CJK Unified Ideographs
            } else if (cp == 0xFFFD) {
                replacements++;
                first = first < 0 ? at : first;
            } else if (Character.isSurrogate((char) cp) && cp <= 0xFFFF) {
                lone++;
                first = first < 0 ? at : first;
            } else if (cp <= 0x9F) {
                if (cp != 0x85) { // C1 controls; NEL breaks a line
                    controls++;
                    first = first < 0 ? at : first;
                }
            } else if (isOdd(cp)) {
                odd++;
            } else if (isChinese(cp)) {
                chinese++;
            }
        }
        return new TextProfile(length, replacements, lone, controls, odd, chinese, ascii, first);
    }

    /**
     * Replacement chars, lone surrogates and controls: chars that say the text was damaged.
     *
     * @return the sum of those three counts
     */
    public int malformed() {
        return replacements + loneSurrogates + controls;
    }

    /**
     * {@link #malformed()} plus private-use and unassigned code points: chars that say the charset may be wrong.
     *
     * @return the sum of those counts
     */
    public int doubtful() {
        return malformed() + odd;
    }

    private static boolean isOdd(int cp) {
        int type = Character.getType(cp);
        return type == Character.PRIVATE_USE || type == Character.UNASSIGNED || (cp & 0xFFFE) == 0xFFFE
                || (cp >= 0xFDD0 && cp <= 0xFDEF);
    }

    private static boolean isChinese(int cp) {
        return (cp >= 0x3000 && cp <= 0x303F) || (cp >= 0xFF00 && cp <= 0xFFEF) || (cp >= 0x3400 && cp <= 0x4DBF)
                || ((cp >= 0xF900 && cp <= 0xFAFF || cp >= 0x20000) && Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN)
                || (cp >= 0x2E80 && cp <= 0x2FDF); // radicals
    }
}
