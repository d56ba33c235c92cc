package dev.laurel.parsers.commendation.layout;

import dev.laurel.model.Announcement;
import dev.laurel.model.TimesKind;
import dev.laurel.parsers.commendation.Scoring;
import dev.laurel.parsers.commendation.TestDocuments;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Tables of honoured places flattened to text, read through their header's column roles. */
class TablesTest {
    private static final String HEAD = "本届部分受命名城市命名次数统计\n\n";

    private static List<String> awardees(Announcement a) {
        return a.awardees().stream().map(w -> w.name() + "×" + w.timesHonored()).toList();
    }

    @Test
    void aNoteAboutUnmarkedNamesPassesOverTheRowsNotedAsReviewed() {
        Announcement a = TestDocuments.parse("关于2024年度湖北省文明城市拟命名和复查确认名单的公示\n\n拟命名江夏区等2个城市（城区、县）为湖北省文明城市，"
                + "拟复查确认新洲区等1个城市（城区、县）继续保留湖北省文明城市称号。名单如下：\n\n| 序号 | 所属市州 | 名称 | 备注 |\n"
                + "| 1 | 武汉市 | 江夏区 |  |\n| 2 | 武汉市 | 新洲区 | 复查确认 |\n| 3 | 十堰市 | 竹溪县 |  |\n"
                + "说明：备注栏未标注的为首次命名，标注“复查确认”的为经复查确认继续保留称号。\n", "generated");
        assertEquals(List.of("江夏区", "新洲区", "竹溪县"), a.roster().stream().map(e -> e.name()).toList());
        assertEquals(List.of("江夏区×1", "竹溪县×1"), awardees(a));
    }

    @Test
    void aTableOfApplicantPlacesGivesTheirScoresAndDropsTheOneBelowTheLine() {
        Announcement a = TestDocuments.parse("上饶3地拟命名江西省生态文明建设示范县（市、区）\n\n省生态环境厅日前发布公示，我市婺源县、德兴市、"
                + "广丰区位列其中。\n我市申报地区考核结果\n序号\u3000申报地区\u3000考核得分\u3000公众满意度（%）\n"
                + "1\u3000婺源县\u300093.5\u300095.2\n2\u3000德兴市\u300091.2\u300093.8\n3\u3000广丰区\u300086.7\u300090.4\n"
                + "4\u3000铅山县\u300078.9\u300084.6\n注：考核满分100分，80分以上为合格。铅山县未达合格线，暂不推荐。\n", "generated");
        assertEquals(List.of("婺源县[93.5 分, 95.2 %]", "德兴市[91.2 分, 93.8 %]", "广丰区[86.7 分, 90.4 %]"),
                a.awardees().stream().map(w -> w.name() + w.metrics().stream().map(m -> m.text() + " " + m.unit()).toList())
                        .toList());
    }

    @Test
    void aHeadingNamingAnHonourInAUnitCountsWhatEachPlaceHas() {
        Announcement a = TestDocuments.parse("吴忠市、青铜峡市获命名全国民族团结进步示范市\n\n近日，吴忠市、青铜峡市分别第二次和首次获命名"
                + "全国民族团结进步示范市。\n名称\t少数民族人口占比（%）\t民族团结进步示范单位（个）\n吴忠市\t54.1\t186\n"
                + "青铜峡市\t31.4\t72\n", "generated");
        assertEquals(List.of("吴忠市[54.1 %, 186 个]", "青铜峡市[31.4 %, 72 个]"),
                a.awardees().stream().map(w -> w.name() + w.metrics().stream().map(m -> m.text() + " " + m.unit()).toList())
                        .toList());
    }

    @Test
    void aColumnOfDeedsGivesEachRowsPlaceItsFiguresOneCellALineOrNot() {
        String head = "关于命名2026年度安徽省园林县城的通报\n\n决定命名泾县、旌德县为安徽省园林县城。\n附件：名单及主要成效\n";
        Announcement stacked = TestDocuments.parse(head + "序号\n县城名称\n主要成效\n1\n泾县\n建成区绿地率38.2%，新建口袋公园22处\n"
                + "2\n旌德县\n完成城区道路绿化改造17条\n", "generated");
        Announcement lines = TestDocuments.parse(head + "序号\t名称\t主要事迹\n1\t泾县\t建成区绿地率38.2%，新建口袋公园22处\n"
                + "2\t旌德县\t完成城区道路绿化改造17条\n", "generated");
        for (Announcement a : List.of(stacked, lines)) {
            assertEquals(List.of("泾县[38.2%, 22处]", "旌德县[17条]"), a.awardees().stream()
                    .map(w -> w.name() + w.metrics().stream().map(m -> m.text()).toList()).toList());
        }
    }

    @Test
    void aTableReadOutColumnByColumnIsReadRowByRow() {
        Announcement a = TestDocuments.parse("关于命名第十二届吉林省双拥模范城（县）的决定\n\n命名长春市等3个市为第十二届吉林省双拥模范城（县）。\n\n"
                + "附件\n\n序号\n1\n2\n3\n名称\n长春市\n吉林市\n四平市\n命名情况\n连续第五次\n第四次\n首次\n", "generated");
        assertEquals(List.of("长春市×5", "吉林市×4", "四平市×1"), awardees(a));
    }

    @Test
    void aNameWrappedUnderASpannedParentCellIsReadWhole() {
        Announcement a = TestDocuments.parse("关于命名自治区双拥模范城（旗县）的决定\n\n序号\t盟市\t旗县（市、区）\t命名次数\n"
                + "1\t包头市\t固阳县\t第二次\n2\t\t达尔罕茂明安\n联合旗\t连续第四次\n3\t\t土默特右旗\t首次\n"
                + "4\t呼伦贝尔市\t莫力达瓦达斡尔族\n自治旗\t连续第五次\n5\t\t扎兰屯市\t第二次\n", "generated");
        assertEquals(List.of("固阳县×2", "达尔罕茂明安联合旗×4", "土默特右旗×1", "莫力达瓦达斡尔族自治旗×5", "扎兰屯市×2"),
                awardees(a), "the wrapped row's city spans the row below it");
    }

    @Test
    void aColumnOfTheCitiesReadOutBeforeTheNamesIsNoneOfThePlaces() {
        Announcement a = TestDocuments.parse("辽宁省卫生县城拟命名名单的公示\n\n附件\n\n序号\n1\n2\n3\n所在市\n沈阳市\n沈阳市\n大连市\n"
                + "县（市）名称\n康平县\n法库县\n长海县\n类别\n拟命名\n拟命名\n拟复查确认\n", "generated");
        assertEquals(List.of("康平县", "法库县", "长海县"), a.roster().stream().map(e -> e.name()).toList());
    }

    @Test
    void aNoteCellInBracketsIsReadAsTheCountItHolds() {
        Announcement a = TestDocuments.parse("全国文明城市名单公布\n\n序号\t城市\t类别\t备注\n1\t平度市\t县级市\t（首次）\n"
                + "2\t青岛市\t地级以上城市\t（七连冠）\n3\t济南市\t地级以上城市\t【复查确认】\n", "generated");
        assertEquals(List.of("平度市×1", "青岛市×7"), awardees(a));
    }

    @Test
    void aNoteCellEndingInABracketedCountIsReadAsThatCount() {
        Announcement a = TestDocuments.parse("福建6城上榜第七届全国文明城市\n\n中央文明委日前公布第七届全国文明城市名单。具体名单如下：\n"
                + "序号\t城市\t类别\t获评情况\n1\t厦门市\t地级市\t复查确认保留（六连冠）\n2\t晋江市\t县级市\t复查确认保留（连续第二届）\n"
                + "3\t莆田市\t地级市\t新命名（首次）\n", "generated");
        assertEquals(List.of("厦门市×6", "晋江市×2", "莆田市×1"), awardees(a));
    }

    @Test
    void aTableWhoseCellsSingleSpacesPartIsReadWithItsGroupsWrapsAndRepeatedHeader() {
        Announcement a = TestDocuments.parse("关于命名第十届湖北省双拥模范城（县）的决定\n命名下列17个市、县为第十届湖北省双拥模范城（县）。\n"
                + "序号 名称 所属市 获评次数 备注\n1 荆州市 — 5 连续五届\n2 松滋市 荆州市 2\n3 麻城市 黄冈市 3 第三次获评，其中\n"
                + "两次为复查确认\n— 2 —\n序号 名称 所属市 获评次数 备注\n4 武穴市 黄冈市 1 首次\n", "generated");
        assertEquals(List.of("荆州市×5", "松滋市×2", "麻城市×3", "武穴市×1"), awardees(a));
        assertEquals(TimesKind.CONSECUTIVE, a.awardees().get(0).timesKind());
    }

    @Test
    void aGroupLineStatingItsSizeInTraditionalScriptGoesOnTheTable() {
        Announcement a = TestDocuments.parse("關於公佈第五批自治區生態文明建設示範區名單的通知\n自治區決定命名5個縣（市、區）為第五批自治區生態文明建設示範區。\n"
                + "梧州市（3個）\n序號　名稱　　命名批次　備註\n1　　岑溪市　第五批\n2　　藤縣　　第五批\n3　　蒙山縣　第五批　首次\n"
                + "百色市（2個）\n4　　樂業縣　第五批\n5　　凌雲縣　第五批　第二次（通過復核）\n", "generated");
        assertEquals(List.of("岑溪市", "藤縣", "蒙山縣", "樂業縣", "凌雲縣"), a.roster().stream().map(e -> e.name()).toList());
        assertEquals(List.of("蒙山縣×1", "凌雲縣×2"), awardees(a));
    }

    @Test
    void aPlacesLineOverATableOneCellALineHeadsItsPartOfTheListAndIsNoAwardee() {
        Announcement a = TestDocuments.parse("关于命名第三批四川省园林城市（县城）的通知\n现命名以下县城为四川省园林城市（县城）。其中宜宾市、达州市名单如下：\n"
                + "宜宾市\n序号\n县（市）\n命名次数\n1\n长宁县\n首次\n达州市\n序号\n县（市）\n命名次数\n2\n宣汉县\n第2次\n", "generated");
        assertEquals(List.of("长宁县", "宣汉县"), a.roster().stream().map(e -> e.name()).toList());
        assertEquals(List.of("长宁县×1", "宣汉县×2"), awardees(a));
    }

    @Test
    void aStreakNoteInACountsCellMakesTheCountConsecutive() {
        Announcement a = TestDocuments.parse("河北省3地获命名全国双拥模范城（县）\n\n我省3个市、县被命名为全国双拥模范城（县）。具体名单如下：\n\n"
                + "序号\t所属市\t名称\t命名次数\n1\t石家庄市\t石家庄市\t第7次（连续）\n2\t石家庄市\t正定县\t第3次\n"
                + "3\t唐山市\t迁安市\t第4次(连续)\n", "generated");
        assertEquals(List.of("石家庄市×7 consecutive", "正定县×3 total", "迁安市×4 consecutive"), a.awardees().stream()
                .map(w -> w.name() + "×" + w.timesHonored() + " " + w.timesKind().toString().toLowerCase(java.util.Locale.ROOT)).toList());
    }

