package dev.laurel.parsers.commendation.figures;

import dev.laurel.model.Announcement;
import dev.laurel.model.Awardee;
import dev.laurel.model.Metric;
import dev.laurel.parsers.commendation.TestDocuments;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** A table of the place's own figures: the latest year's column, each cell with its row's unit. */
class FigureTablesTest {

    private static final String PAGE = "张掖市卫生健康委员会2025年工作总结\n\n"
            + "今年国家卫生城市复审中，我市再次顺利通过，继续保留“国家卫生城市”称号。全年清理卫生死角1.3万处。\n\n"
            + "附：2025年主要指标完成情况\n"
            + "序号\t指标名称\t单位\t2024年\t2025年\t2026年目标\n"
            + "1\t城市生活污水集中处理率\t%\t96.4\t97.8\t98\n"
            + "2\t国家卫生乡镇\t个\t12\t17\t20\n"
            + "3\t爱国卫生专项资金投入\t万元\t3200\t4150\t4500\n"
            + "4\t病媒生物防制达标率\t%\t—\t待统计\t95\n\n"
            + "二、存在的问题\n一是部分乡镇基础设施短板仍较突出。\n";

    @Test
    void theLatestYearsColumnIsReadWithEachRowsUnit() {
        Announcement a = TestDocuments.parse(PAGE, "generated");
        List<Metric> metrics = a.awardees().get(0).metrics();
        assertEquals(List.of("1.3万处", "97.8", "17", "4150"), metrics.stream().map(Metric::text).toList());
        assertEquals(List.of("处", "%", "个", "元"), metrics.stream().map(Metric::unit).toList());
        assertEquals(0, new BigDecimal("41500000").compareTo(metrics.get(3).value()));
        assertEquals("城市生活污水集中处理率", metrics.get(1).label());
        assertEquals("97.8", PAGE.substring(metrics.get(1).span().start(), metrics.get(1).span().end()));
    }

    @Test
    void aTableOfPlacesIsNoTableOfFigures() {
        assertEquals(List.of(), FigureTables.find("", List.of(
                new dev.laurel.parsers.commendation.text.Paragraph(0, 0, 0, "序号\t城市\t单位\t2025年"),
                new dev.laurel.parsers.commendation.text.Paragraph(1, 0, 0, "1\t张掖市\t个\t17"),
                new dev.laurel.parsers.commendation.text.Paragraph(2, 0, 0, "2\t酒泉市\t个\t12"))));
    }

    @Test
    void aColumnHeadedByTheHonoursStandardsGivesNoFigureAndLeavesTheTableOne() {
        String text = "指标\t数值\t单位\t国家森林城市评价指标\n森林覆盖率\t41.27\t%\t≥35\n新增造林面积\t86.5\t万亩\t—\n"
                + "古树名木保护\t1.26\t万株\t—\n";
        List<dev.laurel.parsers.commendation.text.Paragraph> lines = new java.util.ArrayList<>();
        int at = 0;
        for (String line : text.split("\n")) {
            lines.add(new dev.laurel.parsers.commendation.text.Paragraph(lines.size(), at, at + line.length(), line));
            at += line.length() + 1;
        }
        List<FigureTables.Table> tables = FigureTables.find(text, lines);
        assertEquals(1, tables.size());
        assertEquals(List.of("41.27", "86.5", "1.26"), tables.get(0).metrics().stream().map(Metric::text).toList());
        assertEquals(List.of("%", "亩", "株"), tables.get(0).metrics().stream().map(Metric::unit).toList());
    }

    @Test
    void aTableIntroducedInAStoryOfSeveralPlacesIsThePlaceTheStoryIsAbouts() {
        Announcement a = TestDocuments.parse("黄冈市首次获评国家森林城市\n\n11月25日，黄冈市等27个城市被授予“国家森林城市”称号，这是我市首次获此殊荣。\n"
                + "我市累计投入创森资金约48亿元。创森主要指标完成情况如下：\n指标\t数值\t单位\t国家森林城市评价指标\n"
                + "森林覆盖率\t41.27\t%\t≥35\n新增造林面积\t86.5\t万亩\t—\n"
                + "在罗田县，当地依托大别山森林资源发展林下经济，全县林下经济面积达到60万亩。\n", "generated");
        Awardee huanggang = a.awardees().stream().filter(w -> w.name().equals("黄冈市")).findFirst().orElseThrow();
        assertEquals(List.of("48亿元", "41.27", "86.5"), huanggang.metrics().stream().map(Metric::text).toList());
    }

    @Test
    void aTableComparingPlacesGivesEachPlaceItsColumn() {
        String page = "绵阳市、德阳市获评国家园林城市\n\n日前，绵阳市通过国家园林城市复查，德阳市首次获评国家园林城市。"
                + "绵阳市累计投入约36亿元，德阳市新建口袋公园112个。两市园林绿化主要指标如下：\n\n"
                + "指标\t2025年底数值\t2025年底数值\t国家园林城市标准\n指标\t绵阳市\t德阳市\t国家园林城市标准\n"
                + "建成区绿地率（%）\t38.6\t37.2\t≥35\n人均公园绿地面积（平方米）\t14.2\t13.6\t≥12\n城市公园（个）\t126\t87\t—\n\n"
                + "据了解，遂宁市已于2024年获评国家园林城市。\n";
        Announcement a = TestDocuments.parse(page, "generated");
        java.util.Map<String, List<String>> figures = new java.util.TreeMap<>();
        a.awardees().forEach(w -> figures.put(w.name(), w.metrics().stream().map(m -> m.text() + m.unit()).toList()));
        assertEquals(java.util.Map.of("绵阳市", List.of("36亿元元", "38.6%", "14.2平方米", "126个"),
                "德阳市", List.of("112个个", "37.2%", "13.6平方米", "87个")), figures);
    }

