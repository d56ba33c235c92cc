package dev.laurel.spark;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.first;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.not;
import static org.apache.spark.sql.functions.row_number;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;

import dev.laurel.spi.Source;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.types.StructField;

/**
 * Parses an archive of announcements on Spark and writes the CSV exporter's related tables as
 * Parquet datasets: {@code OUTPUT/announcements}, {@code roster}, {@code awardees},
 * {@code initiatives}, {@code metrics}, {@code diagnostics}, with the columns of
 * {@link dev.laurel.exporters.csv.CsvTable} (types in {@link Tables}), plus {@code OUTPUT/errors}
 * ({@code path}, {@code reason}) for the files that could not be read.
 *
 * <pre>{@code
 * spark-submit --class dev.laurel.spark.LaurelSpark laurel-spark.jar INPUT OUTPUT
 * LaurelSpark.parseArchive(spark, "hdfs:///archive", "hdfs:///laurel");
 * }</pre>
 *
 * <p>How it runs: the input folder is read recursively as binary files, so decoding is Laurel's
 * (charset detected per file, as on one machine). Each partition loads the parsers once and parses its
 * files one at a time ({@link PartitionParser}); each file becomes one nested row, written once to
 * {@code OUTPUT/laurel-work/documents} (Parquet). The tables are then cut from that staging data set (each reads
 * only its own column), and the working folder is deleted. Files over {@link Source#MAX_BYTES} are
 * listed in {@code errors} without being read.
 *
 * <p>Keys: {@code doc} is the first 16 hex digits of the file's SHA-256, as in the CSV export, so a
 * document has one key in every output. When the same bytes occur in several files, the first file in
 * path order is written and its copies are not (they would repeat its rows under the same key), which
 * is what the CSV exporter writes when it is given the files in path order. A different document whose
 * SHA-256 shares the 16 digits with an earlier one (in path order) is keyed by its whole SHA-256, as
 * in the CSV export. Re-running into the same output replaces every table.
 */
public final class LaurelSpark {

    /**
     * The working folder under the output, deleted at the end: the parsed documents (one nested row per
     * file) and the numbering of duplicate files. Not named with a leading '_' or '.', which Spark's
     * readers treat as hidden.
     */
    static final String WORK = "laurel-work";

    private LaurelSpark() {
    }

    /**
     * What a run read and wrote: {@code files} listed, {@code documents} written (one per distinct
     * document), {@code errors} (files that could not be read) and {@code duplicates} (readable files whose
     * bytes an earlier file in path order holds, not written again); files = documents + errors + duplicates.
     */
    public record Summary(long files, long documents, long errors, long duplicates) {
    }

    /** The extensions read when none are given, as in {@code laurel parse DIR}. */
    public static final List<String> DEFAULT_EXTENSIONS = List.of("txt", "htm", "html");

    /** {@code spark-submit --class dev.laurel.spark.LaurelSpark laurel-spark.jar [--ext LIST] INPUT OUTPUT}. */
    public static void main(String[] args) {
        List<String> extensions = DEFAULT_EXTENSIONS;
        int i = 0;
        if (args.length == 4 && args[0].equals("--ext")) {
            extensions = args[1].equals("*") ? List.of() : List.of(args[1].split(","));
            i = 2;
        }
        if (args.length - i != 2) {
            System.err.println("usage: spark-submit --class dev.laurel.spark.LaurelSpark laurel-spark.jar [--ext LIST] INPUT OUTPUT");
            System.err.println("  INPUT       a folder of documents (text or HTML, any encoding Laurel detects), read recursively");
            System.err.println("  OUTPUT      a folder for the Parquet tables (replaced if present)");
            System.err.println("  --ext LIST  the file extensions read, comma separated, any case (default: txt,htm,html; '*': every file)");
            System.exit(2);
        }
        String input = args[i];
        String output = args[i + 1];
        SparkSession spark = SparkSession.builder().appName("laurel " + input).getOrCreate();
        try {
            long t0 = System.nanoTime();
            Summary s = parseArchive(spark, input, output, extensions);
            double seconds = (System.nanoTime() - t0) / 1e9;
            System.out.printf("laurel-spark: %d files, %d announcements, %d errors, %d copies of earlier files (written once), %.1f s; tables in %s%n",
                    s.files(), s.documents(), s.errors(), s.duplicates(), seconds, output);
        } finally {
            spark.stop();
        }
    }

