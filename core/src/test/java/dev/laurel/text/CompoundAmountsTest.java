package dev.laurel.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.quicktheories.generators.SourceDSL;

/** Money written in parts (五元三毛) and 块 as money or as a classifier. */
class CompoundAmountsTest {
    private static final QuantityScanner SCANNER = new QuantityScanner();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "早饭花了七元五毛|7.5|元|CNY|七元五毛",
        "应付20元3角五分。|20.35|元|CNY|20元3角五分",
        "一共五元三毛|5.3|元|CNY|五元三毛",
        "每斤三块五|3.5|元|CNY|三块五",
        "书价50元6角三分|50.63|元|CNY|50元6角三分",
        "邮票五元零五分|5.05|元|CNY|五元零五分",
        "硬币三美元又五美分|3.05|美元|USD|三美元又五美分",
        "花了八块。|8|元|CNY|八块",
        "八块|8|元|CNY|八块",
        "只要一块半|1.5|元|CNY|一块半",
        "给了三块钱|3|元|CNY|三块钱"})
    void oneAmountOneSpan(String text, String value, String unit, String iso, String span) {
        Quantity q = ScannedUnitsTest.one(text);
        assertEquals(0, new BigDecimal(value).compareTo(q.value()), q.toString());
        assertEquals(unit, q.unit());
        assertEquals(iso, q.currency());
        assertEquals(span, q.text());
    }

    /** 块 stays a classifier when things are counted; 分 before 钟 is a time. */
    @Test
    void notMoney() {
        Quantity q = ScannedUnitsTest.one("建成篮球场3块，");
        assertEquals("块", q.unit());
        assertEquals(null, q.currency());
        List<Quantity> qs = SCANNER.scan("收费3元5分钟");
        assertEquals(2, qs.size(), qs.toString());
        assertEquals("元", qs.get(0).unit());
        assertEquals(0, BigDecimal.valueOf(3).compareTo(qs.get(0).value()));
        assertEquals("分钟", qs.get(1).unit());
    }

    /** Property: the amount is the sum of its parts, Arabic or Chinese, and its span is the written text. */
    @Test
    void theValueIsTheSumOfTheParts() {
        qt().withExamples(500).forAll(SourceDSL.integers().between(0, 99_999), SourceDSL.integers().between(1, 9),
                SourceDSL.integers().between(0, 9), SourceDSL.booleans().all()).check((yuan, jiao, fen, chinese) -> {
            String y = chinese ? ChineseNumerals.format(BigDecimal.valueOf(yuan)) : String.valueOf(yuan);
            String j = chinese ? ChineseNumerals.format(BigDecimal.valueOf(jiao)) : String.valueOf(jiao);
            String f = chinese ? ChineseNumerals.format(BigDecimal.valueOf(fen)) : String.valueOf(fen);
            String amount = y + "元" + j + "角" + (fen == 0 ? "" : f + "分");
            String text = "共计" + amount + "，";
            List<Quantity> qs = SCANNER.scan(text);
            BigDecimal expected = BigDecimal.valueOf(yuan).add(BigDecimal.valueOf(jiao, 1)).add(BigDecimal.valueOf(fen, 2));
            return qs.size() == 1 && qs.get(0).value().compareTo(expected) == 0 && qs.get(0).text().equals(amount)
                    && text.substring(qs.get(0).start(), qs.get(0).end()).equals(amount) && "CNY".equals(qs.get(0).currency());
        });
    }
}
