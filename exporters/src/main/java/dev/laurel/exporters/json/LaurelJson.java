package dev.laurel.exporters.json;

import dev.laurel.exporters.Decimals;
import java.math.BigDecimal;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.PrettyPrinter;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.core.util.DefaultIndenter;
import tools.jackson.core.util.DefaultPrettyPrinter;
import tools.jackson.core.util.Separators;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.ValueSerializer;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.module.SimpleModule;

/**
 * The Jackson 3 configuration shared by Laurel's JSON writer, JSON Lines writer and JSON reader.
 * Field order comes from the records' {@code @JsonPropertyOrder}; nulls are written (every field is
 * always present); decimals are written by {@link Decimals#plain}; non-ASCII text is written as
 * UTF-8 characters, not {@code \\u} escapes; output streams and input streams are never closed by
 * Jackson. Pretty output indents by two spaces with {@code \n} line ends on every platform.
 */
public final class LaurelJson {

    private LaurelJson() {
    }

    private static final JsonMapper MAPPER = JsonMapper.builder()
            .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
            .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
            .disable(StreamReadFeature.AUTO_CLOSE_SOURCE)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .disable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS) // the reader iterates over several values
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .disable(SerializationFeature.FLUSH_AFTER_WRITE_VALUE)
            .addModule(new SimpleModule("laurel-decimals").addSerializer(BigDecimal.class, new PlainDecimalSerializer()))
            .build();

    /** The shared, immutable mapper. */
    public static JsonMapper mapper() {
        return MAPPER;
    }

    /** Laurel's pretty printer: two-space indent, {@code "name": value}, {@code []} for empty arrays. */
    public static PrettyPrinter prettyPrinter() {
        DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
        Separators separators = Separators.createDefaultInstance()
                .withObjectNameValueSpacing(Separators.Spacing.AFTER)
                .withObjectEmptySeparator("")
                .withArrayEmptySeparator("");
        return new DefaultPrettyPrinter(separators).withObjectIndenter(indenter).withArrayIndenter(indenter);
    }

    /** The I/O failure inside a Jackson exception, or the exception wrapped as one. */
    public static java.io.IOException asIOException(tools.jackson.core.JacksonException e) {
        return e.getCause() instanceof java.io.IOException io ? io : new java.io.IOException(e.getMessage(), e);
    }

    /** Writes a decimal as its canonical plain digits, as a JSON number. */
    static final class PlainDecimalSerializer extends ValueSerializer<BigDecimal> {
        @Override
        public void serialize(BigDecimal value, JsonGenerator gen, SerializationContext ctxt) {
            gen.writeNumber(Decimals.plain(value));
        }
    }
}
