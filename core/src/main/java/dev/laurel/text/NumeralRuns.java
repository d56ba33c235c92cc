package dev.laurel.text;

import java.math.BigDecimal;

/** Finds where a numeral written in running text ends (a hand-written scan, no regex). */
final class NumeralRuns {
    /** Longest numeral the scanner reads; a longer run is reported unparsed as a whole. */
    static final int MAX_RUN = 48;
    /** Most spaces between two parts of a numeral split by spaces (1 6.4亿). */
    private static final int MAX_SPLIT_SPACES = 2;
    /** {@link Exclusions#INLINE_SPACES} as a table. */
    private static final boolean[] INLINE_SPACE = new boolean[65536];

    static {
        for (int k = 0; k < Exclusions.INLINE_SPACES.length(); k++) {
            INLINE_SPACE[Exclusions.INLINE_SPACES.charAt(k)] = true;
        }
    }

    private NumeralRuns() {
    }

    /** End (exclusive) of the numeral starting at {@code i}, or {@code i} when none starts there; not bounded by {@link #MAX_RUN}. */
    static int end(CharSequence t, int i) {
        return endOf(t, i);
    }

    private static int endOf(CharSequence t, int i) {
        int n = t.length();
        int k = i;
        while (k < n) {
            char c = t.charAt(k);
            if (NumeralChars.isNumeral(c)) {
                if ((c == '千' || c == '兆') && k > i && unitPrefix(t, i, k)) {
                    break; // 5千米, 120万千瓦, 二十兆字节: the 千 or 兆 is the unit's (kilo-, mega-), not the numeral's
                }
                k++;
            } else if (k > i && k + 1 < n && NumeralChars.isDot(c) && NumeralChars.isArabic(t.charAt(k - 1))
                    && NumeralChars.isArabic(t.charAt(k + 1))) {
                k++;
            } else if (k > i && k + 1 < n && NumeralChars.isPoint(c) && (NumeralChars.isArabic(t.charAt(k + 1))
                    || NumeralChars.isChineseDigit(t.charAt(k + 1)) && !isLiang(t.charAt(k + 1)))) {
                // 三点五, 3点5 (= 3.5, as the parser reads it; not 3 and a figure 5万 after it); 点 then 两 is no
                // decimal (两百点两 = 200 and 2): decimals use 二
                k++;
            } else if (k > i && NumeralChars.isComma(c) && NumeralChars.isArabic(t.charAt(k - 1)) && groupOfThree(t, k + 1)) {
                k++;
            } else if (k > i && NumeralChars.isGroupSpace(c) && spaceGroupOf(t, i, k)) {
                k++;
            } else {
                break;
            }
        }
        return k;
    }

    /**
     * True when the 千 or 兆 at {@code k} (a numeral started at {@code i} before it) begins a unit: 兆 before
     * {@link Exclusions#MEGA_UNITS} always (二十兆字节 = 20 MB, not 2e13 字节), 千 before 米/克/瓦/焦/卡 after an
     * Arabic digit or a power (5千米, 120万千瓦; 五千米 stays 5000 米, the same length).
     */
    private static boolean unitPrefix(CharSequence t, int i, int k) {
        char c = t.charAt(k);
        if (c == '兆') {
            return Exclusions.MEGA_UNITS.startsAt(t, k + 1);
        }
        if (c != '千' || k + 1 >= t.length() || Exclusions.KILO_UNITS.indexOf(t.charAt(k + 1)) < 0) {
            return false;
        }
        byte before = NumeralChars.classOf(t.charAt(k - 1));
        return before == NumeralChars.ARABIC || before == NumeralChars.BIG || before == NumeralChars.POWER;
    }

    private static boolean isLiang(char c) {
        return c == '两' || c == '兩' || c == '倆';
    }

