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
}
