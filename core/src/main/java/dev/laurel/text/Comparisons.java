package dev.laurel.text;

import dev.laurel.model.Qualifier;
import java.math.BigDecimal;
import java.util.List;

/**
 * Two-sided comparisons, read as one range whose bounds may be open: 大于50并且小于80 = (50, 80),
 * 大于二十的同时小于等于三十五 = (20, 35], 最多60最少15 = [15, 60], 介于10和40之间 = [10, 40),
 * 3000以上、5000以下 = (3000, 5000). Bounds follow Recognizers-Text's convention: 大于/小于/以上/以下 exclude the
 * number, 等于/不/至少/最多 include it, an interval (之间) includes its lower bound only. A one-sided phrase is
 * not read here: 超6300万元 stays a figure qualified more-than ({@link Qualifiers}). The span covers the words.
 */
final class Comparisons {
    /** A comparison word before a number: whether it gives the lower bound, and whether that bound is included. */
    record Word(String word, boolean lower, boolean inclusive) {
    }

    private static final List<Word> WORDS = List.of(
            new Word("大于或者等于", true, true), new Word("大于或等于", true, true), new Word("大于等于", true, true),
            new Word("不小于", true, true), new Word("不少于", true, true), new Word("不低于", true, true),
            new Word("至少", true, true), new Word("最少", true, true), new Word("最低", true, true),
            new Word("大于", true, false), new Word("多于", true, false), new Word("高于", true, false),
            new Word("超过", true, false),
            new Word("小于或者等于", false, true), new Word("小于或等于", false, true), new Word("小于等于", false, true),
            new Word("不大于", false, true), new Word("不多于", false, true), new Word("不高于", false, true),
            new Word("不超过", false, true), new Word("至多", false, true), new Word("最多", false, true),
            new Word("最高", false, true),
            new Word("小于", false, false), new Word("少于", false, false), new Word("低于", false, false),
            new Word("不到", false, false), new Word("不足", false, false));
    private static final List<Word> LONGEST_FIRST =
            WORDS.stream().sorted((a, b) -> b.word().length() - a.word().length()).toList();
    /** {@link #WORDS} by last char, longest first. */
    private static final CharTable<Word> BY_LAST = CharTable.of(LONGEST_FIRST,
            w -> w.word().charAt(w.word().length() - 1), Word[]::new);
    /** Verbs between a comparison word and its number (至少有10, 最多为5, 至少是3). */
    private static final String LINKS = "有为是";
    /** What may join the two sides (大于50并且小于80, 大于二十的同时小于…, 3000以上、5000以下). */
    private static final WordList JOINS = WordList.of("并且", "而且", "的同时", "同时", "并", "且", "但", "又", "，", ",", "、", " ");
    /** Words that join the bounds of an interval closed by 之间 (10和40之间). */
    private static final WordList AND = WordList.of("和", "与", "跟", "到", "至");
    /** Words before an interval, inside its span (介于10和40之间). */
    private static final WordList INTERVAL_HEADS = WordList.of("介于", "位于", "在");

    private final UnitTable units;

    Comparisons(UnitTable units) {
        this.units = units;
    }

    /** One side: a number and its unit (null when none is written), ending at {@code end}. */
    /** A number of a comparison: its value, the unit after it, where it ends, and the run of its numerals. */
    private record Side(BigDecimal value, UnitTable.Unit unit, int end, int runStart, int runEnd) {
    }

    /** True when {@code c} may follow a first side of {@link #suffixed}: 以(上), 和, 与, 跟, 到, 至. */
    static boolean isSuffixJoin(char c) {
        return switch (c) {
            case '以', '和', '与', '跟', '到', '至' -> true;
            default -> false;
        };
    }

    /**
     * Reads a comparison whose first side starts at {@code i} after its word (大于50并且小于80, 最多60最少15) into
     * {@code out}; returns its end, or -1 when there is none.
     */
    int worded(CharSequence t, int i, List<Quantity> out) {
        int at = i > 0 && LINKS.indexOf(t.charAt(i - 1)) >= 0 ? i - 1 : i;
        Word first = wordBefore(t, at);
        if (first == null) {
            return -1;
        }
        Side a = side(t, i);
        if (a == null) {
            return -1;
        }
        int k = a.end();
        for (int joins = 0; joins < 2; joins++) {
            String j = JOINS.startingAt(t, k);
            if (j == null) {
                break;
            }
            k += j.length();
        }
        Word second = wordAt(t, k);
        if (second == null || second.lower() == first.lower()) {
            return -1;
        }
        int s = k + second.word().length();
        if (s < t.length() && LINKS.indexOf(t.charAt(s)) >= 0) {
            s++;
        }
        Side b = side(t, s);
        if (b == null) {
            return -1;
        }
        Side lo = first.lower() ? a : b;
        Side hi = first.lower() ? b : a;
        Word loWord = first.lower() ? first : second;
        Word hiWord = first.lower() ? second : first;
        return add(t, at - first.word().length(), b.end(), lo, hi, loWord.inclusive(), hiWord.inclusive(), out);
    }