    /**
     * True when the space at {@code k} separates groups of three digits in the numeral started at {@code i}: only digits
     * and that space since {@code i}, one to three digits before the first space and three between two, three digits
     * after it, then another such space, a char that goes on the figure (a unit, 余, a point) or a range mark before
     * another numeral. 9 846人 is 9846 people;
     * 12 345。, 1 200 万 and 1 6.4亿 are left to {@link #spaceSplitEnd}, unparsed: a column of a table, or two numbers.
     */
    private static boolean spaceGroupOf(CharSequence t, int i, int k) {
        char space = t.charAt(k);
        int group = 0;
        boolean spaced = false;
        for (int j = i; j < k; j++) {
            char c = t.charAt(j);
            if (c == space) {
                if (group == 0 || group > 3 || spaced && group != 3) {
                    return false;
                }
                spaced = true;
                group = 0;
            } else if (NumeralChars.isArabic(c)) {
                group++;
            } else {
                return false;
            }
        }
        if (group == 0 || group > 3 || spaced && group != 3 || !groupOfThree(t, k + 1) || k + 4 >= t.length()) {
            return false;
        }
        char next = t.charAt(k + 4);
        if ((NumeralChars.isPoint(next) || NumeralChars.isDot(next))
                && (k + 5 >= t.length() || !NumeralChars.isNumeral(t.charAt(k + 5)))) {
            return false; // 22 212点 with no digit after the point: nothing goes on the figure
        }
        if (Exclusions.RANGE_MARKS.indexOf(next) >= 0) {
            return k + 5 < t.length() && NumeralChars.isNumeral(t.charAt(k + 5)); // 9 846-9 900人; a dash alone ends it
        }
        return next == space ? groupOfThree(t, k + 5) : !Character.isWhitespace(next) && !INLINE_SPACE[next]
                && !Character.isSpaceChar(next) && "，,。；;：:、！!？?）)".indexOf(next) < 0;
    }

    private static boolean groupOfThree(CharSequence t, int from) {
        if (from + 3 > t.length()) {
            return false;
        }
        for (int k = from; k < from + 3; k++) {
            if (!NumeralChars.isArabic(t.charAt(k))) {
                return false;
            }
        }
        return from + 3 == t.length() || !NumeralChars.isArabic(t.charAt(from + 3));
    }

    /**
     * Where a group of one to three Arabic digits and a comma stand before the inline spaces before {@code i}, when the
     * numeral from {@code i} to {@code runEnd} opens with three Arabic digits and no more, nor a decimal point after them
     * (1, 260万元: 1260万元 typed with a space after its grouping comma, or two numbers); else -1.
     */
    static int commaGroupBefore(CharSequence t, int i, int runEnd) {
        if (runEnd - i < 3 || !NumeralChars.isArabic(t.charAt(i)) || !NumeralChars.isArabic(t.charAt(i + 1))
                || !NumeralChars.isArabic(t.charAt(i + 2)) || i + 3 < t.length() && (NumeralChars.isArabic(t.charAt(i + 3))
                || NumeralChars.isDot(t.charAt(i + 3)) || NumeralChars.isComma(t.charAt(i + 3)))) {
            return -1;
        }
        int k = i;
        while (k > 0 && INLINE_SPACE[t.charAt(k - 1)]) {
            k--;
        }
        if (k == i || k < 2 || t.charAt(k - 1) != ',') {
            return -1;
        }
        int start = k - 1;
        while (start > 0 && k - 1 - start < 3 && NumeralChars.isArabic(t.charAt(start - 1))) {
            start--;
        }
        return start < k - 1 && (start == 0 || !NumeralChars.isArabic(t.charAt(start - 1))) ? start : -1;
    }

    /**
     * When the numeral ending at {@code runEnd} is followed by inline spaces and another numeral (1 6.4亿,
     * 五, U+3000, 十万), the end of the last numeral of that chain; else {@code runEnd}.
     */
    static int spaceSplitEnd(CharSequence t, int runEnd) {
        int n = t.length();
        int end = runEnd;
        while (end < n && INLINE_SPACE[t.charAt(end)]) {
            int k = end;
            while (k < n && k - end < MAX_SPLIT_SPACES && INLINE_SPACE[t.charAt(k)]) {
                k++;
            }
            if (k >= n || !isSplitDigit(t.charAt(k))) {
                break;
            }
            int e = endOf(t, k);
            if (e < n && (t.charAt(e) == ':' || t.charAt(e) == '：')) {
                break; // 2022-07-14 16:25: a date and a time
            }
            end = e;
        }
        return end;
    }

