package dev.laurel.spi;

import dev.laurel.model.Announcement;
import java.io.IOException;
import java.io.InputStream;
import java.util.stream.Stream;

/**
 * Reads announcements back from a format an {@link Exporter} wrote, so exported files can be
 * re-exported or merged. Implementations are registered in
 * {@code META-INF/services/dev.laurel.spi.AnnouncementReader}, need a public no-argument constructor
 * and are stateless and thread-safe.
 */
public interface AnnouncementReader {

    /**
     * The format name, matching the exporter's, e.g. {@code json}.
     *
     * @return the name users pass to choose this reader
     */
    String format();

    /**
     * One line for {@code laurel formats}.
     *
     * @return a short description; the format name by default
     */
    default String description() {
        return format();
    }

    /**
     * Reads every announcement in {@code in}, lazily: each is parsed when the stream reaches it, so a
     * file of any size reads in bounded memory. The caller owns {@code in} and closes it after the
     * returned stream is consumed; closing the returned stream releases the reader's parser but leaves
     * {@code in} open. Malformed input met while the stream is consumed surfaces as an
     * {@link java.io.UncheckedIOException}.
     *
     * @param in the input, positioned at the start of the format's data
     * @return the announcements in input order, read as the stream is consumed
     * @throws IOException when the start of the input cannot be read or is not this format
     */
    Stream<Announcement> read(InputStream in) throws IOException;
}
