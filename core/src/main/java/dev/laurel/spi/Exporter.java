package dev.laurel.spi;

import dev.laurel.LaurelException;
import dev.laurel.model.Announcement;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes announcements in one format. Implementations are registered in
 * {@code META-INF/services/dev.laurel.spi.Exporter}, need a public no-argument constructor, and are
 * stateless and thread-safe: every setting comes in through {@link ExportOptions}.
 */
public interface Exporter {

    /**
     * The name users pass to {@code --format}, e.g. {@code json}.
     *
     * @return the format's name
     */
    String format();

    /**
     * The extension of the files written, without the dot.
     *
     * @return the extension, e.g. {@code json}
     */
    String fileExtension();

    /**
     * One line for {@code laurel formats}.
     *
     * @return a short description; the format name by default
     */
    default String description() {
        return format();
    }

    /**
     * False when, with these options, the format needs a folder (several files, such as the CSV tables
     * layout); {@link #open(OutputStream, ExportOptions)} then throws.
     *
     * @param options the export options
     * @return true when {@code open(OutputStream, ...)} can write with these options
     */
    default boolean writesToStream(ExportOptions options) {
        return true;
    }

    /**
     * Refuses options this exporter cannot write, such as an unknown CSV layout, with a one-sentence
     * message; {@code open} and {@code write} check them too. The default accepts everything.
     *
     * @param options the export options to check
     * @throws LaurelException when this exporter cannot write with these options
     */
    default void check(ExportOptions options) throws LaurelException {
    }

    /**
     * Starts writing to {@code out}. The caller owns {@code out}: closing the sink finishes the output
     * and flushes, but leaves {@code out} open.
     *
     * @param out     the stream to write to; the sink leaves it open
     * @param options the export options
     * @return a sink to write announcements to and then close
     * @throws UnsupportedOperationException when {@link #writesToStream(ExportOptions)} is false
     * @throws LaurelException when {@link #check} refuses the options
     * @throws IOException when the start of the output cannot be written
     */
    AnnouncementSink open(OutputStream out, ExportOptions options) throws IOException, LaurelException;

    /**
     * Starts writing into {@code folder}, creating it if needed and replacing files of an earlier run.
     * The default writes one file, {@code announcements.<extension>}.
     *
     * @param folder  the folder to write into
     * @param options the export options
     * @return a sink to write announcements to and then close
     * @throws IOException when the folder or its files cannot be written
     * @throws LaurelException when {@link #check} refuses the options
     */
    default AnnouncementSink open(Path folder, ExportOptions options) throws IOException, LaurelException {
        check(options);
        Files.createDirectories(folder);
        OutputStream out = new BufferedOutputStream(Files.newOutputStream(folder.resolve("announcements."
                + fileExtension())), 1 << 20);
        AnnouncementSink inner;
        try {
            inner = open(out, options);
        } catch (IOException | LaurelException | RuntimeException e) {
            out.close();
            throw e;
        }
        return new AnnouncementSink() {
            @Override
            public void write(Announcement announcement) throws IOException {
                inner.write(announcement);
            }

            @Override
            public Prepared prepare(Announcement announcement) throws IOException {
                return inner.prepare(announcement);
            }

            @Override
            public void write(Prepared prepared) throws IOException {
                inner.write(prepared);
            }

            @Override
            public void close() throws IOException {
                try (out) {
                    inner.close();
                }
            }
        };
    }

    /**
     * Writes all of {@code announcements} to {@code out}, leaving {@code out} open.
     *
     * @param announcements the records to write, in order
     * @param out           the stream to write to
     * @param options       the export options
     * @throws IOException when writing fails
     * @throws LaurelException when {@link #check} refuses the options
     */
    default void write(Iterable<Announcement> announcements, OutputStream out, ExportOptions options)
            throws IOException, LaurelException {
        try (AnnouncementSink sink = open(out, options)) {
            for (Announcement a : announcements) {
                sink.write(a);
            }
        }
    }

    /**
     * Writes all of {@code announcements} into {@code folder}.
     *
     * @param announcements the records to write, in order
     * @param folder        the folder to write into
     * @param options       the export options
     * @throws IOException when writing fails
     * @throws LaurelException when {@link #check} refuses the options
     */
    default void write(Iterable<Announcement> announcements, Path folder, ExportOptions options)
            throws IOException, LaurelException {
        try (AnnouncementSink sink = open(folder, options)) {
            for (Announcement a : announcements) {
                sink.write(a);
            }
        }
    }
}
