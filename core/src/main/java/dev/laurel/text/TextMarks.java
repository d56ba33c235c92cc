package dev.laurel.text;

/**
 * What {@link QuantityScanner} learns about a text in one pass before it scans it: the chars it must look at (its
 * stops: numerals, 第, 数, 半 ...; it steps over all others, most of the text, without reading them again), where
 * the first char is that the reading view drops ({@link SpacedText#readable}), and where the first opening quote
 * and the first 累计 are, the marks that {@link ExclusionRules#insideQuote} and {@link Qualifiers#cumulative} look
 * back for from every quantity: a quantity before them needs no look-back, which is most quantities of most texts.
 * One table read per char; the rare marked chars are looked at closer.
 */
final class TextMarks {
    /** A char where {@code QuantityScanner.scanCompact} looks closer, in either reading. */
    private static final byte STOP = 1;
    /** A format char or an inline space: the view may drop it. */
    private static final byte MAY_DROP = 2;
    private static final byte OPENING_QUOTE = 4;
    /** 累, the first char of 累计. */
    private static final byte LEI = 8;
    private static final byte[] MARKS = new byte[65536];

    static {
        for (int c = 0; c < MARKS.length; c++) {
            if (NumeralChars.isNumeral((char) c) || NumeralChars.isDot((char) c)) {
                MARKS[c] |= STOP;
            }
        }
        for (char c : "第数hwHW半对對".toCharArray()) {
            MARKS[c] |= STOP; // ordinals, vague 数N, web addresses, halves and pairs
        }
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

    private final int length;
    /** Bit k set when char k is a stop. */
    private final long[] stops;
    private final int firstDrop;
    private final int firstQuote;
    private final int firstCumulative;

    private TextMarks(int length, long[] stops, int firstDrop, int firstQuote, int firstCumulative) {
        this.length = length;
        this.stops = stops;
        this.firstDrop = firstDrop;
        this.firstQuote = firstQuote;
        this.firstCumulative = firstCumulative;
    }

    /**
     * The marks of {@code t}.
     *
     * @param t the text to be scanned
     * @return its stops and where its marks first occur
     */
    static TextMarks of(CharSequence t) {
        int n = t.length();
        long[] stops = new long[(n + 63) >>> 6];
        int drop = n;
        int quote = n;
        int cumulative = n;
        for (int i = 0; i < n; i++) {
            byte m = MARKS[t.charAt(i)];
            if (m == 0) {
                continue;
            }
            if ((m & STOP) != 0) {
                stops[i >>> 6] |= 1L << i;
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
        return new TextMarks(n, stops, drop, quote, cumulative);
    }

    /** The first stop at or after {@code from}, or the text's length when there is none. */
    int nextStop(int from) {
        int w = from >>> 6;
        if (w >= stops.length) {
            return length;
        }
        long bits = stops[w] & (-1L << from); // the shift takes from % 64
        while (bits == 0) {
            if (++w == stops.length) {
                return length;
            }
            bits = stops[w];
        }
        return (w << 6) + Long.numberOfTrailingZeros(bits);
    }

    /** Index of the first char the reading view drops (a format char, the space in 1.8 亿), or the text's length. */
    int firstDrop() {
        return firstDrop;
    }

    /** Index of the first opening quote (“「『《), or the text's length. */
    int firstQuote() {
        return firstQuote;
    }

    /** Index of the first 累计, or the text's length. */
    int firstCumulative() {
        return firstCumulative;
    }
}
