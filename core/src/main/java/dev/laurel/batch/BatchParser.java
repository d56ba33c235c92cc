package dev.laurel.batch;

import dev.laurel.Laurel;
import dev.laurel.spi.AnnouncementSink;
import dev.laurel.spi.ParserRegistry;
import dev.laurel.spi.Source;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * Parses many documents in parallel, in bounded memory. Each call starts a batch whose results are
 * read from the returned {@link BatchResults}, in input order or as they complete (see
 * {@link BatchOptions}). Inputs are taken from the iterable lazily, on the thread that reads the
 * results, and only as far as {@link BatchOptions#maxInFlight()} allows: a directory walk of a
 * million files is never held in memory, and neither are the results. A file that cannot be read or
 * parsed gives a failed {@link BatchResult}; the batch goes on.
 *
 * <pre>{@code
 * BatchParser batch = new BatchParser(BatchOptions.defaults().withThreads(4));
 * try (AnnouncementSink sink = Laurel.exporter("jsonl").open(out, ExportOptions.defaults());
 *      BatchResults results = batch.parsePaths(paths, sink)) {
 *     for (BatchResult r : results) {
 *         if (r.isSuccess()) sink.write(r.prepared()); // encoded on the worker thread
 *         else System.err.println(r.name() + ": " + r.reason());
 *     }
 * }
 * }</pre>
 *
 * Given a sink, the workers also {@linkplain AnnouncementSink#prepare prepare} each announcement for it (JSON
 * Lines encodes it there), so that the thread reading the results only copies bytes out.
 *
 * Thread-safe and reusable: batches started from one parser are independent.
 */
public final class BatchParser {

    private final BatchOptions options;
    private final ParserRegistry parsers;

    /**
     * A batch parser with the parsers found on the class path.
     *
     * @param options the batch settings; not null
     */
    public BatchParser(BatchOptions options) {
        this(options, Laurel.parsers());
    }

    /**
     * A batch parser choosing among {@code parsers} (or the one named in the parse options).
     *
     * @param options the batch settings; not null
     * @param parsers the parsers to choose from; not null
     */
    public BatchParser(BatchOptions options, ParserRegistry parsers) {
        this.options = Objects.requireNonNull(options, "options must not be null");
        this.parsers = Objects.requireNonNull(parsers, "parsers must not be null");
    }

    /**
     * The settings every batch of this parser uses.
     *
     * @return the options given at construction
     */
    public BatchOptions options() {
        return options;
    }

    /**
     * Starts parsing files; each is read and decoded on a worker thread.
     *
     * @param paths the files, iterated lazily as the batch proceeds; no null elements
     * @return the running batch, to iterate and then close
     */
    public BatchResults parsePaths(Iterable<Path> paths) {
        Objects.requireNonNull(paths, "paths must not be null");
        return new BatchResults(options, parsers, inputs(paths.iterator()), null, null);
    }

    /**
     * Starts parsing files, each announcement also prepared for {@code sink} on its worker thread.
     *
     * @param paths the files, iterated lazily as the batch proceeds; no null elements
     * @param sink  the sink the results will be written to, with {@link BatchResult#prepared()}; not null
     * @return the running batch, to iterate and then close
     */
    public BatchResults parsePaths(Iterable<Path> paths, AnnouncementSink sink) {
        Objects.requireNonNull(paths, "paths must not be null");
        Objects.requireNonNull(sink, "sink must not be null");
        return new BatchResults(options, parsers, inputs(paths.iterator()), null, sink);
    }

    /**
     * Starts parsing files from a stream; closing the results closes the stream.
     *
     * @param paths the files, consumed lazily as the batch proceeds; no null elements
     * @return the running batch, to iterate and then close
     */
    public BatchResults parsePaths(Stream<Path> paths) {
        Objects.requireNonNull(paths, "paths must not be null");
        return new BatchResults(options, parsers, inputs(paths.iterator()), paths::close, null);
    }

    /**
     * Starts parsing files from a stream, each announcement also prepared for {@code sink} on its worker thread;
     * closing the results closes the stream.
     *
     * @param paths the files, consumed lazily as the batch proceeds; no null elements
     * @param sink  the sink the results will be written to, with {@link BatchResult#prepared()}; not null
     * @return the running batch, to iterate and then close
     */
    public BatchResults parsePaths(Stream<Path> paths, AnnouncementSink sink) {
        Objects.requireNonNull(paths, "paths must not be null");
        Objects.requireNonNull(sink, "sink must not be null");
        return new BatchResults(options, parsers, inputs(paths.iterator()), paths::close, sink);
    }

    /** Paths as batch inputs, read on the worker threads. */
    private static Iterator<BatchResults.Input> inputs(Iterator<Path> it) {
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return it.hasNext();
            }

            @Override
            public BatchResults.Input next() {
                return new BatchResults.Input(Objects.requireNonNull(it.next(), "paths must not hold null"), null);
            }
        };
    }

    /**
     * Starts parsing sources already decoded (in memory, or made by the caller's own reader).
     *
     * @param sources the sources, iterated lazily as the batch proceeds; no null elements
     * @return the running batch, to iterate and then close
     */
    public BatchResults parseSources(Iterable<Source> sources) {
        return sources(sources, null);
    }

    /**
     * Starts parsing sources already decoded, each announcement also prepared for {@code sink} on its worker thread.
     *
     * @param sources the sources, iterated lazily as the batch proceeds; no null elements
     * @param sink    the sink the results will be written to, with {@link BatchResult#prepared()}; not null
     * @return the running batch, to iterate and then close
     */
    public BatchResults parseSources(Iterable<Source> sources, AnnouncementSink sink) {
        return sources(sources, Objects.requireNonNull(sink, "sink must not be null"));
    }

    private BatchResults sources(Iterable<Source> sources, AnnouncementSink sink) {
        Objects.requireNonNull(sources, "sources must not be null");
        Iterator<Source> it = sources.iterator();
        return new BatchResults(options, parsers, new Iterator<>() {
            @Override
            public boolean hasNext() {
                return it.hasNext();
            }

            @Override
            public BatchResults.Input next() {
                return new BatchResults.Input(null, Objects.requireNonNull(it.next(), "sources must not hold null"));
            }
        }, null, sink);
    }
}
