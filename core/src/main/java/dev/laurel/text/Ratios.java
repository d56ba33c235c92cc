package dev.laurel.text;

import dev.laurel.model.Qualifier;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;

/**
 * The ratio forms the {@link QuantityScanner} reads: percent words (百分之三十, 千分之五, 万分之三,
 * 百万分之五), fractions (三分之一, 负3分之负157, 三百五又三分之一, 3/5, 1 3/5) and shares (三成, 七成六, 三成半,
 * 九五折). Fraction values are rounded to 16 significant digits (a N分之M share: its percent, see
 * {@link #fraction}); percent-word values are exact.
 */
final class Ratios {
    static final MathContext FRACTION_PRECISION = MathContext.DECIMAL64;
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private Ratios() {
    }

    /**
     * True when the powers-only run [from, to) is followed by 分之 and divides by 100 or more, so
     * {@link #percentWords} applies (十分之一 stays a fraction).
     */
    static boolean isPercentWord(CharSequence t, int from, int to) {
        if (to <= from || !NumeralRuns.powersOnly(t, from, to) || !UnitTable.regionMatches(t, to, "分之")) {
            return false;
        }
        BigDecimal d = NumeralRuns.value(t, from, to);
        return d != null && d.compareTo(HUNDRED) >= 0 && powerOfTen(d) >= 0;
    }

    /**
     * 百分之三十 = 30 %, 千分之五 = 0.5 %, 万分之三 = 0.03 %, and the range 百分之三十至五十 (or 至百分之五十):
     * reads from {@code i}; returns where scanning continues. An unreadable number is given to {@code unparsed}.
     * In document reading ({@code document}) a number split by a space (百分之1 6) is left to the scanner, which
     * reports it unparsed, and an upper bound split by a space makes no range.
     */
    static int percentWords(CharSequence t, int i, int runEnd, List<Quantity> out,
                            java.util.function.Consumer<QuantityScanner.Unparsed> unparsed, boolean document) {
        int exp = powerOfTen(NumeralRuns.value(t, i, runEnd));
        int s = runEnd + 2;
        if (s >= t.length() || !NumeralChars.isNumeral(t.charAt(s))) {
            return s;
        }
        int e = NumeralRuns.end(t, s);
        if (document && NumeralRuns.spaceSplitEnd(t, e) > e) {
            return s; // 百分之1 6: one number or two, unknown
        }
        BigDecimal v = NumeralRuns.value(t, s, e);
        if (v == null) {
            unparsed.accept(new QuantityScanner.Unparsed(t.subSequence(s, e).toString(), s, e));
            return e;
        }
        v = strip(v.movePointLeft(exp - 2));
        BigDecimal upper = null;
        if (e + 1 < t.length() && Exclusions.RANGE_MARKS.indexOf(t.charAt(e)) >= 0) {
            int u = e + 1;
            if (UnitTable.regionMatches(t, u, t.subSequence(i, runEnd + 2).toString())) {
                u += runEnd + 2 - i; // 百分之三十至百分之五十
            }
            int ue = u < t.length() && NumeralChars.isNumeral(t.charAt(u)) ? NumeralRuns.end(t, u) : u;
            BigDecimal up = ue > u && !(document && NumeralRuns.spaceSplitEnd(t, ue) > ue) ? NumeralRuns.value(t, u, ue) : null;
            if (up != null) {
                up = strip(up.movePointLeft(exp - 2));
                if (up.compareTo(v) > 0) {
                    upper = up;
                    e = ue;
                }
            }
        }
        Qualifier qualifier = null;
        if (upper == null && e < t.length() && "余餘多几幾".indexOf(t.charAt(e)) >= 0) {
            e++; // 百分之十几, 百分之二十多: more than the number, the char inside the span as in 2500余万元
            qualifier = Qualifier.MORE_THAN;
        }
        Qualifiers.Word w = Qualifiers.before(t, i);
        int qualStart = w == null ? i : i - w.word().length();
        qualifier = qualifier != null && w == null ? qualifier : Qualifiers.around(t, i, e);
        out.add(new Quantity(v, upper == null ? null : v, upper, "%", qualifier,
                Qualifiers.cumulative(t, qualStart), QuantityKind.PERCENT, t.subSequence(i, e).toString(), i, e));
        return e;
    }

