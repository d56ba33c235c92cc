package dev.laurel.text;

/**
 * A fast test for Han characters. {@link Character.UnicodeScript#of} and the regex class
 * {@code \p{IsHan}} binary-search the script table for every char; the CJK Unified Ideographs block,
 * which holds nearly every char of a Chinese text, is tested first with one range check.
 */
public final class HanChars {
    /**
     * A regex class equal to {@code \p{IsHan}}, with the common block tested first:
     * {@code Pattern.compile(HanChars.REGEX + "{1,6}市")}.
     */
    public static final String REGEX = "[\\u4E00-\\u9FEF\\p{IsHan}]";

    private HanChars() {
    }

    /**
     * True when {@code c} is of the Han script, exactly as {@code UnicodeScript.of(c) == HAN}.
     *
     * @param c a char
     * @return true for a Han char
     */
    public static boolean isHan(char c) {
        if (c >= '\u4E00' && c <= '\u9FEF') {
            return true;
        }
        return c >= '\u2E80' && Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
    }
}
