package dev.laurel.text;

/**
 * What {@link QuantityScanner} learns about a text in one pass before it scans it: where the first char is that
 * the reading view drops ({@link SpacedText#readable}), and where the first opening quote and the first 累计 are,
 * the marks that {@link ExclusionRules#insideQuote} and {@link Qualifiers#cumulative} look back for from every
 * quantity. A quantity before them needs no look-back, which is most quantities of most texts. One table read per
 * char; the rare marked chars are looked at closer.
 *
 * @param firstDrop       index of the first char the reading view drops (a format char, the space in 1.8 亿), or
 *                        the text's length when it drops none
 * @param firstQuote      index of the first opening quote (“「『《), or the text's length
 * @param firstCumulative index of the first 累计, or the text's length
 */
record TextMarks(int firstDrop, int firstQuote, int firstCumulative) {
    /** A format char or an inline space: the view may drop it. */
    private static final byte MAY_DROP = 1;
    private static final byte OPENING_QUOTE = 2;
    /** 累, the first char of 累计. */
    private static final byte LEI = 4;
    private static final byte[] MARKS = new byte[65536];

    static {
        for (int k = 0; k < Exclusions.FORMAT_CHARS.length(); k++) {
            MARKS[Exclusions.FORMAT_CHARS.charAt(k)] |= MAY_DROP;
        }
        for (char c : " \u3000\u00A0".toCharArray()) {
            MARKS[c] |= MAY_DROP; // SpacedText's inline spaces
        }
        for (char c : "“「『《".toCharArray()) {
            MARKS[c] |= OPENING_QUOTE;
        }
        MARKS['累'] |= LEI;
    }

    /**
     * The marks of {@code t}.
     *
     * @param t the text to be scanned
     * @return where its marks first occur
     */
    static TextMarks of(CharSequence t) {
        int n = t.length();
        int drop = n;
        int quote = n;
        int cumulative = n;
        for (int i = 0; i < n; i++) {
            byte m = MARKS[t.charAt(i)];
            if (m == 0) {
                continue;
            }
            if ((m & MAY_DROP) != 0 && drop == n && SpacedText.dropsAt(t, i)) {
                drop = i;
            }
            if ((m & OPENING_QUOTE) != 0 && quote == n) {
                quote = i;
            }
            if ((m & LEI) != 0 && cumulative == n && i + 1 < n && t.charAt(i + 1) == '计') {
                cumulative = i;
            }
        }
        return new TextMarks(drop, quote, cumulative);
    }
}
