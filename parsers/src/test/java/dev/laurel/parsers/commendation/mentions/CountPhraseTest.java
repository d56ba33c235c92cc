package dev.laurel.parsers.commendation.mentions;

import dev.laurel.model.Announcement;
import dev.laurel.parsers.commendation.TestDocuments;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** Count phrases (首次, 第三次, 连续三次) and the distributive words that share one among a list. */
class CountPhraseTest {

    @ParameterizedTest
    @CsvSource({"首次获此殊荣, 1 TOTAL", "蝉联三届, 3 CONSECUTIVE", "蝉联第4次, 4 CONSECUTIVE", "第三次, 3 TOTAL", "第6次命名, 6 TOTAL", "连续三次获评, 3 CONSECUTIVE",
        "三连冠, 3 CONSECUTIVE"})
    void readsCounts(String text, String expected) {
        CountPhrase c = CountPhrase.startOf(text);
        assertEquals(expected, c.times() + " " + c.kind());
    }

    @ParameterizedTest
    @ValueSource(strings = {"第十届", "3个", "投入2亿元", "此前两次", "2024年首次", "第2次申报", "第三次参评"})
    void refusesWhatIsNoCount(String text) {
        assertNull(CountPhrase.startOf(text), text);
    }

    @ParameterizedTest
    @CsvSource({"第二届, 2", "第十二届, 12", "第3届, 3"})
    void aListNoteSayingOnlyAnEditionIsTheNamesCount(String note, int times) {
        assertEquals(times, CountPhrase.noteEdition(note).times());
    }

    @ParameterizedTest
    @ValueSource(strings = {"第二届全国文明城市", "连续第三届", "第二次", "二届", "第0届"})
    void aNoteSayingMoreThanAnEditionIsNoEditionsCount(String note) {
        assertNull(CountPhrase.noteEdition(note), note);
    }

    @Test
    void aDistributiveWordGivesTheCountToEveryPlaceBeforeIt() {
        Announcement a = TestDocuments.parse("达州、巴中两市获命名国家卫生城市\n\n"
                + "近日，全国爱卫会命名国家卫生城市。我省达州市、巴中市榜上有名，均为首次获此殊荣。\n\n"
                + "达州市累计投入创卫资金86.4亿元。巴中市改造背街小巷1380余条。\n", "generated");
        assertEquals(List.of("达州市1", "巴中市1"),
                a.awardees().stream().map(w -> w.name() + w.timesHonored()).toList());
    }

    @Test
    void placesListedBeforeAVerbOfAchievingShareItsCount() {
        Announcement a = TestDocuments.parse("关于命名吉林省双拥模范城（县）的决定\n\n"
                + "省委、省政府决定，命名长春市等4个市（州）为吉林省双拥模范城。其中，长春市、吉林市和延边朝鲜族自治州实现“七连冠”，"
                + "四平市实现“六连冠”。\n\n附件：\n长春市　吉林市　四平市　延边朝鲜族自治州\n", "generated");
        assertEquals(List.of("长春市7", "吉林市7", "延边朝鲜族自治州7", "四平市6"),
                a.awardees().stream().map(w -> w.name() + w.timesHonored()).toList());
    }

    @ParameterizedTest
    @ValueSource(strings = {"（括号内为命名的次数；未标注次数的均为首次命名）", "说明：括号内为获得命名的次数，未作标注的为首次获得命名。"})
    void aNoteSayingUnmarkedPlacesAreFirstNamedCountsThem(String note) {
        Announcement a = TestDocuments.parse("关于命名云南省双拥模范城（县）的决定\n\n附件：名单\n"
                + note + "\n曲靖市\n保山市（第二次，2016年曾获命名）\n安宁市\n", "generated");
        assertEquals(List.of("曲靖市1", "保山市2", "安宁市1"),
                a.awardees().stream().map(w -> w.name() + w.timesHonored()).toList());
    }

    @Test
    void aCountSaidOfListedPlacesIsReadInTraditionalScriptToo() {
        Announcement a = TestDocuments.parse("新一批國家森林城市名單公佈\n\n廣東省：陽江市、雲浮市\n廣西壯族自治區：北海市、賀州市\n\n"
                + "陽江市和雲浮市均為首次獲此稱號。\n", "generated");
        assertEquals(List.of("陽江市1", "雲浮市1"), a.awardees().stream().filter(w -> w.timesHonored() != null)
                .map(w -> w.name() + w.timesHonored()).toList());
    }

    @Test
    void placesOfAnotherSentenceDoNotShareTheCount() {
        Announcement a = TestDocuments.parse("达州、巴中两市获命名国家卫生城市\n\n"
                + "近日，全国爱卫会命名国家卫生城市。我省达州市、巴中市榜上有名。巴中市还获评省级园林城市，均为首次。\n\n"
                + "达州市累计投入创卫资金86.4亿元。巴中市改造背街小巷1380余条。\n", "generated");
        assertEquals(List.of("达州市null", "巴中市null"),
                a.awardees().stream().map(w -> w.name() + w.timesHonored()).toList());
    }

    @ParameterizedTest
    @CsvSource({"继2019年之后第二次获得命名, 第二次获得命名", "继上一届以后再次入选, 再次入选", "继2016年后第三次获评, 第三次获评",
        "继续保留称号, 继续保留称号", "继2019年，之后第二次, 继2019年，之后第二次", "第二次获得命名, 第二次获得命名"})
    void aFrameNamingTheRoundACountFollowsIsPassedOver(String text, String rest) {
        assertEquals(rest, text.substring(CountPhrase.afterSinceFrame(text, 0)));
    }
}
