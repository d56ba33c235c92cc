package dev.laurel.parsers.commendation;

import dev.laurel.model.Announcement;
import dev.laurel.model.Awardee;
import dev.laurel.model.DiagnosticKind;
import dev.laurel.model.Metric;
import dev.laurel.parsers.commendation.layout.Layout;
import dev.laurel.parsers.commendation.text.Furniture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The data-driven rules of reading: furniture shapes, heading forms, wider scopes, possession. */
class ReadingRulesTest {

    private static Awardee only(Announcement a) {
        assertEquals(1, a.awardees().size(), a.awardees().toString());
        return a.awardees().get(0);
    }

    private static List<String> figures(Awardee a) {
        return a.metrics().stream().map(Metric::text).toList();
    }

    @ParameterizedTest
    @ValueSource(strings = {"2", "- 12 -", "第3页", "3/5", "2023-10-17 08:45  来源:池州日报  记者 汪晓东",
        "阅读 3分钟 | 1180字", "本文共1036字，阅读约3分钟", "阅读 3分钟  680字", "全文共 2100 字，预计阅读时间 5 分钟", "首页 > 新闻 > 正文", "侨声新闻网 ｜ 首页 › 中国新闻 › 社会", "简体 | 繁体\u3000\u3000忻州市人民政府门户网站\u3000\u3000首页 > 新闻中心 > 忻州要闻", "分享：Facebook｜Twitter｜WhatsApp", "北方新闻网 > 时政 > 双拥视窗", "本地新闻»时政»正文", "【打印】【关闭】", "【责任编辑：赵晓宁】\u3000\u3000【打印】\u3000【关闭】", "闽ICP备12011497号-1",
        "楼主  发表于 2024-06-12 09:31  只看该作者", "回复  2#  发表于 2024-6-12 10:02", "3#  发表于 2024年6月12日 11:15",
        "本帖最后由 山城老兵 于 2024-6-12 10:05 编辑", "查看: 1234 | 回复: 12", "回复 举报", "使用道具 举报", "电梯直达",
        "回复 #2\u3000山城老李\u3000发表於 2022-9-29 10:40", "帖子 318 | 精华 2 | 积分 1045",
        "2026年11月30日 星期一", "2026-11-30 周一", "1.2万次播放 · 2026-09-28", "2天前 · 湖南 · 回复 · 赞 24",
        "绵州老乡 · 2小时前 · 四川", "45分钟前", "澳门日报 2025年12月06日 星期六 A09版 内地新闻", "长治日报　2026年10月14日第03版：要闻",
        "四川省绿化委员会办公室文件　　　　第1页　共3页", "第 1 页 共 2 页", "观看次数 3.4万次 · 2026年11月22日", "播放量：12万",
        "发布机构：张掖市卫生健康委员会\u3000发文日期：2026-01-15\u3000索引号：ZY-WJW-2026-0012", "临沂日报客户端 · 深度", "【字号 大 中 小】 阅读 5分钟", "云南日报\u30002026年1月20日 星期二\u3000\u3000\u30003",
        "潮新闻APP｜要闻", "赣州日报社  2026年11月06日  版次：01", "发：局机关各科室、各直属单位\u3000\u3000（共印60份）",
        "（共印150份）", "报：县委、县人大、县政协领导　送：各乡镇（街道）、县直各部门　共印60份", "阅读 10万+\u3000\u3000在看 2364\u3000\u3000👍 1.2万", "阅读 2.3万", "阅读量：10万+", "九江发布\u30002025-12-30 18:00\u3000江西",
        "原创 临夏发布 临夏发布 2026-12-19 18:30 发表于甘肃", "阿尔山融媒\u3000阿尔山市融媒体中心\u30002025-02-27 18:06",
        "👆点击上方蓝字 关注我们", "— 点击上方蓝字 关注我们 —", "▲点击上方蓝字“宜都发布”关注我们", "金华新闻客户端", "打开APP",
        "星岛新闻网 | 即时 港闻 内地 国际 财经 地产 娱乐 体育 生活 专题", "首页　政务公开　政务服务　互动交流　走进遵义　专题专栏",
        "恒指 26,418.35 ▲182.60 (+0.70%)　国指 9,402.11 ▲61.25", "2026年11月29日　琼中 多云 18℃～25℃",
        "天文台：今日大致天晴，最高气温24度，相对湿度60%至80%", "首页 / 两岸 / 大陆观察", "找到约1,260,000条结果", "香港商报　内地新闻　2026年1月13日",
        "百度为您找到相关结果约100万个", "相关搜索：定西旅游　定西天气", "字级：小中大", "剩余60%内容，点击阅读全文",
        "阅读 4.6万\u3000赞 1.2万", "回复 | 举报 | 浏览 12.6万", "2025-12-19\u3000来源：通化日报\u3000阅读 2分钟",
        "1.2万人看过   分享   收藏", "3526人浏览", "抚州市人民政府公报                              二0二六年第6期",
        "江西省人民政府公报\u30002025年第3期", "滁州日报 > 本地新闻", "宁国发布 › 要闻",
        "丽水日报  2027-11-18 09:32  阅读 3.4万", "你有3条新消息，点击查看",
        "本词条由“鄂尔多斯发布”提供内容。浏览35762次\u3000编辑86次\u3000最近更新：2024-12-20", "词条统计",
        "浏览次数：35762次\u3000编辑次数：86次", "浏览12836次 最近更新：2025-01-03", "原创", "原创　黎川融媒",
        "宁夏回族自治区人民政府公报  2026年第14期        27", "18\u3000甘肃省人民政府公报\u30002025年第9期", "广西壮族自治区人民政府公报",
        "四川政报", "市文旅局政务公开 3/8", "省林业厅信息公开\u3000\u300012/15"})
    void furnitureShapes(String line) {
        assertTrue(Furniture.is(line), line);
    }

    @ParameterizedTest
    @ValueSource(strings = {"累计投入2亿元", "2023年，全市新建公园12个。", "12万元",
        "该文发表于2024年6月12日的《解放军报》，全文3000字。", "回复群众来信120件", "支持一下", "3年前，我们启动了创建工作。",
        "视频累计播放量达1.2万次", "该报2024年3月5日第4版刊发了长篇通讯。", "详见第3页", "观看次数达3.4万次，较上年增长两成。",
        "全市共印发宣传册（共印10万份）并发放到户。", "阅读推广活动吸引1.2万人参与，在看展的群众络绎不绝。",
        "👆点击上方蓝字“互助融媒”关注我们家人们！好消息来了，互助土族自治县成功入选！", "全市 2025-12-30 18:00 起实行新规，违者罚款200元。",
        "杭州市　宁波市　温州市　嘉兴市　湖州市　绍兴市", "接待官兵参观学习约1.5万人次．　　今天：多云转阴，3℃～9℃，",
        "▲ 图为全市新建的12个口袋公园之一", "转发分享给身边的朋友，评论区留言点赞", "2025年12月19日，记者从通化市获悉",
        "1.2万人看过展览", "该市政府公报2025年第3期刊发了决定。", "增速 > 5%", "市区人口 > 县城人口",
        "全市 2025-12-30 18:00 起实行新规 违者罚款200元", "丽水日报 2027-11-18 09:32 讯，全市新建公园12个。",
        "你有3条建议被采纳，全市新建公园12个。", "词条里写着全市新建公园12个。", "浏览量同比增长12次，编辑部新增3人。",
        "原创舞剧《天水》获评全国优秀作品", "2025年天门市国民经济和社会发展统计公报", "近五年考核优良率 4/5", "全市空气质量达标 5/6，同比提升"})
    void textIsNotFurniture(String line) {
        assertFalse(Furniture.is(line), line);
    }

    @Test
    void theHeadlineIsTheFirstLineBelowThePageFurniture() {
        Announcement a = TestDocuments.parse("首页 > 新闻中心 > 本地要闻\n来源：市融媒体中心  2023-11-20\n"
                + "长汀县获评国家生态文明建设示范县\n阅读 3分钟  680字\n日前，长汀县被命名为国家生态文明建设示范县。"
                + "该县累计投入生态补偿资金3.6亿元。\n", "generated");
        assertEquals("长汀县获评国家生态文明建设示范县", a.title());
        assertTrue(a.issues().stream().noneMatch(d -> d.kind() == dev.laurel.model.DiagnosticKind.SPLIT_PARAGRAPH_JOINED),
                a.issues().toString());
        assertEquals(List.of("3.6亿元"), figures(a.awardees().get(0)));
    }

    @Test
    void aPlaceWithAHeadingWordOverADateLineIsTheHeadline() {
        Announcement a = TestDocuments.parse("首页 > 走进丽水 > 城市概况\n丽水概况\n发布时间：2025-01-10 09:15　来源：丽水市人民政府办公室\n"
                + "丽水市位于浙江省西南部。全市由9个县（市、区）组成，总面积1.73万平方公里。\n"
                + "2024年11月，丽水市再次被命名为全国双拥模范城，实现“五连冠”。\n近年来，全市累计投入双拥经费1.2亿元。\n", "generated");
        assertEquals("丽水概况", a.title());
        assertEquals(List.of("丽水市:5[9个, 1.73万平方公里, 1.2亿元]"), a.awardees().stream()
                .map(w -> w.name() + ":" + w.timesHonored() + w.metrics().stream().map(m -> m.text()).toList()).toList());
    }

    @Test
    void anEntrysNameOverItsLeadIsTheHeadlineAndItsSectionTitlesAreWhole() {
        Announcement a = TestDocuments.parse("衢州市\n衢州市，浙江省辖地级市，位于浙江省西部。2024年12月，衢州市第二次被命名为国家卫生城市。\n"
                + "目录\n1 概况\n2 荣誉\n概况\n衢州市总面积8844平方公里，常住人口229.1万人。\n"
                + "荣誉\n2017年，获评国家园林城市。\n2019年，首次被命名为国家卫生城市。\n"
                + "本词条由“衢州发布”提供内容。浏览12836次　编辑52次　最近更新：2024-12-20\n", "generated");
        assertEquals("衢州市", a.title());
        assertEquals("国家卫生城市", a.honor());
        assertEquals(List.of("衢州市:2[8844平方公里|总面积, 229.1万人|常住人口]"), a.awardees().stream()
                .map(w -> w.name() + ":" + w.timesHonored() + w.metrics().stream().map(m -> m.text() + "|" + m.label()).toList())
                .toList());
    }

    @Test
    void theCountiesAPlaceGovernsJoinedByHeAreNoRoster() {
        Announcement a = TestDocuments.parse("黄山市首次荣获全国文明城市称号\n\n黄山市位于安徽省最南端。市域辖屯溪区、黄山区、徽州区和歙县、休宁县、"
                + "黟县、祁门县，全市总面积9807平方公里。\n2024年11月，黄山市首次荣获“全国文明城市”称号。\n", "generated");
        assertEquals(List.of(), a.roster());
        assertEquals(List.of("黄山市"), a.awardees().stream().map(Awardee::name).toList());
    }

    @Test
    void placesJoinedByYijiShareTheirStatement() {
        Announcement a = TestDocuments.parse("恩施州三地获评湖北省双拥模范城（县）\n\n新一届湖北省双拥模范城（县）日前命名。恩施州所辖利川市、"
                + "来凤县以及鹤峰县均在名单之列。\n", "generated");
        assertEquals(List.of("利川市", "来凤县", "鹤峰县"), a.awardees().stream().map(Awardee::name).toList());
    }

    @Test
    void anHonourSayingWhereSomethingLiesIsNotThePagesHonour() {
        Announcement a = TestDocuments.parse("衡阳技师学院2025年招生简章\n\n衡阳技师学院坐落于全国双拥模范城、国家森林城市——湖南省衡阳市。\n\n"
                + "链接：祁东县连续三届获评湖南省双拥模范县\n近日，祁东县连续三届获此殊荣。\n", "generated");
        assertEquals("湖南省双拥模范县", a.honor());
    }

    @Test
    void aListCopiedFromAPdfReadsTheNamesItsPageBreaksCut() {
        Announcement a = TestDocuments.parse("贵州省生态环境厅文件\n贵州省生态环境厅关于命名第三批贵州省生态文明建设示范区的通知\n"
                + "经现场核查和社会公示，我厅决定命名湄潭县、凤冈县、赤\n—3—\n贵州省生态环境厅文件\n水市、习水县、荔\n波县为第三批贵州省生态文明建设示范区。\n",
                "generated");
        assertEquals(List.of("湄潭县", "凤冈县", "赤水市", "习水县", "荔波县"), a.roster().stream().map(e -> e.name()).toList());
        assertTrue(a.issues().stream().anyMatch(d -> d.message().startsWith("2 line breaks cutting a place's name")), a.issues().toString());
    }

    @Test
    void aPostersBrokenHeadlineLeavesTheHonourToTheProseThatNamesIt() {
        Announcement a = TestDocuments.parse("喜\n报\n\n热烈祝贺\n丽水市\n再次荣获\n“全国双拥模范城”称号\n\n"
                + "　　丽水市是全国首批国家生态文明建设示范市之一。日前，丽水市被再次命名为“全国双拥模范城”，实现“五连冠”。"
                + "四年来，全市累计投入双拥工作经费2.3亿元。\n", "generated");
        assertEquals("全国双拥模范城", a.honor());
    }

    @Test
    void aTabbedTableWithItsGroupCellMergedReadsEachRowAndItsHonourWithoutTheVerbBeforeItsNoun() {
        Announcement a = TestDocuments.parse("贵州省新命名一批双拥模范城（县）\n发布时间：2026-10-19　来源：贵州省双拥办\n"
                + "近日，省委、省政府、省军区联合下发通报，命名一批贵州省双拥模范城（县）。遵义市、铜仁市所属4个县（市）榜上有名，名单如下：\n"
                + "序号\t州（市）\t县（市、区）\t命名次数\n1\t遵义市\t仁怀市\t第三次\n2\t\t湄潭县\t首次\n"
                + "3\t铜仁市\t石阡县\t连续四次\n4\t\t玉屏侗族自治县\t第二次\n", "generated");
        assertEquals("贵州省双拥模范城（县）", a.honor());
        assertEquals(List.of("仁怀市", "湄潭县", "石阡县", "玉屏侗族自治县"), a.roster().stream().map(e -> e.name()).toList());
        assertEquals(List.of(3, 1, 4, 2), a.awardees().stream().map(w -> w.timesHonored()).toList());
    }

