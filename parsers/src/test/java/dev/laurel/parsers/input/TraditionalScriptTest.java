package dev.laurel.parsers.input;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.laurel.model.Announcement;
import dev.laurel.model.Awardee;
import dev.laurel.model.RosterEntry;
import dev.laurel.parsers.commendation.Scoring;
import dev.laurel.text.TraditionalToSimplified;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Fixture 01 in traditional script gives the records of its simplified twin; names stay as written. */
class TraditionalScriptTest {
    static final String HANS = "01-jiangsu-numbered-sections";
    static final String HANT = "01-jiangsu-numbered-sections-hant";
    private static String hantText;
    private static Announcement hans;
    private static Announcement hant;

    @BeforeAll
    static void parseBoth() {
        hans = Scoring.parseText(Scoring.resourceText("/fixtures/" + HANS + ".txt"), HANS + ".txt");
        hantText = Scoring.resourceText("/fixtures/" + HANT + ".txt");
        hant = Scoring.parseText(hantText, HANT + ".txt");
    }

    @Test
    void sameAwardeesRegionsAndCounts() {
        assertEquals(hans.awardees().size(), hant.awardees().size());
        assertTrue(hans.awardees().size() >= 6, "fixture 01 has seven sections, one cut off");
        for (int i = 0; i < hans.awardees().size(); i++) {
            Awardee s = hans.awardees().get(i);
            Awardee t = hant.awardees().get(i);
            assertEquals(s.regionCode(), t.regionCode(), s.name());
            assertEquals(s.kind(), t.kind(), s.name());
            assertEquals(s.timesHonored(), t.timesHonored(), s.name());
            assertEquals(s.timesKind(), t.timesKind(), s.name());
            assertEquals(s.provincialTimesHonored(), t.provincialTimesHonored(), s.name());
            assertEquals(s.name(), TraditionalToSimplified.toSimplified(t.name()), "names as written: " + t.name());
            assertEquals(s.initiatives().size(), t.initiatives().size(), s.name());
        }
        assertEquals(hans.roster().stream().map(RosterEntry::regionCode).toList(),
                hant.roster().stream().map(RosterEntry::regionCode).toList());
        assertEquals(hans.roster().stream().map(RosterEntry::hasSection).toList(),
                hant.roster().stream().map(RosterEntry::hasSection).toList());
    }

    @Test
    void namesAreInTraditionalScriptAsWritten() {
        List<String> names = hant.awardees().stream().map(Awardee::name).toList();
        assertTrue(names.contains("無錫市") && names.contains("蘇州市") && names.contains("沛縣"), names.toString());
        for (Awardee a : hant.awardees()) {
            assertTrue(hantText.contains(a.name()), a.name());
        }
        hant.roster().forEach(r -> assertEquals(r.name(), r.span().of(hantText)));
    }

    @Test
    void sameFiguresWithValuesUnitsAndQualifiers() {
        assertEquals(figures(hans), figures(hant));
        assertEquals(List.of(), Scoring.spanProblems(hant, hantText));
    }

    @Test
    void sameEventAndDiagnostics() {
        assertEquals(hans.event().date(), hant.event().date());
        assertEquals(hans.event().place(), hant.event().place());
        assertEquals(hans.event().name(), TraditionalToSimplified.toSimplified(hant.event().name()), "as written");
        assertEquals(hans.allIssues().stream().map(d -> d.kind().id()).toList(),
                hant.allIssues().stream().map(d -> d.kind().id()).toList());
    }

    private static List<String> figures(Announcement a) {
        return a.awardees().stream().flatMap(w -> w.metrics().stream().map(m -> TraditionalToSimplified.toSimplified(w.name())
                + " " + m.value().stripTrailingZeros().toPlainString() + " " + m.unit() + " " + m.qualifier().id()
                + " " + m.cumulative())).toList();
    }
}
