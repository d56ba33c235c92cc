package dev.laurel.spi;

import dev.laurel.model.Announcement;
import java.io.Closeable;
import java.io.IOException;
import java.util.Objects;

/**
 * Receives announcements one at a time and writes them as they come, so a batch of any size runs in
 * bounded memory. One writer thread per sink: {@link #write(Announcement)}, {@link #write(Prepared)} and
 * {@link #close()} are not thread-safe. {@link #prepare} is, so that the costly part of writing (encoding)
 * can run on the threads that parse while one thread writes. {@link #close()} finishes the output (closing
 * brackets, flushing) but does not close a stream the caller passed in.
 */
public interface AnnouncementSink extends Closeable {

    /**
     * Writes one announcement after those written before.
     *
     * @param announcement the announcement to write; not null
     * @throws IOException when the output cannot be written
     */
    void write(Announcement announcement) throws IOException;

    /**
     * Does now, on the calling thread, the part of writing {@code announcement} that does not touch the
     * output: a format whose records are independent (JSON Lines) encodes it here. Safe to call from
     * several threads at once, also while another thread writes. The default prepares nothing ahead.
     *
     * @param announcement the announcement to prepare; not null
     * @return what to pass to {@link #write(Prepared)} later, in output order
     * @throws IOException when the announcement cannot be encoded
     */
    default Prepared prepare(Announcement announcement) throws IOException {
        return new Prepared(Objects.requireNonNull(announcement, "announcement must not be null"), null);
    }

    /**
     * Writes a prepared announcement after those written before: what {@link #write(Announcement)} does,
     * without the work {@link #prepare} did. A {@code Prepared} this sink did not make is written from its
     * announcement. The default writes the announcement.
     *
     * @param prepared the result of {@link #prepare}; not null
     * @throws IOException when the output cannot be written
     */
    default void write(Prepared prepared) throws IOException {
        write(Objects.requireNonNull(prepared, "prepared must not be null").announcement());
    }

    @Override
    void close() throws IOException;

    /**
     * An announcement with what a sink made of it ahead of writing.
     *
     * @param announcement the announcement; not null
     * @param payload      what the sink that prepared it needs to write it (its encoded form), or null; opaque to
     *                     everyone else
     */
    record Prepared(Announcement announcement, Object payload) {

        /**
         * Checks the announcement.
         *
         * @param announcement the announcement; not null
         * @param payload      the sink's own form of it, or null
         */
        public Prepared {
            Objects.requireNonNull(announcement, "announcement must not be null");
        }
    }
}
