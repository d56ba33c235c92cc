package dev.laurel.parsers.commendation.figures;

import dev.laurel.model.Announcement;
import dev.laurel.model.Awardee;
import dev.laurel.model.Metric;
import dev.laurel.parsers.commendation.TestDocuments;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** A breakdown by place: each figure written right after a place heading its item is that place's. */
class PlaceFiguresTest {

    private static List<String> figures(Awardee a) {
        return a.metrics().stream().map(Metric::text).toList();
    }

    @Test
    void theDistrictsOfABreakdownKeepTheirFiguresTheCityItsTotal() {
        Announcement a = TestDocuments.parse("鄂尔多斯市获评国家生态园林城市\n\n"
                + "日前，鄂尔多斯市被命名为国家生态园林城市。全年完成林草生态建设面积386万亩，其中：东胜区12万亩、康巴什区3万亩、"
                + "达拉特旗68万亩。全市森林覆盖率达到27.5%。\n", "generated");
        assertEquals(List.of("386万亩", "27.5%"), figures(a.awardees().get(0)));
    }

    @Test
    void eachAwardeeOfABreakdownGetsItsOwnFigure() {
        Announcement a = TestDocuments.parse("长汀县、上杭县被命名为全国双拥模范县\n\n"
                + "日前，长汀县、上杭县被命名为全国双拥模范县。全年拥军优属资金投入：新罗区4260万元、上杭县2890万元、长汀县3320万元。"
                + "长汀县建成国防教育基地12个。\n", "generated");
        assertEquals(List.of("长汀县", "上杭县"), a.awardees().stream().map(Awardee::name).toList());
        assertEquals(List.of("3320万元", "12个"), figures(a.awardees().get(0)));
        assertEquals(List.of("2890万元"), figures(a.awardees().get(1)));
    }

    @Test
    void aPlaceWithAVerbBeforeItsFigureIsNoBreakdown() {
        Announcement a = TestDocuments.parse("泉州市荣获全国文明城市\n\n"
                + "日前，泉州市被授予全国文明城市称号。泉州市新建口袋公园126个、城市书房52处。\n", "generated");
        assertEquals(List.of("126个", "52处"), figures(a.awardees().get(0)));
    }
}
