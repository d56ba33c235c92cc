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

    /**
     * Checks the settings.
     *
     * @param threads      worker threads, at least 1
     * @param ordered      true for input order
     * @param maxInFlight  the bound on started, untaken inputs; at least {@code threads}
     * @param parseOptions the options of every parse; not null
     * @throws IllegalArgumentException if {@code threads} or {@code maxInFlight} is too small
     */
    public BatchOptions {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1: " + threads);
        }
        if (maxInFlight < threads) {
            throw new IllegalArgumentException("maxInFlight must be at least threads (" + threads + "): " + maxInFlight);
        }
        Objects.requireNonNull(parseOptions, "parseOptions must not be null");
    }

    /**
     * All available processors, input order, default parse options.
     *
     * @return the default settings
     */
    public static BatchOptions defaults() {
        return new BatchOptions(1, true, 16, ParseOptions.defaults())
                .withThreads(Runtime.getRuntime().availableProcessors());
    }

    /**
     * The same options with {@code n} threads; {@code maxInFlight} grows to 4 per thread (at least 16) if smaller.
     *
     * @param n the number of worker threads, at least 1
     * @return the changed copy
     */
    public BatchOptions withThreads(int n) {
        if (n < 1) {
            throw new IllegalArgumentException("threads must be at least 1: " + n);
        }
        return new BatchOptions(n, ordered, Math.max(maxInFlight, Math.max(16, 4 * n)), parseOptions);
    }

    /**
     * The same options with another delivery order.
     *
     * @param value true for input order, false for completion order
     * @return the changed copy
     */
    public BatchOptions withOrdered(boolean value) {
        return new BatchOptions(threads, value, maxInFlight, parseOptions);
    }

    /**
     * The same options with another bound on inputs in flight.
     *
     * @param value the most inputs started but not yet taken, at least {@code threads}
     * @return the changed copy
     */
    public BatchOptions withMaxInFlight(int value) {
        return new BatchOptions(threads, ordered, value, parseOptions);
    }

    /**
     * The same options with other parse options.
     *
     * @param value the options of every parse; not null
     * @return the changed copy
     */
    public BatchOptions withParseOptions(ParseOptions value) {
        return new BatchOptions(threads, ordered, maxInFlight, value);
    }
}
