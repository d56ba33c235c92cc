package dev.laurel.exporters.jsonl;

import dev.laurel.exporters.json.AnnouncementWriter;
import dev.laurel.exporters.json.LaurelJson;
import dev.laurel.model.Announcement;
import dev.laurel.spi.AnnouncementSink;
import dev.laurel.spi.ExportOptions;
import dev.laurel.spi.Exporter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Arrays;
import java.util.Objects;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonGenerator;

/**
 * Format {@code jsonl} (JSON Lines): each announcement is one compact JSON object (the same contract
 * as {@code json}) on one line ending in {@code \n}; newlines inside strings are escaped by JSON, so
 * a line is always a record. With {@link ExportOptions#lean()} the members whose value is null, an empty
 * list or false are left out (the command line's default). Streamed: each announcement is written as it
 * arrives and nothing is kept, so memory does not grow with the batch. A sink
 * {@linkplain AnnouncementSink#prepare prepares} a line on any thread (it encodes it there), so that
 * parsing threads do the encoding and the writing thread only copies bytes. {@link ExportOptions#pretty()}
 * is ignored. Stateless and thread-safe.
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
     * Opens a sink writing every member; the caller owns {@code out}.
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
        return new Sink(out, options.lean());
    }

    /** Writes lines encoded by {@link #prepare} (on any thread) or by {@link #write(Announcement)}. */
    private static final class Sink implements AnnouncementSink {
        /** Each thread's encoding buffer, reused from line to line. */
        private static final ThreadLocal<Buffer> BUFFERS = ThreadLocal.withInitial(Buffer::new);

        private final OutputStream out;
        private final boolean lean;
        private boolean closed;

        Sink(OutputStream out, boolean lean) {
            this.out = out;
            this.lean = lean;
        }

        /** One line, encoded by this sink. */
        private record Line(Sink sink, byte[] bytes) {
        }

        @Override
        public Prepared prepare(Announcement announcement) throws IOException {
            Objects.requireNonNull(announcement, "announcement must not be null");
            Buffer buffer = BUFFERS.get();
            encode(announcement, buffer);
            return new Prepared(announcement, new Line(this, buffer.copy()));
        }

        @Override
        public void write(Prepared prepared) throws IOException {
            Objects.requireNonNull(prepared, "prepared must not be null");
            if (prepared.payload() instanceof Line line && line.sink() == this) {
                checkOpen();
                out.write(line.bytes());
            } else {
                write(prepared.announcement());
            }
        }

        @Override
        public void write(Announcement announcement) throws IOException {
            Objects.requireNonNull(announcement, "announcement must not be null");
            checkOpen();
            Buffer buffer = BUFFERS.get();
            encode(announcement, buffer);
            buffer.writeTo(out);
        }

        /** The line of {@code a}, newline included, into {@code buffer} (emptied first). */
        private void encode(Announcement a, Buffer buffer) throws IOException {
            buffer.reset();
            try (JsonGenerator gen = LaurelJson.generator(buffer, false)) {
                AnnouncementWriter.write(gen, a, lean);
                gen.writeRaw('\n');
            } catch (JacksonException e) {
                throw LaurelJson.asIOException(e);
            }
        }

        private void checkOpen() {
            if (closed) {
                throw new IllegalStateException("the sink is closed");
            }
        }

        @Override
        public void close() throws IOException {
            if (closed) {
                return;
            }
            closed = true;
            out.flush();
        }
    }

    /** A byte buffer that hands out its contents without another copy where it can. */
    private static final class Buffer extends ByteArrayOutputStream {
        /** A buffer that grew past this is dropped after use, so that a thread keeps at most this much. */
        private static final int KEEP = 1 << 18;

        Buffer() {
            super(1 << 14);
        }

        byte[] copy() {
            byte[] bytes = Arrays.copyOf(buf, count);
            shrink();
            return bytes;
        }

        @Override
        public void writeTo(OutputStream out) throws IOException {
            out.write(buf, 0, count);
            shrink();
        }

        private void shrink() {
            if (buf.length > KEEP) {
                buf = new byte[1 << 14];
            }
            count = 0;
        }
    }
}
