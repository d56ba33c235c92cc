package dev.laurel.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/** The records refuse bad values with an unchecked exception naming the field, and copy their lists. */
class ModelValidationTest {

    static final SourceSpan SPAN = new SourceSpan(0, 3);
    static final SourceInfo INFO = new SourceInfo("a.txt", "00ff", "UTF-8", true, 9, 3, "decoded");

    static Awardee awardee(String name, String regionCode, List<Initiative> initiatives, List<Metric> metrics) {
        return new Awardee(name, "浙江省", RegionKind.PREFECTURE_CITY, regionCode, "全国双拥模范城", 9, TimesKind.TOTAL,
                null, "杭州市坚持双拥优良传统。", initiatives, metrics, SPAN, List.of());
    }

    static Metric metric(BigDecimal value, BigDecimal upper, Integer initiative, String text) {
        return new Metric("慰问金额", value, upper, "元", Qualifier.MORE_THAN, false, initiative, text, SPAN);
    }

    /** Asserts that {@code code} throws an unchecked exception whose message names {@code field}. */
    static RuntimeException assertRejects(String field, Executable code) {
        RuntimeException e = assertThrows(RuntimeException.class, code);
        assertTrue(e instanceof IllegalArgumentException || e instanceof NullPointerException,
                "unexpected exception type " + e.getClass());
        assertTrue(e.getMessage() != null && e.getMessage().contains(field),
                "message should name '" + field + "': " + e.getMessage());
        return e;
    }

    @Test
    void aValidAwardeeIsAccepted() {
        Awardee a = awardee("杭州市", "330100", List.of(), List.of());
        assertEquals("杭州市", a.name());
        assertEquals("330100", a.regionCode());
    }

    @Test
    void blankOrNullAwardeeNameFails() {
        assertRejects("name", () -> awardee(" \u3000", null, List.of(), List.of()));
        assertRejects("name", () -> awardee("", null, List.of(), List.of()));
        assertRejects("name", () -> awardee(null, null, List.of(), List.of()));
    }

    @Test
    void blankRosterNameFails() {
        assertRejects("name", () -> new RosterEntry("  ", null, null, null, false, SPAN));
    }

    @Test
    void negativeSpanStartFails() {
        assertRejects("start", () -> new SourceSpan(-1, 4));
    }

    @Test
    void spanEndBeforeStartFails() {
        assertRejects("end", () -> new SourceSpan(5, 4));
        assertEquals(0, new SourceSpan(5, 5).length());
    }

    @Test
    void badRegionCodeFails() {
        for (String bad : List.of("33010", "3301000", "33010a", "３３０１００", "")) {
            assertRejects("regionCode", () -> awardee("杭州市", bad, List.of(), List.of()));
            assertRejects("regionCode", () -> new RosterEntry("杭州市", null, bad, null, true, SPAN));
        }
        assertNull(new RosterEntry("杭州市", null, null, null, true, SPAN).regionCode());
    }

    @Test
    void nullInAListFailsNamingTheList() {
        List<RosterEntry> roster = new ArrayList<>();
        roster.add(new RosterEntry("杭州市", null, null, null, true, SPAN));
        roster.add(null);
        assertRejects("roster", () -> Announcement.of(INFO, null, null, null, null, roster, List.of(), List.of()));
        assertRejects("awardees", () -> Announcement.of(INFO, null, null, null, null, List.of(),
                Arrays.asList((Awardee) null), List.of()));
        assertRejects("issues", () -> Announcement.of(INFO, null, null, null, null, List.of(), List.of(),
                Arrays.asList((Diagnostic) null)));
        assertRejects("metrics", () -> awardee("杭州市", null, List.of(), Arrays.asList((Metric) null)));
        assertRejects("initiatives", () -> awardee("杭州市", null, Arrays.asList((Initiative) null), List.of()));
    }

    @Test
    void listsAreCopiedAndImmutable() {
        List<RosterEntry> roster = new ArrayList<>();
        roster.add(new RosterEntry("杭州市", null, null, null, true, SPAN));
        Announcement a = Announcement.of(INFO, null, null, null, null, roster, null, null);
        roster.add(new RosterEntry("宁波市", null, null, null, false, SPAN));
        assertEquals(1, a.roster().size(), "a later change to the caller's list must not show");
        assertThrows(UnsupportedOperationException.class,
                () -> a.roster().add(new RosterEntry("温州市", null, null, null, false, SPAN)));
        assertEquals(List.of(), a.awardees(), "a null list becomes empty");
        assertEquals(List.of(), a.issues());
        assertThrows(UnsupportedOperationException.class, () -> a.allIssues().clear());

        List<Metric> metrics = new ArrayList<>(List.of(metric(new BigDecimal("63000000"), null, null, "6300万元")));
        Awardee w = awardee("杭州市", null, List.of(), metrics);
        metrics.clear();
        assertEquals(1, w.metrics().size());
        assertThrows(UnsupportedOperationException.class, () -> w.metrics().remove(0));
    }

