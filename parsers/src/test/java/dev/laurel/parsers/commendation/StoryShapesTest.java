package dev.laurel.parsers.commendation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.laurel.model.Announcement;
import dev.laurel.model.Awardee;
import dev.laurel.model.DiagnosticKind;
import dev.laurel.model.Metric;
import dev.laurel.model.TimesKind;
import dev.laurel.spi.ParseOptions;
import dev.laurel.spi.Source;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.params.ParameterizedTest;

/**
 * News stories in the shapes of the field guide, each written for this test: who the awardee is, its count,
 * and which figures are its own. The texts are invented; what is asserted is the shape's reading.
 */
class StoryShapesTest {

    private static Awardee only(Announcement a) {
        assertEquals(1, a.awardees().size(), a.awardees().toString());
        return a.awardees().get(0);
    }

    /** Each awardee's name with its honour count. */
    private static java.util.Map<String, Integer> counts(Announcement a) {
        return a.awardees().stream().collect(java.util.stream.Collectors.toMap(Awardee::name, Awardee::timesHonored));
    }

    private static List<String> figures(Awardee a) {
        return a.metrics().stream().map(Metric::text).toList();
    }

    private static boolean has(List<dev.laurel.model.Diagnostic> issues, DiagnosticKind kind) {
        return issues.stream().anyMatch(d -> d.kind() == kind);
    }

    @Test
    void aPlaceThatWonInAnEarlierYearIsNoAwardeeInEitherScript() {
        for (String said : List.of("抚远所在的佳木斯市曾于2020年获评全国双拥模范城。", "撫遠所在的佳木斯市曾於2020年獲評全國雙擁模範城。")) {
            Announcement a = TestDocuments.parse("抚远市获评全国双拥模范城\n\n日前，抚远市首次被命名为全国双拥模范城。" + said
                    + "抚远市投入双拥经费1200万元。\n", "generated");
            assertEquals(List.of("抚远市"), a.awardees().stream().map(Awardee::name).toList(), said);
        }
    }

    @Test
    void aTimeWordBetweenThePlaceAndItsNamingKeepsItTheSubject() {
        Announcement a = TestDocuments.parse("好消息\n\n汉中市日前首次被命名为全国文明城市，汉中市累计投入创建资金86.4亿元。"
                + "池州日报报道，该市也在创建之中。\n", "generated");
        assertEquals(java.util.Map.of("汉中市", 1), counts(a));
        assertEquals(List.of("86.4亿元"), figures(only(a)));
    }

    @Test
    void aHongKongOutletsOwnCityIsNoAwardeesPlace() {
        Announcement a = TestDocuments.parse("三亞獲評國家森林城市\n\n三亞市日前獲評「國家森林城市」稱號。三亞新增綠化面積1.85萬畝。\n\n"
                + "本港方面，郊野公園佔全港土地面積約40%，漁護署去年種植約100萬棵樹苗。\n", "generated");
        assertEquals(List.of("1.85萬畝"), figures(only(a)));
    }

    @Test
    void aPlaceRightAfterQiZhongIsItsClausesSubject() {
        Announcement a = TestDocuments.parse("柳州市通过全国文明城市复查\n\n柳州市日前通过复查，继续保留全国文明城市称号。柳州市新增停车泊位1.2万个。"
                + "提名城市也参加了年度测评，其中梧州市测评成绩为89.6分。\n", "generated");
        assertEquals(List.of("1.2万个"), figures(a.awardees().stream().filter(w -> w.name().equals("柳州市")).findFirst().orElseThrow()));
    }

    @Test
    void aNamingTakenAsAStartingPointIsNoStatement() {
        Announcement a = TestDocuments.parse("商城县获评全国双拥模范县\n\n信阳日报讯 日前，商城县被命名为全国双拥模范县。商城县投入资金2亿元。\n\n"
                + "市双拥办负责人表示，我市将以此次命名为新起点，力争到2028年实现全国双拥模范城“满堂红”。\n", "generated");
        assertEquals(List.of("商城县"), a.awardees().stream().map(Awardee::name).toList());
    }

    @Test
    void aPrefectureWinsNoCountyTownsHonour() {
        Announcement a = TestDocuments.parse("常德两县同获国家卫生县城称号\n\n近日，澧县被命名为国家卫生县城。澧县投入资金6.5亿元。"
                + "至此，常德市实现国家卫生县城“多点开花”，全市国家卫生乡镇达到30个。\n", "generated");
        assertEquals(List.of("澧县"), a.awardees().stream().map(Awardee::name).toList());
    }

    @Test
    void aPlaceThePageSaysFailedHasNoAwardeesSection() {
        Announcement a = TestDocuments.parse("我市2县被命名为江西省双拥模范县\n万安县未能通过本轮考评\n\n"
                + "我市永新县、遂川县被省委、省政府、省军区命名为江西省双拥模范县。\n\n永新县：连续三届获此殊荣\n\n永新县投入双拥经费3200万元。\n\n"
                + "遂川县：首次上榜\n\n遂川县建成退役军人服务站186个。\n\n万安县：整改后再出发\n\n万安县此次考评得分为82分，低于85分的命名线。\n",
                "generated");
        assertTrue(a.awardees().stream().noneMatch(w -> w.name().equals("万安县")), a.awardees().toString());
        assertTrue(a.issues().stream().anyMatch(d -> d.message().contains("万安县") && d.message().contains("not honoured")));
    }

    @Test
    void anAskersQuestionNamesNoAwardee() {
        Announcement a = TestDocuments.parse("汉中市成功创建全国文明城市新闻发布会答记者问\n\n汉中市日前首次被命名为全国文明城市。汉中市累计投入创建资金86.4亿元。\n\n"
                + "汉中日报记者：同为陕南城市的安康市去年获评全国文明城市，汉中有何不同？\n\n答：我们改造老旧小区637个。\n\n"
                + "陕西广播电视台记者：据了解，宝鸡市获评后连续两届通过复查。请问汉中如何建立长效机制？\n\n答：我们建立了常态化督查制度。\n",
                "generated");
        assertEquals(List.of("汉中市"), a.awardees().stream().map(Awardee::name).toList());
        assertEquals(java.util.Map.of("汉中市", 1), counts(a));
        assertEquals(List.of("86.4亿元", "637个"), figures(only(a)));
    }

    @Test
    void aFirstTryThatWonAtOnceIsTheFirstTime() {
        for (String said : List.of("我市首次参评即获此殊荣。", "百色市首次申报就成功获评。")) {
            Announcement a = TestDocuments.parse("百色获评全国文明城市\n\n日前，第七届全国文明城市名单公布，百色市成功获评全国文明城市。"
                    + said + "\n\n百色市累计投入资金12亿元。\n", "generated");
            assertEquals(java.util.Map.of("百色市", 1), counts(a), said);
        }
        Announcement tried = TestDocuments.parse("百色获评全国文明城市\n\n日前，百色市成功获评全国文明城市。百色市此前参评三届未果。\n",
                "generated");
        assertEquals(null, only(tried).timesHonored());
    }

    @Test
    void aStreakInARespectiveListKeepsItsKind() {
        Announcement a = TestDocuments.parse("宣城三县获评安徽省双拥模范县\n\n近日，命名新一届安徽省双拥模范城（县）。"
                + "我市绩溪县、旌德县、泾县榜上有名，分别是第四次、连续第三次和首次获此殊荣。\n", "generated");
        assertEquals(List.of(TimesKind.TOTAL, TimesKind.CONSECUTIVE, TimesKind.TOTAL),
                a.awardees().stream().map(Awardee::timesKind).toList());
        assertEquals(java.util.Map.of("绩溪县", 4, "旌德县", 3, "泾县", 1), counts(a));
    }

    @Test
    void aClauseOpeningWithAPersonsOwnIsNotThePlaces() {
        Announcement a = TestDocuments.parse("晋江市获评国家卫生城市\n\n日前，晋江市第三次获评国家卫生城市。晋江市新建城市公园35座。\n\n"
                + "有在晋江经营制鞋厂的台商指出，晋江的街道很整洁。他的工厂目前雇用员工约800人。她们的合作社去年销售额达300万元。"
                + "工厂的120名员工每年都要接受培训。全市完成老旧小区二次供水设施改造132处。\n",
                "generated");
        assertEquals(List.of("35座", "132处"), figures(only(a)), "二次供水 is a term, no count");
    }

    @Test
    void aPointerRankingLowerPlacesIsTheirScopeNotAnAwardee() {
        Announcement a = TestDocuments.parse("洋县成功创建国家卫生县城\n来源：汉中日报\n\n日前，洋县被命名为国家卫生县城。"
                + "这是该县首次获得这一称号，也是我市继城固县之后第二个获此殊荣的县。\n\n该县累计投入资金4.6亿元。\n", "generated");
        assertEquals(java.util.Map.of("洋县", 1), counts(a));
        Announcement city = TestDocuments.parse("汉中市获评国家卫生城市\n来源：汉中日报\n\n日前，我市被命名为国家卫生城市，"
                + "我市成为全省第二个获此殊荣的城市。\n\n我市累计投入资金4.6亿元。\n", "generated");
        assertEquals(List.of("汉中市"), city.awardees().stream().map(Awardee::name).toList(), "the same rank of its own level");
    }

    @Test
    void aPlaceAfterTheNounCommendationAndAClauseBreakIsNoObjectOfIt() {
        Announcement a = TestDocuments.parse("阳城县第六次荣获山西省双拥模范县称号\n\n近日，阳城县第六次荣获“山西省双拥模范县”称号。"
                + "全县累计投入双拥经费5200万元。\n\n据了解，此次全省共有32个市、县（区）获得命名，晋城市所辖6个县（市、区）中有4个获此殊荣。\n",
                "generated");
        assertEquals(java.util.Map.of("阳城县", 6), counts(a));
    }

    @Test
    void aHeadlineCountAfterOneOfTwoPlacesNamedAgainIsThatPlacesOnly() {
        String body = "\n\n日前公布命名结果，泉州市晋江市、石狮市双双获评国家卫生城市。";
        Announcement a = TestDocuments.parse("福建晋江、石狮获评国家卫生城市\u3000晋江第三次上榜" + body
                + "其中，石狮市是首度入选。\n\n晋江市新建城市公园35座。石狮市新建公厕90座。\n", "generated");
        assertEquals(java.util.Map.of("晋江市", 3, "石狮市", 1), counts(a));
        Announcement headlineOnly = TestDocuments.parse("福建晋江、石狮获评国家卫生城市\u3000晋江第三次上榜" + body
                + "\n\n晋江市新建城市公园35座。石狮市新建公厕90座。\n", "generated");
        assertEquals(3, headlineOnly.awardees().get(0).timesHonored());
        assertEquals(null, headlineOnly.awardees().get(1).timesHonored(), "石狮 is named before the count, not after it");
        Announcement shared = TestDocuments.parse("福建晋江、石狮实现国家卫生城市“三连冠”" + body + "\n", "generated");
        assertEquals(java.util.Map.of("晋江市", 3, "石狮市", 3), counts(shared));
    }

    @Test
    void aHeadlineThatSaysWoXianAndABodyThatNamesThePlaceNeedNoGuess() {
        Announcement a = TestDocuments.parse("喜报！我县实现全国双拥模范县“七连冠”\n"
                + "融媒体中心讯 10月18日，全国双拥模范城（县）命名大会在北京举行，泰和县再次被命名为全国双拥模范县，实现“七连冠”。\n"
                + "2016年，该县曾实现“五连冠”。近年来，该县累计投入双拥资金1.5亿元。下一步，我县将争创“八连冠”。\n",
                "generated");
        Awardee w = only(a);
        assertEquals("泰和县", w.name());
        assertEquals(7, w.timesHonored());
        assertEquals(List.of("1.5亿元"), figures(w));
        assertTrue(!has(w.issues(), DiagnosticKind.INFERRED_AWARDEE), w.issues().toString());
    }

    @Test
    void roundsWonAreACountNotAFigure() {
        Awardee w = only(TestDocuments.parse("渭南市通过国家卫生城市复审\n"
                + "日前，全国爱卫会发布通报，渭南市通过国家卫生城市复审。\n"
                + "这是渭南市已荣获六届国家卫生城市。全市共建成公厕480座，生活垃圾无害化处理率达到99.5%。\n", "generated"));
        assertEquals(6, w.timesHonored());
        assertEquals(List.of("480座", "99.5%"), figures(w));
    }

    @Test
    void aRespectivelyListPairsPlacesWithCountsAndEachClauseKeepsItsFigures() {
        Announcement a = TestDocuments.parse("两地获评江苏省双拥模范县（市）\n"
                + "日前，省委、省政府、省军区印发决定，命名沭阳县、邳州市为江苏省双拥模范县（市），沭阳县、邳州市分别是第三次和首次获此殊荣。\n"
                + "沭阳县建成军人之家58个，发放优抚资金3200万元。邳州市则新建退役军人服务站46个，与徐州市签订拥军协议12份。\n",
                "generated");
        assertEquals(List.of("沭阳县", "邳州市"), a.awardees().stream().map(Awardee::name).toList());
        assertEquals(3, a.awardees().get(0).timesHonored());
        assertEquals(1, a.awardees().get(1).timesHonored());
        assertEquals(List.of("58个", "3200万元"), figures(a.awardees().get(0)));
        assertEquals(List.of("46个", "12份"), figures(a.awardees().get(1)));
    }

    @Test
    void aProfileKeepsAreaAndPopulationButNotCoordinatesAgesOrPerYearSuffixes() {
        Awardee w = only(TestDocuments.parse("铜鼓县连续第四届获评江西省双拥模范县\n"
                + "记者获悉，日前，铜鼓县被省委、省政府、省军区命名为江西省双拥模范县。这也是该县连续第四届获此殊荣。\n"
                + "铜鼓县位于江西省西北部，东经114°22′，总面积1548平方公里，人口14万余人。\n"
                + "近五年来，该县累计投入双拥经费2.3亿元。92岁的老战士说：“感谢党。”该县还发放优待金1.2万元/年。\n",
                "generated"));
        assertEquals(4, w.timesHonored());
        assertEquals(List.of("1548平方公里", "14万余人", "2.3亿元", "1.2万元"), figures(w));
    }

    @Test
    void aCityKnownOnlyAsWoShiIsNamedFromItsBylineWithADiagnostic() {
        Awardee w = only(TestDocuments.parse("首页 > 新闻中心\n我市第五次获评全国文明城市\n来源：池州日报  责任编辑：王芳\n"
                + "本次是我市第五次获评全国文明城市称号。近三年来，我市累计投入资金18.5亿元，改造老旧小区326个。\n", "generated"));
        assertEquals("池州市", w.name());
        assertEquals(5, w.timesHonored());
        assertEquals(List.of("18.5亿元", "326个"), figures(w));
        assertTrue(has(w.issues(), DiagnosticKind.INFERRED_AWARDEE), w.issues().toString());
    }

    @Test
    void aSpeechNamingWoShiAsTheObjectIsAboutTheCityOfItsSpeakersTitle() {
        Awardee w = only(TestDocuments.parse("在全市创建国家食品安全示范城市总结表彰大会上的讲话\n\n中共荆门市委副书记、市长　周海峰\n\n"
                + "本月初，国务院食品安全委员会办公室正式命名我市为“国家食品安全示范城市”，这是我市第一次获得这块招牌。\n"
                + "全市建成标准化种养基地326个，每年完成食品抽检约1.6万批次，抽检量达到每千人5.2批次。\n", "generated"));
        assertEquals("荆门市", w.name());
        assertEquals(List.of("326个", "1.6万批次", "5.2批次"), figures(w), "每千人 is the rate's denominator");
        assertTrue(has(w.issues(), DiagnosticKind.INFERRED_AWARDEE), w.issues().toString());
    }

    @Test
    void aSentenceGoesOnAboutThePlaceThePreviousOneNamedUntilAClauseOpensWithAnotherPlace() {
        Announcement a = TestDocuments.parse("河南兩市獲評國家園林城市\n\n"
                + "住房和城鄉建設部日前公布2023年國家園林城市名單，河南省漯河市、永城市雙雙上榜。\n\n"
                + "近年來，漯河市新建改建公園遊園186個，城市建成區綠地率達到38.7%。沙澧河兩岸建成濱河綠帶62公里。\n\n"
                + "永城市累計投入園林綠化資金約25億元。在相鄰的安徽省淮北市，同類塌陷區修復面積已超過3萬畝。\n", "generated");
        assertEquals(List.of("漯河市", "永城市"), a.roster().stream().map(e -> e.name()).toList(), "上榜 in traditional script");
        assertEquals(List.of("186個", "38.7%", "62公里"), figures(a.awardees().get(0)));
        assertEquals(List.of("25億元"), figures(a.awardees().get(1)), "淮北市's figure is not 永城市's");
    }

    @Test
    void wholePrefectureIsAPointerNotTheCountyOfThatShortName() {
        Announcement a = TestDocuments.parse("黔南州获评全国民族团结进步示范州\n"
                + "日前，国家民委公布新一批全国民族团结进步示范区名单，黔南布依族苗族自治州获命名。\n"
                + "据报道，黔南州近年推动“石榴籽”工程，在全州102个乡镇建立创建工作站，组建宣讲队56支。当地还投入民生资金21.3亿元。\n", "generated");
        assertEquals(List.of("102个", "56支", "21.3亿元"), figures(only(a)), "全州 is the prefecture, not 全州县");
        Announcement county = TestDocuments.parse("兴安县获评国家生态文明建设示范县\n"
                + "日前，生态环境部公布命名名单，兴安县获命名。兴安县累计投入生态资金3.2亿元。在全州，同类项目投资已达8亿元。\n",
                "generated");
        assertEquals(List.of("3.2亿元"), figures(only(county)), "in a county's story 全州 cannot point at the county");
    }

    @Test
    void aProvinceNamingAnHonourIsNotTheSubjectOfTheVerbAfterIt() {
        Announcement a = TestDocuments.parse("河南兩市獲評國家園林城市\n\n住房和城鄉建設部日前公布國家園林城市名單，河南省漯河市、永城市雙雙上榜。"
                + "其中，漯河市先後三次獲此稱號；永城市則是繼2017年獲評河南省園林城市之後，首次躋身國家園林城市行列。\n", "generated");
        assertEquals(java.util.Map.of("漯河市", 3, "永城市", 1), counts(a));
    }

    @Test
    void respectiveFiguresInTraditionalScriptArePaired() {
        Announcement a = TestDocuments.parse("寧夏兩縣獲評國家生態文明建設示範區\n\n"
                + "近日，生態環境部公布名單，彭陽縣、鹽池縣雙雙上榜，兩縣均為首次獲得該命名。兩縣空氣質量優良天數比例分別為89.6%和87.3%。\n\n"
                + "彭陽縣累計治理小流域137條。\n\n鹽池縣累計治理沙化土地320萬畝。\n", "generated");
        assertEquals(List.of("89.6%", "137條"), figures(a.awardees().get(0)));
        assertEquals(List.of("87.3%", "320萬畝"), figures(a.awardees().get(1)));
    }

    @Test
    void theHonoursCountOfPlacesIsNoFigureButACountOfModelUnitsIs() {
        Awardee w = only(TestDocuments.parse("大庆市实现全国双拥模范城“六连冠”\n\n"
                + "日前，大庆市再次被命名为全国双拥模范城，实现“六连冠”。本届全国共命名全国双拥模范城（县）436个。"
                + "全市现有各级双拥模范单位1360余个，与驻庆部队结成共建对子150对。\n", "generated"));
        assertEquals(List.of("1360余个", "150对"), figures(w));
    }

    @Test
    void aCountBeforeAnotherPlacesStatementIsNotItsAndAPointerInALaterParagraphIsTheCountyNamedLast() {
        Announcement a = TestDocuments.parse("江西两地获评全国文明城市\n\n近日，中央文明委公布名单，井冈山市首次荣获“全国文明城市”称号，"
                + "婺源县通过复查确认继续保留全国文明城市荣誉称号。\n\n婺源县投入资金3亿元。据介绍，该县已连续三届获此殊荣。\n",
                "generated");
        assertEquals(1, a.awardees().get(0).timesHonored());
        assertEquals(3, a.awardees().get(1).timesHonored(), "首次 is 井冈山市's; 该县 is the county named last");
        assertEquals(dev.laurel.model.TimesKind.CONSECUTIVE, a.awardees().get(1).timesKind());
    }

    @Test
    void aCountAfterZeShiIsThePlacesBeforeIt() {
        Announcement a = TestDocuments.parse("广东三市获评全国双拥模范城\n\n近日，韶关市、梅州市、河源市被命名为全国双拥模范城。"
                + "其中，韶关市实现五连冠，梅州市第三次获此殊荣，河源市则是首次上榜。\n", "generated");
        assertEquals(java.util.Map.of("韶关市", 5, "梅州市", 3, "河源市", 1), counts(a));
    }

    @Test
    void aParagraphOpeningWithZaiAndAListedPlaceIsThatPlacesAndTheProvincesTotalIsNoOnes() {
        Announcement a = TestDocuments.parse("我省三县获评全国文明城市\n\n日前，中央文明委公布名单，我省昌图县、建平县、彰武县入选全国文明城市。"
                + "至此，我省全国文明城市已达19个。\n\n在昌图县，近三年累计投入资金9.7亿元，新改建道路1126公里。\n\n"
                + "在建平县，当地新建产业路216公里。\n\n在彰武县，干部群众建成防沙治沙公路85公里。\n", "generated");
        assertEquals(List.of(List.of("9.7亿元", "1126公里"), List.of("216公里"), List.of("85公里")),
                a.awardees().stream().map(StoryShapesTest::figures).toList());
    }

    @Test
    void aVerbClosingItsClauseTakesTheHonourNamedEarlierInItsSentence() {
        Awardee w = only(TestDocuments.parse("一图读懂｜柳州创成国家食品安全示范城市\n\n"
                + "近日，国务院食品安全委员会办公室公布第四批国家食品安全示范城市命名名单，柳州市成功获评。"
                + "五年来，柳州市累计投入3.6亿元，公示期为10个工作日。春节7天假期，柳州市接待游客98.6万人次。\n", "generated"));
        assertEquals("柳州市", w.name());
        assertEquals(List.of("3.6亿元", "98.6万人次"), figures(w), "a notice period or a holiday is no figure");
    }

    @ParameterizedTest
    @ValueSource(strings = {"武隆区被正式认定为国家全域旅游示范区。", "文化和旅游部公布国家全域旅游示范区认定名单，武隆区名列其中。"})
    void moreWaysOfSayingAPlaceWasNamed(String sentence) {
        Awardee w = only(TestDocuments.parse("全域旅游工作简报\n\n" + sentence + "武隆区全年接待游客4320万人次。\n", "generated"));
        assertEquals("武隆区", w.name());
        assertEquals(List.of("4320万人次"), figures(w));
    }

    @Test
    void theCountRightBeforeAVerbIsItsSubjectsNotALaterOnesInTheSentence() {
        Announcement a = TestDocuments.parse("黑龙江两市获评国家卫生城市\n\n全国爱卫会日前发布通报，命名一批国家卫生城市，我省黑河市、绥芬河市双双入选。"
                + "其中，黑河市是首次获评，绥芬河市则是第三次获此殊荣。\n", "generated");
        assertEquals(java.util.Map.of("黑河市", 1, "绥芬河市", 3), counts(a));
    }

    @Test
    void placesNamedWithAnotherHonourByTheAuthoritiesAreNoRoster() {
        Announcement a = TestDocuments.parse("苏州再度获评全国双拥模范城\n\n10月10日，全国双拥模范城（县）命名大会在北京举行，苏州市再度获评全国双拥模范城。"
                + "同日，昆山市、太仓市被省委、省政府、省军区命名为江苏省双拥模范城。\n\n苏州市投入资金12.6亿元。\n", "generated");
        assertEquals(List.of(), a.roster(), "命名为 after 被…: the two cities received the provincial title");
        assertEquals(List.of("苏州市"), a.awardees().stream().map(Awardee::name).toList());
    }

    @Test
    void aZoneNamedAfterThePlaceOwnsTheFiguresOfItsClauses() {
        Announcement a = TestDocuments.parse("沭阳县获评江苏省双拥模范县\n\n沭阳县连续第五次获评江苏省双拥模范县。全县投入资金2亿元。\n"
                + "二、坚持项目为王，产业集群加快壮大\n沭阳经济技术开发区全年完成规上工业产值1108亿元，入驻企业320家；"
                + "全年新签约项目156个。全县花木种植面积60万亩。\n", "generated");
        assertEquals(List.of("2亿元", "156个", "60万亩"), a.awardees().get(0).metrics().stream().map(m -> m.text()).toList(),
                "the zone's figures are its own, up to ；; a report's heading of two phrases is whole on its line");
    }

    @Test
    void theCityThatHasHonouredCountiesIsNoAwardee() {
        Announcement a = TestDocuments.parse("成都市人民政府新闻办公室\n\n日前，新一届四川省双拥模范城（县）命名，全省共28个，"
                + "我市有5个区（市）县上榜。都江堰市这次是连续五届被命名为四川省双拥模范城。\n", "generated");
        assertEquals(List.of("都江堰市"), a.awardees().stream().map(Awardee::name).toList(), "我市有5个…县上榜: the five won");
    }

    @Test
    void anAmountBoundingAClassTheClauseCountsIsNoFigure() {
        Announcement a = TestDocuments.parse("海盐县通过国家卫生县城复审\n\n海盐县通过国家卫生县城复审。2024年，全县新引进项目63个，"
                + "其中10亿元以上项目11个、5000万元以上的工业项目8个，完成投资120亿元。\n", "generated");
        assertEquals(List.of("63个", "11个", "8个", "120亿元"), a.awardees().get(0).metrics().stream().map(m -> m.text()).toList());
    }

    @Test
    void aUnitNamedAfterAPlaceAmongTheCompanionsIsNoAwardee() {
        Announcement a = TestDocuments.parse("东兴市获评全国民族团结进步示范市\n\n近日，第十批全国民族团结进步示范区（单位）命名名单公布，"
                + "东兴市榜上有名。同批命名的还有防城港市民族中学等5个示范单位。\n", "generated");
        assertEquals(List.of("东兴市"), a.awardees().stream().map(Awardee::name).toList(), "a school of 防城港市");
    }

    @Test
    void theProvincesFigureAfterATimeAdverbIsNoPlaces() {
        Announcement a = TestDocuments.parse("琼海市获评国家森林城市\n\n琼海市获评国家森林城市。全市森林覆盖率达68.2%。"
                + "据了解，目前全省森林覆盖率稳定在62.1%。\n", "generated");
        assertEquals(List.of("68.2%"), a.awardees().get(0).metrics().stream().map(m -> m.text()).toList());
    }

    @Test
    void theMunicipalityScopingTheHonoursNameTakesNoCount() {
        Announcement a = TestDocuments.parse("我区再获“北京市双拥模范区”称号\n\n近日，门头沟区被命名为“北京市双拥模范区”，"
                + "这是我区连续五届获此殊荣。\n", "generated");
        assertEquals(List.of("门头沟区×5"), a.awardees().stream().map(w -> w.name() + "×" + w.timesHonored()).toList());
    }

    @Test
    void thePlacesACityGovernsAreNoRoster() {
        Announcement a = TestDocuments.parse("江门投资环境概览\n\n江门市位于珠江三角洲西部，是著名侨乡，辖蓬江区、江海区、新会区三区和台山市、"
                + "开平市、鹤山市、恩平市四市。\n江门市首次获授“国家森林城市”称号。全市森林覆盖率42.6%。\n", "generated");
        assertEquals(List.of(), a.roster(), "辖…: the divisions the city governs");
        assertEquals(List.of("江门市"), a.awardees().stream().map(Awardee::name).toList());
    }

    @Test
    void pinyinAnnotationsInTraditionalTextDoNotHideTheFigures() {
        Awardee w = only(TestDocuments.parse("蘇(sū)州市連續(xù)第九次榮獲全國雙擁(yōng)模範城稱號\n\n"
                + "近日，蘇州市被命名為全國雙擁模範城，這也是該市連續(xù)第九次獲此殊榮。\n"
                + "近年來，該市累計投入擁(yōng)軍資金3.6億元，建成退役軍人服務站1200個。\n", "generated"));
        assertEquals(9, w.timesHonored());
        assertEquals(List.of("3.6億元", "1200個"), figures(w));
    }

    @Test
    void aPinyinAnnotationInsideThePlaceNameIsReadThroughAndSpansStayInTheSource() {
        String text = "蘇(sū)州市再獲全國雙擁(yōng)模範城稱號\n"
                + "近日，蘇(sū)州市被命名為“全國雙擁模範城”，實現“十連(lián)冠”。\n"
                + "近年來，該市累計投入擁軍資金8.6億(yì)元，建成退役軍人服務站210個。\n";
        Announcement a = TestDocuments.parse(text, "generated");
        Awardee w = only(a);
        assertTrue(w.name().endsWith("州市") && w.regionCode() != null, w.toString());
        assertEquals(10, w.timesHonored());
        assertEquals(List.of("8.6億(yì)元", "210個"), figures(w));
        for (Metric m : w.metrics()) {
            assertEquals(m.text(), text.substring(m.span().start(), m.span().end()));
        }
    }

    @Test
    void aTraditionalSourceLineNamesTheCityThatCallsItselfWoShi() {
        Awardee w = only(TestDocuments.parse("喜訊！我市榮獲“國家森林城市”稱號\n發布時間：2023年10月13日  來源：贛州日報\n"
                + "近日，我市正式被授予“國家森林城市”稱號。近年來，我市累計完成造林綠化面積156.3萬畝，建成城市公園48個。\n",
                "generated"));
        assertEquals("贛州市", w.name()); // the page's script: 贛州 + 市
        assertEquals(List.of("156.3萬畝", "48個"), figures(w));
        assertTrue(has(w.issues(), DiagnosticKind.INFERRED_AWARDEE), w.issues().toString());
    }

    @Test
    void figuresSpacedFromTheirWordsAsWebPagesSpaceThemAreRead() {
        Awardee w = only(TestDocuments.parse("霞浦县被命名为全国双拥模范县\n"
                + "近日，霞浦县被命名为“全国双拥模范县”。近年来，该县累计投入 1.8 亿元 , 建成退役军人服务站 286 个，"
                + "走访慰问官兵约 1.2 万人次，为 1500 余名随军家属提供就业指导。\n", "generated"));
        assertEquals(List.of("1.8 亿元", "286 个", "1.2 万人次", "1500 余名"), figures(w));
        assertEquals(dev.laurel.model.Qualifier.APPROX, w.metrics().get(2).qualifier());
        assertEquals(dev.laurel.model.Qualifier.MORE_THAN, w.metrics().get(3).qualifier());
    }

    @Test
    void countsTheIntroductionStatesReachTheSectionsThatStateNone() {
        Announcement a = TestDocuments.parse("某省3市县获评省双拥模范城（县）\n"
                + "日前，省委、省政府、省军区印发决定，命名三亚市、琼海市、万宁市为海南省双拥模范城（县）。其中，三亚市连续七次获此殊荣，"
                + "琼海市第五次获评。\n一、三亚市\n三亚市累计投入拥军资金3.6亿元。\n二、琼海市\n琼海市建成服务站52个。\n"
                + "三、万宁市\n万宁市连续两次被命名为海南省双拥模范城，建成服务站30个。\n", "generated");
        assertEquals(3, a.awardees().size(), a.awardees().toString());
        assertEquals(7, a.awardees().get(0).timesHonored());
        assertEquals(dev.laurel.model.TimesKind.CONSECUTIVE, a.awardees().get(0).timesKind());
        assertEquals(5, a.awardees().get(1).timesHonored());
        assertEquals(2, a.awardees().get(2).timesHonored(), "a section's own count stands");
        assertEquals(List.of("3.6亿元"), figures(a.awardees().get(0)));
    }

    @Test
    void aCountSaidInsideAnotherPlacesClauseIsTheClauseSubjects() {
        Awardee w = only(TestDocuments.parse("眉县再获全国双拥模范县命名\n"
                + "近日，眉县被命名为全国双拥模范县。这已是该县连续第三届获此殊荣，眉县也由此成为宝鸡市唯一实现“三连冠”的县。\n"
                + "“这块牌子来之不易。”县委负责同志说。近年来，该县累计投入1.26亿元支持部队建设。\n", "generated"));
        assertEquals("眉县", w.name());
        assertEquals(3, w.timesHonored());
        assertEquals(List.of("1.26亿元"), figures(w));
    }

    @Test
    void aMeetingNamedAfterTheHonourDoesNotHideTheStatementAfterIt() {
        Announcement a = TestDocuments.parse("记者从曲靖市双拥办获悉，在日前召开的全国双拥模范城（县）命名大会上，曲靖市、陆良县分别被命名为"
                + "全国双拥模范城、全国双拥模范县，两地分别是第四次和首次获此殊荣。\n曲靖市累计投入资金3.2亿元；陆良县则投入1600万元。\n",
                "generated");
        assertEquals(2, a.awardees().size(), a.awardees().toString());
        assertEquals(4, a.awardees().get(0).timesHonored());
        assertEquals(1, a.awardees().get(1).timesHonored());
        assertEquals(List.of("3.2亿元"), figures(a.awardees().get(0)));
        assertEquals(List.of("1600万元"), figures(a.awardees().get(1)));
    }

    @Test
    void aPlaceWrittenInFullAndShortInTraditionalScriptIsOneAwardee() {
        Awardee w = only(TestDocuments.parse("三亞市蟬聯全國雙擁模範城\n"
                + "近日，三亞市再次被命名為全國雙擁模範城。至此，三亞已連續四屆蟬聯這一殊榮。\n"
                + "駐市部隊官兵積極投身自貿港建設，累計出動兵力2.3萬人次。\n", "generated"));
        assertEquals(4, w.timesHonored());
        assertEquals("三亞市", w.name());
        assertEquals(List.of("2.3萬人次"), figures(w));
    }

