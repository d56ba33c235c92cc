package dev.laurel.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.laurel.model.UnitCategory;
import java.util.Currency;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The unit table data file ({@code units.tsv}) and its matching rules. */
class UnitTableTest {
    private static final UnitTable UNITS = UnitTable.defaults();

    @Test
    void theDataFileIsWellFormed() {
        Set<String> seen = new HashSet<>();
        for (UnitTable.Unit u : UNITS.units()) {
            assertTrue(seen.add(u.surface() + (u.before() ? "|before" : "")), "surface listed twice: " + u.surface());
            if (u.iso() != null) {
                assertEquals(u.iso(), Currency.getInstance(u.iso()).getCurrencyCode(), u.surface()); // a real ISO 4217 code
            }
            if (u.before()) {
                assertEquals(UnitCategory.CURRENCY, u.category(), "only currency symbols stand before a number: " + u);
            }
        }
    }

    @Test
    void everySurfaceOfOneCanonicalNameSharesItsCategoryAndCode() {
        for (UnitTable.Unit a : UNITS.units()) {
            for (UnitTable.Unit b : UNITS.units()) {
                if (a.canonical().equals(b.canonical()) && a.category() != UnitCategory.AGE && b.category() != UnitCategory.AGE) {
                    assertEquals(a.category(), b.category(), a + " / " + b);
                    assertEquals(a.iso(), b.iso(), a + " / " + b);
                }
            }
        }
    }

    /** The unit strings the evaluation sets' gold uses stay their own canonical names. */
    @ParameterizedTest
    @CsvSource({"元,currency,CNY", "人,people,", "人次,people,", "名,people,", "个,count,", "家,count,", "%,percent,",
            "公里,length,", "亩,area,", "平方米,area,", "平方公里,area,", "吨,mass,", "小时,time,", "分钟,time,",
            "美元,currency,USD", "欧元,currency,EUR", "港元,currency,HKD", "千瓦,power,", "立方米,volume,",
            "平方公尺,area,", "公尺,length,", "立方公尺,volume,", "微克/立方公尺,concentration,"})
    void goldUnitsKeepTheirNames(String surface, String category, String iso) {
        UnitTable.Unit u = UNITS.match(surface, 0);
        assertEquals(surface, u.surface());
        assertEquals(surface, u.canonical());
        assertEquals(category, u.category().id());
        assertEquals(iso, u.iso());
    }

    @ParameterizedTest
    @CsvSource({
        "人民币,元,CNY", "元人民币,元,CNY", "台币,新台币,TWD", "新台币,新台币,TWD", "美圆,美元,USD", "美金,美元,USD",
        "港币,港元,HKD", "澳门元,澳门元,MOP", "澳元,澳元,AUD", "韩元,韩元,KRW", "卢布,卢布,RUB", "瑞士法郎,瑞士法郎,CHF",
        "加元,加元,CAD", "新加坡元,新加坡元,SGD", "泰铢,泰铢,THB", "奈拉,奈拉,NGN", "日元,日元,JPY", "英镑,英镑,GBP",
        "法郎,法郎,", "卢比,卢比,", "比特币,比特币,"})
    void currenciesByChineseName(String surface, String canonical, String iso) {
        UnitTable.Unit u = UNITS.match(surface + "。", 0);
        assertEquals(surface, u.surface(), "longest match");
        assertEquals(canonical, u.canonical());
        assertEquals(UnitCategory.CURRENCY, u.category());
        assertEquals(iso, u.iso(), "a name that names several currencies has no code");
    }

    @ParameterizedTest
    @CsvSource({"'$',美元,USD", "US$,美元,USD", "HK$,港元,HKD", "NT$,新台币,TWD", "¥,元,CNY", "￥,元,CNY", "€,欧元,EUR",
            "£,英镑,GBP"})
    void symbolsBeforeTheNumber(String symbol, String canonical, String iso) {
        String text = "价格" + symbol + "35";
        UnitTable.Unit u = UNITS.symbolBefore(text, text.length() - 2);
        assertEquals(symbol, u.surface());
        assertEquals(canonical, u.canonical());
        assertEquals(iso, u.iso());
        assertNull(UNITS.match(symbol, 0), "a symbol is no unit after a number");
    }

    @ParameterizedTest
    @CsvSource({"cm,厘米,length", "mm,毫米,length", "km,公里,length", "m,米,length", "kg,千克,mass", "mg,毫克,mass",
            "μg,微克,mass", "t,吨,mass", "mL,毫升,volume", "L,升,volume", "㎡,平方米,area", "m²,平方米,area",
            "km²,平方公里,area", "kW,千瓦,power", "MW,兆瓦,power", "kWh,千瓦时,energy", "GB,GB,data", "KB,KB,data"})
    void latinUnits(String surface, String canonical, String category) {
        UnitTable.Unit u = UNITS.match(surface + "，", 0);
        assertEquals(surface, u.surface());
        assertEquals(canonical, u.canonical());
        assertEquals(category, u.category().id());
    }

    /** A Latin unit needs a non-letter after it; the longest written unit wins. */
    @ParameterizedTest
    @CsvSource({"miles", "min", "Gbps", "kgs", "tons"})
    void latinUnitsDoNotMatchInsideWords(String word) {
        UnitTable.Unit u = UNITS.match(word, 0);
        assertTrue(u == null, word + " read as " + u);
    }

    @Test
    void theLongestUnitWins() {
        assertEquals("人次", UNITS.match("人次", 0).surface());
        assertEquals("人民币", UNITS.match("人民币", 0).surface());
        assertEquals("台币", UNITS.match("台币", 0).surface());
        assertEquals("台", UNITS.match("台电脑", 0).surface());
        assertEquals("吨标准煤", UNITS.match("吨标准煤", 0).surface());
        assertEquals("mm", UNITS.match("mm", 0).surface());
        assertEquals("千瓦时", UNITS.match("千瓦时", 0).surface());
        assertEquals("微克/立方米", UNITS.match("微克/立方米", 0).surface());
    }

    @Test
    void withAddsAndReplaces() {
        UnitTable t = UNITS.with("瓶", "瓶", UnitCategory.COUNT);
        assertNotNull(t.match("瓶", 0));
        assertNull(UNITS.match("瓶", 0), "the built-in table is unchanged");
        UnitTable money = UNITS.with(new UnitTable.Unit("块", "元", UnitCategory.CURRENCY, "CNY", false));
        assertEquals("CNY", money.match("块", 0).iso());
        assertEquals(UNITS.units().size(), money.units().size());
        assertThrows(IllegalArgumentException.class, () -> new UnitTable.Unit("x", "x", UnitCategory.COUNT, "USD", false));
        assertThrows(IllegalArgumentException.class, () -> new UnitTable.Unit("", "x", UnitCategory.COUNT));
        assertFalse(UNITS.units().isEmpty());
    }
}
