package dev.laurel.spark;

import dev.laurel.Laurel;
import dev.laurel.LaurelException;
import dev.laurel.spi.AnnouncementSink;
import dev.laurel.spi.ExportOptions;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.spark.sql.SparkSession;

/**
 * Measures the job in local mode beside the single-machine path on the same files; not a test.
 * Prints wall time and CPU time (all threads of this JVM) of each run, cold then warm.
 *
 * <pre>
 * java [--add-opens ...] -cp TEST_CLASSPATH dev.laurel.spark.ThroughputProbe CORPUS_DIR GENERATED OUT_DIR [MASTER]
 * </pre>
 * CORPUS_DIR is filled with {@link TestCorpus} (GENERATED generated documents and a dozen others) when it is empty or absent.
 */
public final class ThroughputProbe {

    private ThroughputProbe() {
    }

    public static void main(String[] args) throws Exception {
        Path corpus = Path.of(args[0]);
        int generated = Integer.parseInt(args[1]);
        Path out = Path.of(args[2]);
        String master = args.length > 3 ? args[3] : "local[2]";
        if (!Files.isDirectory(corpus) || isEmpty(corpus)) {
            TestCorpus.write(corpus, generated);
        }
        List<Path> files;
        try (Stream<Path> s = Files.walk(corpus)) {
            // What the job and `laurel parse DIR` read: .txt/.htm/.html in any case, not hidden.
            files = s.filter(Files::isRegularFile)
                    .filter(p -> !p.getFileName().toString().startsWith("."))
                    .filter(p -> p.getFileName().toString().toLowerCase(java.util.Locale.ROOT).matches(".*\\.(txt|htm|html)"))
                    .sorted().toList();
        }
        long bytes = 0;
        for (Path f : files) {
            bytes += Files.size(f);
        }
        System.out.printf("corpus: %d files, %.2f MB%n", files.size(), bytes / 1e6);

        for (int run = 1; run <= 2; run++) {
            long w0 = System.nanoTime();
            long c0 = cpu();
            try (AnnouncementSink sink = Laurel.exporter("csv").open(out.resolve("csv"), ExportOptions.defaults())) {
                for (Path f : files) {
                    try {
                        sink.write(Laurel.parse(f));
                    } catch (LaurelException e) {
                        // counted as not parsed
                    }
                }
            }
            report("one machine, 1 thread, run " + run, files.size(), bytes, w0, c0);
        }

        long s0 = System.nanoTime();
        SparkSession spark = SparkSession.builder().appName("laurel-probe").master(master)
                .config("spark.ui.enabled", "false")
                .config("spark.sql.shuffle.partitions", "4")
                .config("spark.driver.host", "127.0.0.1")
                .config("spark.driver.bindAddress", "127.0.0.1")
                .getOrCreate();
        spark.sparkContext().setLogLevel("WARN");
        System.out.printf("spark %s session start: %.2f s%n", master, (System.nanoTime() - s0) / 1e9);
        try {
            for (int run = 1; run <= 2; run++) {
                long w0 = System.nanoTime();
                long c0 = cpu();
                LaurelSpark.Summary s = LaurelSpark.parseArchive(spark, corpus.toString(), out.resolve("parquet").toString());
                report("spark " + master + ", run " + run + " " + s, files.size(), bytes, w0, c0);
            }
        } finally {
            spark.stop();
        }
    }

    private static boolean isEmpty(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.findAny().isEmpty();
        }
    }

    private static long cpu() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }

    private static void report(String what, int files, long bytes, long w0, long c0) {
        double wall = (System.nanoTime() - w0) / 1e9;
        double cpu = (cpu() - c0) / 1e9;
        System.out.printf("%s: wall %.2f s (%.0f docs/s, %.2f MB/s), cpu %.2f s (%.2f ms cpu/doc)%n",
                what, wall, files / wall, bytes / 1e6 / wall, cpu, cpu * 1000 / files);
    }
}
