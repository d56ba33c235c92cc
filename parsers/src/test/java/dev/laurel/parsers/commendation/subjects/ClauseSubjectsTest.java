package dev.laurel.parsers.commendation.subjects;

import dev.laurel.model.Announcement;
import dev.laurel.parsers.commendation.TestDocuments;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Whose each clause of a story is: the awardee it names, or the one its pointer stands for. */
class ClauseSubjectsTest {
    /** Each awardee with its figures, in page order. */
    private static List<String> figures(Announcement a) {
        return a.awardees().stream().map(w -> w.name() + w.metrics().stream().map(m -> m.text()).toList()).toList();
    }

    @Test
    void aWholePointerAfterACountyIsTheAwardeeCityHoldingIt() {
        Announcement a = TestDocuments.parse("网友您好！\n今年，绵阳市连续三届被命名为全国双拥模范城，三台县首次被命名为全国双拥模范县，全省共有11个市县获此殊荣。\n"
                + "近三年来，全市累计办理各类优待证8.6万张，安置随军家属就业215名。\n三台县在全县退役军人服务站设立了服务窗口。\n", "generated");
        assertEquals(List.of("绵阳市[8.6万张, 215名]", "三台县[]"), figures(a));
    }

    @Test
    void aClauseSettingTheSceneInAPartMakesTheRestOfItsSentenceThePartsOwn() {
        Announcement a = TestDocuments.parse("盘锦市通过复查继续保留全国文明城市称号\n\n盘锦市通过复查确认继续保留全国文明城市荣誉称号。"
                + "全市拥有湿地面积3149平方公里。在大洼区，稻田画景区年接待游客50万人次。全市注册志愿者超38万人。\n", "generated");
        assertEquals(List.of("盘锦市[3149平方公里, 38万人]"), figures(a));
    }

    @Test
    void aBoxLabelBeforeAnOpeningYearStillDatesTheSentence() {
        Announcement a = TestDocuments.parse("城市名片\n\n【文明名片】2017年，盘锦市首次荣获全国文明城市称号。2024年11月，"
                + "盘锦市通过复查确认继续保留全国文明城市荣誉称号。\n", "generated");
        assertEquals(java.util.Arrays.asList((Integer) null), a.awardees().stream().map(w -> w.timesHonored()).toList());
    }

    @Test
    void aPlaceNamedForTheCorpsTitleHasNoneOfTheNationalOnes() {
        Announcement a = TestDocuments.parse("第八师石河子市连续三届荣膺全国双拥模范城\n日前，第八师石河子市再次被命名为全国双拥模范城。"
                + "累计投入双拥资金2.6亿元。\n另悉，第七师胡杨河市本届获评兵团双拥模范城，该市共建军民融合项目56个。\n", "generated");
        assertEquals(List.of("石河子市[2.6亿元]"), figures(a));
    }

    @Test
    void aClauseOpenedByAFirstPersonIsTheSpeakersOwnButNotByAPlacesOrABodysPointer() {
        Announcement a = TestDocuments.parse("日照市连续三届蝉联全国文明城市\n\n日照市连续三届蝉联全国文明城市。全市新建停车位4200个。\n"
                + "网友留言：我在那里摆摊8年，现在收入没了着落。\n我市新建口袋公园26个，我局发放优抚金1.2亿元。\n", "generated");
        assertEquals(List.of("日照市[4200个, 26个, 1.2亿元]"), figures(a));
    }

    @Test
    void aPointerAfterAPlaceOfTheAwardeesNameInAnotherCityIsThatPlaces() {
        Announcement a = TestDocuments.parse("西安市长安区获评国家生态文明建设示范区\n\n日前，西安市长安区被命名为国家生态文明建设示范区。"
                + "全区森林覆盖率达到52.1%。\n值得一提的是，河北省石家庄市亦有一个长安区，该区去年空气优良天数为231天。\n", "generated");
        assertEquals(List.of("西安市长安区[52.1%]"), figures(a));
    }

    @Test
    void aShortNameAfterItsPlaceWasNamedInFullOpensAClauseAboutThatPlace() {
        Announcement a = TestDocuments.parse("岳阳市四度获评全国双拥模范城\n\n日前，岳阳市第四次被命名为全国双拥模范城。全市建成退役军人服务站1860个。"
                + "与常德市联合开展的“湖区拥军”活动中，常德投入资金900万元。\n", "generated");
        assertEquals(List.of("岳阳市[1860个]"), figures(a));
    }

    @Test
    void aPartAsASentencesSubjectOwnsItsOtherClausesButAnItemAfterQizhongOnlyItsOwn() {
        Announcement a = TestDocuments.parse("襄阳市首次获评国家森林城市\n\n日前，襄阳市首次获评国家森林城市。全市累计完成造林48.6万亩，"
                + "其中枣阳市完成9.3万亩；累计投入资金52亿元。樊城区建成口袋公园36个，新增绿道42公里。\n", "generated");
        assertEquals(List.of("襄阳市[48.6万亩, 52亿元]"), figures(a));
    }
}
