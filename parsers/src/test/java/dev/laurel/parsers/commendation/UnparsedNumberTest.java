package dev.laurel.parsers.commendation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.laurel.model.Announcement;
import dev.laurel.model.Awardee;
import dev.laurel.model.Diagnostic;
import dev.laurel.model.DiagnosticKind;
import dev.laurel.model.Metric;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A numeral the quantity engine cannot read gives no figure and an {@code unparsed-number} diagnostic on its span (issue 14). */
class UnparsedNumberTest {

    @Test
    void anUnreadableNumeralIsReportedNotReadInPart() {
        String city = "七台河市";
        String text = "热烈祝贺黑龙江省荣获全国双拥模范城（县）命名\n\n黑龙江省" + city + "\n\n"
                + city + "坚持双拥优良传统，先后3次被命名为全国双拥模范城。\n\n"
                + "支持部队建设。" + city + "投入3.5.6万元用于部队基础设施建设，帮助随军家属就业120人。\n";
        Announcement a = TestDocuments.parse(text, "generated");
        Awardee w = a.awardees().get(0);
        assertEquals(List.of("120人"), w.metrics().stream().map(Metric::text).toList());
        List<Diagnostic> unparsed = w.issues().stream().filter(d -> d.kind() == DiagnosticKind.UNPARSED_NUMBER).toList();
        assertEquals(1, unparsed.size(), w.issues().toString());
        Diagnostic d = unparsed.get(0);
        assertEquals(city, d.awardee());
        assertEquals("3.5.6万", text.substring(d.span().start(), d.span().end()));
    }

    /** Issue 14, item 15: a numeral longer than the engine reads (48 chars) is no figure cut to 48 digits. */
    @Test
    void anOverLongNumeralIsReportedNotCut() {
        String digits = "1".repeat(60);
        Announcement a = TestDocuments.parse(document("投入" + digits + "元用于部队基础设施建设，帮助随军家属就业120人。"), "generated");
        Awardee w = a.awardees().get(0);
        assertEquals(List.of("120人"), w.metrics().stream().map(Metric::text).toList());
        List<Diagnostic> unparsed = w.issues().stream().filter(d -> d.kind() == DiagnosticKind.UNPARSED_NUMBER).toList();
        assertEquals(1, unparsed.size(), w.issues().toString());
        assertEquals(60, unparsed.get(0).span().end() - unparsed.get(0).span().start());
    }

    /**
     * Issue 14, item 15: 三分之一 has the engine's one form in the records (a share in %, 16 significant
     * digits), as in {@code laurel quantities}; a 又 mixed number without unit is no figure (not 35033.33 %).
     */
    @Test
    void aFractionIsTheEnginesShareAndAMixedNumberIsNoFigure() {
        String deeds = "全市三分之一的家庭参与拥军，三百五又三分之一，四分之一的企业参与。";
        Awardee w = TestDocuments.parse(document(deeds), "generated").awardees().get(0);
        dev.laurel.text.Quantity engine = new dev.laurel.text.QuantityScanner().scan("三分之一").get(0);
        assertEquals(List.of("三分之一|" + engine.value() + "|" + engine.unit(), "四分之一|25|%"),
                w.metrics().stream().map(m -> m.text() + "|" + m.value().toPlainString() + "|" + m.unit()).toList());
        assertEquals("33.33333333333333", engine.value().toPlainString());
    }

    private static String document(String deeds) {
        String city = "七台河市";
        return "热烈祝贺黑龙江省荣获全国双拥模范城（县）命名\n\n黑龙江省" + city + "\n\n"
                + city + "坚持双拥优良传统，先后3次被命名为全国双拥模范城。\n\n支持部队建设。" + city + deeds + "\n";
    }
}
