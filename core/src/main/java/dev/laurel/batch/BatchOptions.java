package dev.laurel.batch;

import dev.laurel.spi.ParseOptions;
import java.util.Objects;

/**
 * Settings for a {@link BatchParser}. Immutable; start from {@link #defaults()} and change one setting
 * at a time.
 *
 * @param threads      worker threads that read, decode and parse (at least 1; default: the available
 *                     processors)
 * @param ordered      true to deliver results in input order (the default), false to deliver each as
 *                     soon as it is done
 * @param maxInFlight  the most inputs started but not yet taken by the consumer (at least
 *                     {@code threads}); it bounds memory: a slow consumer stops the reading of more
 *                     inputs. Default: 4 per thread, at least 16
 * @param parseOptions the options of every parse (parser, charset, province, ...)
 */
public record BatchOptions(int threads, boolean ordered, int maxInFlight, ParseOptions parseOptions) {

    public BatchOptions {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1: " + threads);
        }
        if (maxInFlight < threads) {
            throw new IllegalArgumentException("maxInFlight must be at least threads (" + threads + "): " + maxInFlight);
        }
        Objects.requireNonNull(parseOptions, "parseOptions must not be null");
    }

    /** All available processors, input order, default parse options. */
    public static BatchOptions defaults() {
        return new BatchOptions(1, true, 16, ParseOptions.defaults())
                .withThreads(Runtime.getRuntime().availableProcessors());
    }

    /** The same options with {@code n} threads; {@code maxInFlight} grows to 4 per thread (at least 16) if smaller. */
    public BatchOptions withThreads(int n) {
        if (n < 1) {
            throw new IllegalArgumentException("threads must be at least 1: " + n);
        }
        return new BatchOptions(n, ordered, Math.max(maxInFlight, Math.max(16, 4 * n)), parseOptions);
    }

    public BatchOptions withOrdered(boolean value) {
        return new BatchOptions(threads, value, maxInFlight, parseOptions);
    }

    public BatchOptions withMaxInFlight(int value) {
        return new BatchOptions(threads, ordered, value, parseOptions);
    }

    public BatchOptions withParseOptions(ParseOptions value) {
        return new BatchOptions(threads, ordered, maxInFlight, value);
    }
}
