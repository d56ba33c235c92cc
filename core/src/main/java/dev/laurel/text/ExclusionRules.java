package dev.laurel.text;

import java.math.BigDecimal;

/**
 * The rules that decide what is not a quantity although it reads like one (the word lists are in
 * {@link Exclusions}). Document reading only, except {@link #isNumeralWord}; see {@link QuantityScanner}.
 */
final class ExclusionRules {
    /**
     * True when the 一 at {@code at} ends a word ({@link Exclusions#WORD_BEFORE_ONE}: 唯一, 统一, 同一) and another Chinese
     * digit follows it (唯一三次, 统一三个): the numeral starts after it, since digits written side by side (一三) would
     * read as 13.
     */
    static boolean endsWordBeforeDigit(CharSequence t, int at) {
        return t.charAt(at) == '一' && at > 0 && Exclusions.WORD_BEFORE_ONE.indexOf(t.charAt(at - 1)) >= 0
                && at + 1 < t.length() && NumeralChars.classOf(t.charAt(at + 1)) == NumeralChars.DIGIT;
    }

    /** True when the number at {@code at} follows an hour (8时30分, 8点30分, 八点三十分): its 分 are minutes. */
    static boolean afterTimeOfDay(CharSequence t, int at) {
        int i = at;
        while (i > 0 && Character.isWhitespace(t.charAt(i - 1))) {
            i--;
        }
        if (i == 0) {
            return false;
        }
        char c = t.charAt(i - 1);
        return (c == '时' || c == '時' || c == '点' || c == '點' || c == ':' || c == '：') && i >= 2
                && NumeralChars.isNumeral(t.charAt(i - 2));
    }

    /**
     * True when the Arabic number at {@code at} follows a number and a colon (01:15 张建国：…, 8:30): the minutes or
     * seconds of a clock time or a video's timestamp, never a quantity of the unit a space may put after it.
     */
    static boolean afterClockColon(CharSequence t, int at) {
        return at >= 2 && (t.charAt(at - 1) == ':' || t.charAt(at - 1) == '：') && NumeralChars.isArabic(t.charAt(at - 2))
                && NumeralChars.isArabic(t.charAt(at));
    }

    private ExclusionRules() {
    }

    /** 一切, 一看, 四川, 两两: a numeral char that starts a word; returns the word's length or 0. */
    static int isNumeralWord(CharSequence t, int at) {
        String w = Exclusions.NUMERAL_WORDS.startingAt(t, at);
        return w == null ? 0 : w.length();
    }

    /** True when a vague word (几, 上, 若干) ends right before the numeral at {@code numStart}: 几十万 is no figure. */
    static boolean vagueBefore(CharSequence t, int numStart) {
        String w = Exclusions.VAGUE_BEFORE.endingAt(t, numStart);
        if (w == null) {
            return false;
        }
        int s = numStart - w.length();
        return !w.equals("上") || s == 0 || Exclusions.NOT_BEFORE_VAGUE_SHANG.indexOf(t.charAt(s - 1)) < 0;
    }

    /**
     * A capital that is also a word char (入伍, 陆续, 收拾), alone, before Arabic digits or before a small Chinese digit
     * (队伍一千八百余支: capitals are not written among small digits): no numeral. 叁, 贰 alone are numerals.
     */
    static boolean isWordCapital(CharSequence t, int numStart, int runEnd) {
        return (runEnd == numStart + 1 || NumeralChars.isArabic(t.charAt(numStart + 1))
                || NumeralChars.classOf(t.charAt(numStart)) == NumeralChars.CAPITAL // not 拾六万, a power's capital
                && NumeralChars.classOf(t.charAt(numStart + 1)) == NumeralChars.DIGIT)
                && Exclusions.AMBIGUOUS_CAPITALS.indexOf(t.charAt(numStart)) >= 0; // 队伍260支: 伍 ends a word
    }

