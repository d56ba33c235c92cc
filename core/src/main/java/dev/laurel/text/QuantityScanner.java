package dev.laurel.text;

import dev.laurel.model.Qualifier;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds the quantities in running text: one left-to-right char scan, linear time, no regex.
 * Immutable and thread-safe; build once and reuse.
 *
 * <p>Rules, in order (the word lists are in {@code Exclusions}, the units in {@link UnitTable}):
 * <ul>
 * <li>A quantity is a numeral followed by a unit (whitespace and line breaks between them are tolerated
 *     unless {@link Options#tolerateBreaks} is off; the span then covers the break). Chinese numerals
 *     without a unit are not reported; an Arabic number without a unit is reported (unit null) only when no
 *     letter or Han char is glued to it (131南京舰, G60, 5G, 4C级 are codes).</li>
 * <li>余/多/几 between number and unit are inside the text and make it more-than (2500余万元).
 *     Words before the number (超, 超过, 逾, 近, 将近, 约, 不超过) and after the unit (以上, 左右, 上下, 以内)
 *     set the qualifier and stay outside the text.</li>
 * <li>Not quantities: years (a 4-digit integer before 年) and dates (月/日 are no units), numerals inside
 *     a short quote unless the quantity fills the quote (“八一”, “三个100%”, “4321” are names; “三连冠” is
 *     not), set phrases ({@code IDIOMS}), a lone 一 before 批 (indefinite article), Chinese numeral + 个
 *     + slogan word or number (四个确保, 三个100%), 十/百/千/万 + classifier + programme noun (十件实事),
 *     single capital numerals (入伍, 陆续), a unit char that starts another word (3年级).</li>
 * <li>Cumulative: 累计 earlier in the same clause (no ，,；;。！？：between), so 累计出动车辆1000余台次、兵力1900余人次
 *     marks both, and a 累计 before a comma marks nothing after it.</li>
 * <li>N次/N届 after 先后/连续/已/曾 or before 被命名/荣膺/蝉联..., and N连冠, are {@link QuantityKind#HONOR_COUNT}.</li>
 * </ul>
 */
public final class QuantityScanner {

    /**
     * @param tolerateBreaks allow whitespace, including line breaks, between a number and its unit
     * @param bareNumerals   also report Chinese numerals without a unit (number-model reading)
     */
    public record Options(boolean tolerateBreaks, boolean bareNumerals) {
        public static final Options DEFAULT = new Options(true, false);
    }

    private static final int LOOKBACK = 80;
    private static final MathContext FRACTION_PRECISION = MathContext.DECIMAL64;

    private final UnitTable units;
    private final Options options;

    public QuantityScanner() {
        this(UnitTable.defaults(), Options.DEFAULT);
    }

    public QuantityScanner(UnitTable units, Options options) {
        if (units == null) {
            throw new NullPointerException("units must not be null");
        }
        if (options == null) {
            throw new NullPointerException("options must not be null");
        }
        this.units = units;
        this.options = options;
    }

    /** Every quantity in {@code text}, in text order, spans not overlapping. */
    public List<Quantity> scan(CharSequence text) {
        if (text == null) {
            throw new NullPointerException("text must not be null");
        }
        List<Quantity> out = new ArrayList<>();
        int n = text.length();
        int i = 0;
        while (i < n) {
            char c = text.charAt(i);
            if (NumeralChars.isNumeral(c) || c == '第' || c == '数') {
                i = Math.max(i + 1, at(text, i, out));
            } else {
                i++;
            }
        }
        return out;
    }

    /** Tries a quantity starting at {@code i}; returns where scanning continues. */
    private int at(CharSequence t, int i, List<Quantity> out) {
        int n = t.length();
        char c = t.charAt(i);
        boolean ordinal = c == '第';
        boolean vague = c == '数';
        int numStart = ordinal || vague ? i + 1 : i;
        if (numStart >= n || !NumeralChars.isNumeral(t.charAt(numStart))) {
            return i + 1;
        }
        if (vague && !NumeralRuns.powersOnly(t, numStart, numStart + 1)) {
            return i + 1;
        }
        if (!ordinal && !vague && (UnitTable.regionMatches(t, i, "百分之") || UnitTable.regionMatches(t, i, "千分之"))) {
            return percentWords(t, i, out);
        }
        if (i > 0 && NumeralChars.isArabic(c) && (NumeralRuns.isAsciiLetter(t.charAt(i - 1)) || NumeralChars.isArabic(t.charAt(i - 1)))) {
            return NumeralRuns.end(t, i); // G60: a code
        }
        int runEnd = NumeralRuns.end(t, numStart, options.bareNumerals());
        if (runEnd == numStart + 1 && isCapital(t.charAt(numStart))) {
            return i + 1; // 入伍, 陆续
        }
        BigDecimal value;
        BigDecimal lower = null;
        BigDecimal upper = null;
        if (isGluedPair(t, numStart, runEnd)) {
            BigDecimal mult = runEnd == numStart + 2 ? BigDecimal.ONE : NumeralRuns.value("一" + t.subSequence(numStart + 2, runEnd), 0, runEnd - numStart - 1);
            if (mult == null) {
                return i + 1;
            }
            lower = mult.multiply(BigDecimal.valueOf(NumeralChars.valueOf(t.charAt(numStart))));
            upper = mult.multiply(BigDecimal.valueOf(NumeralChars.valueOf(t.charAt(numStart + 1))));
            value = lower;
        } else {
            value = NumeralRuns.value(t, numStart, runEnd);
            if (value == null) {
                return i + 1;
            }
        }
        boolean arabic = NumeralRuns.hasArabic(t, numStart, runEnd);
        int sign = !ordinal && !vague && i > 0 && NumeralChars.isMinus(t.charAt(i - 1))
                && (i == 1 || !NumeralChars.isNumeral(t.charAt(i - 2)) && !NumeralRuns.isAsciiLetter(t.charAt(i - 2))) ? 1 : 0;
        if (!ordinal && UnitTable.regionMatches(t, runEnd, "分之")) {
            return fraction(t, i, runEnd, value, out);
        }
        int p = runEnd;
        boolean inner = false;
        if (p < n && "余多几".indexOf(t.charAt(p)) >= 0 && !ordinal) {
            if (p + 1 < n && NumeralChars.classOf(t.charAt(p + 1)) == NumeralChars.BIG) {
                value = value.scaleByPowerOfTen(NumeralChars.valueOf(t.charAt(p + 1)));
                inner = true;
                p += 2;
            } else if (units.match(t, p + 1) != null) {
                inner = true;
                p += 1;
            }
        }
        if (!inner && !ordinal && lower == null && p + 1 < n && "至到~～〜-－—".indexOf(t.charAt(p)) >= 0
                && NumeralChars.isNumeral(t.charAt(p + 1))) {
            int r2 = NumeralRuns.end(t, p + 1);
            BigDecimal up = NumeralRuns.value(t, p + 1, r2);
            if (up != null) {
                lower = value;
                if (!NumeralRuns.hasBig(t, numStart, runEnd) && NumeralChars.classOf(t.charAt(r2 - 1)) == NumeralChars.BIG) {
                    lower = lower.scaleByPowerOfTen(NumeralChars.valueOf(t.charAt(r2 - 1)));
                }
                upper = up;
                value = lower;
                p = r2;
                if (upper.compareTo(lower) < 0) {
                    return p;
                }
            }
        }
        if (!ordinal && !vague && !inner && upper == null) {
            int share = shareEnd(t, p);
            if (share > 0) {
                BigDecimal pct = shareValue(t, numStart, runEnd, value);
                if (pct != null) {
                    Qualifiers.Word w = Qualifiers.before(t, i);
                    out.add(new Quantity(pct, null, null, "%", w == null ? Qualifier.EXACT : w.qualifier(),
                            cumulative(t, i), QuantityKind.PERCENT, t.subSequence(i, share).toString(), i, share));
                    return share;
                }
            }
        }
        int q = p;
        if (options.tolerateBreaks()) {
            while (q < n && q - p < 4 && Character.isWhitespace(t.charAt(q))) {
                q++;
            }
        }
        UnitTable.Unit unit = units.match(t, q);
        if (unit != null && Exclusions.startsWithAny(t, q, Exclusions.UNIT_BREAKERS)) {
            unit = null;
        }
        int end = unit != null ? q + unit.surface().length() : p;
        boolean numberOnly = options.bareNumerals() && unit != null && unit.category() != UnitCategory.PERCENT;
        if (numberOnly) {
            end = p; // number-model reading: the span is the number alone
        }
        if (unit == null) {
            boolean bareOrdinal = ordinal && options.bareNumerals();
            if (!bareOrdinal && (ordinal || vague || !bareAllowed(t, i, numStart, runEnd, p, arabic, value))) {
                return runEnd;
            }
        } else if (!options.bareNumerals() && excluded(t, i, numStart, runEnd, q, unit, value, inner || upper != null, arabic)) {
            return skipAfterSlogan(t, q, unit);
        }
        if (value.scale() < 0) {
            value = value.setScale(0);
        }
        if (lower != null && lower.scale() < 0) {
            lower = lower.setScale(0);
        }
        if (insideQuote(t, i, end, unit != null)) {
            return end;
        }
        int qualStart = i;
        Qualifier qualifier = inner || vague ? Qualifier.MORE_THAN : null;
        Qualifiers.Word pre = Qualifiers.before(t, i);
        if (pre != null) {
            qualStart = i - pre.word().length();
            if (qualifier == null) {
                qualifier = pre.qualifier();
            }
        }
        if (qualifier == null) {
            qualifier = Qualifiers.after(t, end);
        }
        if (qualifier == null) {
            qualifier = Qualifier.EXACT;
        }
        String unitName = unit == null || numberOnly ? null : unit.canonical();
        if (sign == 1) {
            i--;
            value = value.negate();
            if (lower != null) {
                BigDecimal l = upper.negate();
                upper = lower.negate();
                lower = l;
                value = lower;
            }
        }
        QuantityKind kind = upper != null ? QuantityKind.RANGE : QuantityKind.NUMBER;
        if (unit != null && unit.category() == UnitCategory.PERCENT) {
            kind = QuantityKind.PERCENT;
        }
        if (ordinal) {
            kind = QuantityKind.ORDINAL;
        }
        if (unitName != null && HonorCounts.isHonor(t, qualStart, end, unitName)) {
            kind = QuantityKind.HONOR_COUNT;
        }
        boolean cumulative = cumulative(t, qualStart);
        out.add(new Quantity(value, lower, upper, unitName, qualifier, cumulative, kind,
                t.subSequence(i, end).toString(), i, end));
        return end;
    }

    private boolean bareAllowed(CharSequence t, int i, int numStart, int runEnd, int p, boolean arabic, BigDecimal value) {
        char next = p < t.length() ? t.charAt(p) : ' ';
        char prev = i > 0 ? t.charAt(i - 1) : ' ';
        if (NumeralRuns.isAsciiLetter(next) || NumeralRuns.isHan(next) && !options.bareNumerals()) {
            return false;
        }
        if (arabic) {
            return true;
        }
        if (options.bareNumerals()) {
            return true;
        }
        return runEnd - numStart >= 2 && !NumeralRuns.isHan(prev) && !NumeralRuns.isHan(next);
    }

    private static boolean excluded(CharSequence t, int i, int numStart, int runEnd, int unitAt, UnitTable.Unit unit,
                                    BigDecimal value, boolean approximate, boolean arabic) {
        if (Exclusions.startsWithAny(t, i, Exclusions.IDIOMS)) {
            return true;
        }
        boolean chinese = !arabic;
        if (chinese && runEnd - numStart == 1 && t.charAt(numStart) == '一'
                && Exclusions.INDEFINITE_AFTER_ONE.contains(unit.surface())) {
            return true;
        }
        if (chinese && runEnd - numStart == 1 && t.charAt(numStart) == '一' && i > 0
                && Exclusions.WORD_BEFORE_ONE.indexOf(t.charAt(i - 1)) >= 0) {
            return true;
        }
        int after = unitAt + unit.surface().length();
        if (chinese && (unit.surface().equals("个") || unit.surface().equals("個")) && after < t.length()) {
            char a = t.charAt(after);
            if (NumeralChars.isNumeral(a) || a == '“' || a == '"' || a == '「'
                    || Exclusions.startsWithAny(t, after, Exclusions.SLOGAN_HEADS)) {
                return true;
            }
        }
        if (chinese && NumeralRuns.powersOnly(t, numStart, runEnd)
                && (Exclusions.startsWithAny(t, after, Exclusions.PROGRAMME_NOUNS) || unit.surface().equals("年"))) {
            return true; // 十件实事, 百项清单; 百年 is an idiom of time
        }
        if (unit.canonical().equals("年") && !approximate && value.scale() <= 0 && value.signum() > 0
                && value.compareTo(BigDecimal.valueOf(1000)) >= 0 && value.compareTo(BigDecimal.valueOf(2999)) <= 0
                && !NumeralRuns.hasBig(t, numStart, runEnd)) {
            return true; // 2024年: a calendar year
        }
        return false;
    }

    /** After 三个100%, also skip the number the slogan quotes. */
    private static int skipAfterSlogan(CharSequence t, int unitAt, UnitTable.Unit unit) {
        int after = unitAt + unit.surface().length();
        if (after < t.length() && NumeralChars.isNumeral(t.charAt(after))) {
            int e = NumeralRuns.end(t, after);
            while (e < t.length() && (t.charAt(e) == '%' || t.charAt(e) == '％')) {
                e++;
            }
            return e;
        }
        return after;
    }

    /** End of 成/折 after a number (三成, 七五折), or -1. */
    private static int shareEnd(CharSequence t, int p) {
        if (p >= t.length() || t.charAt(p) != '成' && t.charAt(p) != '折') {
            return -1;
        }
        char next = p + 1 < t.length() ? t.charAt(p + 1) : ' ';
        return Exclusions.NOT_AFTER_SHARE.indexOf(next) >= 0 ? -1 : p + 1;
    }

    /** 三成 = 30, 九五折 / 95折 = 95, 9.5成 = 95, 十成 = 100; a share above 100 is no share. */
    private static BigDecimal shareValue(CharSequence t, int from, int to, BigDecimal value) {
        BigDecimal pct;
        if (to - from == 2 && NumeralChars.isChineseDigit(t.charAt(from)) && NumeralChars.isChineseDigit(t.charAt(from + 1))
                || value.scale() <= 0 && value.compareTo(BigDecimal.TEN) > 0) {
            pct = to - from == 2 && !NumeralChars.isArabic(t.charAt(from))
                    ? BigDecimal.valueOf(NumeralChars.valueOf(t.charAt(from)) * 10L + NumeralChars.valueOf(t.charAt(from + 1)))
                    : value;
        } else {
            pct = value.multiply(BigDecimal.TEN);
        }
        if (pct.signum() <= 0 || pct.compareTo(BigDecimal.valueOf(100)) > 0
                || t.charAt(to) == '折' && pct.compareTo(BigDecimal.valueOf(100)) == 0) {
            return null;
        }
        return pct.scale() < 0 ? pct.setScale(0) : pct.stripTrailingZeros().scale() < 0 ? pct.setScale(0) : pct;
    }

    private static boolean isCapital(char c) {
        return NumeralChars.classOf(c) == NumeralChars.CAPITAL || "拾佰仟".indexOf(c) >= 0;
    }

    /** 两三, 一两, 七八: two consecutive Chinese digits are a range, never 23. */
    private static boolean isGluedPair(CharSequence t, int from, int to) {
        if (to - from < 2 || !NumeralChars.isChineseDigit(t.charAt(from)) || !NumeralChars.isChineseDigit(t.charAt(from + 1))) {
            return false;
        }
        int a = NumeralChars.valueOf(t.charAt(from));
        int b = NumeralChars.valueOf(t.charAt(from + 1));
        if (a == 0 || b != a + 1) {
            return false;
        }
        for (int k = from + 2; k < to; k++) {
            byte cls = NumeralChars.classOf(t.charAt(k));
            if (cls != NumeralChars.POWER && cls != NumeralChars.BIG) {
                return false;
            }
        }
        return true;
    }

    private static boolean insideQuote(CharSequence t, int start, int end, boolean hasUnit) {
        int open = -1;
        for (int k = start - 1; k >= 0 && k >= start - 20; k--) {
            char c = t.charAt(k);
            if (c == '“' || c == '「' || c == '『' || c == '《') {
                open = k;
                break;
            }
            if (c == '”' || c == '」' || c == '』' || c == '》' || c == '。' || c == '\n') {
                break;
            }
        }
        if (open < 0) {
            return false;
        }
        int close = -1;
        for (int k = end; k < t.length() && k < end + 20; k++) {
            char c = t.charAt(k);
            if (c == '”' || c == '」' || c == '』' || c == '》') {
                close = k;
                break;
            }
            if (c == '“' || c == '「' || c == '『' || c == '《' || c == '。' || c == '\n') {
                break;
            }
        }
        return close >= 0 && !(hasUnit && open + 1 == start && close == end);
    }

    private static boolean cumulative(CharSequence t, int from) {
        for (int k = from - 1; k > 0 && k >= from - LOOKBACK; k--) {
            char c = t.charAt(k);
            if ("，,；;。！？!?：:".indexOf(c) >= 0) {
                return false;
            }
            if (c == '计' && t.charAt(k - 1) == '累') {
                return true;
            }
        }
        return false;
    }

    private int percentWords(CharSequence t, int i, List<Quantity> out) {
        boolean permille = t.charAt(i) == '千';
        int s = i + 3;
        if (s >= t.length() || !NumeralChars.isNumeral(t.charAt(s))) {
            return i + 3;
        }
        int e = NumeralRuns.end(t, s);
        BigDecimal v = NumeralRuns.value(t, s, e);
        if (v == null) {
            return e;
        }
        if (permille) {
            v = v.movePointLeft(1);
        }
        Qualifiers.Word w = Qualifiers.before(t, i);
        int qualStart = w == null ? i : i - w.word().length();
        Qualifier q = w == null ? Qualifiers.after(t, e) : w.qualifier();
        out.add(new Quantity(v, null, null, "%", q == null ? Qualifier.EXACT : q, cumulative(t, qualStart),
                QuantityKind.PERCENT, t.subSequence(i, e).toString(), i, e));
        return e;
    }

    private int fraction(CharSequence t, int i, int runEnd, BigDecimal denominator, List<Quantity> out) {
        int s = runEnd + 2;
        if (s >= t.length() || !NumeralChars.isNumeral(t.charAt(s)) || denominator.signum() == 0) {
            return s;
        }
        int e = NumeralRuns.end(t, s);
        BigDecimal num = NumeralRuns.value(t, s, e);
        if (num == null) {
            return e;
        }
        BigDecimal v = num.divide(denominator, FRACTION_PRECISION).stripTrailingZeros();
        if (v.scale() < 0) {
            v = v.setScale(0);
        }
        Qualifiers.Word w = Qualifiers.before(t, i);
        Qualifier q = w == null ? null : w.qualifier();
        out.add(new Quantity(v, null, null, null, q == null ? Qualifier.EXACT : q, cumulative(t, i),
                QuantityKind.FRACTION, t.subSequence(i, e).toString(), i, e));
        return e;
    }
}
