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

/** The blocks of other headlines and comments a copied page carries around its article. */
class SidebarsTest {

    @ParameterizedTest
    @ValueSource(strings = {"相关阅读", "【相关阅读】", "相關閱讀：", "热门推荐", "网友评论（共12条）", "· 推荐阅读", "相关视频：", "为你推荐", "发表评论",
        "精选留言", "大家都在看", "评论 36", "写评论…", "推薦", "更多推荐"})
    void heads(String line) {
        assertTrue(Sidebars.isHead(line), line);
    }

    @ParameterizedTest
    @ValueSource(strings = {"相关阅读材料显示，该县投入3亿元。", "阅读", "临沂市实现全国双拥模范城“九连冠”"})
    void noHeads(String line) {
        assertFalse(Sidebars.isHead(line), line);
    }

    @Test
    void theHeadlinesAndCommentsUnderAHeadAreNotTheArticles() {
        Announcement a = TestDocuments.parse("临沂市实现全国双拥模范城“九连冠”\n\n"
                + "日前，临沂市再次被命名为全国双拥模范城，实现“九连冠”。全市建成退役军人服务站3960个。\n\n"
                + "热门推荐\n· 日照：3.2亿元打造海滨绿道 · 枣庄市台儿庄区入选全国首批古城保护示范\n相关阅读\n"
                + "· 青岛市荣获全国双拥模范城“九连冠”\n全国双拥模范城（县）名单公布 山东28地上榜\n"
                + "网友评论（共12条）\n沂蒙人：为家乡骄傲！　2025-01-20 09:12　回复 | 赞(35)\n", "generated");
        assertEquals(List.of("临沂市9"), a.awardees().stream().map(w -> w.name() + w.timesHonored()).toList());
        assertEquals(List.of("3960个"), a.awardees().get(0).metrics().stream().map(m -> m.text()).toList());
    }

    @Test
    void anAppsRecommendationsUnderItsHeadAreNoSections() {
        Announcement a = TestDocuments.parse("这座城市再次荣获全国文明城市\n\n日前，遂宁市蝉联全国文明城市。该市新建城市书房52处。\n\n"
                + "举报/反馈\n\n为你推荐\n乐山：这个县入选国家全域旅游示范区\n自贡灯会今年吸引游客超500万人次\n", "generated");
        assertEquals(List.of("遂宁市"), a.awardees().stream().map(w -> w.name()).toList());
        assertEquals(List.of("52处"), a.awardees().get(0).metrics().stream().map(m -> m.text()).toList());
    }

    @Test
    void aBareRecommendHeadAfterAVideoPostsButtonsOpensItsHeadlines() {
        Announcement a = TestDocuments.parse("喜報！韶關市獲評“廣東省雙擁模範城”\n日前，韶關市榜上有名，第六次獲此殊榮。近年來，韶關市累計投入雙擁經費3.8億元。\n"
                + "關注\n收藏\n推薦\n清遠市英德市：軍民共建譜新篇\n河源市連續五屆獲評省雙擁模範城\n", "generated");
        assertEquals(List.of("韶關市6"), a.awardees().stream().map(w -> w.name() + w.timesHonored()).toList());
        assertEquals(List.of("3.8億元"), a.awardees().get(0).metrics().stream().map(m -> m.text()).toList());
    }

    @Test
    void aCommentCountHeadsTheReadersCommentsWhoseFiguresAndPlacesAreTheirs() {
        Announcement a = TestDocuments.parse("遂宁再获全国双拥模范城\n\n日前，我市再次被命名为全国双拥模范城，实现“五连冠”。全市建成退役军人服务站312个。\n\n"
                + "评论 36\n写评论…\n船山老乡 · 2小时前 · 四川\n我们船山区这两年光服务站就新建了40多个\n回复 · 赞 18\n", "generated");
        assertEquals(1, a.awardees().size(), a.awardees().toString());
        assertEquals(List.of("312个"), a.awardees().get(0).metrics().stream().map(m -> m.text()).toList());
    }

