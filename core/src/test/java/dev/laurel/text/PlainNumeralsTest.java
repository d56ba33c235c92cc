package dev.laurel.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.quicktheories.QuickTheory.qt;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.quicktheories.generators.SourceDSL;

/** The plain forms read to the value and the scale the general parser gives; every other form is left to it. */
class PlainNumeralsTest {

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource({"三,3", "零,0", "〇,0", "两,2", "柒,7", "十,10", "百,100", "万,10000", "兆,1000000000000", "廿,20",
        "7,7", "５,5", "5840,5840", "007,7", "16.5,16.5", "1.50,1.50", "１２．５,12.5", "5840万,58400000",
        "16.5亿,1650000000", "1.23456万,12345.6", "0.5万,5000", "999999999999999999,999999999999999999"})
    void readsToTheGeneralParsersValueAndScale(String text, String value) {
        BigDecimal plain = PlainNumerals.valueOrNull(text, 0, text.length());
        assertEquals(value, plain.toString(), text);
        assertEquals(value, ChineseNumerals.parse(text).toString(), text);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "负", "点", "一百", "三万", "1,000", "5 万", "1.2.3", "1.", "0万", "0.0亿", "1万万",
        "-5", "5千", "1234567890123456789", "万5"})
    void leavesOtherFormsToTheGeneralParser(String text) {
        assertNull(PlainNumerals.valueOrNull(text, 0, text.length()), text);
    }

    @Test
    void arabicWithAPowerIsTheDecimalTimesThePower() {
        qt().withExamples(2000).forAll(SourceDSL.longs().between(1, 999_999_999_999L), SourceDSL.integers().between(0, 5),
                SourceDSL.integers().between(0, 3)).check((digits, scale, power) -> {
                    BigDecimal d = BigDecimal.valueOf(digits, scale);
                    String text = d.toPlainString() + " 万亿兆".charAt(power);
                    text = text.strip();
                    BigDecimal expected = d.scaleByPowerOfTen(power == 0 ? 0 : 4 * power);
                    expected = expected.scale() < 0 ? expected.setScale(0) : expected;
                    return expected.equals(PlainNumerals.valueOrNull(text, 0, text.length()));
                });
    }
}
