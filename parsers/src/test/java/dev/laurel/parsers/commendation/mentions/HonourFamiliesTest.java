package dev.laurel.parsers.commendation.mentions;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Honour families from {@code honour-nouns.txt}, and lines that name only honours other than the document's. */
class HonourFamiliesTest {

    @ParameterizedTest
    @CsvSource({
        "全国双拥模范城, 双拥",
        "国家卫生县城, 卫生县城",
        "国家卫生城区, 卫生",
        "全国文明城市, 文明",
        "全国文明村镇, 文明村镇",
        "全国健康城市建设样板市, 健康城市",
        "全国健康县城建设试点县, 健康县城",
        "湖北省生态县, 生态",
        "省级生态市, 生态",
        "国家生态文明建设示范县, 生态",
    })
    void familyIsTheTagOrTheNounsFirstTwoChars(String honour, String family) {
        assertEquals(family, HonourFamilies.family(honour));
    }

    @Test
    void aLineNamingOnlyAnotherHonour() {
        String doc = "国家生态文明建设示范区";
        assertTrue(HonourFamilies.namesOnlyOtherHonours("附件2：“绿水青山就是金山银山”实践创新基地拟命名名单", doc));
        assertFalse(HonourFamilies.namesOnlyOtherHonours("附件1：国家生态文明建设示范区拟命名名单", doc));
        assertFalse(HonourFamilies.namesOnlyOtherHonours("附件：名单", doc), "no honour named");
        assertTrue(HonourFamilies.namesOnlyOtherHonours("江西省生态文明建设示范县名单", doc), "another scope");
        assertFalse(HonourFamilies.namesOnlyOtherHonours("实践创新基地名单", null), "the document states no honour");
        assertTrue(HonourFamilies.namesOnlyOtherHonours("二、国家园林县城（2个）", "国家园林城市"));
        assertFalse(HonourFamilies.namesOnlyOtherHonours("二、河北省卫生县城（7个）", "河北省卫生城市（县城）"),
                "a form the document's honour names in its brackets");
    }

    @ParameterizedTest
    @CsvSource({"全国, true", "国家, true", "山东省, false", "自治区, false", "兵团, false", "本届全国共有, true", "全省和全国, true",
        "我市,"})
    void theLastScopeWordDecides(String text, Boolean national) {
        assertEquals(national, HonourFamilies.lastScope(text));
    }
}
