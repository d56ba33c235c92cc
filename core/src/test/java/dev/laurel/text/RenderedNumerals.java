package dev.laurel.text;

import java.math.BigDecimal;

/**
 * Numerals written from exact values in the forms the engine claims to read, for the differential tests:
 * {@link NumeralDifferentialTest} (QuickTheories generators) and {@link QuantityScannerFuzzTest} (Jazzer) render
 * through the same functions. Each renderer states the domain it is used on; no double is involved anywhere.
 */
final class RenderedNumerals {
    private RenderedNumerals() {
    }

    /** A numeral as written and the exact value it was written from. */
    record Rendered(String text, BigDecimal value, String form) {
        @Override
        public String toString() {
            return form + " " + text + " = " + value.toPlainString();
        }
    }

    /** Units that neither start a longer unit after 千 (千米, 千克) nor make an honour count or a year. */
    static final String[] UNITS = {"元", "人", "个", "亩", "家", "名", "台", "吨", "公里", "平方米", "%", "人次", "户", "座"};

    /** Multiplier chains and their exponents. */
    static final String[] CHAINS = {"十", "百", "千", "万", "十万", "百万", "千万", "亿", "十亿", "百亿", "千亿", "万亿", "千万亿"};
    static final int[] CHAIN_EXP = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 15};
    private static final String DIGITS = "零一二三四五六七八九";

    /** Largest unscaled value and scale each form is rendered from. */
    static final long ARABIC_MAX = 999_999_999_999L;
    static final int ARABIC_SCALE = 4;
    static final long GROUPED_MAX = 999_999_999_999L;
    static final int GROUPED_SCALE = 3;
    static final long FULL_WIDTH_MAX = 99_999_999L;
    static final int FULL_WIDTH_SCALE = 3;
    static final long CHINESE_MAX = 9_999_999_999_999_999L;
    static final int CHINESE_SCALE = 3;
    static final long ARABIC_CHAIN_MAX = 99_999L;
    static final int ARABIC_CHAIN_SCALE = 3;
    static final long CHINESE_CHAIN_MAX = 9_999L;
    static final int CHINESE_CHAIN_SCALE = 2;

    /** 1,234,567.89: thousands separators in the whole part. */
    static String grouped(BigDecimal v) {
        String plain = v.toPlainString();
        int dot = plain.indexOf('.');
        String whole = dot < 0 ? plain : plain.substring(0, dot);
        StringBuilder b = new StringBuilder();
        for (int k = 0; k < whole.length(); k++) {
            if (k > 0 && (whole.length() - k) % 3 == 0) {
                b.append(',');
            }
            b.append(whole.charAt(k));
        }
        return b + (dot < 0 ? "" : plain.substring(dot));
    }

    static String fullWidth(String s) {
        StringBuilder b = new StringBuilder();
        for (char c : s.toCharArray()) {
            b.append(c >= '0' && c <= '9' ? (char) ('０' + (c - '0')) : c == '.' ? '．' : c);
        }
        return b.toString();
    }

    /** 1234.5 as written. */
    static Rendered arabic(BigDecimal v) {
        return new Rendered(v.toPlainString(), v, "arabic");
    }

    /** 1,234.5. */
    static Rendered arabicGrouped(BigDecimal v) {
        return new Rendered(grouped(v), v, "grouped");
    }

    /** １２３４．５. */
    static Rendered arabicFullWidth(BigDecimal v) {
        return new Rendered(fullWidth(v.toPlainString()), v, "full-width");
    }

    /** 一千二百三十四点五 ({@link ChineseNumerals#format}); value below 10^16. */
    static Rendered chinese(BigDecimal v) {
        return new Rendered(ChineseNumerals.format(v), v, "chinese");
    }

    /** 壹仟贰佰叁拾肆点伍 ({@link ChineseNumerals#formatCapital}); value below 10^16. */
    static Rendered capital(BigDecimal v) {
        return new Rendered(ChineseNumerals.formatCapital(v), v, "capital");
    }

    /** 3.5万, 2千万, 0.5千万, 1,234.5万, 12.34万亿: an Arabic number {@code m} before chain {@code chain}. */
    static Rendered arabicTimesChain(BigDecimal m, int chain, boolean group) {
        return new Rendered((group ? grouped(m) : m.toPlainString()) + CHAINS[chain],
                m.scaleByPowerOfTen(CHAIN_EXP[chain]), "arabic×chain");
    }

    /**
     * 三点五千万, 十二点五万, 零点五亿, 一千二百点五万: a Chinese number (with 点) before chain {@code chain}. A chain that
     * starts with 十/百/千 follows a single digit or a decimal below 10 only (三点五千, not 十二千), so {@code m} is
     * then taken modulo 10; a zero mantissa becomes 1.
     */
    static Rendered chineseTimesChain(BigDecimal m, int chain) {
        int exp = CHAIN_EXP[chain];
        char head = CHAINS[chain].charAt(0);
        boolean small = exp < 4 || head == '十' || head == '百' || head == '千';
        BigDecimal mantissa = small ? m.remainder(BigDecimal.TEN) : m;
        if (mantissa.signum() == 0) {
            mantissa = BigDecimal.ONE;
        }
        return new Rendered(ChineseNumerals.format(mantissa) + CHAINS[chain], mantissa.scaleByPowerOfTen(exp), "chinese×chain");
    }

    /**
     * 一百二 = 120, 三千五 = 3500, 三万五 = 35000, 两亿三, 13万2 = 132000: colloquial elision. {@code a} in [1, 99] is
     * the head, {@code d} in [1, 9] the elided digit, {@code p} in [0, 4] the power (百, 千, 万, 亿, 万 after Arabic).
     */
    static Rendered elided(int a, int d, int p) {
        String[] powers = {"百", "千", "万", "亿", "万"};
        int[] exps = {2, 3, 4, 8, 4};
        boolean arabicHead = p == 4;
        int head = arabicHead || p >= 2 ? a : a % 9 + 1; // 二十三百 is no numeral: one digit before 百/千
        String h = arabicHead ? String.valueOf(head) : ChineseNumerals.format(BigDecimal.valueOf(head));
        String tail = arabicHead ? String.valueOf(d) : String.valueOf(DIGITS.charAt(d));
        BigDecimal v = BigDecimal.valueOf(head).scaleByPowerOfTen(exps[p])
                .add(BigDecimal.valueOf(d).scaleByPowerOfTen(exps[p] - 1));
        return new Rendered(h + powers[p] + tail, v.setScale(0), "elided");
    }

    /** 3万4000, 12亿3456万, 5亿400万: Arabic parts between big powers; a, c in [1, 9999], b in [1000, 9999]. */
    static Rendered arabicParts(long a, long b, long c, boolean yi) {
        return yi
                ? new Rendered(a + "亿" + c + "万", BigDecimal.valueOf(a * 100_000_000L + c * 10_000L), "parts")
                : new Rendered(a + "万" + b, BigDecimal.valueOf(a * 10_000L + b), "parts");
    }

    /** A lone capital that is also a word char (伍 in 队伍) is rightly no numeral. */
    static boolean wordCapital(String numeral) {
        return numeral.length() == 1 && Exclusions.AMBIGUOUS_CAPITALS.indexOf(numeral.charAt(0)) >= 0;
    }
}