    /**
     * A fraction whose denominator [numStart, runEnd) is followed by 分之: {@code whole} (or null) is the
     * integer part read before 又, {@code start} where the text starts (a sign included). A 负 before the
     * numerator negates it. Returns the end, or -1 when no numerator follows (二分之。).
     *
     * <p>With {@code share} (document reading) N分之M is a share, like 百分之M: a {@link QuantityKind#PERCENT}
     * in {@code %}, value 100·M/N to 16 significant digits (三分之一 = 33.33333333333333, 四分之一 = 25, 八分之一 =
     * 12.5). A mixed number (三百五又三分之一 = 350.3333333333333) and every fraction in the number-model reading
     * are {@link QuantityKind#FRACTION}s without a unit, M/N to 16 significant digits (三分之一 = 0.3333333333333333).
     */
    static int fraction(CharSequence t, int start, int runEnd, BigDecimal whole, BigDecimal denominator,
                        boolean negative, boolean share, List<Quantity> out) {
        int s = runEnd + 2;
        boolean numNegative = s < t.length() && (t.charAt(s) == '负' || t.charAt(s) == '負');
        if (numNegative) {
            s++;
        }
        if (s >= t.length() || !NumeralChars.isNumeral(t.charAt(s)) || denominator.signum() == 0) {
            return -1;
        }
        int e = NumeralRuns.end(t, s);
        if (share && NumeralRuns.spaceSplitEnd(t, e) > e) {
            return -1; // 三分之1 6: one numerator or two, unknown (the scanner reports it unparsed)
        }
        BigDecimal num = NumeralRuns.value(t, s, e);
        if (num == null) {
            return -1;
        }
        boolean percent = share && whole == null;
        BigDecimal v = whole == null
                ? (percent ? num.multiply(HUNDRED) : num).divide(denominator, FRACTION_PRECISION)
                : whole.multiply(denominator).add(num).divide(denominator, FRACTION_PRECISION);
        if (negative != numNegative) {
            v = v.negate();
        }
        out.add(new Quantity(strip(v), null, null, percent ? "%" : null, Qualifiers.around(t, start, e), // 三分之一以上
                Qualifiers.cumulative(t, start), percent ? QuantityKind.PERCENT : QuantityKind.FRACTION,
                t.subSequence(start, e).toString(), start, e));
        return e;
    }

    /** After a whole number ending at {@code p}: 又 + denominator + 分之 (三百五又三分之一), or -1. Returns the 分之 index. */
    static int mixedDenominatorEnd(CharSequence t, int p) {
        if (p + 1 >= t.length() || t.charAt(p) != '又' || !NumeralChars.isNumeral(t.charAt(p + 1))) {
            return -1;
        }
        int e = NumeralRuns.end(t, p + 1);
        return UnitTable.regionMatches(t, e, "分之") ? e : -1;
    }

    /**
     * Slash fractions of Arabic integers, number-model reading only: 3/5, 16/5 and the mixed 1 3/5 (whole,
     * one space, fraction). {@code runEnd} ends the integer starting at {@code numStart}. Returns the end, or -1.
     */
    static int slash(CharSequence t, int start, int numStart, int runEnd, BigDecimal first, boolean negative, List<Quantity> out) {
        if (first.scale() > 0) {
            return -1;
        }
        BigDecimal whole = null;
        BigDecimal num = first;
        int p = runEnd;
        if (p + 1 < t.length() && t.charAt(p) == ' ' && NumeralChars.isArabic(t.charAt(p + 1))) {
            int e = integerEnd(t, p + 1);
            if (e < t.length() && isSlash(t.charAt(e))) {
                whole = first;
                num = new BigDecimal(ChineseNumerals.digitsToArabic(t.subSequence(p + 1, e)));
                p = e;
            }
        }
        if (p + 1 >= t.length() || !isSlash(t.charAt(p)) || !NumeralChars.isArabic(t.charAt(p + 1))) {
            return -1;
        }
        int e = integerEnd(t, p + 1);
        if (e < t.length() && (NumeralChars.isDot(t.charAt(e)) || isSlash(t.charAt(e)))) {
            return -1; // 1/2/2024, 1/2.5: a date or something else
        }
        BigDecimal den = new BigDecimal(ChineseNumerals.digitsToArabic(t.subSequence(p + 1, e)));
        if (den.signum() == 0) {
            return -1;
        }
        BigDecimal v = whole == null ? num.divide(den, FRACTION_PRECISION)
                : whole.multiply(den).add(num).divide(den, FRACTION_PRECISION);
        if (negative) {
            v = v.negate();
        }
        out.add(new Quantity(strip(v), null, null, null, Qualifier.EXACT, false, QuantityKind.FRACTION,
                t.subSequence(start, e).toString(), start, e));
        return e;
    }

    private static boolean isSlash(char c) {
        return c == '/' || c == '／';
    }

    private static int integerEnd(CharSequence t, int from) {
        int e = from;
        while (e < t.length() && NumeralChars.isArabic(t.charAt(e))) {
            e++;
        }
        return e;
    }

