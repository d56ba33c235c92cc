package dev.laurel.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.laurel.Laurel;
import dev.laurel.LaurelException;
import dev.laurel.model.Announcement;
import dev.laurel.spi.ExportOptions;
import dev.laurel.spi.ParseOptions;
import dev.laurel.spi.Source;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs the job in local mode over a corpus of a few hundred documents and checks that the Parquet
 * tables hold exactly the rows of the CSV tables that the single-machine path
 * ({@code Laurel.parse(Path)} + {@code Laurel.export(..., "csv", folder)}, what {@code laurel parse
 * --format csv --out} does) writes for the same files in path order: same columns in the same order,
 * same cells, compared as multisets of rows.
 */
class LaurelSparkTest {

    /** Generated documents in the corpus (plus a dozen others, see {@link TestCorpus}). */
    static final int GENERATED = 300;

    @TempDir
    static Path tmp;

    static SparkSession spark;
    static List<Path> corpus;
    static Path csv;
    static Path parquet;
    static Map<String, String> expectedErrors = new TreeMap<>();
    static LaurelSpark.Summary summary;
    static long bytes;

    @BeforeAll
    static void runBothPaths() throws IOException, LaurelException {
        Path input = tmp.resolve("corpus");
        corpus = TestCorpus.write(input, GENERATED);
        for (Path f : corpus) {
            bytes += Files.size(f);
        }

        // The single-machine path, files in path order (which copy of a repeated document is written follows it).
        long t0 = System.nanoTime();
        List<Announcement> announcements = new ArrayList<>();
        for (Path f : corpus) {
            try {
                announcements.add(Laurel.parse(f, ParseOptions.defaults()));
            } catch (LaurelException e) {
                // Spark names a file by its file name, as Source.of(Path) does; the messages are Laurel's.
                expectedErrors.put(f.getFileName().toString(),
                        failureOf(Files.readAllBytes(f), f.getFileName().toString()));
            }
        }
        csv = tmp.resolve("csv");
        Laurel.export(announcements, "csv", csv, ExportOptions.defaults());
        long t1 = System.nanoTime();

        spark = SparkSession.builder()
                .appName("laurel-spark-test")
                .master("local[2]")
                .config("spark.ui.enabled", "false")
                .config("spark.sql.shuffle.partitions", "4")
                .config("spark.driver.host", "127.0.0.1")
                .config("spark.driver.bindAddress", "127.0.0.1")
                .getOrCreate();
        long t2 = System.nanoTime();
        parquet = tmp.resolve("parquet");
        summary = LaurelSpark.parseArchive(spark, input.toString(), parquet.toString());
        long t3 = System.nanoTime();
        System.out.printf("laurel-spark test: %d files, %.2f MB; single machine %.2f s, Spark start %.2f s, job %.2f s; %s%n",
                corpus.size(), bytes / 1e6, (t1 - t0) / 1e9, (t2 - t1) / 1e9, (t3 - t2) / 1e9, summary);
    }

    private static String failureOf(byte[] content, String name) {
        try {
            Laurel.parse(Source.of(content, name, null), ParseOptions.defaults());
            throw new AssertionError(name + " parsed on the second try");
        } catch (LaurelException e) {
            return e.getMessage();
        }
    }

    @AfterAll
    static void stop() {
        if (spark != null) {
            spark.stop();
        }
    }

