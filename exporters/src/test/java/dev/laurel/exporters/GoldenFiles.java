package dev.laurel.exporters;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import dev.laurel.exporters.csv.CsvExporter;
import dev.laurel.exporters.csv.CsvTable;
import dev.laurel.exporters.json.JsonExporter;
import dev.laurel.exporters.jsonl.JsonLinesExporter;
import dev.laurel.model.Announcement;
import dev.laurel.spi.AnnouncementSink;
import dev.laurel.spi.ExportOptions;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Golden-file checks: the exact bytes each format writes for some announcements, kept under
 * {@code <root>/<name>/}:
 * <pre>
 *   announcement.json       json, default options (pretty)
 *   announcement.jsonl      jsonl
 *   tables/*.csv            csv, tables layout, default options (no BOM)
 *   flat/metrics.csv        csv, flat layout
 * </pre>
 * A difference fails the test with a readable diff. Run with {@code -Dlaurel.updateGolden=true} to
 * (re)write the files instead, then review them with {@code git diff}:
 * <pre>
 *   mvn -pl exporters -am verify -Dtest=GoldenFileTest -Dsurefire.failIfNoSpecifiedTests=false -Dlaurel.updateGolden=true
 * </pre>
 * Another module reuses it through the exporters test jar: {@code GoldenFiles.in(Path.of("src/test/resources/golden")).check("sample", a)}.
 */
public final class GoldenFiles {

    /** The system property that switches from checking to (re)writing. */
    public static final String UPDATE_PROPERTY = "laurel.updateGolden";

    private final Path root;

    private GoldenFiles(Path root) {
        this.root = root;
    }

    /** Goldens under {@code root} (a source folder, so updates land in the work tree). */
    public static GoldenFiles in(Path root) {
        return new GoldenFiles(root);
    }

    /** Goldens under {@code src/test/resources/golden} of the module under test. */
    public static GoldenFiles ofThisModule() {
        return in(Path.of("src", "test", "resources", "golden"));
    }

    public static boolean updating() {
        return Boolean.getBoolean(UPDATE_PROPERTY);
    }

    /** Checks (or rewrites) every format's output for one announcement. */
    public void check(String name, Announcement announcement) {
        check(name, List.of(announcement));
    }

    /** Checks (or rewrites) every format's output for announcements exported together. */
    public void check(String name, List<Announcement> announcements) {
        Map<String, byte[]> actual = render(announcements);
        Path folder = root.resolve(name);
        try {
            if (updating()) {
                for (var e : actual.entrySet()) {
                    Path file = folder.resolve(e.getKey());
                    Files.createDirectories(file.getParent());
                    Files.write(file, e.getValue());
                }
                return;
            }
            for (var e : actual.entrySet()) {
                Path file = folder.resolve(e.getKey());
                if (!Files.exists(file)) {
                    fail(file.toAbsolutePath() + " is missing; create it with -D" + UPDATE_PROPERTY + "=true and review it");
                }
                byte[] expected = Files.readAllBytes(file);
                if (!java.util.Arrays.equals(expected, e.getValue())) {
                    String hint = file + " differs from the output; if the change is intended, rerun with -D"
                            + UPDATE_PROPERTY + "=true and review the diff";
                    assertEquals(new String(expected, StandardCharsets.UTF_8),
                            new String(e.getValue(), StandardCharsets.UTF_8), hint);
                    assertArrayEquals(expected, e.getValue(), hint);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** What each golden file should hold, by its path relative to the golden folder. */
    public static Map<String, byte[]> render(List<Announcement> announcements) {
        Map<String, byte[]> files = new LinkedHashMap<>();
        try {
            var json = new ByteArrayOutputStream();
            new JsonExporter().write(announcements, json, ExportOptions.defaults());
            files.put("announcement.json", json.toByteArray());
            var jsonl = new ByteArrayOutputStream();
            new JsonLinesExporter().write(announcements, jsonl, ExportOptions.defaults());
            files.put("announcement.jsonl", jsonl.toByteArray());
            for (String layout : List.of(ExportOptions.TABLES, ExportOptions.FLAT)) {
                Map<String, ByteArrayOutputStream> tables = new LinkedHashMap<>();
                try (AnnouncementSink sink = new CsvExporter().open(n -> tables.computeIfAbsent(n,
                        k -> new ByteArrayOutputStream()), ExportOptions.defaults().withLayout(layout))) {
                    for (Announcement a : announcements) {
                        sink.write(a);
                    }
                }
                for (var t : tables.entrySet()) {
                    files.put(layout + "/" + t.getKey(), t.getValue().toByteArray());
                }
            }
        } catch (dev.laurel.LaurelException e) {
            throw new AssertionError(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return files;
    }

    /** The relative paths {@link #render} produces, for documentation and checks. */
    public static List<String> fileNames() {
        var names = new java.util.ArrayList<>(List.of("announcement.json", "announcement.jsonl"));
        CsvTable.tablesLayout().forEach(t -> names.add("tables/" + t.fileName()));
        names.add("flat/" + CsvTable.FLAT_METRICS.fileName());
        return names;
    }
}