    /**
     * True when numeral [numStart, runEnd) + unit at {@code unitAt} is no quantity: an idiom (一家亲), a lone
     * 一 as an article (一批, 一项, 一轮, 一个重要…), a word with 一 inside (统一, 新一轮), a slogan (四个确保,
     * 三个100%), a programme name (十件实事) or a calendar year (2024年, 民國113年, 2．2023年 after a list's number).
     */
    static boolean excluded(CharSequence t, int i, int numStart, int runEnd, int unitAt, UnitTable.Unit unit,
                            BigDecimal value, boolean approximate, boolean arabic) {
        if (Exclusions.IDIOMS.startsAt(t, i)) {
            return true;
        }
        boolean chinese = !arabic;
        int after = unitAt + unit.surface().length();
        boolean loneOne = chinese && runEnd - numStart == 1 && t.charAt(numStart) == '一';
        if (loneOne && Exclusions.INDEFINITE_AFTER_ONE.contains(unit.surface())) {
            return true;
        }
        if (loneOne && i > 0 && Exclusions.WORD_BEFORE_ONE.indexOf(t.charAt(i - 1)) >= 0) {
            return true;
        }
        if (loneOne && Exclusions.ABSTRACT_AFTER_ONE.startsAt(t, after)) {
            return true;
        }
        if (chinese && (unit.surface().equals("个") || unit.surface().equals("個")) && after < t.length()) {
            char a = t.charAt(after);
            if (NumeralChars.isNumeral(a) || a == '“' || a == '"' || a == '「'
                    || Exclusions.SLOGAN_HEADS.startsAt(t, after)) {
                return true;
            }
        }
        if (chinese && NumeralRuns.powersOnly(t, numStart, runEnd)
                && (Exclusions.PROGRAMME_NOUNS.startsAt(t, after) || unit.surface().equals("年"))) {
            return true; // 十件实事, 百项清单; 百年 is an idiom of time
        }
        if (unit.surface().equals("口") && numStart > 0
                && Exclusions.HOUSEHOLD_BEFORE_KOU.indexOf(t.charAt(numStart - 1)) >= 0) {
            return true; // 一家5口: a household's size
        }
        if (!approximate && isYear(unit, value) && !NumeralRuns.hasBig(t, numStart, runEnd)) {
            return true; // 2024年: a calendar year
        }
        if (unit.canonical().equals("年") && Exclusions.ERA_NAMES.endsAt(t, numStart)) {
            return true; // 民國113年: a year of an era
        }
        if (unit.canonical().equals("年") && LIST_NUMBER_AND_YEAR.matcher(t).region(numStart, runEnd).matches()) {
            return true; // 2．2023年复查合格的…名单: a list's number, then a calendar year
        }
        if (chinese && runEnd - numStart == 1 && Exclusions.WEEKDAY_WORDS.endsAt(t, numStart)) {
            return true; // 星期二本报讯 (a date line run into the next paragraph): a weekday
        }
        return false;
    }

    /** A list's number of one or two digits, its point, and a calendar year right after it: 2．2023, 1.2024. */
    private static final java.util.regex.Pattern LIST_NUMBER_AND_YEAR = java.util.regex.Pattern.compile(
            "[0-9０-９]{1,2}[.．][12１２][0-9０-９]{3}");

    /** A whole number from 1000 to 2999 of 年: a calendar year. */
    static boolean isYear(UnitTable.Unit unit, BigDecimal value) {
        return unit.canonical().equals("年") && value.scale() <= 0 && value.signum() > 0
                && value.compareTo(BigDecimal.valueOf(1000)) >= 0 && value.compareTo(BigDecimal.valueOf(2999)) <= 0;
    }

    /** After 三个100%, also skip the number the slogan quotes (all of it when a space splits it: 三个1 00%). */
    static int skipAfterSlogan(CharSequence t, int unitAt, UnitTable.Unit unit) {
        int after = unitAt + unit.surface().length();
        if (after < t.length() && NumeralChars.isNumeral(t.charAt(after))) {
            int e = NumeralRuns.spaceSplitEnd(t, NumeralRuns.end(t, after));
            while (e < t.length() && (t.charAt(e) == '%' || t.charAt(e) == '％')) {
                e++;
            }
            return e;
        }
        return after;
    }

    /**
     * True when [start, end) sits in a short quote and is a name: “八一”, “4321”, “三个100%”, and a Chinese
     * numeral + classifier filling the quote (“二十条”, “十件实事”). A quantity with another unit filling the
     * quote counts (“三连冠”, “100人”).
     */
    static boolean insideQuote(CharSequence t, int start, int end, UnitTable.Unit unit, boolean arabic) {
        int open = -1;
        for (int k = start - 1; k >= 0 && k >= start - 20; k--) {
            char c = t.charAt(k);
            if (NumeralRuns.isHan(c)) {
                continue; // an ideograph, the common case: no quote, stop or line break
            }
            int side = quoteSide(c);
            if (side > 0) {
                open = k;
                break;
            }
            if (side < 0 || c == '。' || LineBreaks.isBreak(c)) {
                break;
            }
        }
        if (open < 0) {
            return false;
        }
        int close = -1;
        for (int k = end; k < t.length() && k < end + 20; k++) {
            char c = t.charAt(k);
            if (NumeralRuns.isHan(c)) {
                continue; // an ideograph: no quote, stop or line break
            }
            int side = quoteSide(c);
            if (side < 0) {
                close = k;
                break;
            }
            if (side > 0 || c == '。' || LineBreaks.isBreak(c)) {
                break;
            }
        }
        if (close < 0) {
            return false;
        }
        boolean fills = open + 1 == start && close == end;
        if (fills && unit != null && !arabic && Exclusions.NAME_CLASSIFIERS.contains(unit.surface())) {
            return true; // “二十条”: a programme name
        }
        return !(unit != null && fills);
    }

    /** 1 for an opening quote “「『《, -1 for a closing one ”」』》, else 0. */
    private static int quoteSide(char c) {
        return switch (c) {
            case '“', '「', '『', '《' -> 1;
            case '”', '」', '』', '》' -> -1;
            default -> 0;
        };
    }
}