    @Test
    void countsSaidOfListsAndPairsGoToTheirOwnPlaces() {
        Announcement a = TestDocuments.parse("安徽6地荣膺省双拥模范城（县）称号\n"
                + "日前，命名蚌埠市、阜阳市、宁国市、桐城市、广德市、岳西县为“安徽省双拥模范城（县）”。\n"
                + "其中，广德市、岳西县为首次获评，蚌埠市实现“五连冠”，阜阳市连续第三次获此殊荣，宁国市和桐城市分别是第四次和第二次获得这一称号。\n",
                "generated");
        java.util.Map<String, Integer> counts = new java.util.HashMap<>();
        a.awardees().forEach(w -> counts.put(w.name(), w.timesHonored()));
        assertEquals(java.util.Map.of("蚌埠市", 5, "阜阳市", 3, "宁国市", 4, "桐城市", 2, "广德市", 1, "岳西县", 1), counts);
    }

    @Test
    void aRespectivelyWithPlacesOfItsOwnPairsOnlyThem() {
        Announcement a = TestDocuments.parse("我省4县获评国家卫生县城\n"
                + "日前，全国爱卫会公布新一轮命名结果，我省嘉鱼县、崇阳县、英山县、蕲春县榜上有名。\n"
                + "其中，嘉鱼县、崇阳县是第二次获得命名；英山县、蕲春县分别为第三次和首次。\n"
                + "嘉鱼县投入资金2.1亿元。崇阳县新建公厕36座。英山县改造小巷42条。蕲春县新增绿地18公顷。\n", "generated");
        assertEquals(List.of("嘉鱼县×2", "崇阳县×2", "英山县×3", "蕲春县×1"), a.awardees().stream()
                .map(w -> w.name() + "×" + w.timesHonored()).toList());
    }

    @Test
    void aFrameNamingTheRoundACountFollowsIsPassedOver() {
        Announcement a = TestDocuments.parse("我省4县获评国家卫生县城\n"
                + "日前，全国爱卫会公布新一轮命名结果，我省嘉鱼县、崇阳县、英山县、蕲春县榜上有名。\n"
                + "其中，嘉鱼县、崇阳县则是继2018年之后第二次获得命名，英山县、蕲春县均为首次获此称号。\n"
                + "嘉鱼县投入资金2.1亿元。崇阳县新建公厕36座。英山县改造小巷42条。蕲春县新增绿地18公顷。\n", "generated");
        assertEquals(List.of("嘉鱼县×2", "崇阳县×2", "英山县×1", "蕲春县×1"), a.awardees().stream()
                .map(w -> w.name() + "×" + w.timesHonored()).toList());
    }

    @Test
    void anHonourWrittenWithItsFormsInBracketsNamesEachForm() {
        Announcement a = TestDocuments.parse("我市两县获评国家卫生县城\n"
                + "记者从市爱卫办获悉，全国爱卫会近日公布新一轮国家卫生城市（县城）命名结果，我市嘉鱼县、崇阳县榜上有名。\n"
                + "其中，两县均为首次获此称号。创卫以来，嘉鱼县累计投入资金2.1亿元，崇阳县新建公厕36座。\n", "generated");
        assertEquals(List.of("嘉鱼县×1", "崇阳县×1"), a.awardees().stream()
                .map(w -> w.name() + "×" + w.timesHonored()).toList());
    }

    @Test
    void aTitleTakenAwayInAFrameOfThePastLeavesThePlaceHonouredNow() {
        Announcement a = TestDocuments.parse("晋城朔州两市获命名国家卫生城市\n"
                + "近日，全国爱卫会发布通报，我省晋城市、朔州市被命名为国家卫生城市。其中，晋城市为首次获得命名，"
                + "朔州市则是继2018年被撤销称号后，第二次获此殊荣。\n晋城市改造背街小巷860余条。朔州市新增城市绿地120万平方米。\n",
                "generated");
        assertEquals(List.of("晋城市×1", "朔州市×2"), a.awardees().stream()
                .map(w -> w.name() + "×" + w.timesHonored()).toList());
    }

    @Test
    void aWordOfFailureAfterTheNamingVerbIsAnotherPlacesNotTheNamedOnes() {
        Announcement a = TestDocuments.parse("我省两市获命名山西省森林城市\n"
                + "日前，省林业局公布山西省森林城市评估结果，晋城市、长治市榜上有名，另有1市暂缓命名。\n"
                + "晋城市新增造林面积12万亩。长治市建成区绿化覆盖率达到43.2%。\n", "generated");
        assertEquals(List.of("晋城市", "长治市"), a.awardees().stream().map(w -> w.name()).toList());
    }

    @Test
    void aYearsRoundUpOfOnePlacesHonoursUnderBulletedHeadingsTakesTheFirstItWasNamedFor() {
        Announcement a = TestDocuments.parse("年终盘点｜2026，宜宾收获这些“国字号”荣誉\n宜宾发布\u30002026-12-30 18:00\u3000四川\n\n"
                + "🏅 全国双拥模范城\n10月，宜宾市连续第二次被命名为全国双拥模范城。全市投入双拥经费5200万元。\n\n"
                + "🌲 国家森林城市\n宜宾市通过国家森林城市复查，森林覆盖率达到50.2%。\n\n"
                + "🧹 国家卫生城市\n我市顺利通过国家卫生城市复审，城区生活垃圾分类覆盖率达到95%。\n\n"
                + "🏞️ 国家全域旅游示范区\n兴文县成功创建国家全域旅游示范区，全年接待游客1200万人次。\n", "generated");
        assertEquals("全国双拥模范城", a.honor());
        Awardee w = only(a);
        assertEquals(2, w.timesHonored());
        assertEquals(List.of("5200万元", "50.2%", "95%"), figures(w), "兴文县's figures are its own, under its own heading");
    }

    @Test
    void inAPanelsTurnsWeAndUnnamedSentencesAreTheSpeakersPlace() {
        Announcement a = TestDocuments.parse("《衡阳访谈》：走进全国双拥模范县（市）衡东县、耒阳市\n"
                + "【节目导语】日前，全国双拥模范城（县）命名名单公布，我市衡东县、耒阳市分别第二次和首次被命名为全国双拥模范县（市）。"
                + "本期节目邀请到衡东县退役军人事务局局长周建国、耒阳市人民政府副市长刘芳。\n"
                + "主持人：先请周局长介绍一下衡东的情况。\n"
                + "周建国：我们县累计投入双拥资金1.2亿元，建成退役军人服务站310个。\n"
                + "主持人：刘市长，耒阳有什么感受？\n"
                + "刘芳：耒阳这几年下了大功夫，全市280余家企业加入拥军优属联盟。我们还新建了国防教育基地4个，每年接待青少年6万人次以上。\n"
                + "主持人：全市的面上情况怎么样？\n"
                + "周建国：全市有退役军人11万余人。\n", "generated");
        assertEquals(List.of("衡东县[1.2亿元, 310个]", "耒阳市[280余家, 4个, 6万人次]"), a.awardees().stream()
                .map(w -> w.name() + figures(w)).toList());
    }

    @Test
    void aPlaceBeforeAnOrdinalOfPlacesIsTheRanksScopeNotAnAwardee() {
        Announcement a = TestDocuments.parse("闽清县首次获评福建省生态文明建设示范县\n\n日前，省生态环境厅公布第五批名单，闽清县首次获此殊荣。\n\n"
                + "答：闽清县是福州市第三个获此殊荣的县。\n\n答：我县总面积1466平方公里。去年全县空气质量优良天数比例达98.6%。\n",
                "generated");
        assertEquals(List.of("闽清县[1466平方公里, 98.6%]"), a.awardees().stream().map(w -> w.name() + figures(w)).toList());
    }

    @Test
    void aWholePointerOnAPageInWoShiIsThatCityNotAnotherNamedSentencesBefore() {
        Announcement a = TestDocuments.parse("在宜春市双拥模范城命名表彰大会上的讲话\n宜春军分区司令员\u3000王志强\n\n同志们：\n"
                + "今天，我们隆重召开大会，庆祝我市第五次被命名为江西省双拥模范城。同时，樟树市、丰城市也被命名为江西省双拥模范城（县），"
                + "向他们表示热烈祝贺！\n\n这次命名，是对我市双拥工作的充分肯定。近年来，全市拥军优属企业达到900余家，为1.8万户军属家庭悬挂光荣牌。\n",
                "generated");
        assertEquals(List.of("宜春市[900余家, 1.8万户]"), a.awardees().stream().filter(w -> !w.metrics().isEmpty())
                .map(w -> w.name() + figures(w)).toList());
    }

    @Test
    void aSentenceOpenedByAnotherProvinceLevelPlaceIsTheAwardeesAgainFromAClauseOpenedByIt() {
        Announcement a = TestDocuments.parse("江门市首次入选全国文明城市\n\n全国文明城市评选结果日前揭晓，江门市首次入选。\n\n"
                + "问：和澳门相比，江门的志愿服务有什么特点？\n答：澳门的志愿者比例约为百分之十，我们的特点是社区化，"
                + "1026个村（社区）全部建立新时代文明实践站。\n", "generated");
        assertEquals(List.of("1026个"), figures(only(a)));
    }

    @Test
    void aWorkReportInWoShiIsNamedByTheCongressItWasGivenAt() {
        Announcement a = TestDocuments.parse("政府工作报告（摘要）\n\n——2026年1月20日在衡水市第十五届人民代表大会第五次会议上\n\n"
                + "过去的一年，我们成功创建全国文明城市，这是我市首次获得这一荣誉。全年完成老旧小区改造216个，新建口袋公园35个。\n", "generated");
        Awardee w = only(a);
        assertEquals("衡水市", w.name());
        assertEquals(List.of("216个", "35个"), figures(w));
    }

    @Test
    void aPageInWoShiIsNamedByTheGovernmentBodyItsSourceLineGives() {
        Announcement a = TestDocuments.parse("我市获评国家节水型城市\n来源：武威市水务局\u3000发布日期：2024-03-08\n\n"
                + "近日，住房和城乡建设部公布第十二批国家节水型城市名单，我市成功入选，首次获此称号。创建以来，全市累计投入节水资金12.6亿元。\n",
                "generated");
        Awardee w = only(a);
        assertEquals("武威市", w.name());
        assertEquals(List.of("12.6亿元"), figures(w));
    }

    @Test
    void aQuoteAPrivatePersonIsSaidToHaveSpokenRightAfterItIsThatPersons() {
        Announcement a = TestDocuments.parse("泰安市实现全国双拥模范城“七连冠”\n\n日前，泰安市再次被命名为全国双拥模范城。四年来，全市累计投入双拥资金3.6亿元。\n"
                + "“我干拥军这件事整整23年了。”今年67岁的拥军模范王秀兰说。全市建成退役军人服务站4380个。\n", "generated");
        assertEquals(List.of("3.6亿元", "4380个"), figures(only(a)));
    }

    @Test
    void aPersonWhoseAgeClosesAClauseTellsTheirOwnStoryToTheSentencesEnd() {
        Announcement a = TestDocuments.parse("黔东南州获评全国民族团结进步示范州\n\n日前，黔东南州被命名为全国民族团结进步示范州。全州累计投入资金12亿元，"
                + "人均预期寿命达到78岁，建成民族团结示范村46个。在西江经营银饰店的李阿婆今年71岁，她说自家店铺每年能卖出银饰2000多件。\n", "generated");
        assertEquals(List.of("12亿元", "46个"), figures(only(a)));
    }

    @Test
    void aFlashOfOneParagraphWithItsBylineInBracketsIsNoHeadline() {
        Announcement a = TestDocuments.parse("【快讯】10月18日，记者从市双拥办获悉，吉安市再次被命名为全国双拥模范城，实现“八连冠”。"
                + "（井冈山报全媒体记者 刘晓东）\n", "generated");
        assertEquals("吉安市×8", only(a).name() + "×" + only(a).timesHonored());
    }

    @Test
    void aRespectivelyListPairsStreaksToo() {
        Announcement a = TestDocuments.parse("绵阳市江油市双双获评全国双拥模范城（县）\n"
                + "日前，绵阳市、江油市双双上榜，分别实现“五连冠”和第二次获此殊荣。\n"
                + "军民融合：绵阳市与德阳市签订协同发展协议，共建项目21个；江油市建成产业园2个。\n", "generated");
        java.util.Map<String, String> counts = new java.util.HashMap<>();
        a.awardees().forEach(w -> counts.put(w.name(), w.timesHonored() + " " + w.timesKind()));
        assertEquals(java.util.Map.of("绵阳市", "5 CONSECUTIVE", "江油市", "2 TOTAL"), counts);
        assertTrue(a.roster().stream().noneMatch(e -> e.name().equals("德阳市")), a.roster().toString());
    }

    @Test
    void aRespectivelyClauseAfterTheListsOwnClausePairsItsCounts() {
        Announcement a = TestDocuments.parse("泰兴东台灌云获评全国双拥模范城（县）\n"
                + "记者获悉，我省泰兴市、东台市、灌云县榜上有名，分别实现“五连冠”、第三次获评和首次获评全国双拥模范城（县）。\n",
                "generated");
        assertEquals(List.of("泰兴市×5 CONSECUTIVE", "东台市×3 TOTAL", "灌云县×1 TOTAL"), a.awardees().stream()
                .map(w -> w.name() + "×" + w.timesHonored() + " " + w.timesKind()).toList());
    }

    @Test
    void aCollectiveOfTheAwardeesSharesItsCountAndTheirParentsAreNoRoster() {
        Announcement a = TestDocuments.parse("余庆镇远赫章入选国家生态文明建设示范区\n"
                + "日前，我省余庆县、镇远县、赫章县入选国家生态文明建设示范区。\n"
                + "三县分别隶属遵义市、黔东南州和毕节市，均为首次获此殊荣。\n", "generated");
        assertEquals(List.of("余庆县", "镇远县", "赫章县"), a.roster().stream().map(e -> e.name()).toList());
        assertTrue(a.awardees().stream().allMatch(w -> Integer.valueOf(1).equals(w.timesHonored())), a.awardees().toString());
    }

    @Test
    void figuresListedAfterRespectivelyGoToTheAwardeesInOrder() {
        Announcement a = TestDocuments.parse("余庆镇远赫章入选国家生态文明建设示范区\n"
                + "日前，我省余庆县、镇远县、赫章县入选国家生态文明建设示范区。\n"
                + "近年来，三县坚持生态优先，森林覆盖率分别达到70.2%、66.8%和54.3%。\n"
                + "余庆县发展生态茶园16.5万亩。镇远县修复河岸37公里。赫章县种植经果林30万亩。\n", "generated");
        assertEquals(List.of("70.2%", "16.5万亩"), figures(a.awardees().get(0)));
        assertEquals(List.of("66.8%", "37公里"), figures(a.awardees().get(1)));
        assertEquals(List.of("54.3%", "30万亩"), figures(a.awardees().get(2)));
    }

    @Test
    void aShortNameOnATraditionalPageTakesItsEndingInThatScript() {
        Announcement a = TestDocuments.parse("寧夏彭陽、鹽池兩縣獲評國家生態文明建設示範區\n"
                + "日前，寧夏彭陽縣、鹽池縣雙雙上榜，兩縣均為首次獲得該命名。\n彭陽縣森林覆蓋率達到30.2%。\n", "generated");
        assertEquals(List.of("彭陽縣", "鹽池縣"), a.roster().stream().map(e -> e.name()).toList());
        assertTrue(a.issues().stream().noneMatch(d -> d.kind() == DiagnosticKind.MISSING_SECTION), a.issues().toString());
    }

    @Test
    void aPartnerAtAClausesHeadIsNotItsSubject() {
        Announcement a = TestDocuments.parse("两县获评全国民族团结进步示范区\n"
                + "日前，喀喇沁旗、扎赉特旗被授予“全国民族团结进步示范区”称号。\n"
                + "喀喇沁旗建成教育基地15处。扎赉特旗建成服务站63个；在与喀喇沁旗开展的结对交流中，扎赉特旗选派320名干部挂职。\n",
                "generated");
        assertEquals(List.of("15处"), figures(a.awardees().get(0)));
        assertEquals(List.of("63个", "320名"), figures(a.awardees().get(1)));
    }

    @Test
    void aReportInWeMenIsAboutItsGovernmentsCityAndAnotherHonoursCountAndCongressNumbersAreNotItsOwn() {
        Awardee w = only(TestDocuments.parse("政府工作报告\n——2024年1月10日在长治市第十五届人民代表大会第四次会议上\n"
                + "长治市人民政府市长\n\n各位代表：\n\n全市上下较好完成了市十五届人大三次会议确定的目标任务。\n"
                + "这一年，我们办成了一批大事要事：成功创建全国文明城市；连续三次获评全国双拥模范城。\n"
                + "我们新增规上工业企业126户，改造老旧小区318个。\n", "generated"));
        assertEquals("长治市", w.name());
        assertEquals(null, w.timesHonored()); // 连续三次 is 双拥模范城's
        assertEquals(List.of("126户", "318个"), figures(w)); // not 十五届 or 三次 of 市十五届人大三次会议
        assertTrue(has(w.issues(), DiagnosticKind.INFERRED_AWARDEE), w.issues().toString());
    }

    @Test
    void aSentenceAboutANeighbourInAOnePlaceStoryIsNotTheAwardeesNorIsThe该县AfterIt() {
        Awardee w = only(TestDocuments.parse("石柱县获评国家生态文明建设示范区\n\n日前，石柱土家族自治县被命名为国家生态文明建设示范区。"
                + "石柱县东邻湖北省利川市，幅员面积3013平方公里，新增城区绿地420公顷。"
                + "同处渝东南的彭水县去年已获此称号，该县森林覆盖率达到62.4%。该县建成国家级自然保护区1个。"
                + "石柱县森林覆盖率达60.2%。\n", "generated"));
        assertEquals(List.of("3013平方公里", "420公顷", "60.2%"), figures(w));
    }

    @Test
    void aVerbClosingItsClauseInASentenceThatSaidTheHonourIsAStatement() {
        Announcement a = TestDocuments.parse("我省5个市县获评全国双拥模范城（县）\n\n全国双拥模范城（县）命名表彰大会在京召开，我省共有5个市县获此殊荣。"
                + "其中，襄阳市、十堰市连续八次获此殊荣；宜昌市第七次上榜；随州市曾都区、竹山县首次获评。\n"
                + "宜昌市累计为军人军属提供优先服务4.6万人次。竹山县投入1800万元修建营区供水工程。\n", "generated");
        assertEquals(java.util.Map.of("襄阳市", 8, "十堰市", 8, "宜昌市", 7, "曾都区", 1, "竹山县", 1), counts(a));
    }

    @Test
    void placesDescribedAsAlreadyHoldingTheHonourAreNoRoster() {
        Announcement a = TestDocuments.parse("阳山县召开创建省级文明城市动员大会\n\n会议提出，全县力争到2026年成功创建省级文明县城。"
                + "县里将组织干部赴已获评全国文明城市的江门市、中山市等地学习考察。\n", "generated");
        assertTrue(a.roster().isEmpty() && a.awardees().isEmpty(), a.roster() + " " + a.awardees());
        Announcement notice = TestDocuments.parse("关于做好全国双拥模范城（县）创建考评推荐工作的通知\n\n"
                + "推荐对象为本届内获得贵州省双拥模范城（县）命名的市（州）、县（市、区）。2024年已获全国双拥模范城（县）命名的"
                + "遵义市、六盘水市、赤水市、湄潭县等，按复查程序参加考评，不占推荐名额。\n", "generated");
        assertTrue(notice.roster().isEmpty() && notice.awardees().isEmpty(), notice.roster() + " " + notice.awardees());
    }

    @Test
    void howLongAnHonourHasBeenHeldIsNoFigure() {
        Awardee w = only(TestDocuments.parse("桐庐县获评平安中国建设示范县\n\n日前，桐庐县被命名为平安中国建设示范县。"
                + "此前，该县已连续17年获评浙江省平安县。全县建成综治中心14个。\n", "generated"));
        assertEquals(List.of("14个"), figures(w));
    }

    @Test
    void countsOfEarlierRoundsAndOfTheClauseAfterASemicolonAreNotTheStatements() {
        Awardee chengde = only(TestDocuments.parse("承德市首次荣获全国文明城市称号\n\n在日前揭晓的第七届全国文明城市评选中，承德市成功入选，"
                + "首次荣获“全国文明城市”称号。此前，承德市已连续两届获得全国文明城市提名城市资格。\n", "generated"));
        assertEquals(1, chengde.timesHonored());
        Awardee jingdezhen = only(TestDocuments.parse("景德镇市通过国家卫生城市复审\n\n景德镇市顺利通过国家卫生城市复审，被重新确认为国家卫生城市。"
                + "景德镇市于２０１０年首次获得国家卫生城市称号。\n", "generated"));
        assertEquals(null, jingdezhen.timesHonored());
        Announcement two = TestDocuments.parse("我省两市获国家园林城市称号\n\n我省汉中市顺利通过复查，确认保留国家园林城市称号；"
                + "华阴市首次摘得“国家园林城市”桂冠。\n", "generated");
        java.util.Map<String, Integer> expected = new java.util.HashMap<>();
        expected.put("汉中市", null);
        expected.put("华阴市", 1);
        assertEquals(expected, two.awardees().stream().collect(java.util.HashMap::new,
                (m, w) -> m.put(w.name(), w.timesHonored()), java.util.HashMap::putAll));
        Awardee linhai = only(TestDocuments.parse("临海市获评浙江省森林城市\n\n省政府日前发文，授予临海市“浙江省森林城市”称号。"
                + "这是临海继2015年之后第二次获此称号。\n", "generated"));
        assertEquals(2, linhai.timesHonored());
        Awardee suzhou = only(TestDocuments.parse("苏州再度获评全国双拥模范城\n\n近日，苏州市再度被命名为全国双拥模范城。\n"
                + "此前 , 苏州已于2016年实现全国双拥模范城“六连冠” 。\n图为表彰现场。这是苏州第八次捧回这块“金字招牌”。\n", "generated"));
        assertEquals(8, suzhou.timesHonored());
        Awardee manzhouli = only(TestDocuments.parse("满洲里获评国家卫生城市\n\n全国爱卫会近日发布新一轮国家卫生城市命名名单，满洲里再度榜上有名。"
                + "2012年，满洲里首次获评国家卫生城市，此后一直巩固创建成果。\n满洲里总面积732平方公里。\n", "generated"));
        assertEquals(null, manzhouli.timesHonored()); // 再度: the 首次 of 2012 is an earlier round's
    }

    @Test
    void aCompanyNamedAfterItsCityIsHonouredNotTheCityNorIsAnotherHonoursEarlierCountAnAwardee() {
        Announcement a = TestDocuments.parse("格尔木一企业荣获“全国民族团结进步模范集体”称号\n\n在近日召开的全国民族团结进步表彰大会上，"
                + "格尔木市昆仑通达物流有限责任公司被授予“全国民族团结进步模范集体”称号。公司现有员工612人。\n"
                + "格尔木是交通枢纽，常住人口约23万人。格尔木市此前已连续四次被命名为全国双拥模范城。\n", "generated");
        assertEquals("全国民族团结进步模范集体", a.honor());
        assertTrue(a.awardees().isEmpty(), a.awardees().toString());
    }

    @Test
    void anEarlierRoundsHolderIsNoAwardeeAndTheHeadlinesHonourIsTheDocuments() {
        Awardee w = only(TestDocuments.parse("昭苏县被命名为“全国民族团结进步示范县”\n\n日前，伊犁州昭苏县被命名为全国民族团结进步示范县。"
                + "昭苏县常住人口约16.5万人。\n在昭苏东边，邻县特克斯县早在2019年就已获得这一称号。"
                + "特克斯县以“八卦城”闻名，全县建成民族团结活动中心58个，年接待游客超过300万人次。\n", "generated"));
        assertEquals("昭苏县", w.name());
        assertEquals(List.of("16.5万人"), figures(w)); // 全县 after 特克斯县 in its sentence is 特克斯县
        Announcement a = TestDocuments.parse("桐庐县被命名为“平安中国建设示范县”\n\n日前，平安中国建设协调小组印发通报，"
                + "命名一批平安中国建设示范县（市、区），桐庐县榜上有名。此前，该县已连续17年获评浙江省平安县。\n", "generated");
        assertEquals("平安中国建设示范县", a.honor());
        assertEquals(List.of("桐庐县"), a.awardees().stream().map(Awardee::name).toList());
    }

    @Test
    void aFirstTimeInAPlacesOwnParagraphIsItsCountUnlessTheStoryIsOfAReview() {
        Announcement three = TestDocuments.parse("忻州三县获评山西省卫生县城\n\n近日，山西省爱卫会发布命名通报，我市河曲县、保德县、定襄县榜上有名，"
                + "被命名为“山西省卫生县城”。\n河曲县地处晋陕蒙三省区交界，此次是首次获评。该县投资2.3亿元实施街巷硬化工程。\n", "generated");
        assertEquals(1, three.awardees().stream().filter(w -> w.name().equals("河曲县")).findFirst().orElseThrow().timesHonored());
        Awardee qijiang = only(TestDocuments.parse("綦江区顺利通过国家卫生区复审\n\n全国爱卫会近日印发通报，重庆市綦江区顺利通过复审，"
                + "继续保留“国家卫生区”称号。\n綦江区辖区面积2182平方公里。2017年，綦江区首次成功创建国家卫生区。\n", "generated"));
        assertEquals(null, qijiang.timesHonored());
    }

    @Test
    void countsOfUnitsAndPeopleHonouredWithTheRoundAreNoFigures() {
        Awardee w = only(TestDocuments.parse("蚌埠市获评安徽省双拥模范城\n\n省委、省政府日前命名蚌埠市为“安徽省双拥模范城”，"
                + "同时命名表彰省双拥模范单位86个、双拥模范个人120名。蚌埠市建成各级退役军人服务站1136个，"
                + "创建各级双拥模范单位165个。\n", "generated"));
        assertEquals(List.of("1136个", "165个"), figures(w));
    }

    @Test
    void aPhotoCaptionIsNotJoinedToTheNextPlacesParagraph() {
        Announcement a = TestDocuments.parse("我省5地被命名为第七批国家生态文明建设示范区\n\n生态环境部日前公布名单，"
                + "我省栾川县、新县、西峡县、修武县、林州市5地榜上有名。\n\n栾川县地处伏牛山腹地，全县总面积2477平方公里。\n\n"
                + "栾川县重渡沟景区一角（资料图）\n\n新县是大别山革命老区。该县建成生态公益林86万亩。\n", "generated");
        assertEquals(List.of("86万亩"), figures(a.awardees().stream().filter(w -> w.name().equals("新县")).findFirst().orElseThrow()));
    }

    @Test
    void aCountyPagesQuanXianIsTheCountyAfterOtherPlacesAreNamed() {
        Announcement a = TestDocuments.parse("我县再次荣获“江西省双拥模范县”称号\n\n近日，我县再次被命名为“江西省双拥模范县”，实现“五连冠”。"
                + "本次全市共有3个县（市、区）获此称号，其中广丰区、德兴市为首次获评。\n"
                + "四年来，全县累计投入拥军优属资金3260万元，为驻县部队解决实际困难问题48个。\n"
                + "主办单位：万年县人民政府办公室\n", "generated");
        assertEquals(List.of("3260万元", "48个"), figures(a.awardees().stream().filter(w -> w.name().equals("万年县"))
                .findFirst().orElseThrow()));
    }

    @Test
    void aWoXianPageIsNamedByItsPublisherWhenItsTextNamesTheCountyNowhere() {
        String text = "我县再次荣获“江西省双拥模范县”称号\n\n近日，我县再次被命名为“江西省双拥模范县”。"
                + "四年来，全县累计投入拥军优属资金3260万元。\n";
        assertTrue(TestDocuments.parse(text, "generated").awardees().isEmpty());
        Announcement a = new CommendationTextParser().parse(Source.ofText(text, "generated"),
                ParseOptions.defaults().withPublisher("万年县人民政府"));
        assertEquals("万年县", only(a).name());
        assertEquals(List.of("3260万元"), figures(only(a)));
        assertTrue(only(a).issues().stream().anyMatch(d -> d.kind() == DiagnosticKind.INFERRED_AWARDEE
                && d.message().contains("publisher (万年县人民政府)")), only(a).issues().toString());
    }

    @Test
    void aRoundUpsPartsHeadedByAnotherHonourGiveNoCountsOfTheDocumentsHonour() {
        Announcement numbered = TestDocuments.parse("嘉兴市、平湖市通过国家卫生城市复审，桐乡市首次获评\n\n"
                + "12月8日，全国爱卫会公布复审和命名结果：嘉兴市、平湖市顺利通过复审，继续保留国家卫生城市称号；桐乡市首次获评国家卫生城市。\n\n"
                + "一起来盘点今年嘉兴收获的金名片：\n1. 国家卫生城市\n桐乡市创卫三年累计投入21亿元。\n"
                + "2. 全国文明城市（县级）\n嘉善县连续第三届获评，县域志愿者注册率达23%。\n"
                + "3. 浙江省双拥模范城（县）\n嘉兴市连续第六次获评，秀洲区首次获评。\n", "generated");
        java.util.Map<String, Integer> counts = new java.util.HashMap<>();
        numbered.awardees().forEach(w -> counts.put(w.name(), w.timesHonored()));
        assertEquals(1, counts.get("桐乡市"));
        assertEquals(null, counts.get("嘉兴市"), "its 连续第六次 is the 双拥 title's");
        assertTrue(numbered.awardees().stream().noneMatch(w -> w.name().equals("嘉善县") || w.name().equals("秀洲区")),
                numbered.awardees().toString());
        Announcement colon = TestDocuments.parse("2026年宜春城市荣誉成绩单出炉\n\n"
                + "全国文明城市：宜春市实现“三连冠”\n宜春市通过复查，继续保留全国文明城市称号，实现“三连冠”。\n\n"
                + "江西省双拥模范县：上高县连续第四次获评\n上高县近五年为部队办实事好事230余件。\n", "generated");
        assertEquals(List.of("宜春市3"), colon.awardees().stream().map(w -> w.name() + w.timesHonored()).toList());
    }

    @Test
    void ruLieSaysAPlaceJoinedTheRanksOfTheHonour() {
        Announcement a = TestDocuments.parse("廈門保留全國文明城市 漳州首度入列\n\n（中央社記者李雅婷臺北14日電）中國大陸中央精神文明建設指導委員會日前公佈"
                + "第七屆全國文明城市名單，福建省廈門市通過複查，確認保留「全國文明城市」稱號；同省的漳州市則首度入列。\n", "generated");
        java.util.Map<String, Integer> counts = new java.util.HashMap<>();
        a.awardees().forEach(w -> counts.put(w.name(), w.timesHonored()));
        assertEquals(1, counts.get("漳州市"), a.awardees().toString());
        assertTrue(counts.containsKey("廈門市"));
    }

    @Test
    void bingtuanCitiesWrittenWithTheirDivisionsAreOneList() {
        Announcement a = TestDocuments.parse("兵团两城同获“全国双拥模范城”称号\n\n本报讯 兵团第八师石河子市、第一师阿拉尔市被命名为全国双拥模范城，"
                + "两市分别为连续第六次和第二次获此殊荣。\n", "generated");
        assertEquals(List.of("石河子市6", "阿拉尔市2"), a.awardees().stream().map(w -> w.name() + w.timesHonored()).toList());
    }

    @Test
    void aListStatedInTwoClausesBeforeFenbieTakesItsCountsInOrder() {
        Announcement a = TestDocuments.parse("苏州两地全国文明城市连冠\n\n11月5日，中央文明委公布新一届全国文明城市名单和复查结果，"
                + "常熟市、张家港市均通过复查，确认保留“全国文明城市”称号，分别实现六连冠、八连冠。\n", "generated");
        java.util.Map<String, Integer> counts = new java.util.HashMap<>();
        a.awardees().forEach(w -> counts.put(w.name(), w.timesHonored()));
        assertEquals(6, counts.get("常熟市"));
        assertEquals(8, counts.get("张家港市"));
    }

    @Test
    void aCountAfterTheYearItCountsOnFromIsThisRounds() {
        Announcement a = TestDocuments.parse("深圳七连冠\n\n全国双拥模范城（县）命名表彰大会日前在北京举行，深圳市再度榜上有名，"
                + "自1991年首度获评以来实现“七连冠”。\n", "generated");
        assertEquals(7, only(a).timesHonored());
        assertEquals(TimesKind.CONSECUTIVE, only(a).timesKind());
        Announcement dated = TestDocuments.parse("深圳获评\n\n全国双拥模范城（县）命名表彰大会日前在北京举行，深圳市再度榜上有名。"
                + "深圳市2020年实现“六连冠”。\n", "generated");
        assertEquals(null, only(dated).timesHonored(), "a year the count is of: an earlier round's");
    }

    @Test
    void aParagraphOpenedByWoShiBelowAListOfTheCitysPlacesIsTheCitysWhenThePageNamesIt() {
        String text = "我市4地获评四川省双拥模范城（县）\n\n12月6日，四川省委、省政府、省军区联合发布命名决定。我市共有4地榜上有名，分别是：\n"
                + "遂宁市（连续第五次）\n射洪市（第三次）\n蓬溪县（连续第四次）\n大英县（首次）\n"
                + "近年来，我市坚持把双拥工作纳入经济社会发展总体规划，全市累计投入双拥经费2.3亿元，建成退役军人服务站1620个。\n";
        Announcement a = new CommendationTextParser().parse(Source.ofText(text, "generated"),
                ParseOptions.defaults().withPublisher("遂宁市人民政府"));
        assertEquals(List.of("2.3亿元", "1620个"), figures(a.awardees().stream().filter(w -> w.name().equals("遂宁市"))
                .findFirst().orElseThrow()));
        assertEquals(4, a.awardees().size());
        // a page that never names its 我市 gives the paragraph to no one
        Announcement unnamed = TestDocuments.parse(text, "generated");
        assertTrue(unnamed.awardees().stream().allMatch(w -> w.metrics().isEmpty()), unnamed.awardees().toString());
    }

