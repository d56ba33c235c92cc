package dev.laurel.parsers.commendation;

import dev.laurel.model.Announcement;
import java.util.List;

/**
 * The package's test helpers (gold scoring, span checks, fixtures) for tests in other packages
 * (html, hostile, fuzz): a read-only bridge, so those tests score exactly like FixtureEvaluationTest.
 */
public final class Scoring {
    private Scoring() {
    }

    /** The figures of {@link GoldScore} for an announcement against a gold resource such as {@code /fixtures/x.gold.json}. */
    public record Figures(int rosterFound, int rosterGold, boolean rosterOrderKept, int awardeesFound, int awardeesGold,
                          int awardeesPredicted, int timesRight, int timesKindRight, int provincialTimesRight,
                          double initiativesF1, double metricsPrecision, double metricsRecall,
                          double qualifierAccuracy, List<String> diagnosticsMissed, String report) {
    }

    public static Figures score(String goldResource, Announcement a) {
        GoldScore s = GoldScore.score(TestDocuments.resourceJson(goldResource), a);
        return new Figures(s.rosterFound, s.rosterGold, s.rosterOrderKept, s.awardeesFound, s.awardeesGold,
                s.awardeesPredicted, s.timesRight, s.timesKindRight, s.provincialTimesRight, s.initiativesF1(),
                s.metricsPrecision(), s.metricsRecall(), s.qualifierAccuracy(), List.copyOf(s.diagnosticsMissed),
                s.report());
    }

    /** Problems with the announcement's spans against the text they index into; empty when all are valid. */
    public static List<String> spanProblems(Announcement a, String text) {
        return Spans.problems(a, text);
    }

    /** The records with spans and source details dropped, for comparing two layouts of one text. */
    public static List<Object> withoutSpans(Announcement a) {
        return ParserInvariantsTest.withoutSpans(a);
    }

    public static String resourceText(String path) {
        return TestDocuments.resourceText(path);
    }

    public static String seedText() {
        return TestDocuments.seedText();
    }

    /** Parses text with the plain-text parser. */
    public static Announcement parseText(String text, String name) {
        return TestDocuments.parse(text, name);
    }
}