    /**
     * Reads a comparison whose first number starts at {@code i} and whose words follow the numbers (3000以上、5000以下;
     * 介于10和40之间, 10000与20000间) into {@code out}; returns its end, or -1 when there is none. Callers test
     * {@link #isSuffixJoin} on the char after the first side before calling.
     */
    int suffixed(CharSequence t, int i, List<Quantity> out) {
        Side a = side(t, i);
        if (a == null) {
            return -1;
        }
        int k = a.end();
        if (UnitTable.regionMatches(t, k, "以上")) {
            k += 2;
            String j = JOINS.startingAt(t, k);
            if (j != null) {
                k += j.length();
            }
            Side b = side(t, k);
            if (b == null || !UnitTable.regionMatches(t, b.end(), "以下")) {
                return -1;
            }
            return add(t, i, b.end() + 2, a, b, false, false, out);
        }
        String and = AND.startingAt(t, k);
        if (and == null) {
            return -1;
        }
        Side b = side(t, k + and.length());
        if (b == null) {
            return -1;
        }
        if (b.unit() != null && b.unit().surface().equals("间")) {
            b = new Side(b.value(), null, b.end() - 1, b.runStart(), b.runEnd()); // 10000与20000间: 间 closes the interval
        }
        int end = b.end();
        if (UnitTable.regionMatches(t, end, "之间")) {
            end += 2;
        } else if (end < t.length() && t.charAt(end) == '间') {
            end += 1;
        } else {
            return -1;
        }
        String head = INTERVAL_HEADS.endingAt(t, i);
        return add(t, head == null ? i : i - head.length(), end, sharingMultiplier(t, a, b), b, true, false, out);
    }

    /**
     * The lower side with the upper side's multiplier when it has none (在3至5万亩之间 = 3万 to 5万; 3-5千万), as a range
     * written without comparison words reads it; else {@code lo} as it is.
     */
    private static Side sharingMultiplier(CharSequence t, Side lo, Side hi) {
        if (lo.runEnd() > t.length() || hi.runEnd() > t.length() || lo.runEnd() <= lo.runStart() || hi.runEnd() <= hi.runStart()) {
            return lo;
        }
        BigDecimal v = lo.value();
        int chain = NumeralRuns.trailingPowers(t, hi.runStart(), hi.runEnd());
        if (chain > 0 && NumeralRuns.digitsOnly(t, lo.runStart(), lo.runEnd())) {
            v = v.scaleByPowerOfTen(chain);
        } else if (!NumeralRuns.hasBig(t, lo.runStart(), lo.runEnd())
                && NumeralChars.classOf(t.charAt(hi.runEnd() - 1)) == NumeralChars.BIG) {
            v = v.scaleByPowerOfTen(NumeralChars.valueOf(t.charAt(hi.runEnd() - 1)));
        }
        return v.compareTo(hi.value()) <= 0 ? new Side(v, lo.unit(), lo.end(), lo.runStart(), lo.runEnd()) : lo;
    }

    private int add(CharSequence t, int start, int end, Side lo, Side hi, boolean loIn, boolean hiIn, List<Quantity> out) {
        UnitTable.Unit unit = lo.unit() != null ? lo.unit() : hi.unit();
        if (lo.unit() != null && hi.unit() != null && !lo.unit().canonical().equals(hi.unit().canonical())) {
            return -1; // 大于3米小于5公斤: no one range
        }
        if (unit != null && ExclusionRules.isYear(unit, lo.value()) && ExclusionRules.isYear(unit, hi.value())) {
            return -1; // 2020至2023年间: calendar years, read (and left out) as usual
        }
        int cmp = lo.value().compareTo(hi.value());
        if (cmp > 0 || cmp == 0 && !(loIn && hiIn)) {
            return -1; // 大于50小于12: two one-sided phrases, no range
        }
        BigDecimal lower = Ratios.strip(lo.value());
        BigDecimal upper = Ratios.strip(hi.value());
        QuantityKind kind = QuantityKind.RANGE;
        out.add(new Quantity(lower, lower, upper, unit == null ? null : unit.canonical(), Qualifier.EXACT,
                Qualifiers.cumulative(t, start), kind, t.subSequence(start, end).toString(), start, end,
                unit == null ? null : unit.category(), unit == null ? null : unit.iso(), loIn, hiIn));
        return end;
    }

    /** A number at {@code s} and the unit after it; null when no readable number starts there. */
    private Side side(CharSequence t, int s) {
        if (s >= t.length() || !NumeralChars.isNumeral(t.charAt(s))) {
            return null;
        }
        int r = NumeralRuns.end(t, s);
        if (r - s > NumeralRuns.MAX_RUN) {
            return null;
        }
        BigDecimal v = NumeralRuns.value(t, s, r);
        if (v == null || r < t.length() && (t.charAt(r) == '.' || NumeralRuns.isAsciiLetter(t.charAt(r)) && units.match(t, r) == null)) {
            return null;
        }
        UnitTable.Unit unit = units.match(t, r);
        if (unit != null && Exclusions.UNIT_BREAKERS.startsAt(t, r)) {
            unit = null;
        }
        return new Side(v, unit, unit == null ? r : r + unit.surface().length(), s, r);
    }

    private static Word wordBefore(CharSequence t, int at) {
        Word[] candidates = at > 0 ? BY_LAST.get(t.charAt(at - 1)) : null;
        if (candidates == null) {
            return null;
        }
        for (Word w : candidates) {
            if (UnitTable.regionMatches(t, at - w.word().length(), w.word())) {
                return w;
            }
        }
        return null;
    }

    /** True when a comparison word or an interval's head (介于, 在) starts at {@code at}. */
    static boolean isWordAt(CharSequence t, int at) {
        return wordAt(t, at) != null || INTERVAL_HEADS.startsAt(t, at);
    }

    private static Word wordAt(CharSequence t, int at) {
        for (Word w : LONGEST_FIRST) {
            if (UnitTable.regionMatches(t, at, w.word())) {
                return w;
            }
        }
        return null;
    }
}
