package dev.laurel.examples.bench;

import dev.laurel.text.Quantity;
import dev.laurel.text.QuantityScanner;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;

/**
 * Quantity scanning throughput on the seed text and on a 10 MB text made by repeating it.
 * Reads {@code seeds/000_8580ebc5395fa60a.txt} relative to the working directory (run from the repo root):
 * {@code java -cp examples/target/laurel.jar org.openjdk.jmh.Main QuantityScan -f 1 -wi 3 -i 5}.
 * MB/s of UTF-8 input = utf8Bytes (printed at setup) / 2^20 / (seconds per op).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Threads(1)
@Fork(1)
public class QuantityScanBenchmark {
    static final Path SEED = Path.of("seeds", "000_8580ebc5395fa60a.txt");

    @Param({"seed", "10MB"})
    public String input;

    private String text;
    private final QuantityScanner scanner = new QuantityScanner();

    @Setup(Level.Trial)
    public void load() {
        if (!Files.isRegularFile(SEED)) {
            throw new IllegalStateException("benchmark input " + SEED.toAbsolutePath()
                    + " not found: run from the repository root");
        }
        String seed;
        try {
            seed = Files.readString(SEED, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (input.equals("seed")) {
            text = seed;
        } else {
            int seedBytes = seed.getBytes(StandardCharsets.UTF_8).length;
            StringBuilder b = new StringBuilder();
            for (long bytes = 0; bytes < 10L * 1024 * 1024; bytes += seedBytes) {
                b.append(seed);
            }
            text = b.toString();
        }
        System.out.println("\n[" + input + "] utf8Bytes=" + text.getBytes(StandardCharsets.UTF_8).length);
    }

    @Benchmark
    public List<Quantity> scan() {
        return scanner.scan(text);
    }
}