    @Test
    void aLineNamingALevelInsideATableHeadsTheRowsUnderIt() {
        Announcement a = TestDocuments.parse("我省4个城市（县）入选第七届全国文明城市名单\n\n中央文明委发布第七届全国文明城市名单，我省4个城市（县）榜上有名。"
                + "具体名单如下：\n序号\t城市（县）\t类别\t命名次数（含本届）\n地级以上城市\n1\t南京市\t复查确认\t5\n"
                + "2\t盐城市\t新命名\t1\n县级市和县\n3\t张家港市\t复查确认\t6\n4\t沭阳县\t新命名\t1\n", "generated");
        assertEquals(List.of("南京市×5", "盐城市×1", "张家港市×6", "沭阳县×1"), awardees(a));
    }

    @Test
    void anApplicantsGovernmentColumnIsANoteAndItsLocationColumnNamesThePlace() {
        Announcement a = TestDocuments.parse("关于第五批江西省生态文明建设示范县（市、区）拟命名名单的公示\n\n拟命名铜鼓县等3个县（市、区）为第五批"
                + "江西省生态文明建设示范县（市、区）。\n附件：拟命名名单\n序号\t申报单位\t所在地\t备注\n1\t铜鼓县人民政府\t宜春市铜鼓县\t\n"
                + "2\t浮梁县人民政府\t景德镇市浮梁县\t\n3\t资溪县人民政府\t抚州市资溪县\t\n", "generated");
        assertEquals(List.of("铜鼓县", "浮梁县", "资溪县"), a.roster().stream().map(e -> e.name()).toList());
    }

    @Test
    void aGroupsSubtotalRowIsPassedOverAndTheTotalRowEndsTheTable() {
        Announcement a = TestDocuments.parse("关于拟命名“四川省森林城市”的公示\n\n拟命名成都市蒲江县等3个县（市、区）为“四川省森林城市”。\n"
                + "序号\t市（州）\t县（市、区）\t备注\n1\t成都市\t蒲江县\t\n2\t成都市\t大邑县\t\n\t成都市 小计\t2\t\n"
                + "3\t绵阳市\t北川羌族自治县\t\n\t绵阳市 小计\t1\t\n\t合计\t3\t\n", "generated");
        assertEquals(List.of("蒲江县", "大邑县", "北川羌族自治县"), a.roster().stream().map(e -> e.name()).toList());
    }

    @Test
    void aColumnOfTheKindOfApplicationIsANote() {
        Announcement a = TestDocuments.parse("关于2026年甘肃省卫生县城拟命名和复审确认名单的公示\n\n拟命名2个县为甘肃省卫生县城，拟确认1个县通过复审。\n\n"
                + "序号\t地区\t申报类型\n1\t永登县\t新申报\n2\t景泰县\t新申报\n3\t榆中县\t复审\n", "generated");
        assertEquals(List.of("永登县", "景泰县", "榆中县"), a.roster().stream().map(e -> e.name()).toList());
    }

    @Test
    void aNameColumnHeadedByTheKindsOfPlaceItHolds() {
        Announcement a = TestDocuments.parse("关于2024年福建省双拥模范城（县）拟命名对象的公示\n\n序 号\n设区市\n城（县）名称\n命名次数\n备 注\n"
                + "1\n福州市\n福州市\n9\n连续\n2\n福州市\n福清市\n6\n连续\n3\n莆田市\n仙游县\n1\n首次\n", "generated");
        assertEquals(List.of("福州市×9", "福清市×6", "仙游县×1"), awardees(a));
    }

    @Test
    void aParentsColumnHeadedByLevelsNoWordNamesListsNoPlaceEvenWithACellWrapped() {
        String head = "雲南省生態文明建設示範縣名單公示\n\n現將擬命名的雲南省生態文明建設示範縣名單予以公示。\n\n序號\n";
        String rows = "\n縣（市、區）\n1\n昆明市\n石林彝族自治縣\n2\n紅河哈尼族彝族\n自治州\n彌勒市\n3\n大理白族自治州\n賓川縣\n"
                + "\n公示期為2024年5月6日至5月12日。\n";
        for (String parents : List.of("所屬州市", "州市", "所在盟市", "州（市）")) {
            Announcement a = TestDocuments.parse(head + parents + rows, "generated");
            assertEquals(List.of("石林彝族自治縣", "彌勒市", "賓川縣"), a.roster().stream().map(w -> w.name()).toList(), parents);
            assertTrue(a.awardees().isEmpty(), parents + ": " + awardees(a));
        }
    }

    @Test
    void aGazettesRunningHeadAndPageNumberBetweenRowsLeaveTheTableGoingOn() {
        Announcement spaced = TestDocuments.parse("关于命名宁夏回族自治区双拥模范城（县）的决定\n\n命名以下3个市（县）为自治区双拥模范城（县）。\n"
                + "序号  地区    名称      命名次数\n1     银川市  灵武市    连续第四次\n"
                + "宁夏回族自治区人民政府公报  2026年第14期        27\n2     固原市  彭阳县    首次\n3     中卫市  海原县    第二次\n",
                "generated");
        assertEquals(List.of("灵武市×4", "彭阳县×1", "海原县×2"), awardees(spaced));
        Announcement stacked = TestDocuments.parse("关于命名宁夏回族自治区双拥模范城（县）的决定\n\n命名以下3个市（县）为自治区双拥模范城（县）。\n"
                + "序号\n地区\n名称\n命名次数\n1\n银川市\n灵武市\n连续第四次\n2\n固原市\n彭阳县\n宁夏回族自治区人民政府公报\n— 27 —\n首次\n"
                + "3\n中卫市\n海原\n县\n第二次\n", "generated");
        assertEquals(List.of("灵武市×4", "彭阳县×1", "海原县×2"), awardees(stacked), "a page's break between a row's cells");
    }

    @Test
    void aWrappedParentCellOfAPrefectureInATableOfOneRowAboveTheNextGroupsTable() {
        Announcement a = TestDocuments.parse("湖南省全国文明城市（县级）拟推荐对象公示\n\n现将拟命名和拟复查确认名单公示如下。\n一、拟命名全国文明城市\n"
                + "序号\n市（州）\n城市\n1\n湘西土家族苗\n族自治州\n吉首市\n二、拟复查确认保留全国文明城市称号\n序号\n市（州）\n城市\n"
                + "1\n湘西土家族苗\n族自治州\n凤凰县\n2\n株洲市\n醴陵市\n", "generated");
        assertEquals(List.of("吉首市", "凤凰县", "醴陵市"), a.roster().stream().map(w -> w.name()).toList());
    }

    @Test
    void aParentWrappedOverTwoLinesSpansTheRowBelowAndAnHonoursNameAloneTitlesTheNextTable() {
        Announcement a = TestDocuments.parse("我州两市通过国家卫生城市命名复审\n\n我州一市首次获命名国家卫生城市，一市通过复审，一县被命名为国家卫生县城。\n"
                + "国家卫生城市\n序号\t所属州市\t城市\t类别\n1\t湘西土家族\t吉首市\t新命名\n\t苗族自治州\n2\t\t凤凰县\t复审保留\n"
                + "国家卫生县城\n序号\t所属州市\t县城\t类别\n1\t湘西土家族苗族自治州\t泸溪县\t新命名\n", "generated");
        assertEquals(List.of("吉首市", "凤凰县"), a.roster().stream().map(w -> w.name()).toList(), "泸溪县 is of 国家卫生县城");
    }

    @Test
    void aTablePrintedThreeUpIsReadRowByRowAcrossTheLine() {
        Announcement a = TestDocuments.parse("关于授予迁安市等“国家森林城市”称号的决定\n\n决定授予迁安市等5个城市“国家森林城市”称号。\n附件：国家森林城市名单\n"
                + "序号　省份　城市　　　序号　省份　城市　　　序号　省份　城市\n1　　河北　迁安市　　　2　　安徽　桐城市　　　3　　江西　井冈山市\n"
                + "4　　河北　武安市　　　5　　安徽　潜山市\n\n说明：名单按省份排列。\n", "generated");
        assertEquals(List.of("迁安市", "桐城市", "井冈山市", "武安市", "潜山市"), a.roster().stream().map(w -> w.name()).toList());
    }

    @Test
    void aHeaderWhoseFirstHeadingWrapsOntoTwoLinesStillHeadsTheTable() {
        Announcement a = TestDocuments.parse("关于第四批广西全域旅游示范区拟认定名单的公示\n\n拟认定以下3个县（市、区）为第四批广西全域旅游示范区。\n\n"
                + "序\n号\n设区市\n县（市、区）\n1\n桂林市\n阳朔县\n2\n柳州市\n三江侗族自治县\n3\n百色市\n靖西市\n", "generated");
        assertEquals(List.of("阳朔县", "三江侗族自治县", "靖西市"), a.roster().stream().map(w -> w.name()).toList(),
                "序 / 号 is one heading, so 设区市 is the parents' column");
    }

    @Test
    void aTableRunOntoOneLineIsReadRowByRowFromItsRowNumbers() {
        Announcement a = TestDocuments.parse("福建省2026年全國雙擁模範城（縣）擬命名對象公示\n\n我省擬推薦以下4個城（縣）為全國雙擁模範城（縣）命名對象。\n\n"
                + "序號 名稱 類別 命名次數 1 福州市 城 連續第八次 2 廈門市 城 連續第九次 3 長汀縣 縣 首次 4 福鼎市 城 第二次\n\n"
                + "公示時間為2026年8月10日至8月16日。\n", "generated");
        assertEquals(List.of("福州市×8", "廈門市×9", "長汀縣×1", "福鼎市×2"), awardees(a));
    }

    @Test
    void aRowRunOntoOneLineThatLacksACellEndsTheTableBeforeIt() {
        Announcement a = TestDocuments.parse("福建省2026年全國雙擁模範城（縣）擬命名對象公示\n\n我省擬推薦以下3個城（縣）為全國雙擁模範城（縣）命名對象。\n\n"
                + "序號 名稱 類別 命名次數 1 福州市 城 連續第八次 2 廈門市 城 3 長汀縣 縣 首次\n", "generated");
        assertTrue(a.awardees().stream().noneMatch(w -> w.name().equals("廈門市") && Integer.valueOf(3).equals(w.timesHonored())),
                "the next row's number is no count: " + awardees(a));
    }

