package dev.laurel.exporters.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import dev.laurel.exporters.Generators;
import dev.laurel.model.Announcement;
import dev.laurel.spi.ExportOptions;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

/** CSV written by the exporter and read back by Apache Commons CSV gives the same cells. */
class CsvPropertiesTest {

    private static final int EXAMPLES = 300;

    private static Map<String, byte[]> export(List<Announcement> list, ExportOptions options) {
        try {
            return CsvExporterTest.export(list, options);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (dev.laurel.LaurelException e) {
            throw new AssertionError(e);
        }
    }

    /** Whether the export takes two SHA-256 values for one document: equal, or equal in their first 128 bits. */
    private static boolean sameDocument(String a, String b) {
        boolean hex = a.length() == 64 && b.length() == 64 && a.matches("[0-9a-f]{64}") && b.matches("[0-9a-f]{64}");
        return a.equals(b) || hex && a.regionMatches(0, b, 0, 32);
    }

    @Test
    void tablesReadBackToTheSameRecords() {
        qt().withExamples(EXAMPLES).forAll(Generators.announcements(), Generators.announcements())
                .checkAssert((a, b) -> assertEquals(
                        // A source met again in an export is written once, under its key; DocumentKeys knows a
                        // document by the first 128 bits of its SHA-256 (the generator makes such near-twins).
                        sameDocument(a.source().sha256(), b.source().sha256()) ? List.of(CsvTablesReader.csvView(a))
                                : List.of(CsvTablesReader.csvView(a), CsvTablesReader.csvView(b)),
                        CsvTablesReader.read(export(List.of(a, b), ExportOptions.defaults()))));
    }

    @Test
    void excelCellsAreThePlainCellsWithOnlyTheGuardAdded() {
        qt().withExamples(EXAMPLES).forAll(Generators.announcements()).checkAssert(a -> {
            for (String layout : List.of(ExportOptions.TABLES, ExportOptions.FLAT)) {
                ExportOptions plain = ExportOptions.defaults().withLayout(layout);
                Map<String, byte[]> p = export(List.of(a), plain);
                Map<String, byte[]> x = export(List.of(a), plain.withExcel(true));
                List<CsvTable> tables = layout.equals(ExportOptions.FLAT) ? List.of(CsvTable.FLAT_METRICS)
                        : CsvTable.tablesLayout();
                for (CsvTable t : tables) {
                    byte[] xb = x.get(t.fileName());
                    assertTrue((xb[0] & 0xFF) == 0xEF && (xb[1] & 0xFF) == 0xBB && (xb[2] & 0xFF) == 0xBF, "BOM");
                    List<CSVRecord> pr = CsvTablesReader.parse(p.get(t.fileName()), t.columns());
                    List<CSVRecord> xr = CsvTablesReader.parse(xb, t.columns());
                    assertEquals(pr.size(), xr.size());
                    for (int i = 0; i < pr.size(); i++) {
                        for (int c = 0; c < t.columns().size(); c++) {
                            String pc = pr.get(i).get(c);
                            String xc = xr.get(i).get(c);
                            boolean number = t.columns().get(c).equals("value") || t.columns().get(c).equals("upper");
                            // Text cells get the guard or the ="..." form; integer and boolean cells stay as they are.
                            assertTrue(number ? xc.equals(pc) : xc.equals(ExcelText.cell(pc))
                                    || xc.equals(pc) && !ExcelText.looksConverted(pc) && pc.equals(CsvExporter.guard(pc))
                                    || xc.equals(pc) && pc.matches("-?\\d+|true|false"),
                                    t + " " + t.columns().get(c) + ": " + pc + " -> " + xc);
                        }
                    }
                }
            }
        });
    }

    @Test
    void flatRowsCarryEachMetricWithItsAwardeeAndDocument() {
        qt().withExamples(EXAMPLES).forAll(Generators.announcements()).checkAssert(a -> {
            byte[] flat = export(List.of(a), ExportOptions.defaults().withLayout(ExportOptions.FLAT)).get("metrics.csv");
            List<CSVRecord> rows = CsvTablesReader.parse(flat, CsvTable.FLAT_METRICS.columns());
            Announcement v = CsvTablesReader.csvView(a);
            int r = 0;
            for (int i = 0; i < v.awardees().size(); i++) {
                var w = v.awardees().get(i);
                for (var m : w.metrics()) {
                    CSVRecord row = rows.get(r++);
                    assertEquals(w.name(), row.get("awardee.name"));
                    assertEquals(String.valueOf(i), row.get("awardeeIndex"));
                    assertEquals(m.value(), new java.math.BigDecimal(row.get("value")));
                    assertEquals(m.text(), row.get("text"));
                    assertEquals(v.title() == null ? "" : v.title(), row.get("title"));
                    assertEquals(m.initiative() == null ? "" : w.initiatives().get(m.initiative()).title(),
                            row.get("initiative.title"));
                }
            }
            assertEquals(r, rows.size());
        });
    }
}