    @Test
    void aTableWrittenOneCellALineGivesEachPlaceItsColumnAndNamesNoRoster() {
        String page = "朔州市、怀仁市获命名国家卫生城市\n\n近日，朔州市、怀仁市被命名为国家卫生城市。其中，朔州市是连续第三次获此殊荣，怀仁市为首次。\n"
                + "两地创卫主要指标对照\n指标\n朔州市\n怀仁市\n建成区绿化覆盖率\n42.6%\n40.3%\n单位地区生产总值能耗\n0.38吨标准煤/万元\n—\n"
                + "改造提升农贸市场\n23个\n9个\n数据来源：朔州市、怀仁市爱卫办\n";
        Announcement a = TestDocuments.parse(page, "generated");
        java.util.Map<String, List<String>> figures = new java.util.TreeMap<>();
        a.awardees().forEach(w -> figures.put(w.name(), w.metrics().stream().map(m -> m.text() + " " + m.label()).toList()));
        assertEquals(java.util.Map.of("朔州市", List.of("42.6% 建成区绿化覆盖率", "0.38吨标准煤 单位地区生产总值能耗", "23个 改造提升农贸市场"),
                "怀仁市", List.of("40.3% 建成区绿化覆盖率", "9个 改造提升农贸市场")), figures);
        assertEquals(List.of("朔州市", "怀仁市"), a.roster().stream().map(e -> e.name()).toList());
        Announcement traditional = TestDocuments.parse("祁連縣、剛察縣獲評青海省雙擁模範縣\n\n祁連縣連續第四次獲評，剛察縣為第二次獲評。\n"
                + "主要指標\n祁連縣\n剛察縣\n擁軍優屬資金\n650萬元\n480萬元\n解決部隊實際困難\n27件\n19件\n", "generated");
        assertEquals(List.of("650萬元", "27件"), traditional.awardees().get(0).metrics().stream().map(m -> m.text()).toList(),
                "the columns' places are the gazetteer's names, the awardee's as the page writes it");
    }

    @Test
    void aPlaceRowsCellsWithTheirOwnUnitsAreLabelledByTheirHeadings() {
        Announcement a = TestDocuments.parse("吕梁市两县获命名山西省卫生县城\n\n日前，省爱卫会命名文水县、中阳县为山西省卫生县城。\n两县主要指标对比\n"
                + "序号  县名        人均公园绿地面积  生活垃圾无害化处理率  拥军优属投入\n"
                + "1     文水县      12.8平方米        99.1%                 1860万元\n"
                + "2     中阳县      13.4平方米        98.7%                 980万元\n", "generated");
        java.util.Map<String, List<String>> figures = new java.util.TreeMap<>();
        a.awardees().forEach(w -> figures.put(w.name(), w.metrics().stream().map(m -> m.text() + " " + m.label()).toList()));
        assertEquals(java.util.Map.of(
                "文水县", List.of("12.8平方米 人均公园绿地面积", "99.1% 生活垃圾无害化处理率", "1860万元 拥军优属投入"),
                "中阳县", List.of("13.4平方米 人均公园绿地面积", "98.7% 生活垃圾无害化处理率", "980万元 拥军优属投入")), figures);
    }

    @Test
    void aBoxOfFiguresGivesEachFigureItsCaptionOnEitherSide() {
        Announcement above = TestDocuments.parse("景东县获评云南省园林县城\n\n景东彝族自治县入选云南省园林县城。景东彝族自治县累计投入资金约4.5亿元。\n"
                + "数说景东\n建成区绿地率\n36.8%\n人均公园绿地面积\n13.5平方米\n新建口袋公园\n24个\n当地居民表示，过去县城绿地少。\n", "generated");
        assertEquals(List.of("4.5亿元 投入资金", "36.8% 建成区绿地率", "13.5平方米 人均公园绿地面积", "24个 新建口袋公园"),
                above.awardees().get(0).metrics().stream().map(m -> m.text() + " " + m.label()).toList());
        Announcement below = TestDocuments.parse("石棉县获评全国民族团结进步示范县\n\n石棉县被命名为全国民族团结进步示范县。\n"
                + "【数说石棉】\n42个\n🏠建成民族团结进步示范村（社区）\n5.7亿元\n累计投入民族地区发展资金\n326天\n空气质量优良天数\n"
                + "【图片】我县已建成民族团结进步示范村（社区）42个。\n", "generated");
        assertEquals(List.of("42个 建成民族团结进步示范村（社区）", "5.7亿元 累计投入民族地区发展资金", "326天 空气质量优良天数"),
                below.awardees().get(0).metrics().stream().map(m -> m.text() + " " + m.label()).toList(),
                "the caption's 42个 tells the box's again: given once");
    }
}