    @Test
    void everyTableHoldsTheRowsOfItsCsvFile() throws IOException {
        assertTrue(corpus.size() >= 300, "a corpus of a few hundred documents: " + corpus.size());
        for (String table : Tables.NAMES) {
            Dataset<Row> ds = spark.read().parquet(parquet.resolve(table).toString());
            List<String> header = new ArrayList<>();
            List<List<String>> csvRows = readCsv(csv.resolve(table + ".csv"), header);
            assertEquals(header, Arrays.asList(ds.schema().fieldNames()), table + ": columns");
            for (var f : ds.schema().fields()) {
                assertEquals(Tables.typeOf(f.name()), f.dataType(), table + "." + f.name() + ": type");
            }
            List<String> expected = new ArrayList<>();
            for (List<String> r : csvRows) {
                expected.add(String.join("\u0001", r));
            }
            List<String> actual = new ArrayList<>();
            for (Row r : ds.collectAsList()) {
                List<String> cells = new ArrayList<>();
                for (int i = 0; i < r.length(); i++) {
                    cells.add(r.isNullAt(i) ? "" : String.valueOf(r.get(i)));
                }
                actual.add(String.join("\u0001", cells));
            }
            expected.sort(null);
            actual.sort(null);
            assertTrue(!expected.isEmpty() || table.equals("diagnostics"), table + " has rows");
            assertEquals(expected.size(), actual.size(), table + ": row count");
            for (int i = 0; i < expected.size(); i++) {
                assertEquals(expected.get(i), actual.get(i), table + ": row " + i + " (sorted)");
            }
        }
    }

    @Test
    void announcementsAreOnePerDistinctDocumentAndCopiesKeepItsKey() {
        long readable = corpus.size() - expectedErrors.size();
        Dataset<Row> announcements = spark.read().parquet(parquet.resolve("announcements").toString());
        // The generated original (gen/...) and its three copies (copies/...): four files, one document, one key.
        assertEquals(readable - 3, announcements.count());
        assertEquals(new LaurelSpark.Summary(corpus.size(), readable - 3, expectedErrors.size(), 3), summary);
        Path copy = corpus.stream().filter(p -> p.getFileName().toString().equals("copy.txt")).findFirst().orElseThrow();
        String sha;
        try {
            sha = Source.of(copy).sha256();
        } catch (LaurelException e) {
            throw new AssertionError(e);
        }
        List<String> ids = announcements.filter(org.apache.spark.sql.functions.col("`source.sha256`").equalTo(sha))
                .select("doc").as(org.apache.spark.sql.Encoders.STRING()).collectAsList();
        assertEquals(List.of(sha.substring(0, 16)), ids);
        assertEquals(0, announcements.groupBy("doc").count().filter("count > 1").count(), "doc is a key");
    }

    @Test
    void unreadableFilesAreInTheErrorsTable() {
        assertEquals(TestCorpus.UNREADABLE.stream().sorted().toList(), List.copyOf(expectedErrors.keySet()),
                "the corpus's unreadable files, on one machine");
        Map<String, String> actual = new TreeMap<>();
        for (Row r : spark.read().parquet(parquet.resolve(Tables.ERRORS).toString()).collectAsList()) {
            String path = r.getString(r.fieldIndex("path"));
            actual.put(PartitionParser.fileName(path), r.getString(r.fieldIndex("reason")));
            assertTrue(path.contains("/bad/"), path);
        }
        assertEquals(expectedErrors, actual);
    }

    @Test
    void fileNamesAreDecodedLikeOneMachine() {
        long n = spark.read().parquet(parquet.resolve("announcements").toString())
                .filter("`source.name` = '江苏 公告.txt'").count();
        assertEquals(1, n);
    }

    @Test
    void extensionsBecomeACaseInsensitiveGlob() {
        assertEquals("*.{[tT][xX][tT],[hH][tT][mM],[hH][tT][mM][lL]}", LaurelSpark.glob(LaurelSpark.DEFAULT_EXTENSIONS));
        assertEquals("*.{[mM]4}", LaurelSpark.glob(List.of("m4")));
    }

    static List<List<String>> readCsv(Path file, List<String> header) throws IOException {
        List<List<String>> rows = new ArrayList<>();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8);
             CSVParser p = CSVFormat.RFC4180.parse(in)) {
            boolean first = true;
            for (CSVRecord r : p) {
                if (first) {
                    header.addAll(r.toList());
                    first = false;
                } else {
                    rows.add(r.toList());
                }
            }
        }
        return rows;
    }
}