    /** A char that goes on a numeral after a space: a digit or a power (not 两 as a word, not a lone sign). */
    private static boolean isSplitDigit(char c) {
        byte cls = NumeralChars.classOf(c);
        return cls == NumeralChars.ARABIC || cls == NumeralChars.DIGIT || cls == NumeralChars.POWER || cls == NumeralChars.BIG;
    }

    /** True when the numeral at {@code at} starts with a power (十万, 百, 万): no digit before it. */
    static boolean startsWithPower(CharSequence t, int at) {
        byte c = NumeralChars.classOf(t.charAt(at));
        return c == NumeralChars.POWER || c == NumeralChars.BIG;
    }

    /** The exponent of the powers ending the run [from, to) after its last digit (5千万 = 7, 15万 = 4, 五 = 0). */
    static int trailingPowers(CharSequence t, int from, int to) {
        int exp = 0;
        for (int k = to - 1; k >= from; k--) {
            byte c = NumeralChars.classOf(t.charAt(k));
            if (c != NumeralChars.POWER && c != NumeralChars.BIG) {
                return digitsOnly(t, from, k + 1) ? exp : 0;
            }
            exp += NumeralChars.valueOf(t.charAt(k));
        }
        return 0;
    }

    /** True when [from, to) has digits (and a decimal point or separator) but no power. */
    static boolean digitsOnly(CharSequence t, int from, int to) {
        for (int k = from; k < to; k++) {
            byte c = NumeralChars.classOf(t.charAt(k));
            if (c == NumeralChars.POWER || c == NumeralChars.BIG || c == NumeralChars.TENS) {
                return false;
            }
        }
        return to > from;
    }

    /** True when {@code t[from, to)} holds a 点 (9点30: a time or a Chinese decimal). */
    static boolean hasPoint(CharSequence t, int from, int to) {
        for (int k = from; k < to; k++) {
            if (NumeralChars.isPoint(t.charAt(k))) {
                return true;
            }
        }
        return false;
    }

    static boolean hasArabic(CharSequence t, int from, int to) {
        for (int k = from; k < to; k++) {
            if (NumeralChars.isArabic(t.charAt(k))) {
                return true;
            }
        }
        return false;
    }

    static boolean hasBig(CharSequence t, int from, int to) {
        for (int k = from; k < to; k++) {
            if (NumeralChars.classOf(t.charAt(k)) == NumeralChars.BIG) {
                return true;
            }
        }
        return false;
    }

    /** True when the run has no digit, only powers (百, 万, 千万). */
    static boolean powersOnly(CharSequence t, int from, int to) {
        for (int k = from; k < to; k++) {
            byte c = NumeralChars.classOf(t.charAt(k));
            if (c != NumeralChars.POWER && c != NumeralChars.BIG) {
                return false;
            }
        }
        return true;
    }

    /** True when the run is big powers only (万, 万万, 亿): no number by itself. */
    static boolean bigOnly(CharSequence t, int from, int to) {
        for (int k = from; k < to; k++) {
            if (NumeralChars.classOf(t.charAt(k)) != NumeralChars.BIG) {
                return false;
            }
        }
        return to > from;
    }

    /** Parses the run or returns null (also for a run over {@link #MAX_RUN} chars). */
    static BigDecimal value(CharSequence t, int from, int to) {
        if (to - from > MAX_RUN) {
            return null;
        }
        try {
            return NumeralParser.readOrNull(t, from, to);
        } catch (NumberFormatException | ArithmeticException e) {
            return null; // defensive: readOrNull rejects without throwing
        }
    }

    static boolean isHan(char c) {
        return c >= '\u4e00' && c <= '\u9fff';
    }

    static boolean isAsciiLetter(char c) {
        return c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= 'Ａ' && c <= 'Ｚ' || c >= 'ａ' && c <= 'ｚ';
    }
}
