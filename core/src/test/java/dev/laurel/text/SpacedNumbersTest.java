package dev.laurel.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.laurel.model.Qualifier;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Web pages put spaces between Han chars and digits (投入 1.8 亿元); figures read through them, and only them. */
class SpacedNumbersTest {
    private static final QuantityScanner SCANNER = new QuantityScanner();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        // input | value | unit | qualifier | text
        "累计投入 1.8 亿元，|180000000|元|EXACT|1.8 亿元",
        "惠及 3.2 万人次。|32000|人次|EXACT|3.2 万人次",
        "约 1.5 万名官兵|15000|名|APPROX|1.5 万名",
        "为 1200 餘名家属|1200|名|MORE_THAN|1200 餘名",
        "超过 3000 人|3000|人|MORE_THAN|3000 人",
        "近 2\u3000亿元|200000000|元|NEARLY|2\u3000亿元",
        "共 100 多万元|1000000|元|MORE_THAN|100 多万元",
        // a space between groups of three digits, as GB/T 15835 allows (千分空)
        "建成2 100个|2100|个|EXACT|2 100个",
        "惠及9 846人，|9846|人|EXACT|9 846人",
        "1 500余户受益|1500|户|MORE_THAN|1 500余户",
        "累计投入1 260万元|12600000|元|EXACT|1 260万元",
        "共1\u00A0234\u00A0567元|1234567|元|EXACT|1\u00A0234\u00A0567元",
        "增至12 345.5吨|12345.5|吨|EXACT|12 345.5吨",
        "人口 1 200 万人|12000000|人|EXACT|1 200 万人",
    })
    void readsThroughPageSpacing(String input, String value, String unit, Qualifier qualifier, String text) {
        List<Quantity> qs = SCANNER.scan(input);
        assertEquals(1, qs.size(), input + ": " + qs);
        Quantity q = qs.get(0);
        assertEquals(0, new BigDecimal(value).compareTo(q.value()), input + ": " + q);
        assertEquals(unit, q.unit());
        assertEquals(qualifier, q.qualifier());
        assertEquals(text, q.text());
        assertEquals(text, input.substring(q.start(), q.end()));
    }

    @Test
    void aSpaceBeforeAnotherDigitStillGivesNoFigureUnlessItSeparatesGroupsOfThree() {
        for (String s : new String[] {"投入1 6.4亿元", "建成2 1000个", "投入 1 6.4 亿元", "建成1234 567个", "建成1 23个",
            "建成1 234 56个", "共1,234 567个", "合计 12 345 678。", "合计 12 345 678"}) {
            List<QuantityScanner.Unparsed> bad = new ArrayList<>();
            List<Quantity> qs = SCANNER.scan(s, bad::add);
            assertTrue(qs.stream().noneMatch(q -> q.unit() != null), s + ": " + qs);
            assertEquals(1, bad.size(), s + ": " + bad);
        }
    }

    /**
     * Property finding (NumeralDifferentialTest): 千3.5分之22 2１２点 read 22 212 as one number because a point followed, and
     * its own text without the point read nothing. A point with no digit after it goes on no figure.
     */
    @Test
    void aPointWithNoDigitAfterItDoesNotJoinGroupsOfThree() {
        for (String s : new String[] {"千3.5分之22 2１２点", "3.5分之22 212点", "合计22 212点"}) {
            assertTrue(SCANNER.scan(s).stream().noneMatch(q -> q.unit() != null), s + ": " + SCANNER.scan(s));
        }
        assertEquals("12 345.5吨", SCANNER.scan("增至12 345.5吨").get(0).text());
    }

    /**
     * Property finding (NumeralDifferentialTest): 3.5几2 １２2- read 2 １２2 as 2122 because a dash followed, and its own text
     * without the dash read two numbers. A range mark joins groups of three only when another numeral follows it.
     */
    @Test
    void aRangeMarkWithNoNumeralAfterItDoesNotJoinGroupsOfThree() {
        for (String s : new String[] {"3.5几2 １２2-", "合计2 122-", "合计2 122至", "合计2 122～。"}) {
            assertTrue(SCANNER.scan(s).stream().noneMatch(q -> q.value().compareTo(new BigDecimal(2122)) == 0),
                    s + ": " + SCANNER.scan(s));
        }
        List<Quantity> range = SCANNER.scan("惠及9 846-9 900人");
        assertEquals(1, range.size(), range.toString());
        assertEquals(0, new BigDecimal(9846).compareTo(range.get(0).lower()), range.toString());
    }
}
