package dev.laurel.spark;

import dev.laurel.spi.Source;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.mapreduce.Job;
import org.apache.hadoop.mapreduce.lib.output.FileOutputFormat;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.api.java.function.Function;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.util.LongAccumulator;
import org.apache.spark.util.SerializableConfiguration;

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
 * <p>How it runs: the input folder is listed once, on the driver ({@link InputListing}), and its
 * files are packed by size into bins ({@link Bin}), one task each. A task reads its files, parses
 * them with the executor's parser registry ({@link PartitionParser}, {@link Parsers}) and writes the
 * rows straight into one Parquet file per table ({@link TablesOutputFormat}), with schemas built once
 * ({@link ParquetSchemas}). Decoding is Laurel's (charset detected per file, as on one machine). Files
 * over {@link Source#MAX_BYTES} are listed in {@code errors} without being read.
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
     * The working folder under the output, deleted at the end: the key of every parsed file, and the
     * files of the tasks written again when files share a key. Not named with a leading '_' or '.', which Spark's
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
        String glob = extensions.isEmpty() ? null : glob(extensions);   // checks the extensions first

        JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
        Configuration hadoop = spark.sparkContext().hadoopConfiguration();
        List<InputListing.Entry> files = InputListing.list(hadoop, inputPath, glob);
        List<Bin> bins = packed(spark, files);

        for (String table : OUTPUTS) {
            delete(hadoop, child(outputPath, table));
        }
        Broadcast<SerializableConfiguration> conf = jsc.broadcast(new SerializableConfiguration(hadoop));
        LongAccumulator parsed = spark.sparkContext().longAccumulator("laurel documents parsed");
        LongAccumulator failed = spark.sparkContext().longAccumulator("laurel files not read");
        write(spark, bins, conf, Map.of(), outputPath, false, parsed, failed);

        // Files that share a key: copies are left out, a different document gets its whole SHA-256 as key.
        // Only the bins that hold such files are parsed again, and their files replace the first ones.
        String work = child(outputPath, WORK);
        SharedKeys shared = bins.isEmpty() ? new SharedKeys(Map.of(), Set.of(), 0)
                : SharedKeys.find(spark, child(work, ParquetSchemas.KEYS));
        if (!shared.none()) {
            List<Bin> again = bins.stream().filter(b -> shared.bins().contains(b.index())).toList();
            String redo = child(work, "redo");
            write(spark, again, conf, shared.keys(), redo, true, null, null);
            replace(hadoop, redo, outputPath, again);
        }
        delete(hadoop, work);
        for (String table : OUTPUTS) {
            if (!table.equals(WORK)) {
                success(hadoop, child(outputPath, table));
            }
        }
        long documents = parsed.value() - shared.copies();
        return new Summary(files.size(), documents, failed.value(), shared.copies());
    }

    /** The folders a run replaces under the output. */
    private static final List<String> OUTPUTS = concat(Tables.NAMES, List.of(Tables.ERRORS, WORK));

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> all = new ArrayList<>(a);
        all.addAll(b);
        return List.copyOf(all);
    }

    /**
     * One Spark job: a task per bin parses its files ({@link PartitionParser}) and writes them into the
     * tables under {@code root} ({@link TablesOutputFormat}), committed by Hadoop's file committer.
     */
    private static void write(SparkSession spark, List<Bin> bins, Broadcast<SerializableConfiguration> conf,
                              Map<String, String> keys, String root, boolean tablesOnly,
                              LongAccumulator parsed, LongAccumulator failed) {
        if (bins.isEmpty()) {
            return;
        }
        JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
        Job job;
        try {
            job = Job.getInstance(new Configuration(conf.value().value()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        job.setOutputFormatClass(TablesOutputFormat.class);
        FileOutputFormat.setOutputPath(job, new Path(root));
        Configuration c = job.getConfiguration();
        c.set(TablesOutputFormat.CODEC, spark.conf().get("spark.sql.parquet.compression.codec", "snappy"));
        c.setBoolean(TablesOutputFormat.TABLES_ONLY, tablesOnly);
        c.setBoolean("mapreduce.fileoutputcommitter.marksuccessfuljobs", false);
        JavaRDD<Bin> tasks = jsc.parallelize(bins, bins.size());
        JavaPairRDD<Void, Parsed> docs = tasks.mapPartitionsToPair(new PartitionParser(conf, jsc.broadcast(keys)));
        if (parsed != null) {
            docs = docs.mapValues(new Counter(parsed, failed));
        }
        docs.saveAsNewAPIHadoopDataset(c);
    }

    /**
     * The listing in bins of about the same number of bytes (a file weighs its length plus
     * {@link #OPEN_COST} bytes): a quarter of one core's share of the archive, between
     * {@link #MIN_BIN_BYTES} and {@link #MAX_BIN_BYTES}. The bounds can be set with the Spark
     * configuration {@code spark.laurel.binBytes} (a fixed size) and {@code spark.laurel.openCost}.
     */
    static List<Bin> packed(SparkSession spark, List<InputListing.Entry> files) {
        long openCost = spark.conf().getOption("spark.laurel.openCost").map(Long::parseLong).getOrElse(() -> OPEN_COST);
        long total = 0;
        for (InputListing.Entry f : files) {
            total += (f.length() > Source.MAX_BYTES ? 0 : f.length()) + openCost;
        }
        long target = Bin.target(total, spark.sparkContext().defaultParallelism(), MIN_BIN_BYTES, MAX_BIN_BYTES);
        long fixed = spark.conf().getOption("spark.laurel.binBytes").map(Long::parseLong).getOrElse(() -> 0L);
        return Bin.pack(files, fixed > 0 ? fixed : target, openCost);
    }

    /** Counts parsed and unreadable files as they pass to the writer. */
    private record Counter(LongAccumulator parsed, LongAccumulator failed) implements Function<Parsed, Parsed> {
        @Override
        public Parsed call(Parsed p) {
            (p.failed() ? failed : parsed).add(1);
            return p;
        }
    }

    /** What opening a file costs, in bytes of parsing. */
    static final long OPEN_COST = 8 * 1024;
    /** The smallest bin: below this, a task's start-up and its eight files outweigh its parsing. */
    static final long MIN_BIN_BYTES = 1024 * 1024;
    /** The largest bin: about 5 s of parsing on one core, and small enough to retry. */
    static final long MAX_BIN_BYTES = 32L * 1024 * 1024;

    /**
     * Moves the files the bins wrote again under {@code redo} into the tables under {@code output},
     * in place of the files the same bins wrote first.
     */
    private static void replace(Configuration conf, String redo, String output, List<Bin> bins) {
        try {
            for (String table : Tables.NAMES) {
                Path done = new Path(output, table);
                Path again = new Path(redo, table);
                FileSystem fs = done.getFileSystem(conf);
                for (Bin b : bins) {
                    String prefix = TablesOutputFormat.partPrefix(b.index());
                    for (FileStatus old : fs.listStatus(done, p -> p.getName().startsWith(prefix))) {
                        fs.delete(old.getPath(), false);
                    }
                    if (fs.exists(again)) {
                        for (FileStatus f : fs.listStatus(again, p -> p.getName().startsWith(prefix))) {
                            if (!fs.rename(f.getPath(), new Path(done, f.getPath().getName()))) {
                                throw new IOException("cannot move " + f.getPath() + " to " + done);
                            }
                        }
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot replace the files of " + bins.size() + " tasks in " + output, e);
        }
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

    private static void delete(Configuration conf, String path) {
        Path p = new Path(path);
        try {
            p.getFileSystem(conf).delete(p, true);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete " + path, e);
        }
    }

    /** The empty {@code _SUCCESS} file that Spark's writers leave in a finished table's folder. */
    private static void success(Configuration conf, String folder) {
        Path p = new Path(folder, "_SUCCESS");
        try {
            FileSystem fs = p.getFileSystem(conf);
            if (fs.exists(p.getParent())) {
                fs.create(p, true).close();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + p, e);
        }
    }
}