    @Test
    void aRoundUpTableOfSeveralHonoursPassesOverARowOfNoPlaceAndDropsAPlaceOfOtherHonoursOnly() {
        Announcement a = TestDocuments.parse("霍山县、舒城县获评国家卫生县城｜2026年六安市获评荣誉一览\n\n我市霍山县、舒城县上榜。一览如下：\n\n"
                + "序号\n荣誉名称\n获评地区\n获评情况\n1\n国家卫生县城\n霍山县\n首次\n2\n国家卫生县城\n舒城县\n第二次\n"
                + "3\n全国双拥模范城\n六安市\n连续第三次\n4\n全国文明村镇\n霍邱县冯井镇\n首次\n5\n国家森林城市\n六安市\n复查通过\n\n"
                + "霍山县创卫以来累计投入12.6亿元。舒城县城区新增绿地42万平方米。\n\n"
                + "六安市今年连续第三次获评全国双拥模范城，全市投入双拥资金2.8亿元。\n", "generated");
        assertEquals(List.of("霍山县×1", "舒城县×2"), awardees(a), "六安市's rows are both of other honours");
        assertEquals(List.of("12.6亿元"), a.awardees().get(0).metrics().stream().map(m -> m.text()).toList(),
                "the row of a town does not end the table, so its last row heads no section over the story");
    }

    @Test
    void aProvinceGovernedCitysColumnIsTheParentsAndACityOrCountyNameColumnTheNames() {
        Announcement a = TestDocuments.parse("河南省双拥模范城（县）命名名单公布\n\n命名3个城市（县、区）为河南省双拥模范城（县）。具体名单如下：\n\n"
                + "序号\n省辖市\n城市（县、区）名称\n命名次数\n1\n郑州市\n郑州市\n首次\n2\n郑州市\n中牟县\n首次\n3\n开封市\n通许县\n连续第三次\n",
                "generated");
        assertEquals(List.of("郑州市×1", "中牟县×1", "通许县×3"), awardees(a));
    }

    @Test
    void aDistrictColumnHeadedByItsKindAloneIsTheNameColumn() {
        Announcement a = TestDocuments.parse("我市3个区获评国家卫生区\n\n近日，全国爱卫会公布国家卫生城市（区）命名和复审结果，我市3个区榜上有名。"
                + "现将我市名单公布如下：\n\n序　号\n区\n类　别\n命名次数\n1\n渝北区\n新命名\n首次\n2\n巴南区\n复审确认\n第二次\n"
                + "3\n铜梁区\n复审确认\n第三次\n\n（来源：重庆市卫生健康委员会）\n", "generated");
        assertEquals(List.of("渝北区×1", "巴南区×2", "铜梁区×3"), awardees(a));
    }

    @Test
    void aNameColumnHeadedByTheLevelsItListsIsTheNameColumn() {
        Announcement a = TestDocuments.parse("关于海南省双拥模范城（县）拟命名对象的公示\n\n拟命名以下3个市县为海南省双拥模范城（县）。\n\n"
                + "序号\n市县\n命名次数\n1\n文昌市\n第四次\n2\n陵水黎族自治县\n第二次\n3\n琼中黎族苗族自治县\n首次\n", "generated");
        assertEquals(List.of("文昌市×4", "陵水黎族自治县×2", "琼中黎族苗族自治县×1"), awardees(a));
    }

    @Test
    void aPlacesTableRowAndItsSectionUnderAHeadingMakeOneAwardee() {
        Announcement a = TestDocuments.parse("长汀县、连城县获评福建省双拥模范县\n\n日前，福建省命名表彰新一届福建省双拥模范城（县）。我市长汀县、连城县榜上有名。\n"
                + "两县双拥工作主要数据如下：\n序号\t县名\t命名次数\t双拥经费投入\t安置退役军人\n1\t长汀县\t第四次\t1860万元\t386名\n"
                + "2\t连城县\t首次\t920万元\t214名\n"
                + "长汀县：红色沃土续写鱼水情\n长汀县建成双拥主题公园3个。\n连城县：首次上榜实现突破\n连城县建成退役军人服务中心（站）251个。\n", "generated");
        assertEquals(List.of("长汀县", "连城县"), a.awardees().stream().map(w -> w.name()).toList());
        assertEquals(List.of("1860万元", "386名", "3个"), a.awardees().get(0).metrics().stream().map(m -> m.text()).toList());
    }

    @Test
    void oneCellPerLineWithACountColumn() {
        Announcement a = TestDocuments.parse(HEAD + "全国双拥模范城（县）名单揭晓。\n"
                + "序号\n省 份\n城市名称\n命名次数\n1\n河 北\n石家庄市\n5\n2\n内蒙古\n包头市\n9\n"
                + "注：命名次数为截至本届累计被命名的次数。\n", "generated");
        assertEquals(List.of("石家庄市×5", "包头市×9"), awardees(a));
        assertEquals("内蒙古自治区", a.awardees().get(1).province());
    }

    @Test
    void aNoteShapedLikeAPlaceAfterTheRowsNameIsANote() {
        Announcement a = TestDocuments.parse("又有3个城市获授“国家森林城市”称号\n\n授予河北省邢台市等3个城市“国家森林城市”称号。名单如下：\n"
                + "序号\n省份\n城市\n备注\n1\n河北省\n邢台市\n\n2\n黑龙江省\n伊春市\n原森工林区\n\n3\n江苏省\n连云港市\n\n", "generated");
        assertEquals(List.of("邢台市", "伊春市", "连云港市"), a.roster().stream().map(e -> e.name()).toList());
    }

    @Test
    void aMarkSaidToStandForACountOrMoreGivesNoCount() {
        Announcement a = TestDocuments.parse("四川5地获命名省级双拥模范城（县）\n\n命名成都市等5个市、县为第十届四川省双拥模范城（县）。名单如下：\n"
                + "成都市（连续第十次）、彭州市*、邛崃市、简阳市（第四次）、绵阳市*\n注：标“*”的为连续三届及以上获得命名。\n", "generated");
        assertEquals(List.of("成都市", "彭州市", "邛崃市", "简阳市", "绵阳市"), a.roster().stream().map(e -> e.name()).toList());
        assertEquals(List.of("成都市×10", "简阳市×4"), awardees(a), "the marked names have no count, so no awardee of their own");
    }

    @Test
    void columnsOfThePagesOwnAreNotesWhenARowNumberAndANameColumnHeadTheTable() {
        Announcement a = TestDocuments.parse("关于全国民族团结进步示范区拟命名对象的公示\n\n附：拟命名对象名单\n\n"
                + "序号  名称              类别      层级    备注\n"
                + "1     海北藏族自治州    示范区    州级    2019年获省级示范州\n"
                + "2     海东市互助土族自治县  示范区  县级  第2次申报\n"
                + "3     青海民族大学      示范单位  高校\n\n"
                + "说明：玉树藏族自治州称多县、果洛藏族自治州玛沁县2个县作为培育对象，另行报送，不列入本次命名名单。\n", "generated");
        assertEquals(List.of("海北藏族自治州", "互助土族自治县"), a.roster().stream().map(e -> e.name()).toList(),
                "the places not listed this round are not in the roster");
        assertEquals(List.of(), awardees(a), "第2次申报 counts tries, not namings: no count is given");
    }

    @Test
    void aHeaderWithAColumnOfItsOwnAndNoRowNumberIsNoList() {
        Announcement a = TestDocuments.parse(HEAD + "名称    森林覆盖率    人均公园绿地\n临海市    70.2%    15.6平方米\n"
                + "天台县    78.1%    16.2平方米\n", "generated");
        assertEquals(List.of(), a.roster());
    }

    @Test
    void aParentCellSpanningRowsIsWrittenOnceAndAShortRowIsNotReadAsATrimmedNote() {
        Announcement a = TestDocuments.parse("黑龙江省森林城市拟命名公示\n\n序号\t市（地）\t县（市、区）\t备注\n"
                + "1\t哈尔滨市\t尚志市\t新命名\n2\t五常市\t复查合格\n3\t方正县\t新命名\n4\t齐齐哈尔市\t讷河市\t新命名\n"
                + "5\t克山县\t暂缓命名（整改后复核）\n", "generated");
        assertEquals(List.of("尚志市", "五常市", "方正县", "讷河市"), a.roster().stream().map(e -> e.name()).toList(),
                "a row noted 暂缓命名 is taken, not listed");
    }

    @Test
    void aPrefectureColumnHeaded地级市AndANameColumnHeadedByItsKinds() {
        Announcement a = TestDocuments.parse("自治区双拥模范城（县）拟命名名单\n\n序号\t地级市\t城（县、区）\t命名次数\t备注\n"
                + "1\t银川市\t银川市\t8\t连续\n2\t兴庆区\t3\t连续\n3\t永宁县\t1\t-\n4\t石嘴山市\t平罗县\t2\t-\n", "generated");
        assertEquals(List.of("银川市", "兴庆区", "永宁县", "平罗县"), a.roster().stream().map(e -> e.name()).toList());
        assertEquals(List.of(8, 3, 1, 2), a.awardees().stream().map(w -> w.timesHonored()).toList(),
                "a parent cell spanning rows is written once (a saved page's rowspan); an empty note is -");
    }

    @Test
    void anHonourColumnOfFlagsBesideTheNameColumnSaysWhichRowsHaveIt() {
        Announcement a = TestDocuments.parse("2023年国家卫生县城名单\n\n序号\t州（市）\t县\t国家卫生县城\t国家卫生乡镇\n"
                + "1\t昆明市\t宜良县\t√\t狗街镇\n2\t曲靖市\t陆良县\t√\t马街镇\n3\t曲靖市\t罗平县\t—\t板桥镇\n"
                + "4\t文山州\t砚山县\t√\t—\n", "generated");
        assertEquals(List.of("宜良县", "陆良县", "砚山县"), a.roster().stream().map(e -> e.name()).toList(),
                "罗平县 is listed for its town only; the towns' column holds names, not flags");
    }

    @Test
    void aNoteWordThePageDefinesGivesItsCount() {
        Announcement a = TestDocuments.parse("第五届四川省文明城市名单\n\n| 序号 | 市（州） | 城市 | 获评情况 |\n|---|---|---|---|\n"
                + "| 1 | 德阳市 | 广汉市 | 蝉联 |\n| 2 | 成都市 | 彭州市 | 首次 |\n\n"
                + "说明：“获评情况”中，“蝉联”指连续两届获评，“第N次”含本届。\n", "generated");
        assertEquals(List.of(2, 1), a.awardees().stream().map(w -> w.timesHonored()).toList());
    }

    @Test
    void cellsWrappedAloneOntoTheNextLineOfASpaceAlignedTable() {
        Announcement a = TestDocuments.parse("2025年湖南省卫生县城拟命名名单\n\n"
                + "序号  市州            县                      命名次数   备注\n"
                + " 1    株洲市          茶陵县                     2       连续\n"
                + "11    怀化市          靖州苗族侗族               2       连续\n"
                + "                      自治县\n"
                + "12    湘西土家族      凤凰县                     3\n"
                + "      苗族自治州\n"
                + "13    娄底市          双峰县                     1\n\n湖南省爱国卫生运动委员会办公室\n", "generated");
        assertEquals(List.of("茶陵县", "靖州苗族侗族自治县", "凤凰县", "双峰县"), a.roster().stream().map(e -> e.name()).toList(),
                "a name going on alone on the next line, and a parent cell's rest, which is no row");
        assertEquals(List.of(2, 2, 3, 1), a.awardees().stream().map(w -> w.timesHonored()).toList());
    }

