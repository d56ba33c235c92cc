package dev.laurel.batch;

import dev.laurel.model.Announcement;
import dev.laurel.spi.AnnouncementSink;
import java.nio.file.Path;
import java.util.Objects;

/**
 * The outcome for one input of a batch: its announcement, or why it could not be read. A failure is a
 * value, not an exception, so that one bad file does not stop a batch.
 *
 * @param index        the input's position in the input sequence, from 0
 * @param name         the input's name: the path as given, or the source's name
 * @param path         the input file, or null when the input was a {@code Source}
 * @param bytes        the input's length in bytes (0 when unknown, e.g. a missing file)
 * @param announcement the records read, or null on failure
 * @param reason       one sentence saying why the input could not be read, or null on success
 * @param cause        the exception behind a failure, or null
 * @param nanos        the time spent reading, decoding and parsing this input, in nanoseconds
 * @param prepared     the announcement prepared on the worker thread for the sink given to the batch
 *                     ({@link BatchParser#parsePaths(Iterable, AnnouncementSink)}), to pass to its
 *                     {@link AnnouncementSink#write(AnnouncementSink.Prepared)}; null on failure or without a sink.
 *                     When preparing failed it holds the announcement alone, which the sink writes as usual (and
 *                     meets the error there)
 */
public record BatchResult(long index, String name, Path path, long bytes, Announcement announcement,
                          String reason, Throwable cause, long nanos, AnnouncementSink.Prepared prepared) {

    /**
     * Checks that exactly one of {@code announcement} and {@code reason} is given.
     *
     * @param index        the input's position, from 0
     * @param name         the input's name; not null
     * @param path         the input file, or null
     * @param bytes        the input's length in bytes
     * @param announcement the records read, or null on failure
     * @param reason       why the input could not be read, or null on success
     * @param cause        the exception behind a failure, or null
     * @param nanos        the time spent on this input, in nanoseconds
     * @param prepared     the announcement prepared for a sink, or null
     * @throws NullPointerException     if {@code name} is null
     * @throws IllegalArgumentException if both or neither of {@code announcement} and {@code reason} are given,
     *                                  or {@code prepared} holds another announcement
     */
    public BatchResult {
        Objects.requireNonNull(name, "name must not be null");
        if ((announcement == null) == (reason == null)) {
            throw new IllegalArgumentException("exactly one of announcement and reason must be given");
        }
        if (prepared != null && prepared.announcement() != announcement) {
            throw new IllegalArgumentException("prepared must hold the result's announcement");
        }
    }

    /**
     * A result without a prepared announcement.
     *
     * @param index        the input's position, from 0
     * @param name         the input's name; not null
     * @param path         the input file, or null
     * @param bytes        the input's length in bytes
     * @param announcement the records read, or null on failure
     * @param reason       why the input could not be read, or null on success
     * @param cause        the exception behind a failure, or null
     * @param nanos        the time spent on this input, in nanoseconds
     */
    public BatchResult(long index, String name, Path path, long bytes, Announcement announcement, String reason,
                       Throwable cause, long nanos) {
        this(index, name, path, bytes, announcement, reason, cause, nanos, null);
    }

    /**
     * A success.
     *
     * @param index        the input's position, from 0
     * @param name         the input's name
     * @param path         the input file, or null for a {@code Source}
     * @param bytes        the input's length in bytes
     * @param announcement the records read; not null
     * @param nanos        the time spent on this input, in nanoseconds
     * @return a result with no reason and no cause
     */
    public static BatchResult success(long index, String name, Path path, long bytes, Announcement announcement,
                                      long nanos) {
        return new BatchResult(index, name, path, bytes, Objects.requireNonNull(announcement, "announcement"), null,
                null, nanos, null);
    }

    /**
     * The same result with the announcement prepared for a sink.
     *
     * @param value the prepared announcement, or null
     * @return the changed copy
     */
    public BatchResult withPrepared(AnnouncementSink.Prepared value) {
        return new BatchResult(index, name, path, bytes, announcement, reason, cause, nanos, value);
    }

    /**
     * A failure with its reason (one sentence) and the exception behind it, if any.
     *
     * @param index  the input's position, from 0
     * @param name   the input's name
     * @param path   the input file, or null for a {@code Source}
     * @param bytes  the input's length in bytes, 0 when unknown
     * @param reason one sentence saying why the input could not be read; not null
     * @param cause  the exception behind the failure, or null
     * @param nanos  the time spent on this input, in nanoseconds
     * @return a result with no announcement
     */
    public static BatchResult failure(long index, String name, Path path, long bytes, String reason, Throwable cause,
                                      long nanos) {
        return new BatchResult(index, name, path, bytes, null, Objects.requireNonNull(reason, "reason"), cause, nanos,
                null);
    }

    /**
     * Tells a success from a failure.
     *
     * @return true when the input was read, i.e. {@link #announcement()} is not null
     */
    public boolean isSuccess() {
        return announcement != null;
    }

    @Override
    public String toString() {
        return "BatchResult[" + index + ", " + name + ", " + (isSuccess() ? "ok" : "failed: " + reason) + "]";
    }
}
