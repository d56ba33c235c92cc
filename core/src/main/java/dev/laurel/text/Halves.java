package dev.laurel.text;

import dev.laurel.model.Qualifier;
import dev.laurel.model.UnitCategory;
import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Halves written with 半: after a unit (两吨半 = 2.5 吨, 一年半 = 1.5 年), between 个 and a time unit
 * (两个半小时 = 2.5 小时, 三个半月 = 3.5 月), and before a unit (半年 = 0.5 年, 半个月 = 0.5 月) where it is a
 * quantity: not 上半年, 下半年, 大半年 (a part of a year, or vague), 半年度, 半年报.
 */
final class Halves {
    static final BigDecimal HALF = new BigDecimal("0.5");

    /** What a half can be of: measures, not people or things counted. */
    private static final Set<UnitCategory> HALVED = EnumSet.of(UnitCategory.MASS, UnitCategory.LENGTH,
            UnitCategory.TIME, UnitCategory.AGE, UnitCategory.VOLUME, UnitCategory.AREA, UnitCategory.CURRENCY);
    /** Chars after N + unit + 半 that make 半 start another word (一米半导体, 三里半岛). */
    private static final String NOT_AFTER_HALF = "导岛径数边价场山壁夜路空身途截球百成";
    /** Chars before 半 + unit that make it a part or a vague amount (上半年, 下半年, 前半年, 大半年, 多半天). */
    private static final String NOT_BEFORE_HALF = "上下前后大多过这那每整一两";
    /** Continuations after 半 + unit that make a word (半年度, 半年报, 半年刊). */
    private static final WordList NOT_AFTER_UNIT = WordList.of("度", "报", "刊", "考");
    /** Time units after 个半 (两个半小时, 三个半月): 月 alone is a date, so it is spelled out here. */
    private static final List<UnitTable.Unit> AFTER_CLASSIFIER = List.of(
            new UnitTable.Unit("个半小时", "小时", UnitCategory.TIME), new UnitTable.Unit("个半钟头", "小时", UnitCategory.TIME),
            new UnitTable.Unit("个半月", "月", UnitCategory.TIME), new UnitTable.Unit("个半星期", "周", UnitCategory.TIME),
            new UnitTable.Unit("個半小時", "小时", UnitCategory.TIME), new UnitTable.Unit("個半月", "月", UnitCategory.TIME));

    private Halves() {
    }

    /** True when a 半 at {@code end}, after a number and {@code unit}, adds a half (两吨半). */
    static boolean after(CharSequence t, int end, UnitTable.Unit unit) {
        if (end >= t.length() || t.charAt(end) != '半' || !HALVED.contains(unit.category())) {
            return false;
        }
        return end + 1 >= t.length() || NOT_AFTER_HALF.indexOf(t.charAt(end + 1)) < 0;
    }

    /** The unit 个半 + time unit written at {@code at} (its surface covers 个半小时), or null. */
    static UnitTable.Unit classifierHalf(CharSequence t, int at) {
        if (at + 2 >= t.length() || t.charAt(at + 1) != '半') {
            return null;
        }
        for (UnitTable.Unit u : AFTER_CLASSIFIER) {
            if (UnitTable.regionMatches(t, at, u.surface())) {
                return u;
            }
        }
        return null;
    }

    /**
     * Reads 半 + unit at {@code i} (半年, 半个月, 半公斤) into {@code out}; returns where scanning continues, or
     * -1 when it is no quantity.
     */
    static int before(CharSequence t, int i, UnitTable units, List<Quantity> out) {
        if (i > 0 && (NOT_BEFORE_HALF.indexOf(t.charAt(i - 1)) >= 0 || NumeralChars.isNumeral(t.charAt(i - 1)))) {
            return -1;
        }
        UnitTable.Unit unit = units.match(t, i + 1);
        if (unit == null || !HALVED.contains(unit.category()) || unit.before()
                || UnitTable.isLatin(unit.surface().charAt(0))) {
            return -1;
        }
        int end = i + 1 + unit.surface().length();
        if (NOT_AFTER_UNIT.startsAt(t, end) || Exclusions.UNIT_BREAKERS.startsAt(t, i + 1)) {
            return -1;
        }
        Qualifiers.Word w = Qualifiers.before(t, i);
        out.add(new Quantity(HALF, null, null, unit.canonical(), w == null ? Qualifier.EXACT : w.qualifier(),
                Qualifiers.cumulative(t, i), QuantityKind.NUMBER, t.subSequence(i, end).toString(), i, end,
                unit.category(), unit.iso(), true, true));
        return end;
    }
}