    @Test
    void aNameCellListingTwoPlacesOverTwoLinesGivesBothAndTheRowsAfterIt() {
        String text = HEAD + "全国双拥模范城（县）名单揭晓。\n"
                + "序号\n省 份\n城市名称\n命名次数\n1\n湖 北\n荆门市、\n咸宁市\n2\n2\n广 东\n汕尾市\n3\n";
        Announcement a = TestDocuments.parse(text, "generated");
        assertEquals(List.of("荆门市×2", "咸宁市×2", "汕尾市×3"), awardees(a));
        var second = a.roster().get(1).span();
        assertEquals("咸宁市", text.substring(second.start(), second.end()));
    }

    @Test
    void aNameCellWrappedOverTwoLinesIsOneName() {
        String text = HEAD + "全国双拥模范城（县）名单揭晓。\n"
                + "序号\n省份\n城市名称\n命名次数\n1\n吉林\n吉林市\n6\n2\n吉林\n长白朝鲜族自\n治县\n2\n3\n内蒙古\n包头市\n7\n";
        Announcement a = TestDocuments.parse(text, "generated");
        assertEquals(List.of("吉林市×6", "长白朝鲜族自治县×2", "包头市×7"), awardees(a));
        var wrapped = a.roster().get(1).span();
        assertEquals("长白朝鲜族自\n治县", text.substring(wrapped.start(), wrapped.end()));
    }

    @Test
    void aRowOnOneLineWrappedInsideItsNameCellAndCountsInWords() {
        String text = HEAD + "序号\t名称\t命名次数\n1\t丹东市\t第七次\n2\t清原满族自\n治县\t第五次\n3\t法库县\t首次\n"
                + "4\t兴城市\t三连冠\n";
        Announcement a = TestDocuments.parse(text, "generated");
        assertEquals(List.of("丹东市×7", "清原满族自治县×5", "法库县×1", "兴城市×3"), awardees(a));
        assertEquals(dev.laurel.model.TimesKind.CONSECUTIVE, a.awardees().get(3).timesKind());
        var wrapped = a.roster().get(1).span();
        assertEquals("清原满族自\n治县", text.substring(wrapped.start(), wrapped.end()));
    }

    @Test
    void aColumnOfParentPrefecturesHelpsPlaceTheNamesAndIsNotListed() {
        Announcement a = TestDocuments.parse(HEAD + "名单如下：\n序 号\n地 州 市\n名 称\n命名次数\n1\n克拉玛依市\n白碱滩区\n3\n"
                + "2\n阿克苏地区\n乌什县\n首次\n", "generated");
        assertEquals(List.of("白碱滩区×3", "乌什县×1"), awardees(a));
        assertEquals(List.of("白碱滩区", "乌什县"), a.roster().stream().map(e -> e.name()).toList());
    }

    @Test
    void aTableOfTownsListsNoneOfTheirParentCountiesOrPrefectures() {
        String text = "甘肃省卫生县城、卫生乡镇拟命名名单的公示\n\n附件1\n甘肃省卫生县城拟命名名单\n序　号\n市　州\n县（市、区）\n"
                + "1\n兰州市\n永登县\n2\n白银市\n会宁县\n附件2\n甘肃省卫生乡镇拟命名名单\n序　号\n市　州\n县（市、区）\n乡　镇\n"
                + "1\n兰州市\n皋兰县\n石洞镇\n2\n金昌市\n永昌县\n河西堡镇\n";
        Announcement a = TestDocuments.parse(text, "generated");
        assertEquals(List.of("永登县", "会宁县"), a.roster().stream().map(e -> e.name()).toList());
        Announcement tabs = TestDocuments.parse("卫生乡镇名单\n\n序号\t市州\t县（市、区）\t乡镇\n1\t兰州市\t皋兰县\t石洞镇\n"
                + "2\t金昌市\t永昌县\t河西堡镇\n", "generated");
        assertEquals(List.of(), tabs.roster(), "towns with their tab-separated parents");
    }

    @Test
    void aCountyColumnHeadedWithItsCitiesInBracketsNamesThePlaces() {
        Announcement a = TestDocuments.parse("2024年湖南省森林城市拟命名名单\n\n序号\t市州\t县（市）\t备注\n1\t长沙市\t浏阳市\t\n"
                + "2\t常德市\t津市市\t\n3\t郴州市\t资兴市\t复评\n", "generated");
        assertEquals(List.of("浏阳市", "津市市", "资兴市"), a.roster().stream().map(e -> e.name()).toList());
    }

    @Test
    void aHeadingWithBracketsIsReadAsItIsBeforeItsNoteIsDropped() {
        Announcement a = TestDocuments.parse(HEAD + "序号\t所属地区\t县（市、区）\t命名次数（含本次）\n1\t南宁市\t横州市\t2\n"
                + "2\t柳州市\t柳江区\t1\n", "generated");
        assertEquals(List.of("横州市×2", "柳江区×1"), awardees(a));
    }

    @Test
    void aColumnHeadedByTheHonourListsItsPlacesSeveralToACellAndAFootnoteGivesTheMarkedOnesACount() {
        String text = "国家卫生城市名单公布（摘录）\n\n现将部分省份名单摘录如下：\n省份\t国家卫生城市\n"
                + "福建省\t宁德市*、漳州市\n广西壮族自治区\t百色市※、钦州市\n青海省\t海东市*\n"
                + "注：名称后标*的为首次获评。\n另附：同批命名的国家卫生县城\n省份\t国家卫生县城\n福建省\t永春县、屏南县*\n";
        Announcement a = TestDocuments.parse(text, "generated");
        assertEquals(List.of("宁德市", "漳州市", "百色市", "钦州市", "海东市"),
                a.roster().stream().map(e -> e.name()).toList()); // the second table is another honour's
        var first = a.roster().get(0).span();
        assertEquals("宁德市", text.substring(first.start(), first.end()));
        var second = a.roster().get(1).span();
        assertEquals("漳州市", text.substring(second.start(), second.end()));
        // the footnote gives the names marked * their count; ※ is not explained, so 百色市 has none
        assertEquals(List.of("宁德市×1", "海东市×1"), awardees(a));
    }

    @Test
    void aNoteThatAShuomingDefinesAsAFirstNamingGivesItsRowsACount() {
        String table = "关于命名第四批自治区民族团结进步示范旗县（市区）的决定\n\n序 号\n盟 市\n旗县（市区）\n备 注\n"
                + "1\n呼和浩特市\n土默特左旗\n新命名\n2\n呼伦贝尔市\n鄂温克族自治旗\n复核保留\n3\n锡林郭勒盟\n二连浩特市\n新命名\n\n";
        Announcement a = TestDocuments.parse(table + "说明：“复核保留”指2020年第二批命名、本次复核合格继续保留称号的旗县（市区）；"
                + "“新命名”为本批首次命名。\n", "generated");
        assertEquals(List.of("土默特左旗", "鄂温克族自治旗", "二连浩特市"), a.roster().stream().map(e -> e.name()).toList(),
                "the 盟市 column is the parents'");
        assertEquals(List.of("土默特左旗×1", "二连浩特市×1"), awardees(a));
        assertEquals("自治区民族团结进步示范旗县（市区）", a.honor());
        // without the 说明, 新命名 says no count
        assertEquals(List.of(), awardees(TestDocuments.parse(table, "generated")));
    }

    @Test
    void aStreakColumnOrAStreakNoteMakesTheCountConsecutiveAndAnEmptyLastNoteIsACell() {
        Announcement a = TestDocuments.parse(HEAD + "序号\t市县名称\t所属市\t获命名次数\t是否连续\n1\t宝鸡市\t—\t6\t是\n"
                + "2\t汉中市\t—\t3\t否\n3\t神木市\t榆林市\t首次\t—\n\n序號　省（區）　城市名稱　命名次數　備註\n"
                + "１　河北　承德市　３　\n２　內蒙古　包頭市　５　連續\n", "generated");
        assertEquals(List.of("宝鸡市×6", "汉中市×3", "神木市×1", "承德市×3", "包頭市×5"), awardees(a));
        assertEquals(List.of(dev.laurel.model.TimesKind.CONSECUTIVE, dev.laurel.model.TimesKind.TOTAL,
                dev.laurel.model.TimesKind.TOTAL, dev.laurel.model.TimesKind.TOTAL, dev.laurel.model.TimesKind.CONSECUTIVE),
                a.awardees().stream().map(w -> w.timesKind()).toList());
    }

    @Test
    void aGroupHeadStatingACountGivesItToItsPlaces() {
        Announcement a = TestDocuments.parse("我省14地获评全国双拥模范城（县）\n\n具体名单如下：\n一、连续七次获得命名的城市（2个）：成都市、绵阳市\n"
                + "二、第二次获得命名的城市（县）（2个）：南充市、西昌市\n三、首次获得命名的城市（县）（1个）：蒲江县\n", "generated");
        assertEquals(List.of("成都市×7", "绵阳市×7", "南充市×2", "西昌市×2", "蒲江县×1"), awardees(a));
        assertEquals(dev.laurel.model.TimesKind.CONSECUTIVE, a.awardees().get(0).timesKind());
        assertTrue(a.awardees().stream().allMatch(w -> w.metrics().isEmpty()));
    }

    @Test
    void aGroupHeadOnItsOwnLineGivesTheListUnderItItsCountAndAWithheldGroupIsNoRoster() {
        Announcement a = TestDocuments.parse("关于国家森林城市复查和新命名情况的通报\n\n现将有关情况通报如下：\n"
                + "一、通过复查、继续保留“国家森林城市”称号的城市（2个）\n广州市、长沙市\n二、首次获得命名的城市（2个）\n株洲市、南阳市\n"
                + "三、限期整改的城市（2个）\n鞍山市、抚顺市\n", "generated");
        assertEquals(List.of("广州市", "长沙市", "株洲市", "南阳市"), a.roster().stream().map(e -> e.name()).toList());
        assertEquals(List.of("株洲市×1", "南阳市×1"), awardees(a).stream().filter(s -> !s.endsWith("null")).toList());
    }

