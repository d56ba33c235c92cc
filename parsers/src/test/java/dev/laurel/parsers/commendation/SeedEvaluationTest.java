package dev.laurel.parsers.commendation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.laurel.model.Announcement;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The sample against its hand-checked gold (core's test resources gold/seed-gold.json), with the bars of the parser issue. */
class SeedEvaluationTest {
    private static GoldScore score;

    @BeforeAll
    static void parseSeed() {
        Announcement a = TestDocuments.parse(TestDocuments.seedText(), "000_8580ebc5395fa60a.txt");
        score = GoldScore.score(TestDocuments.fileJson(TestDocuments.SEED_GOLD), a);
        System.out.println("[seed evaluation]\n" + score.report());
    }

    @Test
    void rosterHasAllTwentyNamesInTextOrder() {
        assertEquals(20, score.rosterFound);
        assertTrue(score.rosterOrderKept, score.report());
    }

    @Test
    void everySectionIsAnAwardee() {
        assertEquals(15, score.awardeesFound);
        assertEquals(15, score.awardeesPredicted);
    }

    @Test
    void honourCountsAreRight() {
        assertEquals(15, score.timesRight, score.report());
        assertEquals(15, score.timesKindRight, score.report());
    }

    @Test
    void initiativesF1AtLeast095() {
        assertTrue(score.initiativesF1() >= 0.95, score.report());
    }

    @Test
    void metricsPrecisionRecallAndQualifiers() {
        assertTrue(score.metricsPrecision() >= 0.95, score.report());
        assertTrue(score.metricsRecall() >= 0.95, score.report());
        assertTrue(score.qualifierAccuracy() >= 0.95, score.report());
    }

    /** Issue 16: exact labels at least 70% of the matched metrics, unrelated ones at most 2%. */
    @Test
    void labelsNameWhatTheFiguresMeasure() {
        assertTrue(score.labelsGold >= 140, score.report());
        assertTrue(score.labelsExact >= 0.70 * score.labelsGold, score.report());
        assertTrue(score.labelsUnrelated <= 0.02 * score.labelsGold, score.report());
    }

    @Test
    void headlineHonourProvinceEventKindsTitlesAndSummariesAreRight() {
        assertEquals(java.util.List.of(), score.fieldsWrong, score.report());
    }

    @Test
    void diagnosticsReportTheKnownDefects() {
        assertTrue(score.diagnosticsMissed.size() <= 2, score.report());
    }
}
