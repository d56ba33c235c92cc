package dev.laurel.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.laurel.Laurel;
import dev.laurel.model.Announcement;
import dev.laurel.spi.DocumentParser;
import dev.laurel.spi.ParseOptions;
import dev.laurel.spi.ParserRegistry;
import dev.laurel.spi.Source;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** The batch API: order, failures as results, bounded work in flight, cancellation, threads. */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class BatchParserTest {

    @TempDir
    Path dir;

    /** A parser that takes the title from the text, sleeps "SLEEP n" ms, and throws on "BUG". */
    static final class SlowParser implements DocumentParser {
        final Set<String> threads = ConcurrentHashMap.newKeySet();
        final AtomicInteger running = new AtomicInteger();
        final AtomicInteger maxRunning = new AtomicInteger();

        @Override
        public String name() {
            return "slow";
        }

        @Override
        public int confidence(Source source) {
            return source.text().startsWith("NOPE") ? 0 : 50;
        }

        @Override
        public Announcement parse(Source source, ParseOptions options) {
            threads.add(Thread.currentThread().getName());
            maxRunning.accumulateAndGet(running.incrementAndGet(), Math::max);
            try {
                String text = source.text().strip();
                if (text.startsWith("BUG")) {
                    throw new IllegalStateException("bug on " + source.name());
                }
                if (text.startsWith("SLEEP ")) {
                    try {
                        Thread.sleep(Long.parseLong(text.substring(6).split("\\s")[0]));
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                }
                return Announcement.of(source.info(), text, null, null, null, List.of(), List.of(), List.of());
            } finally {
                running.decrementAndGet();
            }
        }
    }

    static List<Source> sources(String... texts) {
        List<Source> out = new ArrayList<>();
        for (int i = 0; i < texts.length; i++) {
            out.add(Source.ofText(texts[i], "doc-" + i));
        }
        return out;
    }

    static List<BatchResult> all(BatchResults results) {
        List<BatchResult> out = new ArrayList<>();
        try (results) {
            results.forEach(out::add);
        }
        return out;
    }

    @Test
    void resultsComeInInputOrderByDefault() {
        SlowParser p = new SlowParser();
        // The first documents are the slowest: completion order is the reverse of input order.
        List<Source> in = sources("SLEEP 300 a", "SLEEP 200 b", "SLEEP 100 c", "d");
        List<BatchResult> out = all(new BatchParser(BatchOptions.defaults().withThreads(4), ParserRegistry.of(p))
                .parseSources(in));
        assertEquals(List.of(0L, 1L, 2L, 3L), out.stream().map(BatchResult::index).toList());
        assertEquals(List.of("doc-0", "doc-1", "doc-2", "doc-3"), out.stream().map(BatchResult::name).toList());
        assertTrue(out.stream().allMatch(BatchResult::isSuccess));
        assertEquals("d", out.get(3).announcement().title());
    }

    /** A sink that prepares on the calling thread, noting it, and fails to prepare "BAD". */
    static final class RecordingSink implements dev.laurel.spi.AnnouncementSink {
        final Set<String> preparedOn = ConcurrentHashMap.newKeySet();
        final List<Announcement> written = new ArrayList<>();

        @Override
        public Prepared prepare(Announcement a) throws java.io.IOException {
            preparedOn.add(Thread.currentThread().getName());
            if (a.title().equals("BAD")) {
                throw new java.io.IOException("cannot encode");
            }
            return new Prepared(a, "line of " + a.title());
        }

        @Override
        public void write(Announcement a) {
            written.add(a);
        }

        @Override
        public void close() {
        }
    }

    @Test
    void givenASinkTheWorkersPrepareEachAnnouncementForIt() {
        RecordingSink sink = new RecordingSink();
        List<BatchResult> out = all(new BatchParser(BatchOptions.defaults().withThreads(2),
                ParserRegistry.of(new SlowParser())).parseSources(sources("a", "BAD", "c"), sink));
        assertEquals(3, out.size());
        assertEquals("line of a", out.get(0).prepared().payload());
        assertTrue(out.get(0).prepared().announcement() == out.get(0).announcement());
        assertTrue(out.get(1).isSuccess(), "a failure to prepare is not a failure to parse");
        assertNull(out.get(1).prepared().payload(), "written from its announcement, where the error shows");
        assertEquals("line of c", out.get(2).prepared().payload());
        assertTrue(sink.preparedOn.stream().allMatch(t -> t.startsWith("laurel-batch-")), sink.preparedOn.toString());
        assertNull(all(new BatchParser(BatchOptions.defaults(), ParserRegistry.of(new SlowParser()))
                .parseSources(sources("a"))).get(0).prepared(), "nothing prepared without a sink");
    }

    @Test
    void unorderedResultsComeAsTheyComplete() {
        SlowParser p = new SlowParser();
        List<Source> in = sources("SLEEP 600 a", "b", "c");
        List<BatchResult> out = all(new BatchParser(BatchOptions.defaults().withThreads(3).withOrdered(false),
                ParserRegistry.of(p)).parseSources(in));
        assertEquals(3, out.size());
        assertEquals(0L, out.get(2).index(), "the slow first document comes last: " + out);
        assertEquals(Set.of(0L, 1L, 2L), new HashSet<>(out.stream().map(BatchResult::index).toList()));
    }

    @Test
    void failuresAreResultsAndTheBatchGoesOn() throws Exception {
        Path good = dir.resolve("good.txt");
        Files.writeString(good, "fine", StandardCharsets.UTF_8);
        Path png = dir.resolve("picture.png");
        Files.write(png, new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0});
        Path missing = dir.resolve("missing.txt");
        Path nope = dir.resolve("nope.txt");
        Files.writeString(nope, "NOPE", StandardCharsets.UTF_8);
        Path bug = dir.resolve("bug.txt");
        Files.writeString(bug, "BUG", StandardCharsets.UTF_8);
        Path folder = dir.resolve("folder");
        Files.createDirectories(folder);

        List<BatchResult> out = all(new BatchParser(BatchOptions.defaults().withThreads(2),
                ParserRegistry.of(new SlowParser())).parsePaths(List.of(good, png, missing, nope, bug, folder, good)));
        assertEquals(7, out.size());
        assertTrue(out.get(0).isSuccess());
        assertEquals(good, out.get(0).path());
        assertEquals(4, out.get(0).bytes());
        assertTrue(out.get(6).isSuccess());
        for (int i = 1; i <= 5; i++) {
            BatchResult r = out.get(i);
            assertFalse(r.isSuccess(), r.toString());
            assertNull(r.announcement());
            assertNotNull(r.reason());
            assertFalse(r.reason().contains("\n"), "one line: " + r.reason());
        }
        assertTrue(out.get(1).reason().contains("PNG"), out.get(1).reason());
        assertEquals(6, out.get(1).bytes(), "the size of a refused file is known");
        assertTrue(out.get(2).reason().contains("does not exist"), out.get(2).reason());
        assertTrue(out.get(3).reason().contains("not a document any parser can read"), out.get(3).reason());
        assertTrue(out.get(4).reason().contains("internal error") && out.get(4).reason().contains("bug on bug.txt"),
                out.get(4).reason());
        assertTrue(out.get(4).cause() instanceof IllegalStateException);
        assertTrue(out.get(5).reason().contains("directory"), out.get(5).reason());
    }

    @Test
    void severalThreadsWorkAtOnce() {
        SlowParser p = new SlowParser();
        String[] texts = IntStream.range(0, 8).mapToObj(i -> "SLEEP 150 " + i).toArray(String[]::new);
        long t0 = System.nanoTime();
        List<BatchResult> out = all(new BatchParser(BatchOptions.defaults().withThreads(4), ParserRegistry.of(p))
                .parseSources(sources(texts)));
        long ms = (System.nanoTime() - t0) / 1_000_000;
        assertEquals(8, out.size());
        assertEquals(4, p.maxRunning.get(), "four parses at once");
        assertEquals(4, p.threads.size(), p.threads.toString());
        assertTrue(p.threads.stream().allMatch(t -> t.startsWith("laurel-batch-")), p.threads.toString());
        assertTrue(ms < 8 * 150, "parallel: " + ms + " ms");
    }

    @Test
    void inputsAreTakenLazilyAndWorkInFlightIsBounded() {
        AtomicLong taken = new AtomicLong();
        Iterator<Source> endless = new Iterator<>() {
            @Override
            public boolean hasNext() {
                return true;
            }

            @Override
            public Source next() {
                return Source.ofText("doc " + taken.incrementAndGet(), "n");
            }
        };
        BatchOptions options = BatchOptions.defaults().withThreads(2).withMaxInFlight(8);
        int read = 0;
        try (BatchResults results = new BatchParser(options, ParserRegistry.of(new SlowParser()))
                .parseSources(() -> endless)) {
            for (BatchResult r : results) {
                assertEquals(read, r.index());
                assertTrue(taken.get() <= read + 1 + 8, "at most maxInFlight ahead: taken " + taken + " read " + read);
                if (++read == 1000) {
                    break;
                }
            }
        }
        assertEquals(1000, read);
        assertTrue(taken.get() <= 1000 + 8, "taken " + taken);
    }

    @Test
    void cancelFromAnotherThreadEndsTheIteration() throws Exception {
        SlowParser p = new SlowParser();
        String[] texts = IntStream.range(0, 200).mapToObj(i -> "SLEEP 50 " + i).toArray(String[]::new);
        CountDownLatch first = new CountDownLatch(1);
        List<BatchResult> out = new ArrayList<>();
        try (BatchResults results = new BatchParser(BatchOptions.defaults().withThreads(2), ParserRegistry.of(p))
                .parseSources(sources(texts))) {
            Thread canceller = new Thread(() -> {
                try {
                    first.await();
                } catch (InterruptedException e) {
                    return;
                }
                results.cancel();
            });
            canceller.start();
            for (BatchResult r : results) {
                out.add(r);
                first.countDown();
            }
            canceller.join();
            assertTrue(results.isCancelled());
        }
        assertTrue(out.size() < 200, "stopped early: " + out.size());
    }

    @Test
    void closingStopsTheWorkersAndTheInputStream() {
        SlowParser p = new SlowParser();
        AtomicInteger streamClosed = new AtomicInteger();
        Stream<Path> paths = Stream.generate(() -> dir.resolve("missing.txt")).limit(10_000)
                .onClose(streamClosed::incrementAndGet);
        BatchResults results = new BatchParser(BatchOptions.defaults().withThreads(2), ParserRegistry.of(p))
                .parsePaths(paths);
        Iterator<BatchResult> it = results.iterator();
        assertFalse(it.next().isSuccess());
        results.close();
        assertFalse(it.hasNext(), "no results after close");
        assertEquals(1, streamClosed.get());
        results.close();
        assertEquals(1, streamClosed.get(), "close is idempotent");
        assertThrows(IllegalStateException.class, results::iterator, "results are read once");
    }

    @Test
    void aFailingInputListIsTheLastResult() {
        Iterator<Path> broken = new Iterator<>() {
            int n;

            @Override
            public boolean hasNext() {
                if (n == 2) {
                    throw new java.io.UncheckedIOException(new java.io.IOException("Permission denied: /archive/x"));
                }
                return true;
            }

            @Override
            public Path next() {
                n++;
                return dir.resolve("missing-" + n);
            }
        };
        List<BatchResult> out = all(new BatchParser(BatchOptions.defaults().withThreads(1),
                ParserRegistry.of(new SlowParser())).parsePaths(() -> broken));
        assertEquals(3, out.size());
        assertTrue(out.get(2).reason().contains("Permission denied"), out.get(2).reason());
    }

    @Test
    void anEmptyBatchEndsAtOnce() {
        assertEquals(List.of(), all(new BatchParser(BatchOptions.defaults(), ParserRegistry.of(new SlowParser()))
                .parseSources(List.of())));
    }

    @Test
    void theFacadeUsesTheParsersOnTheClassPath() throws Exception {
        Path f = dir.resolve("m.txt");
        Files.writeString(f, "MOCK hello", StandardCharsets.UTF_8);
        List<BatchResult> out = all(Laurel.parseAll(List.of(f, f)));
        assertEquals(2, out.size());
        assertEquals("MOCK hello", out.get(1).announcement().title());
    }

    @Test
    void optionsAreChecked() {
        assertThrows(IllegalArgumentException.class, () -> BatchOptions.defaults().withThreads(0));
        assertThrows(IllegalArgumentException.class, () -> BatchOptions.defaults().withThreads(2).withMaxInFlight(1));
        assertThrows(NullPointerException.class, () -> BatchOptions.defaults().withParseOptions(null));
        assertEquals(Runtime.getRuntime().availableProcessors(), BatchOptions.defaults().threads());
        assertTrue(BatchOptions.defaults().ordered());
        assertEquals(64, BatchOptions.defaults().withThreads(16).maxInFlight());
        assertThrows(NullPointerException.class, () -> BatchResult.failure(0, "x", null, 0, null, null, 0));
        assertThrows(IllegalArgumentException.class, () -> new BatchResult(0, "x", null, 0, null, null, null, 0));
    }
}
