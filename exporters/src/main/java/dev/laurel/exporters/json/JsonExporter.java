package dev.laurel.exporters.json;

import dev.laurel.model.Announcement;
import dev.laurel.spi.AnnouncementSink;
import dev.laurel.spi.ExportOptions;
import dev.laurel.spi.Exporter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonGenerator;

/**
 * Format {@code json}: the contract of {@code announcement.schema.json} (beside this class), UTF-8.
 * One announcement written to a stream is one JSON object; two or more are one JSON array of
 * objects; none is {@code []}. The output ends with a newline. Pretty (two-space indent) or compact,
 * from {@link ExportOptions#pretty()}. Stateless and thread-safe; a sink holds at most one
 * announcement back (to choose between object and array), so batches stream.
 *
 * <pre>{@code
 * String json = JsonExporter.builder().pretty(false).build().toJson(announcement);
 * }</pre>
 */
public final class JsonExporter implements Exporter {

    private final ExportOptions defaults;

    /** The exporter with {@link ExportOptions#defaults()} (pretty); used by ServiceLoader. */
    public JsonExporter() {
        this(ExportOptions.defaults());
    }

    private JsonExporter(ExportOptions defaults) {
        this.defaults = defaults;
    }

    /**
     * A builder starting from the default settings.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds an exporter whose methods without an {@link ExportOptions} parameter use these settings. */
    public static final class Builder {
        private boolean pretty = true;
        private boolean lean;

        private Builder() {
        }

        /**
         * Indent for people (the default) or write one compact line.
         *
         * @param value true to indent, false for one line
         * @return this builder
         */
        public Builder pretty(boolean value) {
            this.pretty = value;
            return this;
        }

        /**
         * Leave out the members whose value is null, an empty list or false ({@link ExportOptions#lean()}).
         *
         * @param value true for the lean form, false (the default) for every member
         * @return this builder
         */
        public Builder lean(boolean value) {
            this.lean = value;
            return this;
        }

        /**
         * The exporter with the settings given so far.
         *
         * @return a new exporter
         */
        public JsonExporter build() {
            return new JsonExporter(ExportOptions.defaults().withPretty(pretty).withLean(lean));
        }
    }

    /**
     * The settings the methods without an options parameter use.
     *
     * @return the settings given to the builder, or the defaults
     */
    public ExportOptions options() {
        return defaults;
    }

    @Override
    public String format() {
        return "json";
    }

    @Override
    public String fileExtension() {
        return "json";
    }

    @Override
    public String description() {
        return "JSON: one object per announcement, an array for several (schema: announcement.schema.json)";
    }

    /**
     * Opens a sink with this exporter's own settings; the caller owns {@code out}.
     *
     * @param out the stream to write to
     * @return a sink writing one object for one announcement, an array for several
     * @throws IOException not in practice: nothing is written before the first announcement
     */
    public AnnouncementSink open(OutputStream out) throws IOException {
        return open(out, defaults);
    }

    @Override
    public AnnouncementSink open(OutputStream out, ExportOptions options) throws IOException {
        Objects.requireNonNull(out, "out must not be null");
        Objects.requireNonNull(options, "options must not be null");
        return new Sink(out, options.pretty(), options.lean());
    }

    /**
     * One announcement as a JSON string with this exporter's settings, without the final newline.
     *
     * @param announcement the announcement to write
     * @return the JSON text
     */
    public String toJson(Announcement announcement) {
        Objects.requireNonNull(announcement, "announcement must not be null");
        var buffer = new ByteArrayOutputStream(8192);
        try (AnnouncementSink sink = open(buffer)) {
            sink.write(announcement);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String s = buffer.toString(StandardCharsets.UTF_8);
        return s.substring(0, s.length() - 1);
    }

    private static final class Sink implements AnnouncementSink {
        private final OutputStream out;
        private final boolean pretty;
        private final boolean lean;
        private Announcement first;
        private JsonGenerator array;
        private boolean closed;

        Sink(OutputStream out, boolean pretty, boolean lean) {
            this.out = out;
            this.pretty = pretty;
            this.lean = lean;
        }

        @Override
        public void write(Announcement announcement) throws IOException {
            Objects.requireNonNull(announcement, "announcement must not be null");
            if (closed) {
                throw new IllegalStateException("the sink is closed");
            }
            try {
                if (array == null && first == null) {
                    first = announcement;
                    return;
                }
                if (array == null) {
                    array = LaurelJson.generator(out, pretty);
                    array.writeStartArray();
                    AnnouncementWriter.write(array, first, lean);
                    first = null;
                }
                AnnouncementWriter.write(array, announcement, lean);
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
                JsonGenerator gen = array;
                if (gen == null) {
                    gen = LaurelJson.generator(out, pretty);
                    if (first != null) {
                        AnnouncementWriter.write(gen, first, lean);
                        first = null;
                    } else {
                        gen.writeStartArray();
                        gen.writeEndArray();
                    }
                } else {
                    gen.writeEndArray();
                }
                gen.writeRaw('\n');
                gen.close();
                out.flush();
            } catch (JacksonException e) {
                throw LaurelJson.asIOException(e);
            }
        }
    }
}
