package dev.laurel.text;

import java.math.BigDecimal;

/**
 * The numeral forms most text is written in, read without the general {@link NumeralParser}: a lone
 * numeral char (三, 百, 万, 7) and Arabic digits with an optional decimal part and an optional 万, 亿 or 兆
 * (5840, 16.5, 5840万, 16.5亿). Values and scales are those the general parser gives.
 */
final class PlainNumerals {
    /** Most digits a long holds exactly. */
    private static final int MAX_DIGITS = 18;

    private PlainNumerals() {
    }

    /** The value of {@code s[start, end)} when it is one of these forms, else null (the general parser decides). */
    static BigDecimal valueOrNull(CharSequence s, int start, int end) {
        if (end - start == 1) {
            return lone(s.charAt(start));
        }
        long unscaled = 0;
        int digits = 0;
        int scale = 0;
        int k = start;
        for (; k < end && NumeralChars.isArabic(s.charAt(k)); k++) {
            if (++digits > MAX_DIGITS) {
                return null;
            }
            unscaled = unscaled * 10 + NumeralChars.valueOf(s.charAt(k));
        }
        if (digits == 0) {
            return null;
        }
        if (k + 1 < end && NumeralChars.isDot(s.charAt(k)) && NumeralChars.isArabic(s.charAt(k + 1))) {
            for (k++; k < end && NumeralChars.isArabic(s.charAt(k)); k++) {
                if (++digits > MAX_DIGITS) {
                    return null;
                }
                unscaled = unscaled * 10 + NumeralChars.valueOf(s.charAt(k));
                scale++;
            }
        }
        if (k < end && NumeralChars.classOf(s.charAt(k)) == NumeralChars.BIG) {
            if (unscaled == 0) {
                return null; // 0万: a power without a number
            }
            scale -= NumeralChars.valueOf(s.charAt(k)); // 16.5亿: 165 × 10^(8-1)
            k++;
        }
        if (k != end) {
            return null;
        }
        return integral(BigDecimal.valueOf(unscaled, scale));
    }

    /** 三 = 3, 百 = 100, 万 = 10000, 廿 = 20, 7 = 7; null for a char that is no numeral. */
    private static BigDecimal lone(char c) {
        int v = NumeralChars.valueOf(c);
        return switch (NumeralChars.classOf(c)) {
            case NumeralChars.ARABIC, NumeralChars.DIGIT, NumeralChars.CAPITAL -> BigDecimal.valueOf(v);
            case NumeralChars.POWER, NumeralChars.BIG -> integral(BigDecimal.valueOf(1, -v));
            case NumeralChars.TENS -> BigDecimal.valueOf(v * 10L);
            default -> null;
        };
    }

    /** 1E+4 written as 10000 (scale 0), as the general parser writes whole numbers. */
    private static BigDecimal integral(BigDecimal v) {
        return v.scale() < 0 ? v.setScale(0) : v;
    }
}
