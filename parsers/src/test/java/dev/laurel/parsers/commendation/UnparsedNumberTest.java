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
}
