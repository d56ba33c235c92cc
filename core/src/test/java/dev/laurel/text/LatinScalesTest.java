package dev.laurel.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The English version of a page writes its figures with scale words: the number alone would be a wrong value. */
class LatinScalesTest {
    private static final QuantityScanner SCANNER = new QuantityScanner();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
        // input | value | unit | text
        "invested 270 million yuan in this work|270000000|-|270 million",
        "(about US$37.6 million)|37600000|美元|US$37.6 million",
        "a budget of $12 Million,|12000000|美元|$12 Million",
        "some US$3.5bn.|3500000000|美元|US$3.5bn",
        "1.2 billion in total|1200000000|-|1.2 billion",
        "about 90,000 people|90000|-|90,000",
        "5 millionaires|5|-|5",
        "共2.7亿元（约合3760万美元）|270000000|元|2.7亿元",
    })
    void anEnglishScaleWordScalesTheNumberBeforeIt(String input, String value, String unit, String text) {
        List<Quantity> qs = SCANNER.scan(input);
        Quantity q = qs.get(0);
        assertEquals(0, new BigDecimal(value).compareTo(q.value()), input + ": " + qs);
        assertEquals(unit, q.unit(), input + ": " + qs);
        assertEquals(text, q.text());
        assertEquals(text, input.substring(q.start(), q.end()));
    }
}
