package dev.laurel.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.quicktheories.generators.SourceDSL;

/** Halves written with 半. */
class HalvesTest {
    private static final QuantityScanner SCANNER = new QuantityScanner();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "运来两吨半钢材|2.5|吨|两吨半",
        "绳长三米半|3.5|米|三米半",
        "工期一年半。|1.5|年|一年半",
        "开了两个半小时会|2.5|小时|两个半小时",
        "用了三个半月|3.5|月|三个半月",
        "用时半年|0.5|年|半年",
        "再等半个月|0.5|月|半个月",
        "买了半公斤|0.5|公斤|半公斤",
        "他三岁半了|3.5|岁|三岁半"})
    void aHalfIsAdded(String text, String value, String unit, String span) {
        Quantity q = ScannedUnitsTest.one(text);
        assertEquals(0, new BigDecimal(value).compareTo(q.value()), q.toString());
        assertEquals(unit, q.unit());
        assertEquals(span, q.text());
    }

    @ParameterizedTest
    @CsvSource({"上半年完成任务", "下半年继续推进", "大半年没回家", "半年度报告", "一半以上"})
    void notAHalfQuantity(String text) {
        assertTrue(SCANNER.scan(text).isEmpty(), text + " -> " + SCANNER.scan(text));
    }

    @Test
    void nearlyHalfAYearKeepsItsQualifier() {
        Quantity q = ScannedUnitsTest.one("近半年来");
        assertEquals("nearly", q.qualifier().id());
        assertEquals("半年", q.text());
    }

    /** Property: N + 吨 + 半 is N.5 吨, for every N written in Chinese or Arabic. */
    @Test
    void nAndAHalf() {
        qt().withExamples(300).forAll(SourceDSL.integers().between(1, 9999), SourceDSL.booleans().all()).check((n, chinese) -> {
            String num = chinese ? ChineseNumerals.format(BigDecimal.valueOf(n)) : String.valueOf(n);
            List<Quantity> qs = SCANNER.scan("共" + num + "吨半，");
            return qs.size() == 1 && qs.get(0).value().compareTo(BigDecimal.valueOf(n).add(Halves.HALF)) == 0
                    && qs.get(0).text().equals(num + "吨半");
        });
    }
}
