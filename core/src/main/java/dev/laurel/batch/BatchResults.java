package dev.laurel.batch;

import dev.laurel.Laurel;
import dev.laurel.LaurelException;
import dev.laurel.model.Announcement;
import dev.laurel.spi.AnnouncementSink;
import dev.laurel.spi.DocumentParser;
import dev.laurel.spi.ParseOptions;
import dev.laurel.spi.ParserRegistry;
import dev.laurel.spi.Source;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * The results of one batch, read once by one consumer thread: iterate it (or {@link #stream()} it)
 * and close it. Iterating takes more inputs as results are taken, so at most
 * {@link BatchOptions#maxInFlight()} inputs are being parsed or waiting to be taken at any time.
 * {@link #cancel()} (from any thread) and {@link #close()} stop the batch: no more inputs are
 * started and iteration ends early. Closing also waits for the parses under way and frees the
 * worker threads; close in a {@code try}-with-resources block.
 */
public final class BatchResults implements Iterable<BatchResult>, AutoCloseable {

    /** One input: a file or a decoded source. */
    record Input(Path path, Source source) {
        String name() {
            return path != null ? path.toString() : source.name();
        }
    }

    private static final AtomicInteger POOLS = new AtomicInteger();
    /** Wakes a consumer blocked in {@code take()} when the batch is cancelled. */
    private static final BatchResult CANCELLED = BatchResult.failure(-1, "(cancelled)", null, 0, "cancelled", null, 0);

    private final ParserRegistry parsers;
    private final ParseOptions parseOptions;
    private final boolean ordered;
    private final int maxInFlight;
    private final Iterator<Input> inputs;
    private final Runnable onClose;
    /** The sink announcements are prepared for on the workers, or null. */
    private final AnnouncementSink sink;
    private final ThreadPoolExecutor workers;
    private final BlockingQueue<BatchResult> completed = new LinkedBlockingQueue<>();
    /** Ordered mode: results that arrived before their turn (consumer thread only). */
    private final Map<Long, BatchResult> early = new HashMap<>();

    // Consumer-thread state.
    private long submitted;
    private long delivered;
    private int inFlight;
    private boolean inputsDone;
    private boolean iterated;
    private BatchResult next;

    private volatile boolean cancelled;
    private volatile boolean closed;

    BatchResults(BatchOptions options, ParserRegistry parsers, Iterator<Input> inputs, Runnable onClose,
                 AnnouncementSink sink) {
        this.parsers = parsers;
        this.parseOptions = options.parseOptions();
        this.ordered = options.ordered();
        this.maxInFlight = options.maxInFlight();
        this.inputs = inputs;
        this.onClose = onClose;
        this.sink = sink;
        int pool = POOLS.incrementAndGet();
        AtomicInteger n = new AtomicInteger();
        ThreadFactory factory = r -> {
            Thread t = new Thread(r, "laurel-batch-" + pool + "-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
        this.workers = new ThreadPoolExecutor(options.threads(), options.threads(), 1, TimeUnit.SECONDS,
                new LinkedBlockingQueue<>(), factory);
        this.workers.allowCoreThreadTimeOut(true);
    }

    /** The results, once; a second call throws {@link IllegalStateException}. */
    @Override
    public Iterator<BatchResult> iterator() {
        if (iterated) {
            throw new IllegalStateException("the results of a batch can be iterated only once");
        }
        iterated = true;
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                if (next == null) {
                    next = take();
                }
                return next != null;
            }

            @Override
            public BatchResult next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                BatchResult r = next;
                next = null;
                return r;
            }
        };
    }

    /**
     * The results as a sequential stream; closing the stream closes the batch.
     *
     * @return a stream over the same results as {@link #iterator()}
     */
    public Stream<BatchResult> stream() {
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(iterator(), Spliterator.ORDERED | Spliterator.NONNULL),
                false).onClose(this::close);
    }

    /** Stops the batch: no more inputs are started, and iteration ends. Safe from any thread. */
    public void cancel() {
        cancelled = true;
        workers.shutdownNow();
        completed.add(CANCELLED);
    }

    /**
     * Whether {@link #cancel()} or {@link #close()} was called.
     *
     * @return true once the batch was cancelled or closed
     */
    public boolean isCancelled() {
        return cancelled;
    }

    /** Cancels what is left and waits (up to a minute) for the parses under way to end. */
    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        if (!cancelled) {
            cancel();
        }
        try {
            workers.awaitTermination(1, TimeUnit.MINUTES);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            if (onClose != null) {
                onClose.run();
            }
        }
    }

    /** The next result in the chosen order, or null at the end. */
    private BatchResult take() {
        fill();
        try {
            while (!cancelled) {
                if (ordered) {
                    BatchResult r = early.remove(delivered);
                    if (r != null) {
                        return deliver(r);
                    }
                }
                if (inFlight == (ordered ? early.size() : 0)) {
                    // Nothing is under way: the inputs are all done.
                    workers.shutdown();
                    return null;
                }
                BatchResult r = completed.take();
                if (r == CANCELLED) {
                    return null;
                }
                if (!ordered) {
                    return deliver(r);
                }
                early.put(r.index(), r);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            cancel();
        }
        return null;
    }

    private BatchResult deliver(BatchResult r) {
        inFlight--;
        delivered++;
        fill();
        return r;
    }

    /** Starts inputs until {@code maxInFlight} are under way or the inputs end. */
    private void fill() {
        while (!inputsDone && !cancelled && inFlight < maxInFlight) {
            Input input;
            try {
                if (!inputs.hasNext()) {
                    inputsDone = true;
                    return;
                }
                input = inputs.next();
            } catch (RuntimeException e) {
                // The listing itself failed (an unreadable folder in a walk): one last failed result.
                inputsDone = true;
                long index = submitted++;
                inFlight++;
                completed.add(BatchResult.failure(index, "(inputs)", null, 0,
                        "the list of inputs could not be read further (" + e.getMessage() + ").", e, 0));
                return;
            }
            long index = submitted++;
            inFlight++;
            try {
                workers.execute(() -> completed.add(parse(index, input)));
            } catch (java.util.concurrent.RejectedExecutionException e) {
                inFlight--;
                submitted--;
                return;
            }
        }
    }

    /** Reads, decodes and parses one input; never throws. */
    private BatchResult parse(long index, Input input) {
        long t0 = System.nanoTime();
        String name = input.name();
        long bytes = input.source() != null ? input.source().byteLength() : 0;
        try {
            Source source = input.source() != null ? input.source() : Source.of(input.path(), parseOptions.charset());
            bytes = source.byteLength();
            DocumentParser parser = Laurel.parserFor(source, parseOptions, parsers);
            Announcement a = Laurel.parse(source, parseOptions, parser);
            return BatchResult.success(index, name, input.path(), bytes, a, System.nanoTime() - t0)
                    .withPrepared(prepare(a));
        } catch (LaurelException e) {
            return BatchResult.failure(index, name, input.path(), size(input, bytes), e.getMessage(), e,
                    System.nanoTime() - t0);
        } catch (RuntimeException | StackOverflowError e) {
            return BatchResult.failure(index, name, input.path(), size(input, bytes),
                    "internal error while parsing " + name + " (" + e + "); please report it.", e,
                    System.nanoTime() - t0);
        } catch (OutOfMemoryError e) {
            return BatchResult.failure(index, name, input.path(), size(input, bytes),
                    "out of memory while parsing " + name + "; give Java more memory (-Xmx) or fewer threads.", e,
                    System.nanoTime() - t0);
        }
    }

    /**
     * {@code a} prepared for the sink, or null without one. When preparing fails, the announcement alone: the sink
     * writes it as if it had not been prepared, and the writing thread meets the error there.
     */
    private AnnouncementSink.Prepared prepare(Announcement a) {
        if (sink == null) {
            return null;
        }
        try {
            return sink.prepare(a);
        } catch (IOException | RuntimeException e) {
            return new AnnouncementSink.Prepared(a, null);
        }
    }

    private static long size(Input input, long known) {
        if (known > 0 || input.path() == null) {
            return known;
        }
        try {
            return Files.size(input.path());
        } catch (IOException | RuntimeException e) {
            return 0;
        }
    }

    @Override
    public String toString() {
        return "BatchResults[" + delivered + " delivered, " + inFlight + " in flight" + (cancelled ? ", cancelled" : "")
                + "]";
    }
}
