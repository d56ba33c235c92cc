package dev.laurel.text;

/**
 * Character classes of numerals: one 64K lookup table, so scanning costs one array read per char.
 * Full-width ASCII forms (１２３ ． ％ －) are classified like their half-width forms.
 */
final class NumeralChars {
    /** Not a numeral char. */
    static final byte NONE = 0;
    /** An Arabic digit 0-9 (half or full width). */
    static final byte ARABIC = 1;
    /** A Chinese digit 零〇一二三四五六七八九两兩倆幺 (plain). */
    static final byte DIGIT = 2;
    /** A capital digit 壹贰貳叁參肆伍陆陸柒捌玖. */
    static final byte CAPITAL = 3;
    /** A small power 十百千拾佰仟. */
    static final byte POWER = 4;
    /** A big power 万萬亿億兆. */
    static final byte BIG = 5;
    /** 廿 (20), 卅 (30), 卌 (40). */
    static final byte TENS = 6;

    private static final byte[] CLASS = new byte[65536];
    private static final byte[] VALUE = new byte[65536];

    static {
        for (char c = '0'; c <= '9'; c++) {
            set(c, ARABIC, c - '0');
            set((char) ('０' + (c - '0')), ARABIC, c - '0');
        }
        digits("零一二三四五六七八九", DIGIT);
        set('〇', DIGIT, 0);
        set('两', DIGIT, 2);
        set('兩', DIGIT, 2);
        set('倆', DIGIT, 2);
        set('幺', DIGIT, 1);
        digits("零壹贰叁肆伍陆柒捌玖", CAPITAL);
        set('零', DIGIT, 0);
        set('貳', CAPITAL, 2);
        set('贰', CAPITAL, 2);
        set('參', CAPITAL, 3);
        set('陸', CAPITAL, 6);
        set('十', POWER, 1);
        set('拾', POWER, 1);
        set('百', POWER, 2);
        set('佰', POWER, 2);
        set('千', POWER, 3);
        set('仟', POWER, 3);
        set('万', BIG, 4);
        set('萬', BIG, 4);
        set('亿', BIG, 8);
        set('億', BIG, 8);
        set('兆', BIG, 12);
        set('廿', TENS, 2);
        set('卅', TENS, 3);
        set('卌', TENS, 4);
    }

    private NumeralChars() {
    }

    private static void digits(String chars, byte cls) {
        for (int i = 0; i < chars.length(); i++) {
            set(chars.charAt(i), cls, i);
        }
    }

    private static void set(char c, byte cls, int value) {
        CLASS[c] = cls;
        VALUE[c] = (byte) value;
    }

    static byte classOf(char c) {
        return CLASS[c];
    }

    /** Digit value, power exponent (十 = 1, 万 = 4), or tens digit of 廿/卅. */
    static int valueOf(char c) {
        return VALUE[c];
    }

    static boolean isNumeral(char c) {
        return CLASS[c] != NONE;
    }

    static boolean isArabic(char c) {
        return CLASS[c] == ARABIC;
    }

    static boolean isChineseDigit(char c) {
        byte k = CLASS[c];
        return k == DIGIT || k == CAPITAL;
    }

    static boolean isPoint(char c) {
        return c == '点' || c == '點';
    }

    static boolean isDot(char c) {
        return c == '.' || c == '．';
    }

    static boolean isComma(char c) {
        return c == ',' || c == '，';
    }

    /**
     * True for a space that may separate groups of three digits (2 100余株, 9 846人): the 千分空 of GB/T 15835, written
     * as a space, a no-break space or a thin space; not an ideographic space, which pads.
     */
    static boolean isGroupSpace(char c) {
        return c == ' ' || c == '\u00A0' || c == '\u2009' || c == '\u202F';
    }

    static boolean isMinus(char c) {
        return c == '-' || c == '－' || c == '负' || c == '負' || c == '−';
    }
}
