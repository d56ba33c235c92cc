package dev.laurel.exporters.csv;

import java.util.ArrayList;
import java.util.List;

/**
 * The CSV files and their columns, in their fixed order. This is the one place the columns are
 * listed; {@code exporters/README-formats.md} documents the same lists (a test checks it does).
 * Columns carry the JSON field names of their record; a nested object's fields are joined by a dot
 * ({@code span.start}, {@code source.name}). Keys: {@code doc} identifies an announcement,
 * {@code awardeeIndex}, {@code initiativeIndex}, {@code metricIndex}, {@code rosterIndex} and
 * {@code issueIndex} are 0-based positions in the JSON arrays (so {@code metrics.initiative} joins
 * {@code initiatives.initiativeIndex} of the same doc and awardee).
 */
public enum CsvTable {

    /** Tables layout: one row per announcement. */
    ANNOUNCEMENTS("announcements.csv", List.of("doc", "schemaVersion",
            "source.name", "source.sha256", "source.charset", "source.charsetDetected", "source.bytes",
            "source.chars", "source.textOrigin", "source.parser", "source.laurelVersion", "title", "honor", "province",
            "event.date", "event.place", "event.name")),

    /** Tables layout: one row per roster name. */
    ROSTER("roster.csv", List.of("doc", "rosterIndex",
            "name", "kind", "regionCode", "province", "hasSection", "span.start", "span.end")),

    /** Tables layout: one row per awardee; its initiatives, metrics and issues are in their own tables. */
    AWARDEES("awardees.csv", List.of("doc", "awardeeIndex",
            "name", "province", "kind", "regionCode", "honorTitle", "timesHonored", "timesKind",
            "provincialTimesHonored", "summary", "span.start", "span.end", "writtenName")),

    /** Tables layout: one row per initiative. */
    INITIATIVES("initiatives.csv", List.of("doc", "awardeeIndex", "initiativeIndex",
            "title", "text", "span.start", "span.end")),

    /** Tables layout: one row per metric. */
    METRICS("metrics.csv", List.of("doc", "awardeeIndex", "metricIndex",
            "label", "value", "upper", "unit", "qualifier", "cumulative", "initiative", "text",
            "span.start", "span.end", "category", "currency", "bounds", "labelSpan.start",
                "labelSpan.end")),

    /**
     * Tables layout: one row per diagnostic, the document's first ({@code awardeeIndex} empty), then
     * each awardee's; {@code issueIndex} is the position in its own list.
     */
    DIAGNOSTICS("diagnostics.csv", List.of("doc", "awardeeIndex", "issueIndex",
            "kind", "severity", "awardee", "message", "span.start", "span.end")),

    /**
     * Flat layout: one row per metric with its document's columns (as in announcements.csv), its
     * awardee's scalar columns (prefixed {@code awardee.}; not the summary or span), its
     * initiative's title, and the metric's columns (as in metrics.csv). Awardees without metrics
     * have no row.
     */
    FLAT_METRICS("metrics.csv", flatColumns());

    private final String fileName;
    private final List<String> columns;

    CsvTable(String fileName, List<String> columns) {
        this.fileName = fileName;
        this.columns = columns;
    }

    /**
     * The file name in the export folder.
     *
     * @return the name, e.g. {@code metrics.csv}
     */
    public String fileName() {
        return fileName;
    }

    /**
     * The header, in order.
     *
     * @return an unmodifiable list of column names
     */
    public List<String> columns() {
        return columns;
    }

    /**
     * The tables of the {@code tables} layout, in the order they are documented.
     *
     * @return an unmodifiable list
     */
    public static List<CsvTable> tablesLayout() {
        return List.of(ANNOUNCEMENTS, ROSTER, AWARDEES, INITIATIVES, METRICS, DIAGNOSTICS);
    }

    private static List<String> flatColumns() {
        List<String> c = new ArrayList<>(List.of("doc", "schemaVersion",
                "source.name", "source.sha256", "source.charset", "source.charsetDetected", "source.bytes",
                "source.chars", "source.textOrigin", "source.parser", "source.laurelVersion", "title", "honor", "province",
                "event.date", "event.place", "event.name"));
        // Not a static field: enum constants are built before the enum's static fields.
        c.addAll(List.of("awardeeIndex", "awardee.name", "awardee.province",
                "awardee.kind", "awardee.regionCode", "awardee.honorTitle", "awardee.timesHonored",
                "awardee.timesKind", "awardee.provincialTimesHonored"));
        c.add("initiative.title");
        c.addAll(List.of("metricIndex", "label", "value", "upper", "unit", "qualifier", "cumulative",
                "initiative", "text", "span.start", "span.end", "category", "currency", "bounds", "labelSpan.start",
                "labelSpan.end"));
        return List.copyOf(c);
    }
}