    @Test
    void aPageThatNamesItsCityOnlyAsWoShiGetsNoAwardeeAndSaysWhy() {
        Announcement a = TestDocuments.parse("我市第五次获评全国文明城市\n\n本次是我市第五次获评全国文明城市称号。"
                + "近三年来，我市累计投入资金18.5亿元。\n", "generated");
        assertEquals(List.of(), a.awardees());
        List<dev.laurel.model.Diagnostic> none = a.issues().stream()
                .filter(d -> d.kind() == dev.laurel.model.DiagnosticKind.NO_AWARDEES).toList();
        assertEquals(1, none.size(), a.issues().toString());
        assertTrue(none.get(0).message().contains("我市"), none.get(0).message());
    }

    @ParameterizedTest
    @ValueSource(strings = {"10月18日，全国双拥模范城（县）命名大会在北京举行，崇义县被命名为全国双拥模范县。",
        "10月18日，全國雙擁模範城（縣）命名大會在北京舉行，崇義縣被命名為全國雙擁模範縣。"})
    void aMeetingsVenueIsNotTheDocumentsProvince(String text) {
        Announcement a = TestDocuments.parse("崇义县获评全国双拥模范县\n\n" + text + "\n", "generated");
        assertEquals("江西省", a.province());
    }

    /** Every honour of the lexicon is a document's honour, with its scope: not only the 双拥, 文明 and 卫生 titles. */
    @ParameterizedTest
    @CsvSource({"国家林业和草原局关于授予国家森林城市称号的决定, 国家森林城市",
        "关于命名第六批国家生态文明建设示范市县的决定, 国家生态文明建设示范市县",
        "我州荣获全国民族团结进步示范州称号, 全国民族团结进步示范州",
        "江西省全域旅游示范县名单公布, 江西省全域旅游示范县",
        "全国爱卫办关于公布全国健康城市建设样板市名单的通知, 全国健康城市建设样板市",
        "琼海入选国家农产品质量安全市, 国家农产品质量安全市"})
    void theDocumentsHonourComesFromTheLexicon(String headline, String honour) {
        assertEquals(honour, DocumentHeader.honor(List.of(headline)));
    }

    @ParameterizedTest
    @CsvSource({"【龙口市】, 龙口市", "**成都市**, 成都市", "曲阜市简介, 曲阜市", "寿光市主要事迹, 寿光市", "简介, 简介"})
    void headingNames(String heading, String name) {
        assertEquals(name, Layout.headingName(heading));
    }

    @Test
    void sectionsHeadedWithTrianglesAndDashes() {
        Announcement a = TestDocuments.parse("浙江省森林城市名单公布\n\n◆临海市：千年府城披绿装\n临海市新增造林5.8万亩。\n\n"
                + "▲ 江山市——连续两届入选\n江山市建成森林步道380公里。\n", "generated");
        assertEquals(List.of("临海市", "江山市"), a.awardees().stream().map(w -> w.name()).toList());
        assertEquals(List.of("380公里"), figures(a.awardees().get(1)));
    }

    @Test
    void aSectionHeadedByAShortNameAndATitle() {
        Announcement a = TestDocuments.parse("三县获评四川省民族团结进步示范县\n\n北川羌族自治县：羌乡团结花正艳\n北川建成传习所34个。\n\n"
                + "马边：首次入列“省级示范”\n马边彝族自治县首次获评。该县建成示范单位165个。\n", "generated");
        assertEquals(List.of("北川羌族自治县", "马边彝族自治县"), a.awardees().stream().map(w -> w.name()).toList());
        assertEquals(List.of("165个"), figures(a.awardees().get(1)));
    }

    @Test
    void aSectionHeadedByAShortNameThatIsAlsoAWord() {
        Announcement a = TestDocuments.parse("长治晋城双双获评全国双拥模范城\n\n记者从山西省双拥工作领导小组办公室获悉，长治市、晋城市被命名为全国双拥模范城。\n\n"
                + "长治：太行山上续写拥军传统\n长治市累计投入双拥经费4.7亿元。\n\n晋城：煤城转型中的双拥担当\n晋城市投入优抚安置资金2.9亿元。\n",
                "generated");
        assertEquals(List.of("长治市", "晋城市"), a.awardees().stream().map(w -> w.name()).toList(), "长治, as in 长治久安");
        assertEquals(List.of("4.7亿元"), figures(a.awardees().get(0)));
    }

    @Test
    void aSectionPastedTwiceIsOneAwardee() {
        String jincheng = "晋城：煤城转型中的双拥担当\n晋城市则把双拥工作与资源型城市转型结合起来，近三年投入优抚安置资金2.9亿元。\n\n";
        Announcement a = TestDocuments.parse("长治晋城双双获评全国双拥模范城\n\n长治市、晋城市被命名为全国双拥模范城。\n\n"
                + "长治：太行山上续写拥军传统\n长治市累计投入双拥经费4.7亿元。\n\n" + jincheng + "（责编：李娜）\n\n" + jincheng,
                "generated");
        assertEquals(List.of("长治市", "晋城市"), a.awardees().stream().map(w -> w.name()).toList());
        assertEquals(List.of("2.9亿元"), figures(a.awardees().get(1)));
        assertTrue(a.issues().stream().anyMatch(d -> d.message().contains("a second section for 晋城市")), a.issues().toString());
    }

    @Test
    void anAuthorityAboveADocumentsTitleARegulationsNameAndAListUnderAnHonoursBracketForm() {
        Announcement a = TestDocuments.parse("广西壮族自治区爱国卫生运动委员会\n关于命名2024年度自治区卫生县城和复审确认自治区卫生城市（县城）的通报\n\n"
                + "根据《广西壮族自治区卫生城镇评审管理办法》，现将结果通报如下：\n\n一、命名以下2个县为自治区卫生县城\n融安县、象州县\n\n"
                + "二、以下城市（县城）通过复审，继续保留自治区卫生城市（县城）称号\n东兴市\n岑溪市\n", "generated");
        assertEquals("关于命名2024年度自治区卫生县城和复审确认自治区卫生城市（县城）的通报", a.title());
        assertEquals("自治区卫生县城", a.honor()); // an autonomous region scopes its own titles 自治区
        assertEquals(List.of("融安县", "象州县", "东兴市", "岑溪市"), a.roster().stream().map(e -> e.name()).toList());
    }

    @Test
    void aLongNamingListWithBracketCountsAndMarksBeforeItsWeiAndAUnitsHonourAfterASemicolon() {
        Announcement a = TestDocuments.parse("关于命名表彰自治区双拥模范城（县）的决定\n\n自治区人民政府、广西军区决定：命名南宁市（七连冠）①、"
                + "柳州市（连续第六次）、桂林市（第五次）、北海市（连续第三次）、防城港市（连续第三次）、凭祥市、东兴市（第二次）、"
                + "恭城瑶族自治县（第二次）、融水苗族自治县、靖西市为“自治区双拥模范城（县）”；授予南宁市青秀区新竹街道办事处等30个单位"
                + "“自治区双拥模范单位”称号。\n", "generated");
        assertEquals(List.of("南宁市7", "柳州市6", "桂林市5", "北海市3", "防城港市3", "凭祥市null", "东兴市2", "恭城瑶族自治县2",
                "融水苗族自治县null", "靖西市null"), a.roster().stream().map(e -> e.name() + a.awardees().stream()
                .filter(w -> w.name().equals(e.name())).map(w -> String.valueOf(w.timesHonored())).findFirst().orElse("null"))
                .toList());
    }

    @Test
    void aNumberedItemWhoseNameEndsWithAFullStopIsAnInlineSection() {
        Announcement a = TestDocuments.parse("关于命名2026年度四川省森林城市的通知\n\n决定命名绵阳市、宜宾市为2026年度“四川省森林城市”。"
                + "现将各市创建情况通报如下：\n一、绵阳市。系第二次获得“四川省森林城市”命名。全市森林覆盖率达到55.6%。\n"
                + "二、宜宾市。系首次获得命名。新建城市公园46个。\n", "generated");
        assertEquals(List.of("绵阳市2[55.6%]", "宜宾市1[46个]"), a.awardees().stream()
                .map(w -> w.name() + w.timesHonored() + w.metrics().stream().map(m -> m.text()).toList()).toList());
    }

    @Test
    void aNumberedNameWithItsNoteThenAColonIsAnInlineSectionUnderItsGroupsSizedHead() {
        Announcement a = TestDocuments.parse("2026年度江苏省双拥模范城（县）名单及主要事迹\n\n一、徐州市（2个）\n"
                + "1.徐州市（连续第五次）：建成退役军人服务站2100个。\n2.沛县（第二次）：新建国防教育基地3处。\n\n"
                + "二、盐城市（1个）\n3.盐城市（首次）：投入拥军资金5600万元。\n", "generated");
        assertEquals(List.of("徐州市5[2100个]", "沛县2[3处]", "盐城市1[5600万元]"), a.awardees().stream()
                .map(w -> w.name() + w.timesHonored() + w.metrics().stream().map(m -> m.text()).toList()).toList());
    }

