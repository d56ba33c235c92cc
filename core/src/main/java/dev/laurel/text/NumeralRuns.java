package dev.laurel.text;

import java.math.BigDecimal;

/** Finds where a numeral written in running text ends (a hand-written scan, no regex). */
final class NumeralRuns {
    /** Longest numeral the scanner reads; bounds the work per start position. */
    static final int MAX_RUN = 48;

    private NumeralRuns() {
    }

    /** End (exclusive) of the numeral starting at {@code i}, or {@code i} when none starts there. */
    static int end(CharSequence t, int i) {
        return endOf(t, i);
    }

    private static int endOf(CharSequence t, int i) {
        int n = t.length();
        int limit = Math.min(n, i + MAX_RUN);
        int k = i;
        while (k < limit) {
            char c = t.charAt(k);
            if (NumeralChars.isNumeral(c)) {
                if (c == '千' && k > i && k + 1 < n && (t.charAt(k + 1) == '米' || t.charAt(k + 1) == '克')
                        && NumeralChars.isArabic(t.charAt(k - 1))) {
                    break; // 5千米: the unit 千米, not 5000 米
                }
                k++;
            } else if (k > i && k + 1 < n && NumeralChars.isDot(c) && NumeralChars.isArabic(t.charAt(k - 1))
                    && NumeralChars.isArabic(t.charAt(k + 1))) {
                k++;
            } else if (k > i && k + 1 < n && NumeralChars.isPoint(c) && !NumeralChars.isArabic(t.charAt(k - 1))
                    && NumeralChars.isChineseDigit(t.charAt(k + 1)) && !isLiang(t.charAt(k + 1))) {
                // 点 then 两 is no decimal (两百点两 = 200 and 2): decimals use 二
                k++;
            } else if (k > i && NumeralChars.isComma(c) && NumeralChars.isArabic(t.charAt(k - 1)) && groupOfThree(t, k + 1)) {
                k++;
            } else {
                break;
            }
        }
        return k;
    }

    private static boolean isLiang(char c) {
        return c == '两' || c == '兩' || c == '倆';
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

    /** Parses the run or returns null. */
    static BigDecimal value(CharSequence t, int from, int to) {
        try {
            return NumeralParser.read(t, from, to);
        } catch (NumberFormatException | ArithmeticException e) {
            return null;
        }
    }

    static boolean isHan(char c) {
        return c >= '\u4e00' && c <= '\u9fff';
    }

    static boolean isAsciiLetter(char c) {
        return c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= 'Ａ' && c <= 'Ｚ' || c >= 'ａ' && c <= 'ｚ';
    }
}
