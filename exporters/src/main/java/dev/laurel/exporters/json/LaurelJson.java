package dev.laurel.exporters.json;

import java.io.OutputStream;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.PrettyPrinter;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.json.JsonMapper;

/**
 * The Jackson 3 configuration shared by Laurel's JSON writer, JSON Lines writer and JSON reader.
 * The reader binds the records through their annotations; the writers write them with
 * {@link AnnouncementWriter} on the generators made here. Non-ASCII text is written as UTF-8
 * characters, not {@code \\u} escapes; output streams and input streams are never closed by
 * Jackson. Pretty output indents by two spaces with {@code \n} line ends on every platform.
 */
public final class LaurelJson {

    private LaurelJson() {
    }

    private static final JsonMapper MAPPER = JsonMapper.builder()
            .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
            .disable(StreamReadFeature.AUTO_CLOSE_SOURCE)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .disable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS) // the reader iterates over several values
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .build();

    // Compact root values get no separator: JSON writes one root value, JSON Lines ends each with a newline.
    private static final ObjectWriter COMPACT = MAPPER.writer().withRootValueSeparator("");
    private static final ObjectWriter PRETTY = COMPACT.with(prettyPrinter());

    /** The shared, immutable mapper. */
    public static JsonMapper mapper() {
        return MAPPER;
    }

    /** A generator writing UTF-8 to {@code out}, pretty or compact; closing it flushes but does not close {@code out}. */
    public static JsonGenerator generator(OutputStream out, boolean pretty) {
        return (pretty ? PRETTY : COMPACT).createGenerator(out);
    }

    /** Laurel's pretty printer: two-space indent, {@code "name": value}, {@code []} for empty arrays. */
    public static PrettyPrinter prettyPrinter() {
        return new LaurelPrettyPrinter();
    }

    /** The I/O failure inside a Jackson exception, or the exception wrapped as one. */
    public static java.io.IOException asIOException(tools.jackson.core.JacksonException e) {
        return e.getCause() instanceof java.io.IOException io ? io : new java.io.IOException(e.getMessage(), e);
    }
}
