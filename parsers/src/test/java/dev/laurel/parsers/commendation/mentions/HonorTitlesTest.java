package dev.laurel.parsers.commendation.mentions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class HonorTitlesTest {

    @Test
    void cityAndCountyForms() {
        HonorTitles t = HonorTitles.of("全国双拥模范城(县)");
        assertEquals("全国双拥模范城", t.city());
        assertEquals(Map.of("县", "全国双拥模范县"), t.byLevel());
        HonorTitles g = HonorTitles.of("广东省双拥模范城（县、区）");
        assertEquals("广东省双拥模范城", g.city());
        assertEquals(Map.of("县", "广东省双拥模范县", "区", "广东省双拥模范区"), g.byLevel());
        HonorTitles c = HonorTitles.of("国家卫生城市（县城）");
        assertEquals("国家卫生城市", c.city());
        assertEquals(Map.of("县城", "国家卫生县城"), c.byLevel());
    }

    @Test
    void anHonourWithoutFormsIsGivenAsItIs() {
        assertEquals(new HonorTitles("国家森林城市", Map.of()), HonorTitles.of("国家森林城市"));
        assertEquals(new HonorTitles(null, Map.of()), HonorTitles.of((String) null));
        assertEquals(new HonorTitles("全国文明城市（第六届）提名", Map.of()), HonorTitles.of("全国文明城市（第六届）提名"));
        assertEquals(new HonorTitles("双拥模范城（县区市旗盟州镇）", Map.of()), HonorTitles.of("双拥模范城（县区市旗盟州镇）"));
    }

    /** The pattern the forms were read with before: the hand-written reading must agree with it on every text. */
    private static final Pattern VARIANTS = Pattern.compile("^(.*?)(城市|城)[(（]([^)）]{1,6})[)）]$");

    private static HonorTitles byPattern(String honor) {
        Matcher m = honor == null ? null : VARIANTS.matcher(honor);
        if (m == null || !m.matches()) {
            return new HonorTitles(honor, Map.of());
        }
        Map<String, String> byLevel = new HashMap<>();
        for (String form : m.group(3).split("、")) {
            byLevel.putIfAbsent(dev.laurel.text.TraditionalToSimplified.toSimplified(form), m.group(1) + form);
        }
        return new HonorTitles(m.group(1) + m.group(2), Map.copyOf(byLevel));
    }

    @Test
    void agreesWithThePatternOnTextsOfItsChars() {
        String alphabet = "城市县區区(（)）、省文明卫生全国";
        qt().withExamples(20_000).forAll(lists().of(integers().between(0, alphabet.length() - 1)).ofSizeBetween(0, 14))
                .checkAssert(codes -> {
                    StringBuilder b = new StringBuilder();
                    codes.forEach(k -> b.append(alphabet.charAt(k)));
                    String s = b.toString();
                    assertEquals(byPattern(s), HonorTitles.of(s), s);
                });
    }
}
