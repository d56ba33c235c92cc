package dev.laurel.examples.bench;

import dev.laurel.Laurel;
import dev.laurel.examples.corpus.CorpusGenerator;
import dev.laurel.model.Announcement;
import dev.laurel.spi.AnnouncementSink;
import dev.laurel.spi.DocumentParser;
import dev.laurel.spi.ExportOptions;
import dev.laurel.spi.Exporter;
import dev.laurel.spi.ParseOptions;
import dev.laurel.spi.Source;
import dev.laurel.spi.SourceDecoder;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * End to end in process: bytes in memory → decode (charset detection) → parse → JSON export into a
 * counting stream, one document per operation. The secondary result {@code :megabytes} reads as MB/s
 * (10^6 input bytes per second) per benchmark, over all its threads. {@code floor} decodes the same bytes
 * and touches every char, the least any reader of these documents must do.
 *
 * <p>The corpus is read from the folder in the system property {@code laurel.corpus} (every
 * {@code .txt} file, held in memory), written beforehand with {@link CorpusGenerator}; without it,
 * 2,000 documents (≈ 6.5 MB) are generated in memory. The sample is {@code seeds/000_8580ebc5395fa60a.txt}
 * (system property {@code laurel.sample}).
 *
 * <pre>
 * java -cp examples/target/laurel.jar dev.laurel.examples.corpus.CorpusGenerator --out /tmp/laurel-corpus --count 31000 --seed 1 --no-gold
 * java -Dlaurel.corpus=/tmp/laurel-corpus -cp examples/target/laurel.jar org.openjdk.jmh.Main EndToEndBenchmark -f 1 -wi 3 -i 5 -t 1
 * java -Dlaurel.corpus=/tmp/laurel-corpus -cp examples/target/laurel.jar org.openjdk.jmh.Main 'EndToEndBenchmark.corpus$' -f 1 -wi 3 -i 5 -t 2
 * </pre>
 * ({@code -jvmArgsAppend -Dlaurel.corpus=…} passes the property to the forked JVM as well; JMH forwards
 * the launcher's -D flags by default.)
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 5)
@Fork(value = 1, jvmArgsAppend = "-Xmx2g")
public class EndToEndBenchmark {

    /** The documents, shared by all threads. */
    @State(Scope.Benchmark)
    public static class Corpus {
        List<byte[]> documents;
        byte[] sample;
        long bytes;

        @Setup(Level.Trial)
        public void load() throws IOException {
            documents = load(System.getProperty("laurel.corpus"));
            bytes = documents.stream().mapToLong(d -> d.length).sum();
            sample = Files.readAllBytes(Path.of(System.getProperty("laurel.sample", "seeds/000_8580ebc5395fa60a.txt")));
            System.out.printf("%ncorpus: %d documents, %.1f MB (mean %.0f bytes); sample %d bytes%n", documents.size(),
                    bytes / 1e6, (double) bytes / documents.size(), sample.length);
        }

        /** The text documents ({@code .txt}) of a folder, or 2,000 generated ones; web pages are left out. */
        static List<byte[]> load(String folder) throws IOException {
            List<byte[]> out = new ArrayList<>();
            if (folder == null) {
                CorpusGenerator g = new CorpusGenerator(1);
                for (int i = 0; out.size() < 2000; i++) {
                    CorpusGenerator.Document d = g.generate(i);
                    if (d.name().endsWith(".txt")) {
                        out.add(d.bytes());
                    }
                }
                return out;
            }
            try (Stream<Path> files = Files.list(Path.of(folder))) {
                for (Path p : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                    out.add(Files.readAllBytes(p));
                }
            }
            return out;
        }
    }

    /** Per thread: where it is in the corpus (threads start at different places), the exporter, a sink. */
    @State(Scope.Thread)
    public static class Worker {
        int next;
        Exporter json;
        DocumentParser parser;
        final Counting out = new Counting();
        final ExportOptions options = ExportOptions.defaults().withPretty(false);

        @Setup(Level.Trial)
        public void setUp(Corpus corpus) throws Exception {
            next = (int) (Thread.currentThread().getId() * 7919 % corpus.documents.size());
            json = Laurel.exporter("json");
            parser = Laurel.parsers().find("commendation-text").orElseThrow();
        }
    }

    /** Input bytes processed, reported as MB per second. */
    @State(Scope.Thread)
    @AuxCounters(AuxCounters.Type.OPERATIONS)
    public static class Megabytes {
        public double megabytes;

        @Setup(Level.Iteration)
        public void reset() {
            megabytes = 0;
        }
    }

    static final class Counting extends OutputStream {
        long n;

        @Override
        public void write(int b) {
            n++;
        }

        @Override
        public void write(byte[] b, int off, int len) {
            n += len;
        }
    }

    static long endToEnd(byte[] bytes, Worker w) throws Exception {
        Source source = Source.of(bytes, "doc.txt", null);
        Announcement a = w.parser.parse(source, ParseOptions.defaults());
        try (AnnouncementSink sink = w.json.open(w.out, w.options)) {
            sink.write(a);
        }
        return w.out.n;
    }

    /** The sample, end to end. */
    @Benchmark
    public long sample(Corpus c, Worker w, Megabytes mb) throws Exception {
        mb.megabytes += c.sample.length / 1e6;
        return endToEnd(c.sample, w);
    }

    /** The generated corpus, end to end, one document per operation. */
    @Benchmark
    public long corpus(Corpus c, Worker w, Megabytes mb) throws Exception {
        byte[] d = c.documents.get(w.next);
        w.next = (w.next + 1) % c.documents.size();
        mb.megabytes += d.length / 1e6;
        return endToEnd(d, w);
    }

    /** The floor: decode the corpus documents (detecting the charset) and touch every char. */
    @Benchmark
    public long floor(Corpus c, Worker w, Megabytes mb) throws Exception {
        byte[] d = c.documents.get(w.next);
        w.next = (w.next + 1) % c.documents.size();
        mb.megabytes += d.length / 1e6;
        String text = SourceDecoder.decode(d, "doc.txt", null).text();
        long sum = 0;
        for (int i = 0; i < text.length(); i++) {
            sum += text.charAt(i);
        }
        return sum;
    }
}
