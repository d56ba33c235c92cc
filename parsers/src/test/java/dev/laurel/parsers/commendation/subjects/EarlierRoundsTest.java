package dev.laurel.parsers.commendation.subjects;

import dev.laurel.model.Announcement;
import dev.laurel.parsers.commendation.TestDocuments;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Places said to have won in an earlier round, by the years the page gives them, are no awardees of this one. */
class EarlierRoundsTest {
    /** Each awardee with its count, in page order. */
    private static List<String> awardees(Announcement a) {
        return a.awardees().stream().map(w -> w.name() + ":" + w.timesHonored()).toList();
    }

    @Test
    void aHolderWhoseBracketedYearsAreAllEarlierIsNoAwardee() {
        Announcement a = TestDocuments.parse("曲靖首次获评国家园林城市\n2025-03-02　来源：云南网\n\n近日，住房和城乡建设部公布新一批国家园林城市名单，"
                + "曲靖市首次获此称号。截至目前，玉溪市已三次获评（2012年、2017年、2022年）。\n曲靖市新建口袋公园86个。\n", "generated");
        assertEquals(List.of("曲靖市:1"), awardees(a));
    }

    @Test
    void aPageAboutAPlaceThatTellsNoLaterRoundIsAboutTheHolderOfAnEarlierNaming() {
        Announcement a = TestDocuments.parse("随州投资环境概览（2025年版）\n更新日期：2025年3月\n\n随州市位于湖北省北部，常住人口198万人。"
                + "\n2023年，随州市首次获评国家园林城市。全市建成区绿化覆盖率41.2%。\n", "generated");
        assertEquals(List.of("随州市:1"), awardees(a));
        assertEquals(1, a.issues().stream().filter(d -> d.kind() == dev.laurel.model.DiagnosticKind.INFERRED_AWARDEE).count(),
                "said to rest on the page telling no later round");
    }

    @Test
    void aPageAboutTheHonourThatRetellsAnEarlierNamingHasNoAwardee() {
        Announcement a = TestDocuments.parse("五年前的今天｜随州获评国家园林城市\n2025-03-02　来源：随州发布\n\n"
                + "2020年，随州市首次获评国家园林城市。那一年，全市建成区绿化覆盖率41.2%。\n", "generated");
        assertEquals(List.of(), awardees(a));
    }

    @Test
    void aHolderWhoseBracketedYearsReachThisRoundIsAnAwardee() {
        Announcement a = TestDocuments.parse("两市获评国家园林城市\n2025-03-02　来源：云南网\n\n近日，住房和城乡建设部公布新一批国家园林城市名单，"
                + "曲靖市首次获此称号，玉溪市第三次获评（2015年、2020年、2025年）。\n", "generated");
        assertEquals(List.of("曲靖市:1", "玉溪市:3"), awardees(a));
    }

    @Test
    void aPlaceNamedTheSameYearAsAnEarlierRowOfAHistoryIsNoAwardee() {
        Announcement a = TestDocuments.parse("回眸丨我市双拥之路\n2025-01-06　来源：南充日报\n\n1月5日，四川省双拥模范城（县）命名大会召开，"
                + "南充市连续第三次被命名为四川省双拥模范城。\n历届获评情况：\n2017年　第一次\n2021年　第二次（阆中市同年获评四川省双拥模范县）\n"
                + "2025年　第三次\n本轮创建中，全市建成退役军人服务站980个。\n", "generated");
        assertEquals(List.of("南充市:3"), awardees(a));
    }

    @Test
    void anEarlierRoundsSmallerCountAfterThisRoundsIsNoLaterStep() {
        Announcement a = TestDocuments.parse("走进宁波\n发布时间：2024-11-05　来源：宁波市人民政府办公厅\n\n城市荣誉。2024年10月，宁波市再次被命名为全国双拥模范城，"
                + "实现“七连冠”。此前，宁波已于2020年实现“六连冠”。\n", "generated");
        assertEquals(List.of("宁波市:7"), awardees(a));
    }

    @Test
    void aYearToReachAfterAFirstTimeIsNoLaterStepOfATimeline() {
        Announcement a = TestDocuments.parse("投资环境\n更新时间：2024-01-16\n\n【生态环境】近年来，全市累计完成造林绿化46.8万亩。2023年11月，"
                + "三明市首次被授予“国家森林城市”称号。按照规划，到2025年全市森林覆盖率将稳定在80%以上。\n", "generated");
        assertEquals(List.of("三明市:1"), awardees(a));
    }

    @Test
    void aSentenceOpenedByAListOfYearsTellsEarlierRounds() {
        Announcement a = TestDocuments.parse("宁乡市实现“三连冠”\n来源：长沙晚报　2021-09-27\n\n9月24日，宁乡市被命名为湖南省双拥模范城。"
                + "2013年、2017年，当时的宁乡县两度获评；2019年撤县设市后，宁乡以“市”的新身份再获这一称号，实现“三连冠”。\n", "generated");
        assertEquals(List.of("宁乡市:3"), awardees(a));
    }
}
