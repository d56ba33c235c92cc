package dev.laurel.exporters.json;

import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** Tests only: a databind mapper for trees (Laurel itself reads and writes with jackson-core alone). */
public final class TestJson {
    private TestJson() {
    }

    private static final JsonMapper MAPPER = JsonMapper.builder()
            .disable(StreamReadFeature.AUTO_CLOSE_SOURCE)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .build();

    public static JsonMapper mapper() {
        return MAPPER;
    }

    /** A record component the JSON contract leaves out: {@code SourceInfo.text}, the text the spans index. */
    public static boolean notWritten(java.lang.reflect.RecordComponent c) {
        return c.getDeclaringRecord() == dev.laurel.model.SourceInfo.class && c.getName().equals("text");
    }
}
