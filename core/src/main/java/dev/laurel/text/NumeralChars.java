package dev.laurel.text;

/**
 * Character classes of numerals: a 64K lookup table stored in pages of 256 chars, so scanning costs two array
 * reads per char; the pages without a numeral (most of them, and nearly every ideograph's) share one empty page,
 * so the table takes a few KB and stays in the cache while Chinese text is scanned, where a plain 64K table
 * would be read all over. Full-width ASCII forms (１２３ ． ％ －) are classified like their half-width forms.
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

    /** The page of each high byte of a char; page 0 is the empty one. */
    private static final byte[] PAGE_OF = new byte[256];
    /** Class and value of the chars, page by page (index {@link #slot}). */
    private static final byte[] CLASS;
    private static final byte[] VALUE;
    /** Class and value of every char, while the pages are made. */
    private static byte[] fullClass = new byte[65536];
    private static byte[] fullValue = new byte[65536];

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
        int pages = 1;
        for (int high = 0; high < 256; high++) {
            for (int low = 0; low < 256; low++) {
                if (fullClass[high << 8 | low] != NONE) {
                    PAGE_OF[high] = (byte) pages++;
                    break;
                }
            }
        }
        CLASS = new byte[pages << 8];
        VALUE = new byte[pages << 8];
        for (int c = 0; c < 65536; c++) {
            if (fullClass[c] != NONE) {
                CLASS[slot((char) c)] = fullClass[c];
                VALUE[slot((char) c)] = fullValue[c];
            }
        }
        fullClass = null;
        fullValue = null;
    }

    /** The index of {@code c} in {@link #CLASS} and {@link #VALUE}. */
    private static int slot(char c) {
        return (PAGE_OF[c >>> 8] & 0xFF) << 8 | (c & 0xFF);
    }

    private NumeralChars() {
    }

    private static void digits(String chars, byte cls) {
        for (int i = 0; i < chars.length(); i++) {
            set(chars.charAt(i), cls, i);
        }
    }

    private static void set(char c, byte cls, int value) {
        fullClass[c] = cls;
        fullValue[c] = (byte) value;
    }

    static byte classOf(char c) {
        return CLASS[slot(c)];
    }

    /** Digit value, power exponent (十 = 1, 万 = 4), or tens digit of 廿/卅. */
    static int valueOf(char c) {
        return VALUE[slot(c)];
    }

    static boolean isNumeral(char c) {
        return CLASS[slot(c)] != NONE;
    }

    static boolean isArabic(char c) {
        return CLASS[slot(c)] == ARABIC;
    }

    static boolean isChineseDigit(char c) {
        byte k = CLASS[slot(c)];
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

    static boolean isMinus(char c) {
        return c == '-' || c == '－' || c == '负' || c == '負' || c == '−';
    }
}