    @Test
    void aCommentEndingItsSentenceUnderACommentsHeadIsStillTheBlocks() {
        assertTrue(Sidebars.isComment("贵港的阿强：我们贵港森林覆盖率也有56.1%了，明年冲！"));
        assertFalse(Sidebars.isComment("近年来，全市新建口袋公园126个：其中城区86个。"));
        Announcement a = TestDocuments.parse("钦州市成功创建国家森林城市\n\n日前，钦州市被授予“国家森林城市”称号。全市森林覆盖率达到58.2%。\n\n"
                + "评论区\n北海的阿明：我们北海森林覆盖率也有40.6%了，明年冲！\n作者回复：欢迎常来走走～\n", "generated");
        assertEquals(List.of("58.2%"), a.awardees().get(0).metrics().stream().map(m -> m.text()).toList());
    }

    @Test
    void aHeadInBracketsWithItsHeadlinesOnOneLineIsABlock() {
        assertTrue(Sidebars.headsItsLine("【相關新聞】湛江吳川：海岸帶生態修復見成效 / 茂名新增兩個省級森林公園"));
        assertFalse(Sidebars.headsItsLine("【相关新闻】"));
        assertFalse(Sidebars.headsItsLine("【广州市】全市新建口袋公园126个。"));
        Announcement a = TestDocuments.parse("珠海再获国家森林城市\n\n日前，珠海市被授予“国家森林城市”称号。全市新建口袋公园126个。\n\n"
                + "【相关新闻】湛江吴川：海岸带生态修复见成效 / 茂名新增两个省级森林公园\n", "generated");
        assertEquals(List.of("126个"), a.awardees().get(0).metrics().stream().map(m -> m.text()).toList());
    }

    @Test
    void theLineClosingAnArticleEndsItButNotWhenWrittenAboveItsProse() {
        assertTrue(Sidebars.closesArticle("責任編輯：陳嘉欣"));
        assertTrue(Sidebars.closesArticle("【责任编辑：蒲晓丽】【审核：吴志强】"));
        assertTrue(Sidebars.closesArticle("（编辑：张敏）"));
        assertTrue(Sidebars.closesArticle("上一篇：金昌市永昌县获评甘肃省文明县城"));
        assertTrue(Sidebars.closesArticle("【上一篇】孝感市召开全市重点项目推进会   【下一篇】我市秋粮收获进度过半"));
        assertFalse(Sidebars.closesArticle("上一篇】孝感市召开全市重点项目推进会"));
        assertFalse(Sidebars.closesArticle("编辑部收到读者来信120封。"));
        assertFalse(Sidebars.closesArticle("审核通过的项目共18个：一是新建公园，二是改造绿道，三是提升城市照明水平。"));
        Announcement a = TestDocuments.parse("张掖市首度获评国家森林城市\n来源：张掖日报　编辑：王芳\n\n"
                + "日前，国家林业和草原局公布新一批国家森林城市名单，张掖市首度上榜。全市完成人工造林126万亩。\n\n"
                + "责任编辑：陈嘉欣\n\n港闻\n港铁东涌线延线明年通车 预计每日载客4.8万人次\n"
                + "港铁公司昨日宣布，东涌线延线工程总造价约为90亿港元，新站周边将提供巴士路线共14条。\n", "generated");
        assertEquals(List.of("张掖市1"), a.awardees().stream().map(w -> w.name() + w.timesHonored()).toList());
        assertEquals(List.of("126万亩"), a.awardees().get(0).metrics().stream().map(m -> m.text()).toList());
    }

    @Test
    void aStoryAfterTheLinksToThePagesNeighboursIsAnotherPages() {
        Announcement a = TestDocuments.parse("孝感市再获全国双拥模范城称号\n"
                + "日前，全国双拥工作领导小组作出决定，命名孝感市为全国双拥模范城，这是孝感市连续第三届获此殊荣。"
                + "近年来，孝感市先后投入拥军优属资金2.6亿元。\n"
                + "【上一篇】孝感市召开全市重点项目推进会   【下一篇】我市秋粮收获进度过半\n"
                + "荆门：掇刀区综合交通枢纽项目开工\n"
                + "本报讯 9月25日，荆门市掇刀区综合交通枢纽项目正式开工。项目总投资18.7亿元，规划用地326亩。\n", "generated");
        assertEquals(List.of("孝感市3"), a.awardees().stream().map(w -> w.name() + w.timesHonored()).toList());
        assertEquals(List.of("2.6亿元"), a.awardees().get(0).metrics().stream().map(m -> m.text()).toList());
    }