    @Test
    void anUnnumberedGroupHeadEndingInItsSizeOrColonGivesTheListUnderItItsCount() {
        Announcement a = TestDocuments.parse("广东命名新一届双拥模范城（县）\n\n日前命名新一届广东省双拥模范城（县）31个。"
                + "按获得命名的次数，名单分为以下几类：\n\n连续八次获得命名的城市（3个）：\n广州市、深圳市、湛江市\n\n"
                + "第二次获得命名的县（市、区）（2个）\n新兴县、博罗县\n\n首次获得命名的县：\n饶平县、南澳县\n", "generated");
        assertEquals(List.of("广州市×8", "深圳市×8", "湛江市×8", "新兴县×2", "博罗县×2", "饶平县×1", "南澳县×1"), awardees(a));
        Announcement sentence = TestDocuments.parse("广东命名新一届双拥模范城（县）\n\n日前命名新一届广东省双拥模范城（县）31个。\n\n"
                + "连续八次获得命名的城市有广州市等地\n广州市、深圳市、湛江市\n", "generated");
        assertTrue(sentence.awardees().stream().allMatch(w -> w.timesHonored() == null), sentence.awardees().toString());
    }

    @Test
    void aNoteOnTheBlankCellsOfTheNoteColumnCountsTheRowsLeftBlank() {
        Announcement a = TestDocuments.parse("国家园林城市名单公布\n\n附：名单\n序号\t省份\t城市\t备注\n1\t江苏省\t常州市\t通过复查\n"
                + "2\t江苏省\t镇江市\t\n3\t浙江省\t湖州市\t\n\n说明：备注栏为空的，为本次首次授予“国家园林城市”称号的城市。\n", "generated");
        assertEquals(List.of("常州市", "镇江市", "湖州市"), a.roster().stream().map(e -> e.name()).toList());
        assertEquals(List.of("镇江市×1", "湖州市×1"), awardees(a), "the row noted 通过复查 keeps no count");
    }

    @Test
    void aCountCellMarkedForAFootnoteKeepsItsCountAndTheFootnoteSaysWhetherItIsAStreak() {
        String table = "序号\t地区\t名称\t次数\n1\t宝鸡市\t宝鸡市\t7*\n2\t宝鸡市\t凤翔区\t2\n3\t咸阳市\t礼泉县\t3*\n";
        Announcement a = TestDocuments.parse("陕西省双拥模范城（县）名单\n\n" + table
                + "\n说明：“次数”为含本届在内累计获得命名的次数，标“*”的为连续获得命名。\n", "generated");
        assertEquals(List.of("宝鸡市×7", "凤翔区×2", "礼泉县×3"), awardees(a));
        assertEquals(List.of(dev.laurel.model.TimesKind.CONSECUTIVE, dev.laurel.model.TimesKind.TOTAL,
                dev.laurel.model.TimesKind.CONSECUTIVE), a.awardees().stream().map(w -> w.timesKind()).toList());
        Announcement unexplained = TestDocuments.parse("陕西省双拥模范城（县）名单\n\n" + table, "generated");
        assertEquals(List.of("宝鸡市×7", "凤翔区×2", "礼泉县×3"), awardees(unexplained));
        assertTrue(unexplained.awardees().stream().allMatch(w -> w.timesKind() == dev.laurel.model.TimesKind.TOTAL));
    }

    @Test
    void aRowWithItsParentCellSpannedAndItsNoteCellEmptyIsRead() {
        Announcement a = TestDocuments.parse("江西省双拥模范城（县）名单\n\n序号\t设区市\t城（县）名称\t命名次数\t备注\n"
                + "1\t南昌市\t南昌市\t第8次\t连续\n2\t\t南昌县\t第4次\t连续\n3\t\t进贤县\t第2次\t\n4\t九江市\t瑞昌市\t第3次\t\n"
                + "5\t\t共青城市\t首次\t\n", "generated");
        assertEquals(List.of("南昌市×8", "南昌县×4", "进贤县×2", "瑞昌市×3", "共青城市×1"), awardees(a));
    }

    @Test
    void aSheetSavedAsCommaSeparatedValuesIsATable() {
        Announcement a = TestDocuments.parse("\"2026年全国双拥模范城（县）命名名单（云南省）\",,,,,\n序号,州（市）,名称,命名次数,是否连续,备注\n"
                + "1,昆明市,昆明市,第8次,是,\n2,保山市,\"腾冲市\",第4次,是,\"沿边口岸城市,驻军较多\"\n3,保山市,隆阳区,首次,,\n"
                + ",,,,,\n合计,,3个,,,\n", "generated");
        assertEquals(List.of("昆明市×8", "腾冲市×4", "隆阳区×1"), awardees(a));
        assertEquals(dev.laurel.model.TimesKind.CONSECUTIVE, a.awardees().get(1).timesKind());
        assertEquals(List.of(), Scoring.spanProblems(a, "\"2026年全国双拥模范城（县）命名名单（云南省）\",,,,,\n序号,州（市）,名称,命名次数,是否连续,备注\n"
                + "1,昆明市,昆明市,第8次,是,\n2,保山市,\"腾冲市\",第4次,是,\"沿边口岸城市,驻军较多\"\n3,保山市,隆阳区,首次,,\n"
                + ",,,,,\n合计,,3个,,,\n"), "a quoted name's span holds the name, not its quotes");
    }

    @ParameterizedTest
    @ValueSource(strings = {"霞浦县 , 是全国双拥模范县 , 全县建成 , 12个服务站", "累计投入2亿元，建成公园12个，绿化率45%"})
    void runningTextIsNoCommaSeparatedRow(String line) {
        assertFalse(TableCells.isCsv(line), line);
    }

    @Test
    void rowsAcrossATableHeadTheGroupsOfItsRows() {
        Announcement a = TestDocuments.parse("国家园林城市名单\n\n序号\t省份\t城市\t备注\n一、新命名国家园林城市（2个）\n"
                + "1\t河北省\t沧州市\t首次命名\n2\t\t衡水市\t首次命名\n二、连续第二次获得命名的城市（1个）\n1\t浙江省\t丽水市\t\n"
                + "三、暂缓确认（限期一年整改）\n1\t湖南省\t永州市\t复查不达标\n", "generated");
        assertEquals(List.of("沧州市", "衡水市", "丽水市"), a.roster().stream().map(e -> e.name()).toList());
        assertEquals(List.of("沧州市×1", "衡水市×1", "丽水市×2"), awardees(a));
    }

    @Test
    void aNameWrappedUnderASpannedParentBesideAWrappedNoteIsJoined() {
        Announcement a = TestDocuments.parse("河北省森林城市拟命名名单\n\n序号  设区市      县（市、区）            类型        备注\n"
                + " 1    承德市      宽城满族自治县          复查确认    2021年命名\n"
                + " 2                围场满族蒙古族自治      新命名      国有林场面积\n"
                + "                  县                                  占比较大\n"
                + " 3    张家口市    崇礼区                  复查确认    2021年命名\n", "generated");
        assertEquals(List.of("宽城满族自治县", "围场满族蒙古族自治县", "崇礼区"), a.roster().stream().map(e -> e.name()).toList());
        assertEquals(List.of(), Scoring.spanProblems(a, "河北省森林城市拟命名名单\n\n序号  设区市      县（市、区）            类型        备注\n"
                + " 1    承德市      宽城满族自治县          复查确认    2021年命名\n"
                + " 2                围场满族蒙古族自治      新命名      国有林场面积\n"
                + "                  县                                  占比较大\n"
                + " 3    张家口市    崇礼区                  复查确认    2021年命名\n"));
    }

    @Test
    void aNoteDefinedForThePlacesItMarksGivesTheirCount() {
        Announcement a = TestDocuments.parse("河北省森林城市拟命名名单\n\n序号\t设区市\t县（市、区）\t类型\n1\t承德市\t平泉市\t新命名\n"
                + "2\t承德市\t兴隆县\t复查确认\n\n说明：类型为“新命名”的县（市、区）均为首次获得命名。\n", "generated");
        assertEquals(List.of("平泉市×1"), awardees(a).stream().filter(s -> !s.endsWith("null")).toList());
    }

    @Test
    void aProvinceCellWrappedOverTwoLinesInATableOfOneCellPerLine() {
        Announcement a = TestDocuments.parse("国家森林城市名单\n\n序号\n省份\n城市\n1\n湖南省\n怀化市\n2\n广西壮族\n自治区\n贺州市\n3\n"
                + "贵州省\n黔东南苗族侗族\n自治州\n4\n新疆维吾尔\n自治区\n昌吉回族\n自治州\n", "generated");
        assertEquals(List.of("怀化市", "贺州市", "黔东南苗族侗族自治州", "昌吉回族自治州"),
                a.roster().stream().map(e -> e.name()).toList());
        assertEquals(List.of(), a.awardees(), "no sections");
    }

    @Test
    void aNoteCellWhoseBracketClosesOnTheNextLineIsOneCell() {
        Announcement a = TestDocuments.parse("2025年山西省卫生县城拟命名和通过复审名单\n\n序号\n设区市\n县（市）\n类别\n1\n太原市\n清徐县\n拟命名\n"
                + "2\n朔州市\n怀仁市\n通过复审（继续保\n留称号）\n3\n晋中市\n介休市\n通过复审（继续保\n留称号）\n4\n运城市\n永济市\n拟命名\n",
                "generated");
        assertEquals(List.of("清徐县", "怀仁市", "介休市", "永济市"), a.roster().stream().map(e -> e.name()).toList());
    }

    @Test
    void districtsSharingANameAreNamedWithTheirCities() {
        Announcement a = TestDocuments.parse("国家卫生城市（区）评审结果的公告\n\n序号\t省（区、市）\t城市（区）\t类别\n1\t山东省\t济南市市中区\t新命名\n"
                + "2\t山东省\t枣庄市市中区\t复审确认\n3\t江苏省\t连云港市海州区\t新命名\n", "generated");
        assertEquals(List.of("济南市市中区", "枣庄市市中区", "连云港市海州区"), a.roster().stream().map(e -> e.name()).toList());
        assertEquals(List.of("370103", "370402", "320706"), a.roster().stream().map(e -> e.regionCode()).toList());
    }

    @Test
    void aNoticesAddresseesAreNoRoster() {
        Announcement a = TestDocuments.parse("关于命名2024年河北省卫生县城的通知\n\n各设区市、定州市、辛集市爱卫办，雄安新区爱卫办：\n\n"
                + "经综合评审，决定命名平山县等2个县为河北省卫生县城。\n\n序号\t设区市\t县（市）\t类别\n1\t石家庄市\t平山县\t新命名\n"
                + "2\t\t正定县\t复查确认\n", "generated");
        assertEquals(List.of("平山县", "正定县"), a.roster().stream().map(e -> e.name()).toList());
    }

    @Test
    void aDistrictNamedLikeACommonNounIsAPlaceAfterItsCityAndASentenceAboveTheTableIsNoHead() {
        Announcement a = TestDocuments.parse("国家卫生城市（区）评审结果的公告\n\n以下城市（区）达到国家卫生城市（区）标准，现予以公告。\n\n"
                + "另有佳木斯市郊区因病媒生物防制等项目未达标准，暂缓命名，整改后另行评估。\n\n序号\t省（区、市）\t城市（区）\t类别\n\n"
                + "1\t山西省\t阳泉市城区\t新命名\n\n2\t安徽省\t铜陵市郊区\t新命名\n\n3\t湖北省\t武汉市青山区\t新命名\n", "generated");
        assertEquals(List.of("阳泉市城区", "铜陵市郊区", "武汉市青山区"), a.roster().stream().map(e -> e.name()).toList());
    }

