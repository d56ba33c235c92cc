package dev.laurel.exporters.csv;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.laurel.Laurel;
import dev.laurel.LaurelException;
import dev.laurel.exporters.Fixtures;
import dev.laurel.spi.ExportOptions;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Excel mode keeps number- and date-like text as text; plain CSV is untouched; layouts are checked. */
class ExcelTextTest {

    @Test
    void numberAndDateLikeTextIsWrittenAsATextFormula() throws Exception {
        for (String s : List.of("6627825985967252", "04-23", "2024-04-23", "3/4", "00123", "1.50", "1e5", "+86",
                "9:30", "4月23日", "Apr-23", "12345678901234567")) {
            assertEquals("=\"" + s + "\"", ExcelText.cell(s), s);
        }
        for (String s : List.of("1", "-5", "63000000", "0.5", "杭州市", "=1+1", "a=1", "3/4 of", "\"1\"")) {
            assertFalse(ExcelText.looksConverted(s), s);
            assertEquals(CsvExporter.guard(s), ExcelText.cell(s), s);
        }
        // In the file: the cell quoted, its quotes doubled.
        byte[] excel = CsvExporterTest.export(List.of(CsvExporterTest.withMetric("2024-04-23", "1")),
                ExportOptions.defaults().withExcel(true)).get("metrics.csv");
        assertTrue(new String(excel, StandardCharsets.UTF_8).contains(",\"=\"\"2024-04-23\"\"\",1,"),
                new String(excel, StandardCharsets.UTF_8));
        byte[] plain = CsvExporterTest.export(List.of(CsvExporterTest.withMetric("2024-04-23", "1")),
                ExportOptions.defaults()).get("metrics.csv");
        assertTrue(new String(plain, StandardCharsets.UTF_8).contains(",2024-04-23,1,"));
    }

    @Test
    void plainCsvIsByteForByteTheGoldenFiles() throws Exception {
        // Without excel nothing changed: the golden files are the contract (GoldenFileTest compares them all).
        Path golden = Path.of("src/test/resources/golden/zhejiang/tables/metrics.csv");
        Assumptions.assumeTrue(Files.exists(golden), "golden file missing: " + golden);
        byte[] now = CsvExporterTest.export(List.of(Fixtures.zhejiang()), ExportOptions.defaults()).get("metrics.csv");
        assertArrayEquals(Files.readAllBytes(golden), now);
    }

    @Test
    void anUnknownLayoutIsALaurelException(@TempDir Path dir) {
        ExportOptions wide = ExportOptions.defaults().withLayout("wide");
        LaurelException e = assertThrows(LaurelException.class, () -> new CsvExporter().open(dir, wide));
        assertEquals("unknown CSV layout 'wide'; available: tables, flat.", e.getMessage());
        assertThrows(LaurelException.class, () -> new CsvExporter().open(new ByteArrayOutputStream(), wide));
        assertThrows(LaurelException.class, () -> CsvExporter.builder().layout("wide").build().open(dir));
        assertThrows(LaurelException.class,
                () -> Laurel.export(List.of(Fixtures.zhejiang()), "csv", dir.resolve("x"), wide));
        assertThrows(LaurelException.class,
                () -> Laurel.export(List.of(Fixtures.zhejiang()), "csv", new ByteArrayOutputStream(), wide));
        assertFalse(Files.exists(dir.resolve("x")), "nothing written");
    }

    /** The pandas snippet of README-formats.md reads a written table with exact decimals (needs python3 and pandas). */
    @Test
    void theReadmePandasSnippetKeepsDecimalsExact(@TempDir Path dir) throws Exception {
        String python = null;
        for (String candidate : List.of("python3", "/usr/bin/python3")) { // a pyenv python3 may lack Debian's pandas
            try {
                Process p = new ProcessBuilder(candidate, "-c", "import pandas").redirectErrorStream(true).start();
                if (p.waitFor(60, TimeUnit.SECONDS) && p.exitValue() == 0) {
                    python = candidate;
                    break;
                }
            } catch (java.io.IOException e) {
                // not installed: try the next one
            }
        }
        Assumptions.assumeTrue(python != null, "skipped: python3 with pandas is not installed (python3 -c 'import pandas')");
        String readme = Files.readString(Path.of("README-formats.md"));
        Matcher m = Pattern.compile("```python\\n(.*?)```", Pattern.DOTALL).matcher(readme);
        assertTrue(m.find(), "README-formats.md has a python snippet");
        Laurel.export(List.of(CsvExporterTest.withMetric("金额", "12345678901234567890.1234")), "csv",
                dir.resolve("out"), ExportOptions.defaults());
        String check = m.group(1) + "\nassert metrics['value'][0] == decimal.Decimal('12345678901234567890.1234'), "
                + "metrics['value'][0]\nassert str(metrics['awardeeIndex'].dtype) == 'Int64'\nprint('ok')\n";
        Process p = new ProcessBuilder(python, "-c", check).directory(dir.toFile()).redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(120, TimeUnit.SECONDS));
        assertEquals(0, p.exitValue(), output);
        assertTrue(output.contains("ok"), output);
    }
}