    @Test
    void metricChecks() {
        assertRejects("value", () -> metric(null, null, null, "6300万元"));
        assertRejects("text", () -> metric(BigDecimal.ONE, null, null, " "));
        assertRejects("upper", () -> metric(new BigDecimal("50000"), new BigDecimal("30000"), null, "3至5万元"));
        assertRejects("initiative", () -> metric(BigDecimal.ONE, null, -1, "1个"));
        assertRejects("qualifier", () -> new Metric(null, BigDecimal.ONE, null, null, null, false, null, "1", SPAN));
        assertRejects("span", () -> new Metric(null, BigDecimal.ONE, null, null, Qualifier.EXACT, false, null, "1", null));
        assertEquals(0, new BigDecimal("63000000").compareTo(
                metric(new BigDecimal("6.3E+7"), null, null, "6300万元").value()));
    }

    @Test
    void awardeeCountChecks() {
        assertRejects("timesHonored", () -> new Awardee("杭州市", null, null, null, null, -1, null, null, null,
                List.of(), List.of(), SPAN, List.of()));
        assertRejects("provincialTimesHonored", () -> new Awardee("杭州市", null, null, null, null, null, null, -2,
                null, List.of(), List.of(), SPAN, List.of()));
        // A count of honours, where stated, is at least 1 (the schema says minimum 1 too).
        assertRejects("timesHonored", () -> new Awardee("杭州市", null, null, null, null, 0, null, null, null,
                List.of(), List.of(), SPAN, List.of()));
        assertRejects("provincialTimesHonored", () -> new Awardee("杭州市", null, null, null, null, null, null, 0,
                null, List.of(), List.of(), SPAN, List.of()));
        assertRejects("timesKind", () -> new Awardee("杭州市", null, null, null, null, null, TimesKind.CONSECUTIVE,
                null, null, List.of(), List.of(), SPAN, List.of()));
        assertRejects("span", () -> new Awardee("杭州市", null, null, null, null, null, null, null, null,
                List.of(), List.of(), null, List.of()));
    }

    @Test
    void metricInitiativeIndexMustPointIntoTheInitiatives() {
        Initiative one = new Initiative("发挥双拥体制优势", "……", SPAN);
        awardee("杭州市", null, List.of(one), List.of(metric(BigDecimal.ONE, null, 0, "1个")));
        assertRejects("initiative", () -> awardee("杭州市", null, List.of(one),
                List.of(metric(BigDecimal.ONE, null, 1, "1个"))));
    }

    @Test
    void otherRecordsNameTheirFields() {
        assertRejects("title", () -> new Initiative(" ", "text", SPAN));
        assertRejects("message", () -> new Diagnostic(DiagnosticKind.NO_ROSTER, Severity.INFO, null, "", null));
        assertRejects("kind", () -> new Diagnostic(null, Severity.INFO, null, "m", null));
        assertRejects("schemaVersion", () -> new Announcement(" ", INFO, null, null, null, null, null, null, null));
        assertRejects("source", () -> Announcement.of(null, null, null, null, null, null, null, null));
        assertRejects("bytes", () -> new SourceInfo("a", "00", "UTF-8", true, -1, 0, "decoded"));
        assertRejects("chars", () -> new SourceInfo("a", "00", "UTF-8", true, 0, -1, "decoded"));
        assertRejects("name", () -> new SourceInfo(" ", "00", "UTF-8", true, 0, 0, "decoded"));
        assertRejects("parser", () -> new SourceInfo("a", "00", "UTF-8", true, 0, 0, "decoded", " ", "0.1.0"));
        assertRejects("laurelVersion", () -> new SourceInfo("a", "00", "UTF-8", true, 0, 0, "decoded", "p", ""));
        SourceInfo stamped = INFO.withProvenance("commendation-text", "0.1.0");
        assertEquals("commendation-text", stamped.parser());
        assertEquals("0.1.0", stamped.laurelVersion());
        assertEquals(null, INFO.parser());
        assertThrows(IllegalArgumentException.class, () -> new Event(null, null, null));
        assertEquals("北京", new Event(null, "北京", null).place());
    }

    @Test
    void diagnosticOfUsesTheKindsDefaultSeverity() {
        Diagnostic d = Diagnostic.of(DiagnosticKind.SPLIT_PARAGRAPH_JOINED, "杭州市", "rejoined", SPAN);
        assertEquals(Severity.INFO, d.severity());
        assertEquals("split-paragraph-joined", d.kind().id());
    }
}
