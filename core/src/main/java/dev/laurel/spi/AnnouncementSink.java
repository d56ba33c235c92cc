package dev.laurel.spi;

import dev.laurel.model.Announcement;
import java.io.Closeable;
import java.io.IOException;

/**
 * Receives announcements one at a time and writes them as they come, so a batch of any size runs in
 * bounded memory. Not thread-safe: one writer thread per sink. {@link #close()} finishes the output
 * (closing brackets, flushing) but does not close a stream the caller passed in.
 */
public interface AnnouncementSink extends Closeable {

    /**
     * Writes one announcement after those written before.
     *
     * @param announcement the announcement to write; not null
     * @throws IOException when the output cannot be written
     */
    void write(Announcement announcement) throws IOException;

    @Override
    void close() throws IOException;
}
