package dev.laurel.exporters.json;

import java.io.InputStream;
import java.io.OutputStream;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.PrettyPrinter;
import tools.jackson.core.SerializableString;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.core.io.SerializedString;
import tools.jackson.core.json.JsonFactory;

/**
 * The Jackson 3 streaming configuration shared by Laurel's JSON writer, JSON Lines writer and JSON
 * reader: one {@link JsonFactory} (jackson-core only, no databind, so Laurel runs beside any
 * Jackson 2 an application brings). Non-ASCII text is written as UTF-8 characters, not {@code \\u}
 * escapes; output and input streams are never closed by Jackson. Pretty output indents by two spaces
 * with {@code \n} line ends on every platform; compact root values get no separator (JSON writes one
 * root value, JSON Lines ends each with a newline).
 */
public final class LaurelJson {

    private LaurelJson() {
    }

    private static final JsonFactory FACTORY = JsonFactory.builder()
            .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
            .disable(StreamReadFeature.AUTO_CLOSE_SOURCE)
            .build();

    private static final SerializableString NO_SEPARATOR = new SerializedString("");

    /** How generators are configured: no root separator, Laurel's pretty printer when pretty. */
    private static final class WriteContext extends ObjectWriteContext.Base {
        private final boolean pretty;

        WriteContext(boolean pretty) {
            this.pretty = pretty;
        }

        @Override
        public PrettyPrinter getPrettyPrinter() {
            return pretty ? new LaurelPrettyPrinter() : null;
        }

        @Override
        public boolean hasPrettyPrinter() {
            return pretty;
        }

        @Override
        public SerializableString getRootValueSeparator(SerializableString defaultSeparator) {
            return NO_SEPARATOR;
        }

        @Override
        public JsonFactory tokenStreamFactory() {
            return FACTORY;
        }
    }

    private static final ObjectWriteContext COMPACT = new WriteContext(false);
    private static final ObjectWriteContext PRETTY = new WriteContext(true);

    /**
     * The shared, immutable factory.
     *
     * @return the factory every Laurel generator and parser comes from
     */
    public static JsonFactory factory() {
        return FACTORY;
    }

    /**
     * A generator writing UTF-8 to {@code out}, pretty or compact; closing it flushes but does not close {@code out}.
     *
     * @param out    the stream to write to
     * @param pretty true to indent with {@link #prettyPrinter()}
     * @return a new generator
     */
    public static JsonGenerator generator(OutputStream out, boolean pretty) {
        return FACTORY.createGenerator(pretty ? PRETTY : COMPACT, out);
    }

    /**
     * A parser of {@code in} (UTF-8, UTF-16 or UTF-32 detected); closing it does not close {@code in}.
     *
     * @param in the stream to read
     * @return a new parser
     */
    public static JsonParser parser(InputStream in) {
        return FACTORY.createParser(ObjectReadContext.empty(), in);
    }

    /**
     * Laurel's pretty printer: two-space indent, {@code "name": value}, {@code []} for empty arrays.
     *
     * @return a new pretty printer
     */
    public static PrettyPrinter prettyPrinter() {
        return new LaurelPrettyPrinter();
    }

    /**
     * The I/O failure inside a Jackson exception, or the exception wrapped as one.
     *
     * @param e a Jackson exception
     * @return its I/O cause, or an I/O exception wrapping {@code e}
     */
    public static java.io.IOException asIOException(tools.jackson.core.JacksonException e) {
        return e.getCause() instanceof java.io.IOException io ? io : new java.io.IOException(e.getMessage(), e);
    }
}
