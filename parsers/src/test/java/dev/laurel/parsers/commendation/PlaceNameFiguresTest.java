package dev.laurel.parsers.commendation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.laurel.model.Announcement;
import dev.laurel.model.Awardee;
import dev.laurel.model.Metric;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Place names that begin with a numeral and a classifier (七台河市, 五家渠市) are names, not figures. */
class PlaceNameFiguresTest {

    @ParameterizedTest
    @CsvSource({
        "黑龙江省, 七台河市",
        "新疆维吾尔自治区, 五家渠市",
        "贵州省, 六盘水市",
        "山西省, 五台县"})
    void aNameStartingWithANumeralIsNotAFigure(String province, String city) {
        String text = "热烈祝贺" + province + "荣获全国双拥模范城（县）命名\n\n"
                + province + city + "\n\n"
                + city + "坚持双拥优良传统，先后3次被命名为全国双拥模范城。\n\n"
                + "支持部队建设。" + city + "投入2亿元用于部队基础设施建设，帮助随军家属就业120人。\n";
        Announcement a = TestDocuments.parse(text, "generated");
        assertEquals(1, a.awardees().size(), a.toString());
        Awardee w = a.awardees().get(0);
        assertEquals(city, w.name());
        List<String> figures = w.metrics().stream().map(Metric::text).toList();
        assertEquals(List.of("2亿元", "120人"), figures);
    }

    @ParameterizedTest
    @CsvSource({"七台河", "六盘水", "三门峡"})
    void aShortNameStartingWithANumeralIsNotAFigure(String shortName) {
        String text = "牡丹江市获评国家森林城市\n\n日前，牡丹江市被授予“国家森林城市”称号。"
                + "牡丹江市累计完成造林绿化32万亩。我们也在向鸡西、" + shortName + "等兄弟城市学习。\n";
        Announcement a = TestDocuments.parse(text, "generated");
        assertEquals(List.of("32万亩"), a.awardees().get(0).metrics().stream().map(Metric::text).toList());
    }
}
