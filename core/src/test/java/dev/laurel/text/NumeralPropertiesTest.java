package dev.laurel.text;

import static org.quicktheories.QuickTheory.qt;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.SourceDSL;

/** Property tests (QuickTheories): round trips and scanner robustness. */
class NumeralPropertiesTest {
    private static final QuantityScanner SCANNER = new QuantityScanner();

    /** Values in [0, 10^16) with 0 to 4 decimals, built from two longs so no double is involved. */
    private static Gen<BigDecimal> values() {
        return SourceDSL.longs().between(0, 9_999_999_999_999_999L)
                .zip(SourceDSL.integers().between(0, 4), SourceDSL.integers().between(0, 9999),
                        (whole, scale, frac) -> {
                            BigDecimal f = BigDecimal.valueOf(frac % (int) Math.pow(10, scale), scale);
                            return scale == 0 ? BigDecimal.valueOf(whole) : BigDecimal.valueOf(whole).add(f);
                        });
    }

    @Test
    void formatThenParseGivesTheValue() {
        qt().withExamples(3000).forAll(values()).check(v ->
                ChineseNumerals.parse(ChineseNumerals.format(v)).compareTo(v) == 0
                        && ChineseNumerals.parse(ChineseNumerals.formatCapital(v)).compareTo(v) == 0);
    }

    @Test
    void canonicalFormIsAcceptedByStrictParse() {
        qt().withExamples(1000).forAll(SourceDSL.longs().between(0, 9_999_999_999_999_999L))
                .check(v -> ChineseNumerals.parseStrict(ChineseNumerals.format(BigDecimal.valueOf(v)))
                        .compareTo(BigDecimal.valueOf(v)) == 0);
    }

    private static final String ALPHABET = "零〇一二三四五六七八九十百千万亿两兩幺廿卅壹贰叁肆伍陆柒捌玖拾佰仟萬億"
            + "0123456789１２３.．,，%％点分之第数余多几近超约至到-~个名人人次元万元亿元年月日批次届连冠先后连续蝉联"
            + "累计、，。；“”\"《》 \n\tAaGk以上左右百分之";

    private static Gen<String> numeralSoup() {
        return SourceDSL.lists().of(SourceDSL.integers().between(0, ALPHABET.length() - 1)).ofSizeBetween(0, 40)
                .map(ix -> {
                    StringBuilder b = new StringBuilder();
                    ix.forEach(k -> b.append(ALPHABET.charAt(k)));
                    return b.toString();
                });
    }

    private static boolean spansHold(String s) {
        List<Quantity> a = SCANNER.scan(s);
        List<Quantity> b = SCANNER.scan(s);
        if (!a.equals(b)) {
            return false;
        }
        int last = 0;
        for (Quantity q : a) {
            if (!s.substring(q.start(), q.end()).equals(q.text()) || q.start() < last) {
                return false;
            }
            last = q.end();
        }
        HonorCounts.find(s).forEach(h -> {
            if (!s.substring(h.start(), h.end()).equals(h.phrase())) {
                throw new AssertionError("honour span " + h);
            }
        });
        return true;
    }

    private static final String NUMERAL_CHARS = "零〇一二三四五六七八九十百千万亿两幺廿壹拾佰仟萬億0123456789１.．,点负-";

    /** The scanner's non-throwing path gives what the throwing one gives: the value, or null where it throws. */
    @Test
    void readOrNullAgreesWithRead() {
        qt().withExamples(5000).forAll(SourceDSL.lists().of(SourceDSL.integers().between(0, NUMERAL_CHARS.length() - 1))
                .ofSizeBetween(1, 12)).check(ix -> {
                    StringBuilder b = new StringBuilder();
                    ix.forEach(k -> b.append(NUMERAL_CHARS.charAt(k)));
                    String s = b.toString();
                    BigDecimal quiet = NumeralParser.readOrNull(s, 0, s.length());
                    BigDecimal loud;
                    try {
                        loud = NumeralParser.read(s, 0, s.length());
                    } catch (NumberFormatException e) {
                        return quiet == null && e.getMessage().contains("\"" + s + "\"");
                    }
                    return loud.equals(quiet);
                });
    }

    @Test
    void scanningNumeralSoupNeverThrowsAndSpansHold() {
        qt().withExamples(5000).forAll(numeralSoup()).check(NumeralPropertiesTest::spansHold);
    }

    @Test
    void scanningRandomUnicodeNeverThrowsAndSpansHold() {
        qt().withExamples(2000).forAll(SourceDSL.strings().allPossible().ofLengthBetween(0, 60))
                .check(NumeralPropertiesTest::spansHold);
    }

    @Test
    void tryParseNeverThrows() {
        qt().withExamples(3000).forAll(numeralSoup()).check(s -> ChineseNumerals.tryParse(s) != null);
    }
}