    /**
     * Parses every file under {@code inputPath} (recursively) and writes the tables under
     * {@code outputPath}, replacing earlier tables there. Paths are Hadoop paths/URIs
     * ({@code hdfs://}, {@code s3a://}, {@code file:}, or plain local paths in local mode).
     */
    public static Summary parseArchive(SparkSession spark, String inputPath, String outputPath) {
        return parseArchive(spark, inputPath, outputPath, DEFAULT_EXTENSIONS);
    }

    /**
     * As {@link #parseArchive(SparkSession, String, String)}, reading the files whose extension is one
     * of {@code extensions} (any case), or every file when the list is empty. Like {@code laurel parse
     * DIR}, names starting with a dot are skipped; Spark also skips names starting with '_'.
     */
    public static Summary parseArchive(SparkSession spark, String inputPath, String outputPath, List<String> extensions) {
        Objects.requireNonNull(spark, "spark must not be null");
        Objects.requireNonNull(inputPath, "inputPath must not be null");
        Objects.requireNonNull(outputPath, "outputPath must not be null");
        Objects.requireNonNull(extensions, "extensions must not be null");

        // The folder is listed once, here; every query on `files` below reuses that listing.
        var reader = spark.read().format("binaryFile").option("recursiveFileLookup", "true");
        if (!extensions.isEmpty()) {
            reader = reader.option("pathGlobFilter", glob(extensions));   // applied while listing
        }
        Dataset<Row> files = reader.load(inputPath);

        String work = child(outputPath, WORK);
        String staging = child(work, "documents");
        // From the listing only (no file is read): how many files, how many bytes, how many too large.
        Column small = col("length").leq(Source.MAX_BYTES);
        Row listing = files.agg(count(when(small, lit(1))), sum(when(small, col("length"))),
                count(when(not(small), lit(1)))).first();
        long readableFiles = listing.getLong(0);
        long readableBytes = listing.isNullAt(1) ? 0 : listing.getLong(1);
        long tooLargeFiles = listing.getLong(2);
        Dataset<Row> readable = packed(spark, files.filter(small), readableFiles, readableBytes);  // pushed down: larger files are never read
        readable.select("path", "content")
                .mapPartitions(new PartitionParser(), Encoders.row(DocumentRows.SCHEMA))
                .write().mode(SaveMode.Overwrite).parquet(staging);

        Dataset<Row> docs = spark.read().parquet(staging);
        Dataset<Row> parsed = docs.filter(col(DocumentRows.REASON).isNull());

        // Files that share a key: copies are left out, a different document gets its whole SHA-256 as key.
        // Only the (usually few) files that share a key are joined back.
        long shared = writeSharedKeys(spark, parsed, child(work, "duplicates"));
        Column doc;
        Dataset<Row> keyed;
        long duplicates = 0;
        if (shared == 0) {
            keyed = parsed;
            doc = col(DocumentRows.KEY);
        } else {
            Dataset<Row> dups = spark.read().parquet(child(work, "duplicates"));
            duplicates = dups.filter(col("copy")).count();
            keyed = parsed.join(dups, parsed.col(DocumentRows.PATH).equalTo(dups.col("dupPath")), "left")
                    .filter(col("copy").isNull().or(not(col("copy"))));
            doc = coalesce(col("dupDoc"), col(DocumentRows.KEY));
        }

        for (String table : Tables.NAMES) {
            table(keyed, doc, table).write().mode(SaveMode.Overwrite).parquet(child(outputPath, table));
        }

        Dataset<Row> unread = docs.filter(col(DocumentRows.REASON).isNotNull())
                .select(col(DocumentRows.PATH).as("path"), col(DocumentRows.REASON).as("reason"));
        Dataset<Row> tooLarge = files.filter(col("length").gt(Source.MAX_BYTES))
                .select(col("path"), concat(col("path"), lit(" is "), col("length").cast("string"),
                        lit(" bytes, over the limit of " + Source.MAX_BYTES
                                + " bytes for one document; split the file into documents.")).as("reason"));
        unread.unionByName(tooLarge).write().mode(SaveMode.Overwrite).parquet(child(outputPath, Tables.ERRORS));

        Row counts = docs.agg(count(lit(1)), count(col(DocumentRows.REASON))).first();
        long total = counts.getLong(0);
        long failed = counts.getLong(1);
        long large = tooLargeFiles;
        delete(spark, work);
        return new Summary(total + large, total - failed - duplicates, failed + large, duplicates);
    }

