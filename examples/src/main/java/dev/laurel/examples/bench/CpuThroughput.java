package dev.laurel.examples.bench;

import dev.laurel.Laurel;
import dev.laurel.model.Announcement;
import dev.laurel.spi.AnnouncementSink;
import dev.laurel.spi.DocumentParser;
import dev.laurel.spi.ExportOptions;
import dev.laurel.spi.Exporter;
import dev.laurel.spi.ParseOptions;
import dev.laurel.spi.Source;
import dev.laurel.spi.SourceDecoder;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * End to end (decode + parse + JSON export) over a corpus in memory on N threads, reporting both wall
 * clock MB/s and MB per CPU second of the worker threads. On a shared machine the wall clock measures the
 * load of others; the CPU figure is what one core would do alone. Each thread takes documents from a
 * shared counter, so N threads split one pass over the corpus.
 *
 * <pre>
 * java -cp examples/target/laurel.jar dev.laurel.examples.bench.CpuThroughput /tmp/laurel-corpus 1 2 [passes]
 * </pre>
 */
public final class CpuThroughput {

    public static void main(String[] args) throws Exception {
        List<byte[]> docs = EndToEndBenchmark.Corpus.load(args.length > 0 ? args[0] : null);
        long bytes = docs.stream().mapToLong(d -> d.length).sum();
        int passes = args.length > 3 ? Integer.parseInt(args[3]) : 3;
        System.out.printf(Locale.ROOT, "corpus: %d documents, %.1f MB%n", docs.size(), bytes / 1e6);
        int[] threadCounts = args.length > 1 ? new int[] {Integer.parseInt(args[1]), Integer.parseInt(args[2])}
                : new int[] {1, 2};
        // Warm-up: one pass on one thread.
        run(docs, 1, false);
        run(docs, 1, true);
        for (int pass = 0; pass < passes; pass++) {
            for (int n : threadCounts) {
                double[] r = run(docs, n, false);
                double[] f = run(docs, n, true);
                System.out.printf(Locale.ROOT,
                        "pass %d threads %d: end-to-end %.1f MB/s wall, %.1f MB per CPU-s; floor %.1f MB/s wall, %.1f MB per CPU-s%n",
                        pass, n, bytes / 1e6 / r[0], bytes / 1e6 / r[1], bytes / 1e6 / f[0], bytes / 1e6 / f[1]);
            }
        }
    }

    /** {wall seconds, CPU seconds of the workers}. */
    static double[] run(List<byte[]> docs, int threads, boolean floorOnly) throws Exception {
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        AtomicInteger next = new AtomicInteger();
        AtomicLong cpu = new AtomicLong();
        Exporter json = Laurel.exporter("json");
        DocumentParser parser = Laurel.parsers().find("commendation-text").orElseThrow();
        ExportOptions options = ExportOptions.defaults().withPretty(false);
        Thread[] ts = new Thread[threads];
        long t0 = System.nanoTime();
        for (int t = 0; t < threads; t++) {
            ts[t] = new Thread(() -> {
                long c0 = mx.getCurrentThreadCpuTime();
                EndToEndBenchmark.Counting out = new EndToEndBenchmark.Counting();
                long sink = 0;
                try {
                    for (int i; (i = next.getAndIncrement()) < docs.size(); ) {
                        byte[] d = docs.get(i);
                        if (floorOnly) {
                            String text = SourceDecoder.decode(d, "doc.txt", null).text();
                            for (int k = 0; k < text.length(); k++) {
                                sink += text.charAt(k);
                            }
                            continue;
                        }
                        Source source = Source.of(d, "doc.txt", null);
                        Announcement a = parser.parse(source, ParseOptions.defaults());
                        try (AnnouncementSink s = json.open(out, options)) {
                            s.write(a);
                        }
                    }
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
                cpu.addAndGet(mx.getCurrentThreadCpuTime() - c0 + (sink == 42 ? 1 : 0));
            });
            ts[t].start();
        }
        for (Thread t : ts) {
            t.join();
        }
        return new double[] {(System.nanoTime() - t0) / 1e9, cpu.get() / 1e9};
    }
}
