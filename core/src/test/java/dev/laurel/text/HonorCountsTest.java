package dev.laurel.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.laurel.model.TimesKind;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class HonorCountsTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "null", value = {
        "先后9次被命名为全国双拥模范城|9|TOTAL|先后9次", "连续5次荣获全国双拥模范城称号|5|CONSECUTIVE|连续5次",
        "荣膺全国双拥模范城“六连冠”|6|CONSECUTIVE|六连冠", "四连冠|4|CONSECUTIVE|四连冠",
        "成功实现“六连创”|6|CONSECUTIVE|六连创", "三届连续命名，是全县军民共同奋斗的结果|3|CONSECUTIVE|三届连续",
        "连续八届蝉联省级双拥模范城|8|CONSECUTIVE|连续八届蝉联", "已八次蝉联|8|CONSECUTIVE|已八次蝉联",
        "连续第九次获此殊荣|9|CONSECUTIVE|连续第九次", "7次被命名为省级双拥模范城|7|TOTAL|7次",
        "这是临海第二次获此称号|2|TOTAL|第二次", "3次获此荣誉|3|TOTAL|3次", "该市第二次获此光荣|2|TOTAL|第二次", "两次获此荣耀|2|TOTAL|两次",
        "崇左市第二次捧回这块“金字招牌”|2|TOTAL|第二次",
        "已连续3次被命名为全国双拥模范县|3|CONSECUTIVE|连续3次", "蝉联全国双拥模范城|null|CONSECUTIVE|蝉联", "中山市则蝉联三届|3|CONSECUTIVE|蝉联三届",
        "连续多次荣获省级双拥模范县|null|CONSECUTIVE|连续多次",
        "第四次获得全国双拥模范县称号|4|TOTAL|第四次", "第三次荣获全国双拥模范城|3|TOTAL|第三次",
        "第五次被评为省级双拥模范城|5|TOTAL|第五次", "第2次获评全国双拥模范县|2|TOTAL|第2次",
        "已荣获六届国家卫生城市|6|TOTAL|六届", "先后获得5届全国文明城市称号|5|TOTAL|5届",
        "宜昌市第七次上榜|7|TOTAL|第七次", "北川由此三度获此命名|3|TOTAL|三度", "四次捧回这块金字招牌|4|TOTAL|四次", "惠州第五度获评全国双拥模范城|5|TOTAL|第五度",
        "武夷山市、泰宁县分别第二度与首度入选|2|TOTAL|第二度",
        "成为全省唯一三度获此称号的设区市|3|TOTAL|三度", "全省唯一五连冠城市|5|CONSECUTIVE|五连冠",
        "三届连冠来之不易|3|CONSECUTIVE|三届连冠", "南昌市则是继2020年、2023年之后，第三次榜上有名|3|TOTAL|第三次",
        "连续0次被命名为全国双拥模范城|null|CONSECUTIVE|连续0次"})
    void finds(String text, Integer count, TimesKind kind, String phrase) {
        List<HonorCount> found = HonorCounts.find(text);
        assertEquals(1, found.size(), found.toString());
        HonorCount h = found.get(0);
        assertEquals(count, h.count());
        assertEquals(kind, h.kind());
        assertEquals(phrase, h.phrase());
        assertEquals(phrase, text.substring(h.start(), h.end()));
    }

    @ParameterizedTest
    @CsvSource({"举办第十一届论坛"})
    void editionIsNotACount(String text) {
        HonorCount h = HonorCounts.find(text).get(0);
        assertTrue(h.edition());
        assertEquals(11, h.count());
        assertNull(h.kind());
    }

    @ParameterizedTest
    @CsvSource({"开展拥军支前演练2次。", "局3次荣获退役军人事务部先进集体", "第四次会议通过", "系连续第三次通过复查",
        "已连续两次通过复审，继续保留称号", "德清县又一次摘得“全国文明城市”桂冠", "再一次获此殊荣"})
    void plainTimesAreNotHonourCounts(String text) {
        assertEquals(List.of(), HonorCounts.find(text));
    }

    @ParameterizedTest
    @CsvSource({"该市一度获评先进后又落选", "气温三度左右，获评者众", "用电30度", "气温升高三度与去年同期持平后获评"})
    void duIsACountOnlyBeforeAnHonourVerbAndNotAsOnce(String text) {
        assertTrue(HonorCounts.find(text).isEmpty(), HonorCounts.find(text).toString());
    }
}
