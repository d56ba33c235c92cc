package dev.laurel.parsers.commendation.text;

import dev.laurel.model.Announcement;
import dev.laurel.parsers.commendation.TestDocuments;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Lines set out as fields (label：value) or box rules, each whole without a full stop. */
class FieldLinesTest {

    @ParameterizedTest
    @ValueSource(strings = {"总面积：2.3万平方公里", "所在省份：福建省", "森林覆盖率：78.9%", "┌ 城市速览 ┐", "└──────┘",
        "2020年：双拥模范城“七连冠”；全国文明城市复查确认保留", "2004年、2008年：连续获评，实现“四连冠”", "2019年10月：通过省级验收",
        "生活垃圾无害化处理率：100%", "病媒生物密度控制水平：达到国家C级标准", "2027年目标：人均公园绿地面积达到16平方米"})
    void fields(String line) {
        assertTrue(FieldLines.is(line), line);
    }

    @ParameterizedTest
    @ValueSource(strings = {"全市累计投入资金：", "近年来，该市累计投入：", "2024年：全市新建公园36个，改造老旧小区120个，惠及居民2.6万户，群众满意度达到95%以上",
        "累计投入"})
    void noFields(String line) {
        assertFalse(FieldLines.is(line), line);
    }

    @Test
    void aTimelineStepIsNotJoinedToTheParagraphAfterIt() {
        Announcement a = TestDocuments.parse("银川获评全国双拥模范城\n\n银川市日前再度被命名为全国双拥模范城。\n\n2016年：双拥模范城“六连冠”\n"
                + "2020年：双拥模范城“七连冠”；全国文明城市复查确认保留\n2024年：双拥模范城“八连冠”\n\n"
                + "近四年来，银川累计投入双拥专项资金约2.8亿元，建成军人服务中心（站）1120个。\n", "generated");
        assertEquals(List.of("2.8亿元", "1120个"), a.awardees().get(0).metrics().stream().map(m -> m.text()).toList());
    }

    @Test
    void aBoxOfFieldsGivesItsFiguresToThePlaceThePageIsAbout() {
        Announcement a = TestDocuments.parse("【城市名片】三明：全国文明城市“四连冠”\n\n┌ 城市速览 ┐\n所在省份：福建省\n"
                + "总面积：2.3万平方公里\n森林覆盖率：78.9%\n└──────┘\n\n"
                + "2024年底，三明市再次通过复查确认，继续保留全国文明城市荣誉称号，实现“四连冠”。全市建成文明实践站2136个。\n",
                "generated");
        assertEquals(List.of("2.3万平方公里", "78.9%", "2136个"),
                a.awardees().get(0).metrics().stream().map(m -> m.text()).toList());
    }
}