    @Test
    void cellsOnOneLineSplitByTabsOrSpaces() {
        Announcement a = TestDocuments.parse("国家生态文明建设示范区名单\n\n序号    名称    所属省份\n"
                + "1\t南平市\t福建\n2    黄山市    安徽\n3\t恩施土家族苗族自治州\t湖北\n\n据介绍，示范区是重要载体。\n",
                "generated");
        assertEquals(List.of("南平市", "黄山市", "恩施土家族苗族自治州"),
                a.roster().stream().map(e -> e.name()).toList());
        assertEquals(List.of(), a.awardees(), "no count column, no deeds: the roster holds them");
    }

    @Test
    void aRowWhoseNameCellIsNoPlaceEndsTheTable() {
        Announcement a = TestDocuments.parse(HEAD + "序号\t名称\t次数\n1\t南平市\t3\n2\t南平市退役军人事务局\t2\n",
                "generated");
        assertEquals(List.of("南平市×3"), awardees(a));
    }

    @Test
    void aRegionColumnIsTheNameWhenNoOtherHeadingNamesThePlace() {
        Announcement a = TestDocuments.parse(HEAD + "序号\t省份\t地区\t次数\n1\t北京市\t延庆区\t2\n2\t河北省\t兴隆县\t1\n",
                "generated");
        assertEquals(List.of("延庆区×2", "兴隆县×1"), awardees(a));
    }

    @Test
    void aRegionColumnBesideANameColumnIsTheParent() {
        assertEquals(List.of("index", "province", "name", "count"),
                TableHeaders.resolve(List.of("index", "place", "name", "count")));
        assertEquals(List.of("index", "province", "name", "note"),
                TableHeaders.resolve(List.of("index", "province", "name", "place")));
        assertEquals(null, TableHeaders.resolve(List.of("index", "province", "province")));
    }

    @Test
    void aParentColumnWithDashesForCitiesThatHaveNone() {
        Announcement a = TestDocuments.parse(HEAD + "名单如下：\n序 号\n名\u3000称\n所属盟市\n次 数\n1\n包头市\n—\n9\n"
                + "2\n土默特左旗\n呼和浩特市\n4\n3\n额济纳旗\n阿拉善盟\n5\n", "generated");
        assertEquals(List.of("包头市×9", "土默特左旗×4", "额济纳旗×5"), awardees(a));
    }

    @Test
    void aTableUnderALineNamingOnlyAnotherHonourIsNotThisHonoursList() {
        Announcement a = TestDocuments.parse("关于第八批国家生态文明建设示范区拟命名名单的公示\n\n"
                + "附件1：第八批国家生态文明建设示范区拟命名名单\n\n序号\t省份\t地区\n1\t北京市\t延庆区\n2\t河北省\t兴隆县\n\n"
                + "附件2：第八批“绿水青山就是金山银山”实践创新基地拟命名名单\n\n序号\t省份\t地区\n1\t浙江省\t安吉县\n",
                "generated");
        assertEquals(List.of("延庆区", "兴隆县"), a.roster().stream().map(e -> e.name()).toList(),
                "the second header is no row of the first table (its index cell is no number), and its list is another title's");
    }

    @Test
    void cellsSplitByBarsAndAMarkdownRule() {
        Announcement a = TestDocuments.parse(HEAD + "序号 | 省份 | 城市（县、区） | 命名次数\n1 | 内蒙古自治区 | 鄂尔多斯市 | 第五次\n"
                + "2 | 广西壮族自治区 | 凭祥市 | 首次\n\n| 序号 | 名称 | 次数 |\n|---|:---:|---|\n| 3 | 西昌市 | 3 |\n", "generated");
        assertEquals(List.of("鄂尔多斯市×5", "凭祥市×1", "西昌市×3"), awardees(a));
    }

    @Test
    void aRowWithoutItsProvinceCellTakesTheOneAboveAsARowspanDoes() {
        Announcement a = TestDocuments.parse(HEAD + "序号\t省（区）\t城市名称\t次数\n1\t吉林省\t通化市\t2\n2\t延吉市\t1\n"
                + "3\t黑龙江省\t伊春市\t3\n", "generated");
        assertEquals(List.of("通化市×2", "延吉市×1", "伊春市×3"), awardees(a));
        assertEquals("吉林省", a.awardees().get(1).province());
    }

    @Test
    void aMergedProvinceCellOfATableFlattenedOneCellPerLineIsWrittenOnce() {
        Announcement a = TestDocuments.parse(HEAD + "序号\n所在省区\n城市名称\n启动创建年份\n1\n广西\n梧州市\n2019\n2\n百色市\n2020\n"
                + "3\n海南\n儋州市\n2019\n", "generated");
        assertEquals(List.of("梧州市", "百色市", "儋州市"), a.roster().stream().map(e -> e.name()).toList());
        assertEquals("广西壮族自治区", a.roster().get(1).province());
    }

    @Test
    void aNoteUnderTheListGivesEveryPlaceItsCount() {
        Announcement a = TestDocuments.parse(HEAD + "序号\t名称\n1\t梧州市\n2\t百色市\n\n注：以上城市均为首次获得“国家森林城市”称号，排名不分先后。\n",
                "generated");
        assertEquals(List.of("梧州市×1", "百色市×1"), awardees(a));
    }

    @Test
    void everyHeadingHasAKnownRole() {
        Set<String> roles = Set.of("index", "province", "name", "count", "note", "place", "applicant", "streak", "unit",
                "figures", "honour", "owner");
        for (String word : TableHeaders.HEADINGS.words()) {
            assertTrue(roles.contains(TableHeaders.HEADINGS.tag(word)), word + " has role " + TableHeaders.HEADINGS.tag(word));
            assertEquals(word, dev.laurel.text.TraditionalToSimplified.toSimplified(word), "headings are simplified");
            assertTrue(word.chars().noneMatch(Character::isWhitespace), word);
        }
    }

    @Test
    void anEditionColumnIsANoteNotACount() {
        Announcement a = TestDocuments.parse("关于全国文明城市复查拟确认保留荣誉称号城市名单的公示\n\n"
                + "序号    省份      城市        届次\n 1      河北      廊坊市      第四届\n 2      吉林      长春市      第二届\n"
                + "注：“届次”指该城市首次被评为全国文明城市的届别。\n", "generated");
        assertEquals(List.of("廊坊市", "长春市"), a.roster().stream().map(e -> e.name()).toList());
        assertEquals(List.of(), awardees(a)); // 第四届 is when it was first named, no count
    }

    @Test
    void aNoteCellThatIsACountGivesTheCount() {
        Announcement a = TestDocuments.parse(HEAD + "安徽省双拥模范城（县）名单\n"
                + "序号\t所属市\t名称\t备注\n1\t合肥市\t合肥市\t连续七届\n2\t合肥市\t肥西县\t第三次\n3\t芜湖市\t南陵县\t\n"
                + "4\t蚌埠市\t怀远县\t2019年起创建\n", "generated");
        assertEquals(List.of("合肥市×7", "肥西县×3"), awardees(a));
        assertEquals(4, a.roster().size());
    }

    @Test
    void aTableWithAProvinceAndAPrefectureColumn() {
        Announcement a = TestDocuments.parse("全国卫生县城名单\n\n序号,省份,所属地市,县城名称,命名类型,备注\n1,河北省,石家庄市,正定县,新命名,\n"
                + "2,河北省,邯郸市,涉县,复审确认,2017年首次命名\n3,湖南省,湘西土家族苗族自治州,凤凰县,暂缓确认,\"限期6个月整改,整改后再行复审\"\n"
                + "4,山西省,晋城市,阳城县,新命名,\n", "generated");
        assertEquals(List.of("正定县", "涉县", "阳城县"), a.roster().stream().map(e -> e.name()).toList(),
                "the prefecture is a parent like the province; 暂缓确认 is not listed");
    }

    @Test
    void aTablePrintedTwoUpOverAPageBreak() {
        Announcement a = TestDocuments.parse("福建省获命名全国双拥模范城（县）名单\n\n序号  名　称      命名次数      序号  名　称      命名次数\n"
                + "1     福州市      连续第九次    4     晋江市      第六次\n2     厦门市      连续第十次    5     石狮市      连续第四次\n\n"
                + "— 2 —\n\n序号  名　称      命名次数      序号  名　称      命名次数\n3     漳州市      第七次        6     东山县      首次\n\n"
                + "注：“连续”指自首次命名以来未曾间断。\n", "generated");
        assertEquals(List.of("福州市×9", "晋江市×6", "厦门市×10", "石狮市×4", "漳州市×7", "东山县×1"), awardees(a));
    }

    @Test
    void aTotalRowIsNeitherAPlaceNorAFigure() {
        Announcement a = TestDocuments.parse("河北省森林城市拟认定名单公示\n\n拟认定平山县等2个县为“河北省森林城市”，赞皇县等2个县通过复查，"
                + "拟继续保留“河北省森林城市”称号。\n\n序号\t设区市\t县（市、区）\t类别\n1\t石家庄市\t平山县\t新认定\n"
                + "2\t石家庄市\t赞皇县\t复查\n\t\t\t\t\n合计\t\t2\t\t新认定1个，复查1个\n", "generated");
        assertEquals(List.of("平山县", "赞皇县"), a.roster().stream().map(e -> e.name()).toList());
        assertTrue(a.awardees().stream().allMatch(w -> w.metrics().isEmpty()), a.awardees().toString());
    }

    @Test
    void rowsOfAPdfTableAreToldApartByTheirNumbersWhateverTheirLines() {
        // cells one to a line or several to a line, a heading wrapped over two lines, a parent's cell printed once for
        // two rows, a count equal to the next row's number, the page's furniture and the header again between rows
        String text = "关于命名第九届江西省双拥模范城（县）的决定\n\n附件\n序号\n所属市\n（州）\n名称\n命名\n次数\n"
                + "1\n南昌市\n进贤县\n2\n2 九江市\n瑞昌市 4\n3\n赣州市 瑞金市\n首次\n4\n赣州市\n"
                + "南康区\n3\n5\n龙南市 2\n— 7 —\n序号\n所属市\n（州）\n名称\n命名\n次数\n6 吉安市 井冈山市 5\n"
                + "注：命名次数含本届。\n";
        Announcement a = TestDocuments.parse(text, "generated");
        assertEquals(List.of("进贤县×2", "瑞昌市×4", "瑞金市×1", "南康区×3", "龙南市×2", "井冈山市×5"), awardees(a));
        var span = a.roster().get(1).span();
        assertEquals("瑞昌市", text.substring(span.start(), span.end()));
    }

