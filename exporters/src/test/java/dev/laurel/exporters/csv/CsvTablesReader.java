package dev.laurel.exporters.csv;

import dev.laurel.model.Announcement;
import dev.laurel.model.Awardee;
import dev.laurel.model.Diagnostic;
import dev.laurel.model.DiagnosticKind;
import dev.laurel.model.Event;
import dev.laurel.model.Initiative;
import dev.laurel.model.Metric;
import dev.laurel.model.Qualifier;
import dev.laurel.model.RegionKind;
import dev.laurel.model.RosterEntry;
import dev.laurel.model.Severity;
import dev.laurel.model.SourceInfo;
import dev.laurel.model.SourceSpan;
import dev.laurel.model.TimesKind;
import dev.laurel.exporters.Decimals;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Test-side reader: parses the tables layout with Apache Commons CSV (independently of the writer's
 * code) by header name and rebuilds the records. CSV cannot tell null from "", so compare the result
 * with {@link #csvView(Announcement)}.
 */
final class CsvTablesReader {

    private CsvTablesReader() {
    }

    static final CSVFormat READ = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();

    /** Parses one file (BOM stripped), checking its header. */
    static List<CSVRecord> parse(byte[] bytes, List<String> expectedHeader) {
        String s = new String(bytes, StandardCharsets.UTF_8);
        if (s.startsWith("\uFEFF")) {
            s = s.substring(1);
        }
        try (CSVParser p = CSVParser.builder().setReader(new StringReader(s)).setFormat(READ).get()) {
            if (!p.getHeaderNames().equals(expectedHeader)) {
                throw new AssertionError("header " + p.getHeaderNames() + " != " + expectedHeader);
            }
            List<CSVRecord> records = p.getRecords();
            for (CSVRecord r : records) {
                if (r.size() != expectedHeader.size()) {
                    throw new AssertionError("row " + r.getRecordNumber() + " has " + r.size() + " cells");
                }
            }
            return records;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<Announcement> read(Map<String, byte[]> files) {
        Map<CsvTable, List<CSVRecord>> t = new LinkedHashMap<>();
        for (CsvTable table : CsvTable.tablesLayout()) {
            t.put(table, parse(files.get(table.fileName()), table.columns()));
        }
        List<Announcement> out = new ArrayList<>();
        for (CSVRecord a : t.get(CsvTable.ANNOUNCEMENTS)) {
            String doc = a.get("doc");
            List<RosterEntry> roster = rows(t, CsvTable.ROSTER, doc, null).stream().map(r -> new RosterEntry(
                    r.get("name"), en(r.get("kind"), RegionKind.class), str(r.get("regionCode")), str(r.get("province")),
                    Boolean.parseBoolean(r.get("hasSection")), span(r))).toList();
            List<Awardee> awardees = new ArrayList<>();
            for (CSVRecord w : rows(t, CsvTable.AWARDEES, doc, null)) {
                String index = w.get("awardeeIndex");
                List<Initiative> inits = rows(t, CsvTable.INITIATIVES, doc, index).stream().map(r -> new Initiative(
                        r.get("title"), r.get("text"), span(r))).toList();
                List<Metric> metrics = rows(t, CsvTable.METRICS, doc, index).stream().map(r -> new Metric(
                        str(r.get("label")), new BigDecimal(r.get("value")), dec(r.get("upper")), str(r.get("unit")),
                        en(r.get("qualifier"), Qualifier.class), Boolean.parseBoolean(r.get("cumulative")),
                        integer(r.get("initiative")), r.get("text"), span(r),
                        str(r.get("category")) == null ? null : dev.laurel.model.UnitCategory.of(r.get("category")),
                        str(r.get("currency")), str(r.get("bounds")), span(r, "labelSpan"))).toList();
                awardees.add(new Awardee(w.get("name"), str(w.get("province")), en(w.get("kind"), RegionKind.class),
                        str(w.get("regionCode")), str(w.get("honorTitle")), integer(w.get("timesHonored")),
                        en(w.get("timesKind"), TimesKind.class), integer(w.get("provincialTimesHonored")),
                        str(w.get("summary")), inits, metrics, span(w), diagnostics(t, doc, index)));
            }
            SourceInfo source = new SourceInfo(a.get("source.name"), a.get("source.sha256"), a.get("source.charset"),
                    Boolean.parseBoolean(a.get("source.charsetDetected")), Long.parseLong(a.get("source.bytes")),
                    Integer.parseInt(a.get("source.chars")), a.get("source.textOrigin"),
                    str(a.get("source.parser")), str(a.get("source.laurelVersion")));
            String date = str(a.get("event.date"));
            String place = str(a.get("event.place"));
            String name = str(a.get("event.name"));
            Event event = date == null && place == null && name == null ? null : new Event(date, place, name);
            out.add(new Announcement(a.get("schemaVersion"), source, str(a.get("title")), str(a.get("honor")),
                    str(a.get("province")), event, roster, awardees, diagnostics(t, doc, "")));
        }
        return out;
    }

    private static List<Diagnostic> diagnostics(Map<CsvTable, List<CSVRecord>> t, String doc, String awardee) {
        return rows(t, CsvTable.DIAGNOSTICS, doc, awardee).stream().map(r -> new Diagnostic(
                en(r.get("kind"), DiagnosticKind.class), en(r.get("severity"), Severity.class), str(r.get("awardee")),
                r.get("message"), span(r))).toList();
    }

    /** The rows of a table for a doc (and an awardee index, "" for none, null for any), checking the index order. */
    private static List<CSVRecord> rows(Map<CsvTable, List<CSVRecord>> t, CsvTable table, String doc, String awardee) {
        List<CSVRecord> rows = t.get(table).stream().filter(r -> r.get("doc").equals(doc)
                && (awardee == null || r.get("awardeeIndex").equals(awardee))).toList();
        String indexColumn = switch (table) {
            case ROSTER -> "rosterIndex";
            case AWARDEES -> "awardeeIndex";
            case INITIATIVES -> "initiativeIndex";
            case METRICS -> "metricIndex";
            case DIAGNOSTICS -> "issueIndex";
            default -> throw new IllegalArgumentException(table.name());
        };
        for (int i = 0; i < rows.size(); i++) {
            if (!rows.get(i).get(indexColumn).equals(String.valueOf(i))) {
                throw new AssertionError(table + " row " + i + " has " + indexColumn + " " + rows.get(i).get(indexColumn));
            }
        }
        return rows;
    }

    private static SourceSpan span(CSVRecord r) {
        return span(r, "span");
    }

    private static SourceSpan span(CSVRecord r, String name) {
        String s = r.get(name + ".start");
        return s.isEmpty() ? null : new SourceSpan(Integer.parseInt(s), Integer.parseInt(r.get(name + ".end")));
    }

    private static String str(String s) {
        return s.isEmpty() ? null : s;
    }

    private static Integer integer(String s) {
        return s.isEmpty() ? null : Integer.valueOf(s);
    }

    private static BigDecimal dec(String s) {
        return s.isEmpty() ? null : new BigDecimal(s);
    }

    private static <E extends Enum<E>> E en(String id, Class<E> type) {
        if (id.isEmpty()) {
            return null;
        }
        return Arrays.stream(type.getEnumConstants()).filter(e -> e.toString().equals(id) || idOf(e).equals(id))
                .findFirst().orElseThrow(() -> new AssertionError("no " + type.getSimpleName() + " " + id));
    }

    private static String idOf(Enum<?> e) {
        try {
            return (String) e.getClass().getMethod("id").invoke(e);
        } catch (ReflectiveOperationException x) {
            throw new IllegalStateException(x);
        }
    }

    /** The announcement as CSV can carry it: canonical decimals, "" as null in nullable text fields. */
    static Announcement csvView(Announcement a) {
        Function<String, String> n = s -> s == null || s.isEmpty() ? null : s;
        Event e = a.event();
        Event event = e == null || (n.apply(e.date()) == null && n.apply(e.place()) == null && n.apply(e.name()) == null)
                ? null : new Event(n.apply(e.date()), n.apply(e.place()), n.apply(e.name()));
        List<Awardee> awardees = a.awardees().stream().map(w -> new Awardee(w.name(), n.apply(w.province()), w.kind(),
                w.regionCode(), n.apply(w.honorTitle()), w.timesHonored(), w.timesKind(), w.provincialTimesHonored(),
                n.apply(w.summary()), w.initiatives(), w.metrics().stream().map(m -> new Metric(n.apply(m.label()),
                        Decimals.canonical(m.value()), Decimals.canonical(m.upper()), n.apply(m.unit()), m.qualifier(),
                        m.cumulative(), m.initiative(), m.text(), m.span(), m.category(), m.currency(), m.bounds(),
                        m.labelSpan())).toList(),
                w.span(),
                w.issues().stream().map(d -> diag(d, n)).toList())).toList();
        return new Announcement(a.schemaVersion(), a.source(), n.apply(a.title()), n.apply(a.honor()),
                n.apply(a.province()), event,
                a.roster().stream().map(r -> new RosterEntry(r.name(), r.kind(), r.regionCode(), n.apply(r.province()),
                        r.hasSection(), r.span())).toList(),
                awardees, a.issues().stream().map(d -> diag(d, n)).toList());
    }

    private static Diagnostic diag(Diagnostic d, Function<String, String> n) {
        return new Diagnostic(d.kind(), d.severity(), n.apply(d.awardee()), d.message(), d.span());
    }
}
