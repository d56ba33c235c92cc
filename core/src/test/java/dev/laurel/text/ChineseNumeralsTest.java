package dev.laurel.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ChineseNumeralsTest {

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(delimiter = '|', value = {
        "1,234.5|1234.5", "1，100万|11000000", "１２３|123", "１２．５|12.5", "零|0", "〇|0", "两|2", "兩千六|2600",
        "幺八九|189", "廿二|22", "卅|30", "壹贰叁|123", "壹万零壹拾贰|10012", "萬|10000", "五億|500000000",
        "3036.5万|30365000", "1.36亿|136000000", "3万4000|34000", "13万2|132000", "一万五|15000", "两千六|2600",
        "一百二|120", "一万零十二|10012", "一万零一十二|10012", "十万零一千|101000", "万亿|1000000000000",
        "一万五千亿|1500000000000", "二十万亿|20000000000000", "一点五|1.5", "负一点五|-1.5", "16.4亿|1640000000",
        "一七二零|1720", "四万万|400000000", "壹拾壹元壹角壹分|11.11", "两千三点一|2300.1"})
    void parses(String text, String value) {
        assertEquals(0, ChineseNumerals.parse(text).compareTo(new BigDecimal(value)), text);
    }

    @Test
    void neverScientific() {
        assertEquals("1640000000", ChineseNumerals.parse("16.4亿").toPlainString());
        assertEquals("1640000000", ChineseNumerals.parse("16.4亿").toString());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "负", "点五", "零点", "十一十二", "一一点点", "10..1万", "元整", "abc", "入伍"})
    void rejects(String text) {
        assertThrows(NumberFormatException.class, () -> ChineseNumerals.parse(text));
        assertTrue(ChineseNumerals.tryParse(text).isEmpty());
    }

    /** The message names the reason and quotes the input (the parser rejects internally without a message). */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"3.5.6万|two decimal points", "一X|unexpected char: X", "十一十二|powers out of order",
        "亿亿亿|power without a number"})
    void rejectionSaysWhyAndQuotes(String text, String why) {
        NumberFormatException e = assertThrows(NumberFormatException.class, () -> ChineseNumerals.parse(text));
        assertEquals("not a numeral (" + why + "): \"" + text + "\"", e.getMessage());
    }

    @ParameterizedTest(name = "{0} -> {1} / {2}")
    @CsvSource(delimiter = '|', value = {
        "0|零|零", "10|十|壹拾", "10012|一万零一十二|壹万零壹拾贰", "103453|十万三千四百五十三|壹拾万叁仟肆佰伍拾叁",
        "1000054|一百万零五十四|壹佰万零伍拾肆", "150006355|一亿五千万六千三百五十五|壹亿伍仟万陆仟叁佰伍拾伍",
        "1000000000000|一万亿|壹万亿", "12.0|十二点零|壹拾贰点零", "-0.1|负零点一|负零点壹", "1.01|一点零一|壹点零壹"})
    void formats(String value, String plain, String capital) {
        assertEquals(plain, ChineseNumerals.format(new BigDecimal(value)));
        assertEquals(capital, ChineseNumerals.formatCapital(new BigDecimal(value)));
    }

    @Test
    void formatRejectsTooLarge() {
        assertThrows(IllegalArgumentException.class, () -> ChineseNumerals.format(new BigDecimal("1E16")));
    }

    @Test
    void strictRejectsColloquialForms() {
        assertEquals(0, ChineseNumerals.parseStrict("一万零一十一").compareTo(BigDecimal.valueOf(10011)));
        for (String s : new String[] {"一百二", "两千六", "10.1万", "一二三", "十万零一千"}) {
            assertThrows(NumberFormatException.class, () -> ChineseNumerals.parseStrict(s), s);
        }
    }

    @Test
    void digitByDigit() {
        assertEquals("003", ChineseNumerals.digitsToArabic("零零三"));
        assertEquals("零一二", ChineseNumerals.formatDigits("012"));
    }
}
