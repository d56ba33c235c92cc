package dev.laurel.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.laurel.model.Announcement;
import dev.laurel.spi.DocumentParser;
import dev.laurel.spi.ExporterRegistry;
import dev.laurel.spi.ParseOptions;
import dev.laurel.spi.ParserRegistry;
import dev.laurel.spi.Source;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Running out of memory (or stack) on one file is one line on stderr in single-file mode too, as in
 * batch mode, never a raw stack trace (issue 14, item 11).
 */
class OutOfMemoryTest {

    @TempDir
    Path dir;

    static BiFunction<PrintStream, PrintStream, CliContext> throwing(Supplier<Error> error) {
        DocumentParser p = new DocumentParser() {
            @Override
            public String name() {
                return "greedy";
            }

            @Override
            public int confidence(Source source) {
                return 100;
            }

            @Override
            public Announcement parse(Source source, ParseOptions options) {
                throw error.get();
            }
        };
        return (out, err) -> new CliContext(ParserRegistry.of(p), ExporterRegistry.of(TestExporters.json("json"),
                TestExporters.json("jsonl")), out, err);
    }

    @Test
    void outOfMemoryOnOneFileIsTheLineBatchModeGives() throws Exception {
        Path f = dir.resolve("big.txt");
        Files.writeString(f, "杭州市", StandardCharsets.UTF_8);
        BiFunction<PrintStream, PrintStream, CliContext> oom = throwing(() -> new OutOfMemoryError("Java heap space"));
        CliRun single = CliRun.run(oom, "parse", f.toString());
        MainTest.assertOneErrorLine(single, 3, "out of memory while parsing " + f, "-Xmx");
        CliRun batch = CliRun.run(oom, "parse", "--quiet", f.toString(), f.toString());
        assertEquals(3, batch.code(), batch.toString());
        assertTrue(batch.errLines().get(0).contains("out of memory while parsing"), batch.err());
        CliRun verbose = CliRun.run(oom, "parse", "--verbose", f.toString());
        assertTrue(verbose.err().contains("\tat "), "--verbose adds the stack trace: " + verbose.err());
    }

    @Test
    void aStackOverflowIsAnInternalErrorOnOneLine() throws Exception {
        Path f = dir.resolve("deep.txt");
        Files.writeString(f, "杭州市", StandardCharsets.UTF_8);
        MainTest.assertOneErrorLine(CliRun.run(throwing(StackOverflowError::new), "parse", f.toString()), 1,
                "internal error while parsing " + f, "StackOverflowError");
    }

    @Test
    void aRealOutOfMemoryErrorInASmallHeap() throws Exception {
        Path f = dir.resolve("large.txt");
        String seed = Files.readString(SeedRunTest.SEED, StandardCharsets.UTF_8);
        StringBuilder b = new StringBuilder();
        while (b.length() < 8_000_000) {
            b.append(seed);
        }
        Files.writeString(f, b, StandardCharsets.UTF_8); // about 24 MB; parsing it needs some 150 MB of heap
        MainProcessTest.Result r = MainProcessTest.java(List.of("-Xmx64m"), null, "parse", f.toString());
        assertEquals(3, r.code(), r.err());
        assertEquals(1, r.err().lines().count(), r.err());
        assertTrue(r.err().startsWith("laurel: out of memory while parsing " + f), r.err());
        assertFalse(r.err().contains("\tat "), r.err());
    }
}
