package dev.laurel.text;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The units a {@link QuantityScanner} recognises after a number, matched longest first
 * (人次 before 人, 平方公里 before 公里). Multipliers are not units: 万元 is read as 万 × 元.
 * Immutable and thread-safe; extend with {@link #with}.
 */
public final class UnitTable {

    /** One unit: how it is written, its canonical name (个月 -> 月, 个百分点 -> %) and its dimension. */
    public record Unit(String surface, String canonical, UnitCategory category) {
    }

    private static final UnitTable DEFAULTS = new UnitTable(List.of())
            .withAll(UnitCategory.CURRENCY, "元", "美元", "欧元", "港元", "日元", "英镑", "块钱")
            .withAll(UnitCategory.PEOPLE, "人次", "人", "名", "位")
            .withAll(UnitCategory.COUNT, "个", "個", "家", "件", "项", "條", "条", "处", "支", "场次", "场", "批次",
                    "台次", "架次", "车次", "户", "所", "座", "辆", "艘", "架", "轮", "届", "期", "例", "次", "批", "台",
                    "套", "间", "栋", "幢", "只", "颗", "篇", "份", "册", "枚", "宗", "笔", "趟", "棵", "株",
                    "张", "本", "头", "盏", "块", "面", "部", "箱", "袋", "首", "幅", "双", "副", "床")
            .withAll(UnitCategory.AREA, "平方公里", "平方千米", "平方米", "亩", "公顷")
            .withAll(UnitCategory.LENGTH, "公里", "千米", "米", "厘米", "毫米")
            .withAll(UnitCategory.WEIGHT, "吨", "公斤", "千克", "克", "斤")
            .withAll(UnitCategory.TIME, "年", "天", "小时", "分钟")
            .with("个月", "月", UnitCategory.TIME)
            .with("个多月", "月", UnitCategory.TIME)
            .withAll(UnitCategory.AGE, "岁", "周岁")
            .with("个月大", "月", UnitCategory.AGE)
            .with("周大", "周", UnitCategory.AGE)
            .with("天大", "天", UnitCategory.AGE)
            .with("摄氏度", "℃", UnitCategory.TEMPERATURE)
            .with("℃", "℃", UnitCategory.TEMPERATURE)
            .with("°C", "℃", UnitCategory.TEMPERATURE)
            .with("°c", "℃", UnitCategory.TEMPERATURE)
            .with("华氏度", "℉", UnitCategory.TEMPERATURE)
            .with("℉", "℉", UnitCategory.TEMPERATURE)
            .with("°F", "℉", UnitCategory.TEMPERATURE)
            .with("°f", "℉", UnitCategory.TEMPERATURE)
            .with("%", "%", UnitCategory.PERCENT)
            .with("％", "%", UnitCategory.PERCENT)
            .with("个百分点", "%", UnitCategory.PERCENT)
            .with("個百分點", "%", UnitCategory.PERCENT)
            .with("连冠", "连冠", UnitCategory.HONOR);

    /** Scale words before a number that make a following 度 a temperature (华氏温度98.6度 = 98.6 ℉). */
    private static final List<Unit> DEGREE_PREFIXES = List.of(
            new Unit("华氏温度", "℉", UnitCategory.TEMPERATURE), new Unit("華氏溫度", "℉", UnitCategory.TEMPERATURE),
            new Unit("华氏", "℉", UnitCategory.TEMPERATURE), new Unit("華氏", "℉", UnitCategory.TEMPERATURE),
            new Unit("摄氏温度", "℃", UnitCategory.TEMPERATURE), new Unit("攝氏溫度", "℃", UnitCategory.TEMPERATURE),
            new Unit("摄氏", "℃", UnitCategory.TEMPERATURE), new Unit("攝氏", "℃", UnitCategory.TEMPERATURE));

    private final List<Unit> units;
    /** The units by first char, longest first (in the order added among equally long ones). */
    private final CharTable<Unit> byFirst;

    private UnitTable(List<Unit> units) {
        this.units = List.copyOf(units);
        List<Unit> longestFirst = new ArrayList<>(this.units);
        longestFirst.sort(Comparator.comparingInt((Unit u) -> u.surface().length()).reversed());
        this.byFirst = CharTable.of(longestFirst, u -> u.surface().charAt(0), Unit[]::new);
    }

    /** The built-in table. */
    public static UnitTable defaults() {
        return DEFAULTS;
    }

    /** A copy with one more unit (a surface already present is replaced). */
    public UnitTable with(String surface, String canonical, UnitCategory category) {
        if (surface == null || surface.isEmpty()) {
            throw new IllegalArgumentException("surface must not be empty");
        }
        List<Unit> list = new ArrayList<>(units);
        list.removeIf(u -> u.surface().equals(surface));
        list.add(new Unit(surface, canonical, category));
        return new UnitTable(list);
    }

    private UnitTable withAll(UnitCategory category, String... surfaces) {
        UnitTable t = this;
        for (String s : surfaces) {
            t = t.with(s, s, category);
        }
        return t;
    }

    /** All units, in the order they were added. */
    public List<Unit> units() {
        return units;
    }

    /** The longest unit written at {@code text[at]}, or null. */
    public Unit match(CharSequence text, int at) {
        if (at >= text.length()) {
            return null;
        }
        Unit[] candidates = byFirst.get(text.charAt(at));
        if (candidates == null) {
            return null;
        }
        for (Unit u : candidates) {
            String s = u.surface();
            if (at + s.length() <= text.length() && regionMatches(text, at, s)) {
                return u;
            }
        }
        return null;
    }

    /**
     * The scale word ending at {@code numberStart} when a 度 follows the number at {@code unitAt}
     * (华氏温度100度), else null. Its surface is the prefix, its canonical the unit (℉, ℃).
     */
    static Unit degreePrefix(CharSequence text, int numberStart, int unitAt) {
        if (unitAt >= text.length() || text.charAt(unitAt) != '度') {
            return null;
        }
        for (Unit u : DEGREE_PREFIXES) {
            if (regionMatches(text, numberStart - u.surface().length(), u.surface())) {
                return u;
            }
        }
        return null;
    }

    static boolean regionMatches(CharSequence text, int at, String s) {
        if (at < 0 || at + s.length() > text.length()) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            if (text.charAt(at + i) != s.charAt(i)) {
                return false;
            }
        }
        return true;
    }
}