    @Test
    void aCountyPrintedUnderItsPrefectureInOneCellIsTheRowsName() {
        Announcement a = TestDocuments.parse("关于授予延安市等4地“陕西省森林城市”称号的决定\n\n序 号\n地 区\n类 别\n次 数\n"
                + "1\n延安市\n设区市\n首次\n2\n榆林市\n佳县\n县（市、区）\n第2次\n3\n渭南市\n华阴市\n县（市、区）\n首次\n"
                + "4\n铜川市\n宜君县\n县（市、区）\n第3次\n", "generated");
        assertEquals(List.of("延安市×1", "佳县×2", "华阴市×1", "宜君县×3"), awardees(a));
    }

    @Test
    void provinceAndKindCellsWrappedOverTwoLinesBetweenRowNumbers() {
        Announcement a = TestDocuments.parse("关于命名国家卫生城市（区）的决定\n\n附件\n\n序号\n省（区、市）\n城市（区）\n类别\n"
                + "1\n河北省\n沧州市\n首次\n命名\n2\n山西省\n晋中市\n复审\n确认\n3\n内蒙古自\n治区\n通辽市\n首次\n命名\n"
                + "4\n黑龙江省\n佳木斯市\n首次\n命名\n", "generated");
        assertEquals(List.of("沧州市", "晋中市", "通辽市", "佳木斯市"), a.roster().stream().map(e -> e.name()).toList());
        assertEquals(List.of("沧州市×1", "通辽市×1", "佳木斯市×1"), awardees(a), "复审 / 确认 is no count");
    }

    @Test
    void headingsOfThePagesOwnAfterTheNameAndTheirFigureCellsInATableReadByRowNumbers() {
        Announcement a = TestDocuments.parse("关于命名2026年度贵州省园林县城的通知\n\n附件\n\n主要指标情况表\n\n序号\n县城\n所属市\n（州）\n"
                + "建成区绿化\n覆盖率\n建成区\n绿地率\n城区人均公园绿地\n面积（平方米）\n1\n湄潭县\n遵义市\n43.6%\n39.8%\n15.2\n"
                + "2\n荔波县\n黔南布依族苗\n族自治州\n45.9%\n41.3%\n16.7\n", "generated");
        assertEquals(List.of("湄潭县", "荔波县"), a.roster().stream().map(e -> e.name()).toList(), "建成区 is no place");
        assertEquals(List.of("湄潭县[43.6%, 39.8%, 15.2平方米]", "荔波县[45.9%, 41.3%, 16.7平方米]"), figures(a),
                "a bare 15.2 under the last heading, 面积（平方米）, has its unit");
    }

    private static List<String> figures(Announcement a) {
        return a.awardees().stream().map(w -> w.name() + w.metrics().stream()
                .map(m -> m.text() + (m.text().endsWith(m.unit()) ? "" : m.unit())).toList()).toList();
    }

    @Test
    void aBareNumberTakesTheUnitOnlyWhenItsColumnIsSure() {
        String head = "关于命名2026年度山东省园林县城的通知\n\n附件\n\n主要指标情况表\n\n序号\n县城\n建成区\n绿地率\n"
                + "城区人均公园绿地\n面积（平方米）\n";
        Announcement whole = TestDocuments.parse(head + "1\n沂水县\n38.2%\n14.6\n2\n莒县\n37.4%\n13.9\n", "generated");
        assertEquals(List.of("沂水县[38.2%, 14.6平方米]", "莒县[37.4%, 13.9平方米]"), figures(whole));
        // 莒县's last cell is empty: the last numbers may stand in different columns, and none is read
        Announcement gap = TestDocuments.parse(head + "1\n沂水县\n38.2%\n14.6\n2\n莒县\n37.4\n3\n蒙阴县\n36.1%\n12.8\n",
                "generated");
        assertTrue(gap.awardees().stream().flatMap(w -> w.metrics().stream()).noneMatch(m -> "平方米".equals(m.unit())),
                figures(gap).toString());
    }

    @Test
    void aTableAlignedBySpacesIsReadByWhereItsCellsStandSoBlankCellsKeepTheColumns() {
        Announcement a = TestDocuments.parse("关于2026年拟命名国家森林城市的公示\n\n附件：拟命名城市名单及主要指标\n\n"
                + "序号      省份          城市          森林覆盖率（%）    2021年森林覆盖率（%）    人均公园绿地面积（平方米）    造林投入（万元）    备注\n"
                + "1         山西省        长治市        41.25              39.8                     14.2                          98600\n"
                + "2         吉林省        通化市        72.31                                                                     45200               山区城市\n"
                + "3         江苏省        淮安市        25.6               24.1                     15.8\n"
                + "合计（平均）                          46.39                                       15.0                          143800\n", "generated");
        assertEquals(List.of("长治市[41.25%, 14.2平方米, 98600元]", "通化市[72.31%, 45200元]", "淮安市[25.6%, 15.8平方米]"), figures(a),
                "each number under its own heading; the 2021 column is an earlier year's");
        assertEquals(986_000_000L, a.awardees().get(0).metrics().get(2).value().longValueExact(), "万元 read as 元");
    }

    @Test
    void twoTablesSideBySideKeepTheirColumnsWhereTheLeftNoteIsBlank() {
        Announcement a = TestDocuments.parse("全国双拥模范城（县）名单\n\n"
                + "序号     名称                  备注          序号     名称                   备注\n"
                + "1        山西省晋中市平遥县    连续第3次     2        辽宁省大连市庄河市\n"
                + "3        湖北省黄冈市红安县                  4        湖南省湘潭市韶山市     第2次\n", "generated");
        assertEquals(List.of("平遥县×3", "庄河市×null", "红安县×null", "韶山市×2"), a.roster().stream()
                .map(e -> e.name() + "×" + a.awardees().stream().filter(w -> w.name().equals(e.name()))
                        .map(w -> String.valueOf(w.timesHonored())).findFirst().orElse("null")).toList());
    }

    @Test
    void aNoteColumnsHeadingInBracketsGivesItsBareNumbersTheirUnit() {
        Announcement a = TestDocuments.parse("关于第三批江西省全域旅游示范区拟认定名单的公示\n\n序号　　申报单位　　推荐单位　　验收得分（分）\n"
                + "1　　婺源县　　上饶市文化和旅游局　　94.2\n2　　铅山县　　上饶市文化和旅游局　　90.6\n", "generated");
        assertEquals(List.of("婺源县[94.2分]", "铅山县[90.6分]"), figures(a));
        assertEquals("验收得分", a.awardees().get(0).metrics().get(0).label());
        Announcement rounds = TestDocuments.parse("关于第三批江西省全域旅游示范区拟认定名单的公示\n\n序号　　申报单位　　推荐单位　　批次（批）\n"
                + "1　　婺源县　　上饶市文化和旅游局　　3\n2　　铅山县　　上饶市文化和旅游局　　3\n", "generated");
        assertTrue(rounds.awardees().stream().allMatch(w -> w.metrics().isEmpty()), "a column of rounds holds no deeds");
    }

    @Test
    void aTableOneCellPerLineReadsQualifiedNumbersAndEndsBeforeItsRowsToCompareWith() {
        Announcement a = TestDocuments.parse("浙江省林业局关于2024年度浙江省森林城市拟命名名单的公示\n\n浙江省森林城市拟命名名单及主要指标\n"
                + "序号\n设区市\n县（市、区）\n森林覆盖率（%）\n新增造林面积（亩）\n"
                + "1\n杭州市\n淳安县\n78.6\n12600\n2\n温州市\n文成县\n71.4\n约9800\n3\n丽水市\n遂昌县\n83.5\n8000以上\n"
                + "全省平均\n—\n61.2\n—\n评价标准\n—\n≥60\n—\n", "generated");
        assertEquals(List.of("淳安县[78.6%, 12600亩]", "文成县[71.4%, 9800亩]", "遂昌县[83.5%, 8000亩]"), figures(a));
        assertEquals(List.of("exact", "approx", "more-than"), a.awardees().stream().map(w -> w.metrics().get(1).qualifier().id()).toList());
    }

    @Test
    void aHeadingEndingInAScoreWordGivesItsColumnTheUnitAndARowPutOffIsNoAwardee() {
        Announcement a = TestDocuments.parse("2027年度山西省森林城市评估结果公布\n\n晋城市、长治市综合得分位列前二，被命名为“山西省森林城市”。\n\n"
                + "排名\n城市\n综合得分\n森林覆盖率（%）\n1\n晋城市\n92.5\n41.3\n2\n长治市\n89.6\n35.2\n3\n忻州市\n82.4\n30.8\n\n"
                + "忻州市因综合得分未达85分，暂缓命名。\n", "generated");
        assertEquals(List.of("晋城市[92.5分, 41.3%]", "长治市[89.6分, 35.2%]"), figures(a));
        assertEquals("综合得分", a.awardees().get(0).metrics().get(0).label());
        assertTrue(a.issues().stream().anyMatch(d -> d.kind() == dev.laurel.model.DiagnosticKind.NOT_HONOURED
                && "忻州市".equals(d.awardee())), a.issues().toString());
    }

    @Test
    void anApplicantColumnNamesThePlaceWhenNoOtherColumnDoes() {
        Announcement a = TestDocuments.parse("关于第十一批全国民族团结进步示范区拟命名对象的公示\n\n附件：拟命名对象名单\n\n"
                + "序号\t申报单位\t推荐单位\n1\t内蒙古自治区通辽市\t内蒙古自治区民族事务委员会\n2\t云南省普洱市\t云南省民族宗教事务委员会\n", "generated");
        assertEquals(List.of("通辽市", "普洱市"), a.roster().stream().map(e -> e.name()).toList());
    }

    @Test
    void aNameMarkedForAReviewIsNotAmongTheRestANoteCountsAsFirstTimers() {
        Announcement a = TestDocuments.parse("关于命名河北省卫生城市（县城）的通报\n\n一、河北省卫生城市\n衡水市*、迁安市、黄骅市\n\n"
                + "注：名称后标注“*”的为经复审确认继续保留称号的城市（县城），其余均为首次命名。\n", "generated");
        assertEquals(List.of("衡水市", "迁安市", "黄骅市"), a.roster().stream().map(e -> e.name()).toList());
        assertEquals(List.of("迁安市×1", "黄骅市×1"), awardees(a));
    }