    /**
     * End of 成/折 after a number ending at {@code p} (三成, 七五折), or -1; 成 may take one more digit or 半
     * (七成六 = 76 %, 三成半 = 35 %), but not the first digit of a longer numeral (三成一点五亿 is 三成 and 一点五亿).
     */
    static int shareEnd(CharSequence t, int p) {
        if (p >= t.length() || t.charAt(p) != '成' && t.charAt(p) != '折') {
            return -1;
        }
        char next = p + 1 < t.length() ? t.charAt(p + 1) : ' ';
        // the digit after 成 is the whole of a numeral, not the head of one (三成一点五亿: 三成 and 一点五亿)
        boolean tenth = NumeralChars.isChineseDigit(next) && NumeralChars.valueOf(next) > 0 && NumeralRuns.end(t, p + 1) == p + 2;
        if (t.charAt(p) == '成' && (next == '半' || tenth)
                && (p + 2 >= t.length() || !NumeralChars.isNumeral(t.charAt(p + 2)) && !isShareBreaker(t.charAt(p + 2)))) {
            return p + 2;
        }
        return Exclusions.NOT_AFTER_SHARE.indexOf(next) >= 0 ? -1 : p + 1;
    }

    private static boolean isShareBreaker(char c) {
        return UnitTable.defaults().match(String.valueOf(c), 0) != null;
    }

    /**
     * 三成 = 30, 九五折 / 95折 = 95, 9.5成 = 95, 十成 = 100, 七成六 = 76, 三成半 = 35; a share above 100 is no
     * share. {@code shareEnd} is the end from {@link #shareEnd}.
     */
    static BigDecimal shareValue(CharSequence t, int from, int to, BigDecimal value, int shareEnd) {
        BigDecimal pct;
        if (to - from == 2 && NumeralChars.isChineseDigit(t.charAt(from)) && NumeralChars.isChineseDigit(t.charAt(from + 1))
                || value.scale() <= 0 && value.compareTo(BigDecimal.TEN) > 0) {
            pct = to - from == 2 && !NumeralChars.isArabic(t.charAt(from))
                    ? BigDecimal.valueOf(NumeralChars.valueOf(t.charAt(from)) * 10L + NumeralChars.valueOf(t.charAt(from + 1)))
                    : value;
        } else {
            pct = value.multiply(BigDecimal.TEN);
        }
        if (shareEnd == to + 2) {
            char extra = t.charAt(to + 1);
            pct = pct.add(BigDecimal.valueOf(extra == '半' ? 5 : NumeralChars.valueOf(extra)));
        }
        if (pct.signum() <= 0 || pct.compareTo(HUNDRED) > 0
                || t.charAt(to) == '折' && pct.compareTo(HUNDRED) == 0) {
            return null;
        }
        return strip(pct);
    }

    /** Number-model words of one char before 百/成/折: 半百 = 50, 半成 = 5 %, 半折 = 50 %, 打对折 = 50 %. Returns the end or -1. */
    static int halfOrPair(CharSequence t, int i, List<Quantity> out) {
        if (i + 1 >= t.length()) {
            return -1;
        }
        char c = t.charAt(i);
        char n = t.charAt(i + 1);
        BigDecimal v;
        QuantityKind kind = QuantityKind.PERCENT;
        if (c == '半' && (n == '百' || n == '佰') && (i + 2 >= t.length() || !NumeralChars.isNumeral(t.charAt(i + 2)))) {
            v = BigDecimal.valueOf(50);
            kind = QuantityKind.NUMBER;
        } else if (c == '半' && n == '成') {
            v = BigDecimal.valueOf(5);
        } else if ((c == '半' || (c == '对' || c == '對') && i > 0 && t.charAt(i - 1) == '打') && n == '折') {
            // 打对折 = 50 % off; 对折 alone is "fold in half"
            v = BigDecimal.valueOf(50);
        } else {
            return -1;
        }
        out.add(new Quantity(v, null, null, kind == QuantityKind.PERCENT ? "%" : null, Qualifier.EXACT, false, kind,
                t.subSequence(i, i + 2).toString(), i, i + 2));
        return i + 2;
    }

    /** n when {@code v} is 10^n, else -1. */
    private static int powerOfTen(BigDecimal v) {
        if (v == null || v.signum() <= 0) {
            return -1;
        }
        BigDecimal s = v.stripTrailingZeros();
        return s.unscaledValue().equals(java.math.BigInteger.ONE) ? -s.scale() : -1;
    }

    static BigDecimal strip(BigDecimal v) {
        BigDecimal s = v.stripTrailingZeros();
        return s.scale() < 0 ? s.setScale(0) : s;
    }
}
