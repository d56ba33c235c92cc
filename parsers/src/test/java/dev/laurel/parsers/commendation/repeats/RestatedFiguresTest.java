package dev.laurel.parsers.commendation.repeats;

import dev.laurel.model.Announcement;
import dev.laurel.model.Awardee;
import dev.laurel.model.Metric;
import dev.laurel.parsers.commendation.TestDocuments;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A story copied again in other words gives its figures once; figures that only share a value stay. */
class RestatedFiguresTest {

    private static List<String> figures(String text) {
        Announcement a = TestDocuments.parse(text, "generated");
        assertEquals(1, a.awardees().size(), "one awardee");
        return a.awardees().get(0).metrics().stream().map(Metric::text).toList();
    }

    @Test
    void aRewrittenCopyOfTheStoryGivesItsFiguresOnce() {
        String story = "泉州获评国家生态园林城市\n\n住房和城乡建设部日前公布新一批国家生态园林城市名单，泉州市成功入选。\n\n"
                + "目前泉州中心市区建成区绿地率达到39.6%，绿化覆盖率43.2%，人均公园绿地面积15.8平方米，累计建成各类公园412个。\n\n"
                + "泉州首获国家生态园林城市称号\n\n近日，住建部公布新一批国家生态园林城市名单，泉州市榜上有名。\n\n"
                + "目前，泉州建成区绿地率为39.6%，绿化覆盖率为43.2%，人均公园绿地面积达15.8平方米，已建成公园412个。\n";
        assertEquals(List.of("39.6%", "43.2%", "15.8平方米", "412个"), figures(story));
        Announcement a = TestDocuments.parse(story, "generated");
        Awardee quanzhou = a.awardees().get(0);
        assertTrue(quanzhou.issues().stream().anyMatch(d -> d.kind().id().equals("duplicate-paragraph")
                && d.message().contains("4 figures")), quanzhou.issues().toString());
    }

    @Test
    void aParagraphWithOneNewFigureKeepsAllItsFigures() {
        String story = "泉州获评国家生态园林城市\n\n住房和城乡建设部日前公布新一批国家生态园林城市名单，泉州市成功入选。\n\n"
                + "泉州市建成区绿地率达到39.6%，绿化覆盖率43.2%，人均公园绿地面积15.8平方米。\n\n"
                + "泉州市还新增城市绿地39.6%，改造公园43.2%，建成绿道15.8平方米，新建口袋公园160个。\n";
        assertEquals(List.of("39.6%", "43.2%", "15.8平方米", "39.6%", "43.2%", "15.8平方米", "160个"), figures(story));
    }
}