    @Test
    void aRepostsSummaryAdvertisementsAndCutAreNotTheStorys() {
        assertTrue(Sidebars.summaryLine("小編說：煤城變綠城！森林覆蓋率43.6%"));
        assertTrue(Sidebars.summaryLine("AI摘要"));
        assertFalse(Sidebars.summaryLine("摘要显示，全市森林覆盖率达43.6%。"));
        Announcement a = TestDocuments.parse("巩留县第三次获评自治区双拥模范县\n伊犁河谷微视\n\n"
                + "小编说：三连冠！为巩留点赞，双拥服务站覆盖率96%，实打实的成绩。\n\nAI摘要\n"
                + "巩留县连续第三次被命名为自治区双拥模范县，近年累计投入双拥资金6800万元。\n\n"
                + "日前，巩留县被命名为新疆维吾尔自治区双拥模范县，这是我县连续第三次获此殊荣。我县累计投入双拥资金6800万元，"
                + "村级双拥服务站覆盖率达到96%。\n\n——广告——\n【巩留·新城壹号】品质三居 均价4980元/平方米起 首付3万元起 "
                + "90平方米南北通透 咨询热线：0999-5621234 欢迎来电\n——广告——\n\n全县为驻地部队办实事好事137件。\n\n"
                + "剩余60%内容，点击阅读全文\n", "generated");
        assertEquals(List.of("巩留县3"), a.awardees().stream().map(w -> w.name() + w.timesHonored()).toList());
        assertEquals(List.of("6800万元", "96%", "137件"), a.awardees().get(0).metrics().stream().map(m -> m.text()).toList());
    }

    @Test
    void aRelatedItemsLeadIsTheBlocksAndIsReadWhenTheArticleNamesNoAwardee() {
        Announcement a = TestDocuments.parse("南阳天气\n今天：多云，12℃～20℃，湿度65%。\n\n【相关新闻】\n西峡县获评河南省森林城市\n"
                + "日前，河南省林业局公布新一批河南省森林城市名单，西峡县名列其中，这是该县首次获此称号。西峡县累计完成造林8.6万亩。\n", "generated");
        assertEquals(List.of("西峡县1[8.6万亩]"), a.awardees().stream().map(w -> w.name() + w.timesHonored()
                + w.metrics().stream().map(m -> m.text()).toList()).toList());
        assertTrue(a.issues().stream().anyMatch(d -> d.message().startsWith("the article names no awardee")), a.issues().toString());
    }

    @Test
    void aRelatedItemsLeadStaysOutsideAnArticleThatNamesItsAwardee() {
        Announcement a = TestDocuments.parse("淅川县获评河南省森林城市\n\n日前，淅川县被命名为河南省森林城市。全县森林覆盖率达到52.1%。\n\n"
                + "相关新闻\n西峡县获评河南省森林城市\n日前，西峡县名列其中，这是该县首次获此称号。西峡县累计完成造林8.6万亩。\n", "generated");
        assertEquals(List.of("淅川县[52.1%]"), a.awardees().stream().map(w -> w.name()
                + w.metrics().stream().map(m -> m.text()).toList()).toList());
    }

    @Test
    void headlinesAloneAroundAnArticleWithoutAwardeesNameNoOne() {
        Announcement a = TestDocuments.parse("滨州市召开国家森林城市建设总体规划评审会\n\n滨州市力争2027年成功创建国家森林城市。\n\n"
                + "相关新闻\n· 邹平市：盐碱滩上种出“生态林”\n· 沾化区冬枣园获评省级森林乡村\n", "generated");
        assertEquals(List.of(), a.awardees());
    }

    @Test
    void theArticlesParagraphUnderAOneLineBlockStaysTheArticles() {
        Announcement a = TestDocuments.parse("宾川县连续第四届被命名为云南省双拥模范县\n\n日前，宾川县榜上有名，该县由此连续第四届获此称号。\n\n"
                + "【广告】宾川柑橘 产地直发 扫码下单\n\n该县帮扶360名退役军人发展柑橘种植。\n", "generated");
        assertEquals(List.of("360名"), a.awardees().get(0).metrics().stream().map(m -> m.text()).toList());
    }
}
