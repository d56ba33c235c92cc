package dev.laurel.exporters.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.laurel.Laurel;
import dev.laurel.LaurelException;
import dev.laurel.exporters.Fixtures;
import dev.laurel.model.Announcement;
import dev.laurel.model.Awardee;
import dev.laurel.model.Metric;
import dev.laurel.model.Qualifier;
import dev.laurel.model.SourceInfo;
import dev.laurel.model.SourceSpan;
import dev.laurel.spi.AnnouncementSink;
import dev.laurel.spi.ExportOptions;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvExporterTest {

    static Map<String, byte[]> export(List<Announcement> list, ExportOptions options) throws IOException, dev.laurel.LaurelException {
        Map<String, ByteArrayOutputStream> streams = new LinkedHashMap<>();
        try (AnnouncementSink sink = new CsvExporter().open(n -> streams.computeIfAbsent(n,
                k -> new ByteArrayOutputStream()), options)) {
            for (Announcement a : list) {
                sink.write(a);
            }
        }
        Map<String, byte[]> files = new LinkedHashMap<>();
        streams.forEach((k, v) -> files.put(k, v.toByteArray()));
        return files;
    }

    /** The same export with every announcement prepared on a pool of threads first, then written in order. */
    static Map<String, byte[]> exportPrepared(List<Announcement> list, ExportOptions options) throws Exception {
        Map<String, ByteArrayOutputStream> streams = new LinkedHashMap<>();
        var pool = java.util.concurrent.Executors.newFixedThreadPool(3);
        try (AnnouncementSink sink = new CsvExporter().open(n -> streams.computeIfAbsent(n,
                k -> new ByteArrayOutputStream()), options)) {
            List<java.util.concurrent.Future<AnnouncementSink.Prepared>> prepared = new java.util.ArrayList<>();
            for (Announcement a : list) {
                prepared.add(pool.submit(() -> sink.prepare(a)));
            }
            for (var f : prepared) {
                sink.write(f.get());
            }
        } finally {
            pool.shutdown();
        }
        Map<String, byte[]> files = new LinkedHashMap<>();
        streams.forEach((k, v) -> files.put(k, v.toByteArray()));
        return files;
    }

    static Map<String, String> texts(Map<String, byte[]> files) {
        Map<String, String> out = new LinkedHashMap<>();
        files.forEach((k, v) -> out.put(k, new String(v, StandardCharsets.UTF_8)));
        return out;
    }

    @Test
    void rowsPreparedOnSeveralThreadsAreTheRowsWrittenOneByOne() throws Exception {
        Announcement a = Fixtures.minimal("a");
        SourceInfo s = a.source();
        Announcement sameShortKey = new Announcement(a.schemaVersion(), new SourceInfo("b",
                s.sha256().substring(0, 16) + "f".repeat(48), s.charset(), s.charsetDetected(), s.bytes(), s.chars(),
                s.textOrigin()), null, null, null, null, List.of(), List.of(), List.of());
        List<Announcement> batch = List.of(Fixtures.zhejiang(), a, withMetric("=SUM(A1)", "-5"), Fixtures.zhejiang(),
                sameShortKey, a, sameShortKey);
        for (ExportOptions options : List.of(ExportOptions.defaults(), ExportOptions.defaults().withExcel(true),
                ExportOptions.defaults().withLayout(ExportOptions.FLAT))) {
            assertEquals(texts(export(batch, options)), texts(exportPrepared(batch, options)), options.toString());
        }
        org.quicktheories.QuickTheory.qt().withExamples(100).forAll(dev.laurel.exporters.Generators.announcements(),
                dev.laurel.exporters.Generators.announcements()).checkAssert((x, y) -> {
                    try {
                        List<Announcement> list = List.of(x, y, x);
                        ExportOptions excel = ExportOptions.defaults().withExcel(true);
                        assertEquals(texts(export(list, excel)), texts(exportPrepared(list, excel)));
                    } catch (Exception e) {
                        throw new AssertionError(e);
                    }
                });
    }

    static Announcement withMetric(String label, String value) {
        Announcement a = Fixtures.zhejiang();
        Awardee w = a.awardees().get(0);
        Metric m = new Metric(label, new BigDecimal(value), null, "元", Qualifier.EXACT, false, null, "=1+1",
                new SourceSpan(0, 1));
        Awardee w2 = new Awardee(w.name(), w.province(), w.kind(), w.regionCode(), w.honorTitle(), w.timesHonored(),
                w.timesKind(), w.provincialTimesHonored(), w.summary(), w.initiatives(), List.of(m), w.span(), w.issues());
        return new Announcement(a.schemaVersion(), a.source(), a.title(), a.honor(), a.province(), a.event(),
                a.roster(), List.of(w2), a.issues());
    }

    @Test
    void tablesLayoutWritesSixFilesIntoAFolderAndReadsBackEqual(@TempDir Path dir) throws Exception {
        Laurel.export(List.of(Fixtures.zhejiang()), "csv", dir, ExportOptions.defaults());
        Map<String, byte[]> files = new LinkedHashMap<>();
        for (CsvTable t : CsvTable.tablesLayout()) {
            files.put(t.fileName(), Files.readAllBytes(dir.resolve(t.fileName())));
        }
        assertEquals(6, files.size());
        assertEquals(List.of(CsvTablesReader.csvView(Fixtures.zhejiang())), CsvTablesReader.read(files));
        String metrics = new String(files.get("metrics.csv"), StandardCharsets.UTF_8);
        assertTrue(metrics.startsWith("doc,awardeeIndex,metricIndex,label,value,upper,unit,qualifier,cumulative,"
                + "initiative,text,span.start,span.end,category,currency,bounds,labelSpan.start,labelSpan.end\r\n"), metrics);
        assertTrue(metrics.contains(",慰问金额,63000000,,元,more-than,false,0,6300万元,"), metrics);
    }

    @Test
    void rfc4180QuotingOfQuotesCommasAndLineBreaks() throws IOException, dev.laurel.LaurelException {
        String label = "a \"quoted\", label\r\nwith\nlines";
        byte[] bytes = export(List.of(withMetric(label, "1")), ExportOptions.defaults()).get("metrics.csv");
        String s = new String(bytes, StandardCharsets.UTF_8);
        assertTrue(s.contains(",\"a \"\"quoted\"\", label\r\nwith\nlines\",1,"), s);
        List<CSVRecord> rows = CsvTablesReader.parse(bytes, CsvTable.METRICS.columns());
        assertEquals(label, rows.get(0).get("label"));
    }

    @Test
    void noBomAndNoGuardByDefault() throws IOException, dev.laurel.LaurelException {
        byte[] bytes = export(List.of(withMetric("=HYPERLINK(\"x\")", "-5")), ExportOptions.defaults()).get("metrics.csv");
        assertEquals('d', bytes[0]);
        List<CSVRecord> rows = CsvTablesReader.parse(bytes, CsvTable.METRICS.columns());
        assertEquals("=HYPERLINK(\"x\")", rows.get(0).get("label"));
        assertEquals("=1+1", rows.get(0).get("text"));
    }

    @Test
    void excelAddsABomToEveryFileAndGuardsTextButNotNumbers() throws IOException, dev.laurel.LaurelException {
        Map<String, byte[]> files = export(List.of(withMetric("@SUM(A1)", "-5")),
                ExportOptions.defaults().withExcel(true));
        for (byte[] f : files.values()) {
            assertEquals(0xEF, f[0] & 0xFF);
            assertEquals(0xBB, f[1] & 0xFF);
            assertEquals(0xBF, f[2] & 0xFF);
        }
        CSVRecord row = CsvTablesReader.parse(files.get("metrics.csv"), CsvTable.METRICS.columns()).get(0);
        assertEquals("'@SUM(A1)", row.get("label"));
        assertEquals("'=1+1", row.get("text"));
        assertEquals("-5", row.get("value"), "numbers are never altered");
        assertEquals("杭州市", CsvTablesReader.parse(files.get("awardees.csv"), CsvTable.AWARDEES.columns())
                .get(0).get("name"));
    }

    @Test
    void guardCoversTheFormulaStarters() {
        for (String s : List.of("=1", "+1", "-1", "@x", "\tx", "\rx")) {
            assertEquals("'" + s, CsvExporter.guard(s));
        }
        for (String s : List.of("", "'=1", "a=1", " =1", "杭州")) {
            assertEquals(s, CsvExporter.guard(s));
        }
    }

    @Test
    void flatLayoutRepeatsDocumentAndAwardeeColumnsPerMetric() throws IOException, dev.laurel.LaurelException {
        Announcement a = Fixtures.zhejiang();
        var out = new ByteArrayOutputStream();
        new CsvExporter().write(List.of(a), out, ExportOptions.defaults().withLayout(ExportOptions.FLAT));
        List<CSVRecord> rows = CsvTablesReader.parse(out.toByteArray(), CsvTable.FLAT_METRICS.columns());
        int metrics = a.awardees().stream().mapToInt(w -> w.metrics().size()).sum();
        assertEquals(metrics, rows.size());
        CSVRecord last = rows.get(rows.size() - 1);
        assertEquals("金华市", last.get("awardee.name"));
        assertEquals("consecutive", last.get("awardee.timesKind"));
        assertEquals("浙江省", last.get("province"));
        assertEquals("服务练兵备战", last.get("initiative.title"));
        assertEquals("850000000", last.get("value"));
        assertEquals(a.title(), last.get("title"));
    }

    @Test
    void onlyTheFlatLayoutWritesToAStream() {
        assertFalse(new CsvExporter().writesToStream(ExportOptions.defaults()));
        assertTrue(new CsvExporter().writesToStream(ExportOptions.defaults().withLayout(ExportOptions.FLAT)));
        assertThrows(UnsupportedOperationException.class,
                () -> new CsvExporter().open(new ByteArrayOutputStream(), ExportOptions.defaults()));
        assertThrows(LaurelException.class, () -> Laurel.export(Fixtures.zhejiang(), "csv", new ByteArrayOutputStream()));
    }

    @Test
    void rerunningIntoTheSameFolderReplacesTheFiles(@TempDir Path dir) throws Exception {
        Laurel.export(List.of(Fixtures.zhejiang(), Fixtures.zhejiang()), "csv", dir, ExportOptions.defaults());
        long big = Files.size(dir.resolve("metrics.csv"));
        Laurel.export(Fixtures.minimal("m"), "csv", dir);
        assertTrue(Files.size(dir.resolve("metrics.csv")) < big);
        assertEquals(1, CsvTablesReader.parse(Files.readAllBytes(dir.resolve("announcements.csv")),
                CsvTable.ANNOUNCEMENTS.columns()).size());
    }

    @Test
    void aDocumentHasOneKeyInEveryExportEvenWhenItIsRepeated() throws IOException, dev.laurel.LaurelException {
        Announcement a = Fixtures.zhejiang();
        String sha = a.source().sha256().substring(0, 16);
        Map<String, byte[]> alone = export(List.of(a), ExportOptions.defaults());
        Map<String, byte[]> repeated = export(List.of(a, Fixtures.minimal("m"), a, a), ExportOptions.defaults());
        List<String> docs = CsvTablesReader.parse(repeated.get("announcements.csv"), CsvTable.ANNOUNCEMENTS.columns())
                .stream().map(r -> r.get("doc")).toList();
        assertEquals(List.of(sha, "0123456789abcdef"), docs, "a repeated document is written once, under its key");
        assertEquals(2, CsvTablesReader.read(repeated).size());
        for (String table : List.of("roster.csv", "awardees.csv", "initiatives.csv", "metrics.csv")) {
            String rows = new String(repeated.get(table), StandardCharsets.UTF_8);
            assertTrue(rows.startsWith(new String(alone.get(table), StandardCharsets.UTF_8)), table + ":\n" + rows);
        }
        Map<String, byte[]> flat = export(List.of(a, a), ExportOptions.defaults().withLayout(ExportOptions.FLAT));
        assertEquals(new String(export(List.of(a), ExportOptions.defaults().withLayout(ExportOptions.FLAT))
                .get("metrics.csv"), StandardCharsets.UTF_8), new String(flat.get("metrics.csv"), StandardCharsets.UTF_8));
    }

    @Test
    void aDifferentDocumentWithTheSameShaPrefixIsKeyedByItsWholeSha() throws IOException, dev.laurel.LaurelException {
        Announcement a = Fixtures.minimal("a");
        String other = a.source().sha256().substring(0, 16) + "f".repeat(48);
        SourceInfo s = a.source();
        Announcement b = new Announcement(a.schemaVersion(), new SourceInfo("b", other, s.charset(),
                s.charsetDetected(), s.bytes(), s.chars(), s.textOrigin()), null, null, null, null, List.of(), List.of(),
                List.of());
        Map<String, byte[]> files = export(List.of(a, b, b), ExportOptions.defaults());
        assertEquals(List.of("0123456789abcdef", other),
                CsvTablesReader.parse(files.get("announcements.csv"), CsvTable.ANNOUNCEMENTS.columns()).stream()
                        .map(r -> r.get("doc")).toList());
    }

    @Test
    void everyRowHasOneCellPerColumn() {
        Announcement a = Fixtures.zhejiang();
        Awardee w = a.awardees().get(0);
        assertEquals(CsvTable.ANNOUNCEMENTS.columns().size(), CsvRows.announcement("d", a).length);
        assertEquals(CsvTable.ROSTER.columns().size(), CsvRows.roster("d", 0, a.roster().get(0)).length);
        assertEquals(CsvTable.AWARDEES.columns().size(), CsvRows.awardee("d", 0, w).length);
        assertEquals(CsvTable.INITIATIVES.columns().size(), CsvRows.initiative("d", 0, 0, w.initiatives().get(0)).length);
        assertEquals(CsvTable.METRICS.columns().size(), CsvRows.metric("d", 0, 0, w.metrics().get(0)).length);
        assertEquals(CsvTable.DIAGNOSTICS.columns().size(), CsvRows.diagnostic("d", null, 0, a.issues().get(0)).length);
        Object[] flat = CsvRows.flatMetric("d", a, 0, w, 0, w.metrics().get(0));
        assertEquals(CsvTable.FLAT_METRICS.columns().size(), flat.length);
        for (Object cell : flat) {
            assertFalse(cell instanceof Object[]);
        }
    }

    /** The README documents each table's columns as one comma-separated line, verbatim. */
    @Test
    void theReadmeListsTheColumnsInOrder() throws IOException, dev.laurel.LaurelException {
        String readme = Files.readString(Path.of("README-formats.md"));
        for (CsvTable t : CsvTable.values()) {
            String line = "`" + String.join(",", t.columns()) + "`";
            assertTrue(readme.contains(line), t + " is not documented as " + line);
        }
    }
}