    /**
     * The files in fewer, larger partitions when Spark's split would make many small ones. Spark counts
     * every file as at least {@code spark.sql.files.openCostInBytes} (4 MB) when it packs files into
     * partitions of {@code spark.sql.files.maxPartitionBytes} (128 MB), so announcements of a few KB
     * end up about 32 to a task, and the fixed cost of a task (a Parquet writer with some 70 columns,
     * task set-up) then outweighs parsing. Here a task gets about {@link #DOCS_PER_TASK} documents and
     * at most {@link #BYTES_PER_TASK} bytes, and never fewer tasks than the default parallelism. The
     * file count and bytes come from the listing; partitions are merged without a shuffle.
     */
    static Dataset<Row> packed(SparkSession spark, Dataset<Row> files, long n, long bytes) {
        long wanted = Math.max(spark.sparkContext().defaultParallelism(),
                Math.max(ceilDiv(n, DOCS_PER_TASK), ceilDiv(bytes, BYTES_PER_TASK)));
        int natural = files.rdd().getNumPartitions();
        return natural > wanted ? files.coalesce((int) wanted) : files;
    }

    /** About how many documents one task parses (at ~2 ms each, a few seconds of work). */
    static final long DOCS_PER_TASK = 2000;
    /** At most this many input bytes per task when documents are large. */
    static final long BYTES_PER_TASK = 128L * 1024 * 1024;

    private static long ceilDiv(long a, long b) {
        return (a + b - 1) / b;
    }

    /** One table: {@code doc}, then the fields of the document's struct or of each element of its array. */
    static Dataset<Row> table(Dataset<Row> keyed, Column doc, String table) {
        List<Column> columns = new ArrayList<>();
        columns.add(col("doc"));
        Dataset<Row> rows;
        if (table.equals(Tables.NAMES.get(0))) {
            rows = keyed.select(doc.as("doc"), col(table).as("r"));
        } else {
            rows = keyed.select(doc.as("doc"), explode(col(table)).as("r"));
        }
        for (StructField f : Tables.rowSchema(table).fields()) {
            // getField takes the name literally, so dotted CSV names (span.start) need no quoting.
            columns.add(col("r").getField(f.name()).as(f.name()));
        }
        return rows.select(columns.toArray(new Column[0]));
    }

    /**
     * Writes (dupPath, copy, dupDoc) for every file whose 16-hex key another file shares: {@code copy} is
     * true for a file whose bytes an earlier file (in path order) holds; {@code dupDoc} is the whole
     * SHA-256 of a document whose key an earlier, different document has, else null. Returns how many
     * files that is.
     */
    private static long writeSharedKeys(SparkSession spark, Dataset<Row> parsed, String where) {
        var byKey = Window.partitionBy(DocumentRows.KEY);
        Column sha = col(Tables.NAMES.get(0)).getField("source.sha256");
        Dataset<Row> dups = parsed.select(col(DocumentRows.PATH), col(DocumentRows.KEY), sha.as("sha"))
                .withColumn("copies", count(lit(1)).over(byKey))
                .filter(col("copies").gt(1))
                .withColumn("n", row_number().over(Window.partitionBy("sha").orderBy(DocumentRows.PATH)))
                .withColumn("firstSha", first(col("sha")).over(byKey.orderBy(DocumentRows.PATH)))
                .select(col(DocumentRows.PATH).as("dupPath"), col("n").gt(1).as("copy"),
                        when(col("sha").notEqual(col("firstSha")), col("sha")).as("dupDoc"));
        dups.write().mode(SaveMode.Overwrite).parquet(where);
        return spark.read().parquet(where).count();
    }

    /** A Hadoop glob for file names with one of the extensions, in any case: {@code *.{[tT][xX][tT],...}}. */
    static String glob(List<String> extensions) {
        StringBuilder b = new StringBuilder("*.{");
        for (int i = 0; i < extensions.size(); i++) {
            String e = extensions.get(i);
            if (!e.matches("[A-Za-z0-9]+")) {
                throw new IllegalArgumentException("extensions must be letters and digits, without the dot: " + e);
            }
            b.append(i == 0 ? "" : ",");
            for (char c : e.toCharArray()) {
                char lo = Character.toLowerCase(c);
                char up = Character.toUpperCase(c);
                b.append(lo == up ? String.valueOf(c) : "[" + lo + up + "]");
            }
        }
        return b.append('}').toString();
    }

    static String child(String parent, String name) {
        return new Path(parent, name).toString();
    }

    private static void delete(SparkSession spark, String path) {
        Path p = new Path(path);
        try {
            FileSystem fs = p.getFileSystem(spark.sparkContext().hadoopConfiguration());
            fs.delete(p, true);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete the staging folder " + path, e);
        }
    }
}
