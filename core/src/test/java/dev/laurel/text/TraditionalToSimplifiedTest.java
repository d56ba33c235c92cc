package dev.laurel.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.strings;

import org.junit.jupiter.api.Test;

class TraditionalToSimplifiedTest {

    @Test
    void convertsPlaceNamesAndHonourWords() {
        assertEquals("邵阳市", TraditionalToSimplified.toSimplified("邵陽市"));
        assertEquals("台州", TraditionalToSimplified.toSimplified("臺州"));
        assertEquals("全国双拥模范城连续", TraditionalToSimplified.toSimplified("全國雙擁模範城連續"));
        assertEquals("一万亿", TraditionalToSimplified.toSimplified("一萬億"));
        assertEquals('县', TraditionalToSimplified.toSimplified('縣'));
    }

    @Test
    void leavesSimplifiedAsciiAndAmbiguousCharactersAlone() {
        String s = "杭州市 Hangzhou 2024";
        assertSame(s, TraditionalToSimplified.toSimplified(s));
        assertEquals("乾县", TraditionalToSimplified.toSimplified("乾县"), "乾 is also a simplified character");
        assertEquals("建成区绿地率应不低于35%", TraditionalToSimplified.toSimplified("建成區綠地率應不低於35%"),
                "於 is the preposition 于 in text, though a surname keeps it");
        assertEquals("这么多人", TraditionalToSimplified.toSimplified("这么多人"), "么 is 麼's simplified form, never 幺 (one)");
        assertEquals("这么多人", TraditionalToSimplified.toSimplified("這麼多人"));
        assertFalse(TraditionalToSimplified.hasTraditional("什么"));
        assertFalse(TraditionalToSimplified.hasTraditional("浙江省杭州市"));
        assertTrue(TraditionalToSimplified.hasTraditional("浙江省杭州市區"));
    }

    @Test
    void keepsLengthSoOffsetsStayValid() {
        qt().forAll(strings().allPossible().ofLengthBetween(0, 40))
                .check(s -> TraditionalToSimplified.toSimplified(s).length() == s.length());
        qt().forAll(strings().betweenCodePoints(0x4E00, 0x9FFF).ofLengthBetween(0, 20))
                .check(s -> TraditionalToSimplified.toSimplified(s).length() == s.length());
    }
}
