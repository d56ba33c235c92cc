package dev.laurel.parsers.commendation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.laurel.model.Announcement;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each hand-written fixture of the document family against its gold file, scored like the sample.
 * See fixtures/README.md for what each fixture covers.
 */
class FixtureEvaluationTest {

    static Stream<String> fixtures() {
        return Stream.of(
                "01-jiangsu-numbered-sections",
                "01-jiangsu-numbered-sections-hant",
                "02-shandong-colon-headings",
                "03-shanxi-grouped-roster",
                "04-henan-numbered-roster",
                "05-xiangyang-news-story",
                "06-guangdong-provincial",
                "07-suzhou-respectively",
                "08-fujian-messy-crlf",
                "09-mianyang-figures",
                "10-jiangxi-duplicate-foreign");
    }

    @ParameterizedTest
    @MethodSource("fixtures")
    void matchesGold(String name) {
        String text = TestDocuments.resourceText("/fixtures/" + name + ".txt");
        Announcement a = TestDocuments.parse(text, name + ".txt");
        GoldScore s = GoldScore.score(TestDocuments.resourceJson("/fixtures/" + name + ".gold.json"), a);
        System.out.println("[fixture " + name + "]\n" + s.report());
        assertEquals(java.util.List.of(), Spans.problems(a, text));
        assertEquals(s.rosterGold, s.rosterFound, s.report());
        assertTrue(s.rosterOrderKept, s.report());
        assertEquals(s.awardeesGold, s.awardeesFound, s.report());
        assertEquals(s.awardeesGold, s.awardeesPredicted, s.report());
        assertEquals(s.awardeesGold, s.timesRight, s.report());
        assertEquals(s.awardeesGold, s.timesKindRight, s.report());
        assertEquals(s.awardeesGold, s.provincialTimesRight, s.report());
        assertTrue(s.initiativesF1() >= 0.95, s.report());
        assertTrue(s.metricsPrecision() >= 0.95, s.report());
        assertTrue(s.metricsRecall() >= 0.95, s.report());
        assertTrue(s.qualifierAccuracy() >= 0.95, s.report());
        assertTrue(s.diagnosticsMissed.isEmpty(), s.report());
        assertEquals(java.util.List.of(), s.fieldsWrong, s.report());
    }
}