    @ParameterizedTest
    @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', value = {
        "三明三县获评“中国天然氧吧”|中国天然氧吧", "宁海县获评全国无障碍环境建设示范县|全国无障碍环境建设示范县"})
    void honoursOfLessCommonTitles(String headline, String honour) {
        Announcement a = TestDocuments.parse(headline + "\n\n日前，泰宁县、宁海县榜上有名。\n", "generated");
        assertEquals(honour, a.honor());
    }

    @Test
    void aCollectiveAsManyAsTheListedPlacesThenJunWeiShouCiInTheNextClauseCountsThemAll() {
        Announcement a = TestDocuments.parse("新一批国家森林城市出炉　3城入选\n\n全国绿化委员会日前公布新一批国家森林城市名单，"
                + "河北邢台、湖南郴州等3个城市入选，均为首次获此称号。\n\n名单如下：\n\n1.河北省邢台市\n2.湖南省郴州市\n3.山西省运城市\n",
                "generated");
        assertEquals(java.util.Set.of("邢台市1", "郴州市1", "运城市1"), a.awardees().stream()
                .map(w -> w.name() + w.timesHonored()).collect(java.util.stream.Collectors.toSet()));
    }

    @Test
    void aLineOfAnHonourRollIsNoSectionAndTheNewsAboveItNamesTheAwardee() {
        Announcement a = TestDocuments.parse("城市荣誉\n\n【最新】2026年11月，泸州市再次被命名为“全国双拥模范城”，实现“六连冠”。\n\n"
                + "区县荣誉\n合江县：国家生态文明建设示范县（2023年）\n纳溪区：四川省文明城市（2024年）\n\n"
                + "双拥工作\n近年来，泸州市累计投入双拥经费1.6亿元。\n", "generated");
        assertEquals(List.of("泸州市6"), a.awardees().stream().map(w -> w.name() + w.timesHonored()).toList());
    }

    @Test
    void aPlaceWhoseTitleTheSentenceRevokesIsNoAwardee() {
        Announcement a = TestDocuments.parse("关于四川省卫生城市（县城）复审结果的通报\n\n一、通过复审的城市\n自贡市、内江市\n\n二、撤销称号\n"
                + "　　西昌市因连续两次复审不合格，撤销其四川省卫生县城称号，3年内不得重新申报。\n", "generated");
        assertEquals(List.of(), a.awardees().stream().map(w -> w.name()).filter(n -> n.equals("西昌市")).toList());
    }

    @Test
    void aDistrictNameOtherCitiesShareIsPlacedByItsGroupsCity() {
        Announcement a = TestDocuments.parse("关于命名河北省双拥模范城（县）的决定\n\n命名长安区等6个县（市、区）为河北省双拥模范城（县）。\n\n"
                + "石家庄市（3个）：长安区、桥西区、新华区\n张家口市（2个）：桥东区、桥西区\n沧州市（1个）：新华区\n", "generated");
        assertEquals(List.of("石家庄市长安区", "石家庄市桥西区", "石家庄市新华区", "桥东区", "张家口市桥西区", "沧州市新华区"),
                a.roster().stream().map(r -> r.name()).toList());
    }

    @Test
    void aDistrictNamedLikeACommonWordIsThePlaceRightAfterItsCity() {
        Announcement a = TestDocuments.parse("阳泉市郊区获评山西省双拥模范城（县）\n\n近日，山西省命名新一届山西省双拥模范城（县），阳泉市郊区名列其中。"
                + "这是该区首次获得这一称号。两年来，郊区累计投入双拥资金3200万元。\n", "generated");
        assertEquals(List.of("阳泉市郊区"), a.awardees().stream().map(w -> w.name()).toList());
        assertEquals(List.of("3200万元"), a.awardees().get(0).metrics().stream().map(m -> m.text()).toList());
    }

    @Test
    void rowNumbersGluedToTheirNamesPartAListAsSeparatorsDo() {
        Announcement a = TestDocuments.parse("全国爱卫会关于命名国家卫生城市（区）的通报\n\n一、命名北京市门头沟区等8个城市（区）为国家卫生城市（区）\n\n"
                + "1北京市门头沟区　2北京市延庆区　3天津市河北区　4天津市宁河区\n5盘锦市　6葫芦岛市　7辽源市　8白城市\n"
                + "9陇南市　10哈密市\n\n二、以下城市通过复审\n", "generated");
        assertEquals(List.of("门头沟区", "延庆区", "河北区", "宁河区", "盘锦市", "葫芦岛市", "辽源市", "白城市", "陇南市", "哈密市"),
                a.roster().stream().map(r -> r.name()).toList());
    }

    @Test
    void aProvinceCellBeforeItsPlacesHeadsTheRowAndIsNoneOfThem() {
        Announcement a = TestDocuments.parse("第八批国家生态文明建设示范区名单\n\n（按省份排列）\n\n"
                + "山西省　　右玉县①　沁源县　陵川县\n辽宁省　　桓仁满族自治县　宽甸满族自治县①\n吉林省　　集安市　长白朝鲜族自治县①\n\n"
                + "注：标①者为复核通过继续保留称号的地区；其余均为首次命名。\n", "generated");
        assertEquals(List.of("右玉县", "沁源县", "陵川县", "桓仁满族自治县", "宽甸满族自治县", "集安市", "长白朝鲜族自治县"),
                a.roster().stream().map(r -> r.name()).toList());
        Announcement town = TestDocuments.parse("湖南省卫生乡镇名单\n\n序号\t市州\t县市区\t乡镇\n"
                + "1\t长沙市\t浏阳市\t大围山镇\n2\t郴州市\t宜章县\t梅田镇\n", "generated");
        assertTrue(town.roster().stream().noneMatch(r -> r.name().equals("宜章县")), "a county cell before the town honoured");
    }

    @Test
    void placesThatDidSomethingElseInASentenceWithoutANamingAreNoList() {
        Announcement a = TestDocuments.parse("固原市召开创建国家园林城市动员大会\n\n3月18日，固原市创建国家园林城市动员大会召开。\n"
                + "会上，原州区、西吉县、隆德县、泾源县、彭阳县和市直有关部门负责人递交了目标责任书。"
                + "泾源县作为2023年新获评的自治区园林县城，作了交流发言。\n"
                + "会议要求，彭阳县同步启动自治区园林县城创建。会上，原州区、西吉县、隆德县主要负责同志递交了责任书。\n", "generated");
        assertEquals(List.of(), a.roster());
        assertEquals(List.of(), a.awardees());
    }

    @Test
    void anHonourNamedOnlyInABookTitleDoesNotMakeTheSentenceAList() {
        Announcement a = TestDocuments.parse("毕节市召开创建全国文明城市动员大会\n\n3月13日，我市召开创建全国文明城市动员大会。"
                + "会议要求，七星关区、大方县、黔西市、金沙县要对照《全国文明城市测评体系》逐项销号，今年内完成120个老旧小区改造。\n",
                "generated");
        assertEquals(List.of(), a.roster());
        assertEquals(List.of(), a.awardees());
    }

    @Test
    void aProvincialHeadlineOverANationalTitleNamedInTheBodyAndASiteToolbarAboveIt() {
        Announcement a = TestDocuments.parse("新疆维吾尔自治区住房和城乡建设厅  简体版 | 繁体版 | 无障碍\n"
                + "关于命名2024年度自治区园林城市（县城）的通知\n\n决定命名哈密市等2个城市为自治区园林城市。名单如下：\n\n"
                + "一、自治区园林城市\n1.哈密市\n2.博乐市\n\n至此，全区自治区园林城市（县城）总数达到42个，其中国家园林城市9个。\n",
                "generated");
        assertEquals("关于命名2024年度自治区园林城市（县城）的通知", a.title());
        assertEquals(List.of("哈密市", "博乐市"), a.roster().stream().map(e -> e.name()).toList());
    }

    @Test
    void aMilitaryRegionsLineIsNoSection() {
        Announcement a = TestDocuments.parse("中共广西壮族自治区委员会\n广西壮族自治区人民政府\n广 西 军 区\n"
                + "关于命名自治区双拥模范城（县）的决定\n\n命名南宁市、柳州市为自治区双拥模范城（县）。\n", "generated");
        assertTrue(a.awardees().stream().noneMatch(w -> w.name().contains("军区")), a.awardees().toString());
        assertEquals(List.of("南宁市", "柳州市"), a.roster().stream().map(e -> e.name()).toList());
    }

    @Test
    void countsOfAProvincialHonourInItsOwnSections() {
        Announcement a = TestDocuments.parse("浙江4地获评省森林城市\n\n省政府日前发文，授予临海市、天台县“浙江省森林城市”称号。\n\n"
                + "【天台县】\n天台县首次获评省级森林城市。该县投入创森资金4.7亿元。\n\n【临海市】\n临海市第二次获此称号。临海完成新造林5.8万亩。\n",
                "generated");
        assertEquals(List.of(1, 2), a.awardees().stream().map(Awardee::timesHonored).toList());
    }

    @Test
    void aProfileBoxHeadedWithAWordIsNoSection() {
        Announcement a = TestDocuments.parse("义乌市实现全国文明城市“三连冠”\n\n日前，中央文明委公布名单，义乌市再次榜上有名。\n\n"
                + "【城 市 简 介】\n义乌市市域面积1105平方公里。\n", "generated");
        assertEquals(1, a.awardees().size(), a.awardees().toString());
        var w = a.awardees().get(0);
        assertEquals("义乌市", w.name());
        assertEquals(List.of("1105平方公里"), figures(w));
    }

    @Test
    void aPageNumberBetweenTwoHalvesOfASentenceIsLeftOut() {
        Announcement a = TestDocuments.parse("热烈祝贺长汀县荣获国家生态文明建设示范县命名\n\n长汀县\n"
                + "长汀县设立生态补偿专项资金，累计投入\n2\n3.6亿元，对每个生态示范村奖补12万元。\n", "generated");
        assertEquals(List.of("3.6亿元", "12万元"), figures(a.awardees().get(0)));
    }

    @Test
    void aNumberAloneOnItsLineWithItsUnitOpeningTheNextIsOneFigureNotAPageNumber() {
        Announcement a = TestDocuments.parse("一组数据看鹰潭创森成效\n\n日前，鹰潭市获授“国家森林城市”称号，这是我市首次获此殊荣。\n\n"
                + "【一组数据看创森】\n\n2.1万\n亩\n新建和改造提升森林\n\n58\n个\n口袋公园\n\n14.6\n平方米\n人均公园绿地面积\n\n"
                + "全市累计投入\n2\n3.6亿元。\n", "generated");
        assertEquals(List.of("2.1万\n亩", "58\n个", "14.6\n平方米", "3.6亿元"), figures(a.awardees().get(0)));
    }

    @Test
    void aSectionsTargetIsNoCountOfItsPlace() {
        Announcement a = TestDocuments.parse("黑龙江3地获评省双拥模范城\n\n近日，虎林市、抚远市榜上有名。其中，虎林市连续第四次获此殊荣，"
                + "抚远市首次获此殊荣。\n一、虎林市。虎林市投入资金2亿元。\n二、抚远市。抚远市扶持退役军人创办企业67家。"
                + "抚远市表示，下一步将力争实现“二连冠”。\n", "generated");
        assertEquals(List.of("虎林市4", "抚远市1"), a.awardees().stream().map(w -> w.name() + w.timesHonored()).toList());
    }

    @Test
    void prefecturesBeforeACountOfCountiesHoldThemAndAreNotListed() {
        Announcement a = TestDocuments.parse("我区新一届双拥模范城（县）命名表彰情况通报\n\n经考评，命名23个旗县（市、区）为内蒙古自治区双拥模范城（县）。"
                + "现将呼伦贝尔市、兴安盟5个受命名旗县市的有关情况摘编如下。\n扎兰屯市：建成军人子女教育优待学校12所。\n"
                + "阿尔山市：累计接待1.3万余人次。\n", "generated");
        assertEquals(List.of(), a.roster().stream().map(e -> e.name()).toList());
        assertEquals(List.of("扎兰屯市", "阿尔山市"), a.awardees().stream().map(Awardee::name).toList());
    }

    @Test
    void smallCountsInATableOneCellALineAreItsCellsNotPageNumbers() {
        Announcement a = TestDocuments.parse("留坝县、佛坪县获命名国家卫生县城\n\n日前，我市留坝县、佛坪县同时上榜，分别是第二次和首次获此称号。"
                + "两县创卫主要指标如下：\n指标\n留坝县\n佛坪县\n建成区绿化覆盖率（%）\n45.2\n47.8\n标准化农贸市场（个）\n4\n3\n"
                + "留坝县创卫期间改造县城背街小巷37条。\n", "generated");
        assertEquals(List.of("留坝县[45.2, 4, 37条]", "佛坪县[47.8, 3]"), a.awardees().stream().map(w -> w.name() + figures(w)).toList());
    }

    @Test
    void aNumberedTableOneCellALineIsReadRowByRowAndEndsAtItsLastRow() {
        Announcement a = TestDocuments.parse("张掖市被授予“国家森林城市”称号\n\n日前，张掖市被授予“国家森林城市”称号。主要指标完成情况如下：\n"
                + "序号\n指标\n目标值\n完成值\n1\n森林覆盖率\n≥15%\n17.3%\n2\n古树名木保护率\n100%\n100%\n"
                + "验收组认为，张掖市各项指标均达到评价要求。创建期间全市共投入资金约21.7亿元。\n", "generated");
        assertEquals(List.of("张掖市[17.3%, 100%, 21.7亿元]"), a.awardees().stream().map(w -> w.name() + figures(w)).toList());
        assertEquals(List.of("森林覆盖率", "古树名木保护率"), a.awardees().get(0).metrics().subList(0, 2).stream()
                .map(Metric::label).toList());
    }

    @Test
    void aRowsLabelWrappedOntoTwoLinesInATableOneCellALineIsOneCell() {
        Announcement a = TestDocuments.parse("留坝县、佛坪县获命名国家卫生县城\n\n日前，我市留坝县、佛坪县同时上榜，分别是第二次和首次获此称号。\n"
                + "指标\n留坝县\n佛坪县\n建成区绿化覆盖率（%）\n45.2\n47.8\n生活垃圾无害化\n处理率（%）\n99.6\n98.7\n"
                + "创卫投入（万元）\n8600\n6300\n", "generated");
        assertEquals(List.of("留坝县[45.2, 99.6, 8600]", "佛坪县[47.8, 98.7, 6300]"),
                a.awardees().stream().map(w -> w.name() + figures(w)).toList());
        assertEquals("%", a.awardees().get(0).metrics().get(1).unit());
    }

    @Test
    void aPlacesColumnBesideTheStandardAndAnAverageReadsTheLabelsUnits() {
        Announcement a = TestDocuments.parse("崇州市获评国家园林城市\n\n日前，崇州市成功获评国家园林城市，这是该市首次获得这一称号。\n"
                + "指标\t国家标准\t崇州市\t成都市平均\n建成区绿化覆盖率（%）\t≥40\t43.2\t42.5\n"
                + "人均公园绿地面积（平方米）\t≥12\t14.7\t13.9\n此外，崇州市投入9.8亿元实施西河生态修复工程。\n", "generated");
        assertEquals(List.of("崇州市[43.2, 14.7, 9.8亿元]"), a.awardees().stream().map(w -> w.name() + figures(w)).toList());
        assertEquals(List.of("%", "平方米", "元"), a.awardees().get(0).metrics().stream().map(m -> m.unit()).toList());
    }

    @Test
    void theRowsOfATableAreNeverJoinedAsHalvesOfASentence() {
        // 42.5 ending a row and 人均… opening the next would read as 42.5人 if the rows were one paragraph
        Announcement a = TestDocuments.parse("崇州市获评国家园林城市\n\n日前，崇州市成功获评国家园林城市，这是该市首次获得这一称号。\n"
                + "项目\t崇州市\t都江堰市\n建成区绿化覆盖率\t43.2%\t42.5\n人均公园绿地面积\t14.7平方米\t13.9\n", "generated");
        assertTrue(a.awardees().get(0).metrics().stream().noneMatch(m -> "人".equals(m.unit())), a.awardees().toString());
    }

    @Test
    void aStatusColumnBesideTargetsAndAUnitColumnHoldsThePlacesFigures() {
        Announcement a = TestDocuments.parse("湄潭县获评贵州省生态文明建设示范县\n\n日前，湄潭县被命名为“贵州省生态文明建设示范县”，"
                + "这是该县首次获此殊荣。部分建设指标完成情况如下：\n指标名称        单位      目标值      现状值\n"
                + "森林覆盖率      %         ≥60         68.4\n绿色防控茶园面积    万亩      ≥40         45.6\n", "generated");
        assertEquals(List.of("湄潭县[68.4, 45.6]"), a.awardees().stream().map(w -> w.name() + figures(w)).toList());
    }

    @Test
    void aDataBoxLabelledWithItsPlaceHoldsThatPlacesFigures() {
        Announcement a = TestDocuments.parse("甘肃两市获评国家园林城市\n\n日前，张掖市、嘉峪关市榜上有名，分别为首次和第二次获此称号。\n\n"
                + "【数读张掖】\n42.3%\n建成区绿地率\n15.8\n平方米\n人均公园绿地面积\n\n张掖市新建改建城市公园21个。\n\n"
                + "【数读嘉峪关】\n44.1%\n建成区绿化覆盖率\n1.9万\n株\n新植行道树\n\n嘉峪关市建成口袋公园35处。\n", "generated");
        assertEquals(List.of("张掖市[42.3%, 15.8\n平方米, 21个]", "嘉峪关市[44.1%, 1.9万\n株, 35处]"),
                a.awardees().stream().map(w -> w.name() + figures(w)).toList());
    }

    @Test
    void aParagraphInAnotherScriptEndingInAFullStopIsJoinedToNoneAfterIt() {
        Announcement a = TestDocuments.parse("延吉市通过国家卫生城市复审 珲春市首次获命名\n\n近日，我州延吉市通过复审，继续保留国家卫生城市称号；"
                + "珲春市首次被命名为国家卫生城市。\n우리 주 연길시는 재심사를 통과했고 훈춘시는 처음으로 명명되었다.\n"
                + "延吉市自2005年首获该称号以来，持续巩固创卫成果。复审周期内，该市改造老旧小区127个。\n"
                + "珲春市则完成农贸市场标准化改造14个。\n", "generated");
        assertEquals(List.of("延吉市[127个]", "珲春市[14个]"), a.awardees().stream().map(w -> w.name() + figures(w)).toList());
    }

    @Test
    void sentencesAboutTheProvinceGiveNoFiguresToTheAwardee() {
        Announcement a = TestDocuments.parse("我省3县获命名国家生态文明建设示范县\n\n"
                + "【雷山县】雷山县创建省级生态乡镇8个。全县森林覆盖率达73.6%。\n\n"
                + "据了解，截至目前，贵州省共有国家生态文明建设示范区（县）25个。全省森林覆盖率达63%。"
                + "该县还在全国率先推出生态积分，惠及1.2万户。\n", "generated");
        assertEquals(List.of("8个", "73.6%", "1.2万户"), figures(a.awardees().get(0)));
        // the parts of a sentence joined by ； are judged one by one: after it the county speaks of itself again
        Announcement b = TestDocuments.parse("涉县再度蝉联“河北省文明县城”称号\n\n近日，涉县再度蝉联“河北省文明县城”称号。全县累计投入创建资金6.3亿元。"
                + "全省共有29个县获评河北省文明县城，其中邯郸市6个；在测评中，我县群众满意度达97.2%。\n", "generated");
        assertEquals(List.of("6.3亿元", "97.2%"), figures(b.awardees().get(0)));
    }

    @Test
    void countsOfHonouredPlacesAreTheRoundsNotTheAwardees() {
        Announcement a = TestDocuments.parse("兴义市成功创建国家卫生城市\n\n"
                + "近日，兴义市被命名为国家卫生城市。此次全国共有41个城市（区）被命名为国家卫生城市，贵州省有3个城市入选。"
                + "至此，全省国家卫生城市总数达到12个。兴义市建成34个城市公园，下辖8个县区开展创卫，新建农贸市场27个。\n",
                "generated");
        assertEquals(List.of("34个", "8个", "27个"), figures(a.awardees().get(0)));
        Announcement corps = TestDocuments.parse("图木舒克市被命名为全国双拥模范城\n\n"
                + "近日，第三师图木舒克市被命名为全国双拥模范城。本届兵团共有3个师市获命名。全市建成退役军人服务站46个。\n",
                "generated");
        assertEquals(List.of("46个"), figures(corps.awardees().get(0)), "师市: the corps' division-cities");
    }

    @Test
    void theSizeOfARoundAVideosRunningTimeATitlesValidityAndHowLongItIsHeldAreNoFigures() {
        Announcement a = TestDocuments.parse("武夷山市入选国家全域旅游示范区\n\n文化和旅游部日前公布首批71个国家全域旅游示范区名单，武夷山市名列其中。"
                + "武夷山市去年接待游客1620万人次。称号有效期为5年。该市已蝉(chán)联两届。\n\n【视频】武夷山获评国家全域旅游示范区（片长1分42秒）\n",
                "generated");
        assertEquals(List.of("1620万人次"), figures(a.awardees().get(0)));
    }

    @Test
    void aMultipleOfAnotherPlacesSizeIsNoFigureButAMultipleOfAnEarlierYearIs() {
        Announcement a = TestDocuments.parse("泾源县获评国家生态文明建设示范区\n\n泾源县日前被命名为国家生态文明建设示范区。"
                + "泾源县总面积1131平方公里，面积约为台北市的4倍，常住人口约是银川市人口的两倍。"
                + "去年该县接待游客185万人次，是2019年的1.5倍。\n", "generated");
        assertEquals(List.of("1131平方公里", "185万人次", "1.5倍"), figures(a.awardees().get(0)));
    }

    @Test
    void aVideoScriptsRunningTimeFieldIsNoFigure() {
        Announcement a = TestDocuments.parse("新县新闻联播\n播出日期：2024年12月18日\n栏目：本地要闻    时长：2分40秒\n\n"
                + "【标题】我县获评省级卫生县城\n\n新县日前被命名为河南省卫生县城。新县累计投入资金3.2亿元。\n", "generated");
        assertEquals(List.of("3.2亿元"), figures(a.awardees().get(0)));
    }

    @Test
    void theSizeOfThePagesOwnListOfNewsIsNoFigureButPracticalThingsDoneAre() {
        Announcement a = TestDocuments.parse("2024年霍山县十件大事揭晓\n\n经县委常委会研究，2024年霍山县十件大事正式揭晓。"
                + "霍山县成功创建国家卫生县城，全年为民办实事12件，新建公厕40座。\n", "generated");
        assertEquals(List.of("12件", "40座"), figures(a.awardees().get(0)));
    }

    @Test
    void theCountOfTheFiguresARespectivelyPairsIsNoFigure() {
        Announcement a = TestDocuments.parse("景宁县获评国家森林城市\n\n日前，景宁县被命名为国家森林城市。"
                + "看城区绿化：景宁县两项指标分别为42.1%和16.3平方米，新建口袋公园三个。\n", "generated");
        assertEquals(List.of("42.1%", "16.3平方米", "三个"), figures(a.awardees().get(0)));
    }

    @Test
    void aThresholdIsNoFigure() {
        Announcement a = TestDocuments.parse("北海市通过国家卫生城市复审\n\n日前，北海市通过国家卫生城市复审。主要指标完成情况如下：\n\n"
                + "指标\t标准值\t完成值\n城市生活污水集中处理率\t≥95%\t97.3%\n人均公园绿地面积\t≥12平方米\t14.2平方米\n", "generated");
        assertEquals(List.of("97.3%", "14.2平方米"), figures(a.awardees().get(0)));
    }

    @Test
    void aClauseOfThisRoundClosedByACountGivesTheSectionsCount() {
        Announcement a = TestDocuments.parse("关于拟命名江西省双拥模范城（县）的公示\n\n拟命名对象：瑞金市、井冈山市\n\n一、瑞金市\n\n"
                + "瑞金市此前已两次获得该称号，此次为第三次。该市投入4800万元建设营区配套设施。\n\n二、井冈山市\n\n"
                + "井冈山市首次获得该称号。该市帮助随军家属就业136人。\n", "generated");
        assertEquals(List.of("瑞金市×3", "井冈山市×1"), a.awardees().stream().map(w -> w.name() + "×" + w.timesHonored()).toList());
    }

    @Test
    void aTableOfAPlacesIndicatorsReadsItsAchievedColumnNotItsStandards() {
        Announcement a = TestDocuments.parse("景东彝族自治县获评全国民族团结进步示范县\n\n日前，景东彝族自治县被命名为全国民族团结进步示范县。自评情况如下：\n\n"
                + "序号\t考核内容\t分值\t评分标准\t得分\n1\t组织领导\t15\t专题研究不少于2次\t14\n2\t宣传教育\t20\t七进全覆盖\t18.5\n"
                + "合计\t\t35\t\t32.5\n\n主要指标：\n\n指标\t标准值\t完成值\n城市生活垃圾无害化处理率\t100%\t100%\n人均公园绿地面积\t12平方米\t14.2平方米\n",
                "generated");
        assertEquals(List.of("14", "18.5", "100%", "14.2平方米"), figures(a.awardees().get(0)));
        assertEquals(List.of("分", "分", "%", "平方米"), a.awardees().get(0).metrics().stream().map(Metric::unit).toList());
    }

    @Test
    void aTableWithoutAUnitColumnReadsTheUnitEachLabelGivesInBrackets() {
        Announcement a = TestDocuments.parse("松阳县获评国家生态文明建设示范县\n\n日前，松阳县被命名为国家生态文明建设示范县。主要指标如下：\n\n"
                + "指标\t2020年\t2023年\n地区生产总值（亿元）\t186.4\t232.7\n森林蓄积量（万立方米）\t812\t946\n"
                + "污水治理率（%）\t约90\t96.5\n\n指标\t数值\n城市绿化覆盖率\t43.2%\n新增绿地\t约8.6万平方米\n", "generated");
        Awardee w = a.awardees().get(0);
        assertEquals(List.of("232.7", "946", "96.5", "43.2%", "8.6万平方米"), figures(w));
        assertEquals(0, new java.math.BigDecimal("23270000000").compareTo(w.metrics().get(0).value()));
        assertEquals(List.of("元", "立方米", "%"), w.metrics().stream().limit(3).map(Metric::unit).toList());
        assertEquals("地区生产总值", w.metrics().get(0).label());
    }

    @Test
    void aZoneNamedAfterACityWithANameOfItsOwnIsNoMentionOfTheCity() {
        Announcement a = TestDocuments.parse("大连金普新区获评全国双拥模范城（县）\n\n日前，大连金普新区（金州区）被命名为全国双拥模范城（县）。"
                + "近年来，新区累计投入双拥资金2.6亿元。\n", "generated");
        assertEquals(List.of("金州区"), a.awardees().stream().map(Awardee::name).toList());
        assertEquals(List.of("2.6亿元"), figures(a.awardees().get(0)));
        Announcement city = TestDocuments.parse("大连市获评全国双拥模范城\n\n日前，大连将建设新区的规划公布。大连市被命名为全国双拥模范城。\n",
                "generated");
        assertEquals(List.of("大连市"), city.awardees().stream().map(Awardee::name).toList());
    }

    @Test
    void aForestryDistrictIsWhatTheDistrictPointersOfItsPagePointAt() {
        Announcement a = TestDocuments.parse("神农架林区成功创建国家生态文明建设示范区\n\n日前，神农架林区榜上有名，这是首次获得该称号。\n\n"
                + "全区面积3253平方公里。近年来，该区累计争取生态补偿资金3.2亿元。\n", "generated");
        assertEquals(List.of("3253平方公里", "3.2亿元"), figures(a.awardees().get(0)));
    }

    @Test
    void aProvinceBeforeTheListOfARespectivelyIsItsScopeNotAPlaceOfThePairs() {
        Announcement a = TestDocuments.parse("兵团两师市获评全国双拥模范城\n\n新疆生产建设兵团第八师石河子市、第六师五家渠市日前分别第四次和首次"
                + "获评全国双拥模范城。\n", "generated");
        assertEquals(List.of("石河子市4", "五家渠市1"), a.awardees().stream().map(w -> w.name() + w.timesHonored())
                .sorted(java.util.Comparator.reverseOrder()).toList());
    }

    @Test
    void theFirstRoundsOfAnHonourAreNoFigure() {
        Announcement a = TestDocuments.parse("望城区被命名为湖南省双拥模范城（县）。这是该区连续第五次获此殊荣，其中前三次以原望城县名义获评。"
                + "该区投入双拥经费1.86亿元。\n", "generated");
        assertEquals(List.of("1.86亿元"), figures(a.awardees().get(0)));
    }

    @Test
    void aZoneTheGazetteerLacksListedWithItsCountIsAnAwardeeWithADiagnostic() {
        Announcement a = TestDocuments.parse("关于命名第九届贵州省双拥模范城（县）的决定\n\n一、贵州省双拥模范城（县）（3个）\n"
                + "贵阳市：观山湖区（首次）、清镇市（连续第三次）\n贵安新区（首次）\n", "generated");
        assertEquals(List.of("观山湖区", "清镇市", "贵安新区"), a.roster().stream().map(e -> e.name()).toList());
        Awardee zone = a.awardees().stream().filter(w -> w.name().equals("贵安新区")).findFirst().orElseThrow();
        assertEquals(1, zone.timesHonored());
        assertEquals(null, zone.regionCode());
        assertTrue(zone.issues().stream().anyMatch(d -> d.kind() == DiagnosticKind.UNKNOWN_REGION), zone.issues().toString());
    }

    @Test
    void aTableOfPlacesWithAFigureColumnEachAndAParagraphPerPlaceGivesBoth() {
        Announcement a = TestDocuments.parse("我省2市获评湖北省森林城市\n\n近日，省林业局授予十堰市、鄂州市“湖北省森林城市”称号，2市均为首次获评。"
                + "主要指标如下：\n\n序号\t城市\t森林覆盖率（%）\t人均公园绿地面积（平方米）\n1\t十堰市\t67.8\t14.6\n2\t鄂州市\t38.6\t15.2\n\n"
                + "十堰市创建期间完成营造林86万亩，森林覆盖率达67.8%。\n\n鄂州市建成生态绿道132公里。\n", "generated");
        assertEquals(List.of("十堰市", "鄂州市"), a.awardees().stream().map(Awardee::name).toList());
        assertEquals(List.of("67.8", "14.6", "86万亩"), figures(a.awardees().get(0)), "67.8% said again is one figure");
        assertEquals(List.of("38.6", "15.2", "132公里"), figures(a.awardees().get(1)));
    }

    @Test
    void aPlaceTheSectionComparesItsAwardeeWithDoesNotTakeTheSentence() {
        Announcement a = TestDocuments.parse("浙江两地获评国家生态文明建设示范区\n\n德清县、长兴县均为首次入选。\n\n【德清县】\n德清县建成监测点位1280个。\n\n"
                + "【长兴县】\n与毗邻的安吉县不同，长兴县工业比重较高，该县累计盘活低效用地1.2万亩。安吉县以竹产业为主，年产值达到120亿元。\n",
                "generated");
        assertEquals(List.of("1.2万亩"), figures(a.awardees().get(1)));
    }

    @Test
    void aPartOfASentenceAfterASemicolonOpenedByAnotherPlaceIsThatPlaces() {
        Announcement a = TestDocuments.parse("广西两市获评全国双拥模范城\n\n柳州市、北海市榜上有名。\n\n【柳州市】\n柳州市投入双拥经费2.3亿元。\n\n"
                + "【北海市】\n北海市与玉林市建立双拥协作机制，两市共同开展护航行动；玉林市同期投入1.1亿元用于边海防基础设施。"
                + "北海市全年为驻地官兵办实事120件。\n", "generated");
        assertEquals(List.of("120件"), figures(a.awardees().get(1)));
    }

    @Test
    void aVerbsHonourIsNotLookedForInAClauseWithASubjectOfItsOwn() {
        Announcement a = TestDocuments.parse("国家卫生城市名单公布\n\n日前，安顺市跻身全国百强县市，凯里市则获评国家卫生城市。\n", "generated");
        assertEquals(List.of("凯里市"), a.awardees().stream().map(Awardee::name).toList());
        Announcement two = TestDocuments.parse("甘肃省双拥模范城（县）命名\n\n其中，兰州市、酒泉市实现“六连冠”，嘉峪关市、张掖市连续第五次获此殊荣。\n",
                "generated");
        assertEquals(List.of("兰州市6", "酒泉市6", "嘉峪关市5", "张掖市5"), two.awardees().stream()
                .map(w -> w.name() + w.timesHonored()).toList());
    }

    @Test
    void aFirstTimeSaidOfAnotherPlaceIsNotTheOneAwardeesCount() {
        Announcement a = TestDocuments.parse("国家卫生城市名单公布\n\n兴义市首次跻身全国百强县市行列。凯里市通过国家卫生城市复审，继续保留称号。\n",
                "generated");
        assertEquals(List.of("凯里市null"), a.awardees().stream().map(w -> w.name() + w.timesHonored()).toList());
    }

    @Test
    void aWiderScopeInTheNextSentenceLeavesTheSentenceBeforeItTheAwardees() {
        Announcement a = TestDocuments.parse("潍坊市通过全国文明城市复查\n\n潍坊市通过全国文明城市复查，继续保留称号。该市投入3亿元。据悉，全省共有12个城市接受测评。\n",
                "generated");
        assertEquals(List.of("3亿元"), figures(a.awardees().get(0)));
        Announcement round = TestDocuments.parse("南京市获评全国双拥模范城\n\n南京市被命名为全国双拥模范城。该市投入3亿元。"
                + "本轮江苏省共有11个设区市被命名。本轮复查中全省共有12个城市接受测评。\n", "generated");
        assertEquals(List.of("3亿元"), figures(round.awardees().get(0)));
    }

    @Test
    void aNoticesPeriodIsNoDeed() {
        Announcement a = TestDocuments.parse("四川省双拥模范城（县）拟命名名单公示\n\n拟命名南充市为四川省双拥模范城。南充市投入资金2.1亿元，开展活动30天。"
                + "公示期为2025年11月3日至11月9日（共７天）。\n", "generated");
        assertEquals(List.of("2.1亿元", "30天"), figures(a.awardees().get(0)), "no-figure-leads.txt tagged clause");
    }

    @Test
    void thePageCountingWhatItListsIsNoDeed() {
        Announcement a = TestDocuments.parse("阿拉善盟获评全国民族团结进步示范区\n\n近日，阿拉善盟被命名为全国民族团结进步示范区。全盟投入3亿元，"
                + "规模以上工业企业12家。\n（以上7个示范区按省区排列）\n（本页共列示范单位12个，完整名单以国家民委公布为准）\n", "generated");
        assertEquals(List.of("3亿元", "12家"), figures(a.awardees().get(0)), "no-figure-leads.txt tagged opens and clause");
    }

    @Test
    void aCountOfPlacesTakingPartInTheRoundIsNoDeed() {
        Announcement a = TestDocuments.parse("長汀縣通過國家衛生縣城複審\n\n長汀縣順利通過複審，再次確認爲國家衛生縣城。本輪龍巖市共有3個縣（市、區）參加複審。"
                + "長汀縣投入資金2.1億元。自治区今年将再推荐4个县（市、区）参评。\n", "generated");
        assertEquals(List.of("2.1億元"), figures(a.awardees().get(0)), "place-counts.txt tagged round");
    }

    @Test
    void aLaterClauseOpeningWithTheProvinceIsTheProvinces() {
        Announcement a = TestDocuments.parse("仙居新闻\n仙居：守好绿水青山\n“仙居县被命名为国家生态文明建设示范县。”县委书记说。\n"
                + "仙居县森林覆盖率达79.6%。\n台州市目前已有5个县（市、区）获此称号，浙江省累计达52个。\n", "generated");
        assertEquals(List.of("79.6%"), figures(a.awardees().get(0)));
        Announcement story = TestDocuments.parse("仙居县获评国家生态文明建设示范县\n\n仙居县被命名为国家生态文明建设示范县。"
                + "全县投入12.4亿元，全省累计投入300亿元，我县占4%。\n", "generated");
        assertEquals(List.of("12.4亿元", "4%"), figures(story.awardees().get(0)), "the province's clause only");
    }

    @Test
    void theYearsATitleHasBeenKeptAreNoFigure() {
        Announcement a = TestDocuments.parse("江阴市顺利通过国家卫生城市复审\n\n江阴市顺利通过复审，继续保留国家卫生城市称号。"
                + "江阴市2008年首次获评国家卫生城市，此后连续17年保持这一称号。该市投入资金5.6亿元，连续5年保持空气优良率90%以上。\n",
                "generated");
        assertEquals(List.of("5.6亿元", "90%"), figures(a.awardees().get(0)), "连续5年保持 is how long a state held (state-words.txt)");
    }

    @Test
    void aCountOfPlaquesIsNoFigure() {
        Announcement a = TestDocuments.parse("靖江市获评国家园林城市\n\n靖江市成功入选国家园林城市名单。至此，我市已集齐三块国字号招牌，"
                + "再添两块“国卫”招牌指日可待。我市建成口袋公园两块、绿道12公里。\n", "generated");
        assertEquals(List.of("两块", "12公里"), figures(a.awardees().get(0)));
    }

    @Test
    void aQuotedShortFormOfAnHonourStandsForItOnlyOnAPageOfItsFamily() {
        Announcement a = TestDocuments.parse("国家卫生城市名单公布\n\n在国家卫生城市名单中，兴义市首次跻身“国卫”行列，凯里市则顺利通过复审。\n",
                "generated");
        assertEquals(List.of("兴义市1", "凯里市null"), a.awardees().stream().map(w -> w.name() + w.timesHonored()).toList());
        Announcement forest = TestDocuments.parse("国家森林城市名单公布\n\n在国家森林城市名单中，安顺市首次跻身“国卫”行列，凯里市则获评国家森林城市。\n",
                "generated");
        assertEquals(List.of("凯里市"), forest.awardees().stream().map(Awardee::name).toList());
    }

    @Test
    void hoursOfServiceAreAFigureAndAVideosRunningTimeIsNone() {
        Announcement a = TestDocuments.parse("浏阳市获评全国文明城市\n\n浏阳市获评全国文明城市。该市志愿者累计服务时长320万小时。\n"
                + "时长：2分40秒\n", "generated");
        assertEquals(List.of("320万小时"), figures(a.awardees().get(0)));
    }

    @Test
    void aPageOfAPlaceRenamedSinceSaysItsPointersAtTheLevelOfItsFormerName() {
        Announcement a = TestDocuments.parse("宁乡县成功创建国家卫生县城\n\n宁乡县被正式命名为国家卫生县城，这是该县首次获此殊荣。该县投入9.8亿元。\n\n"
                + "创卫期间，全县累计组织志愿者5.6万人次开展环境整治。\n", "generated");
        assertEquals(List.of("9.8亿元", "5.6万人次"), figures(a.awardees().get(0)));
    }

    @Test
    void anotherTitleEndingInTheHonoursNounIsAnotherHonour() {
        Announcement a = TestDocuments.parse("烟台市荣获首批全国文明城市称号\n\n会上，烟台市被中央文明委授予首批“全国文明城市”称号。"
                + "同时受到表彰的还有一批“全国文明城市工作先进城市”，我省潍坊市、威海市名列其中。\n", "generated");
        assertEquals(List.of("烟台市"), a.awardees().stream().map(Awardee::name).toList());
    }

    @Test
    void aShortNameBeforeAHeadingWordHeadsItsSection() {
        Announcement a = TestDocuments.parse("福建漳州、莆田双双获评全国双拥模范城\n\n福建省漳州市、莆田市双双入选。\n\n▶漳州亮点\n"
                + "·累计发放优抚金12.4亿元\n·建成退役军人服务站1788个\n\n▶莆田亮点\n·设立双拥共建项目156个\n", "generated");
        assertEquals(List.of("12.4亿元", "1788个"), figures(a.awardees().get(0)));
        assertEquals(List.of("156个"), figures(a.awardees().get(1)));
    }

    @Test
    void aPlaceAfterAYearOpeningItsClauseIsWhatTheClauseIsAbout() {
        Announcement a = TestDocuments.parse("阳朔县获评国家全域旅游示范区\n\n阳朔县被认定为国家全域旅游示范区。该县投入5亿元。\n\n"
                + "据悉，2025年桂林市共接待游客1.3亿人次。\n", "generated");
        assertEquals(List.of("5亿元"), figures(a.awardees().get(0)));
    }

    @Test
    void aBaselinesValueInBracketsAfterItWithAQualifierIsNoFigure() {
        Announcement a = TestDocuments.parse("黄冈市获评国家森林城市\n\n黄冈市被授予国家森林城市称号。全市森林覆盖率达到47.6%，高于全省平均水平（约42%）。\n",
                "generated");
        assertEquals(List.of("47.6%"), figures(a.awardees().get(0)));
    }

    @Test
    void aPointerThatCannotStandForTheProvinceNamedBeforeItIsTheAwardees() {
        Announcement a = TestDocuments.parse("江门市获评国家森林城市\n\n广东省江门市日前获授予“国家森林城市”称号，是该市首次获此称号。"
                + "今年全国共有26个城市获授牌，广东占其中3席。该市森林覆盖率达46.2%。同处珠三角的肇庆县去年已获此称号。该县森林覆盖率达70%。\n",
                "generated");
        assertEquals(List.of("46.2%"), figures(a.awardees().get(0)));
    }

    @Test
    void aRankATargetAndAnAverageBeforeItAreNoFigures() {
        Announcement a = TestDocuments.parse("许昌市通过全国文明城市复查\n\n许昌市通过全国文明城市复查，继续保留称号。全市新登记市场主体2.36万户。"
                + "禹州市、长葛市分列全市前两位。下半年，我市将紧盯全年增长6.5%的目标。全市每千人口床位数提高到7.9张，高于全省平均的7.1张。\n",
                "generated");
        assertEquals(List.of("2.36万户", "7.9张"), figures(a.awardees().get(0)));
    }

    @Test
    void aTwoCharNameRightAfterTheNamingVerbIsListed() {
        Announcement a = TestDocuments.parse("关于湖南省森林城市拟命名名单的公示\n\n经专家评审，拟命名攸县、宁乡市为湖南省森林城市。现予以公示。\n",
                "generated");
        assertEquals(List.of("攸县", "宁乡市"), a.roster().stream().map(e -> e.name()).toList());
        assertTrue(a.roster().stream().allMatch(e -> e.regionCode() != null), a.roster().toString());
    }

    @Test
    void aYearsValueInABracketAfterAFigureIsTheYearComparedWith() {
        Announcement a = TestDocuments.parse("莒县获评国家卫生县城\n\n日前，莒县被命名为国家卫生县城。全年投入创卫资金3.6亿元，"
                + "比上年增长71.4%（2024年为2.1亿元）；城市公园186个（2020年底为97个）。\n", "generated");
        assertEquals(List.of("3.6亿元", "71.4%", "186个"), figures(a.awardees().get(0)));
    }

    @Test
    void theHonoursBatchesAndTheCountOfPlacesCommendedAreNoFigures() {
        Announcement a = TestDocuments.parse("利通区获评自治区双拥模范城（县）\n\n日前，吴忠市利通区被命名为“自治区双拥模范城（县）”。"
                + "全区共有12个县（市、区）受到表彰。\n\n利通区森林覆盖率达82.8%。\n\n截至目前，自治区已命名双拥模范城（县）共8批。\n",
                "generated");
        assertEquals(List.of("82.8%"), figures(a.awardees().get(0)));
    }

    @Test
    void countsOfTheAwardeesOwnTownsAndVillagesAreDeedsUnlessTheRoundNamedThem() {
        Announcement a = TestDocuments.parse("沂水县获评全国双拥模范县\n\n日前，沂水县被命名为全国双拥模范县。全县19个乡镇（街道）、"
                + "1010个村（社区）的退役军人服务站全部实现标准化建设。全县累计创建省级卫生乡镇11个。本次全省共命名省级卫生乡镇31个，"
                + "另有8个县实现“三连冠”。\n", "generated");
        assertEquals(List.of("19个", "1010个", "11个"), figures(only(a)));
    }

    @Test
    void aSecondPhaseAFuturePeriodAndAVideosPlayCountAreNoFigures() {
        Announcement a = TestDocuments.parse("芦溪县获评国家卫生县城\n\n日前，芦溪县被命名为国家卫生县城。县城生活污水处理厂二期投运，"
                + "日处理能力达3万吨；全县举办两期培训班。今后3年我县将巩固成果。\n\n▶ 12.6万次播放   ❤ 8321\n", "generated");
        assertEquals(List.of("3万吨", "两期"), figures(only(a)));
    }

    @Test
    void anHonourDescribingThePlacesThatHoldItNamesNoOneAndTheirNumberIsNoFigure() {
        Announcement a = TestDocuments.parse("宜春三地获评江西省双拥模范城（县）\n\n袁州区此次是第三次获评，全区累计发放优抚金4200万元。"
                + "樟树市首次获评，也是新余市今年唯一获此殊荣的县。我市两地获评后，宜春获评江西省双拥模范城（县）的县（市、区）累计达到6个。\n",
                "generated");
        assertEquals(List.of("袁州区3[4200万元]", "樟树市1[]"),
                a.awardees().stream().map(w -> w.name() + w.timesHonored() + figures(w)).toList());
    }

    @Test
    void aCountRestatingTheListBeforeItAndTheNumberOfHoldersReachedAreNoFigures() {
        Announcement a = TestDocuments.parse("东台市保留全国文明城市称号\n\n日前，东台市通过复查，继续保留全国文明城市称号。复查测评中，"
                + "我市实地考察、问卷调查、网上申报三项综合得分91.8分，新建、改扩建学校两所。加上2022年获得命名的建湖县，"
                + "我市双拥模范城（县）已达4个。\n", "generated");
        assertEquals(List.of("91.8分", "两所"), figures(only(a)));
    }

    @Test
    void aCountRestatingAListWhoseLastItemIsJoinedByHeAndATestsWeightAreNoFigures() {
        Announcement a = TestDocuments.parse("晋城市获评全国文明城市\n\n日前，晋城市首次获评全国文明城市。在本届测评中，晋城市实地考察、"
                + "问卷调查和材料审核三项合计得分91.6分。其中问卷调查权重30%，全市群众满意度达96.2%。\n", "generated");
        assertEquals(List.of("91.6分", "96.2%"), figures(only(a)));
    }

    @Test
    void aCountSaidWithAVerbOfKeepingInARowIsAStreak() {
        Announcement a = TestDocuments.parse("临汾市蝉联全国文明城市\n\n日前，临汾市蝉联全国文明城市称号，这是该市第二次获得此项荣誉。"
                + "全市投入资金2亿元。\n", "generated");
        assertEquals(2, only(a).timesHonored());
        assertEquals(dev.laurel.model.TimesKind.CONSECUTIVE, only(a).timesKind());
    }

    @Test
    void aSearchResultsDatelineIsNoEarlierRoundAndItsCountIsNoFigure() {
        Announcement a = TestDocuments.parse("定西 国家卫生城市\n找到约1,260,000条结果\n定西市成功创建国家卫生城市 - 定西日报\n"
                + "2026年2月13日 — 定西市首次被命名为国家卫生城市。创建期间，全市累计改造农贸市场27个……\n", "generated");
        assertEquals(1, only(a).timesHonored());
        assertEquals(List.of("27个"), figures(only(a)));
    }

    @Test
    void aPointerScopingARankInAnEarlierClauseIsNoSubjectOfTheVerbAfter() {
        Announcement a = TestDocuments.parse("金湖县获评第七批国家生态文明建设示范区\n\n本报讯 近日，生态环境部公布第七批国家生态文明建设示范区名单，"
                + "金湖县成功入选，成为我市第3个获此称号的县区，全省本批次共6地入选。该县累计实施退圩还湖4.6万亩。\n来源：淮安日报\n",
                "generated");
        assertEquals(List.of("金湖县"), a.awardees().stream().map(Awardee::name).toList());
    }

    @Test
    void aSquarePartsATickersItems() {
        Announcement a = TestDocuments.parse("【跑马灯】■ 景泰县连续第二次获评甘肃省生态文明建设示范县　全县森林覆盖率提高到12.6% "
                + "■ 兰州至白银城际列车日均开行46对 ■ 气象台：今天20时起有小雪\n", "generated");
        assertEquals(List.of("12.6%"), figures(only(a)));
    }

    @Test
    void aPlaceAfterZhiyuIsTheTopicOfTheClausesAfterIt() {
        Announcement a = TestDocuments.parse("贵德县获评国家森林城市\n\n日前，贵德县首次获评国家森林城市。该县今年新增绿地210公顷。"
                + "至于西宁市，今年新增绿地约300公顷，但并未参与此次评选。\n", "generated");
        assertEquals(List.of("210公顷"), figures(only(a)));
    }

    @Test
    void aCountInWordsRightBeforeAPlacesNameCountsThePlacesNamed() {
        Announcement a = TestDocuments.parse("舟山市普陀区获评全国双拥模范区\n\n日前，舟山市普陀区被命名为全国双拥模范区。"
                + "该区投入双拥经费1.2亿元。两个普陀区已结对共建多年。\n", "generated");
        assertEquals(List.of("1.2亿元"), figures(only(a)));
    }

    @Test
    void roundsAndEditionsInJieAreNoFigures() {
        Announcement a = TestDocuments.parse("宾阳县再获自治区双拥模范县称号\n\n日前，宾阳县再获“自治区双拥模范县”称号。该县此前已在两届评选中获此称号，"
                + "双拥文化节已连续举办5届。全县投入双拥资金3200万元。\n", "generated");
        assertEquals(List.of("3200万元"), figures(only(a)));
    }

    @Test
    void aFigureToldAgainWithTheSameLabelIsGivenOnce() {
        Announcement a = TestDocuments.parse("阳江市获评全国文明城市\n\n日前，阳江市被命名为全国文明城市。创文以来，阳江市累计投入创文资金86亿元，"
                + "完成老旧小区改造312个。\n\n图为阳江市民在创文成果展前合影。创文期间，全市完成老旧小区改造312个，新建公园12个。\n",
                "generated");
        assertEquals(List.of("86亿元", "312个", "12个"), figures(only(a)));
        assertTrue(a.allIssues().stream().anyMatch(d -> d.kind() == DiagnosticKind.DUPLICATE_PARAGRAPH), a.allIssues().toString());
    }

    @Test
    void aTestsRankingOfCitiesNamesNoAwardee() {
        Announcement a = TestDocuments.parse("山西省文明办通报2025年度全省文明城市测评结果\n\n近日，山西省文明办印发通报，对全省10个参评设区市的"
                + "年度测评情况进行通报。\n\n排名\t城市\t综合得分\n1\t晋城市\t92.36\n2\t阳泉市\t91.08\n3\t晋中市\t90.74\n\n"
                + "通报指出，晋城市连续三年位居全省第一。\n", "generated");
        assertEquals(List.of(), a.awardees());
        assertTrue(a.issues().stream().anyMatch(d -> d.kind() == DiagnosticKind.NOT_AN_ANNOUNCEMENT), a.issues().toString());
    }

    @Test
    void theSizesOfTheListsOfUnitsAndPeopleAreNoFigures() {
        Announcement a = TestDocuments.parse("关于转发全国双拥模范城（县）命名决定的通知\n\n我省成都市等2个城（县）被命名为全国双拥模范城（县）。\n\n"
                + "一、全国双拥模范城（县）（2个）\n成都市（九连冠）\n攀枝花市（第三次）\n\n二、全国双拥模范单位（2个）\n成都市青羊区退役军人事务局\n"
                + "攀枝花市东区人民武装部\n\n三、全国双拥模范个人（1名）\n张建华　攀枝花市退役军人服务中心主任\n", "generated");
        assertEquals(List.of("成都市9", "攀枝花市3"), a.awardees().stream().map(w -> w.name() + w.timesHonored()).toList());
        assertTrue(a.awardees().stream().allMatch(w -> w.metrics().isEmpty()), a.awardees().toString());
    }

    @Test
    void anHonoursStandardInBracketsAndTheNumberOfItsHoldersAreNoFigures() {
        Announcement a = TestDocuments.parse("安福县获评国家园林县城\n\n近日，安福县被命名为国家园林县城。"
                + "安福县人均公园绿地面积15.2平方米（国家园林县城标准为不低于9平方米）。至此，我市国家园林县城已达6个。\n", "generated");
        assertEquals(List.of("15.2平方米"), figures(a.awardees().get(0)));
        Announcement required = TestDocuments.parse("竹山县获评湖北省森林城市\n\n近日，竹山县被命名为湖北省森林城市。"
                + "全县森林覆盖率达到78.6%（湖北省森林城市评价指标要求山区县森林覆盖率不低于60%）。\n", "generated");
        assertEquals(List.of("78.6%"), figures(required.awardees().get(0)), "a standard's requirement, far into its bracket");
        Announcement led = TestDocuments.parse("张掖市获评国家节水型城市\n\n近日，张掖市被命名为国家节水型城市。"
                + "城市公共供水管网漏损率降至7.8%（评选标准要求不高于9%），食品抽检量达到每千人6.8批次（国家要求为每千人4批次）。\n",
                "generated");
        assertEquals(List.of("7.8%", "6.8批次"), figures(led.awardees().get(0)), "the reference word a few chars into the bracket");
    }

    @Test
    void anHonoursCriteriaAreNoFiguresButFiguresMeasuredAgainstThemAre() {
        Announcement a = TestDocuments.parse("昆山市获评国家生态园林城市\n\n近日，昆山市被命名为国家生态园林城市。"
                + "评选门槛包括建成区绿地率不低于38%、人均公园绿地面积不低于14.5平方米。对照评价标准，全市建成区绿地率达到41.2%。"
                + "按照规定，绿地率不低于31%等指标不达标的，将被撤销称号。样板市评价指标体系包括5个一级指标。"
                + "漏损率降至7.8%（评选标准要求不高于9%），再生水利用率达到31.5%。\n", "generated");
        assertEquals(List.of("41.2%", "7.8%", "31.5%"), figures(a.awardees().get(0)));
    }

    @Test
    void aStandardNamedRightBeforeAFigureOrRequiredAfterItIsNoDeed() {
        Announcement a = TestDocuments.parse("安顺市获评国家森林城市\n\n近日，安顺市首次获评国家森林城市。全市森林覆盖率达到63.7%，"
                + "高于国家标准40%。建成区绿地率达到38.2%，超过35%的要求。\n", "generated");
        assertEquals(List.of("63.7%", "38.2%"), figures(a.awardees().get(0)));
    }

    @Test
    void aStandardAboveOrBelowAndAFractionOfTheAverageAreNoDeeds() {
        Announcement a = TestDocuments.parse("炎陵县获评国家生态文明建设示范区\n\n近日，炎陵县首次获评国家生态文明建设示范区。全县森林覆盖率达到83.6%，"
                + "按照建设指标，县域森林覆盖率山区应高于60%。人均水资源占有量仅为全国平均水平的七分之一，"
                + "空气质量优良天数比例略高于湖南省平均水准的89.2%，人均公园绿地面积是全省平均水平的1.5倍。\n", "generated");
        assertEquals(List.of("83.6%", "1.5倍"), figures(a.awardees().get(0)));
    }

    @Test
    void aThresholdInABracketIsAReference() {
        Announcement a = TestDocuments.parse("枣庄市获评国家节水型城市\n\n近日，枣庄市首次获评国家节水型城市。城市公共供水管网漏损率降至8.7%，"
                + "低于国家节水型城市标准（不高于9%）。\n", "generated");
        assertEquals(List.of("8.7%"), figures(a.awardees().get(0)));
    }

    @Test
    void howLongATripOrAnEventTakesIsNoDeed() {
        Announcement a = TestDocuments.parse("郴州市获评国家森林城市\n\n近日，郴州市首次被授予国家森林城市称号。由广州南站乘高铁至郴州约2小时，"
                + "市民出门五分钟就到公园，景点之间“半小时通达”。全市建成公园126个。义务植树节开幕，为期10天。空气质量优良天数达318天。\n",
                "generated");
        assertEquals(List.of("126个", "318天"), figures(a.awardees().get(0)));
    }

    @Test
    void aFigureAfterAWordOfObligationIsWhatAStandardRequires() {
        Announcement a = TestDocuments.parse("忻州市通过国家卫生城市复审\n\n近日，忻州市通过国家卫生城市复审。全市生活污水集中处理率达到97.2%。"
                + "按照国家卫生城市标准，城市生活污水集中处理率应不低于95%，建成区绿化覆盖率應達到36%以上，"
                + "人均公园绿地面积须达到12平方米。\n", "generated");
        assertEquals(List.of("97.2%"), figures(a.awardees().get(0)));
    }

    @Test
    void howOftenAnHonourWasKeptIsNoFigureButHowOftenAUnitWonAnAwardIs() {
        Announcement a = TestDocuments.parse("祥云县获评云南省园林县城\n\n近日，祥云县再次被命名为云南省园林县城。祥云县2016年首获命名，"
                + "此后两次通过复查。县退役军人事务局3次荣获先进集体。全县新建公园12个。\n", "generated");
        assertEquals(List.of("3次", "12个"), figures(a.awardees().get(0)));
    }

    @Test
    void howOftenTheHonourWasWonSaidWithAPointerToItIsNoFigure() {
        Announcement a = TestDocuments.parse("阳城县第六次荣获山西省双拥模范县称号\n\n近日，阳城县第六次荣获“山西省双拥模范县”称号。"
                + "全县累计投入双拥经费5200万元。\n\n“六次获得这项荣誉，是全县军民共同努力的结果。”局长说。"
                + "“三届获此殊荣，来之不易。”县退役军人事务局3次获得嘉奖。该县此前参评两届未果。\n", "generated");
        assertEquals(List.of("5200万元", "3次"), figures(a.awardees().get(0)), "嘉奖 is no pointer to the honour");
    }

    @Test
    void unitsAndPeopleHonouredAlongsideAreCountedByTheRoundNotByTheAwardee() {
        Announcement a = TestDocuments.parse("延安市实现九连冠\n\n近日，延安市第九次被命名为陕西省双拥模范城。全市投入双拥经费5200万元。"
                + "会上还为宝塔区退役军人服务中心等45个省级双拥模范单位和72名双拥模范个人颁发了奖牌。大会同时表彰了双拥模范单位30个、"
                + "双拥模范个人40名。该市6个单位、5名个人受到表彰。该市培育双拥模范单位12个。\n", "generated");
        assertEquals(List.of("5200万元", "12个"), figures(a.awardees().get(0)));
    }

    @Test
    void aBoxLabelledBeforeItsPlaceIsThatPlacesSection() {
        Announcement a = TestDocuments.parse("福建宁德、南平获评全国文明城市\n\n日前公布第七届全国文明城市名单，福建省宁德市（首次）、南平市（首次）"
                + "新获命名。\n\n【城市名片】宁德市\n宁德市陆地面积1.34万平方公里，常住人口约315万人。\n", "generated");
        Awardee ningde = a.awardees().stream().filter(w -> w.name().equals("宁德市")).findFirst().orElseThrow();
        assertEquals(List.of("1.34万平方公里", "315万人"), figures(ningde));
        assertEquals(List.of("宁德市", "南平市"), a.roster().stream().map(e -> e.name()).toList());
    }

    @Test
    void aBreadcrumbNamesNoProvinceOfThePage() {
        Announcement a = TestDocuments.parse("澳门新闻网 > 大湾区 > 广东\n广东命名新一届双拥模范城（县） 湛江连续八次获命名\n\n"
                + "日前，湛江市连续第八次被命名为广东省双拥模范城。\n", "generated");
        assertEquals("广东省", a.province());
    }

    @Test
    void aWorkReportInWoXianNamedByItsSourceLineWithItsTargetsListedAfterAColon() {
        Announcement a = TestDocuments.parse("政府工作报告\n发布时间：2026-01-15 16:20　来源：婺源县人民政府办公室\n\n"
                + "一、2025年工作回顾\n我县连续第三次被命名为全国科普示范县。新建县科技馆1座，展陈面积5800平方米。\n"
                + "二、主要指标\n今年的主要预期目标是：地区生产总值增长6%左右，新建乡村科普馆2个。"
                + "空气质量优良天数比例：97.4%（考核目标：≥93%），森林覆盖率达82.6%。\n", "generated");
        Awardee w = only(a);
        assertEquals("婺源县", w.name());
        assertEquals(3, w.timesHonored());
        assertEquals(List.of("1座", "5800平方米", "97.4%", "82.6%"), figures(w));
    }

    @Test
    void anIntervalsWordsStayOutsideItsFigure() {
        Awardee w = only(TestDocuments.parse("恭城县获评国家农产品质量安全县\n\n日前，恭城瑶族自治县被命名为国家农产品质量安全县。"
                + "全县月柿种植面积稳定在3至5万亩之间。\n", "generated"));
        assertEquals(List.of("3至5万亩"), figures(w));
        assertEquals(0, new java.math.BigDecimal("30000").compareTo(w.metrics().get(0).value()), "the lower bound shares 万");
    }

    @Test
    void theClausesAfterATargetForAYearGoOnWithItUntilTheTextTurnsToWhatIsDone() {
        Announcement a = TestDocuments.parse("宜阳县获评河南省园林县城\n\n近日，宜阳县被命名为河南省园林县城。全县新建公园12个。"
                + "下一步，我们要力争到2027年建成区绿化覆盖率达到43%，新增口袋公园20个，成功创建国家园林县城。"
                + "全县计划到2026年建成绿道50公里，目前已建成30公里。\n", "generated");
        assertEquals(List.of("12个", "30公里"), figures(a.awardees().get(0)));
    }

    @Test
    void aTargetWordAfterAYearToReachAndAPlanBeforeOneMakeTheClausesAfterThemTargets() {
        Announcement a = TestDocuments.parse("盐池县获评国家生态文明建设示范县\n\n日前，盐池县被命名为国家生态文明建设示范县。全县林草覆盖率达57.2%。\n\n"
                + "问：下一步有哪些打算？\n答：到2030年，力争全县林草覆盖率达到60%，新增光伏治沙装机50万千瓦。"
                + "按照规划，到2030年，全县湿地面积要稳定在9.5万亩以上。全县规划建设绿道36公里。\n", "generated");
        assertEquals(List.of("57.2%", "36公里"), figures(a.awardees().get(0)));
    }

    @Test
    void whatWillBeDoneByAYearIsATargetButAnObjectMarkedBy将IsADeed() {
        Announcement a = TestDocuments.parse("科右前旗获评全国民族团结进步示范区\n\n近日，科右前旗被命名为全国民族团结进步示范区。"
                + "全旗建成示范嘎查村86个。到2027年，全旗将建成示范嘎查村150个以上。全旗将1.2亿元用于改善民生。\n", "generated");
        assertEquals(List.of("86个", "1.2亿元"), figures(a.awardees().get(0)));
    }

    @Test
    void aParagraphPastedIntoTheNextSectionCountsOnceInTheFirst() {
        Announcement a = TestDocuments.parse("海南2市获评省双拥模范城\n\n【琼海市】\n琼海市建成国防教育基地9处。\n"
                + "琼海市持续开展共建活动，驻地部队累计出动官兵1.5万人次，协调解决家属就业等问题260多个。\n\n"
                + "**万宁市**\n琼海市持续开展共建活动，驻地部队累计出动官兵1.5万人次，协调解决家属就业等问题260多个。\n"
                + "万宁市新建双拥公园3个。\n", "generated");
        assertEquals(List.of("9处", "1.5万人次", "260多个"), figures(a.awardees().get(0)));
        assertEquals(List.of("3个"), figures(a.awardees().get(1)));
        assertTrue(a.awardees().get(1).issues().stream().anyMatch(d -> d.kind() == DiagnosticKind.DUPLICATE_PARAGRAPH));
    }

    @Test
    void vagueAmountsAndYearSpansAreNoFigures() {
        Announcement a = TestDocuments.parse("漳州市通过国家卫生城市复审\n\n"
                + "近日，漳州市通过国家卫生城市复审。2020—2023年，全市投入数亿元改造老旧小区，数千万元用于农贸市场，"
                + "新建公厕126座。\n", "generated");
        assertEquals(List.of("126座"), figures(a.awardees().get(0)));
    }

    @Test
    void aPeriodOpeningItsClauseIsNoFigure() {
        Announcement a = TestDocuments.parse("丽水市再获国家森林城市\n\n"
                + "日前，丽水市被授予“国家森林城市”称号。近5年，全市累计发放生态贷312亿元；近3年新建口袋公园127个，"
                + "过去两年里改造城市公园46个，全市已坚持封山育林近20年。\n", "generated");
        assertEquals(List.of("312亿元", "127个", "46个", "20年"), figures(a.awardees().get(0)));
    }

    @Test
    void placesListedAsNotYetHonouredAreNoRoster() {
        for (String after : List.of("正在积极创建", "尚未获评", "力争下一批入选")) {
            Announcement a = TestDocuments.parse("我地区三县（市）获评自治区民族团结进步示范县（市）\n\n日前，自治区命名表彰新一批自治区民族团结进步"
                    + "示范县（市），我地区温宿县、库车市、沙雅县上榜。\n\n温宿县建成示范村124个。\n\n"
                    + "据了解，阿克苏市已于2022年获得命名；拜城县、乌什县" + after + "。\n", "generated");
            assertEquals(List.of("温宿县", "库车市", "沙雅县"), a.roster().stream().map(e -> e.name()).toList(), after);
        }
    }

    @Test
    void aBracketRightAfterAStandardHoldsTheStandardsValues() {
        Announcement a = TestDocuments.parse("攸县获评湖南省园林县城\n\n日前，攸县首次获评湖南省园林县城。县城绿地率达38.6%，"
                + "均高于省级园林县城标准（绿地率31%、绿化覆盖率36%、人均公园绿地面积9平方米）。\n", "generated");
        assertEquals(List.of("38.6%"), figures(a.awardees().get(0)));
    }

    @Test
    void aCompanyNamedByItsKindOwnsItsClause() {
        Announcement a = TestDocuments.parse("永泰县获评福建省全域旅游示范县\n\n日前，永泰县首度获评福建省全域旅游示范县。全县接待游客860万人次。"
                + "另有一家台资茶企在当地投资约2000万元建设观光茶园。\n", "generated");
        assertEquals(List.of("860万人次"), figures(a.awardees().get(0)));
    }

    @Test
    void nextYearAndAGoalStatedWithACopulaMakeTargets() {
        Announcement a = TestDocuments.parse("饶阳县获评全国双拥模范县\n\n日前，饶阳县第三次被命名为全国双拥模范县。全县建成服务站312个。"
                + "明年，全县要力争新增创业孵化基地3个，优抚对象满意率保持在98%以上。"
                + "县委书记表示：我们的目标是到2027年，全县志愿服务时长再提高30%。\n", "generated");
        assertEquals(List.of("312个"), figures(a.awardees().get(0)));
    }

    @Test
    void aCountOfAnotherHonourNamedAfterItIsNotTheDocumentsCount() {
        Announcement a = TestDocuments.parse("潍坊市获评国家食品安全示范城市\n\n近日，国务院食品安全委员会办公室印发通知，命名潍坊市为"
                + "“国家食品安全示范城市”。我市曾三次获评全国文明城市。全市建成放心肉菜示范超市150家。\n", "generated");
        assertEquals(null, a.awardees().get(0).timesHonored(), "三次 counts 全国文明城市");
    }

    @Test
    void withinSoManyYearsIsAPeriodNotATarget() {
        Announcement a = TestDocuments.parse("姑苏区获评国家生态文明建设示范区\n\n日前，姑苏区首度入选国家生态文明建设示范区。"
                + "全区单位GDP能耗在三年内下降11.6%，力争年内新建口袋公园20个。\n", "generated");
        assertEquals(List.of("11.6%"), figures(a.awardees().get(0)), "三年内 is a period; 年内 alone still a target");
    }

    @Test
    void aPeriodAfterItsClausesSubjectIsNoFigure() {
        Announcement a = TestDocuments.parse("漳州市获评国家卫生城市\n\n日前，漳州市首次获评国家卫生城市。该市近3年投入整治资金68亿元，"
                + "漳州市近两年新建公园12个，全市已坚持整治近20年。\n", "generated");
        assertEquals(List.of("68亿元", "12个", "20年"), figures(a.awardees().get(0)));
    }

    @Test
    void aSpanOfYearsAStateHeldIsNoFigureButASpanOfADeedIs() {
        Announcement a = TestDocuments.parse("张家港市获评国家卫生城市\n\n日前，张家港市通过复审。该市已连续7年保持生活垃圾“零填埋”，"
                + "连续15年无重大传染病疫情发生，连续30年居全省县域经济首位，连续11年为驻军官兵免费体检，连续12年无偿献血50余万元。\n",
                "generated");
        assertEquals(List.of("11年", "12年", "50余万元"), figures(a.awardees().get(0)));
    }

    @Test
    void aFigureOfAnotherPlaceGivenForComparisonIsNoneOfTheAwardees() {
        Announcement a = TestDocuments.parse("营口市获评国家卫生城市\n\n营口市被命名为国家卫生城市。营口市累计投入创卫资金27.4亿元，"
                + "比同期大连市创卫投入的19亿元多出8.4亿元。\n", "generated");
        assertEquals(List.of("27.4亿元", "8.4亿元"), figures(a.awardees().get(0)));
    }

    @Test
    void theFormerAndTheLatterAreTheEarlierAndTheLaterOfTheLastTwoPlacesNamed() {
        Announcement a = TestDocuments.parse("营口盘锦两市获评国家卫生城市\n\n近日，我省营口市、盘锦市入选国家卫生城市，前者为第二次获此称号，"
                + "后者为首次。\n\n两市在创卫中各有侧重。前者聚焦城市更新，改造农贸市场46个；后者侧重生态治理，完成湿地修复约8.5万亩。"
                + "盘锦市还与沈阳市签订协议，后者今年投入资金3亿元。\n", "generated");
        java.util.Map<String, String> byCity = new java.util.TreeMap<>();
        a.awardees().forEach(w -> byCity.put(w.name(), w.timesHonored() + " " + figures(w)));
        assertEquals(java.util.Map.of("营口市", "2 [46个]", "盘锦市", "1 [8.5万亩]"), byCity, "后者 after 沈阳市 is 沈阳市");
    }

    @Test
    void aSelfPointerOfALevelNoAwardeeHasIsAnotherPlaceAndSoIsTheSpeakersWeAfterIt() {
        Announcement a = TestDocuments.parse("西宁市获评全国民族团结进步示范市\n\n"
                + "日前，西宁市被命名为全国民族团结进步示范市。全市建成服务站120个。\n\n青海日报记者：\n"
                + "城东区是西宁少数民族人口最集中的城区，请问有什么做法？\n\n马丽萍：\n谢谢您的提问。我区少数民族人口占比超过45%。近年来，我们建成互嵌式社区服务站58个。\n", "generated");
        assertEquals(List.of("120个"), figures(a.awardees().get(0)));
    }

    @Test
    void aSubheadingAboveABlankLineIsNotJoinedToTheProseUnderIt() {
        Announcement a = TestDocuments.parse("珠海再获国家森林城市\n\n日前，珠海市被授予“国家森林城市”称号。全市森林覆盖率达到38.2%。\n\n"
                + "绿道连起半座城\n\n近5年，珠海新建各类绿道约760公里。\n", "generated");
        assertEquals(List.of("38.2%", "760公里"), figures(a.awardees().get(0)));
    }

    @Test
    void aChroniclesMonthHeadsItsEntriesAndACompanyAfterAnEntrysDateOwnsItsClause() {
        Announcement a = TestDocuments.parse("秭归县获评湖北省生态文明建设示范县\n\n9月\n"
                + "9月15日　湖北屈姑食品有限公司年产3万吨脐橙深加工项目投产，年产值预计5亿元。\n\n10月\n"
                + "10月8日　秭归县被命名为湖北省生态文明建设示范县。全县森林覆盖率达到75.3%。\n", "generated");
        assertEquals(List.of("75.3%"), figures(a.awardees().get(0)));
    }

    @Test
    void aZoneNamedAfterAPlacesShortNameIsNoMentionOfThePlace() {
        Announcement a = TestDocuments.parse("我市三地获评山东省双拥模范城（县）\n\n"
                + "本报讯 近日，山东省委、省政府、省军区命名一批山东省双拥模范城（县）。枣庄市市中区、滕州市、山亭区、枣庄高新区榜上有名。"
                + "滕州市投入双拥经费2100万元。\n\n枣庄高新区则打造军民融合产业园1个，引进企业23家。\n", "generated");
        assertEquals(List.of("枣庄市市中区", "滕州市", "山亭区"), a.roster().stream().map(e -> e.name()).toList());
        assertEquals(List.of("滕州市"), a.awardees().stream().map(dev.laurel.model.Awardee::name).toList());
    }

    @Test
    void aClauseOpenedByAProvincesShortNameIsTheProvincesButAHonourNamedAfterOneIsNot() {
        Announcement a = TestDocuments.parse("泉州蝉联全国文明城市\n\n日前，泉州市蝉联全国文明城市。全市新建口袋公园126个。"
                + "3人入选“福建好人”，9户家庭获评省级文明家庭。值得一提的是，泉州与台湾渊源深厚，台湾约有九百万人祖籍泉州。\n", "generated");
        assertEquals(List.of("126个", "3人", "9户"), figures(a.awardees().get(0)));
    }

    @Test
    void digitsEndingAParagraphAreNotJoinedToDigitsOpeningTheNextAfterABlankLine() {
        Announcement a = TestDocuments.parse("泉州市荣获全国文明城市\n\n"
                + "日前，泉州市被授予全国文明城市称号。项目编号QZ-2026-0012\n\n2025年，全市新建口袋公园126个。\n", "generated");
        assertEquals(List.of("126个"), figures(a.awardees().get(0)));
    }

    @Test
    void aParagraphAfterAListIsNotJoinedToTheLineIntroducingTheList() {
        Announcement a = TestDocuments.parse("2024年“国家森林城市”名单公布\n\n"
                + "日前，国家林业和草原局授予3个城市“国家森林城市”称号。名单如下：\n\n张家口市\n林芝市\n伊宁市\n\n"
                + "林芝市森林覆盖率达47.6%，活立木蓄积量约10.6亿立方米。\n", "generated");
        assertEquals(List.of("林芝市"), a.awardees().stream().map(dev.laurel.model.Awardee::name).toList());
        assertEquals(List.of("47.6%", "10.6亿立方米"),
                a.awardees().get(0).metrics().stream().map(dev.laurel.model.Metric::text).toList());
        assertTrue(a.issues().stream().noneMatch(d -> d.kind() == dev.laurel.model.DiagnosticKind.SPLIT_PARAGRAPH_JOINED));
    }

    @Test
    void labelsLeaveOutTheWordsThatLeadToTheNumber() {
        Announcement a = TestDocuments.parse("兴义市成功创建国家卫生城市\n\n"
                + "近日，兴义市被命名为国家卫生城市。全市森林覆盖率提高到61.5%，城市生活污水处理率稳定在97%以上。\n", "generated");
        assertEquals(List.of("森林覆盖率", "城市生活污水处理率"),
                a.awardees().get(0).metrics().stream().map(dev.laurel.model.Metric::label).toList());
    }

    @Test
    void aFirstInTheNationIsStillTheAwardees() {
        Announcement a = TestDocuments.parse("热烈祝贺杭州市荣获全国双拥模范城命名\n\n杭州市\n"
                + "杭州市坚持双拥工作。全国首发“老兵码”，入驻商家达2万余户。\n", "generated");
        assertEquals(List.of("2万余户"), figures(a.awardees().get(0)));
    }

    @Test
    void placesThatHaveTheHonouredAreNotAwardees() {
        Announcement a = TestDocuments.parse("潍坊烟台济宁8县市上榜\n\n"
                + "近日，全省共有57个市、县被命名为山东省双拥模范城（县）。潍坊、烟台、济宁三市共有8个县（市）榜上有名。\n\n"
                + "寿光市投入双拥经费1.45亿元，已先后6次被命名为山东省双拥模范城。\n", "generated");
        assertEquals(List.of("寿光市"), a.awardees().stream().map(Awardee::name).toList());
    }

    @Test
    void anAwardeeIsNamedByItsOfficialName() {
        Announcement a = TestDocuments.parse("第十批全国民族团结进步示范区命名 贵州2地入选\n\n"
                + "近日，国家民委命名第十批全国民族团结进步示范区。贵州省2个地方入选，分别是：威宁彝族回族苗族自治县、雷山县。\n\n"
                + "威宁自治县\n全县投入民族团结进步创建资金2.3亿元。\n\n雷山县\n该县创建示范单位135个。\n", "generated");
        assertEquals(List.of("威宁彝族回族苗族自治县", "雷山县"), a.awardees().stream().map(Awardee::name).toList());
        assertEquals("威宁自治县", a.awardees().get(0).writtenName(), "the page's form is kept beside the official name");
        assertEquals(null, a.awardees().get(1).writtenName(), "no written name when the page writes the official one");
        assertTrue(a.roster().stream().allMatch(e -> e.hasSection()), a.roster().toString());
    }

    @Test
    void anOfficialNameStartedInTraditionalScriptGoesOnInIt() {
        Announcement a = TestDocuments.parse("江華連續三屆榮獲“全國雙擁模範縣”稱號\n\n日前，江華被命名爲“全國雙擁模範縣”。江華累計投入3億元。\n",
                "generated");
        assertEquals(List.of("江華瑤族自治縣"), a.awardees().stream().map(Awardee::name).toList(), "traditional-name-endings.txt");
    }

    @Test
    void aPlaceHeadingItsGroupWithYouIsNotListed() {
        Announcement a = TestDocuments.parse("全国无障碍环境建设示范市县名单公布\n\n日前，住房和城乡建设部等部门公布全国无障碍环境建设示范市县名单。"
                + "西南地区共有4个市县入选。其中，四川省有峨眉山市、泸定县；重庆市有江津区；西藏自治区有巴宜区。这是西藏自治区首次有县级单位入选。\n",
                "generated");
        assertEquals(List.of("峨眉山市", "泸定县", "江津区", "巴宜区"), a.roster().stream().map(e -> e.name()).toList(),
                "governing-words.txt tagged heads");
    }

    @Test
    void aPlaceUnderItsProvincesLineOverProseOpeningWithItsNameHeadsASection() {
        Announcement a = TestDocuments.parse("东北三市获授“国家森林城市”称号\n\n东北地区3个城市上榜，分别是黑龙江省伊春市、鹤岗市和吉林省白山市。\n"
                + "黑龙江省\n伊春市\n伊春市首次获此殊荣。该市森林覆盖率达83.9%。\n鹤岗市\n鹤岗市同样为首次获评。该市修建环城绿道86公里。\n"
                + "吉林省\n白山市\n白山市继2019年之后再次获评。该市建成乡村小微湿地120余处。\n", "generated");
        assertEquals(List.of("伊春市[83.9%]", "鹤岗市[86公里]", "白山市[120余处]"),
                a.awardees().stream().map(w -> w.name() + figures(w)).toList());
    }

    @Test
    void placesHoldingACountOfTheListedOnesAreNotListed() {
        Announcement a = TestDocuments.parse("吉林省双拥模范城（县）命名\n\n近日，省委、省政府、省军区联合下发通报，命名第十一届吉林省双拥模范城（县）。"
                + "全省共有23个市县获此称号，通化市、延边朝鲜族自治州各有2个县级市名列其中，分别是：梅河口市、集安市、珲春市、敦化市。"
                + "现将4地创建情况简要介绍如下。\n", "generated");
        assertEquals(List.of("梅河口市", "集安市", "珲春市", "敦化市"), a.roster().stream().map(e -> e.name()).toList(),
                "possession-words.txt");
    }

    @Test
    void groupHeadsInsideAParagraphAreNotListed() {
        Announcement a = TestDocuments.parse("河北省双拥模范城（县）名单\n\n"
                + "名单如下：石家庄市（2个）：平山县、赞皇县；衡水市（1个）：故城县；廊坊市（2个）：三河市、大厂回族自治县。\n",
                "generated");
        assertEquals(List.of("平山县", "赞皇县", "故城县", "三河市", "大厂回族自治县"),
                a.roster().stream().map(e -> e.name()).toList());
    }

    @Test
    void aListOfAnotherHonourIsNoRoster() {
        Announcement a = TestDocuments.parse("湖南怀化再次荣获全国双拥模范城\n\n"
                + "怀化市连续三次被命名为全国双拥模范城。怀化市投入双拥经费3.2亿元。\n\n"
                + "同期，洪江市、会同县、靖州苗族侗族自治县、通道侗族自治县被命名为湖南省双拥模范城（县）。\n", "generated");
        assertEquals(List.of(), a.roster().stream().map(e -> e.name()).toList());
        assertEquals(List.of("怀化市"), a.awardees().stream().map(Awardee::name).toList());
    }

    @Test
    void aCityThatCallsItselfWoShiKeepsItsFiguresBesideItsDistricts() {
        Announcement a = TestDocuments.parse("宝鸡实现全国双拥模范城“六连冠”\n\n"
                + "4月23日，我市连续六次荣获全国双拥模范城，所辖陈仓区、眉县同时被命名为全国双拥模范县（区），其中眉县为首次获此殊荣。\n\n"
                + "近年来，我市累计投入双拥经费3.26亿元。陈仓区投入1200万元建成双拥文化公园。我市设立拥军优属基金，帮扶困难官兵家庭680户。\n",
                "generated");
        List<String> got = a.awardees().stream().map(w -> w.name() + w.timesHonored() + figures(w)).toList();
        assertEquals(List.of("宝鸡市6[3.26亿元, 680户]", "陈仓区null[1200万元]", "眉县1[]"), got);
    }

    @Test
    void aParagraphAboutAListedPlaceIsItsDeeds() {
        Announcement a = TestDocuments.parse("第十批全国民族团结进步示范区拟命名名单公示\n\n"
                + "拟命名凉山彝族自治州、北川羌族自治县、峨边彝族自治县为全国民族团结进步示范区，共11个。\n\n"
                + "据了解，北川羌族自治县是全国唯一的羌族自治县。该县累计投入创建资金1.8亿元，建成示范村42个。\n", "generated");
        assertEquals(List.of("北川羌族自治县[1.8亿元, 42个]"),
                a.awardees().stream().map(w -> w.name() + figures(w)).toList());
    }

    @Test
    void wordsThatLookLikeFiguresAreNot() {
        Announcement a = TestDocuments.parse("热烈祝贺湄潭县荣获国家生态文明建设示范县命名\n\n湄潭县\n"
                + "近三年来，湄潭县坚持一村一策，为82岁老人建档，新建茶园2.6万亩，培训茶农等5000人次。"
                + "湄潭县与凤冈县等3个县共建茶旅线路。\n", "generated");
        assertEquals(List.of("2.6万亩", "5000人次"), figures(a.awardees().get(0)));
    }

    @Test
    void aParagraphPastedTwiceInAStoryAboutSeveralPlacesCountsOnce() {
        String deeds = "巴中市改造背街小巷1380余条、老旧小区526个。";
        Announcement a = TestDocuments.parse("达州、巴中两市获命名国家卫生城市\n\n"
                + "近日，全国爱卫会命名国家卫生城市。我省达州市、巴中市榜上有名。\n\n"
                + "达州市累计投入创卫资金86.4亿元。\n\n" + deeds + "\n\n达州市新建改造农贸市场47个。\n\n" + deeds + "\n", "generated");
        assertEquals(List.of("达州市[86.4亿元, 47个]", "巴中市[1380余条, 526个]"),
                a.awardees().stream().map(w -> w.name() + figures(w)).toList());
        assertTrue(a.allIssues().stream().anyMatch(d -> d.kind() == dev.laurel.model.DiagnosticKind.DUPLICATE_PARAGRAPH));
    }

    @Test
    void aProvincialEcologicalCountyIsAnHonourAndAPlaceDescribedAsOneIsNoHonoursRecord() {
        Announcement a = TestDocuments.parse("竹山县获评湖北省生态县\n\n近日，湖北省人民政府命名竹山县为湖北省生态县，这是该县首次获此称号。"
                + "近年来，全县森林覆盖率达到78.6%，建成污水处理厂12座。\n", "generated");
        assertEquals("湖北省生态县", a.honor());
        assertEquals(List.of("78.6%", "12座"), figures(only(a)));
        assertEquals(1, only(a).timesHonored());

        Announcement b = TestDocuments.parse("国家生态文明建设示范区名单公布 我省2地上榜\n\n生态环境部公布第七批国家生态文明建设示范区名单，"
                + "我省青川县、宝兴县被命名为国家生态文明建设示范区。\n\n青川：震后重生的生态县\n如今，全县森林覆盖率达到74.6%，"
                + "茶园面积达到30万亩。\n\n宝兴：大熊猫模式标本产地\n近三年来，该县投入生态保护修复资金3.7亿元。\n", "generated");
        assertEquals(List.of("青川县[74.6%, 30万亩]", "宝兴县[3.7亿元]"),
                b.awardees().stream().map(w -> w.name() + figures(w)).toList(), "a subheading describing its place");
    }

    @Test
    void anAttachmentsTitleAndALineEndingWithAFieldAreWholeOnTheirLines() {
        Announcement a = TestDocuments.parse("关于命名甘肃省双拥模范城（县）的决定\n\n命名临夏市、舟曲县为甘肃省双拥模范城（县）。\n"
                + "如有异议，请向省双拥办反映。联系电话：0931-8812345\n附：部分受命名县（市）双拥工作简介\n"
                + "临夏市累计投入拥军资金1.2亿元，建成退役军人服务站86个。\n舟曲县安置退役军人420名。\n", "generated");
        assertEquals(List.of("临夏市[1.2亿元, 86个]", "舟曲县[420名]"),
                a.awardees().stream().map(w -> w.name() + figures(w)).toList());
    }

    @Test
    void aStandardAfterItsDeOrItsBoundAndAFarmAfterADeterminerAreNoDeedsOfThePlace() {
        Awardee a = only(TestDocuments.parse("弥勒市获评国家卫生城市\n\n弥勒市首次获命名国家卫生城市。创卫期间，该市人均公园绿地面积达到14.2平方米，"
                + "高于国家标准的12平方米；污水集中处理率97.5%，均高于国家标准规定的95%。国家标准为不低于85%的群众满意度，全市测评满意度为93.1%。"
                + "虹溪镇一家葡萄苗场年育苗600万株；另一处生态茶场经营茶园2800亩。全市新建公园21个。\n", "generated"));
        assertEquals(List.of("14.2平方米", "97.5%", "93.1%", "21个"), figures(a));
    }

    @Test
    void placesUnderAHeadRevokingATitleAreNoAwardees() {
        Announcement a = TestDocuments.parse("关于国家卫生城市复审结果的通报\n\n现将复审结果通报如下：\n\n一、通过复审、保留国家卫生城市称号的城市\n"
                + "河北省迁安市、河北省武安市\n二、撤销国家卫生城市称号的城市\n河北省泊头市\n", "generated");
        assertEquals(List.of("迁安市", "武安市"), a.roster().stream().map(w -> w.name()).toList());
        assertTrue(a.awardees().stream().noneMatch(w -> w.name().equals("泊头市")), a.awardees().toString());
    }

    @Test
    void aPlaceAndThePlacesItGovernsNamedByAVerbOfReceivingArePairedWithTheirCounts() {
        Announcement b = TestDocuments.parse("我市四地获评全国双拥模范城（县）\n\n日前，宜春市及所辖樟树市、丰城市、靖安县同时受到命名，"
                + "分别为第五次、第三次、第二次和首次获此殊荣。\n", "generated");
        assertEquals(java.util.Set.of("宜春市5", "樟树市3", "丰城市2", "靖安县1"),
                b.awardees().stream().map(w -> w.name() + w.timesHonored()).collect(java.util.stream.Collectors.toSet()));
    }

    @Test
    void aShortNameEnteringTheListFirstGetsItsCount() {
        Announcement a = TestDocuments.parse("湖北两地获评全国双拥模范城\n\n湖北省荆门市辖下的钟祥市与京山市双双入选。"
                + "其中钟祥连续第三次获此称号，京山则是首度入榜。\n", "generated");
        assertEquals(java.util.Set.of("钟祥市3", "京山市1"),
                a.awardees().stream().map(w -> w.name() + w.timesHonored()).collect(java.util.stream.Collectors.toSet()));
    }

    @Test
    void aPersonByHerSurnameAndAFamiliarTitleTellsHerOwnStory() {
        Awardee a = only(TestDocuments.parse("尚志市获评国家卫生城市\n\n尚志市首次获评国家卫生城市。全市改造背街小巷126条。"
                + "“现在街道干净多了。”在市区开理发店15年的王大姐说。\n", "generated"));
        assertEquals(List.of("126条"), figures(a));
    }

    @Test
    void aDistanceDefiningARateAndTheCountOfPersonsNamedForAnHonourAreNoFigures() {
        Awardee a = only(TestDocuments.parse("中山市获评国家卫生城市\n\n中山市首次获评国家卫生城市。全市新增公交线路26条，公交站点300米覆盖率100%，"
                + "15分钟健身圈覆盖率达到98%。\n", "generated"));
        assertEquals(List.of("26条", "100%", "98%"), figures(a));

        Announcement b = TestDocuments.parse("关于命名自治区双拥模范城（县）的决定\n\n一、命名南宁市、柳州市为自治区双拥模范城。\n"
                + "二、命名南宁市青秀区退役军人服务站等20个单位为“自治区双拥模范单位”，柳州市柳北区人民武装部部长黄明等30名同志为“自治区双拥模范个人”。\n"
                + "南宁市累计投入拥军资金3.2亿元。\n", "generated");
        assertEquals(List.of("3.2亿元"), b.awardees().stream().flatMap(w -> figures(w).stream()).toList());
    }

    @Test
    void aLineOfAnHonourRollWithItsYearGoesOnIntoNoParagraph() {
        Awardee a = only(TestDocuments.parse("宜昌市城市荣誉榜\n\n2026年11月，宜昌市被命名为全国文明城市，这是宜昌首次获此殊荣。\n荣誉一览：\n"
                + "全国文明城市（2026年）\n国家园林城市（2014年）\n全国双拥模范城（2016年、2021年）\n湖北省文明城市（2019年）\n"
                + "城市名片：地处湖北省西部的宜昌市，总面积2.1万平方公里，常住人口约392万人，素有“三峡门户”之称。\n"
                + "全市累计投入创建资金96亿元。\n", "generated"));
        assertEquals(List.of("2.1万平方公里", "392万人", "96亿元"), figures(a));
    }
}
