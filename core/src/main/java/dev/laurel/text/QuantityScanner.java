package dev.laurel.text;

import dev.laurel.model.Qualifier;
import dev.laurel.model.UnitCategory;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Finds the quantities in running text: one left-to-right char scan, linear time, no regex.
 * Immutable and thread-safe; build once and reuse.
 *
 * <p>Rules, in order (the word lists are in {@code Exclusions} and applied by {@code ExclusionRules}, the
 * ratio forms are read by {@code Ratios}, the units are in {@link UnitTable}):
 * <ul>
 * <li>A quantity is a numeral followed by a unit (whitespace and a line break between them are tolerated
 *     unless {@link Options#tolerateBreaks} is off; the span then covers the break; a blank line parts them). Chinese numerals
 *     without a unit are not reported; an Arabic number without a unit is reported (unit null) only when no
 *     letter or Han char is glued to it (131南京舰, G60, 5G, 4C级 are codes). Digits in a web address are skipped.</li>
 * <li>余/多/几 between number and unit are inside the text and make it more-than (2500余万元).
 *     Words before the number (超, 超过, 逾, 近, 将近, 约, 不超过) and after the unit (以上, 左右, 上下, 以内)
 *     set the qualifier and stay outside the text.</li>
 * <li>A numeral that cannot be read (3.5.6万), is longer than {@code NumeralRuns.MAX_RUN} chars, or, in document
 *     reading, is split by a space ({@code Exclusions.INLINE_SPACES}: 1 6.4亿; also after 至, 分之 or 百分之) gives no figure, never a part of
 *     it: it goes to {@link #scan(CharSequence, Consumer)}'s callback; so does, in document reading, a number right
 *     after a lone decimal point (.5万: 0.5万 or a stray point, unknown; No.5 is a label), and three digits after a
 *     group of digits, a comma and a space (1, 260万元: 1260万元 or two numbers, unknown). Digits glued to the end of
 *     a web address take the rest of their numeral with them (www.x.cn/25十亿 gives no 十亿). 点 between digits is a
 *     decimal point (3点5万 = 35000, as in 三点五万). Format chars ({@code Exclusions.FORMAT_CHARS}:
 *     U+200B, U+00AD, U+FEFF, U+200E/F, U+202A-E) are read through everywhere (1, U+200B, 6.4亿 = 16.4亿), and so
 *     are spaces between an Arabic number and its multiplier or 余/多 (1.8 亿元, 1200 余名), as web pages space them.</li>
 * <li>A decimal may stand before 十/百/千 (3.5千万 = 35000000) and 零点五 before 万/亿; 0万 = 0. A multiplier
 *     without a digit (万元, 亿元) is no figure unless a qualifier word precedes it (近万人次), nor is a unit that starts
 *     with one (每千克, 单位：千米; 近千米 counts); 几/上/若干 before
 *     a multiplier ({@code Exclusions.VAGUE_BEFORE}: 几十万元) make it vague: no figure; 数 makes it more-than (数亿元).</li>
 * <li>Units: the longest unit of the {@link UnitTable} wins (人民币 over 人, 台币 over 台); a Latin unit needs a
 *     non-letter after it; a currency symbol before the number is its unit ($35, ￥120); 兆 before 瓦/字节 and 千 before
 *     米/克/瓦 after a digit or a power belong to the unit (二十兆字节 = 20 MB, 120万千瓦). 分 is a score only after
 *     an Arabic number that is no time of day (91.3分; not 十分, 8时30分, 9点30分, nor 分别). Money in parts is one
 *     amount ({@link CompoundAmounts}: 20元3角五分 = 20.35 元, 三块五); a half is added ({@link Halves}: 两吨半,
 *     两个半小时, 半年).</li>
 * <li>An English scale word after an Arabic number scales it ({@link LatinScales}: US$37.6 million = 37600000 美元,
 *     3.5bn), as the English version of a page writes its figures.</li>
 * <li>Ranges: 3至5万, 3-5千万 (the lower bound takes the upper's whole multiplier chain), a dash between two
 *     quantities of one unit ({@code Exclusions.RANGE_MARKS}: 30%-50%, 3万元-5万元; not a sign), 百分之三十至五十,
 *     and two-sided comparisons with open or closed bounds ({@link Comparisons}: 大于50并且小于80, 介于10和40之间).
 *     One-sided comparison words stay qualifiers (超6300万元 is more-than, not a range).</li>
 * <li>Ratios: 百分之/千分之/万分之N (percent), N分之M shares (percent: 三分之一 = 33.33333333333333 %, 16
 *     significant digits; in the number-model reading the fraction 0.3333333333333333), 又 mixed numbers
 *     (三百五又三分之一 = 350.3333333333333, a fraction without unit), 成/折 shares (三成, 七成六, 九五折). 点 before 两 ends a numeral (两百点两 is 200 and 2: decimals use 二).</li>
 * <li>Not quantities: years (a 4-digit integer before 年, and spans of them: 2020—2023年) and dates (月/日 are no units), numerals inside
 *     a short quote unless the quantity fills the quote (“八一”, “三个100%”, “4321” are names; “三连冠” is
 *     not), a Chinese numeral + classifier filling a quote (“二十条”, a programme name), set phrases
 *     ({@code IDIOMS}), a lone 一 as an article (一批, 一项, 一轮, 一个 + abstract noun), Chinese numeral + 个
 *     + slogan word or number (四个确保, 三个100%), 十/百/千/万 + classifier + programme noun (十件实事),
 *     capitals that are word chars (入伍, 陆续, 收拾), words a numeral starts (一切, 四川), a unit char that
 *     starts another word (3年级).</li>
 * <li>Cumulative: 累计 earlier in the same clause (no ，,；;。！？：between), so 累计出动车辆1000余台次、兵力1900余人次
 *     marks both, and a 累计 before a comma marks nothing after it.</li>
 * <li>N次/N届 after 先后/连续/已/曾 or before 被命名/荣膺/蝉联..., 第N次 before 获得/荣获/被评为, and N连冠, are
 *     {@link QuantityKind#HONOR_COUNT}.</li>
 * <li>Number-model reading ({@link Options#bareNumerals}, Recognizers-Text's NumberModel): every numeral
 *     counts, units are left out of the span, and the exclusions above that serve metrics (quotes, idioms,
 *     slogans, years) and ranges are off. Spaces inside a numeral or ratio word are read through
 *     ({@code SpacedText}: 7万 5千 4百, 百 分 之 2); slash fractions (3/5, 1 3/5), leading points (.5), 打
 *     (a dozen: 五十打 = 600) and 半百 are read; 万 or 万万 alone and 一美元 (the currency model's) are not.</li>
 * </ul>
 */
public final class QuantityScanner {

    /**
     * @param tolerateBreaks allow whitespace, including a line break, between a number and its unit (not a blank line)
     * @param bareNumerals   also report Chinese numerals without a unit (number-model reading)
     */
    public record Options(boolean tolerateBreaks, boolean bareNumerals) {
        /** Whitespace tolerated between number and unit, no bare numerals. */
        public static final Options DEFAULT = new Options(true, false);
    }

    private final UnitTable units;
    /** The currency names written after their number (人民币, 港元), by their last char: looked up before an amount. */
    private final java.util.Map<Character, List<UnitTable.Unit>> currencyNames;
    private final Options options;
    private final Comparisons comparisons;

    /** A scanner with the built-in units and {@link Options#DEFAULT}. */
    public QuantityScanner() {
        this(UnitTable.defaults(), Options.DEFAULT);
    }

    /**
     * A scanner with its own units and options.
     *
     * @param units   the units to recognise; not null
     * @param options the scanning options; not null
     */
    public QuantityScanner(UnitTable units, Options options) {
        if (units == null) {
            throw new NullPointerException("units must not be null");
        }
        if (options == null) {
            throw new NullPointerException("options must not be null");
        }
        this.units = units;
        this.currencyNames = currencyNamesByLastChar(units);
        this.options = options;
        this.comparisons = new Comparisons(units);
    }

    /** A numeral run that could not be read (3.5.6万, a run over 48 chars, 1 6.4亿): no figure was reported for it. */
    public record Unparsed(String text, int start, int end) {
    }

    /**
     * Every quantity in {@code text}, in text order, spans not overlapping.
     *
     * @param text the text to scan
     * @return the quantities found, empty when none
     */
    public List<Quantity> scan(CharSequence text) {
        return scan(text, u -> { });
    }

    /**
     * Like {@link #scan(CharSequence)}; each numeral run that could not be read is given to {@code unparsed}
     * (in text order) instead of being reported in part.
     *
     * @param text     the text to scan
     * @param unparsed receives each numeral run that could not be read
     * @return the quantities found, empty when none
     */
    public List<Quantity> scan(CharSequence text, Consumer<Unparsed> unparsed) {
        if (text == null) {
            throw new NullPointerException("text must not be null");
        }
        if (unparsed == null) {
            throw new NullPointerException("unparsed must not be null");
        }
        // one pass finds what the reading view drops and the marks the scan looks back for (TextMarks); a text with
        // nothing to drop, most text, is not read a second time to find that out
        TextMarks marks = TextMarks.of(text);
        SpacedText visible = SpacedText.readable(text, marks.firstDrop());
        if (visible == null) {
            return scanSpaced(text, marks, unparsed);
        }
        List<Unparsed> bad = new ArrayList<>();
        return remap(text, visible, scanSpaced(visible.text, TextMarks.of(visible.text), bad::add), bad, unparsed);
    }

    /** Scans {@code text}, whose marks are {@code marks}. */
    private List<Quantity> scanSpaced(CharSequence text, TextMarks marks, Consumer<Unparsed> unparsed) {
        if (options.bareNumerals()) {
            SpacedText spaced = SpacedText.of(text);
            if (spaced != null) {
                List<Unparsed> bad = new ArrayList<>();
                return remap(text, spaced, scanCompact(spaced.text, TextMarks.of(spaced.text), bad::add), bad, unparsed);
            }
        }
        return scanCompact(text, marks, unparsed);
    }

    /** The results found in {@code view.text}, with spans and text of {@code text}. */
    private static List<Quantity> remap(CharSequence text, SpacedText view, List<Quantity> found, List<Unparsed> bad,
                                        Consumer<Unparsed> unparsed) {
        List<Quantity> out = new ArrayList<>(found.size());
        for (Quantity q : found) {
            int s = view.start(q.start());
            int e = view.end(q.end());
            out.add(q.at(text.subSequence(s, e).toString(), s, e));
        }
        for (Unparsed u : bad) {
            int s = view.start(u.start());
            int e = view.end(u.end());
            unparsed.accept(new Unparsed(text.subSequence(s, e).toString(), s, e));
        }
        return out;
    }

    private List<Quantity> scanCompact(CharSequence text, TextMarks marks, Consumer<Unparsed> unparsed) {
        List<Quantity> out = new ArrayList<>();
        boolean bare = options.bareNumerals();
        int n = text.length();
        int i = 0;
        // the chars between stops would only be stepped over; a branch for another char needs it among TextMarks' stops
        while ((i = marks.nextStop(i)) < n) {
            char c = text.charAt(i);
            if (NumeralChars.isNumeral(c) || c == '第' || c == '数') {
                i = Math.max(i + 1, at(text, i, marks, out, unparsed));
            } else if ((c == 'h' || c == 'w' || c == 'H' || c == 'W') && isUrl(text, i)) {
                int address = i;
                while (i < n && !Character.isWhitespace(text.charAt(i)) && !NumeralRuns.isHan(text.charAt(i))) {
                    i++; // digits in a web address are no numbers
                }
                int r = i;
                while (r > address && NumeralChars.isNumeral(text.charAt(r - 1))) {
                    r--;
                }
                if (r < i) {
                    i = Math.max(i, NumeralRuns.end(text, r)); // www.x.cn/25十亿, x〇肆万, x0點0: nor is the rest of its numeral
                }
            } else if (!bare && c == '半') {
                int e = Halves.before(text, i, units, out); // 半年, 半个月
                i = e > 0 ? e : i + 1;
            } else if (bare && "半对對".indexOf(c) >= 0) {
                i = Math.max(i + 1, Ratios.halfOrPair(text, i, out));
            } else if (bare && NumeralChars.isDot(c) && i + 1 < n && NumeralChars.isArabic(text.charAt(i + 1))
                    && (i == 0 || !NumeralChars.isDot(text.charAt(i - 1)) && !NumeralChars.isArabic(text.charAt(i - 1)))) {
                i = leadingPoint(text, i, out);
            } else {
                i++;
            }
        }
        return out;
    }

    private static boolean isUrl(CharSequence t, int i) {
        return (i == 0 || !NumeralRuns.isAsciiLetter(t.charAt(i - 1)))
                && (regionMatchesIgnoreCase(t, i, "http://") || regionMatchesIgnoreCase(t, i, "https://")
                || regionMatchesIgnoreCase(t, i, "www."));
    }

    /** Like {@link String#regionMatches(boolean, int, String, int, int)} ignoring case, without a substring. */
    private static boolean regionMatchesIgnoreCase(CharSequence t, int at, String s) {
        if (at + s.length() > t.length()) {
            return false;
        }
        for (int k = 0; k < s.length(); k++) {
            char a = t.charAt(at + k);
            char b = s.charAt(k);
            if (a != b && Character.toLowerCase(Character.toUpperCase(a)) != Character.toLowerCase(Character.toUpperCase(b))) {
                return false;
            }
        }
        return true;
    }

    /** .5, -.5, .23456 (number-model reading): an Arabic fraction without its leading zero. */
    private static int leadingPoint(CharSequence t, int i, List<Quantity> out) {
        int e = i + 1;
        while (e < t.length() && NumeralChars.isArabic(t.charAt(e))) {
            e++;
        }
        BigDecimal v = new BigDecimal("0." + ChineseNumerals.digitsToArabic(t.subSequence(i + 1, e)));
        int s = i;
        if (i > 0 && NumeralChars.isMinus(t.charAt(i - 1)) && t.charAt(i - 1) != '负' && t.charAt(i - 1) != '負'
                && (i == 1 || !NumeralChars.isNumeral(t.charAt(i - 2)))) {
            s--;
            v = v.negate();
        }
        out.add(new Quantity(Ratios.strip(v), null, null, null, Qualifier.EXACT, false, QuantityKind.NUMBER,
                t.subSequence(s, e).toString(), s, e));
        return e;
    }

    /**
     * Tries a quantity starting at {@code i} of {@code t}, whose marks are {@code marks}; returns where scanning
     * continues. The steps after the numeral's extent is known (otherForm, numeral, withUnit, report) are methods
     * of their own: as one method of over 3 KB of bytecode, this ran out of the JIT's inlining budget half way, and
     * every call after that point, down to String.charAt, was compiled as a call (QB: about 34.5 ms to 31.5 ms).
     */
    private int at(CharSequence t, int i, TextMarks marks, List<Quantity> out, Consumer<Unparsed> unparsed) {
        int n = t.length();
        boolean bare = options.bareNumerals();
        char c = t.charAt(i);
        boolean ordinal = c == '第';
        boolean vague = c == '数';
        int numStart = ordinal || vague ? i + 1 : i;
        if (ordinal && !bare) {
            while (numStart < n && numStart - i <= 2 && Exclusions.INLINE_SPACES.indexOf(t.charAt(numStart)) >= 0) {
                numStart++; // 第 5 期, as a newsletter's masthead spaces it: still an ordinal
            }
        }
        if (numStart >= n || !NumeralChars.isNumeral(t.charAt(numStart))) {
            return i + 1;
        }
        if (vague && !NumeralRuns.powersOnly(t, numStart, numStart + 1)) {
            return i + 1;
        }
        int word = ExclusionRules.isNumeralWord(t, numStart);
        if (word > 0) {
            return numStart + word; // 一切, 四川
        }
        if (!ordinal && !vague && ExclusionRules.endsWordBeforeDigit(t, numStart)) {
            return numStart + 1; // 唯一三次, 统一三个: 一 ends a word, the numeral is 三
        }
        if (i > 0 && NumeralChars.isArabic(c) && (NumeralRuns.isAsciiLetter(t.charAt(i - 1)) || NumeralChars.isArabic(t.charAt(i - 1)))) {
            return NumeralRuns.end(t, i); // G60: a code
        }
        int runEnd = NumeralRuns.end(t, numStart);
        if (runEnd - numStart > NumeralRuns.MAX_RUN) {
            // too long to be one figure; in document reading with what a space splits from it (…0 0000)
            return unparsed(t, numStart, bare ? runEnd : NumeralRuns.spaceSplitEnd(t, runEnd), unparsed);
        }
        int form = otherForm(t, i, numStart, runEnd, ordinal, vague, out, unparsed);
        if (form != NO_FORM) {
            return form;
        }
        return numeral(t, i, numStart, runEnd, ordinal, vague, marks, out, unparsed);
    }

    /**
     * True when a unit written in Latin letters ends at {@code end} and a Latin letter or an ASCII digit follows it
     * at once: the letters are part of a code (11341524MB1556732K), not a unit.
     */
    private static boolean gluedToCode(CharSequence t, int end) {
        return end > 0 && end < t.length() && NumeralRuns.isAsciiLetter(t.charAt(end - 1))
                && (NumeralRuns.isAsciiLetter(t.charAt(end)) || t.charAt(end) >= '0' && t.charAt(end) <= '9');
    }

    /** What {@link #otherForm} returns when the numeral is none of its forms. */
    private static final int NO_FORM = -1;

    /**
     * The forms decided before the numeral's value is read: a comparison (大于50并且小于80), a numeral split
     * by a space or after a lone point (unparsed), a percent word (百分之三十), and the runs that are no
     * figure (入伍, 几十万, 万元, 千米). Returns where scanning continues, or {@link #NO_FORM}.
     */
    private int otherForm(CharSequence t, int i, int numStart, int runEnd, boolean ordinal, boolean vague,
                          List<Quantity> out, Consumer<Unparsed> unparsed) {
        int n = t.length();
        boolean bare = options.bareNumerals();
        char c = t.charAt(i);
        if (!bare && !ordinal && !vague) {
            int e = comparisons.worded(t, i, out); // 大于50并且小于80, 最多60最少15
            if (e < 0 && runEnd < n && Comparisons.isSuffixJoin(t.charAt(runEnd))) {
                e = comparisons.suffixed(t, i, out); // 介于10和40之间, 3000以上、5000以下
            }
            if (e >= 0) {
                return e;
            }
        }
        if (!bare) {
            int split = NumeralRuns.spaceSplitEnd(t, runEnd);
            if (split > runEnd) {
                return unparsed(t, numStart, split, unparsed); // 1 6.4亿: one numeral or two, unknown
            }
            if (i > 0 && NumeralChars.isArabic(c) && NumeralChars.isDot(t.charAt(i - 1))
                    && (i == 1 || !NumeralRuns.isAsciiLetter(t.charAt(i - 2)))) {
                return unparsed(t, i - 1, runEnd, unparsed); // .5万: 0.5万 or a stray point and 5万, unknown
            }
            int group = NumeralRuns.commaGroupBefore(t, i, runEnd);
            if (group >= 0) {
                return unparsed(t, group, runEnd, unparsed); // 1, 260万元: 1260万元 or 1 and 260万元, unknown
            }
        }
        if (!ordinal && !vague && Ratios.isPercentWord(t, numStart, runEnd)) {
            return Ratios.percentWords(t, i, runEnd, out, unparsed, !bare);
        }
        if (ExclusionRules.isWordCapital(t, numStart, runEnd)) {
            return i + 1; // 入伍, 陆续
        }
        if (!bare && !ordinal && !vague && NumeralRuns.startsWithPower(t, numStart) && ExclusionRules.vagueBefore(t, numStart)) {
            return runEnd; // 几十万, 上百万, 若干万: no figure
        }
        if (!bare && !ordinal && !vague && NumeralRuns.bigOnly(t, numStart, runEnd) && Qualifiers.before(t, i) == null
                && (runEnd >= n || "余餘多".indexOf(t.charAt(runEnd)) < 0)) {
            return runEnd; // 万元, 亿元 alone: a multiplier, no number (近万人次, 万余人 count)
        }
        if (!bare && !ordinal && !vague && runEnd == numStart + 1 && NumeralChars.classOf(t.charAt(numStart)) == NumeralChars.POWER
                && Qualifiers.before(t, i) == null) {
            UnitTable.Unit unitWord = units.match(t, numStart);
            if (unitWord != null) {
                return numStart + unitWord.surface().length(); // 每千克, 单位：千米: a unit, no number (近千米 counts)
            }
        }
        return NO_FORM;
    }

    /**
     * Reads the numeral's value at [numStart, runEnd) with what extends it (a fraction, 余万, 打, an upper bound,
     * a share), then its unit ({@link #withUnit}). Returns where scanning continues.
     */
    private int numeral(CharSequence t, int i, int numStart, int runEnd, boolean ordinal, boolean vague, TextMarks marks,
                        List<Quantity> out, Consumer<Unparsed> unparsed) {
        int n = t.length();
        boolean bare = options.bareNumerals();
        BigDecimal value;
        BigDecimal lower = null;
        BigDecimal upper = null;
        boolean glued = isGluedPair(t, numStart, runEnd);
        if (glued) {
            BigDecimal mult = runEnd == numStart + 2 ? BigDecimal.ONE : NumeralRuns.value("一" + t.subSequence(numStart + 2, runEnd), 0, runEnd - numStart - 1);
            if (mult == null) {
                return unparsed(t, numStart, runEnd, unparsed);
            }
            lower = mult.multiply(BigDecimal.valueOf(NumeralChars.valueOf(t.charAt(numStart))));
            upper = mult.multiply(BigDecimal.valueOf(NumeralChars.valueOf(t.charAt(numStart + 1))));
            value = lower;
        } else {
            value = NumeralRuns.value(t, numStart, runEnd);
            if (value == null) {
                return unparsed(t, numStart, runEnd, unparsed);
            }
        }
        boolean arabic = NumeralRuns.hasArabic(t, numStart, runEnd);
        boolean negative = !ordinal && !vague && i > 0 && NumeralChars.isMinus(t.charAt(i - 1))
                && (i == 1 || !NumeralChars.isNumeral(t.charAt(i - 2)) && !NumeralRuns.isAsciiLetter(t.charAt(i - 2))
                && !NumeralChars.isMinus(t.charAt(i - 2)) && t.charAt(i - 2) != '%' && t.charAt(i - 2) != '％');
        int start = negative ? i - 1 : i;
        if (!ordinal && UnitTable.regionMatches(t, runEnd, "分之")) {
            int e = Ratios.fraction(t, start, runEnd, null, value, negative, !bare, out);
            if (e >= 0 || !bare) {
                return e >= 0 ? e : runEnd + 2;
            }
            // number-model reading: 二分之 without a numerator is the number 二
        } else if (!ordinal && !vague && lower == null) {
            int den = Ratios.mixedDenominatorEnd(t, runEnd);
            if (den >= 0) {
                BigDecimal d = NumeralRuns.value(t, runEnd + 1, den);
                int e = d == null ? -1 : Ratios.fraction(t, start, den, value, d, negative, !bare, out);
                if (e >= 0) {
                    return e;
                }
            }
            if (bare && arabic) {
                int e = Ratios.slash(t, start, numStart, runEnd, value, negative, out);
                if (e >= 0) {
                    return e;
                }
            }
        }
        if (bare && !ordinal && NumeralRuns.bigOnly(t, numStart, runEnd)) {
            return runEnd; // 万, 万万 alone are no number
        }
        int p = runEnd;
        boolean inner = false;
        if (p < n && "余餘多几幾".indexOf(t.charAt(p)) >= 0 && !ordinal) {
            if (p + 1 < n && NumeralChars.classOf(t.charAt(p + 1)) == NumeralChars.BIG) {
                int big = NumeralChars.valueOf(t.charAt(p + 1));
                value = value.scaleByPowerOfTen(big);
                if (lower != null) {
                    lower = value; // 两三百余万 = 2e6 to 3e6: both bounds take the multiplier
                    upper = upper.scaleByPowerOfTen(big);
                }
                inner = true;
                p += 2;
                if (p < n && NumeralChars.isNumeral(t.charAt(p))) {
                    return unparsed(t, numStart, NumeralRuns.end(t, p), unparsed); // 2500余万3千: no one numeral
                }
            } else if (units.match(t, p + 1) != null) {
                inner = true;
                p += 1;
            }
        }
        int latin = !bare && !ordinal && !inner && lower == null && arabic && p < n ? LatinScales.at(t, p) : -1;
        if (latin >= 0 && NumeralRuns.digitsOnly(t, numStart, runEnd)) {
            value = value.scaleByPowerOfTen(LatinScales.power(latin)); // US$37.6 million: no 37.6 dollars
            value = value.scale() < 0 ? value.setScale(0) : value;
            p = LatinScales.end(t, p, latin);
        }
        if (bare && !ordinal && p < n && t.charAt(p) == '打') {
            value = value.multiply(BigDecimal.valueOf(12)); // 一打 = 12: a dozen
            p++;
        }
        if (!bare && !inner && !ordinal && lower == null && p + 1 < n && "至到~～〜-－—".indexOf(t.charAt(p)) >= 0
                && NumeralChars.isNumeral(t.charAt(p + 1))) {
            int r2 = NumeralRuns.end(t, p + 1);
            int split2 = NumeralRuns.spaceSplitEnd(t, r2);
            if (split2 > r2) {
                return unparsed(t, numStart, split2, unparsed); // 3至5 6万: the upper bound is split, neither is the figure
            }
            BigDecimal up = NumeralRuns.value(t, p + 1, r2);
            if (up == null) {
                return unparsed(t, numStart, r2, unparsed); // 3至3.5.5万: neither bound alone is the figure
            }
            lower = value;
            int chain = NumeralRuns.trailingPowers(t, p + 1, r2);
            if (chain > 0 && NumeralRuns.digitsOnly(t, numStart, runEnd)) {
                lower = lower.scaleByPowerOfTen(chain); // 3-5千万 = 3千万 to 5千万
            } else if (!NumeralRuns.hasBig(t, numStart, runEnd) && NumeralChars.classOf(t.charAt(r2 - 1)) == NumeralChars.BIG) {
                lower = lower.scaleByPowerOfTen(NumeralChars.valueOf(t.charAt(r2 - 1)));
            }
            upper = up;
            value = lower;
            p = r2;
            if (upper.compareTo(lower) < 0) {
                return p;
            }
        }
        if (!ordinal && !vague && !inner && upper == null) {
            int share = Ratios.shareEnd(t, p);
            if (share > 0) {
                BigDecimal pct = Ratios.shareValue(t, numStart, runEnd, value, share);
                if (pct != null) {
                    out.add(new Quantity(pct, null, null, "%", Qualifiers.around(t, i, share), // 九成以上: more-than
                            Qualifiers.cumulative(t, i), QuantityKind.PERCENT, t.subSequence(i, share).toString(), i, share));
                    return share;
                }
            }
        }
        return withUnit(t, i, numStart, runEnd, ordinal, vague, new Numeral(value, lower, upper, p, glued, arabic, negative, inner),
                marks, out);
    }

    /**
     * A numeral read by {@link #numeral}, for {@link #withUnit}.
     *
     * @param end      where what is read so far ends: after the run, 余万, 打 or an upper bound; after the unit
     * @param glued    two consecutive Chinese digits (两三): the bounds are the range
     * @param arabic   written with Arabic digits
     * @param negative a minus sign stands before it
     * @param inner    余/多 between number and unit (2500余万元): more-than
     */
    private record Numeral(BigDecimal value, BigDecimal lower, BigDecimal upper, int end, boolean glued,
                           boolean arabic, boolean negative, boolean inner) {
    }

    /** The unit after the numeral, the rules that exclude it, and the quantity reported; returns where scanning continues. */
    private int withUnit(CharSequence t, int i, int numStart, int runEnd, boolean ordinal, boolean vague, Numeral num,
                         TextMarks marks, List<Quantity> out) {
        int n = t.length();
        boolean bare = options.bareNumerals();
        BigDecimal value = num.value();
        BigDecimal lower = num.lower();
        BigDecimal upper = num.upper();
        int p = num.end();
        boolean glued = num.glued();
        boolean arabic = num.arabic();
        boolean negative = num.negative();
        boolean inner = num.inner();
        if (!bare && arabic && ExclusionRules.afterClockColon(t, i)) {
            return p; // 01:15 张建国：…: a timestamp's seconds, no 15 张
        }
        int q = p;
        if (options.tolerateBreaks()) {
            int breaks = 0;
            while (q < n && q - p < 4 && Character.isWhitespace(t.charAt(q))) {
                breaks += t.charAt(q) == '\n' ? 1 : 0;
                q++;
            }
            if (breaks > 1) {
                q = p; // 版次：01 / (blank line) / 本报讯: a blank line parts a paragraph's number from the next one's words
            }
        }
        UnitTable.Unit unit = units.match(t, q);
        if (unit != null && Exclusions.UNIT_BREAKERS.startsAt(t, q)) {
            unit = null;
        }
        if (!bare && unit != null && gluedToCode(t, q + unit.surface().length())) {
            int e = q + unit.surface().length();
            while (e < n && (NumeralRuns.isAsciiLetter(t.charAt(e)) || NumeralChars.isArabic(t.charAt(e)))) {
                e++;
            }
            return e; // 11341524MB1556732K: a code (a credit code, a serial), no 11341524 megabytes
        }
        if (unit != null && unit.category() == UnitCategory.SCORE
                && (!arabic || ExclusionRules.afterTimeOfDay(t, i) || NumeralRuns.hasPoint(t, numStart, runEnd))) {
            unit = null; // 十分重要, 三分天下, 8时30分, 9点30分: no score
        }
        boolean half = false;
        if (!bare && unit != null && !inner && upper == null && (unit.surface().equals("个") || unit.surface().equals("個"))) {
            UnitTable.Unit h = Halves.classifierHalf(t, q);
            if (h != null) {
                unit = h; // 两个半小时 = 2.5 小时
                half = true;
            }
        }
        UnitTable.Unit scale = negative ? null : UnitTable.degreePrefix(t, i, q);
        if (scale != null) {
            unit = new UnitTable.Unit("度", scale.canonical(), UnitCategory.TEMPERATURE); // 华氏温度100度
        }
        if (bare && !arabic && runEnd == numStart + 1 && Exclusions.FOREIGN_MONEY.startsAt(t, q)) {
            return q; // 一美元: the currency model's
        }
        int end = unit != null ? q + unit.surface().length() : p;
        UnitTable.Unit symbol = null;
        if (!bare && !ordinal && !vague && !negative && scale == null
                && (unit == null || unit.category() == UnitCategory.CURRENCY)) {
            symbol = units.symbolBefore(t, i); // $35, ￥120元
            if (symbol != null && unit != null && YUAN.contains(unit.surface())
                    && NumeralRuns.isHan(symbol.surface().charAt(0))) {
                unit = symbol; // 新台币53亿元: the 元 of the currency named before
            } else if (symbol != null && unit != null && (symbol.iso() == null || !symbol.iso().equals(unit.iso()))) {
                symbol = null; // $35港元: the written unit decides
            } else if (symbol != null && unit == null) {
                unit = symbol;
            }
        }
        if (!bare && unit != null && symbol == null && upper == null && !ordinal && !vague && !inner && !half) {
            boolean kuai = unit.surface().equals("块");
            CompoundAmounts.Tail tail = unit.iso() != null || kuai ? CompoundAmounts.read(t, end, unit, value) : null;
            if (tail != null) {
                value = tail.value(); // 五元三毛 = 5.3 元, 三块五 = 3.5 元
                end = tail.end();
            }
            if (kuai && (tail != null || CompoundAmounts.isMoney(t, i, end) || end < n && t.charAt(end) == '半')) {
                unit = CompoundAmounts.KUAI; // 八块。, 一块半: money
            }
            if (tail == null && Halves.after(t, end, unit)) {
                end++; // 两吨半 = 2.5 吨
                half = true;
            }
        }
        if (half) {
            value = value.add(Halves.HALF);
        }
        if (!bare && unit != null && !ordinal && !vague && !negative && !inner && upper == null && symbol == null
                && end < n && Comparisons.isSuffixJoin(t.charAt(end))) {
            int e = comparisons.suffixed(t, i, out); // 100元到200元之间, 3000人以上、5000人以下
            if (e >= 0) {
                return e;
            }
        }
        boolean numberOnly = bare && unit != null && !unit.canonical().equals("%");
        if (numberOnly) {
            end = p; // number-model reading: the span is the number alone
        }
        if (!bare && unit != null && symbol == null && upper == null && !inner && !ordinal && !vague && !negative && end + 1 < n
                && Exclusions.RANGE_MARKS.indexOf(t.charAt(end)) >= 0 && NumeralChars.isNumeral(t.charAt(end + 1))) {
            int r2 = NumeralRuns.end(t, end + 1);
            UnitTable.Unit unit2 = units.match(t, r2);
            BigDecimal up = unit2 != null && unit2.canonical().equals(unit.canonical()) ? NumeralRuns.value(t, end + 1, r2) : null;
            if (up != null && up.compareTo(value) > 0) {
                lower = value; // 30%-50%, 3万元至5万元: a range, not a sign
                upper = up.scale() < 0 ? up.setScale(0) : up;
                end = r2 + unit2.surface().length();
            }
        }
        if (unit == null) {
            boolean bareOrdinal = ordinal && bare;
            boolean range = !bare && upper != null && !glued && (p >= n || !NumeralRuns.isHan(t.charAt(p)) && !NumeralRuns.isAsciiLetter(t.charAt(p)));
            if (!bareOrdinal && !range && (ordinal || vague || !bareAllowed(t, i, numStart, runEnd, p, arabic))) {
                return runEnd;
            }
        } else if (!bare && symbol == null && !(half && unit == CompoundAmounts.KUAI) && ExclusionRules.excluded(t, i, numStart, runEnd, q, unit, value, inner || upper != null, arabic)) {
            return ExclusionRules.skipAfterSlogan(t, q, unit);
        } else if (!bare && upper != null && ExclusionRules.isYear(unit, value) && ExclusionRules.isYear(unit, upper)) {
            return end; // 2020—2023年, 2020至2023年: a span of calendar years
        }
        return report(t, i, ordinal, vague, new Numeral(value, lower, upper, end, glued, arabic, negative, inner), unit, symbol,
                scale, numberOnly, marks, out);
    }

    /**
     * How long the name of the currency {@code unit} is when it is written again right before the number at {@code at}
     * (约人民币4.5亿元: 人民币 before 4.5亿元), else 0.
     */
    private int currencyNamedBefore(CharSequence t, int at, UnitTable.Unit unit) {
        if (unit.category() != UnitCategory.CURRENCY || unit.iso() == null || at == 0 || !NumeralRuns.isHan(t.charAt(at - 1))) {
            return 0;
        }
        for (UnitTable.Unit u : currencyNames.getOrDefault(t.charAt(at - 1), List.of())) {
            int from = at - u.surface().length();
            if (unit.iso().equals(u.iso()) && from >= 0 && UnitTable.regionMatches(t, from, u.surface())) {
                return u.surface().length();
            }
        }
        return 0;
    }

    private static java.util.Map<Character, List<UnitTable.Unit>> currencyNamesByLastChar(UnitTable units) {
        java.util.Map<Character, List<UnitTable.Unit>> out = new java.util.HashMap<>();
        for (UnitTable.Unit u : units.units()) {
            if (!u.before() && u.category() == UnitCategory.CURRENCY && u.iso() != null && u.surface().length() > 1) {
                out.computeIfAbsent(u.surface().charAt(u.surface().length() - 1), c -> new java.util.ArrayList<>()).add(u);
            }
        }
        return java.util.Map.copyOf(out);
    }

    /** The units that name no currency of their own: a currency named before the number decides (新台币53亿元). */
    private static final java.util.Set<String> YUAN = java.util.Set.of("元", "圆");

    /**
     * Reports the quantity {@code num} (its end is the span's end) with its unit, unless it sits in a quote as a
     * name: the qualifier around it, its kind and span. Returns where scanning continues.
     *
     * @param symbol     the currency symbol before the number that is its unit ($35), or null
     * @param scale      the temperature scale before the number (华氏), or null
     * @param numberOnly the number-model reading's number without its unit
     */
    private int report(CharSequence t, int i, boolean ordinal, boolean vague, Numeral num, UnitTable.Unit unit,
                       UnitTable.Unit symbol, UnitTable.Unit scale, boolean numberOnly, TextMarks marks, List<Quantity> out) {
        boolean bare = options.bareNumerals();
        BigDecimal value = num.value();
        BigDecimal lower = num.lower();
        BigDecimal upper = num.upper();
        int end = num.end();
        boolean negative = num.negative();
        boolean inner = num.inner();
        if (value.scale() < 0) {
            value = value.setScale(0);
        }
        if (lower != null && lower.scale() < 0) {
            lower = lower.setScale(0);
        }
        if (upper != null && upper.scale() < 0) {
            upper = upper.setScale(0);
        }
        // no quote can open before the text's first opening quote, nor 累计 count before its first 累计 (TextMarks)
        if (!bare && marks.firstQuote() < i && ExclusionRules.insideQuote(t, i, end, unit, num.arabic())) {
            return end;
        }
        if (symbol != null) {
            i -= symbol.surface().length() + (t.charAt(i - 1) == ' ' ? 1 : 0); // the span starts at the symbol
        }
        int qualStart = i;
        Qualifier qualifier = inner || vague ? Qualifier.MORE_THAN : null;
        Qualifiers.Word pre = Qualifiers.before(t, i);
        int named = pre == null && symbol == null && unit != null && !numberOnly ? currencyNamedBefore(t, i, unit) : 0;
        if (named > 0) {
            pre = Qualifiers.before(t, i - named); // 约人民币4.5亿元: the qualifier stands before the currency's name
            named = pre == null ? 0 : named;
        }
        if (pre != null) {
            qualStart = i - named - pre.word().length();
            if (qualifier == null) {
                qualifier = pre.qualifier();
            }
        }
        if (qualifier == null) {
            qualifier = Qualifiers.after(t, end);
        }
        if (qualifier == null) {
            qualifier = Qualifiers.approxByVerb(t, i) ? Qualifier.APPROX : Qualifier.EXACT; // 约占全省面积的41.6%
        }
        String unitName = unit == null || numberOnly ? null : unit.canonical();
        if (negative) {
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
        if (unitName != null && unitName.equals("%")) {
            kind = QuantityKind.PERCENT;
        }
        if (ordinal) {
            kind = QuantityKind.ORDINAL;
        }
        if (unitName != null && HonorCounts.isHonor(t, qualStart, end, unitName, ordinal)) {
            kind = QuantityKind.HONOR_COUNT;
        }
        if (scale != null && !numberOnly) {
            i -= scale.surface().length();
        }
        UnitCategory category = unitName == null ? null : unit.category();
        String currency = unitName == null ? null : unit.iso();
        boolean closed = upper == null || num.glued(); // 两三个 = [2, 3]; 3至5万 = [3万, 5万): see QuantityKind.RANGE
        boolean cumulative = marks.firstCumulative() < qualStart && Qualifiers.cumulative(t, qualStart);
        out.add(new Quantity(value, lower, upper, unitName, qualifier, cumulative, kind,
                t.subSequence(i, end).toString(), i, end, category, currency, true, closed));
        return end;
    }

    /** Reports {@code t[from, to)} as unreadable; returns {@code to}, where scanning continues. */
    private static int unparsed(CharSequence t, int from, int to, Consumer<Unparsed> unparsed) {
        unparsed.accept(new Unparsed(t.subSequence(from, to).toString(), from, to));
        return to;
    }

    private boolean bareAllowed(CharSequence t, int i, int numStart, int runEnd, int p, boolean arabic) {
        char next = p < t.length() ? t.charAt(p) : ' ';
        char prev = i > 0 ? t.charAt(i - 1) : ' ';
        if (NumeralRuns.isAsciiLetter(next) || NumeralRuns.isHan(next) && !options.bareNumerals()) {
            return false;
        }
        if (arabic || options.bareNumerals()) {
            return true;
        }
        return runEnd - numStart >= 2 && !NumeralRuns.isHan(prev) && !NumeralRuns.isHan(next);
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
}
