package dev.laurel.exporters.jsonl;

import dev.laurel.exporters.json.AnnouncementWriter;
import dev.laurel.exporters.json.LaurelJson;
import dev.laurel.model.Announcement;
import dev.laurel.spi.AnnouncementSink;
import dev.laurel.spi.ExportOptions;
import dev.laurel.spi.Exporter;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Objects;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonGenerator;

/**
 * Format {@code jsonl} (JSON Lines): each announcement is one compact JSON object (the same contract
 * as {@code json}) on one line ending in {@code \n}; newlines inside strings are escaped by JSON, so
 * a line is always a record. Streamed: each announcement is written as it arrives and nothing is
 * kept, so memory does not grow with the batch. {@link ExportOptions#pretty()} is ignored.
 * Stateless and thread-safe.
 */
public final class JsonLinesExporter implements Exporter {

    /** Used by ServiceLoader; the exporter has no settings. */
    public JsonLinesExporter() {
    }

    @Override
    public String format() {
        return "jsonl";
    }

    @Override
    public String fileExtension() {
        return "jsonl";
    }

    @Override
    public String description() {
        return "JSON Lines: one compact JSON object per line, streamed";
    }

    /**
     * Opens a sink; the caller owns {@code out}.
     *
     * @param out the stream to write to
     * @return a sink writing one line per announcement
     * @throws IOException when the output cannot be written
     */
    public AnnouncementSink open(OutputStream out) throws IOException {
        return open(out, ExportOptions.defaults());
    }

    @Override
    public AnnouncementSink open(OutputStream out, ExportOptions options) throws IOException {
        Objects.requireNonNull(out, "out must not be null");
        Objects.requireNonNull(options, "options must not be null");
        final JsonGenerator gen;
        try {
            gen = LaurelJson.generator(out, false);
        } catch (JacksonException e) {
            throw LaurelJson.asIOException(e);
        }
        return new AnnouncementSink() {
            private boolean closed;

            @Override
            public void write(Announcement announcement) throws IOException {
                Objects.requireNonNull(announcement, "announcement must not be null");
                if (closed) {
                    throw new IllegalStateException("the sink is closed");
                }
                try {
                    AnnouncementWriter.write(gen, announcement);
                    gen.writeRaw('\n');
                } catch (JacksonException e) {
                    throw LaurelJson.asIOException(e);
                }
            }

            @Override
            public void close() throws IOException {
                if (closed) {
                    return;
                }
                closed = true;
                try {
                    gen.close();
                    out.flush();
                } catch (JacksonException e) {
                    throw LaurelJson.asIOException(e);
                }
            }
        };
    }
}