    @Test
    void aFiguresColumnGivesEachRowsPlaceItsFigures() {
        Announcement a = TestDocuments.parse("2027年江西省森林城市名单\n\n序号\t名称\t次数\t主要指标\n"
                + "1\t井冈山市\t连续第三次\t森林覆盖率86.2%；城区人均公园绿地面积16.4平方米\n2\t婺源县\t首次\t森林覆盖率82.6%\n"
                + "3\t安福县\t第二次\t\n", "generated");
        assertEquals(List.of("井冈山市×3", "婺源县×1", "安福县×2"), awardees(a));
        assertEquals(List.of("86.2%", "16.4平方米"), a.awardees().get(0).metrics().stream().map(m -> m.text()).toList());
        assertEquals("森林覆盖率", a.awardees().get(0).metrics().get(0).label());
        assertEquals(List.of("82.6%"), a.awardees().get(1).metrics().stream().map(m -> m.text()).toList());
        assertTrue(a.issues().stream().noneMatch(d -> d.kind() == dev.laurel.model.DiagnosticKind.TRUNCATED_SECTION)
                && a.awardees().stream().flatMap(w -> w.issues().stream())
                .noneMatch(d -> d.kind() == dev.laurel.model.DiagnosticKind.TRUNCATED_SECTION), "a cell ends no sentence");
    }

    @Test
    void aTableOfSeveralHonoursListsOnlyTheRowsOfTheDocumentsHonour() {
        Announcement a = TestDocuments.parse("霍山县、舒城县获评国家卫生县城｜2026年六安市获评荣誉一览\n\n"
                + "12月，全国爱卫会命名新一批国家卫生县城，我市霍山县、舒城县上榜。年终岁末，今年我市获得的荣誉一览如下：\n\n"
                + "序号\n荣誉名称\n获评地区\n获评情况\n1\n国家卫生县城\n霍山县\n首次\n2\n国家卫生县城\n舒城县\n第二次\n"
                + "3\n全国双拥模范城\n六安市\n连续第三次\n4\n安徽省双拥模范县\n金寨县\n连续第五次\n", "generated");
        assertEquals(List.of("霍山县", "舒城县"), a.roster().stream().map(e -> e.name()).toList());
        assertEquals(List.of("霍山县1", "舒城县2"), a.awardees().stream().map(w -> w.name() + w.timesHonored()).toList());
        assertEquals(2, a.issues().stream().filter(d -> d.kind() == dev.laurel.model.DiagnosticKind.NOT_HONOURED).count(),
                a.issues().toString());
    }

    @Test
    void aTableOfThePlacesFiguresUnderAPlaceHeadingGivesEachRowsFiguresToItsPlace() {
        Announcement a = TestDocuments.parse("牡丹江3县（市）同获省级卫生城市（县城）称号\n\n日前，黑龙江省爱国卫生运动委员会印发通报，"
                + "命名海林市、宁安市为省级卫生城市，林口县为省级卫生县城。\n\n"
                + "地区      投入资金（万元）  新增绿地（公顷）  生活垃圾无害化处理率（%）\n"
                + "海林市    46800             128               100\n"
                + "宁安市    39200             96                100\n"
                + "林口县    18900             52                97.2\n"
                + "合计      104900            276               —\n", "generated");
        assertEquals(List.of("海林市[46800, 128, 100]", "宁安市[39200, 96, 100]", "林口县[18900, 52, 97.2]"),
                a.awardees().stream().map(w -> w.name() + w.metrics().stream().map(m -> m.text()).toList()).toList());
        assertEquals(new java.math.BigDecimal("468000000"), a.awardees().get(0).metrics().get(0).value().stripTrailingZeros()
                .setScale(0));
    }

    @Test
    void aTableFlattenedToACellALineUnderAPlaceHeadingGivesEachRowsFiguresToItsPlace() {
        Announcement a = TestDocuments.parse("3市获授省级森林城市称号\n\n日前，省政府印发决定，授予邢台市、衡水市、沧州市“河北省森林城市”称号。"
                + "各市创建主要指标如下：\n\n地区\n投入资金（亿元）\n新增绿地（公顷）\n森林覆盖率（%）\n"
                + "邢台市\n38.6\n1260\n31.2\n衡水市\n22.7\n756\n28.4\n沧州市\n19.8\n612\n30.1\n全省平均\n—\n—\n35.9\n\n"
                + "获授称号的城市要建立长效管理机制，每3年接受一次复查。\n", "generated");
        assertEquals(List.of("邢台市[38.6, 1260, 31.2]", "衡水市[22.7, 756, 28.4]", "沧州市[19.8, 612, 30.1]"),
                a.awardees().stream().map(w -> w.name() + w.metrics().stream().map(m -> m.text()).toList()).toList());
        assertEquals(new java.math.BigDecimal("3860000000"), a.awardees().get(0).metrics().get(0).value().stripTrailingZeros()
                .setScale(0));
        assertEquals("投入资金", a.awardees().get(0).metrics().get(0).label());
    }

    @Test
    void aCardWhoseColumnsArePlacesGivesEachColumnsFiguresToItsPlace() {
        Announcement a = TestDocuments.parse("牡丹江两市获评黑龙江省双拥模范城\n\n日前，黑龙江省命名新一届黑龙江省双拥模范城（县），"
                + "我市所辖绥芬河市、东宁市榜上有名，分别是连续第五次和第三次获此殊荣。\n\n两地双拥工作数据卡\n"
                + "绥芬河市\u3000\u3000\u3000\u3000东宁市\n2.3亿元\u3000\u3000\u3000\u3000 1.4亿元\n"
                + "拥军优属投入\u3000\u3000拥军优属投入\n96个\u3000\u3000\u3000\u3000\u3000\u300052个\n"
                + "军民共建项目\u3000\u3000军民共建项目\n\n绥芬河市帮助1100余名随军家属就业。\n", "generated");
        assertEquals(List.of("绥芬河市5[2.3亿元, 96个, 1100余名]", "东宁市3[1.4亿元, 52个]"), a.awardees().stream()
                .map(w -> w.name() + w.timesHonored() + w.metrics().stream().map(m -> m.text()).toList()).toList());
    }

    @Test
    void aTableOfPlacesProposedForNamingListsTheProposedNotTheirPrefectures() {
        Announcement a = TestDocuments.parse("湖北省林业局关于2024年湖北省森林城市拟命名名单的公示\n\n拟命名孝昌县等2个县（市、区）为湖北省森林城市，"
                + "拟复查确认梁子湖区继续保留湖北省森林城市称号。\n\n序号  市州      拟命名地区      类别\n1     孝感市    孝昌县          新命名\n"
                + "2     咸宁市    咸安区          新命名\n3     十堰市    郧西县          复查确认\n\n公示期间，如有异议，请以书面形式反映。\n",
                "generated");
        assertEquals(List.of("孝昌县", "咸安区", "郧西县"), a.roster().stream().map(e -> e.name()).filter(n -> !n.equals("梁子湖区"))
                .toList());
    }

    @Test
    void aNumberedTitleOfAnotherHonoursListAboveAHeaderOfItsOwnEndsTheTableBefore() {
        Announcement a = TestDocuments.parse("关于命名第五批自治区生态文明建设示范区的通知\n\n"
                + "一、第五批自治区生态文明建设示范区名单\n序号\t设区市\t县（市、区）\n1\t南宁市\t武鸣区\n2\t桂林市\t阳朔县\n"
                + "二、第五批自治区森林城市名单\n序号\t设区市\t县（市、区）\n1\t来宾市\t金秀瑶族自治县\n2\t贺州市\t昭平县\n"
                + "命名有效期为3年。\n", "generated");
        assertEquals(List.of("武鸣区", "阳朔县"), a.roster().stream().map(e -> e.name()).toList());
    }

    @Test
    void aTablesOwnRowAfterThePlacesRowsIsNoPlacesFigures() {
        Announcement a = TestDocuments.parse("云南三市获命名国家园林城市\n\n我省曲靖市、玉溪市入选国家园林城市，均为首次。两市主要指标如下：\n"
                + "城市\n建成区绿地率\n公园数量\n曲靖市\n39.2%\n128个\n玉溪市\n40.5%\n96个\n全省平均\n37.1%\n—\n国家标准\n35%\n—\n"
                + "下一步，两市将持续推进城市园林绿化。\n", "generated");
        assertEquals(List.of("曲靖市[39.2%, 128个]", "玉溪市[40.5%, 96个]"), a.awardees().stream()
                .map(w -> w.name() + w.metrics().stream().map(m -> m.text()).toList()).toList());
    }

    @Test
    void aTableWhoseRowsOpenWithTheirLabelGivesEachPlaceColumnItsFigures() {
        Announcement a = TestDocuments.parse("青铜峡市海原县获命名自治区双拥模范城（县）\n\n青铜峡市、海原县分别第五次和第二次被命名为自治区双拥模范城（县）。\n"
                + "两地双拥工作部分数据\n指标                  青铜峡市        海原县\n双拥经费投入          1260万元        840万元\n"
                + "军民共建项目          35个            22个\n青铜峡市建成退役军人服务站89个；海原县则发放各类优抚金2300万元。\n", "generated");
        assertEquals(List.of("青铜峡市[1260万元, 35个, 89个]", "海原县[840万元, 22个, 2300万元]"), a.awardees().stream()
                .map(w -> w.name() + w.metrics().stream().map(m -> m.text()).toList()).toList());
        assertEquals(List.of("双拥经费投入", "军民共建项目"), a.awardees().get(1).metrics().subList(0, 2).stream()
                .map(m -> m.label()).toList(), "a row's label names its figures");
    }

    @Test
    void aColumnHeadedByAShortNameIsTheListedPlaceInTheListsScript() {
        Announcement a = TestDocuments.parse("怒江三地獲評雲南省雙擁模範城（縣）\n\n怒江州的瀘水市、蘭坪白族普米族自治縣榜上有名，分別為第三次和連續第二次獲此榮譽。\n"
                + "指標\t瀘水市\t蘭坪縣\n雙擁經費投入\t860萬元\t530萬元\n走訪慰問軍人軍屬\t2300人次\t1680人次\n", "generated");
        assertEquals(List.of("瀘水市3[860萬元, 2300人次]", "蘭坪白族普米族自治縣2[530萬元, 1680人次]"), a.awardees().stream()
                .map(w -> w.name() + w.timesHonored() + w.metrics().stream().map(m -> m.text()).toList()).toList());
    }

    @Test
    void aNoteColumnOfFiguresWithTheirUnitsGivesEachRowItsFigures() {
        Announcement a = TestDocuments.parse("甘肃省双拥模范城（县）命名\n\n命名高台县等2个县（市）为甘肃省双拥模范城（县）。\n\n"
                + "序号\t名称\t命名次数\t拥军优属投入\t安置退役军人\n1\t高台县\t第三次\t1860万元\t326人\n2\t玉门市\t连续第四次\t2240万元\t410人\n"
                + "合计\t\t—\t4100万元\t736人\n", "generated");
        assertEquals(List.of("高台县3[1860万元, 326人]", "玉门市4[2240万元, 410人]"), a.awardees().stream()
                .map(w -> w.name() + w.timesHonored() + w.metrics().stream().map(m -> m.text()).toList()).toList());
    }
}
