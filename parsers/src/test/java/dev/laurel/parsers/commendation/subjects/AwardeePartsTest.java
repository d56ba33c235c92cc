package dev.laurel.parsers.commendation.subjects;

import dev.laurel.model.Announcement;
import dev.laurel.parsers.commendation.TestDocuments;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Parts of a deeds section about another awardee of the page are that awardee's. */
class AwardeePartsTest {
    private static final String HEAD = "运城市永济市芮城县获评山西省双拥模范城（县）\n\n山西省双拥模范城（县）命名表彰大会日前在太原举行，"
            + "运城市、永济市、芮城县榜上有名。运城市实现“七连冠”，永济市连续四届获此殊荣，芮城县第二次获评。\n"
            + "运城市：三年来市财政累计列支双拥经费1.08亿元，安置退役军人2860名。\n";

    /** Each awardee with its figures, sorted by name. */
    private static List<String> figures(Announcement a) {
        return a.awardees().stream().map(w -> w.name() + w.metrics().stream().map(m -> m.text()).toList()).sorted().toList();
    }

    @Test
    void aParagraphAfterOneAwardeesSectionOpeningWithOthersIsTheirs() {
        Announcement a = TestDocuments.parse(HEAD + "永济市投入1500万元建成退役军人创业孵化基地，入驻企业36家；"
                + "芮城县组织慰问活动130余场次，帮扶军烈属困难家庭约480户。\n", "generated");
        assertEquals(List.of("永济市[1500万元, 36家]", "芮城县[130余场次, 480户]", "运城市[1.08亿元, 2860名]"), figures(a));
    }

    @Test
    void aPersonsWordsInsideAnotherAwardeesPartAreNobodys() {
        Announcement a = TestDocuments.parse(HEAD + "永济市投入1500万元建成退役军人创业孵化基地。在永济经营食品厂二十余年的台商林先生说，"
                + "厂里约300名员工中就有十多名是退役军人。\n", "generated");
        assertEquals(List.of("永济市[1500万元]", "芮城县[]", "运城市[1.08亿元, 2860名]"), figures(a));
    }

    @Test
    void aBodyNamedAfterAnAwardeeOpensNoPartOfIts() {
        Announcement a = TestDocuments.parse(HEAD + "永济市人民医院、芮城县古田镇人民政府等5个单位获评双拥模范单位。\n", "generated");
        assertEquals(List.of("永济市[]", "芮城县[]", "运城市[1.08亿元, 2860名]"), figures(a));
    }
}
