package dev.laurel.text;

/**
 * The number-model reading of spaced numerals (一百 五 十 二, 7万 5千 4百, 百 分 之 2, 三分  之一): the
 * spaces between two chars of a numeral, unit or ratio word are dropped, and {@link #origin} maps every char
 * of the compact text back to the input. Spaces between two Arabic numbers (1, 234; the mixed fraction
 * 1 3/5) and between an Arabic number and a Chinese digit (667.123 五点八) stay: they separate numbers.
 * {@link #readable} is the same kind of view that every reading uses: without the invisible format chars and
 * the spaces between an Arabic number and its multiplier.
 */
final class SpacedText {
    /** {@link Exclusions#FORMAT_CHARS} as a table: one array read per char. */
    private static final boolean[] FORMAT = new boolean[65536];

    static {
        for (int k = 0; k < Exclusions.FORMAT_CHARS.length(); k++) {
            FORMAT[Exclusions.FORMAT_CHARS.charAt(k)] = true;
        }
    }

    final String text;
    private final int[] origin;

    private SpacedText(String text, int[] origin) {
        this.text = text;
        this.origin = origin;
    }

    /** The compact view of {@code t}, or null when there is nothing to drop. */
    static SpacedText of(CharSequence t) {
        int n = t.length();
        StringBuilder b = null;
        int[] origin = null;
        int i = 0;
        while (i < n) {
            char c = t.charAt(i);
            if (isSpace(c) && i > 0) {
                int j = i;
                while (j < n && isSpace(t.charAt(j))) {
                    j++;
                }
                if (j < n && joins(t.charAt(i - 1), t.charAt(j))) {
                    if (b == null) {
                        b = new StringBuilder(n);
                        b.append(t, 0, i);
                        origin = new int[n + 1];
                        for (int k = 0; k < i; k++) {
                            origin[k] = k;
                        }
                    }
                    i = j;
                    continue;
                }
            }
            if (b != null) {
                origin[b.length()] = i;
                b.append(c);
            }
            i++;
        }
        if (b == null) {
            return null;
        }
        origin[b.length()] = n;
        return new SpacedText(b.toString(), origin);
    }

    /**
     * The view of {@code t} that every reading uses, or null when it is {@code t} itself: without its format
     * chars (U+200B, U+00AD, U+FEFF ...), and without the inline spaces between an Arabic number and the
     * multiplier or 余/多 after it (1.8 亿元, 3.2 万人次, 1200 余名: the spacing web pages put between digits
     * and Han chars). A space before another digit (1 6.4亿, 2 100) stays: one numeral or two is unknown.
     */
    static SpacedText readable(CharSequence t) {
        int first = 0;
        while (first < t.length() && !dropsAt(t, first)) {
            first++;
        }
        return readable(t, first);
    }

    /**
     * {@link #readable(CharSequence)} when the first char it drops is known to be at {@code first} (none before it;
     * {@code t.length()} when there is none, giving null).
     */
    static SpacedText readable(CharSequence t, int first) {
        int n = t.length();
        if (first == n) {
            return null;
        }
        StringBuilder b = new StringBuilder(n);
        int[] origin = new int[n + 1];
        for (int i = 0; i < n; i++) {
            char c = t.charAt(i);
            if (FORMAT[c]) {
                continue;
            }
            if (numberGap(t, i)) {
                while (i + 1 < n && isInlineSpace(t.charAt(i + 1))) {
                    i++;
                }
                continue;
            }
            origin[b.length()] = i;
            b.append(c);
        }
        origin[b.length()] = n;
        return new SpacedText(b.toString(), origin);
    }

    /**
     * Whether {@link #readable} drops the char at {@code i}: a format char, or an inline space after an Arabic
     * digit before a multiplier. The char is read once and the gap looked for only at a space: this test runs on
     * every char of every text.
     */
    static boolean dropsAt(CharSequence t, int i) {
        char c = t.charAt(i);
        return FORMAT[c] || isInlineSpace(c) && numberGap(t, i);
    }

    /** Whether inline spaces start at {@code i} between an Arabic digit and a multiplier or 余/多. */
    private static boolean numberGap(CharSequence t, int i) {
        if (i == 0 || !isInlineSpace(t.charAt(i)) || !NumeralChars.isArabic(t.charAt(i - 1))) {
            return false;
        }
        int j = i;
        while (j < t.length() && j - i < 3 && isInlineSpace(t.charAt(j))) {
            j++;
        }
        if (j >= t.length()) {
            return false;
        }
        char c = t.charAt(j);
        byte cls = NumeralChars.classOf(c);
        return cls == NumeralChars.BIG || cls == NumeralChars.POWER || "余餘多".indexOf(c) >= 0;
    }

    private static boolean isInlineSpace(char c) {
        return c == ' ' || c == '\u3000' || c == '\u00A0';
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\u3000';
    }

    private static boolean joins(char a, char b) {
        boolean aArabic = NumeralChars.isArabic(a) || NumeralChars.isDot(a);
        boolean bArabic = NumeralChars.isArabic(b);
        if (!(NumeralRuns.isHan(a) || aArabic) || !(NumeralRuns.isHan(b) || bArabic)) {
            return false;
        }
        return !(aArabic && (bArabic || NumeralChars.isChineseDigit(b)));
    }

    /** The input offset of compact offset {@code k} (a start). */
    int start(int k) {
        return origin[k];
    }

    /** The input offset after compact end {@code k} (exclusive). */
    int end(int k) {
        return k == 0 ? 0 : origin[k - 1] + 1;
    }
}