    @Test
    void aSentenceOpeningWithAListedPlaceIsItsLaterInAParagraph() {
        Announcement a = TestDocuments.parse("住建部公布2023年国家园林城市名单\n\n近日，住房和城乡建设部印发通知，命名辽阳市等8个城市为国家园林城市。\n"
                + "一、国家园林城市（8个）\n河北省\n承德市\n辽宁省\n辽阳市\n"
                + "截至目前，全国共有国家园林城市400余个。其中，承德市建成区绿地率达41.3%，人均公园绿地面积16.8平方米。\n", "generated");
        assertEquals(List.of("41.3%", "16.8平方米"), figures(a.awardees().stream().filter(w -> w.name().equals("承德市"))
                .findFirst().orElseThrow()));
    }

    @Test
    void aConditionIsNoStatement() {
        Announcement a = TestDocuments.parse("格尔木市全面启动创建国家卫生城市工作\n\n格尔木市召开创建国家卫生城市动员部署大会，计划三年投入创卫资金8.5亿元。"
                + "格尔木市若创建成功，将成为柴达木地区首个国家卫生城市。\n", "generated");
        assertTrue(a.awardees().isEmpty(), a.awardees().toString());
    }

    @Test
    void countsSaidOfListedPlacesInANoteAfterTheListAreTheirs() {
        Announcement a = TestDocuments.parse("第六届甘肃省文明城市名单公布\n\n甘肃省精神文明建设委员会日前印发决定，命名张掖市、武威市、定西市、临夏市"
                + "为第六届甘肃省文明城市，命名景泰县、康县为甘肃省文明县城。\n\n说明：定西市、临夏市为首次命名；武威市为第二次命名；"
                + "张掖市经复查确认继续保留称号。\n", "generated");
        assertEquals(List.of("张掖市", "武威市", "定西市", "临夏市"), a.roster().stream().map(e -> e.name()).toList());
        java.util.Map<String, Integer> expected = new java.util.HashMap<>();
        expected.put("定西市", 1);
        expected.put("临夏市", 1);
        expected.put("武威市", 2);
        assertEquals(expected, a.awardees().stream().filter(w -> w.timesHonored() != null)
                .collect(java.util.stream.Collectors.toMap(Awardee::name, Awardee::timesHonored)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"汶川县首获“全国民族团结进步示范县”称号", "汶川縣首獲“全國民族團結進步示範縣”稱號",
        "汶川县首度荣获全国民族团结进步示范县", "汶川县首次获得“全国民族团结进步示范县”称号"})
    void aFirstNamingSaidOnlyInTheHeadlineIsACountOfOne(String headline) {
        Awardee a = only(TestDocuments.parse(headline + "\n\n近日，国家民委公布命名名单，汶川县榜上有名。\n\n汶川县面积4084平方公里。\n",
                "generated"));
        assertEquals(1, a.timesHonored());
        assertEquals(dev.laurel.model.TimesKind.TOTAL, a.timesKind());
    }

    @Test
    void aShortNameTheGazetteerCannotPlaceIsTheAwardeeWhoseNameItStartsAndABracketCountAfterAnotherHonourIsThatHonours() {
        Announcement a = TestDocuments.parse("年终盘点｜娄底邵阳同获“国家森林城市”\n\n【国家森林城市：娄底、邵阳首次上榜】\n\n"
                + "9月，国家林业和草原局公布新一批国家森林城市名单，娄底市、邵阳市双双入选。\n\n"
                + "邵阳市创森期间新增城市绿地1260公顷。\n\n此外，湘潭市被确认为湖南省双拥模范城（七连冠）。\n", "generated");
        assertEquals(List.of("娄底市", "邵阳市"), a.roster().stream().map(e -> e.name()).toList());
        assertEquals(List.of("娄底市1", "邵阳市1"), a.awardees().stream().map(w -> w.name() + w.timesHonored()).toList(),
                "邵阳 (邵阳市 or 邵阳县) is 邵阳市; 娄底、邵阳首次上榜 is both's first; 湘潭市's count is another honour's");
    }

    @Test
    void listedPlacesBeforeFenbieTakeTheCountsListedAfterItInOrder() {
        Announcement a = TestDocuments.parse("广东命名新一届省双拥模范城（县）\n\n广东省委、省政府、广东省军区联合发文，命名广州市等24个市、县"
                + "（市、区）为“广东省双拥模范城（县）”。名单中深圳市、珠海市、湛江市分别实现“九连冠”、连续第七次获评和第八次获评，"
                + "韶关市、汕头市等亦在名单之列。\n", "generated");
        assertEquals(List.of("深圳市9", "珠海市7", "湛江市8"), a.awardees().stream().map(w -> w.name() + w.timesHonored()).toList());
        assertEquals(List.of(dev.laurel.model.TimesKind.CONSECUTIVE, dev.laurel.model.TimesKind.CONSECUTIVE,
                dev.laurel.model.TimesKind.TOTAL), a.awardees().stream().map(Awardee::timesKind).toList());
        // with sections for two of them, the third keeps the count the list gave it
        Announcement sections = TestDocuments.parse("广东命名新一届省双拥模范城（县）\n\n名单中深圳市、珠海市、湛江市分别实现“九连冠”、"
                + "连续第七次获评和第八次获评，韶关市、汕头市等亦在名单之列。\n\n深圳：拥军优属全链条\n\n深圳市累计投入双拥经费12.6亿元。\n\n"
                + "珠海：军民融合有温度\n\n珠海市开放军地共用设施56处。\n", "generated");
        assertTrue(sections.awardees().stream().anyMatch(w -> w.name().equals("湛江市") && Integer.valueOf(8).equals(w.timesHonored())),
                sections.awardees().toString());
    }

    @Test
    void aPlaceSaidToHaveBeenNamedInAnEarlierYearIsNoAwardee() {
        Announcement a = TestDocuments.parse("耿马县获评全国民族团结进步示范区\n\n近日，国家民委公布命名名单，耿马县被命名为全国民族团结进步示范区。"
                + "该县建成示范村42个。与耿马县相邻的沧源佤族自治县已于2019年获得该命名。\n", "generated");
        assertEquals(List.of("耿马傣族佤族自治县"), a.awardees().stream().map(Awardee::name).toList());
    }

    @Test
    void thePlaceARankIsAmongIsNoAwardeeOfTheCountInItsClause() {
        Announcement a = TestDocuments.parse("江华连续三届荣获“全国双拥模范县”称号\n\n日前，江华瑶族自治县被命名为“全国双拥模范县”。"
                + "至此，该县已连续三届获此殊荣，是永州市唯一一个连续三届获评的县。\n\n全县累计投入双拥经费8600余万元。\n", "generated");
        assertEquals(List.of("江华瑶族自治县3"), a.awardees().stream().map(w -> w.name() + w.timesHonored()).toList());
    }

    @Test
    void aShortNameThatSaysNoScriptTakesTheScriptOfThePageAndIsOneAwardeeWithItsListing() {
        Announcement a = TestDocuments.parse("貴州鎮遠、雷山入選國家全域旅遊示範區\n\n大陸文化和旅遊部日前公布第三批國家全域旅遊示範區名單，"
                + "貴州省黔東南州鎮遠縣、雷山縣雙雙入選，兩縣均為首度獲得這一稱號。\n\n"
                + "雷山縣則以西江千戶苗寨為核心，去年接待遊客1950萬人次。\n", "generated");
        assertEquals(List.of("鎮遠縣1", "雷山縣1"), a.awardees().stream().map(w -> w.name() + w.timesHonored()).toList(),
                "雷山 is written alike in both scripts; the page writes 雷山縣");
    }

    @Test
    void aNamingInASentenceOpenedByAYearWellBeforeThePagesIsAnEarlierRounds() {
        Announcement a = TestDocuments.parse("雷山县获评全国民族团结进步示范县\n黔东南日报 2026-11-27 07:32\n\n"
                + "本报讯 国家民委近日印发通知，雷山县被命名为“全国民族团结进步示范县”，这是该县第二次获此殊荣。\n\n"
                + "黔东南州是全国少数民族人口比例最高的州之一，全州累计创建各级示范单位1380余个。"
                + "2015年，黔东南州被命名为全国民族团结进步示范州。\n", "generated");
        assertEquals(List.of("雷山县2"), a.awardees().stream().map(w -> w.name() + w.timesHonored()).toList(),
                "2015年，… on a page dated 2026 tells an earlier round");
    }

    @Test
    void aPointerBeforeShortNamesRunTogetherAndTheirNumberSaysWhoseTheyAre() {
        Announcement a = TestDocuments.parse("我州雷山台江从江三县获评全国民族团结进步示范县\n黔东南日报　记者 杨光华\n\n"
                + "本报讯 国家民委近日印发通知，我州雷山县、台江县、从江县榜上有名，被命名为“全国民族团结进步示范县”。"
                + "其中，雷山县是第二次获此殊荣，台江县、从江县均为首次获得命名。\n\n"
                + "黔东南州是全国少数民族人口比例最高的州之一，全州累计创建各级示范单位1380余个。\n", "generated");
        assertEquals(List.of("雷山县2", "台江县1", "从江县1"),
                a.awardees().stream().map(w -> w.name() + w.timesHonored()).toList(),
                "我州…三县获评: the counties won; 我州 is 黔东南州 by its paper, but not an awardee");
    }

    @Test
    void aListInASentenceNamingOnlyAnotherHonourIsThatHonours() {
        Announcement a = TestDocuments.parse("国家卫生城市名单出炉 福建宁德、南平首度入列\n\n全国爱卫会日前公布国家卫生城市（区）命名结果，"
                + "其中宁德市、南平市为首度获得命名，福州市通过复审。\n\n同一批公布的国家卫生县城名单中，福建德化县、永泰县、柘荣县获得命名。\n",
                "generated");
        assertEquals(List.of("宁德市", "南平市"), a.roster().stream().map(e -> e.name()).toList(), "德化县… are 卫生县城");
    }

    @Test
    void aBareShangbangClosingItsClauseStatesThePagesHonour() {
        Announcement a = TestDocuments.parse("我省4地获评贵州省双拥模范城（县）\n\n23个市、县被命名为“贵州省双拥模范城（县）”，遵义市实现“五连冠”。"
                + "\n\n凯里市首次上榜，靠的是“扎实”二字。近年来，凯里市改造提升烈士纪念设施7处。\n", "generated");
        assertEquals(java.util.Map.of("遵义市", 5, "凯里市", 1), counts(a));
    }

    @Test
    void huodeMingmingClosingAClauseAfterPlacesStatesThePagesHonour() {
        Announcement a = TestDocuments.parse("国家卫生城市名单出炉 福建宁德、南平首度入列\n\n全国爱卫会日前公布国家卫生城市命名结果，"
                + "福建省共有3个城市榜上有名。其中宁德市、南平市为首度获得命名，福州市通过复审。\n\n宁德市是锂电池产业重镇，"
                + "该市新建农贸市场46个。南平市则以武夷山闻名，该市森林覆盖率达78.85%。\n", "generated");
        Awardee nanping = a.awardees().stream().filter(w -> w.name().equals("南平市")).findFirst().orElseThrow();
        assertEquals(List.of("78.85%"), figures(nanping), "南平市 is named by 获得命名, so its sentence is its own");
    }

    @Test
    void aPointerBeforeADistributiveClauseOwnsTheGroupItDoesNotWin() {
        Announcement a = TestDocuments.parse("赤峰市创建国家卫生县城工作新闻发布会\n\n全国共有173个县城被命名为国家卫生县城，"
                + "内蒙古自治区有9个旗县入选，我市占了3个，均为首次获得命名。\n\n宁城县新建公厕52座。\n", "generated");
        assertTrue(a.awardees().stream().noneMatch(w -> w.name().equals("赤峰市")), a.awardees().toString());
    }

    @Test
    void aPlaceBeforeACountOfItsBannersOrTownsIsNotTheirSubject() {
        for (String group : List.of("3个旗县", "5个乡镇")) {
            Announcement a = TestDocuments.parse("赤峰市" + group + "获评国家卫生县城\n\n宁城县新建公厕52座。\n", "generated");
            assertTrue(a.awardees().stream().noneMatch(w -> w.name().equals("赤峰市")), group + ": " + a.awardees());
        }
    }

    @Test
    void listedPlacesOpeningTheSemicolonPartsOfOneSentenceEachTakeTheirFigures() {
        Announcement a = TestDocuments.parse("关于国家园林城市复查和申报评审结果的通报\n\n一、新命名国家园林城市（2个）\n\n盘锦市、海城市\n\n"
                + "二、通过复查，继续保留国家园林城市称号（2个）\n\n沈阳市、大连市\n\n此次新命名的2个城市中，盘锦市建成区绿地率达41.6%，"
                + "近三年新建改建公园62个；海城市新增城市绿地面积约210公顷，建成口袋公园48处。\n", "generated");
        Awardee haicheng = a.awardees().stream().filter(w -> w.name().equals("海城市")).findFirst().orElseThrow();
        assertEquals(List.of("210公顷", "48处"), figures(haicheng));
    }

    @Test
    void listedPlacesOpeningTheCommaClausesOfOneSentenceEachTakeTheirFigures() {
        Announcement a = TestDocuments.parse("我省4个城市（县）入选全国文明城市名单\n\n序号\t城市（县）\t类别\t命名次数\n1\t南京市\t复查确认\t5\n"
                + "2\t盐城市\t新命名\t1\n3\t宿迁市\t新命名\t1\n4\t沭阳县\t新命名\t1\n\n"
                + "新命名的3地中，盐城市累计投入城市更新资金约86亿元，宿迁市建成新时代文明实践阵地1520余个，沭阳县改造老旧小区47个。\n",
                "generated");
        java.util.Map<String, List<String>> byName = new java.util.HashMap<>();
        a.awardees().forEach(w -> byName.put(w.name(), figures(w)));
        assertEquals(List.of("86亿元"), byName.get("盐城市"));
        assertEquals(List.of("1520余个"), byName.get("宿迁市"));
        assertEquals(List.of("47个"), byName.get("沭阳县"));
    }

    @Test
    void aUnitInAListOfHonouredUnitsDoesNotNameThePagesOwnPlace() {
        Announcement a = TestDocuments.parse("我区14地获评全国双拥模范城（县）\n\n我区共有14个城市（县、区）被命名为全国双拥模范城（县），"
                + "百色市、靖西市为首次上榜，全区获得命名的城市数量比上一届增加3个。\n\n全国双拥模范单位：南宁市青秀区南湖街道办事处、"
                + "柳州市柳北区退役军人事务局、桂林市灵川县人民武装部\n", "generated");
        assertTrue(a.awardees().stream().noneMatch(w -> w.name().equals("柳北区")), a.awardees().toString());
    }

    @Test
    void aZeroOrAFractionInAListOfCountsCountsNothing() {
        for (String count : List.of("连续0次", "2.5次")) {
            Announcement a = TestDocuments.parse("苏州及4个县级市同获全国双拥模范城称号\n\n张家港市、常熟市分别是第六次和" + count
                    + "被命名为全国双拥模范城。\n", "generated");
            assertTrue(a.awardees().stream().noneMatch(w -> w.timesHonored() != null && w.timesHonored() < 1), count);
        }
    }

    @Test
    void aParagraphAboutAListedPlaceByItsShortNameInTraditionalScriptIsThatPlaces() {
        Announcement a = TestDocuments.parse("雲南兩地獲評全國民族團結進步示範州（縣）\n\n命名名單如下：\n1．迪慶藏族自治州\n2．玉溪市峨山彝族自治縣\n\n"
                + "峨山縣作爲全國第一個彝族自治縣，全縣建成民族團結進步示範點95個。\n", "generated");
        Awardee eshan = a.awardees().stream().filter(w -> w.name().startsWith("峨山")).findFirst().orElseThrow();
        assertEquals(List.of("95個"), figures(eshan));
    }

    @Test
    void placesUnderAHeadOfNomineesAreNoRoster() {
        Announcement a = TestDocuments.parse("廣東3市新獲評全國文明城市\n\n中央文明委前日公布第八屆全國文明城市名單。\n"
                + "新獲評（3個）：湛江市、肇慶市、河源市\n提名城市（2個）：韶關市、汕尾市\n", "generated");
        assertEquals(List.of("湛江市", "肇慶市", "河源市"), a.roster().stream().map(e -> e.name()).toList());
    }

    @Test
    void placesAPlanNamesAreNoAwardees() {
        Announcement a = TestDocuments.parse("我市三地获评福建省双拥模范城（县）\n\n省委、省政府决定命名新一届福建省双拥模范城（县），"
                + "我市武夷山市、邵武市、光泽县榜上有名。\n\n市双拥办负责人表示，下一步将以此次命名为契机，"
                + "力争建阳区、浦城县在下一届实现突破。\n", "generated");
        assertEquals(List.of("武夷山市", "邵武市", "光泽县"), a.roster().stream().map(e -> e.name()).toList(),
                "力争建阳区、浦城县…: a plan's places");
    }

    @Test
    void theSumOfSeveralAwardeesAndHowManyPlacesHoldTheTitleAreNoOnesFigures() {
        Announcement a = TestDocuments.parse("丽水三县获评浙江省全域旅游示范县\n\n近日，缙云县、松阳县被命名为浙江省全域旅游示范县。"
                + "至此，丽水全市9个县（市、区）中已有7个获评该称号。\n\n据统计，缙云县、松阳县2024年分别接待游客1820万人次、1356万人次，"
                + "两县旅游总收入合计超过300亿元。\n", "generated");
        assertEquals(List.of("缙云县:1820万人次", "松阳县:1356万人次"), a.awardees().stream()
                .flatMap(w -> w.metrics().stream().map(m -> w.name() + ":" + m.text())).toList());
    }

    @Test
    void aClauseOpeningWithAnotherPlacesShortNameAndItsWholeIsThatPlaces() {
        Awardee a = only(TestDocuments.parse("洪雅县获评四川省森林城市\n\n近日，洪雅县被命名为四川省森林城市。全县森林覆盖率达71.2%。\n\n"
                + "杨建军：眉山全市森林覆盖率是50.1%。\n", "generated"));
        assertEquals(List.of("71.2%"), figures(a));
    }

    @ParameterizedTest
    @ValueSource(strings = {"“四好农村路”全国示范县", "「四好農村路」全國示範縣", "全国“四好农村路”示范县"})
    void anHonourWrittenWithQuotesInsideItsNameIsRead(String honour) {
        Announcement a = TestDocuments.parse("宁都县成功创建" + honour + "\n\n日前，交通运输部等部门公布2024年" + honour
                + "名单，宁都县成功入选。这是该县首次获得这一国家级荣誉。近年来，宁都县累计投入资金23.6亿元。\n", "generated");
        assertEquals(List.of("23.6亿元"), figures(only(a)));
        assertEquals(1, only(a).timesHonored());
    }

    @Test
    void aRelatedHeadlineNamingAnotherPlaceIsNoSection() {
        Awardee a = only(TestDocuments.parse("天长市获评全国文明城市\n\n11月20日，全国精神文明建设表彰大会在北京召开，天长市榜上有名。"
                + "这是天长市继2017年、2020年之后再次获评全国文明城市（县级）。天长市累计投入资金21.8亿元。\n\n相关信息\n"
                + "· 来安县：志愿服务“点单式”受欢迎\n· 明光市开展文明交通劝导活动\n", "generated"));
        assertEquals("天长市", a.name());
        assertEquals(3, a.timesHonored(), "继2017年、2020年之后再次: the two rounds listed and this one (the shapes set's y02)");
        assertEquals(List.of("21.8亿元"), figures(a));
    }

    @Test
    void aFirstNamingInBracketsAfterANameIsThatPlaces() {
        Announcement a = TestDocuments.parse("龙岩实现九连冠\n\n在日前召开的表彰大会上，龙岩市再次被命名为全国双拥模范城，实现“九连冠”；"
                + "上杭县（连续五次）、长汀县（首次）被命名为全国双拥模范县。\n", "generated");
        assertEquals(java.util.Map.of("龙岩市", 9, "上杭县", 5, "长汀县", 1), a.awardees().stream()
                .collect(java.util.stream.Collectors.toMap(Awardee::name, Awardee::timesHonored)));
    }

    @Test
    void aWoShiPageIsNamedByAUnitWhoseShortNameAlsoNamesADistrict() {
        Awardee a = only(TestDocuments.parse("淮安日报 > 淮安新闻 > 要闻\n\n我市再获“全国双拥模范城”称号\n\n"
                + "2024-10-09 07:45　来源：淮安日报　记者 周宁\n\n近日，我市再次被命名为“全国双拥模范城”。全市累计投入双拥经费4.2亿元。\n",
                "generated"));
        assertEquals("淮安市", a.name(), "淮安 names 淮安市 and 淮安区; 我市 says which");
        assertEquals(List.of("4.2亿元"), figures(a));
    }

    @Test
    void aClauseOpeningWithAPointerToAnOrganisationIsNotThePlaces() {
        Awardee a = only(TestDocuments.parse("萍乡市实现全国文明城市两连冠\n\n近日，萍乡市再次被确认为全国文明城市。全市新增志愿者2.3万人。"
                + "萍乡学院把文明创建融入校园生活，该校现有在校生1.6万人。\n", "generated"));
        assertEquals(List.of("2.3万人"), figures(a));
    }

    @Test
    void aFirstBatchOrAFirstOneIsNoCount() {
        Awardee a = only(TestDocuments.parse("宜都市成为宜昌市首个国家园林城市\n\n近日，住建部公布首批名单，宜都市被命名为国家园林城市。"
                + "宜都市建成区绿地率达41.3%。\n", "generated"));
        assertEquals(null, a.timesHonored());
    }

    @Test
    void aCollectiveAsManyAsTheListedPlacesGivesEachTheCountSaidOfIt() {
        String text = "我州三县获命名“全国民族团结进步示范区”\n\n近日，国家民委印发决定，我州雷山县、榕江县、黎平县被命名为“全国民族团结进步示范区”。"
                + "%s均为首次获此命名。\n\n雷山县累计投入创建资金1.8亿元。\n";
        Announcement three = TestDocuments.parse(String.format(text, "三县"), "generated");
        assertEquals(List.of(1, 1, 1), three.awardees().stream().map(Awardee::timesHonored).toList());
        Announcement story = TestDocuments.parse("我州三县获命名全国民族团结进步示范区\n\n近日，国家民委印发通知，我州泸溪县、保靖县、古丈县榜上有名。"
                + "这是三县首次获此命名。\n\n泸溪县建成示范村21个。\n\n保靖县建成示范村15个。\n\n古丈县建成示范村9个。\n", "generated");
        assertEquals(List.of(1, 1, 1), story.awardees().stream().map(Awardee::timesHonored).toList(), "a collective before 首次");
        Announcement two = TestDocuments.parse(String.format(text, "两县"), "generated"); // not the three listed
        assertEquals(3, two.roster().size());
        assertTrue(two.awardees().stream().allMatch(w -> w.timesHonored() == null), two.awardees().toString());
    }

    @Test
    void targetsAndCountsOfTheCommendedAreNoFigures() {
        Awardee w = only(TestDocuments.parse("恭城瑶族自治县获评自治区双拥模范县\n\n日前，恭城瑶族自治县被命名为自治区双拥模范县。"
                + "今天受到表彰的120个先进单位和180名先进个人，是全县的榜样。全县建成村级退役军人服务站96个。"
                + "二是力争年内拥军优属商家数量突破200家，计划三年投入8.5亿元。该县争取各类资金8600万元。\n", "generated"));
        assertEquals(List.of("96个", "8600万元"), figures(w));
    }

    @org.junit.jupiter.params.ParameterizedTest
    @ValueSource(strings = {"工作计划", "工作安排"})
    void figuresUnderAPlansHeadingAreTargets(String plan) {
        Awardee w = only(TestDocuments.parse("江华瑶族自治县2026年工作总结和2027年" + plan + "\n\n一、2026年工作总结\n"
                + "江华瑶族自治县被命名为湖南省文明县城。全年新建改建城区道路12条。\n\n二、2027年" + plan + "\n"
                + "2027年全县地区生产总值预期增长6.5%左右。围绕巩固创建成果，力争创建全国文明城市提名县城。\n"
                + "（一）加快建设新材料基地。力争产业产值突破150亿元，新增企业20户以上。\n", "generated"));
        assertEquals(List.of("12条"), figures(w));
    }

    @Test
    void figuresUnderAPlansHeadingRunIntoItsParagraphAreTargets() {
        Awardee w = only(TestDocuments.parse("乌兰察布市卫生健康委员会2025年工作总结\n\n一、主要成效。乌兰察布市通过国家卫生城市复审。"
                + "全市新建改建公厕86座。\n\n二、2026年工作打算。力争兴和县创建国家卫生县城，全市居民健康素养水平提高到32%。\n\n"
                + "三、主要指标。全市建成区绿化覆盖率达41.5%。\n", "generated"));
        assertEquals(List.of("86座"), figures(w), "a numbered run-in heading naming no plan ends none");
    }

    @Test
    void anOutlinesBulletOfTheRoundWithNoSubjectIsThePlaceOfItsTitle() {
        Awardee w = only(TestDocuments.parse("宜都市创建湖北省双拥模范城（县）工作汇报提纲\n（2024年1月　市双拥办）\n\n一、基本情况\n"
                + "▶ 本轮被命名为湖北省双拥模范城（县），实现“四连冠”\n▶ 驻军单位：5个\n● 双拥工作专项经费：860万元\n", "generated"));
        assertEquals("宜都市", w.name());
        assertEquals(4, w.timesHonored());
        assertTrue(figures(w).contains("860万元"), figures(w).toString());
    }

    @Test
    void aBareNamingVerbWithNoSubjectInAPlacesOwnReportIsThatPlacesOfThePagesHonour() {
        Awardee w = only(TestDocuments.parse("凭祥市创建全国民族团结进步示范区工作情况\n\n首次获得命名。\n\n● 专项资金：8600万元\n", "generated"));
        assertEquals("凭祥市", w.name());
        assertEquals(1, w.timesHonored());
        assertEquals(List.of("8600万元"), figures(w));
    }

    @Test
    void anOfficialLettersYouIsThePlaceItsSalutationNames() {
        Announcement a = TestDocuments.parse("广东省住房和城乡建设厅关于国家园林城市复查意见的函\n粤建城函〔2026〕90号\n韶关市人民政府：\n"
                + "经现场检查和综合评议，你市通过复查，继续保留国家园林城市称号。你市建成区绿地率达38.2%。\n"
                + "中共清远市委、清远市人民政府\n", "generated");
        Awardee w = only(a);
        assertEquals("韶关市", w.name());
        assertEquals(List.of("38.2%"), figures(w));
        assertTrue(w.issues().stream().anyMatch(d -> d.kind() == DiagnosticKind.INFERRED_AWARDEE
                && d.message().contains("你市") && d.message().contains("salutation")), w.issues().toString());
    }

    @Test
    void anOutlinesFieldOfTheRoundsNamingIsThePlaceOfItsTitle() {
        Awardee w = only(TestDocuments.parse("当阳市创建湖北省双拥模范城（县）工作汇报提纲\n（2024年1月　市双拥办）\n\n一、基本情况\n"
                + "▶ 本轮命名：湖北省双拥模范城（县），实现“四连冠”\n▶ 驻军单位：5个\n● 双拥工作专项经费：760万元\n", "generated"));
        assertEquals("当阳市", w.name());
        assertTrue(figures(w).contains("760万元"), figures(w).toString());
    }

    @Test
    void aSlideDecksSubtitleNamesItsTitlesPlace() {
        Awardee w = only(TestDocuments.parse("【第1页】\n凭祥市创建全国民族团结进步示范区工作情况\n——首次获命名　第十批\n"
                + "凭祥市民族宗教事务局　2024年3月\n\n【第3页】创建投入\n● 专项资金：8600万元\n", "generated"));
        assertEquals("凭祥市", w.name());
        assertEquals(1, w.timesHonored());
        assertEquals(List.of("8600万元"), figures(w));
    }

    @Test
    void withinTheYearUnderAReviewsHeadingReportsADeed() {
        Awardee w = only(TestDocuments.parse("晋中市退役军人事务局2024年工作总结和2025年工作计划\n\n一、2024年工作总结\n"
                + "（一）双拥创建取得新突破。晋中市被命名为山西省双拥模范城。\n（二）就业扎实推进。年内退役军人就业率达95.1%。\n\n"
                + "二、2025年工作计划\n（一）抓好就业安置。年内新增就业岗位6000个。\n", "generated"));
        assertEquals(List.of("95.1%"), figures(w));
    }

    @Test
    void aYearsResultEstimatedBeforeTheYearClosesIsADeedAndAForecastATarget() {
        Awardee w = only(TestDocuments.parse("甘谷县首次获评国家卫生县城\n\n甘谷县首次获评国家卫生县城。"
                + "预计全年地区生产总值完成186.4亿元，增长6.2%。预计带动就业3000人。\n", "generated"));
        assertEquals(List.of("186.4亿元", "6.2%"), figures(w));
    }

    @Test
    void aReportsSubjectlessSentenceOpeningWithANamingVerbIsTheReportingPlaces() {
        Announcement a = TestDocuments.parse("旌德县人民政府  首页 > 政府工作报告\n\n2027年旌德县人民政府工作报告（摘要）\n\n"
                + "一年来，我们重点抓了以下几个方面工作：\n（一）生态立县取得标志性成果。成功创建国家生态文明建设示范县，"
                + "这是我县继2022年获评省级生态文明建设示范县之后的又一块招牌。全年完成植树造林1.2万亩。\n", "generated");
        Awardee w = only(a);
        assertEquals("旌德县", w.name());
        assertEquals(List.of("1.2万亩"), figures(w));
        assertTrue(w.issues().stream().anyMatch(d -> d.kind() == dev.laurel.model.DiagnosticKind.INFERRED_AWARDEE), w.toString());
        Announcement none = TestDocuments.parse("旌德县召开创建工作会议\n\n会议指出，我们要学习先进。成功创建国家卫生县城的地方要巩固成果。\n",
                "generated");
        assertEquals(List.of(), none.awardees(), "成功创建…的地方: an honour qualifying a noun states nothing");
    }

    @Test
    void theVenueOfTheMeetingIsNotWhoseCountFollows() {
        Announcement a = TestDocuments.parse("连云港2026年度十件大事揭晓\n\n10月，全国双拥模范城（县）命名暨双拥模范单位和个人表彰大会"
                + "在北京召开，我市再次被命名为全国双拥模范城，实现“七连冠”。全市累计投入双拥工作经费4.6亿元。\n", "generated");
        assertEquals(java.util.Map.of("连云港市", 7), counts(a));
    }

    @Test
    void aSentenceFramedByATopicIsAboutThePlaceAfterTheFrame() {
        Announcement a = TestDocuments.parse("广西三市获“国家森林城市”称号\n\n国家林业和草原局日前公布新一批国家森林城市名单，广西梧州市、贺州市获授“国家森林城市”称号。"
                + "在同期公布的其他名单中，北海市获评国家园林城市。\n\n贺州：绿道串起长寿乡\n\n贺州市建成城乡绿道超过420公里。\n\n"
                + "另外，在园林城市方面，北海市建成区绿化覆盖率达42.3%。\n", "generated");
        Awardee hezhou = a.awardees().stream().filter(w -> w.name().equals("贺州市")).findFirst().orElseThrow();
        assertEquals(List.of("420公里"), figures(hezhou));
    }

    @Test
    void aShortNameTheGazetteerCannotPlaceAloneOpensItsAwardeesClause() {
        Announcement a = TestDocuments.parse("浏阳市首次入选全国文明城市\n\n第八届全国文明城市名单揭晓，浏阳市首次入选全国文明城市；同批，长沙市通过复查，"
                + "继续保留全国文明城市荣誉称号。\n\n浏阳市建成口袋公园37处。\n\n答：长沙今年的复查测评成绩为91.3分。\n", "generated");
        Awardee changsha = a.awardees().stream().filter(w -> w.name().equals("长沙市")).findFirst().orElseThrow();
        assertEquals(List.of("91.3分"), figures(changsha), "长沙 is 长沙市 or 长沙县; only 长沙市 is an awardee");
    }

    @Test
    void aNamingDatedYearsBeforeThePagesDateLineIsAnEarlierRounds() {
        Announcement a = TestDocuments.parse("咸宁市获授“国家森林城市”称号\n2024-01-09 15:42　来源：咸宁日报\n\n"
                + "全国绿化委员会授予咸宁市“国家森林城市”称号。\n\n相邻的湖南省岳阳市于2018年获评国家森林城市。\n", "generated");
        assertEquals(List.of("咸宁市"), a.awardees().stream().map(Awardee::name).toList());
    }

    @Test
    void huoCiChenghaoClosingAClauseStatesTheHonourTheSentenceTakesUp() {
        Announcement a = TestDocuments.parse("十城获国家森林城市称号\n\n阳江市和云浮市均为首次获此称号，两市的森林覆盖率分别达到59.2%和67.8%。"
                + "阳江市建成森林公园31个；云浮市则建成城乡绿道620公里。\n", "generated");
        assertEquals(java.util.Map.of("阳江市", 1, "云浮市", 1), counts(a));
        Awardee yunfu = a.awardees().stream().filter(w -> w.name().equals("云浮市")).findFirst().orElseThrow();
        assertEquals(List.of("67.8%", "620公里"), figures(yunfu));
        assertEquals("森林覆盖率", yunfu.metrics().get(0).label(), "the list's label, though its first figure is 阳江市's");
        Announcement ranked = TestDocuments.parse("开化县获评国家生态文明建设示范县\n\n开化县被命名为国家生态文明建设示范县。"
                + "开化由此成为衢州市第3个获此称号的县。\n", "generated");
        assertEquals(List.of("开化县"), ranked.awardees().stream().map(Awardee::name).toList(), "获此称号的县: a rank's scope");
    }

    @Test
    void placesOfASentenceThatSaidTheHonourWasHeldAlreadyAreEarlierHolders() {
        Announcement a = TestDocuments.parse("十城获国家森林城市称号\n\n国家林业和草原局公布新一批国家森林城市名单：\n广东省：阳江市、云浮市\n\n"
                + "粤港澳大湾区内地九市早已全部获得国家森林城市称号，其中广州市、惠州市于2008年至2010年间率先获授，肇庆市、江门市等亦先后入选。\n",
                "generated");
        assertEquals(List.of("阳江市", "云浮市"), a.roster().stream().map(e -> e.name()).toList());
    }

    @Test
    void placesListedAsAnHonourAreItsAwardees() {
        Announcement a = TestDocuments.parse("腾冲会泽获批国家历史文化名城\n\n国务院日前批复同意将云南省腾冲市、会泽县列为国家历史文化名城。\n\n"
                + "腾冲市地处滇西边陲，该市现有全国重点文物保护单位6处。\n", "generated");
        assertEquals(List.of("腾冲市", "会泽县"), a.awardees().stream().map(Awardee::name).toList());
    }

    @Test
    void aShortNameHeadingWithASubtitleSplitByACommaOpensASection() {
        Announcement a = TestDocuments.parse("威海烟台获评国家生态园林城市\n\n威海市、烟台市首次获评国家生态园林城市。\n\n威海：千里海岸线串起城市绿廊\n\n"
                + "威海累计修复岸线46.3公里。\n\n烟台：山海之间，把公园“种”进老城区\n\n烟台近年新增改造绿地1200余公顷。\n", "generated");
        Awardee yantai = a.awardees().stream().filter(w -> w.name().equals("烟台市")).findFirst().orElseThrow();
        assertEquals(List.of("1200余公顷"), figures(yantai));
    }

    @Test
    void shouduInTheIntroCountsTheSectionsAwardees() {
        Announcement a = TestDocuments.parse("河源汕尾获评中国优秀旅游城市\n\n广东省文化和旅游厅前日公布，河源市及汕尾市获评中国优秀旅游城市，"
                + "两市均为首度入选。\n\n河源：万绿湖成招牌\n\n河源去年全市接待游客3860万人次。\n\n汕尾：红色滨海游升温\n\n汕尾拥有海岸线455公里。\n",
                "generated");
        assertEquals(java.util.Map.of("河源市", 1, "汕尾市", 1), counts(a));
    }

    @Test
    void aLoneNameUnderASizedHeadIsItsListNotASection() {
        Announcement a = TestDocuments.parse("粤国家卫生城市复审结果公布 一市撤销称号\n\n一、确认保留国家卫生城市称号（2个）\n广州市、珠海市\n\n"
                + "二、撤销国家卫生城市称号（1个）\n茂名市\n\n通报指出，珠海市在本轮暗访评估中得分最高，达到96.5分。被撤销称号的茂名市，"
                + "群众满意度仅为72.4%。\n", "generated");
        assertEquals(List.of("广州市", "珠海市"), a.roster().stream().map(e -> e.name()).toList());
        assertTrue(a.awardees().stream().noneMatch(w -> w.name().equals("茂名市")), a.awardees().toString());
    }

    @Test
    void aPointerAfterAModifiedNeighbourPointsToTheNeighbourNotThePartnerInTheModifier() {
        Awardee w = only(TestDocuments.parse("于都县获评全国双拥模范县\n\n于都县被命名为全国双拥模范县。于都县建成退役军人服务站26个。"
                + "与于都相邻的宁都县此次获评江西省双拥模范县，该县投入600万元新建了县光荣院。\n", "generated"));
        assertEquals(List.of("26个"), figures(w));
        Announcement traditional = TestDocuments.parse("河源汕尾獲評中國優秀旅遊城市\n\n河源市及汕尾市獲評中國優秀旅遊城市。\n\n汕尾：紅色濱海遊升溫\n\n"
                + "汕尾擁有海岸線455公里。與汕尾相鄰的惠州市早於2003年已獲此稱號，去年接待遊客超過6,000萬人次。\n", "generated");
        Awardee shanwei = traditional.awardees().stream().filter(a -> a.name().equals("汕尾市")).findFirst().orElseThrow();
        assertEquals(List.of("455公里"), figures(shanwei), "與 as 与: the partner in a traditional page's modifier");
    }

    @Test
    void placesThatPassedTheReviewAreKeptHoldersThoughTheSentenceNamesNoHonour() {
        Announcement a = TestDocuments.parse("广东命名新一届双拥模范城（县）\n\n连续八次获得命名的城市（2个）：\n广州市、湛江市\n\n"
                + "另有江门市、佛山市等8个城市通过复查，确认保留称号；肇庆市鼎湖区因复查中发现问题，暂缓命名。\n\n【城市名片】湛江市\n"
                + "　　湛江全市陆地面积1.32万平方公里。\n", "generated");
        assertEquals(List.of("广州市", "湛江市", "江门市", "佛山市"), a.roster().stream().map(e -> e.name()).toList());
    }

    @Test
    void theRoundsTotalsAfterItsVerbAndThoseHonouredAlongsideAreNoFigures() {
        Awardee w = only(TestDocuments.parse("玉樹市獲評全國民族團結進步示範區\n\n玉樹市被命名為全國民族團結進步示範區。該市建成示範村46個。\n\n"
                + "據悉，此次命名全國共有150個示範區、400餘個示範單位入選。\n\n據悉，今年全國共有85個縣級單位入選，青海省有4個。\n\n"
                + "同時獲命名的還有青海省民族團結進步模範單位50個、模範個人80名。\n", "generated"));
        assertEquals(List.of("46個"), figures(w));
    }

    @Test
    void aSharedDistrictNameHeadingItsLineIsPlacedByItsBracketedNote() {
        Announcement a = TestDocuments.parse("第八批国家生态文明建设示范区名单公布\n\n生态环境部日前发布公告，授予97个地区第八批国家生态文明建设示范区称号。"
                + "上榜的有西湖区（浙江杭州）、西湖区（江西南昌）、城关区（西藏拉萨）。\n\n部分上榜地区创建成效：\n"
                + "西湖区（浙江杭州）：森林覆盖率达66.4%。\n城关区（西藏拉萨）：城区绿化覆盖率提高至41.5%。\n", "generated");
        java.util.Map<String, List<String>> by = new java.util.HashMap<>();
        a.awardees().forEach(w -> by.put(w.name(), figures(w)));
        assertEquals(List.of("66.4%"), by.get("杭州市西湖区"), a.awardees().toString());
        assertEquals(List.of("41.5%"), by.get("拉萨市城关区"));
    }

    @Test
    void aLeagueThatCallsItselfWoMengIsNamedByItsSite() {
        Announcement a = TestDocuments.parse("锡林郭勒盟行政公署　简体版 | 繁体版\n首页 > 新闻中心 > 锡盟要闻\n"
                + "内蒙古自治区双拥模范城（旗县区）命名名单公布 我盟实现“五连冠”\n发布日期：2026-09-03　来源：锡林郭勒日报\n"
                + "日前，自治区命名呼和浩特市等3个盟市为自治区双拥模范城。其中，锡林郭勒盟实现“五连冠”。\n"
                + "近年来，我盟坚持把双拥工作纳入总体规划，累计投入拥军优属资金1.8亿元。\n名单如下：\n一、自治区双拥模范城（3个）\n"
                + "呼和浩特市、包头市、锡林郭勒盟\n", "generated");
        Awardee xilin = a.awardees().stream().filter(w -> w.name().equals("锡林郭勒盟")).findFirst().orElseThrow();
        assertEquals(List.of("1.8亿元"), figures(xilin));
    }

    @Test
    void aCityAndTheCountyLevelCityItGovernsBothWinWithTongHuo() {
        Announcement a = TestDocuments.parse("内地新闻 ／ 湖北\n襄阳枣阳同获“湖北省双拥模范城”\n\n湖北省委、省政府、省军区日前联合发布命名决定，"
                + "襄阳市及其代管的县级市枣阳市同获“湖北省双拥模范城”称号。\n\n其中，襄阳市近年累计投入拥军优属资金逾5亿元；枣阳市则开展军民共建项目58个。\n",
                "generated");
        java.util.Map<String, List<String>> by = new java.util.HashMap<>();
        a.awardees().forEach(w -> by.put(w.name(), figures(w)));
        assertEquals(java.util.Map.of("襄阳市", List.of("5亿元"), "枣阳市", List.of("58个")), by);
    }

    @Test
    void aTableBelowTheStoryGivesTheCountsOfThePlacesItNamed() {
        Announcement a = TestDocuments.parse("我市4县获评自治区双拥模范县\n\n近日，我市江孜县、定日县获评自治区双拥模范县。"
                + "定日县为驻地部队提供训练场地1500亩。\n\n附：获评情况一览\n\n序号  名称        命名次数  备注\n"
                + "1     江孜县      4         连续\n2     定日县      2\n", "generated");
        assertEquals(java.util.Map.of("江孜县", 4, "定日县", 2), a.roster().stream()
                .collect(java.util.stream.Collectors.toMap(e -> e.name(), e -> a.awardees().stream()
                        .filter(w -> w.name().equals(e.name())).findFirst().orElseThrow().timesHonored())));
    }

    @Test
    void theSizeOfAListOfUnitsOrPeopleHonouredIsNoFigure() {
        Awardee w = only(TestDocuments.parse("亚东县获评自治区双拥模范县\n\n近日，亚东县被命名为自治区双拥模范县。"
                + "该县为驻地部队解决实际困难26件。此外，县退役军人事务局等12个单位被评为自治区双拥模范单位，"
                + "扎西次仁等20名同志被评为自治区双拥模范个人；另有27个单位、31名个人分别被表彰为双拥模范单位和个人。"
                + "该县建成边境小康村等23个项目。\n", "generated"));
        assertEquals(List.of("26件", "23个"), figures(w));
    }

    @Test
    void aFirstNamingInATimelineIsAnEarlierStepOfIt() {
        Awardee w = only(TestDocuments.parse("三明：全国文明城市“四连冠”之路\n\n"
                + "2015年，三明首次获评全国文明城市，此后2017年、2020年两度通过复查。2024年底，三明市再次通过复查确认，"
                + "继续保留全国文明城市荣誉称号，实现“四连冠”。全市建成新时代文明实践站2136个。\n", "generated"));
        assertEquals(4, w.timesHonored());
    }

    @Test
    void aPlaceWithACountOfItsOwnDoesNotShareTheListsFirstTime() {
        Announcement a = TestDocuments.parse("我市三县获评河南省卫生县城\n\n近日，我市夏邑县、虞城县、柘城县被命名为“河南省卫生县城”。"
                + "其中，虞城县是第三次获此称号，夏邑县、柘城县均为首次获评。\n", "generated");
        assertEquals(java.util.Map.of("夏邑县", 1, "虞城县", 3, "柘城县", 1), counts(a));
    }

    @Test
    void aSectionsParagraphOpeningWithAnotherPlaceIsTheAwardeesAgainFromASentenceAboutIt() {
        Announcement a = TestDocuments.parse("邓州、永城获评河南省文明城市\n\n省文明委日前印发决定，命名邓州市、永城市为河南省文明城市。\n\n"
                + "邓州市\n创建投入：19.3亿元\n\n永城市\n创建投入：15.6亿元\n\n"
                + "邓州是南水北调中线工程渠首所在地，全市国土面积2369平方公里。永城市地处豫皖两省交界，2023年地区生产总值突破500亿元。\n",
                "generated");
        assertEquals(List.of("15.6亿元", "500亿元"), figures(a.awardees().get(1)),
                "邓州's sentence is not 永城市's; 永城市's own sentence after it is");
    }

    @Test
    void aPartOfTheAwardeeNamedWithAnHonourOfItsOwnHasItsOwnSentence() {
        Awardee w = only(TestDocuments.parse("喜报\n\n热烈祝贺\n金华市\n再次荣获\n“全国双拥模范城”称号\n\n"
                + "金华市被再次命名为“全国双拥模范城”。同时，义乌市被命名为浙江省双拥模范城，该市三年来投入双拥经费1800万元。"
                + "四年来，我市累计投入双拥工作经费2.1亿元，建成退役军人服务站1500个。\n", "generated"));
        assertEquals(List.of("2.1亿元", "1500个"), figures(w), "义乌市's figure, after its own naming, is not 金华市's");
    }

    @Test
    void theEnglishVersionOfABilingualPageGivesNoFigures() {
        Announcement a = TestDocuments.parse("百色市获评全国双拥模范城\n\n近日，百色市被命名为全国双拥模范城。近年来，全市累计投入双拥工作经费"
                + "3.1亿元，为驻地部队解决实际困难480余件。\n\nBaise City (百色市) has been named a National Model City for Mutual "
                + "Support between the Military and Civilians. The city has invested 310 million yuan (about US$43.2 million) "
                + "and solved more than 480 practical problems for local troops.\n", "generated");
        assertEquals(List.of("3.1亿元", "480余件"), figures(only(a)), "the English paragraph restates the Chinese one");
        assertTrue(has(a.issues(), DiagnosticKind.DUPLICATE_PARAGRAPH), a.issues().toString());
    }

    @Test
    void aRetainedTitleWithNoNumberKeepsItsPlaceInARespectivelyList() {
        Announcement a = TestDocuments.parse("台州两地上榜全国文明城市\n\n近日，第七届全国文明城市名单揭晓。台州所辖的温岭市、天台县双双上榜，"
                + "分别实现蝉联和首次获评。\n", "generated");
        java.util.Map<String, Integer> times = new java.util.HashMap<>();
        a.awardees().forEach(w -> times.put(w.name(), w.timesHonored()));
        assertEquals(1, times.get("天台县"), "首次 is the second place's: 蝉联 is the first's, with no number");
        assertTrue(times.containsKey("温岭市") && times.get("温岭市") == null, times.toString());
    }

    @Test
    void aPlaceAndAllOfItsLevelNamesNoPlaceOfItsOwn() {
        Announcement a = TestDocuments.parse("韶山市再获全国双拥模范城\n\n近日，韶山市再次被命名为全国双拥模范城。该市建成退役军人服务站86个。"
                + "\n\n关键数字\n86个\n退役军人服务站\n\n湘潭全市\n3个\n全国双拥模范城（县）\n", "generated");
        assertEquals(List.of("韶山市"), a.awardees().stream().map(Awardee::name).toList(), "湘潭全市 is all of 湘潭市");
    }

    @Test
    void aRewardGivenToThePlaceIsNoDeedOfIt() {
        Announcement a = TestDocuments.parse("关于表彰通化市的决定\n\n通化市被命名为全国双拥模范城。为表彰先进，省政府决定：对通化市给予通报表扬，"
                + "并奖励双拥工作经费100万元。近年来，通化市累计投入双拥经费1.2亿元，并对每个双拥示范村奖补12万元。\n", "generated");
        assertEquals(List.of("1.2亿元", "12万元"), figures(only(a)), "the reward is the province's grant; the village grants are the city's");
    }

    @Test
    void theOlderFullNameOfTheSupportTheArmyHonourIsThePagesHonour() {
        Announcement a = TestDocuments.parse("珲春市荣获全国拥军优属拥政爱民模范城（县）称号\n\n近日，珲春市被命名为“全国拥军优属拥政爱民模范城（县）”，"
                + "连续三次获此称号。延边州另有8个单位被评为全国双拥模范单位。珲春市累计投入双拥资金1.1亿元。\n", "generated");
        assertEquals(java.util.Map.of("珲春市", 3), counts(a), "the units' honour named later is not the page's");
    }

    @Test
    void aNameThePageCorrectsIsNoAwardee() {
        Announcement a = TestDocuments.parse("永定区连续第五次获评福建省双拥模范县\n\n本报讯　上杭县被命名为“福建省双拥模范县”，这也是该县连续第五次"
                + "获此殊荣。上杭县累计投入拥军优抚资金8200万元。\n【更正】本文标题中“永定区”系“上杭县”之误，特此更正。\n", "generated");
        assertEquals(java.util.Map.of("上杭县", 5), counts(a));
        assertTrue(a.issues().stream().anyMatch(d -> d.kind() == DiagnosticKind.NOT_HONOURED && d.message().contains("永定区")),
                a.issues().toString());
    }

    @Test
    void aBodyStatementNamingItsPlaceAloneSaysTheCountOverTheHeadline() {
        Announcement a = TestDocuments.parse("马鞍山市全国文明城市实现三连冠\n\n日前，中央文明委公布第七届全国文明城市名单，马鞍山市通过复查确认保留"
                + "全国文明城市称号，连续第四届获评全国文明城市，实现“四连冠”。本届安徽省共有7个城市入选，其中芜湖市的注册志愿者已达2.8万名。\n",
                "generated");
        assertEquals(4, counts(a).get("马鞍山市"), "the body says the count in full; the headline erred");
    }

    @Test
    void howFarAPlaceLiesFromAnotherIsNoFigure() {
        Awardee w = only(TestDocuments.parse("三明市获评全国文明城市\n\n三明市被授予全国文明城市称号。三明距台北直线距离约400公里，"
                + "距今约18.5万年前已有人类活动。市民步行到公园的距离缩短至300米，全市新建口袋公园86个。\n", "generated"));
        assertEquals(List.of("300米", "86个"), figures(w));
    }

    @Test
    void sentencesOfALastSectionAboutOtherPlacesAreNotTheAwardees() {
        Announcement a = TestDocuments.parse("承德4县获评河北省文明县城\n\n近日，我市兴隆县、围场满族蒙古族自治县获评河北省文明县城。\n\n"
                + "兴隆县：常态长效\n兴隆县新建口袋公园28个。\n\n围场：坝上县城换新颜\n围场满族蒙古族自治县新增城市绿地56万平方米。\n"
                + "除文明县城外，其他几项荣誉也各有亮点。丰宁满族自治县近三年累计接待游客2800万人次；隆化县森林覆盖率提升至60.5%。"
                + "\n口岸拥军。友谊关口岸设立通道4条。\n", "generated");
        assertEquals(List.of("56万平方米", "4条"), figures(a.awardees().get(1)),
                "丰宁's and 隆化's clauses are theirs; a short name past the first sentence (友谊关) says too little");
    }

    @Test
    void woShiBeforeThePlacesItOwnsIsNoAwardee() {
        Announcement a = TestDocuments.parse("我市两县获评国家卫生县城\n\n桂林日报讯 近日，全国爱卫会发布通报，我市阳朔县、龙胜各族自治县榜上有名，"
                + "被命名为“国家卫生县城”。至此，我市国家卫生县城已达5个。\n\n阳朔县累计投入创卫资金5.6亿元。\n", "generated");
        assertEquals(List.of("阳朔县"), a.awardees().stream().map(Awardee::name).toList());
        assertEquals(List.of("阳朔县", "龙胜各族自治县"), a.roster().stream().map(e -> e.name()).toList());
    }

    @Test
    void theCityThatWonBeforeIsNoAwardeeAndATotalOfParksIsAFigure() {
        Announcement a = TestDocuments.parse("喜讯！我市获评“国家生态园林城市”\n株洲日报全媒体记者 谭雪芳\n\n"
                + "住房和城乡建设部公布国家生态园林城市名单，我市成功获评，也是我省继长沙市之后第2个获此殊荣的城市。"
                + "截至目前全国国家生态园林城市总数为31个。\n\n三年来，全市新建公园112个，城区公园总数达到326个。"
                + "我市已记录本地木本植物896种、鸟类213种。\n", "generated");
        assertEquals(List.of("株洲市"), a.awardees().stream().map(Awardee::name).toList());
        assertEquals(List.of("112个", "326个", "896种", "213种"), figures(a.awardees().get(0)));
    }

    @Test
    void aStreakToKeepIsNoCountOfThisRound() {
        Announcement a = TestDocuments.parse("自治区文明办通报全国文明城市测评情况\n\n"
                + "柳州市通过全国文明城市复查，继续保留全国文明城市荣誉称号。柳州市新增城市停车泊位1.2万个。\n"
                + "下一步，南宁市要进一步巩固“五连冠”成果，发挥示范带动作用。\n", "generated");
        assertEquals(List.of("柳州市"), a.awardees().stream().map(Awardee::name).toList());
    }

    @Test
    void aCollectiveRightBefore分别PairsTheFiguresAndTheSentencesLaterPairsFollowIt() {
        Announcement a = TestDocuments.parse("潮州揭阳同获国家森林城市称号\n\n新一批国家森林城市名单公布，潮州市、揭阳市双双入选。\n"
                + "潮州、揭阳两地相邻。创建期间两市分别完成造林12.6万亩和9.8万亩，森林覆盖率分别达到63.1%和51.6%。\n", "generated");
        assertEquals(List.of("12.6万亩", "63.1%"), figures(a.awardees().get(0)));
        assertEquals(List.of("9.8万亩", "51.6%"), figures(a.awardees().get(1)));
    }

    @Test
    void aCountIn10kWhoseNounWentBeforeIsAFigureWithoutUnit() {
        Awardee w = only(TestDocuments.parse("晋江市获评全国文明城市\n\n近日，晋江市被授予全国文明城市称号。"
                + "晋江常住人口约207万，其中外来务工人员110余万。全市建成新时代文明实践站386个。"
                + "2024年全市完成投资2.5万，项目编号3万号。\n", "generated"));
        assertEquals(List.of("207万", "110余万", "386个", "2.5万"), figures(w));
        Metric population = w.metrics().get(0);
        assertEquals(null, population.unit(), "the noun counted (人口) went before; no unit is made up");
        assertEquals(0, population.value().compareTo(java.math.BigDecimal.valueOf(2_070_000)));
    }

    @Test
    void aTargetOpeningItsSentenceWithOnlyWhenGovernsTheClausesAfter() {
        Awardee w = only(TestDocuments.parse("罗平县获评国家全域旅游示范区\n\n日前，罗平县被认定为国家全域旅游示范区。"
                + "去年全县接待游客1500万人次。力争到2027年，全县接待游客突破2000万人次，旅游总收入达到260亿元。"
                + "计划三年投入8亿元，目前已到位3亿元。\n", "generated"));
        assertEquals(List.of("1500万人次", "3亿元"), figures(w),
                "力争到2027年 opens a sentence of targets; 计划三年投入 governs its own clause only");
    }

    @Test
    void aClausePlacedInAnOrganisationOfTheAwardeeIsNotItsFigures() {
        Awardee w = only(TestDocuments.parse("荆门市首次获评全国文明城市\n\n近日，荆门市首次获评全国文明城市。荆门市新建口袋公园36个。\n"
                + "创建也改变了校园。在荆门市龙泉中学，全校3600余名师生人人争当“文明小使者”，学校组建志愿服务队42支。\n", "generated"));
        assertEquals(List.of("36个"), figures(w));
    }

    @Test
    void aClauseOpeningWithACompanysNameIsTheCompanysUntilTheSentenceEnds() {
        Awardee w = only(TestDocuments.parse("云浮市获评国家森林城市\n\n近日，云浮市获评国家森林城市。全市新增造林12万亩。"
                + "作为当地龙头企业，广东南江林业股份有限公司今年已收购肉桂鲜皮1.1万吨，公司年产值4.6亿元，吸纳村民就业680人。"
                + "该公司负责人表示，将把基地扩大到5万亩。国有企业安置退役军人1180人。\n", "generated"));
        assertEquals(List.of("12万亩", "1180人"), figures(w)); // 国有企业 is a kind of organisation, not a name
    }

    @Test
    void aClauseIntroducingOneOrganisationOrOpeningWithAShortCompanyNameIsTheOrganisations() {
        Awardee w = only(TestDocuments.parse("竹山县获评湖北省森林城市\n\n近日，竹山县被命名为湖北省森林城市。全县绿松石产业从业人员超过2万人。"
                + "当地一家绿松石珠宝企业去年实现出口额1.2亿元，产品远销东南亚。作为全市龙头企业，马钢集团去年实现营业收入约980亿元。"
                + "全县新建绿道36公里。\n", "generated"));
        assertEquals(List.of("2万人", "36公里"), figures(w));
    }

    @Test
    void aCompanyIntroducedAfterAPlaceAndAVillageSpeakingOfItselfOwnTheirClauses() {
        Awardee w = only(TestDocuments.parse("乌海市实现全国双拥模范城“四连冠”\n\n乌海市连续第四次被命名为全国双拥模范城。全市累计植树46万株。"
                + "海勃湾区一家民营企业捐赠拥军物资价值约500万元。“我们村的油茶林每亩年收入1500元左右。”一位村支书说。"
                + "全市接待群众8.5万人次。\n", "generated"));
        assertEquals(List.of("46万株", "8.5万人次"), figures(w));
    }

    @Test
    void aPlaceInsideAModifierIsNoSubjectOfTheCountAfterIt() {
        Announcement a = TestDocuments.parse("厦门六度蝉联全国文明城市\n\n中国大陆近日公布新一届全国文明城市名单，与金门一水之隔的福建省厦门市"
                + "连续第六次入选，实现“六连冠”。厦门市投入创建资金逾120亿元。\n", "generated");
        assertEquals(List.of("厦门市"), a.awardees().stream().map(Awardee::name).toList());
        assertEquals(6, a.awardees().get(0).timesHonored());
        assertEquals(TimesKind.CONSECUTIVE, a.awardees().get(0).timesKind());
        Announcement held = TestDocuments.parse("粤两市获评全国双拥模范城\n\n广东省佛山市、惠州市同获“全国双拥模范城”称号，"
                + "分别是第四次和第二次获此殊荣。佛山市投入拥军资金9.6亿元。\n\n与之相邻的深圳市早已实现“九连冠”，去年投入双拥经费逾20亿元。\n",
                "generated");
        assertEquals(List.of("佛山市", "惠州市"), held.awardees().stream().map(Awardee::name).toList(),
                "a place described by a modifier that holds the honour already");
    }

    @Test
    void aClauseSayingWhereTheDataComeFromIsNoWiderScope() {
        Awardee w = only(TestDocuments.parse("厦门六度蝉联全国文明城市\n\n福建省厦门市连续第六次入选全国文明城市。"
                + "大陆官方资料显示，厦门市常住人口约533万人，同比增长5.1%。数据显示，全国共有约100个城市获评。\n", "generated"));
        assertEquals(List.of("533万人", "5.1%"), figures(w));
    }

    @Test
    void aPlacesAgeAndTheSizeOfTheGroupItJoinedAreNoFigures() {
        Awardee w = only(TestDocuments.parse("阆中市入选国家全域旅游示范区\n\n文化和旅游部日前公布名单，阆中市名列其中。"
                + "这座有着2300多年建城史的古城，成为四川此次入选的5个县（市、区）之一。阆中市去年接待游客1.3万余人次。"
                + "阆中市旅游收入连续12年位居全市首位。\n", "generated"));
        assertEquals(List.of("1.3万余人次"), figures(w), "how long a rank has stood is no figure either");
    }

    @Test
    void aProvinceBeforeARankIsItsScopeNotTheSubjectOfTheNaming() {
        Announcement a = TestDocuments.parse("迁安市人民政府\n首页 > 政务公开 > 领导讲话\n\n在全市健康城市建设推进大会上的讲话\n\n"
                + "今年6月，全国爱卫办公布全国健康城市建设样板市名单，我市作为河北省唯一入选的县级市榜上有名。"
                + "三年来，我市累计投入健康城市建设资金18.7亿元。\n", "generated");
        Awardee w = only(a);
        assertEquals("迁安市", w.name(), "河北省唯一 names among which, 我市 is honoured");
        assertEquals(List.of("18.7亿元"), figures(w));
    }

    @Test
    void aBracketAfterAnAverageGivesTheAveragesValueAndWithinTheYearIsAPlan() {
        Awardee w = only(TestDocuments.parse("迁安市入选全国健康城市建设样板市\n\n近日，迁安市入选全国健康城市建设样板市。"
                + "迁安市“15分钟健康服务圈”覆盖率为68%，低于全省平均水平（72%）。年内新建口袋公园10个。\n", "generated"));
        assertEquals(List.of("68%"), figures(w));
    }

    @Test
    void aShortNameTheGazetteerPlacesOnlyInAnotherProvinceDoesNotMakeASectionsSentenceAnotherPlaces() {
        Announcement a = TestDocuments.parse("粤东两市获评国家森林城市\n\n据广东省林业局介绍，潮州市、揭阳市日前被授予“国家森林城市”称号，"
                + "两市均为首次获此称号。\n\n潮州市：韩江两岸成绿廊\n\n潮州市累计完成造林18.6万亩，建成城市公园132个。\n\n"
                + "揭阳市：榕江沿线建湿地公园群\n\n揭阳市则以水润城，沿榕江、练江建设湿地公园21个，恢复湿地面积约3.2万亩。\n", "generated");
        Awardee jieyang = a.awardees().stream().filter(w -> w.name().equals("揭阳市")).findFirst().orElseThrow();
        assertEquals(List.of("21个", "3.2万亩"), figures(jieyang), "榕江 here is a river, not 榕江县 of Guizhou");
    }

    @Test
    void anAmountGivenAgainToBeConvertedIsOneFigure() {
        Awardee w = only(TestDocuments.parse("昆山连续六届获评全国文明城市\n\n昆山市日前连续六届获评全国文明城市。"
                + "这一届创建周期内，昆山投入城市更新资金约218亿元人民币。\n\n以当前汇率换算，218亿元人民币约合新台币960亿元。\n",
                "generated"));
        assertEquals(List.of("218亿元人民币"), figures(w), "the second 218亿元 is the first, and 960亿元 the same converted");
    }

    @Test
    void anAmountRestatedInAnotherCurrencyIsNoFigureOfItsOwn() {
        Awardee w = only(TestDocuments.parse("银川连续四次获评全国双拥模范城\n\n银川市日前连续四次获评全国双拥模范城。四年来，银川累计投入"
                + "双拥专项资金约2.8亿元（约合新台币12.3亿元），为驻军解决饮水工程38处。当地去年投入约18亿元人民币改造老旧社区，"
                + "约合新台币79亿元；另安排港币结算的援建资金50亿港元。\n", "generated"));
        assertEquals(List.of("2.8亿元", "38处", "18亿元人民币", "50亿港元"), figures(w));
    }

    @Test
    void thePeriodAStatisticCoversIsNoFigure() {
        Awardee w = only(TestDocuments.parse("肇庆市获评国家卫生城市\n\n日前，肇庆市第三次获评国家卫生城市。"
                + "今年首十个月，肇庆市接待游客2860万人次；前11个月，全市新建公厕312座。\n", "generated"));
        assertEquals(List.of("2860万人次", "312座"), figures(w));
    }

    @Test
    void theSizeOfAGroupTheAwardeeIsOneOfAndTheHeightOfTheLandAreNoFigures() {
        Awardee w = only(TestDocuments.parse("延庆区获评全国文明城区\n\n日前，延庆区首次荣获全国文明城区称号，也是本届北京市4个新获评的区之一。"
                + "全区海拔500米以上的山区面积占全区总面积的72.8%，建成新时代文明实践站376个。\n", "generated"));
        assertEquals(List.of("72.8%", "376个"), figures(w));
        Awardee lishui = only(TestDocuments.parse("丽水市获评全国双拥模范城\n\n日前，丽水市被命名为全国双拥模范城。"
                + "丽水市作为全国12个重点革命老区之一，拥军优属传统薪火相传。\n", "generated"));
        assertEquals(List.of("12个"), figures(lishui), "a group named without a naming verb says what the place is");
    }

    @Test
    void placesListedAfterAlreadyAreTheHoldersSoFarNotAwardees() {
        Announcement a = TestDocuments.parse("延吉蝉联全国文明城市\n\n【本报讯】新一届全国文明城市名单日前公布，吉林省延边朝鲜族自治州"
                + "首府延吉市蝉联「全国文明城市」称号，实现「三连冠」。\n\n延吉市近年投入创城资金36.2亿元。\n\n"
                + "延边州方面，州内8个县市中，已有延吉、敦化等3个城市获评全国文明城市。延吉市委宣传部负责人表示，将以「三连冠」为新起点。\n",
                "generated");
        assertEquals(List.of("延吉市"), a.awardees().stream().map(Awardee::name).toList(),
                "敦化 is a holder so far, not an awardee of this page");
        assertEquals(3, a.awardees().get(0).timesHonored());
    }

    @Test
    void aTotalIsAListsOnlyAfterAListOfPlaces() {
        Awardee w = only(TestDocuments.parse("贺州市获评国家园林城市\n\n日前，贺州市首次获评国家园林城市。"
                + "城区内的古树名木已全部挂牌保护，共计1630株。\n", "generated"));
        assertEquals(List.of("1630株"), figures(w), "the city's own total");
        Announcement list = TestDocuments.parse("广西新增国家园林城市\n\n日前，贺州市首次获评国家园林城市。"
                + "目前，南宁市、柳州市、贺州市为国家园林城市，共计12个。\n", "generated");
        assertEquals(List.of(), figures(list.awardees().get(0)), "the list's total");
    }

    @Test
    void aSectionsClosingParagraphAboutPlacesOfAnotherHonourIsNotTheLastSectionsFigures() {
        Announcement a = TestDocuments.parse("我市4地获评国家生态文明建设示范区\n\n生态环境部公布第八批名单，城口县、荣昌区成功获评国家生态文明建设示范区，"
                + "酉阳县、大足区入选“绿水青山就是金山银山”实践创新基地。\n\n"
                + "城口县：城口县森林覆盖率达到72.1%，累计投入生态保护修复资金14.8亿元。\n\n"
                + "荣昌区：荣昌区累计投入资金21.3亿元，整治畜禽养殖场340家。\n\n"
                + "入选“两山”基地的酉阳县、大足区也各有特色。酉阳县生态产品总值达到1068亿元；大足区文旅综合收入突破150亿元。\n",
                "generated");
        assertEquals(List.of("城口县", "荣昌区"), a.awardees().stream().map(Awardee::name).toList());
        assertEquals(List.of("21.3亿元", "340家"), figures(a.awardees().get(1)), "酉阳县's and 大足区's figures are theirs");
    }

    @Test
    void theRoundsTotalsAndSomeonesYearsAndAPagesReadingTimeAreNoFigures() {
        Awardee w = only(TestDocuments.parse("黄山市获评国家生态文明建设示范区\n\n日前，黄山市榜上有名。本批次全国共有103个地区入选，其中安徽省7个。"
                + "黄山市森林覆盖率达82.9%。作为比较，同期全省这一比例为79.6%。“我在部队当了6年兵。”老兵王林说，他和邻居已经走动了整整30年。\n"
                + "（本文共1126字，阅读约3分钟）\n", "generated"));
        assertEquals(List.of("82.9%"), figures(w));
    }

    @Test
    void aFirstTimeSaidOfAnUnnamedGroupIsNoListedPlacesCount() {
        Announcement a = TestDocuments.parse("全国双拥模范城（县）名单公布\n\n本次命名中，大连市、舟山市、威海市等多地实现“连冠”，"
                + "多个县（市）则是首次获此殊荣。现将名单整理如下：\n三、辽宁省（2个）：大连市（连续第八次）、瓦房店市（连续第三次）。\n"
                + "七、山东省（3个）：威海市（连续第八次）、荣成市（连续第三次）、莱州市（首次）。\n", "generated");
        assertEquals(java.util.Set.of("大连市8", "威海市8", "瓦房店市3", "荣成市3", "莱州市1"), a.awardees().stream()
                .filter(w -> w.timesHonored() != null).map(w -> w.name() + w.timesHonored())
                .collect(java.util.stream.Collectors.toSet()), "多个县（市） is the subject of 首次, not 威海市");
    }

    @Test
    void aCountSaidAfterAListOfShortNamesIsEachOnes() {
        Announcement a = TestDocuments.parse("陕西宝鸡、汉中、安康同获评全国文明城市\n\n中央文明委日前公布新一届全国文明城市名单，陕西宝鸡、汉中、安康三市同时入榜。"
                + "其中，宝鸡是第二次获得这项称号，汉中、安康则都是首次获评。\n", "generated");
        assertEquals(java.util.Set.of("宝鸡市2", "汉中市1", "安康市1"), a.awardees().stream()
                .map(w -> w.name() + w.timesHonored()).collect(java.util.stream.Collectors.toSet()));
    }

    @Test
    void anOutletsPlaceNamesNoProvinceOfThePage() {
        Announcement a = TestDocuments.parse("兩區獲評國家衞生區\n\n【香港商報訊】全國愛衞會日前公布名單，北京市朝陽區、重慶市萬州區同獲「國家衞生區」稱號。"
                + "其中，朝陽區是連續第三次獲此稱號，萬州區為第二次。\n", "generated");
        assertEquals("北京市", a.province(), "香港 names the outlet, not the page's province");
        assertEquals(java.util.Set.of("北京市朝阳区3", "萬州區2"), a.awardees().stream()
                .map(w -> w.name() + w.timesHonored()).collect(java.util.stream.Collectors.toSet()));
    }

    @Test
    void aPlaceAfterAModifierThatIsNoAwardeeTakesTheClauseAndItsPointer() {
        Awardee w = only(TestDocuments.parse("荆门市获评国家卫生城市\n\n日前，荆门市被命名为国家卫生城市。荆门市累计投入创卫资金46.3亿元。"
                + "同日，荆门市所辖的钟祥市获评湖北省卫生城市，该市为此投入资金2.6亿元。\n", "generated"));
        assertEquals(List.of("46.3亿元"), figures(w), "钟祥市 is the clause's subject and 该市 points at it");
    }

    @Test
    void aCompanyOfTheCountyIntroducedAfterItsPointerIsNoFigureOfTheCounty() {
        Awardee w = only(TestDocuments.parse("沂源县获评山东省森林城市\n\n日前，沂源县被命名为山东省森林城市。该县完成荒山造林1.1万余亩。"
                + "该县一家果品企业年出口苹果3万吨。\n", "generated"));
        assertEquals(List.of("1.1万余亩"), figures(w));
    }

    @Test
    void huoCiMingMingAfterASemicolonNamesItsOwnPlace() {
        Announcement a = TestDocuments.parse("广东两市获评国家食品安全示范城市\n\n国务院食安办日前公布新一批国家食品安全示范城市命名及复审结果，"
                + "珠海市通过复审，蝉联国家食品安全示范城市称号，实现“两连冠”；江门市首次获此命名。\n", "generated");
        assertEquals(java.util.Set.of("珠海市2", "江门市1"), a.awardees().stream()
                .map(w -> w.name() + w.timesHonored()).collect(java.util.stream.Collectors.toSet()));
    }

    @Test
    void placesAfterARelationWordAreNoSubjectsOfTheNamingAfterThem() {
        Announcement a = TestDocuments.parse("贵州三县获评国家生态文明建设示范区\n\n生态环境部公布第八批国家生态文明建设示范区名单，"
                + "贵州省余庆县、镇远县、赫章县榜上有名。三县分别隶属遵义市、黔东南州和毕节市，均为首次获此殊荣。\n", "generated");
        assertTrue(a.awardees().stream().noneMatch(w -> w.name().equals("遵义市") || w.name().equals("毕节市")),
                a.awardees().toString());
    }

    @Test
    void theCountsOfUnitsAndPeoplePraisedAlongsideAreNoFigures() {
        Awardee w = only(TestDocuments.parse("天水市获评全国文明城市\n\n日前，天水市首次获评全国文明城市。全市改造老旧小区312个。"
                + "市政府决定，对秦州区城市管理局等50个先进集体和张建平等100名先进个人予以通报表扬。\n", "generated"));
        assertEquals(List.of("312个"), figures(w));
    }

    @Test
    void aListsTitleEndingWithItsSizeIsNotJoinedToTheNamesUnderIt() {
        Awardee w = only(TestDocuments.parse("天水市获评全国文明城市\n\n日前，天水市首次获评全国文明城市。全市改造老旧小区312个。\n"
                + "附件1\n创建工作先进集体名单（50个）\n秦州区城市管理局　　麦积区住房和城乡建设局\n", "generated"));
        assertEquals(List.of("312个"), figures(w));
    }

    @Test
    void aStandardOrAnAverageBesideThePlacesFigureIsNoFigureButTheMarginOverItIs() {
        Awardee w = only(TestDocuments.parse("潍坊市获评国家节水型城市\n\n日前，潍坊市被命名为国家节水型城市。全市管网漏损率降至7.6%，"
                + "低于国家9%的标准要求。测评综合得分92.6分，高于全省县级城市平均分85.2分。"
                + "群众满意度达94.1%，高于全省平均水平1.6个百分点。\n", "generated"));
        assertEquals(List.of("7.6%", "92.6分", "94.1%", "1.6个百分点"), figures(w));
        Awardee of = only(TestDocuments.parse("包头市获评国家卫生城市\n\n日前，包头市被命名为国家卫生城市。全市建成区绿化覆盖率达到44.2%，"
                + "高于自治区平均水平的38.6%；人均公园绿地面积是全区平均水平的1.5倍。\n", "generated"));
        assertEquals(List.of("44.2%", "1.5倍"), figures(of), "平均水平的 before the average's value; a multiple of it is the place's");
    }

    @Test
    void aLineToPassIsNoFigureOfThePlace() {
        Awardee w = only(TestDocuments.parse("三亚市获评全国文明城市\n\n日前，三亚市首次获评全国文明城市。三亚在测评中得分91.3分，"
                + "高于85分的合格线；省级命名线为80分。三亚建成公厕186个。\n", "generated"));
        assertEquals(List.of("91.3分", "186个"), figures(w));
    }

    @Test
    void aCompanyIntroducedAfterAModifierIsNoFigureOfThePlace() {
        Awardee w = only(TestDocuments.parse("潍坊市获评国家节水型城市\n\n日前，潍坊市被命名为国家节水型城市。全市改造供水管网126公里。"
                + "位于寿光市的一家造纸企业通过中水回用，年节水约320万立方米。\n", "generated"));
        assertEquals(List.of("126公里"), figures(w));
    }

    @Test
    void jiangAfterXiaYiBuMakesTheRestOfItsSentenceAPlan() {
        Awardee w = only(TestDocuments.parse("潍坊市获评国家节水型城市\n\n日前，潍坊市被命名为国家节水型城市。全市改造供水管网126公里。"
                + "下一步，我市将用3-5年时间，再建成节水型居民小区15至20个。我市将1.2亿元用于管网改造。\n", "generated"));
        assertEquals(List.of("126公里", "1.2亿元"), figures(w), "将 alone marks an object");
    }

    @Test
    void aClauseOpeningWithATaiwanCityIsThatCitysNotTheAwardees() {
        Awardee w = only(TestDocuments.parse("常州市獲評國家生態園林城市\n\n常州市日前獲評國家生態園林城市。常州人均公園綠地面積達15.6平方米。"
                + "相較之下，臺北市人均公園綠地面積約5.1平方米。\n", "generated"));
        assertEquals(List.of("15.6平方米"), figures(w));
    }

    @Test
    void theMainlandAsTaiwanAndHongKongPagesNameItIsAWiderScope() {
        Awardee w = only(TestDocuments.parse("常州市獲評國家生態園林城市\n\n常州市日前獲評國家生態園林城市。常州人均公園綠地面積達15.6平方米。"
                + "大陸目前共有國家生態園林城市約30座，其中江蘇省佔11座。\n", "generated"));
        assertEquals(List.of("15.6平方米"), figures(w));
    }

    @Test
    void aPlaceSaidToWinAgainDoesNotShareALaterJunWeiShouCi() {
        Announcement a = TestDocuments.parse("三明三县获评中国天然氧吧\n\n日前，中国气象服务协会发布2025年度“中国天然氧吧”评选结果，"
                + "我市泰宁县、建宁县、将乐县榜上有名。其中，泰宁县通过复评再次获此称号，建宁县、将乐县均为首次获评。\n", "generated");
        assertEquals(List.of("泰宁县", "建宁县", "将乐县"), a.roster().stream().map(e -> e.name()).toList());
        assertEquals(java.util.Set.of("建宁县1", "将乐县1"), a.awardees().stream().filter(w -> w.timesHonored() != null)
                .map(w -> w.name() + w.timesHonored()).collect(java.util.stream.Collectors.toSet()));
    }

    @Test
    void bulletedLinesAreItemsOfTheirOwnAndTheirMarksNoLabel() {
        Awardee w = only(TestDocuments.parse("廈門蟬聯全國文明城市\n\n廈門市再度入選全國文明城市，實現「六連冠」。影片帶你看廈門的幾個數字：\n"
                + "✅ 「口袋公園」新建285個\n✅ 註冊志願者約92萬人\n✅ 全市財政投入創建資金約36億元\n"
                + "在廈門設廠20多年的台商陳先生說，他的公司員工有800人。\n", "generated"));
        assertEquals(List.of("285個", "92萬人", "36億元"), figures(w));
        assertEquals("註冊志願者", w.metrics().get(1).label(), "the bullet is no word of the label");
    }

    @Test
    void aCreditInBracketsIsACaptionWhole() {
        Announcement a = TestDocuments.parse("湖南4市上榜国家森林城市\n\n全国绿化委员会公布新一批国家森林城市名单，郴州市、益阳市榜上有名。\n"
                + "（图片来源：国家林草局官网，小编整理）\n郴州市森林覆盖率达68.1%，益阳市累计新增造林12.6万亩。\n", "generated");
        assertEquals(java.util.Set.of("郴州市[68.1%]", "益阳市[12.6万亩]"), a.awardees().stream()
                .map(w -> w.name() + figures(w)).collect(java.util.stream.Collectors.toSet()));
    }

    @Test
    void aFigureBeforeItsCaptionIsTheCaptionsPlacesAndACountOfHonouredCountiesMakesNoAwardee() {
        Announcement a = TestDocuments.parse("数读｜“国字号”生态名片花落霍山\n2026-11-12 10:05  来源：皖西日报\n\n"
                + "日前，生态环境部公布第八批国家生态文明建设示范区名单，霍山县成功入选，首次获此殊荣。一组数字看懂这份荣誉：\n\n"
                + "● 3个：六安市累计获评县区数，金寨县此前已获此称号\n● 76.3%：霍山县森林覆盖率\n● 约786亿元：霍山县生态产品总值\n", "generated");
        assertEquals(List.of("霍山县[76.3%, 786亿元]"), a.awardees().stream().map(w -> w.name() + figures(w)).toList());
    }

    @Test
    void aPrivatePersonsStoryIsNoFigureOfThePlace() {
        Awardee w = only(TestDocuments.parse("漳州市獲評國家衞生城市\n\n日前，漳州市被命名為國家衞生城市。漳州全市改造農貿市場46個。"
                + "在漳州設廠近20年的台商林先生表示，他的工廠目前有員工約600人。"
                + "今年72歲的旅意僑領葉建國說，每年冬天都要回漳州住上兩個月。"
                + "一名從廈門到漳州經營民宿8年的台商表示，生意好了三成。一位來自香港的觀鳥愛好者説，他已連續5年到訪漳州。\n", "generated"));
        assertEquals(List.of("46個"), figures(w), "a title, an age and a determiner each bring in a private person");
    }

    @Test
    void anOfficialOrAnAgeBoundBringsInNoPrivatePerson() {
        Awardee w = only(TestDocuments.parse("漳州市获评国家卫生城市\n\n日前，漳州市被命名为国家卫生城市。"
                + "市爱卫办负责人表示，全市改造农贸市场46个。该市为年满80岁的老人发放高龄补贴1200万元。\n", "generated"));
        assertEquals(List.of("46个", "1200万元"), figures(w));
    }

    @Test
    void aYearToReachAfterTiChuMakesATargetButTiChuAloneDoesNot() {
        Awardee w = only(TestDocuments.parse("蒙阴县获评山东省森林城市\n\n日前，蒙阴县被命名为山东省森林城市。全县森林覆盖率达58.3%。"
                + "该县提出，到2030年全县森林覆盖率达到60%以上。群众提出意见建议1200条，均已办结。\n", "generated"));
        assertEquals(List.of("58.3%", "1200条"), figures(w));
    }

    @Test
    void aPlaceTheLeadNamesWithItsCountIsAnAwardeeBesideTheOthersSection() {
        Announcement a = TestDocuments.parse("新一届全国文明城市名单公布\n\n中央文明委日前公布新一届全国文明城市名单，株洲市顺利通过复查，"
                + "蝉联全国文明城市称号，实现“三连冠”；醴陵市首次入选全国文明城市（县级市）。\n\n文明创建：从“面子”到“里子”\n\n"
                + "近年来，株洲累计完成老旧小区改造1860个。\n\n醴陵：县城也有“大城范儿”\n\n近三年，醴陵累计投入创建资金32亿元。\n",
                "generated");
        assertEquals(java.util.Set.of("株洲市3", "醴陵市1"), a.awardees().stream().map(w -> w.name() + w.timesHonored())
                .collect(java.util.stream.Collectors.toSet()));
    }

    @Test
    void aCityCalledByItsNicknameIsTheAwardee() {
        Awardee w = only(TestDocuments.parse("鹭岛首次获评国家生态园林城市\n\n日前，住建部公布新一批国家生态园林城市名单，鹭岛首次入选。"
                + "近年来，鹭岛建成各类公园1290个。\n", "generated"));
        assertEquals("厦门市", w.name());
        assertEquals(1, w.timesHonored());
        assertEquals(List.of("1290个"), figures(w));
    }

    @Test
    void aDistrictsShortNameWrittenAsACitysEpithetIsNoPlace() {
        Announcement a = TestDocuments.parse("龙城太原第三次获评国家卫生城市\n\n全国爱卫会近日公布名单，山西省太原市榜上有名，"
                + "这是太原第三次获得此称号。\n", "generated");
        assertEquals(List.of("太原市3"), a.awardees().stream().map(w -> w.name() + w.timesHonored()).toList(),
                "龙城 (朝阳市龙城区) stands before 太原 as its nickname");
    }

    @Test
    void aReviewRoundsNationalTotalIsNoFigure() {
        Awardee w = only(TestDocuments.parse("景德镇市通过国家卫生城市复审\n\n日前，景德镇市通过复审，被重新命名为国家卫生城市。"
                + "据悉，本次复审全国共有60余个城市（区）接受检查。景德镇市新建公厕120座。\n", "generated"));
        assertEquals(List.of("120座"), figures(w));
    }

    @Test
    void aClauseOpeningWithAPlacesGarrisonIsThatPlaces() {
        Announcement a = TestDocuments.parse("延安市、延川县获评全国双拥模范城（县）\n\n日前，延安市、延川县分别第九次、第三次被命名为全国双拥模范城（县）。"
                + "近四年，延安市投入双拥经费4.3亿元。延川县建成退役军人服务站126个。\n\n"
                + "今年夏季防汛救灾中，驻延部队出动官兵2300余人次。\n", "generated");
        assertEquals(List.of("4.3亿元", "2300余人次"), figures(a.awardees().get(0)), "驻延部队 is 延安市's garrison");
        assertEquals(List.of("126个"), figures(a.awardees().get(1)));
    }

    @Test
    void aDecisionWrappedAtAFixedWidthListsTheNamesTheWrappingBroke() {
        Announcement a = TestDocuments.parse(String.join("\n", "关于命名自治区双拥模范城（县）的决定", "",
                "各市、县党委和人民政府，自治区党委各部委，", "自治区级国家机关各委办厅局，各人民团体，驻", "桂部队各单位：",
                "    2018年以来，全区各级党委、政府和驻桂部队", "坚持以习近平新时代中国特色社会主义思想为指",
                "导，深入开展双拥共建活动，军政军民团结不断巩", "固发展，涌现出一大批双拥模范城（县）和双拥模",
                "范单位、模范个人。为表彰先进、激励各方，自治", "区党委、自治区人民政府、广西军区决定：",
                "    命名南宁市、柳州市、桂林市、钦州市、贵港市、", "融安县、三江侗族自治县、阳朔县、恭城瑶族自治",
                "县、岑溪市、东兴市为自治区双拥模范城（县）。", ""), "generated");
        List<String> names = a.roster().stream().map(e -> e.name()).toList();
        assertEquals(List.of("南宁市", "柳州市", "桂林市", "钦州市", "贵港市", "融安县", "三江侗族自治县", "阳朔县",
                "恭城瑶族自治县", "岑溪市", "东兴市"), names);
        assertTrue(a.issues().stream().anyMatch(d -> d.kind() == DiagnosticKind.SPLIT_PARAGRAPH_JOINED
                && d.message().contains("wrapped at a fixed width")), a.issues().toString());
    }

    @Test
    void kindsOfAreaListedAfterAPlaceAreNoPlaces() {
        Announcement a = TestDocuments.parse("百色市荣膺全国文明城市\n\n日前，百色市首次获评全国文明城市。"
                + "百色市地处滇黔桂三省（区）交界，常住人口约357万，是革命老区、少数民族地区、边境地区。\n", "generated");
        assertEquals(List.of(), a.roster(), "革命老区、少数民族地区、边境地区 are kinds of area (common-place-nouns.txt)");
        assertEquals("百色市", only(a).name());
    }

    @Test
    void aStoryWhoseHeadlineNamesOneOfTwoAwardeesIsAboutThatOne() {
        Announcement a = TestDocuments.parse("忻州市成功创建国家卫生城市\n\n全国爱卫会日前印发决定，忻州市被正式命名为国家卫生城市。"
                + "本次全国共有36个城市（区）获得命名，我省忻州市、吕梁市榜上有名。\n\n"
                + "五年来，全市累计投入创卫资金52.7亿元。\n\n在环境卫生基础设施方面，中心城区生活污水集中处理率达到97.6%。\n\n"
                + "据悉，市民对创卫工作的满意度达到95.3%。\n", "generated");
        assertEquals("忻州市", a.awardees().get(0).name());
        assertEquals(List.of("52.7亿元", "97.6%", "95.3%"), figures(a.awardees().get(0)), "吕梁市 is named only in the list");
        assertTrue(a.awardees().stream().skip(1).allMatch(w -> w.metrics().isEmpty()), a.awardees().toString());
    }

    @Test
    void howManyUnitsWereHonouredAlongsideIsNoFigure() {
        Awardee w = only(TestDocuments.parse("合肥市获评安徽省文明城市\n\n日前，省委、省政府授予合肥市“安徽省文明城市”称号，"
                + "授予合肥市蜀山区税务局等300个单位“安徽省文明单位”称号。合肥市建成新时代文明实践站1260个。\n", "generated"));
        assertEquals(List.of("1260个"), figures(w));
    }

    @Test
    void aCountInTheVerbsClauseOfSeveralPlacesIsEachOnes() {
        Announcement a = TestDocuments.parse("我省第七届全国文明城市名单公布\n\n近日，中央文明委印发决定。"
                + "其中，青岛市、烟台市、威海市实现全国文明城市“六连冠”。\n", "generated");
        assertEquals(java.util.Map.of("青岛市", 6, "烟台市", 6, "威海市", 6), counts(a));
        Announcement already = TestDocuments.parse("自治区双拥模范城（县）命名\n\n命名南宁市、柳州市、桂林市、钦州市为自治区双拥模范城（县）。\n\n"
                + "南宁市、柳州市、桂林市已连续七次被命名为自治区双拥模范城。\n", "generated");
        assertEquals(java.util.Map.of("南宁市", 7, "柳州市", 7, "桂林市", 7), counts(already), "已 between the list and its count");
        Announcement later = TestDocuments.parse("我省5市获评全国文明城市\n\n我省湛江市、茂名市、梅州市获评全国文明城市，"
                + "其中梅州市为首次入选。\n", "generated");
        assertEquals(1, later.awardees().stream().filter(w -> w.name().equals("梅州市")).findFirst().orElseThrow().timesHonored());
        assertTrue(later.awardees().stream().filter(w -> !w.name().equals("梅州市")).allMatch(w -> w.timesHonored() == null),
                "a count in a later clause is the sub-list's: " + later.awardees());
    }

    @Test
    void aClauseFramingTheCountryMakesTheSentenceTheCountrys() {
        Awardee w = only(TestDocuments.parse("日照市再获全国双拥模范城\n\n日前，日照市再次被命名为全国双拥模范城。"
                + "日照市去年安置退役军人1200名。放眼全国，去年共接收安置退役军人约30万名。\n", "generated"));
        assertEquals(List.of("1200名"), figures(w), "放眼全国 frames the country's total");
    }

    @Test
    void aCountOfAProvincialTitleMakesNoAwardeeAndAProvinceClauseIsNotTheCitys() {
        Announcement a = TestDocuments.parse("洛阳第九次荣膺“全国双拥模范城”\n\n洛阳市被再次命名为全国双拥模范城。同日，洛阳市所辖的"
                + "孟津区、宜阳县被命名为河南省双拥模范区（县），孟津区已是第四次获评省级称号。\n\n"
                + "全市累计发放优待证12.6万张，全省累计发放110万张。\n", "generated");
        Awardee w = only(a);
        assertEquals("洛阳市", w.name());
        assertEquals(List.of("12.6万张"), figures(w));
    }

    @Test
    void aFigureLineWhoseLabelEndsLikeAPlaceIsNoHeading() {
        Announcement a = TestDocuments.parse("邓州、永城获评河南省文明城市\n\n命名邓州市、永城市为河南省文明城市。\n\n邓州市\n"
                + "创建投入：19.3亿元\n改造老旧小区：143个\n\n永城市\n创建投入：15.6亿元\n", "generated");
        assertEquals(List.of("邓州市", "永城市"), a.awardees().stream().map(Awardee::name).toList());
        assertEquals(List.of("19.3亿元", "143个"), figures(a.awardees().get(0)));
    }

    @Test
    void aBracketHoldingAReferenceValueIsNotTheAwardeesFigure() {
        Awardee w = only(TestDocuments.parse("汝州市获评国家卫生城市\n\n汝州市被命名为国家卫生城市。\n建成区绿化覆盖率：42.6%（全省平均：41.1%）\n"
                + "污水集中收集率：76.8%（国家标准：≥70%）\n全市森林覆盖率76.8%（全省为58.7%），建成绿道（含新建12条）30条。\n",
                "generated"));
        assertEquals(List.of("42.6%", "76.8%", "76.8%", "12条", "30条"), figures(w));
    }

    @Test
    void theRestOfAListTakeTheCountSaidOfThemAndAGroupsSizeBeforeItsListIsNoFigure() {
        Announcement a = TestDocuments.parse("云南8个城市入选全国文明城市提名城市名单\n\n我省昭通市、保山市、普洱市、腾冲市入选全国文明城市提名城市。\n"
                + "其中，地级城市3个：昭通市、保山市、普洱市；县级城市1个：腾冲市。保山市、腾冲市均为第二次入选，其余2地为首次入选。\n",
                "generated");
        assertEquals(List.of("昭通市×1", "保山市×2", "普洱市×1", "腾冲市×2"),
                a.awardees().stream().map(w -> w.name() + "×" + w.timesHonored()).toList());
        assertTrue(a.awardees().stream().allMatch(w -> w.metrics().isEmpty()));
    }

    @Test
    void placesSaidToHaveWonAnEarlierRoundAreNoRosterAndABreadcrumbAfterTheSiteNameIsNoHeadline() {
        Announcement a = TestDocuments.parse("侨声新闻网 ｜ 首页 › 中国新闻 › 社会\n贵州黔东南州获命名“全国民族团结进步示范州”\n\n"
                + "贵州省黔东南苗族侗族自治州被命名为“全国民族团结进步示范州”。全州总面积3.03万平方公里。\n"
                + "据了解，州内的雷山县、丹寨县此前已分别于2017年、2019年获评全国民族团结进步示范县。\n", "generated");
        assertEquals("贵州黔东南州获命名“全国民族团结进步示范州”", a.title());
        assertEquals(List.of("黔东南苗族侗族自治州"), a.awardees().stream().map(Awardee::name).toList());
        assertTrue(a.roster().isEmpty(), a.roster().toString());
    }

    @Test
    void placesInsideTheAwardeeThatReceivedAnotherHonourHaveTheirOwnClauses() {
        Awardee w = only(TestDocuments.parse("抚州市三度获评国家卫生城市\n\n抚州市榜上有名。与此同时，抚州市所辖的南城县、崇仁县获评国家卫生县城。\n"
                + "三年来，抚州市投入创建资金27.8亿元；南城县、崇仁县则分别投入4.6亿元、3.9亿元。\n"
                + "抚州市新建公厕126座。南城县全县建成口袋公园46个。\n", "generated"));
        assertEquals("抚州市", w.name());
        assertEquals(List.of("27.8亿元", "126座"), figures(w));
    }

    @Test
    void respectiveFiguresFollowThePlacesListedBefore分别InTheirOrder() {
        Announcement a = TestDocuments.parse("我省三市获评国家卫生城市\n\n我省安顺市、六盘水市、铜仁市入选国家卫生城市。\n"
                + "在资金投入上，铜仁、安顺、六盘水三市分别投入创建资金15.9亿元、18.4亿元和22.7亿元，"
                + "分别新建公厕137座、120座、98座。\n", "generated");
        java.util.Map<String, List<String>> by = new java.util.HashMap<>();
        a.awardees().forEach(w -> by.put(w.name(), figures(w)));
        assertEquals(List.of("18.4亿元", "120座"), by.get("安顺市"));
        assertEquals(List.of("22.7亿元", "98座"), by.get("六盘水市"));
        assertEquals(List.of("15.9亿元", "137座"), by.get("铜仁市"));
    }

    @Test
    void aFullWidthDecimalPointEndsNoSentenceAndTheCountOfPlacesNamedIsNoFigure() {
        Announcement a = TestDocuments.parse("三县获评省级生态县\n\n宝兴县、小金县、泸定县被命名为四川省生态文明建设示范县。\n"
                + "本批次全省共命名21个县（市、区）。三县分别累计投入生态环保资金９．８亿元、６．３亿元和７．１亿元。\n", "generated");
        assertEquals(List.of("宝兴县:９．８亿元", "小金县:６．３亿元", "泸定县:７．１亿元"), a.awardees().stream()
                .flatMap(w -> figures(w).stream().map(f -> w.name() + ":" + f)).toList());
    }

    @Test
    void aCountInAClauseOpeningWithAnotherPlaceIsThatPlacesNotTheStatementBefore() {
        Announcement a = TestDocuments.parse("宜昌三地获评湖北省双拥模范城（县）\n\n命名表彰新一届湖北省双拥模范城（县）。宜昌市再次被命名为湖北省双拥模范城，"
                + "当阳市第四次获此荣誉，秭归县则是首次上榜。\n近三年，宜昌市投入双拥经费3.6亿元，当阳市投入8600万元，秭归县则投入4200万元。\n",
                "generated");
        assertEquals(List.of("宜昌市×null", "当阳市×4", "秭归县×1"),
                a.awardees().stream().map(w -> w.name() + "×" + w.timesHonored()).toList());
    }

    @Test
    void theSizeOfAListUnderItsHeaderAndOfTownsNamedWithTheRoundAreNoFigures() {
        Announcement a = TestDocuments.parse("关于命名2024年度河南省卫生县城的决定\n\n省爱卫会决定：命名中牟县等2个县为河南省卫生县城。"
                + "同时，命名荥阳市高山镇等58个乡镇为河南省卫生乡镇。\n附件\n一、新命名的河南省卫生县城（城市）（2个）\n郑州市：中牟县\n"
                + "洛阳市：栾川县\n二、通过复审、继续保留河南省卫生县城（城市）称号的（1个）\n开封市：兰考县\n", "generated");
        assertEquals(List.of("中牟县", "栾川县", "兰考县"), a.roster().stream().map(e -> e.name()).toList());
        assertTrue(a.awardees().stream().allMatch(w -> w.metrics().isEmpty()), a.awardees().toString());
    }

    @Test
    void aListInASentenceOpeningWithAnEarlierWordIsAnEarlierRounds() {
        Announcement a = TestDocuments.parse("第三批国家全域旅游示范区公布\n\n海南省保亭黎族苗族自治县、陵水黎族自治县双双入选国家全域旅游示范区。"
                + "此前两批中，海南已有三亚市吉阳区、琼海市入选。\n", "generated");
        assertEquals(List.of("保亭黎族苗族自治县", "陵水黎族自治县"), a.roster().stream().map(e -> e.name()).toList());
    }

    @Test
    void aPlaceAfterAModifierEndingIn的OpensItsClause() {
        Announcement a = TestDocuments.parse("珠海中山保留全国文明城市称号\n\n广东省珠海市、中山市确认继续保留全国文明城市荣誉称号。\n"
                + "与香港隔海相望的珠海，近三年改造老旧小区312个。中山市则整治城中村街巷87条。"
                + "中山市所在的珠海市还新建口袋公园46个。\n", "generated");
        java.util.Map<String, List<String>> by = new java.util.HashMap<>();
        a.awardees().forEach(w -> by.put(w.name(), figures(w)));
        assertEquals(List.of("312个", "46个"), by.get("珠海市")); // 中山市所在的珠海市: the head after 的
        assertEquals(List.of("87条"), by.get("中山市"));
    }

    @Test
    void aCountAnnouncingAListOfPointsIsNoFigureAndMultiplesAndTractsAre() {
        Awardee w = only(TestDocuments.parse("诸暨市通过全国文明城市复查\n\n诸暨市顺利通过复查，继续保留全国文明城市称号。\n"
                + "三年来，诸暨市重点抓好三项工作：一是改造老旧小区97个；二是保护历史文化街区18片。旅游收入较2018年增长1.7倍。\n",
                "generated"));
        assertEquals(List.of("97个", "18片", "1.7倍"), figures(w));
        Awardee answered = only(TestDocuments.parse("浏阳市获评全国文明城市\n\n浏阳市被命名为全国文明城市。\n记者：三年创建，全市做了哪些重点工作？\n"
                + "答：主要是三个方面。一是补齐城市短板，改造老旧小区97个。\n", "generated"));
        assertEquals(List.of("97个"), figures(answered), "三个方面。一是…: the count of the points that follow");
    }

    @Test
    void aStatementAfterASemicolonIsNotHiddenByTheVerbBeforeIt() {
        Announcement a = TestDocuments.parse("蚌埠市实现“五连冠”\n\n蚌埠市再次被命名为全国双拥模范城，实现“五连冠”；所辖怀远县首次被命名为"
                + "全国双拥模范县。\n\n怀远县累计投入拥军资金5600万元。\n", "generated");
        assertEquals(List.of("蚌埠市×5", "怀远县×1"),
                a.awardees().stream().map(w -> w.name() + "×" + w.timesHonored()).toList());
        assertEquals(List.of("5600万元"), figures(a.awardees().get(1)));
    }

    @Test
    void aCountInTheHeadlineWithAnotherVerbOfWinning() {
        Awardee w = only(TestDocuments.parse("锦州第六次捧回“全国双拥模范城”金字招牌\n\n7月31日，锦州市再次被命名为全国双拥模范城。\n"
                + "锦州市累计投入双拥经费2.6亿元。\n", "generated"));
        assertEquals(6, w.timesHonored());
    }

    @Test
    void nomineesOfAnHonourAreNotItsAwardees() {
        Announcement a = TestDocuments.parse("河南6个县级市获评河南省文明城市\n\n命名巩义市、汝州市为河南省文明城市。"
                + "本届评选中，新郑市、禹州市等12个县（市）被确定为河南省文明城市提名城市。\n", "generated");
        assertEquals(List.of("巩义市", "汝州市"), a.roster().stream().map(e -> e.name()).toList());
    }

    @Test
    void statementsBetweenAVerbAndAnHonourNamedLaterAreStillRead() {
        Announcement a = TestDocuments.parse("福建6地获评全国双拥模范城（县）\n\n其中，福州市实现“七连冠”，泉州市、漳州市为连续第三次获评，"
                + "龙岩市为第二次获评，武夷山市、长汀县首次获此殊荣。\n", "generated");
        assertEquals(java.util.Set.of("福州市×7", "泉州市×3", "漳州市×3", "龙岩市×2", "武夷山市×1", "长汀县×1"),
                a.awardees().stream().map(w -> w.name() + "×" + w.timesHonored()).collect(java.util.stream.Collectors.toSet()));
    }

    @Test
    void unitsNamedAfterPlacesInAListAreNoRosterAndTheListGoesOnAfterThem() {
        Announcement a = TestDocuments.parse("第十批全国民族团结进步示范区示范单位名单\n\n一、全国民族团结进步示范区\n内蒙古自治区：通辽市、阿拉善盟\n"
                + "二、全国民族团结进步示范单位\n广西壮族自治区：百色市右江区人民医院\n\n四川省拟命名名单如下：凉山彝族自治州、"
                + "凉山彝族自治州民族中学、阿坝藏族羌族自治州、北川羌族自治县禹羌文化旅游开发有限公司、峨边彝族自治县。\n", "generated");
        assertEquals(List.of("通辽市", "阿拉善盟", "凉山彝族自治州", "阿坝藏族羌族自治州", "峨边彝族自治县"),
                a.roster().stream().map(e -> e.name()).toList());
    }

    @Test
    void aProvinceCountingItsPlacesHeadsTheListAndIsNotInIt() {
        Announcement a = TestDocuments.parse("粤桂13地入选国家全域旅游示范区\n\n文化和旅游部公布第三批国家全域旅游示范区名单。"
                + "广东省有2地入选，分别为广州市从化区、深圳市盐田区；广西壮族自治区有2地，即柳州市三江侗族自治县和北海市银海区。\n",
                "generated");
        assertEquals(List.of("从化区", "盐田区", "三江侗族自治县", "银海区"), a.roster().stream().map(e -> e.name()).toList());
    }

    @Test
    void aListUnderAnotherHonoursHeadInTheSameFormIsNotTheRoster() {
        Announcement a = TestDocuments.parse("全国爱卫会关于命名国家卫生城镇的通报\n\n全国爱卫会决定命名邢台市等2个城市为国家卫生城市（区），"
                + "命名涞源县为国家卫生县。现将名单通报如下：\n一、国家卫生城市（区）（2个）\n河北省：邢台市、衡水市\n二、国家卫生县（1个）\n"
                + "河北省：涞源县\n", "generated");
        assertEquals(List.of("邢台市", "衡水市"), a.roster().stream().map(e -> e.name()).toList());
    }

    @Test
    void aPlaceBeforeThePassiveAndItsAgentsIsTheOneHonoured() {
        Awardee w = only(TestDocuments.parse("【城市名片】普洱：世界茶源\n\n普洱市茶园面积达到212万亩。2023年，普洱市被全国绿化委员会、"
                + "国家林业和草原局授予“国家森林城市”称号。普洱市新增造林面积31万亩。\n", "generated"));
        assertEquals("普洱市", w.name());
        assertEquals(List.of("212万亩", "31万亩"), figures(w));
    }

    @Test
    void aPlaqueStandsForTheHonourACountInTheNextParagraphIsWonWith() {
        Announcement a = TestDocuments.parse("正定县被命名为“全国双拥模范县”\n\n近日，正定县被命名为“全国双拥模范县”。\n\n"
                + "这是该县继2012年、2016年、2020年之后，第四次捧回这块沉甸甸的“金字招牌”。\n", "generated");
        assertEquals(java.util.Map.of("正定县", 4), counts(a), "这块…“金字招牌” is the honour the verb is said of");
        Announcement other = TestDocuments.parse("正定县被命名为“全国双拥模范县”\n\n近日，正定县被命名为“全国双拥模范县”。\n\n"
                + "这是该县第四次捧回这块土地上的奖杯，县里将继续努力。\n", "generated");
        assertEquals(null, other.awardees().get(0).timesHonored(), "这块 opening no plaque refers to nothing");
    }

    @Test
    void heldSinceAFirstTimeInAnEarlierYearIsTheSecondTimeUnlessHeldAgainOrYearsLieBetween() {
        Announcement a = TestDocuments.parse("武穴市成功蝉联全国文明城市\n\n近日，中央文明委公布全国文明城市名单，武穴市榜上有名。"
                + "继2020年首次获评后，武穴市此次成功蝉联全国文明城市荣誉称号。\n", "generated");
        assertEquals(java.util.Map.of("武穴市", 2), counts(a));
        assertEquals(dev.laurel.model.TimesKind.CONSECUTIVE, a.awardees().get(0).timesKind());
        Announcement after = TestDocuments.parse("武义县蝉联浙江省全域旅游示范县\n\n日前，浙江省公布2024年度复核结果，武义县顺利通过复核，"
                + "蝉联“浙江省全域旅游示范县”称号。武义县于2019年首次获评该称号。\n", "generated");
        assertEquals(java.util.Map.of("武义县", 2), counts(after), "the first time told in the next sentence");
        Announcement again = TestDocuments.parse("都匀市再度蝉联国家园林城市称号\n\n近日，都匀市再度蝉联“国家园林城市”称号。"
                + "该市早在2011年即首获此称号。\n", "generated");
        assertEquals(null, again.awardees().get(0).timesHonored(), "再度蝉联: held again, how often is not said");
        Announcement timeline = TestDocuments.parse("都匀市蝉联国家园林城市称号\n\n都匀市2011年首次获评国家园林城市，"
                + "2017年通过复查，近日蝉联“国家园林城市”称号。\n", "generated");
        assertEquals(null, timeline.awardees().get(0).timesHonored(), "a year between: not the second time");
    }

    @Test
    void placesSaidToHoldTheHonourAlreadyAreEarlierHoldersUnlessTheSentenceSaysThisRound() {
        Announcement plan = TestDocuments.parse("滨州市国家森林城市建设总体规划通过专家评审\n\n11月15日，规划通过评审。目前，全省已有13个设区市"
                + "获得国家森林城市称号，相邻的东营市、淄博市均已获此称号。\n", "generated");
        assertEquals(List.of(), plan.awardees(), "均已获此称号: they hold it from earlier rounds");
        Announcement now = TestDocuments.parse("喜讯\n\n日前，东营市已被命名为国家森林城市。\n", "generated");
        assertEquals(List.of("东营市"), now.awardees().stream().map(Awardee::name).toList(), "日前 says this round");
    }

    @Test
    void aBlankPartsAHeadlinesPhrasesSoOnePlacesFirstTimeIsNotTheOthers() {
        Announcement a = TestDocuments.parse("马鞍山蝉联 滁州首获 全国文明城市\n\n近日，马鞍山市通过复查确认，蝉联全国文明城市称号，"
                + "实现“四连冠”；滁州市首次荣获全国文明城市称号。\n", "generated");
        assertEquals(java.util.Map.of("马鞍山市", 4, "滁州市", 1), counts(a));
    }

    @Test
    void aListedPlaceAfterAModifierOpensTheParagraphAboutIt() {
        Announcement a = TestDocuments.parse("河北4地获命名全国双拥模范城（县）\n\n日前，全国双拥工作领导小组印发决定，命名新一届全国双拥模范城（县）。"
                + "我省石家庄市、迁安市、正定县、平山县榜上有名。\n\n近年来，石家庄市累计投入双拥工作经费9.6亿元。\n\n"
                + "首次获评的平山县是革命圣地西柏坡所在地。近年来，该县投入1.3亿元实施革命旧址保护提升工程。\n", "generated");
        Awardee pingshan = a.awardees().stream().filter(w -> w.name().equals("平山县")).findFirst().orElseThrow();
        assertEquals(List.of("1.3亿元"), figures(pingshan));
    }

    @Test
    void listedNamesRightBeforeACountAndANamingVerbShareTheCount() {
        Announcement a = TestDocuments.parse("河北4地获命名全国双拥模范城（县）\n\n日前，全国双拥工作领导小组印发决定，命名新一届全国双拥模范城（县）。"
                + "我省石家庄市、张家口市、承德市、沧州市榜上有名。\n\n其中，石家庄市实现“七连冠”，张家口市、承德市连续第五次获此殊荣。"
                + "沧州市、廊坊市连续三次被评为全国文明城市。\n", "generated");
        assertEquals(java.util.Map.of("石家庄市", 7, "张家口市", 5, "承德市", 5), counts(a),
                "沧州市's count is another honour's");
        Announcement kept = TestDocuments.parse("河南省文明城市复查结果通报\n\n经复查，巩义市、灵宝市、汝州市继续保留河南省文明城市称号。\n\n"
                + "其中，巩义市、灵宝市已连续五届保持该称号，汝州市为第四次获得该称号。\n", "generated");
        assertEquals(java.util.Map.of("巩义市", 5, "灵宝市", 5, "汝州市", 4), counts(kept), "保持该称号: the title they kept");
        Announcement after = TestDocuments.parse("我省4市获评国家节水型城市\n\n近日，住房和城乡建设部公布第十批国家节水型城市名单。"
                + "我省沧州市、衡水市、任丘市、迁安市榜上有名，均为首次获评。同时，石家庄市通过复查，继续保留“国家节水型城市”称号。\n",
                "generated");
        assertEquals(java.util.Map.of("沧州市", 1, "衡水市", 1, "任丘市", 1, "迁安市", 1), counts(after),
                "均为 after the list's naming verb and a comma");
    }

    @Test
    void earlierHoldersAndCandidatesNamedBesideTheAwardeeAreNoRosterAndATitleWithItsScopeIsTheHonour() {
        Announcement a = TestDocuments.parse("张掖市获评国家节水型城市\n\n近日，张掖市被命名为国家节水型城市。"
                + "这是该市首次获得这一国家级称号。同处河西走廊的酒泉市、嘉峪关市此前已先后获评。"
                + "同期，焦作市、南阳市被纳入第四批国家节水型城市创建名单。\n", "generated");
        assertEquals(List.of(), a.roster());
        assertEquals(java.util.Map.of("张掖市", 1), counts(a));
    }

    @Test
    void theGardenCityAndTheEcologicalGardenCityAreTwoHonours() {
        Announcement a = TestDocuments.parse("广东两市获评“国家生态园林城市”\n\n住房和城乡建设部近日公布新一批国家生态园林城市和国家园林城市名单。"
                + "广东省中山市、惠州市首次获评“国家生态园林城市”。同批名单中，汕尾市、云浮市、阳江市获评国家园林城市。\n", "generated");
        assertEquals(List.of("中山市", "惠州市"), a.roster().stream().map(e -> e.name()).toList());
    }

    @Test
    void listedPlacesSharingACountByTheirShortNames() {
        Announcement a = TestDocuments.parse("大理州三县获评云南省园林县城\n\n日前，宾川县、弥渡县、祥云县被命名为云南省园林县城。"
                + "其中，宾川、弥渡均为首次获评，祥云县第三次获此称号。石家庄市辖区内新建公园12个。\n", "generated");
        assertEquals(java.util.Map.of("宾川县", 1, "弥渡县", 1, "祥云县", 3), counts(a));
    }

    @Test
    void aCountInOneListedNamesNoteAfterAnObjectFirstVerbIsThatNamesOnly() {
        Announcement a = TestDocuments.parse("喜讯\n\n命名息烽县、修文县（连续第三次）、湄潭县为贵州省文明县城。\n", "generated");
        assertEquals(java.util.Map.of("修文县", 3), counts(a), "not 息烽县's, the name the verb opens the list with");
    }

    @Test
    void aCampaignsHeadlineLeavesTheHonourToWhatThePageSaysItWonItself() {
        Announcement a = TestDocuments.parse("湄潭县创建全国文明城市工作简报\n\n"
                + "2月26日，省文明委印发《关于命名第五届贵州省文明城市、文明县城的决定》，命名兴义市、凯里市为第五届贵州省文明城市，"
                + "命名息烽县等4个县为第五届贵州省文明县城。\n\n第五届贵州省文明城市（2个）：\n兴义市、凯里市\n\n"
                + "第五届贵州省文明县城（4个）：\n息烽县、修文县、湄潭县（连续第三届）、余庆县（第二届）\n\n"
                + "二、我县连续第三届荣膺“贵州省文明县城”称号\n\n我县累计投入创建资金4.86亿元。\n", "generated");
        assertEquals("贵州省文明县城", a.honor(), "创建全国文明城市工作简报 names a campaign, not the honour won");
        assertEquals(List.of("息烽县", "修文县", "湄潭县", "余庆县"), a.roster().stream().map(e -> e.name()).toList());
        assertEquals(java.util.Map.of("湄潭县", 3, "余庆县", 2), counts(a), "（第二届） after a listed name is its count");
        assertEquals(List.of("4.86亿元"), figures(a.awardees().stream().filter(w -> w.name().equals("湄潭县")).findFirst().orElseThrow()),
                "我县 is the headline's county, not the first listed");
    }

    @Test
    void aPapersRunningHeadAboveTheHeadlineNamesTheCityThatCallsItselfWoShi() {
        Announcement a = TestDocuments.parse("绵阳日报　2026年11月24日　第A1版\n\n我市首次获评国家森林城市\n\n"
                + "本报讯（记者 张丽）日前，新一批国家森林城市名单公布，我市首次获此称号。全市累计完成造林绿化18.6万亩。\n", "generated");
        assertEquals(java.util.Map.of("绵阳市", 1), counts(a));
        assertEquals(List.of("18.6万亩"), figures(only(a)));
        assertTrue(has(only(a).issues(), DiagnosticKind.INFERRED_AWARDEE), "found through 我市: a guess, said");
    }

    @Test
    void aNamingAfterEnsureIsATargetNotAFact() {
        Announcement a = TestDocuments.parse("定西市人民政府 > 政务动态 > 定西要闻\n全市创建国家森林城市动员大会召开\n\n"
                + "3月11日，大会动员全市上下凝心聚力，确保2027年成功创建国家森林城市。全市森林覆盖率达到14.8%。\n", "generated");
        assertEquals(List.of(), a.awardees());
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"我们的目标是2027年成功创建国家森林城市。",
        "汕尾能否被命名为国家森林城市，关键看明年。"})
    void aNamingSetAsAGoalOrAskedAboutIsNoFact(String sentence) {
        Announcement a = TestDocuments.parse("汕尾日报 > 专访\n“创森”进入冲刺阶段，汕尾还要补哪些短板？\n\n记者：目前创森工作进展如何？\n"
                + "局长：截至8月底，全市完成植树造林18.6万亩。" + sentence + "\n", "generated");
        assertEquals(List.of(), a.awardees(), sentence);
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"同属河湟谷地的海东市，今年测评得分为85.3分，尚未获评。",
        "海东市今年仍未获评全国文明城市。"})
    void aPlaceTheTextSaysHasNotWonIsNoAwardee(String sentence) {
        Announcement a = TestDocuments.parse("西宁首获全国文明城市称号\n\n中央文明委日前公布新一届全国文明城市名单，西宁市首次入选。"
                + "西宁市今年测评得分92.6分。" + sentence + "\n", "generated");
        assertEquals(List.of("西宁市"), a.awardees().stream().map(dev.laurel.model.Awardee::name).toList(), sentence);
        assertEquals(List.of("92.6分"), a.awardees().get(0).metrics().stream().map(m -> m.text()).toList(), sentence);
    }

    @Test
    void aProvinceThatHasSoManyOfAnHonourIsNoScopeOfIt() {
        Announcement a = TestDocuments.parse("我市首次获评森林城市\n\n日前，新一批森林城市名单公布，牡丹江市首次获此称号。"
                + "截至目前，黑龙江省共有森林城市3个。\n", "generated");
        assertEquals("森林城市", a.honor(), "黑龙江省共有 is a clause's subject and verb, not the honour's scope");
    }

    @Test
    void aBlankPartsAHeadlinesClausesSoACountOfTheSecondIsNotTheFirstsPlace() {
        Announcement a = TestDocuments.parse("湖州两县同摘全国文明城市桂冠\n德清连续两届获评 长兴首次上榜\n\n"
                + "记者获悉，湖州市德清县、长兴县双双榜上有名。\n", "generated");
        assertEquals(2, a.awardees().stream().filter(w -> w.name().equals("德清县")).findFirst().orElseThrow().timesHonored(),
                "长兴首次上榜 is a clause of its own: its 首次 is not 德清's");
    }

    @Test
    void howThingsStoodInAnEarlierYearIsNoDeedButWhatStandsNowIs() {
        Awardee w = only(TestDocuments.parse("衡阳市获评全国双拥模范城\n\n日前，衡阳市第五次被命名为全国双拥模范城。"
                + "2021年我市获评“四连冠”时，全市退役军人服务站还只有1800多个，如今已建成3246个。当时驻衡部队官兵还是1100人。"
                + "全市只有3个区没有新建公园。2020年首次获评时，我市注册志愿者为68万人。2020年，全市新建公园12个。\n", "generated"));
        assertEquals(List.of("3246个", "3个", "12个"), figures(w),
                "还只有, 还是 and 为 in a past frame; 只有 with none and a deed of an earlier year are figures");
    }

    @Test
    void aShortNameThatIsACommonWordIsAPlaceWhereThePageListsItBesideItsSiblings() {
        Announcement a = TestDocuments.parse("三县同获国家生态文明建设示范县称号\n\n近日，生态环境部公布名单，德清、长兴、安吉三县同时入选，"
                + "均为首次获此命名。\n\n德清还投资12.5亿元建设污水处理工程。\n\n长兴是全国闻名的“蓄电池之乡”。该县腾出土地3200余亩。\n\n"
                + "安吉是“两山”理念诞生地。该县竹林面积87万亩。\n", "generated");
        assertEquals(java.util.Map.of("德清县", 1, "长兴县", 1, "安吉县", 1), counts(a), "均为首次 after three short names");
        assertEquals(List.of("3200余亩"), figures(a.awardees().stream().filter(w -> w.name().equals("长兴县")).findFirst().orElseThrow()));
        Announcement c = TestDocuments.parse("5地获评辽宁省双拥模范城（县）\n\n经研究决定，北镇市（第二次）、东港市（连续第三次）被命名为"
                + "辽宁省双拥模范城（县）。\n\n在北镇，该市修建“拥军路”18公里。\n\n在东港，该市累计安置退役士兵2130人。\n", "generated");
        assertEquals(List.of("2130人"), figures(c.awardees().stream().filter(w -> w.name().equals("东港市")).findFirst().orElseThrow()),
                "东港, a common word, is 东港市 on a page that writes 东港市 in full");
        Announcement b = TestDocuments.parse("天台县获评省级森林城市\n\n日前，三门县、天台县获评省级森林城市。天台山国家级风景名胜区内古树名木挂牌保护230株。\n", "generated");
        assertEquals(List.of(), b.awardees().stream().filter(w -> w.writtenName() != null && w.writtenName().equals("天台")).toList(),
                "天台 of 天台县 in a list is no common word learned as a place");
        assertFalse(only(b).metrics().get(0).label().startsWith("山"), "天台山 is a landmark: no mention of 天台县 cuts its label");
    }

    @Test
    void aCountOfItsOwnInDuBeforeADistributiveOneIsKept() {
        Announcement a = TestDocuments.parse("陝西寶雞、漢中、安康 同獲評全國文明城市\n\n大陸中央文明委日前公布新一屆全國文明城市名單，陝西寶雞、漢中、安康三市同時入榜。"
                + "其中，寶雞是第二度獲得這項稱號，漢中、安康則都是首度獲評。\n", "generated");
        assertEquals(java.util.Map.of("寶雞市", 2, "漢中市", 1, "安康市", 1), counts(a));
    }

    @Test
    void aBreakdownByShortNamesAfterQiZhongGivesEachCountyItsPartAndPlacesToBeGuidedAreNoRoster() {
        Announcement a = TestDocuments.parse("我市三县获评全国民族团结进步示范区\n\n近日，我市龙胜各族自治县、恭城瑶族自治县、阳朔县榜上有名，"
                + "三县均为首次获此命名。\n\n据了解，三县共投入创建资金8.6亿元，其中龙胜4.1亿元、恭城2.7亿元、阳朔1.8亿元。\n\n"
                + "市民宗委有关负责人表示，下一步将指导荔浦市、灌阳县等地对标对表，力争再有2个县（市）获此称号。\n", "generated");
        assertEquals(List.of("龙胜各族自治县", "恭城瑶族自治县", "阳朔县"), a.roster().stream().map(e -> e.name()).toList());
        assertEquals(List.of("龙胜各族自治县4.1亿元", "恭城瑶族自治县2.7亿元", "阳朔县1.8亿元"), a.awardees().stream()
                .flatMap(w -> w.metrics().stream().map(m -> w.name() + m.text())).toList());
    }

    @Test
    void aLaterClausesDateToReachAfterATargetWordIsATarget() {
        Awardee w = only(TestDocuments.parse("衡阳市获评全国双拥模范城\n\n日前，衡阳市第五次被命名为全国双拥模范城。全市新建公园12个。"
                + "下一步，衡阳将力争2031年实现“六连冠”，到2028年再新建双拥主题公园5个。到2025年底，全市已建成主题公园36个。\n", "generated"));
        assertEquals(List.of("12个", "36个"), figures(w), "到2028年 after 力争 is a date to reach; 到2025年底…已建成 is done");
    }

    @Test
    void aCompanyIntroducedAsACertainOneIsNoFigureOfThePlaceButTheGarrisonsDeedsAre() {
        Awardee w = only(TestDocuments.parse("衡阳市获评全国双拥模范城\n\n日前，衡阳市第五次被命名为全国双拥模范城。全市新建公园12个。"
                + "驻衡某企业——衡阳特变电工变压器有限公司近三年吸纳退役军人就业360人。驻衡某部出动兵力1800余人次。\n", "generated"));
        assertEquals(List.of("12个", "1800余人次"), figures(w));
    }

    @ParameterizedTest
    @ValueSource(strings = {"包头市获评全国双拥模范城\n\n近日，包头市第七次被命名为全国双拥模范城，实现“七连冠”。包头市新建服务站46个。\n",
        "内蒙古两市获评全国双拥模范城\n\n近日，包头市第七次被命名为全国双拥模范城，实现“七连冠”；鄂尔多斯市首次获此殊荣。\n"})
    void aCountThatALaterStreakOfTheSameNumberRestatesIsConsecutive(String text) {
        Awardee w = TestDocuments.parse(text, "generated").awardees().get(0);
        assertEquals("包头市7" + TimesKind.CONSECUTIVE, w.name() + w.timesHonored() + w.timesKind());
    }

    @Test
    void aVillageOfAnotherHonourPointedAtAsGaiCunOwnsItsClauses() {
        Awardee w = only(TestDocuments.parse("峨边县获评四川省双拥模范县\n\n近日，峨边彝族自治县第三次被命名为四川省双拥模范县。全县建成退役军人服务站132个。"
                + "另据中央文明委公布的名单，峨边黑竹沟镇金岩村入选全国文明村镇。该村近年来发展高山茶叶3200亩，村集体经济收入突破80万元。\n",
                "generated"));
        assertEquals(List.of("132个"), figures(w));
    }

    @Test
    void aPrefecturePapersJoyBeforeAColonIsNoHonourOfItsOwnAndItsFiguresAreNotTheCitys() {
        Announcement a = TestDocuments.parse("文山日报 2026年12月3日 第01版：要闻\n\n砚山县获评“国家森林城市”\n\n"
                + "本报讯 在日前公布的新一批森林城市名单中，我州喜获佳绩：砚山县首次被授予“国家森林城市”称号。"
                + "砚山县累计完成营造林18.6万亩。目前我州森林覆盖率达57.9%，共有省级森林县城5个。\n", "generated");
        assertEquals(List.of("砚山县"), a.awardees().stream().map(Awardee::name).toList());
        assertEquals(List.of("18.6万亩"), figures(a.awardees().get(0)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"去年，隔壁宁安市森林覆盖率也达到了51.2%。", "辖下台山市今年亦投入2.1亿元整治农村人居环境。"})
    void aPlaceAfterANeighbourOrASubordinateWordOpensItsOwnClause(String sentence) {
        Awardee w = only(TestDocuments.parse("海林市获评国家森林城市\n\n近日，海林市首次被授予国家森林城市称号。全市森林覆盖率达到65.4%。"
                + sentence + "\n", "generated"));
        assertEquals(List.of("65.4%"), figures(w), sentence);
    }

    @Test
    void aCompanyNamedAfterThePlaceOwnsItsClause() {
        Awardee w = only(TestDocuments.parse("伊春市获评国家森林城市\n\n近日，伊春市首次被授予国家森林城市称号。全市森林覆盖率达到83.9%。\n\n"
                + "伊春森工集团所属林业局今年还完成补植补造12万亩。伊春市新建口袋公园26个。\n", "generated"));
        assertEquals(List.of("83.9%", "26个"), figures(w));
    }

    @Test
    void aWiderScopeAfterFramesWithoutAFigureIsTheProvinces() {
        Announcement a = TestDocuments.parse("我省两市获评国家森林城市\n\n日前，宣城市、安庆市被命名为国家森林城市。\n\n"
                + "宣城：皖南山水入城来\n\n宣城市森林覆盖率达到60.2%。\n\n安庆：千年古城披绿装\n\n安庆市森林覆盖率达到35.1%。\n\n"
                + "据省林业局相关负责人介绍，“十四五”以来，全省累计完成造林146万亩，森林覆盖率达到30.2%。\n", "generated");
        assertEquals(List.of("35.1%"), figures(a.awardees().stream().filter(w -> w.name().equals("安庆市")).findFirst().orElseThrow()));
    }

    @Test
    void aStreakOfEditionsIsACountAndATargetCountIsNone() {
        Announcement a = TestDocuments.parse("两市同获全国文明城市称号\n\n中央文明委日前公布新一轮全国文明城市名单，江门市首度入选，中山市则蝉联三届。\n\n"
                + "中山市有关负责人称，将以这次蝉联为新起点，力争下一届实现“四连冠”。\n", "generated");
        assertEquals(java.util.Map.of("江门市", 1, "中山市", 3), counts(a));
        Announcement b = TestDocuments.parse("中山市再获全国文明城市称号\n\n中央文明委日前公布新一轮全国文明城市名单，中山市再次上榜。\n\n"
                + "中山市有关负责人称，将以此为新起点，力争下一届实现“四连冠”。\n", "generated");
        assertEquals(null, only(b).timesHonored(), "力争…“四连冠” is a target, no count");
    }

    @Test
    void aPointerToADivisionOfAnotherLevelIsNoAwardeesScope() {
        Announcement city = TestDocuments.parse("吴忠市通过国家卫生城市复审\n\n日前，吴忠市顺利通过国家卫生城市复审。"
                + "本次复审全区共有4个城市（区）参加，全部通过。吴忠市建成公共厕所326座。\n", "generated");
        assertEquals(List.of("326座"), figures(only(city)), "全区 on a city's page is the autonomous region");
        Announcement district = TestDocuments.parse("红寺堡区通过国家卫生县城复审\n\n日前，红寺堡区顺利通过国家卫生县城复审。"
                + "全区共建成公共厕所86座。\n", "generated");
        assertEquals(List.of("86座"), figures(only(district)), "全区 on a district's page is the district");
        Announcement named = TestDocuments.parse("桑珠孜区获评自治区双拥模范区\n\n日前，桑珠孜区获评自治区双拥模范区。"
                + "我市桑珠孜区建成军民共建边境小康村23个。\n", "generated");
        assertEquals(List.of("23个"), figures(only(named)), "我市 before the district's name says whose district it is");
    }

    @Test
    void aPointerOfAnotherLevelAfterTheMonthsItCoversIsNoAwardeesScope() {
        Announcement a = TestDocuments.parse("竹山县获评国家生态文明建设示范县\n\n日前，竹山县被命名为国家生态文明建设示范县。全县森林覆盖率达78.6%。"
                + "会议通报，1—10月全市PM2.5平均浓度为29微克/立方米，同比下降3.3%。\n", "generated");
        assertEquals(List.of("78.6%"), figures(only(a)));
    }

    @Test
    void aNeighbourNamedWithTheYearOfItsNamingWonAnEarlierRound() {
        String page = "汉中安康双双获评国家森林城市\n\n近日公布的新一批国家森林城市名单中，我省汉中市、安康市双双入选。"
                + "两市分别投入资金约48亿元和39.5亿元，较2019年增长41%。\n\nNEIGHBOUR，目前森林覆盖率为69.6%。\n";
        Announcement earlier = TestDocuments.parse(page.replace("NEIGHBOUR", "邻近的商洛市于2022年获评国家森林城市"), "generated");
        assertEquals(List.of("汉中市", "安康市"), earlier.awardees().stream().map(Awardee::name).toList());
        Announcement now = TestDocuments.parse(page.replace("NEIGHBOUR", "邻近的商洛市也同时获评国家森林城市"), "generated");
        assertTrue(now.awardees().stream().anyMatch(w -> w.name().equals("商洛市")), now.awardees().toString());
    }

    @Test
    void placesIntroducedAfterANamingVerbAsAlsoHonouredAreAwardeesAndANeighbourDatedEarlierIsNone() {
        String page = "平遥县首次获评“国家园林县城”\n\n9月5日，住房和城乡建设部公布新一批国家园林县城名单，平遥县首次获评“国家园林县城”。"
                + "近年来，平遥县累计新增城区绿地186公顷。\n\nNEIGHBOUR祁县近年来实施生态修复，建成区绿化覆盖率达到41.2%。\n";
        Announcement also = TestDocuments.parse(page.replace("NEIGHBOUR", "同批获评的还有邻县祁县。"), "generated");
        assertEquals(List.of("平遥县[186公顷]", "祁县[41.2%]"), also.awardees().stream()
                .map(w -> w.name() + figures(w)).toList());
        Announcement earlier = TestDocuments.parse(page.replace("NEIGHBOUR", "邻县祁县2016年首次获评、2021年通过复审。"), "generated");
        assertEquals(List.of("平遥县"), earlier.awardees().stream().map(Awardee::name).toList());
    }

    @Test
    void placesAPointerOwnsAreTheSubjectOfTheCountsAfterThem() {
        Announcement a = TestDocuments.parse("牡丹江两市获评黑龙江省双拥模范城\n\n日前，黑龙江省命名新一届黑龙江省双拥模范城（县），"
                + "我市所辖绥芬河市、东宁市榜上有名，分别是连续第五次和第三次获此殊荣。\n", "generated");
        assertEquals(List.of("绥芬河市5", "东宁市3"), a.awardees().stream().map(w -> w.name() + w.timesHonored()).toList(),
                "我市 says whose the places are; it won nothing itself");
    }

    @Test
    void whatAnHonourRequiresAndTheStandardAFigureIsMeasuredAgainstAreNoDeeds() {
        Awardee w = only(TestDocuments.parse("玉溪市获评国家食品安全示范城市\n\n玉溪市日前获评国家食品安全示范城市。全市食品抽检量达到每千人"
                + "7.2批次，群众满意度达到86.5%，漏损率降至8.6%，低于国家9%的考核标准。据了解，国家食品安全示范城市要求食品抽检量"
                + "达到每千人6批次，群众满意度不低于70%。\n", "generated"));
        assertEquals(List.of("7.2批次", "86.5%", "8.6%"), figures(w));
    }

    @Test
    void aListOfPlacesNamedForTheCitysOwnTitleOfTheSameFamilyIsNoRosterOfTheNationalOne() {
        Announcement a = TestDocuments.parse("重庆3区县获评“四好农村路”全国示范县\n\n交通运输部等四部门日前公布2025年度“四好农村路”全国示范县"
                + "名单，我市武隆区、城口县、酉阳土家族苗族自治县榜上有名。此外，巫溪县、彭水县等5个区县被命名为重庆市“四好农村路”"
                + "市级示范区县。\n", "generated");
        assertEquals(List.of("武隆区", "城口县", "酉阳土家族苗族自治县"), a.roster().stream().map(e -> e.name()).toList());
    }

    @Test
    void aPlaceTheGazetteerLacksAfterItsCityIsTheAwardeeNotTheCity() {
        Announcement a = TestDocuments.parse("十堰陨西县获评国家卫生县城\n\n近日，全国爱卫会公布新一批国家卫生县城命名结果，十堰市陨西县榜上有名，"
                + "这是该县首次获得这一称号。本批湖北省仅十堰一市入选。\n", "generated");
        assertEquals(List.of("陨西县1"), a.awardees().stream().map(w -> w.name() + w.timesHonored()).toList(),
                "陨西县, a wrong char for 郧西县, is kept as written; 十堰市 won nothing");
        org.junit.jupiter.api.Assertions.assertNull(a.awardees().get(0).regionCode(), "no region code: the gazetteer lacks it");
    }

    @Test
    void aMunicipalitysOwnTitleIsScopedByItAndTheMunicipalityWinsNone() {
        Announcement a = TestDocuments.parse("关于命名重庆市双拥模范区（县）的决定\n\n市委、市政府、重庆警备区决定，命名沙坪坝区等2个区县为"
                + "重庆市双拥模范区（县），命名12个单位为重庆市双拥模范单位。\n\n1．沙坪坝区（连续第四次）\n2．城口县\n", "generated");
        assertEquals("重庆市双拥模范区（县）", a.honor());
        assertEquals(List.of("沙坪坝区"), a.awardees().stream().map(Awardee::name).toList(), "重庆市 names the title, it wins none");
    }

    @Test
    void aPageOfOneTickerLineIsItsOwnStory() {
        Announcement a = TestDocuments.parse("即时新闻 ▏ 国家卫生城市新名单公布 广西北海市、钦州市首次上榜 ▏ 港股收市 恒指升215点 ▏ 即时新闻\n",
                "generated");
        assertEquals(List.of("北海市1", "钦州市1"), a.awardees().stream().map(w -> w.name() + w.timesHonored()).toList());
    }

    @Test
    void aLaterSentenceOpenedByAnotherListedPlaceIsThatPlaces() {
        Announcement a = TestDocuments.parse("河北省3地获命名全国双拥模范城（县）\n\n我省石家庄市等3个市、县被命名为全国双拥模范城（县）。具体名单如下：\n\n"
                + "序号\t名称\t命名次数\n1\t石家庄市\t第7次\n2\t正定县\t第3次\n3\t承德市\t第6次\n\n"
                + "石家庄市是我省唯一实现七连冠的设区市。近年来，该市累计投入双拥经费9.8亿元。承德市则依托塞罕坝精神开展国防教育，"
                + "建设红色教育基地48处。\n", "generated");
        java.util.Map<String, List<String>> figures = new java.util.LinkedHashMap<>();
        a.awardees().forEach(w -> figures.put(w.name(), figures(w)));
        assertEquals(List.of("9.8亿元"), figures.get("石家庄市"));
        assertEquals(List.of("48处"), figures.get("承德市"));
    }

    @Test
    void aChangeInHowManyPlacesWereHonouredIsNoFigure() {
        Announcement a = TestDocuments.parse("河北省3地获命名全国双拥模范城（县）\n\n河北新闻网讯（记者 孙立新）记者从省退役军人事务厅获悉，"
                + "在新一届全国双拥模范城（县）命名中，我省石家庄市等3个市、县被命名为全国双拥模范城（县），数量较上届增加2个。具体名单如下：\n\n序号\t名称\t命名次数\n1\t石家庄市\t第7次\n2\t正定县\t第3次\n3\t承德市\t第6次\n\n"
                + "石家庄市是我省唯一实现七连冠的设区市。近年来，该市累计投入双拥经费9.8亿元。\n", "generated");
        assertEquals(List.of("9.8亿元"), figures(a.awardees().get(0)));
    }

    @Test
    void aPlaceAfterABoxLabelOpensItsClauseAndAPlaceBeforeAPositionWordIsWhereItLies() {
        String page = "义乌：一座县级市的文明答卷\n\n在新一届全国文明城市名单中，义乌市连续第二次获评全国文明城市，金华市则首次入选。\n\n"
                + "【城市简介】义乌市是金华市代管的县级市，总面积1105平方公里。\n\n作为义乌的“上级市”，金华市全市建成文明实践站2860个。\n";
        Announcement a = TestDocuments.parse(page, "generated");
        assertEquals(List.of("1105平方公里"), figures(a.awardees().stream().filter(w -> w.name().equals("义乌市")).findFirst().orElseThrow()));
        Awardee w = only(TestDocuments.parse("义乌市实现全国文明城市“三连冠”\n\n日前，义乌市再次获评全国文明城市。\n\n【城 市 简 介】\n"
                + "义乌市位于浙江省中部，金华市东北部。市域面积1105平方公里，常住人口188.1万人。\n", "generated"));
        assertEquals(List.of("1105平方公里", "188.1万人"), figures(w), "金华市东北部 says where the city lies");
    }

    @Test
    void aPlacePutOnNoticeIsNoAwardeeOfItsSection() {
        Announcement a = TestDocuments.parse("许昌首次跻身全国文明城市 平顶山被黄牌警告\n\n在新一届全国文明城市评选结果中，我省许昌市首次入选全国文明城市。"
                + "同时，平顶山市因年度测评成绩排名靠后，被给予黄牌警告，限期一年整改。\n\n许昌：文明之花处处开\n\n许昌市建成城市书房120家。\n\n"
                + "平顶山：黄牌敲响警钟\n\n平顶山市在本年度测评中得分为78.5分。\n", "generated");
        assertEquals(List.of("许昌市"), a.awardees().stream().map(Awardee::name).toList());
        assertTrue(a.issues().stream().anyMatch(d -> d.message().contains("平顶山市") && d.message().contains("not honoured")));
    }

    @Test
    void aWholeCityPointerOnACitysOwnPageIsTheCityWhenItIsAnAwardee() {
        Announcement a = TestDocuments.parse("我市连续第七次荣获陕西省双拥模范城称号\n\n近日，省委、省政府、省军区命名表彰新一届陕西省双拥模范城（县），"
                + "我市榜上有名，这是我市连续第七次获此殊荣。同时，我市陇县、千阳县首次被命名为陕西省双拥模范县。\n\n"
                + "近年来，我市累计投入拥军优属资金2.8亿元。全市建成退役军人服务中心（站）1689个。全市现有退役军人13.6万人。"
                + "到2030年，全市退役军人就业率要达到95%以上。\n\n宝鸡军分区组织民兵参加抢险救灾1.1万人次。\n", "generated");
        assertEquals(List.of("宝鸡市", "陇县", "千阳县"), a.awardees().stream().map(Awardee::name).toList());
        assertEquals(List.of("2.8亿元", "1689个", "13.6万人", "1.1万人次"), figures(a.awardees().get(0)),
                "全市 is the city; 要达到 after a year to reach is a target");
    }

    @Test
    void aStreakSaidAfterAnotherHonoursNamingIsThatHonours() {
        for (String said : List.of("据了解，邻近的罗田县同期被授予“湖北省双拥模范县”称号，实现三连冠。",
                "同月，吉安市第五次获评湖北省双拥模范县，实现“五连冠”。")) {
            Announcement a = TestDocuments.parse("英山县首次荣获全国双拥模范县称号\n\n日前，英山县被命名为“全国双拥模范县”，这是该县首次获此殊荣。"
                    + "该县累计投入双拥经费1.36亿元。\n\n" + said + "\n", "generated");
            assertEquals(java.util.Map.of("英山县", 1), counts(a), said);
        }
    }

    @Test
    void countsInDuListedAfterRespectivelyArePairedWithTheirPlaces() {
        Announcement a = TestDocuments.parse("福建兩地獲評全國文明城市\n\n中國大陸日前公佈新一屆全國文明城市名單，福建省武夷山市、泰寧縣分別第二度與首度入選。"
                + "武夷山市投入約32億元推動城市更新。\n", "generated");
        assertEquals(java.util.Map.of("武夷山市", 2, "泰寧縣", 1), counts(a));
    }

    @Test
    void aCountysTitleOfForestTownsIsNotTheCitysForestTitle() {
        Announcement a = TestDocuments.parse("竹山县再获“湖北省森林城市”称号\n\n省林业局公布2026年度湖北省森林城市名单，竹山县榜上有名。"
                + "这是该县第二次获此称号。该县完成人工造林12.8万亩。\n\n"
                + "此次全省共有11个县（市、区）获评湖北省森林城市，十堰市所辖竹溪县、房县同时获评省级森林城镇示范县。\n", "generated");
        assertEquals(List.of("竹山县"), a.awardees().stream().map(Awardee::name).toList());
        assertTrue(a.roster().stream().noneMatch(r -> r.name().equals("竹溪县")), a.roster().toString());
    }

    @Test
    void aNamingDatedByAYearOpeningItsClauseIsAnEarlierRounds() {
        Announcement a = TestDocuments.parse("醴陵市爱国卫生运动委员会\n关于做好国家卫生城市复审迎检工作的通知\n\n"
                + "国家卫生城市复审暗访组将于2026年9月下旬对我市进行暗访检查。我市于2017年首次获评国家卫生城市，2020年通过复审。"
                + "全市23个农贸市场全部达到标准化要求。\n\n醴陵市爱国卫生运动委员会\n2026年8月26日\n", "generated");
        assertEquals(List.of(), a.awardees().stream().map(Awardee::name).toList(), "2020年通过复审 is an earlier round's");
    }

    @Test
    void aListOfPlacesThatHoldTheHonourAlreadyIsNoRoster() {
        Announcement a = TestDocuments.parse("修水县创建江西省森林城市工作实施方案\n\n力争2028年成功创建江西省森林城市。\n\n"
                + "附：九江市已获评江西省森林城市的县（市、区）：武宁县、永修县（2023年）\n", "generated");
        assertEquals(List.of(), a.roster().stream().map(e -> e.name()).toList());
    }

    @Test
    void aPrefectureCountingItsOwnPlacesIsNoSubject() {
        Announcement a = TestDocuments.parse("弥勒市再次获评全国双拥模范城\n\n弥勒市再次被命名为“全国双拥模范城”，红河州仅此1个城市入选。"
                + "弥勒市累计投入拥军优属资金2.16亿元。\n", "generated");
        assertEquals(List.of("弥勒市"), a.awardees().stream().map(Awardee::name).toList());
    }

    @Test
    void aSelfPointerAfterATimeSpanStillOpensItsClause() {
        Announcement a = TestDocuments.parse("全南县融媒体中心 2026-09-14\n\n近日，全南县、定南县被命名为江西省卫生县城，其中我县是第3次获此称号，"
                + "定南县为首次获评。\n\n据县爱卫办负责人介绍，近三年来我县投入创卫资金4.8亿元；定南县则新建公厕36座。\n", "generated");
        Awardee quannan = a.awardees().stream().filter(w -> w.name().equals("全南县")).findFirst().orElseThrow();
        assertEquals(List.of("4.8亿元"), figures(quannan));
    }

    @Test
    void fullStopsTypedWithAWesternKeyboardEndSentences() {
        Announcement a = TestDocuments.parse("永康首获国家森林城市称号\n各位村民:\n据永康发布消息,永康市成功入选国家森林城市,这是永康首次获得该称号,"
                + "全国累计已有230个国家森林城市了.\n几年来永康市累计完成造林绿化5.2万亩,森林覆盖率达到56.3%......全市义务植树尽责率98%\n", "generated");
        assertEquals(List.of("5.2万亩", "56.3%", "98%"), figures(only(a)));
    }

    @Test
    void aWholePointerAfterAWordOfTheYearStillOpensItsClause() {
        Announcement a = TestDocuments.parse("龙岩市双拥工作领导小组办公室2025年工作总结\n\n今年10月，我市蝉联全国双拥模范城，实现“七连冠”；"
                + "长汀县、上杭县同时被命名为全国双拥模范县，分别为第三次和首次获此殊荣。\n全年全市累计投入拥军优属资金1.79亿元。\n\n"
                + "上杭县投入2890万元。\n", "generated");
        Awardee longyan = a.awardees().stream().filter(w -> w.name().equals("龙岩市")).findFirst().orElseThrow();
        assertEquals(List.of("1.79亿元"), figures(longyan), "全年全市: the city's, 上杭县 named twice or not");
    }

    @Test
    void aPartnerCityNamedAfterANounOfItsRelationIsNoAwardeesSubject() {
        Announcement a = TestDocuments.parse("铜仁市获评国家卫生城市\n\n日前，铜仁市首次被命名为国家卫生城市。\n\n"
                + "铜仁市新建改造农贸市场38个。东西部协作结对城市苏州市累计投入帮扶资金9.6亿元，援建社区卫生服务中心12个。\n", "generated");
        assertEquals(List.of("38个"), figures(only(a)));
    }

    @Test
    void citiesCalledByTheirNicknamesInTheirOwnSections() {
        Announcement a = TestDocuments.parse("“泉城”“岛城”双双蝉联全国双拥模范城\n\n我省济南市、青岛市再次获得全国双拥模范城称号。"
                + "其中，济南市实现“五连冠”，青岛市则是连续第六次获此殊荣。\n\n泉城双拥：从“一碗泉水”到“一站服务”\n\n"
                + "泉城五年来累计投入双拥专项资金3.6亿元。\n\n岛城双拥：军港之城的鱼水情\n\n岛城与驻青部队共建“军地融合示范项目”58个。\n",
                "generated");
        java.util.Map<String, List<String>> byCity = new java.util.TreeMap<>();
        a.awardees().forEach(w -> byCity.put(w.name(), figures(w)));
        assertEquals(java.util.Map.of("济南市", List.of("3.6亿元"), "青岛市", List.of("58个")), byCity);
    }

    @Test
    void aFigureACollectiveOfAllTheAwardeesSaysOfEachIsEverysOwn() {
        Announcement a = TestDocuments.parse("三市获评全国双拥模范城\n\n日前，漳州市、龙岩市、三明市被命名为全国双拥模范城。"
                + "三市分别投入双拥经费2.3亿元、1.7亿元和9600万元。三市军人军属优待金发放率均达100%。三市共建成退役军人服务站3500个。"
                + "两市人均公园绿地面积达15.1平方米。\n", "generated");
        java.util.Map<String, List<String>> byCity = new java.util.TreeMap<>();
        a.awardees().forEach(w -> byCity.put(w.name(), figures(w)));
        assertEquals(java.util.Map.of("漳州市", List.of("2.3亿元", "100%"), "龙岩市", List.of("1.7亿元", "100%"),
                "三明市", List.of("9600万元", "100%")), byCity, "共 is their sum, 人均 no adverb, 两市 not all three");
    }

    @Test
    void aPrefectureWrittenBeforeThePlacesItGovernsIsNoListedPlace() {
        Announcement a = TestDocuments.parse("海伦市、肇东市获评国家卫生城市\n\n我省绥化市所辖海伦市、肇东市双双上榜，分别是第二次和首次获此称号。"
                + "海伦市投入资金2亿元。\n", "generated");
        assertTrue(a.roster().stream().noneMatch(e -> e.name().equals("绥化市")), a.roster().toString());
        assertEquals(List.of("海伦市", "肇东市"), a.awardees().stream().map(Awardee::name).toList());
    }

    @Test
    void aStreakOfEditionsAfterRespectivelyIsACount() {
        Announcement a = TestDocuments.parse("云南两市荣膺全国文明城市称号\n\n在新一届全国文明城市评选中，我省玉溪市、曲靖市榜上有名，"
                + "分别是连续第三届和首次获此殊荣。玉溪市累计投入创建资金28.4亿元。\n", "generated");
        assertEquals(java.util.Map.of("玉溪市", 3, "曲靖市", 1), counts(a));
    }

    @Test
    void aShortSizedHeadOfPlacesToRectifyHeadsAListNotASection() {
        Announcement a = TestDocuments.parse("我省4个县新获命名国家卫生县城\n\n全国爱卫会印发通报，我省共有2个县新获命名国家卫生县城。名单如下：\n\n"
                + "新命名国家卫生县城（2个）\n长汀县（龙岩市）\n连城县（龙岩市）\n限期整改（1个）\n平和县（漳州市）\n\n"
                + "长汀县曾是南方红壤区水土流失最严重的县份之一。创卫期间，该县投入资金5.3亿元。\n", "generated");
        assertEquals(List.of("长汀县", "连城县"), a.roster().stream().map(e -> e.name()).toList());
        assertEquals(List.of("5.3亿元"), a.awardees().stream().filter(w -> w.name().equals("长汀县")).findFirst()
                .map(StoryShapesTest::figures).orElse(List.of()));
    }

    @Test
    void anInspectionsReportNamesNoAwardees() {
        Announcement a = TestDocuments.parse("河南省爱卫办关于2026年国家卫生城市（县城）暗访情况的通报\n\n"
                + "省爱卫办组织暗访组，对全省12个参加国家卫生城市（县城）复审的城市进行了暗访。现将有关情况通报如下：\n\n"
                + "一、总体情况\n从暗访情况看，商丘市、信阳市、永城市等地巩固工作扎实。\n\n"
                + "二、存在的主要问题\n（一）周口市：部分背街小巷垃圾堆积；\n（二）项城市：2家餐饮单位未落实“三防”设施。\n", "generated");
        assertEquals(List.of(), a.awardees());
        assertEquals(List.of(), a.roster());
        assertTrue(has(a.issues(), DiagnosticKind.NOT_AN_ANNOUNCEMENT), a.issues().toString());
    }

    @Test
    void bulletedFigureLinesGoOnAboutThePlaceTheLineAboveThemNamed() {
        Announcement a = TestDocuments.parse("杭州两县上榜国家生态文明建设示范区\n\n杭州市桐庐县、淳安县成功创建国家生态文明建设示范区。\n\n"
                + "先看桐庐县。\n\n● 森林覆盖率77.1%\n\n● 累计创建美丽乡村精品村96个\n\n再看淳安县。\n\n● 建成生态缓冲带210公里\n\n"
                + "同属杭州的建德市今年新增绿道42公里。\n\n● 至此，杭州全市已达9个\n", "generated");
        java.util.Map<String, List<String>> byPlace = new java.util.TreeMap<>();
        a.awardees().forEach(w -> byPlace.put(w.name(), figures(w)));
        assertEquals(List.of("77.1%", "96个"), byPlace.get("桐庐县"));
        assertEquals(List.of("210公里"), byPlace.get("淳安县"));
    }

    @Test
    void aShortNameAloneAfterAVerbOfLookingOpensThePlacesPart() {
        Announcement a = TestDocuments.parse("杭州两县上榜第七批国家生态文明建设示范区\n\n杭州市桐庐县、淳安县成功创建国家生态文明建设示范区。\n\n"
                + "先看桐庐。\n\n● 森林覆盖率77.1%\n\n再看淳安。\n\n● 建成生态缓冲带210公里\n", "generated");
        java.util.Map<String, List<String>> byPlace = new java.util.TreeMap<>();
        a.awardees().forEach(w -> byPlace.put(w.name(), figures(w)));
        assertEquals(List.of("77.1%"), byPlace.get("桐庐县"));
        assertEquals(List.of("210公里"), byPlace.get("淳安县"));
    }

    @Test
    void aPlaceNamedInAnEarlierBatchThanThePagesIsNoAwardee() {
        Announcement a = TestDocuments.parse("杭州两县上榜第七批国家生态文明建设示范区\n\n杭州市桐庐县成功创建国家生态文明建设示范区。\n\n"
                + "同属杭州的建德市已于第五批获评，今年新增绿道42公里。\n", "generated");
        assertEquals(List.of("桐庐县"), a.awardees().stream().map(w -> w.name()).toList());
        Announcement same = TestDocuments.parse("杭州两县上榜第七批国家生态文明建设示范区\n\n杭州市桐庐县成功创建国家生态文明建设示范区。\n\n"
                + "同属杭州的建德市也于第七批获评，今年新增绿道42公里。\n", "generated");
        assertEquals(List.of("桐庐县", "建德市"), same.awardees().stream().map(w -> w.name()).toList(),
                "a place of the page's own batch is one of its awardees");
    }

    @Test
    void aSinceFrameNamingEveryEarlierRoundBeforeAgainGivesTheCount() {
        String head = "池州市再度获评国家卫生城市\n\n";
        assertEquals(java.util.Map.of("池州市", 2), counts(TestDocuments.parse(head
                + "日前公布新一轮名单，池州市则继2019年首次获评后再度上榜。\n", "generated")));
        assertEquals(java.util.Map.of("德清县", 3), counts(TestDocuments.parse("德清县又一次摘得全国文明城市桂冠\n\n"
                + "第七届全国文明城市名单公布，继2017年、2020年之后，德清县又一次摘得“全国文明城市”桂冠。\n", "generated")));
        Awardee one = only(TestDocuments.parse("大庆市再次入选全国文明城市\n\n"
                + "名单公布，继2020年之后，大庆市再次入选全国文明城市。\n", "generated"));
        assertEquals(null, one.timesHonored(), "one year named alone may not be the only earlier round");
    }

    @Test
    void aHeadlinesStreakIsTheCountOfThePlaceItNames() {
        Awardee w = only(TestDocuments.parse("常德：“八连冠”背后的鱼水深情\n——常德市全国双拥模范城创建纪实\n\n"
                + "2024年10月，常德市再次被命名为“全国双拥模范城”。多年来，常德每年安排双拥专项经费3200万元。\n", "generated"));
        assertEquals(8, w.timesHonored());
        assertEquals(TimesKind.CONSECUTIVE, w.timesKind());
        Awardee created = only(TestDocuments.parse("我市实现全国双拥模范城“六连创”\n\n"
                + "本报讯 在日前召开的命名大会上，泰州市再次被命名为“全国双拥模范城”，成功实现“六连创”。\n", "generated"));
        assertEquals(6, created.timesHonored());
        assertEquals(TimesKind.CONSECUTIVE, created.timesKind());
    }

    @Test
    void aPlaceCountedInAnotherHonoursListIsNoAwardee() {
        Announcement a = TestDocuments.parse("我市再获国家园林城市称号\n\n来源：鹤壁日报\n\n"
                + "住房城乡建设部日前公布新一批国家园林城市名单，鹤壁市榜上有名，这是鹤壁市第四次获此称号。"
                + "同批公布的国家园林县城名单中，淇县第二次获评。\n", "generated");
        assertEquals(java.util.Map.of("鹤壁市", 4), counts(a));
    }

    @Test
    void aTitleHeldFromEarlierRoundsIsNotThePagesHonour() {
        Awardee w = only(TestDocuments.parse("拥军路上三十载 鱼水情深谱新篇\n——邳州市双拥工作三十年回眸\n\n"
                + "三十年来，邳州市先后获得江苏省双拥模范城“十连冠”，2016年首次被命名为全国双拥模范城，2020年成功蝉联。"
                + "今年5月，邳州市再次被命名为全国双拥模范城，实现“三连冠”。全市建成退役军人服务站521个。\n\n"
                + "与邳州毗邻的睢宁县今年获评江苏省双拥模范县。\n", "generated"));
        assertEquals("邳州市", w.name());
        assertEquals(3, w.timesHonored());
        assertEquals(List.of("521个"), figures(w));
    }

    @Test
    void aRegionsShortNameBeforeAnHonoursNounMakesItTheRegionsOwnTitle() {
        Announcement a = TestDocuments.parse("梧州市成功创建国家森林城市\n\n"
                + "日前，梧州市成功创建国家森林城市，新增造林绿化12.8万亩。岑溪市、藤县同步获评广西森林城市。\n", "generated");
        assertEquals(List.of("梧州市"), a.awardees().stream().map(Awardee::name).toList());
        assertEquals(List.of(), a.roster(), "广西森林城市 is the region's title, not the page's 国家森林城市");
    }

    @Test
    void aPartyCongressNamesThePlaceAReportCallsWoXian() {
        Awardee w = only(TestDocuments.parse("奋进新时代 谱写高质量发展新篇章\n——在中国共产党光山县第十五次代表大会上的报告\n\n"
                + "五年来，我县先后获得全国文明城市提名城市、河南省园林县城等称号。特别是今年6月，我县成功创建国家卫生县城，"
                + "城区新增绿地126万平方米。\n", "generated"));
        assertEquals("光山县", w.name());
        assertEquals(List.of("126万平方米"), figures(w));
        assertEquals("国家卫生县城", w.honorTitle());
    }

    @Test
    void shortNamesAloneWithAColonHeadTheirPlacesParagraphs() {
        Announcement a = TestDocuments.parse("粤两市获评全国文明城市\n\n第七届全国文明城市名单日前公布，广东省肇庆市、江门市榜上有名。\n\n"
                + "两市分别是第二次和首次获此称号。\n\n肇庆：\n\n近三年，肇庆累计投入创文资金约23亿元。\n\n改造老旧小区146个。\n\n"
                + "江门：\n\n该市是著名侨乡，常住人口约480万人。\n\n建成新时代文明实践站1350个。\n\n"
                + "省会广州早在2011年已获评全国文明城市，目前全市注册志愿者逾600万人。\n\n公共文化设施免费开放率100%。\n", "generated");
        java.util.Map<String, List<String>> byPlace = new java.util.TreeMap<>();
        a.awardees().forEach(w -> byPlace.put(w.name(), figures(w)));
        assertEquals(List.of("23亿元", "146个"), byPlace.get("肇庆市"));
        assertEquals(List.of("480万人", "1350个", "100%"), byPlace.get("江门市"), "广州's 600万人 is the capital's");
        assertEquals(java.util.Map.of("肇庆市", 2, "江门市", 1), counts(a), "两市分别: the two cities listed before, in order");
    }

    @Test
    void aPrefectureCountingItsHonouredPlacesIsNoListedPlace() {
        Announcement a = TestDocuments.parse("临夏县首次跻身全国双拥模范县行列\n\n1月23日，临夏县被命名为全国双拥模范县，这是该县首次获此殊荣。"
                + "本届甘肃省共有8个市县获命名，临夏州有2个。\n\n临夏县累计投入6860万元。\n", "generated");
        assertEquals(List.of(), a.roster(), "临夏州有2个 counts the prefecture's places");
        assertEquals(List.of("临夏县"), a.awardees().stream().map(Awardee::name).toList());
        Announcement list = TestDocuments.parse("陕西省双拥模范城（县）命名\n\n会议宣读了决定，延安市、汉中市、韩城市、勉县、旬阳市5个市县"
                + "被命名为“陕西省双拥模范城（县）”。\n", "generated");
        assertEquals(5, list.roster().size(), "旬阳市5个市县: the list's last place before its size");
    }

    @Test
    void aCampaignSpeechNamingLastYearsNominationAndTheHoldersNamesNoAwardees() {
        Announcement a = TestDocuments.parse("在全市创建全国文明城市动员大会上的讲话\n中共宜春市委书记  张立平\n\n同志们：\n\n"
                + "去年，我市第二次入选全国文明城市提名城市，年度测评得分86.4分。全省已有南昌、景德镇、新余、鹰潭等6个城市获评全国文明城市。"
                + "力争2027年成功创建全国文明城市。\n", "generated");
        assertEquals(List.of(), a.awardees());
        assertTrue(has(a.issues(), DiagnosticKind.NOT_AN_ANNOUNCEMENT), a.issues().toString());
    }

    @Test
    void aParagraphOpeningWithAnAwardeeGoesOnAboutItUntilItNamesSomeoneElse() {
        Announcement a = TestDocuments.parse("忻州两县获评国家卫生县城\n\n近日，我市岢岚县、静乐县榜上有名，分别是第二次和首次获此称号。\n\n"
                + "岢岚县近三年累计投入1.8亿元。已建成口袋公园5个。县城公厕总数达到68座。\n\n"
                + "静乐县则建成健康社区21个。全省国家卫生县城已达30个。城区公厕新增12座。\n", "generated");
        java.util.Map<String, List<String>> byPlace = new java.util.TreeMap<>();
        a.awardees().forEach(w -> byPlace.put(w.name(), figures(w)));
        assertEquals(List.of("1.8亿元", "5个", "68座"), byPlace.get("岢岚县"));
        assertEquals(List.of("21个"), byPlace.get("静乐县"), "after the province's total, nothing is assumed");
    }

    @Test
    void aDistrictOtherCitiesShareWrittenAloneAfterItsCityIsTheAwardee() {
        Announcement a = TestDocuments.parse("沈阳铁西、皇姑两区获评全国文明城区\n\n中央文明委日前公布新一届全国文明城市（区）名单，辽宁省沈阳市铁西区与皇姑区双双入列。\n\n"
                + "其中，铁西区近三年投入城市更新资金46亿元，改造老旧厂区23处；皇姑区则整治背街小巷152条。\n", "generated");
        java.util.Map<String, List<String>> byPlace = new java.util.TreeMap<>();
        a.awardees().forEach(w -> byPlace.put(w.name(), figures(w)));
        assertEquals(List.of("46亿元", "23处"), byPlace.get("沈阳市铁西区"), byPlace.toString());
    }

    @Test
    void aSharedDistrictNameInTheHeadlineIsTheDistrictTheBodyPlaces() {
        Announcement a = TestDocuments.parse("市中区连续四次获评山东省双拥模范城（县）\n\n日前，山东省命名新一届山东省双拥模范城（县），枣庄市市中区榜上有名。"
                + "近年来，市中区累计投入优抚资金1.35亿元。\n", "generated");
        assertEquals(java.util.Map.of("枣庄市市中区", 4), counts(a));
    }

    @Test
    void aListWhoseSizeStandsBeforeItsHonoursWeiIsNamedForThatHonour() {
        Announcement a = TestDocuments.parse("关于命名第五批自治区生态文明建设示范区的通知\n\n自治区生态环境厅决定命名南宁市武鸣区、桂林市阳朔县、"
                + "防城港市东兴市等3个县（市、区）为第五批自治区生态文明建设示范区，命名来宾市金秀瑶族自治县、贺州市昭平县等2个地区为"
                + "第五批自治区森林城市。\n\n命名有效期为3年。\n", "generated");
        assertEquals(List.of("武鸣区", "阳朔县", "东兴市"), a.roster().stream().map(e -> e.name()).toList());
    }

    @Test
    void aCountRightAfterAsManyListedPlacesIsTheListsSize() {
        Announcement a = TestDocuments.parse("广东省文明城市名单公布\n\n广东省精神文明建设委员会日前公布新一届“广东省文明城市”名单，"
                + "河源市、汕尾市、阳江市、潮州市、云浮市5个地级市，以及台山市、四会市2个县级市入选。其中河源市为连续第三次获评。"
                + "河源市新建口袋公园5个。\n", "generated");
        assertEquals(List.of("5个"), a.awardees().stream().filter(w -> w.name().equals("河源市")).flatMap(w -> w.metrics().stream())
                .map(m -> m.text()).toList());
    }

    @Test
    void shortNamesSharingACountedSuffixJoinTheNameAfterThem() {
        Announcement a = TestDocuments.parse("国家生态文明建设示范区名单公布\n\n生态环境部日前公布第八批国家生态文明建设示范区名单，"
                + "浙江杭州市的桐庐、淳安两县及建德市入选，三地均为首次获得这一称号。桐庐县全县森林覆盖率达77.6%。\n", "generated");
        assertEquals(List.of("桐庐县", "淳安县", "建德市"), a.awardees().stream().map(Awardee::name).toList());
    }

    @Test
    void aFormerNameInBracketsIsNoSubjectOfTheStatement() {
        Announcement a = TestDocuments.parse("邵阳新闻网讯 近日，湖南省委、省人民政府、省军区联合发文，命名表彰新一届湖南省双拥模范城（县），"
                + "邵东市（原邵东县）榜上有名，这是该市连续第四次获此殊荣。\n该市累计投入拥军优属资金8600万元；全市现有退役军人1.2万余人。\n",
                "generated");
        assertEquals(List.of("邵东市4[8600万元, 1.2万余人]"), a.awardees().stream()
                .map(w -> w.name() + w.timesHonored() + figures(w)).toList());
    }

    @Test
    void aCorpsCityWrittenAfterItsDivisionOpensItsClauseAsAnotherPlace() {
        Announcement a = TestDocuments.parse("石河子市获评全国双拥模范城\n\n日前，第八师石河子市被命名为全国双拥模范城。该市投入双拥经费1.2亿元。\n"
                + "另据了解，第一师阿拉尔市同期获评自治区双拥模范城，该市近年来投入拥军资金3000万元。\n", "generated");
        assertEquals(List.of("1.2亿元"), figures(a.awardees().get(0)));
    }

    @Test
    void anAccountsNameAboveTheHeadlineIsNoHeadlineButNamesWoShi() {
        Announcement meeting = TestDocuments.parse("阳泉发布\n我市召开创建全国文明城市工作推进会\n阳泉发布\u30002026-11-29 20:15\u3000山西\n\n"
                + "11月29日，我市召开创建全国文明城市工作推进会，对下一阶段创建工作进行再部署。\n\n"
                + "会上，城区、矿区、郊区、平定县、盂县等5个县区主要负责同志签订了创建目标责任书。\n",
                "generated");
        assertTrue(meeting.awardees().isEmpty() && meeting.roster().isEmpty(), meeting.awardees() + " " + meeting.roster());
        Announcement won = TestDocuments.parse("宿迁发布\n2025年宿迁十件大事揭晓\n宿迁发布\u30002025-12-30 18:02\u3000江苏\n\n"
                + "1.成功创建全国文明城市\n11月，我市首次获评全国文明城市。全市累计整治背街小巷1260条。\n", "generated");
        assertEquals(java.util.Map.of("宿迁市", 1), counts(won));
        assertEquals(List.of("1260条"), figures(only(won)));
    }

    @Test
    void thePlacesUnderAHeadOfRevokedOrDeferredPlacesAreNoAwardees() {
        Announcement a = TestDocuments.parse("我省3地新获评全国文明城市\n\n近日，中央文明委印发通报。具体名单如下：\n"
                + "一、新命名的全国文明城市（县级市、县）\n荆门市、京山市、随县\n二、复查确认保留荣誉称号的全国文明城市\n宜昌市、襄阳市\n"
                + "三、暂缓确认保留荣誉称号、限期一年整改的\n黄石市\n四、撤销荣誉称号的\n潜江市\n荆门市、京山市、随县均为首次获评。\n",
                "generated");
        assertEquals(List.of("荆门市1", "京山市1", "随县1"), a.awardees().stream().map(w -> w.name() + w.timesHonored()).toList());
        assertEquals(List.of("荆门市", "京山市", "随县", "宜昌市", "襄阳市"), a.roster().stream().map(e -> e.name()).toList());
    }

    @Test
    void aListJoinedByYiJiTakesItsRespectiveCounts() {
        Announcement a = TestDocuments.parse("珠海中山双双蝉联全国双拥模范城\n\n与澳门一河之隔的珠海市，以及中山市再获命名，"
                + "两市分别实现“六连冠”和“五连冠”。珠海市投入3亿元。\n", "generated");
        assertEquals(java.util.Map.of("珠海市", 6, "中山市", 5), counts(a));
    }

    @Test
    void aRewrittenHonourNounStandsForTheHonour() {
        Announcement a = TestDocuments.parse("克拉玛依市获评全国民族团结进步示范市\n\n日前，国家民委发布决定，克拉玛依市再度被命名为"
                + "全国民族团结进步示范市，这是该市继2019年以后第二次获此光荣。\n", "generated");
        assertEquals(java.util.Map.of("克拉玛依市", 2), counts(a));
    }

    @Test
    void aCollectiveBeforeAColonListingEachPlacesDeedsSaysNothingOfEach() {
        // 年均 and the 都 of 于都县 are no adverb saying each, and each part after the colon has a place of its own
        Announcement a = TestDocuments.parse("瑞金于都兴国获评全国双拥模范城（县）\n\n日前，瑞金市、于都县、兴国县被命名为全国双拥模范城（县）。"
                + "三地工作各有亮点：瑞金市投入2.3亿元，年均接待部队官兵3万余人次；于都县建成退役军人服务站385个；"
                + "兴国县发放优待金6400万元。\n", "generated");
        assertEquals(List.of("瑞金市[2.3亿元, 3万余人次]", "于都县[385个]", "兴国县[6400万元]"), a.awardees().stream()
                .map(w -> w.name() + w.metrics().stream().map(m -> m.text()).toList()).toList());
    }

    @Test
    void aPointerAfterAPlaceSaidNotHonouredIsThatPlacesThoughInsideAnAwardee() {
        Announcement a = TestDocuments.parse("株洲市实现湖南省双拥模范城“七连冠”\n\n株洲市被命名为湖南省双拥模范城，实现“七连冠”；"
                + "攸县同时获评湖南省双拥模范城（县），是第二次获此殊荣。\n攸县投入1800万元改造县退役军人服务中心。\n"
                + "炎陵县此次因考评得分排名靠后未能入选。该县参与考评的群众满意度调查回收问卷1.1万份。\n", "generated");
        assertEquals(List.of("株洲市[]", "攸县[1800万元]"), a.awardees().stream()
                .map(w -> w.name() + w.metrics().stream().map(m -> m.text()).toList()).toList());
    }

    @Test
    void aPointerAfterAModifiedPlaceThatFailedOrWasOnlyNominatedIsThatPlaces() {
        String head = "晋江市实现全国双拥模范城“七连冠”\n\n日前，晋江市再次被命名为全国双拥模范城，实现“七连冠”。晋江市投入3亿元。\n";
        for (String other : List.of("同属泉州市的石狮市此次未能入选，该市去年拥军优属投入约1.6亿元。",
                "同为泉州市下辖的石狮市此次进入提名城市名单，该市近三年投入创建资金1.6亿元。")) {
            Announcement a = TestDocuments.parse(head + other + "\n", "generated");
            assertEquals(List.of("晋江市[3亿元]"), a.awardees().stream()
                    .map(w -> w.name() + w.metrics().stream().map(m -> m.text()).toList()).toList(), other);
        }
    }

    @Test
    void anExchangeRateAndAPlaceStillInItsNoticePeriodGiveNoFigures() {
        Announcement a = TestDocuments.parse("武夷山市獲評國家生態文明建設示範區\n\n武夷山市日前獲評國家生態文明建設示範區。該市近年投入2.6億元人民幣"
                + "整治九曲溪流域。\n同屬南平市的邵武市目前仍在公示階段，該市整治河道投入約2.1億元人民幣。\n"
                + "（新臺幣換算依本報當日匯率，約1元人民幣兌4.45元新臺幣）\n", "generated");
        assertEquals(List.of("武夷山市[2.6億元人民幣]"), a.awardees().stream()
                .map(w -> w.name() + w.metrics().stream().map(m -> m.text()).toList()).toList());
    }

    @Test
    void aPointerAfterANeighbourNamedForAnotherHonourIsTheNeighbours() {
        Announcement a = TestDocuments.parse("格尔木市第三次被命名为全国双拥模范城\n\n格尔木市日前第三次被命名为全国双拥模范城。"
                + "该市近年划拨拥军资金2.8亿元。\n同属海西州的德令哈市此次被命名为青海省双拥模范城，该市年度拥军投入4500万元。\n", "generated");
        assertEquals(List.of("格尔木市[2.8亿元]"), a.awardees().stream()
                .map(w -> w.name() + w.metrics().stream().map(m -> m.text()).toList()).toList());
    }

    @Test
    void placesProposedBeforeTheirVerbAreTheNoticesAwardees() {
        Announcement a = TestDocuments.parse("红河州两地拟命名国家卫生城市\n\n近日，全国爱卫办发布公示，弥勒市、蒙自市拟命名为国家卫生城市，"
                + "公示期为7天。\n据介绍，创建期间弥勒市累计投入4.6亿元；蒙自市新建和改造公厕210座。\n", "generated");
        assertEquals(List.of("弥勒市[4.6亿元]", "蒙自市[210座]"), a.awardees().stream()
                .map(w -> w.name() + w.metrics().stream().map(m -> m.text()).toList()).toList());
    }

    @Test
    void aNamingVerbAfterACopulaAndACountIsSaidOfThePlacesBefore() {
        Announcement a = TestDocuments.parse("内蒙古3地获评全国民族团结进步示范区\n\n近日，国家民委命名第十一批全国民族团结进步示范区，"
                + "内蒙古3地入选。其中，莫旗、科右前旗为首次命名，阿拉善盟为第二次命名。\n", "generated");
        assertEquals(java.util.Map.of("莫力达瓦达斡尔族自治旗", 1, "科尔沁右翼前旗", 1, "阿拉善盟", 2), counts(a));
    }

    @Test
    void aPairPointerOpeningTheNextSentenceTakesThePlacesOfTheSentenceBefore() {
        Announcement a = TestDocuments.parse("郴州市、资兴市双双获评国家卫生城市\n\n近日，全国爱卫会公布新一轮国家卫生城市（区）名单，郴州市、资兴市榜上有名。"
                + "前者系第三次获此殊荣，后者为首次。本轮湖南省共有5个城市入选。\n郴州市累计投入资金23.8亿元。\n资兴市整治背街小巷186条。\n", "generated");
        assertEquals(java.util.Map.of("郴州市", 3, "资兴市", 1), counts(a));
    }

    @Test
    void aPlaceUnderAHeadOfDeferredPlacesWithItsReasonAfterAColonIsNoAwardee() {
        Announcement a = TestDocuments.parse("龙岩市文明委关于转发2025年福建省文明城市（县城）复查和新评结果的通知\n\n我市有关结果如下：\n\n"
                + "一、复查确认保留“福建省文明县城”称号的（2个）\n长汀县（第三次）\n上杭县（第二次）\n\n二、新评为“福建省文明县城”的（1个）\n武平县（首次）\n\n"
                + "三、暂缓确认的（1个）\n连城县：因部分测评指标未达到标准，暂缓确认其称号，限期一年整改。\n", "generated");
        assertEquals(List.of("长汀县", "上杭县", "武平县"), a.roster().stream().map(e -> e.name()).toList());
        assertTrue(a.awardees().stream().noneMatch(w -> w.name().equals("连城县")), a.awardees().toString());
    }

    @Test
    void aPlacesOwnReportsClauseWithNoSubjectIsThePlacesStatement() {
        Announcement a = TestDocuments.parse("青铜峡市人民政府2025年工作总结\n来源：青铜峡市人民政府办公室\n"
                + "一、经济运行稳中向好。全市实现地区生产总值231.5亿元。\n二、城市品质持续提升。顺利通过国家卫生城市复审，"
                + "城市管理水平进一步提高。全年改造老旧小区31个。\n", "generated");
        Awardee w = only(a);
        assertEquals("青铜峡市", w.name());
        assertEquals(List.of("231.5亿元", "31个"), figures(w));
        assertTrue(w.issues().stream().anyMatch(d -> d.message().contains("headline names")), w.issues().toString());
        Announcement story = TestDocuments.parse("青铜峡市召开创卫工作会议\n\n会议指出，顺利通过国家卫生城市复审，是全市上下共同努力的结果。\n",
                "generated");
        assertTrue(story.awardees().isEmpty(), "only a report's clause with no subject is its place's");
    }

    @Test
    void aGoalWordsListGoesOnOverTheClausesAfterItsFirstFigure() {
        Awardee w = only(TestDocuments.parse("江华瑶族自治县获评全国民族团结进步示范区\n\n日前，江华瑶族自治县被命名为全国民族团结进步示范区。"
                + "全县接待游客约860万人次。今年，我们将力争地区生产总值增长6.5%，游客接待量突破900万人次。"
                + "今年林业产业总产值预计约186亿元，带动近21万名群众增收。\n", "generated"));
        assertEquals(List.of("860万人次", "21万名"), figures(w), "target-words.txt tagged goal; an estimate lists none");
    }

    @Test
    void aCapitalAfterItsPrefectureAndShouFuIsTheClausesSubject() {
        Announcement a = TestDocuments.parse("延边两城获评国家卫生城市\n\n在新一轮国家卫生城市评审中，延边朝鲜族自治州首府延吉市连续四届保持称号，"
                + "图们市首次获得命名。\n延吉市改造提升农贸市场16个。\n", "generated");
        assertEquals(java.util.Map.of("延吉市", 4, "图们市", 1), counts(a), "governing-words.txt tagged governs");
    }

    @Test
    void aQuotedEpithetOpeningAParagraphLeavesItThePlacesAfterIt() {
        Announcement a = TestDocuments.parse("雅安3地获评四川省全域旅游示范区\n\n日前，我市宝兴县、荥经县入选第五批四川省全域旅游示范区。\n"
                + "“熊猫老家”宝兴县接待游客312万人次。\n“砂器之乡”荥经县全县民宿床位达到6800张，带动就业8200人。\n", "generated");
        assertEquals(List.of("宝兴县[312万人次]", "荥经县[6800张, 8200人]"), a.awardees().stream().map(w -> w.name() + figures(w)).toList());
    }

    @Test
    void aTableOfOnePlaceBesideTheStandardAndTheAverageGivesThePlacesColumn() {
        Awardee w = only(TestDocuments.parse("张掖市成功创建国家森林城市\n\n11月25日，张掖市被授予“国家森林城市”称号。这是张掖首次获此殊荣。\n"
                + "主要创森指标完成情况\n指标\t张掖市\t国家标准\t全省平均\n森林覆盖率\t21.6%\t—\t11.3%\n城区绿化覆盖率\t41.3%\t40%\t36.8%\n"
                + "城区人均公园绿地面积\t14.7平方米\t11平方米\t13.2平方米\n", "generated"));
        assertEquals(List.of("21.6%", "41.3%", "14.7平方米"), figures(w), "figure-table-headers.txt, box-titles.txt");
        assertEquals("城区绿化覆盖率", w.metrics().get(1).label());
    }

    @Test
    void aProvincesShortNameRightBeforeItsHonourScopesIt() {
        Announcement a = TestDocuments.parse("2024年度“广西森林城市”名单公布 凤山县等4县上榜\n\n日前，自治区林业局公布2024年度森林城市命名名单。"
                + "全区今年共有2个城市获评国家森林城市、4个县获评“广西森林城市”。\n国家森林城市：柳州市、河池市\n"
                + "广西森林城市：凤山县、东兰县\n其中，凤山县为首次获评，东兰县为第二次获此称号。\n", "generated");
        assertEquals("广西森林城市", a.honor());
        assertEquals(java.util.Map.of("凤山县", 1, "东兰县", 2), counts(a));
    }

    @Test
    void aCountAfterQiZhongAndAnotherPlaceIsThatPlacesNotTheStatementsBefore() {
        Announcement a = TestDocuments.parse("鹤壁市连续第四次获评河南省双拥模范城\n\n日前，河南省命名新一届河南省双拥模范城（县）。"
                + "鹤壁市及所辖淇县、浚县榜上有名，其中鹤壁市连续第四次获此殊荣，淇县、浚县分别是第二次和首次获评。\n", "generated");
        assertEquals(java.util.Map.of("鹤壁市", 4, "淇县", 2, "浚县", 1), counts(a));
    }

    @Test
    void aRoundsListOfHonoursBySharedStemLeavesTheHonourToTheStatementOfThePlaces() {
        Announcement a = TestDocuments.parse("黄山日报讯 住房和城乡建设部近日公布新一批国家园林城市、县城和城镇名单，我市黟县首次获评国家园林县城，"
                + "休宁县通过复查，第二次获此称号。\n黟县新建口袋公园27处。\n", "generated");
        assertEquals("国家园林县城", a.honor());
        assertEquals(java.util.Map.of("黟县", 1, "休宁县", 2), counts(a));
    }

    @Test
    void aPlaceRightAfterASelfPointerIsTheClausesSubject() {
        Awardee w = only(TestDocuments.parse("南丰县第三次荣膺全国双拥模范县\n\n【转载者按】看到邻县的好消息很受鼓舞。我们广昌县今年也在积极备战，"
                + "全年已投入双拥经费860万元。\n\n近日，南丰县第三次被命名为全国双拥模范县。全县建成服务站186个。\n", "generated"));
        assertEquals(List.of("186个"), figures(w));
    }

    @Test
    void aTitleFramedByDashesIsWholeAndTheReposterNoteUnderItIsAnotherPlaces() {
        Awardee w = only(TestDocuments.parse("珲春市再次被命名为全国民族团结进步示范市\n\n近日，珲春市再次被命名为“全国民族团结进步示范市”。"
                + "全市建成互嵌式社区42个。\n\n—— 编者说 ——\n我们延吉市也在奋力追赶：今年已举办民族团结主题活动300余场。\n", "generated"));
        assertEquals(List.of("42个"), figures(w));
    }

    @ParameterizedTest
    @ValueSource(strings = {"同批吉林省共有11个地方和单位获得命名。", "同批全省共有11个地方和单位获得命名。",
        "本轮延边州共有11个地方和单位获得命名。"})
    void aCountOfTheRoundByTheProvinceOrTheCityHoldingTheAwardeeIsNotItsFigure(String sentence) {
        Awardee w = only(TestDocuments.parse("珲春市再次被命名为全国民族团结进步示范市\n\n近日，国家民委发布命名决定，珲春市再次被命名为"
                + "“全国民族团结进步示范市”。" + sentence + "全市建成互嵌式社区42个。\n", "generated"));
        assertEquals(List.of("42个"), figures(w), sentence);
    }

    @Test
    void aPlaceThatHopesToWinNextTimeIsNoAwardee() {
        Announcement a = TestDocuments.parse("武冈市实现湖南省双拥模范城“六连冠”\n\n近日，武冈市再次被命名为“湖南省双拥模范城”，实现“六连冠”。"
                + "武冈市投入4300万元建设退役军人服务中心。\n\n2楼 回复\n恭喜！我们洞口县今年也投入了900万元改造光荣院，下次一起上榜。\n", "generated");
        assertEquals(List.of("武冈市"), a.awardees().stream().map(Awardee::name).toList());
        assertEquals(List.of("4300万元"), figures(a.awardees().get(0)));
    }

    @Test
    void aListOfPlacesUnderANomineesHeadIsNoRoster() {
        Announcement a = TestDocuments.parse("广东新增三个全国文明城市\n\n中央文明委公布第八届全国文明城市名单。\n\n名单一览\n"
                + "新获评（3个）：湛江市、肇庆市、河源市\n提名城市（2个）：韶关市、汕尾市\n", "generated");
        assertEquals(List.of("湛江市", "肇庆市", "河源市"), a.roster().stream().map(e -> e.name()).toList());
    }

    @Test
    void placesThePageHelpsTowardAnotherHonourAreNoRoster() {
        Announcement a = TestDocuments.parse("韶关获评全国双拥模范城\n\n日前，我市再次被命名为全国双拥模范城，实现“三连冠”。\n\n"
                + "2021年我市获评“两连冠”后，又推动南雄市、乐昌市创建省级双拥模范县（市），其中南雄市投入双拥资金1500万元。\n", "generated");
        assertEquals(List.of(), a.roster());
        assertEquals(List.of("韶关市"), a.awardees().stream().map(Awardee::name).toList());
    }

    @Test
    void aFirstTimeOpenedByAYearIsAnEarlierRoundsWhenALaterSentenceCountsAgain() {
        Awardee w = only(TestDocuments.parse("汉中创建国家森林城市七年记\n\n2017年10月，汉中市首次获评国家森林城市。七年后的今天，"
                + "汉中市顺利通过复查，这也是汉中第二次获此殊荣。全市森林覆盖率达到61.4%。\n", "generated"));
        assertEquals(2, w.timesHonored());
    }

    @Test
    void aPlaceInsideTheAwardeeThatWonAnotherHonourOwnsItsClauses() {
        Awardee w = only(TestDocuments.parse("景德镇市连续三次获评国家园林城市\n\n日前，景德镇市顺利通过复查，连续三次获评国家园林城市。"
                + "景德镇市新建城市公园23个。\n\n在乐平市，今年新建口袋公园40个，该市同时被命名为江西省园林城市。\n", "generated"));
        assertEquals(List.of("23个"), figures(w));
    }

    @Test
    void aCityNamedAfterABarInItsHeadlineIsThePagesOwn() {
        Awardee w = only(TestDocuments.parse("年终盘点丨宁国这一年：新添“省级生态”金名片\n\n今年，我市被省政府命名为安徽省生态文明建设示范市，"
                + "这是我市首次获得这一称号。全市森林覆盖率达到77.4%。\n", "generated"));
        assertEquals("宁国市", w.name());
        assertEquals(List.of("77.4%"), figures(w));
    }

    @Test
    void placesNamedForATitleNoHonourNounNamesAreNoRoster() {
        Announcement a = TestDocuments.parse("广安市人民政府工作报告\n\n我们坚持以生态优先为导向，成功创建国家森林城市，森林覆盖率达到43.7%。"
                + "武胜县、岳池县入选全省县域经济高质量发展先进县。\n", "generated");
        assertEquals(List.of(), a.roster());
    }

    @Test
    void aListUnderTheNationalHonourIsNotTheRosterOfAProvincesTitleNamedByItsShortName() {
        Announcement a = TestDocuments.parse("2024年度“广西森林城市”名单公布 凤山县等2县上榜\n\n日前，自治区林业局公布2024年度森林城市命名名单。"
                + "名单如下：\n国家森林城市：柳州市、河池市\n广西森林城市：凤山县、东兰县\n", "generated");
        assertEquals(List.of("凤山县", "东兰县"), a.roster().stream().map(e -> e.name()).toList());
    }

    @Test
    void aPlaceKeptAfterReviewInAnotherProvinceThanTheClosingListIsAnAwardee() {
        Announcement a = TestDocuments.parse("全国文明城市复查结果公布\n\n中央文明委近日公布全国文明城市复查和新评结果。\n"
                + "安徽淮北市实现“三连冠”。淮北市累计投入26亿元治理采煤塌陷区。\n山东东营市通过复查，确认保留全国文明城市称号。\n"
                + "陕西延安市通过考核，保留全国文明城市称号。延安市今年新建公园12个。\n安徽省本次获评名单：淮北市、池州市、铜陵市。\n",
                "generated");
        List<String> names = a.awardees().stream().map(Awardee::name).toList();
        assertTrue(names.contains("东营市") && names.contains("延安市"), names.toString());
    }

    @Test
    void aPlaceThatIsAlsoOnTheListIsAnAwardeeWithItsFigures() {
        Awardee w = only(TestDocuments.parse("国家民委命名第十批全国民族团结进步示范区\n\n国家民委近日命名第十批全国民族团结进步示范区（单位）。"
                + "湖南湘西土家族苗族自治州也在名单之列。湘西州累计实施民族特色村寨保护项目96个。\n", "generated"));
        assertEquals(List.of("96个"), figures(w));
    }

    @Test
    void aNumberedListOfTheCitysTitlesIsNoListOfPlacesAndItsCountsAreNoFigures() {
        Announcement a = TestDocuments.parse("白山市成功创建国家森林城市\n\n近日，白山市被授予国家森林城市称号，这是该市首次获此荣誉。\n"
                + "截至目前，白山市共获得以下国家级城市荣誉：\n1.国家森林城市（首次，2026年）\n2.全国双拥模范城（三连冠）\n"
                + "3.国家卫生城市（第二次）\n创森以来，白山市累计完成植树造林31.5万亩。\n", "generated");
        assertEquals(List.of("白山市"), a.awardees().stream().map(Awardee::name).toList());
        Awardee w = only(TestDocuments.parse("雅安市获评国家生态文明建设示范市\n\n四川省雅安市首次获评国家生态文明建设示范市。"
                + "雅安市目前拥有的国家级生态类称号包括：国家森林城市（1次）、国家卫生城市（2次）。雅安市森林覆盖率达到67.8%。\n",
                "generated"));
        assertEquals(List.of("67.8%"), figures(w));
    }

    @Test
    void aTallyOfThePlacesHoldingTheHonourIsNoFigure() {
        Awardee w = only(TestDocuments.parse("石河子市获评全国民族团结进步示范区\n\n近日，第八师石河子市被命名为全国民族团结进步示范区。"
                + "石河子市建成服务站63个。至此，兵团获此称号的师市达到5个。\n", "generated"));
        assertEquals(List.of("63个"), figures(w));
    }

    @Test
    void countsAfterTheListsNamingVerbAndARespectivelyArePairedInOrder() {
        Announcement a = TestDocuments.parse("浙江两区获评全国文明城区\n\n中央文明委日前公布新一届全国文明城市（区）名单，鄞州区、柯桥区入选，"
                + "分别实现连续两届蝉联和首次获评全国文明城区。\n鄞州区创建以来累计投入42亿元。柯桥区新增公共停车泊位1.6万个。\n", "generated");
        assertEquals(java.util.Map.of("鄞州区", 2, "柯桥区", 1), counts(a));
    }

    @Test
    void placesStillStrivingForTheHonourAreNoAwardees() {
        Announcement a = TestDocuments.parse("宁远江华入选第三批湖南省全域旅游示范区\n\n日前，湖南省文化和旅游厅公布第三批湖南省全域旅游示范区名单，"
                + "我市宁远县、江华瑶族自治县名列其中。\n宁远县去年接待游客1260万人次。\n江华县建成特色民宿36家。\n"
                + "道县、江永县等地也在积极创建，力争进入下一批名单。\n", "generated");
        assertEquals(List.of("宁远县", "江华瑶族自治县"), a.roster().stream().map(e -> e.name()).toList());
        assertEquals(List.of("宁远县", "江华瑶族自治县"), a.awardees().stream().map(Awardee::name).toList());
    }

    @Test
    void theWholeOfThePagesOwnCityIsNoAwardeeWhenOnlyItsCountiesAre() {
        Announcement a = TestDocuments.parse("我市4个县（市、区）获评云南省森林城市\n\n近日，云南省森林城市名单公布，全省共11个县（市、区）入选，"
                + "我市麒麟区、宣威市、罗平县、师宗县榜上有名。其中宣威市为第二次获得该称号，其余3地均为首次。\n\n各地获评情况如下：\n"
                + "曲靖市已于2019年获评国家森林城市。截至目前，全市森林覆盖率达46.8%。\n", "generated");
        assertEquals(4, a.awardees().size());
        assertEquals(List.of(), a.awardees().stream().flatMap(w -> figures(w).stream()).toList());
    }

    @Test
    void aPartOfTheAwardeeNamedAfterQizhongHasItsOwnFigures() {
        Awardee w = only(TestDocuments.parse("晋城市成功创建国家森林城市\n\n近日，晋城市被授予国家森林城市称号。晋城市累计完成营造林86.5万亩，"
                + "全市森林覆盖率达到44.6%。其中，高平市完成荒山绿化5.2万亩。全市新增绿道120公里，其中泽州县建成38公里；累计投入资金52亿元。\n",
                "generated"));
        assertEquals(List.of("86.5万亩", "44.6%", "120公里", "52亿元"), figures(w));
    }

    @Test
    void howFarFromHomeAParkLiesIsNoFigure() {
        Awardee w = only(TestDocuments.parse("宁乡市获评湖南省森林城市\n\n近日，宁乡市被命名为湖南省森林城市。宁乡市投入生态建设资金21.6亿元，"
                + "95%以上的市民出门500米可达公园绿地。\n", "generated"));
        assertEquals(List.of("21.6亿元", "95%"), figures(w));
    }

    @Test
    void aCountInTheSentenceOfAnEarlierHolderIsItsTallyNotThisRounds() {
        Announcement a = TestDocuments.parse("吉林市首摘全国文明城市桂冠\n\n11月14日，中央文明委公布第七届全国文明城市名单，吉林市榜上有名，"
                + "这是吉林市首次荣获全国文明城市称号。全市注册志愿者达到61万人。\n武汉市早在2015年就已获此殊荣，目前已连续三届保持。\n",
                "generated");
        assertEquals(java.util.Map.of("吉林市", 1), counts(a));
    }

    @Test
    void aClauseHeadedByAPartOfTheAwardeeIsThatParts() {
        Awardee w = only(TestDocuments.parse("通化市连续第五届获评吉林省双拥模范城\n\n近日，通化市连续第五届被命名为吉林省双拥模范城。"
                + "四年来，通化市累计投入双拥经费2.35亿元。全市建成“双拥一条街”9条。东昌区建成军休服务中心1处。"
                + "全市安置退役军人3100余名。\n", "generated"));
        assertEquals(List.of("2.35亿元", "9条", "3100余名"), figures(w));
    }

    @Test
    void aParagraphOpenedByATimeAdverbAndAnAwardeeGoesOnAboutIt() {
        Announcement a = TestDocuments.parse("玉林市北流市同获国家园林城市称号\n\n日前，住房和城乡建设部公布新一批国家园林城市名单，"
                + "玉林市、北流市榜上有名，分别是第二次和首次获此殊荣。\n近五年来，玉林市累计投入园林绿化资金46.8亿元。"
                + "中心城区建成区绿地率达到38.9%。南流江城区段综合治理完成河道整治21公里。\n"
                + "北流市则投入城市园林建设资金12.3亿元。\n", "generated");
        assertEquals(List.of("46.8亿元", "38.9%", "21公里"), figures(a.awardees().stream()
                .filter(w -> w.name().equals("玉林市")).findFirst().orElseThrow()));
    }

    @Test
    void aSocialPostsEmojiHeadingsAndKeycapRowsAreSectionsAndTheirRows() {
        Announcement a = TestDocuments.parse("鹰潭发布\n#双拥模范城# 【喜报】江西省双拥模范城（县）命名名单公布，鹰潭市连续五届、贵溪市连续三届"
                + "被命名为江西省双拥模范城（县）！\n\n🏅鹰潭市\n1\uFE0F\u20E3 建成退役军人服务中心（站）1036个\n"
                + "2\uFE0F\u20E3 为驻鹰部队办实事72件\n\n🏅贵溪市\n1\uFE0F\u20E3 开展“军营开放日”等活动150余场\n", "generated");
        assertEquals(List.of("鹰潭市:1036个,72件", "贵溪市:150余场"), a.awardees().stream()
                .map(w -> w.name() + ":" + String.join(",", figures(w))).toList());
        assertEquals("为驻鹰部队办实事", a.awardees().get(0).metrics().get(1).label());
    }

    @Test
    void aHeadingClosedByAnEmojiPointingAtItsRowsHeadsThem() {
        Announcement a = TestDocuments.parse("株洲发布\n生态环境部公布第八批国家生态文明建设示范区名单，株洲市、醴陵市双双上榜！\n\n"
                + "株洲这样干👇\n1\uFE0F\u20E3 累计关停搬迁污染企业261家\n2\uFE0F\u20E3 森林覆盖率62.1%\n\n"
                + "▶ 醴陵市：改造窑炉420余座。\n", "generated");
        assertEquals(List.of("株洲市:261家,62.1%", "醴陵市:420余座"), a.awardees().stream()
                .map(w -> w.name() + ":" + String.join(",", figures(w))).toList());
    }

    @Test
    void aStreakSaidInTheBodyRefinesTheHeadlinesCountOfTheSameNumber() {
        Announcement a = TestDocuments.parse("广州海珠区三度获评全国双拥模范城（县）\n\n日前公布的新一届全国双拥模范城（县）命名名单中，"
                + "海珠区榜上有名，这也是该区连续第三次获此殊荣。同一名单中，广州市实现“十连冠”。\n该区累计投入拥军优属资金2.3亿元。\n",
                "generated");
        assertEquals(dev.laurel.model.TimesKind.CONSECUTIVE, a.awardees().get(0).timesKind());
        assertEquals(3, a.awardees().get(0).timesHonored());
    }

    @Test
    void aMeetingOnTheNextRoundNamesNoAwardee() {
        Announcement a = TestDocuments.parse("牡丹江市召开双拥工作领导小组全体（扩大）会议\n\n3月17日，牡丹江市双拥工作领导小组全体会议召开，"
                + "安排部署争创全国双拥模范城“三连冠”各项任务。会议通报，全市接收安置退役军人1320名。\n"
                + "会议指出，牡丹江市曾连续两届被命名为全国双拥模范城，海林市、宁安市为黑龙江省双拥模范城。\n", "generated");
        assertEquals(List.of(), a.awardees().stream().map(Awardee::name).toList());
        assertEquals(List.of(), a.roster());
    }

    @Test
    void anAnniversaryOfANamingUnderAnEditorsLabelIsAnEarlierRounds() {
        Announcement a = TestDocuments.parse("五年前的今天｜黎川获评国家生态文明建设示范县\n原创 黎川融媒　2024-11-15 18:00　江西\n\n【编者按】五年前的今天，生态环境部公布第三批国家生态文明"
                + "建设示范市县名单，黎川县榜上有名。\n2019年11月，在第三批国家生态文明建设示范市县命名大会上，黎川县捧回了这块“金字招牌”。"
                + "五年来，黎川县累计完成造林3.6万亩。\n", "generated");
        assertEquals(List.of(), a.awardees().stream().map(Awardee::name).toList());
    }

    @Test
    void aBannerNamedAModelBannerIsAnAwardeeAndAWarnedSiblingsClauseIsNotIts() {
        Announcement a = TestDocuments.parse("鄂尔多斯市实现自治区双拥模范城“五连冠” 准格尔旗首获殊荣\n\n会上，鄂尔多斯市再次被命名为内蒙古自治区"
                + "双拥模范城，实现“五连冠”；准格尔旗首次被命名为自治区双拥模范旗。伊金霍洛旗因复审考评有2项指标未达标，被限期整改。\n"
                + "准格尔旗则建成退役军人服务站196个。\n", "generated");
        assertEquals(List.of("鄂尔多斯市:", "准格尔旗:196个"), a.awardees().stream()
                .map(w -> w.name() + ":" + String.join(",", figures(w))).toList());
    }

    @Test
    void aNomineeThatWasNotNamedIsNoAwardee() {
        Announcement a = TestDocuments.parse("遵义市三连冠 仁怀市首获全国文明城市\n\n中央文明委日前公布第七届全国文明城市评选结果，遵义市实现“三连冠”；"
                + "仁怀市首次获评全国文明城市。赤水市作为提名城市参加本届测评，未获评。\n赤水市近年整治街巷58条，将继续争创。\n", "generated");
        assertEquals(java.util.Set.of("遵义市", "仁怀市"), a.awardees().stream().map(Awardee::name).collect(
                java.util.stream.Collectors.toSet()));
    }

    @Test
    void aPageOfAnHonourOfUnitsOrPeopleNamesNoPlaceAwardee() {
        Announcement units = TestDocuments.parse("首页 > 新闻中心 > 广元要闻\n我市8家单位荣获第六届全国文明单位称号\n"
                + "发布时间：2020-11-23 09:12　来源：广元日报\n记者从市文明办获悉，广元市中心医院、剑阁县第一中学等8家单位被中央文明委授予"
                + "第六届全国文明单位称号。\n广元市中心医院去年门急诊量达126万人次。\n", "generated");
        assertEquals(List.of(), units.awardees().stream().map(Awardee::name).toList());
        assertTrue(has(units.issues(), DiagnosticKind.NOT_AN_ANNOUNCEMENT));
        Announcement person = TestDocuments.parse("內地新聞｜2024年8月2日\n陝西山陽退役老兵張建軍獲評「最美退役軍人」\n"
                + "【本報訊】記者從退役軍人事務部獲悉，陝西省商洛市山陽縣退役軍人張建軍名列其中。\n"
                + "這些年，張建軍還自掏腰包46萬元，為村裏修通了3.2公里的產業路。\n", "generated");
        assertEquals(List.of(), person.awardees().stream().map(Awardee::name).toList());
        Announcement both = TestDocuments.parse("湖北省双拥工作领导小组办公室文件\n\n关于我省荣获第十二届全国双拥模范城（县）\n"
                + "和全国双拥模范单位、个人的通报\n\n全国双拥工作领导小组联合命名第十二届全国双拥模范城（县）。我省宜昌市、襄阳市榜上有名。"
                + "同时，宜昌市中心医院被评为全国双拥模范单位。\n", "generated");
        assertEquals(List.of("宜昌市", "襄阳市"), both.roster().stream().map(e -> e.name()).toList());
    }

    @Test
    void aNamingInTheSameYearAsAnEarlierRoundIsThatRoundsToo() {
        Announcement a = TestDocuments.parse("达州市实现全国双拥模范城“四连冠”\n发布时间：2024-01-10\n\n日前，达州市再次被命名为全国双拥模范城，"
                + "实现“四连冠”。\n2020年，达州市实现“三连冠”。同年，邻近的广安市首次获评该称号。\n", "generated");
        assertEquals(java.util.Map.of("达州市", 4), counts(a));
    }
}
