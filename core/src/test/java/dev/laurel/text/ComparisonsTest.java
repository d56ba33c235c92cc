package dev.laurel.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import dev.laurel.model.Qualifier;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.quicktheories.generators.SourceDSL;

/** Two-sided comparisons read as one range with open or closed bounds; one-sided phrases stay qualifiers. */
class ComparisonsTest {
    private static final QuantityScanner SCANNER = new QuantityScanner();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "温度大于50并且小于80|50|80|()||大于50并且小于80",
        "这个数大于二十的同时小于等于三十五|20|35|(]||大于二十的同时小于等于三十五",
        "每组最多60最少15|15|60|[]||最多60最少15",
        "取值介于10和40之间|10|40|[)||介于10和40之间",
        "月薪3000以上、5000以下|3000|5000|()||3000以上、5000以下",
        "范围是两千到两千五百|2000|2500|[)||两千到两千五百",
        "报名人数不少于100人、不超过200人|100|200|[]|人|不少于100人、不超过200人",
        "预算在100元到200元之间|100|200|[)|元|在100元到200元之间",
        "长度大于3米小于5米|3|5|()|米|大于3米小于5米",
        "至少有10个最多20个|10|20|[]|个|至少有10个最多20个",
        "面积稳定在3至5万亩之间|30000|50000|[)|亩|在3至5万亩之间",
        "投资在3到5千万元之间|30000000|50000000|[)|元|在3到5千万元之间",
        "在2万至3万亩之间|20000|30000|[)|亩|在2万至3万亩之间",
        "长度大于3小于5万|3|50000|()||大于3小于5万"})
    void aRange(String text, String lower, String upper, String bounds, String unit, String span) {
        Quantity q = ScannedUnitsTest.one(text);
        assertEquals(QuantityKind.RANGE, q.kind());
        assertEquals(0, new BigDecimal(lower).compareTo(q.lower()));
        assertEquals(0, new BigDecimal(lower).compareTo(q.value()));
        assertEquals(0, new BigDecimal(upper).compareTo(q.upper()));
        assertEquals(bounds, dev.laurel.model.Metric.bounds(q.lowerInclusive(), q.upperInclusive()));
        assertEquals(unit == null || unit.isEmpty() ? null : unit, q.unit());
        assertEquals(span, q.text());
    }

    /** Today's document readings stay as they were: one-sided phrases are qualified figures, not ranges. */
    @Test
    void documentReadingsUnchanged() {
        Quantity q = ScannedUnitsTest.one("慰问金额超6300万元");
        assertEquals(QuantityKind.NUMBER, q.kind());
        assertEquals(Qualifier.MORE_THAN, q.qualifier());
        assertEquals(0, BigDecimal.valueOf(63_000_000).compareTo(q.value()));
        assertEquals("6300万元", q.text());
        Quantity r = ScannedUnitsTest.one("投入3至5万元");
        assertEquals(0, BigDecimal.valueOf(30_000).compareTo(r.lower()));
        assertEquals(0, BigDecimal.valueOf(50_000).compareTo(r.upper()));
        Quantity p = ScannedUnitsTest.one("来了两三个人");
        assertTrue(p.lowerInclusive() && p.upperInclusive(), "两三个 is two or three: closed");
        assertEquals(Qualifier.UP_TO, ScannedUnitsTest.one("不超过200人").qualifier());
    }

    /** A lower side above the upper one makes no range (大于50小于12); years stay years. */
    @Test
    void noRange() {
        List<Quantity> qs = SCANNER.scan("大于50小于12的目标");
        assertTrue(qs.stream().noneMatch(q -> q.kind() == QuantityKind.RANGE), qs.toString());
        assertTrue(SCANNER.scan("2020至2023年间").isEmpty());
    }

    /** Property: for a < b, 大于a并且小于等于b is (a, b] and 不少于a、最多b is [a, b], whatever the numerals. */
    @Test
    void boundsFollowTheWords() {
        qt().withExamples(300).forAll(SourceDSL.integers().between(0, 99_999), SourceDSL.integers().between(1, 99_999),
                SourceDSL.booleans().all()).check((a, d, strict) -> {
            int b = a + d;
            String text = strict ? "大于" + a + "并且小于等于" + ChineseNumerals.format(BigDecimal.valueOf(b))
                    : "不少于" + ChineseNumerals.format(BigDecimal.valueOf(a)) + "、最多" + b;
            List<Quantity> qs = SCANNER.scan(text);
            if (qs.size() != 1) {
                return false;
            }
            Quantity q = qs.get(0);
            return q.kind() == QuantityKind.RANGE && q.lower().compareTo(BigDecimal.valueOf(a)) == 0
                    && q.upper().compareTo(BigDecimal.valueOf(b)) == 0 && q.lowerInclusive() == !strict
                    && q.upperInclusive() && q.start() == 0 && q.end() == text.length();
        });
    }
}
