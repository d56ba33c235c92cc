package dev.laurel.exporters.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;

import dev.laurel.exporters.Decimals;
import dev.laurel.exporters.Fixtures;
import dev.laurel.exporters.Generators;
import dev.laurel.exporters.jsonl.JsonLinesExporter;
import dev.laurel.model.Announcement;
import dev.laurel.spi.ExportOptions;
import dev.laurel.spi.Exporter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ValueSerializer;
import tools.jackson.databind.module.SimpleModule;

/**
 * The {@code json} and {@code jsonl} exporters ({@link AnnouncementWriter}, {@link LaurelPrettyPrinter})
 * against an independent reference: Jackson databind writing the records as they are (every record
 * component in declaration order, enums by {@code id()}, decimals in plain digits), with Jackson's
 * {@code DefaultPrettyPrinter}; the model has no Jackson annotations, so this is the contract's
 * naming rule (JSON name = component name) checked field by field. The same bytes,
 * pretty and compact, for one announcement, several, or none. A field added to a record but not to
 * the writer, a changed order, another null or number form, or another indent fails here.
 */
class AnnouncementWriterTest {

    @SuppressWarnings({"rawtypes", "unchecked"})
    private static final ObjectWriter DATABIND = TestJson.mapper().rebuild()
            .disable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
            .addMixIn(dev.laurel.model.SourceInfo.class, SourceInfoNotText.class) // the text is not JSON
            .addModule(new SimpleModule("plain-decimals").addSerializer(BigDecimal.class, new ValueSerializer<>() {
                @Override
                public void serialize(BigDecimal value, JsonGenerator gen, SerializationContext ctxt) {
                    gen.writeNumber(Decimals.plain(value));
                }
            }).addSerializer((Class) Enum.class, new ValueSerializer<Enum<?>>() {
                @Override
                public void serialize(Enum<?> value, JsonGenerator gen, SerializationContext ctxt) {
                    try {
                        gen.writeString((String) value.getClass().getMethod("id").invoke(value));
                    } catch (ReflectiveOperationException e) {
                        throw new IllegalStateException(e);
                    }
                }
            }))
            .build().writerFor(Announcement.class);

    /** Leaves {@code SourceInfo.text} out of the reference, as the contract does. */
    private interface SourceInfoNotText {
        @com.fasterxml.jackson.annotation.JsonIgnore
        String text();
    }

    private static final ObjectWriter DATABIND_PRETTY = DATABIND.with(LaurelPrettyPrinterTest.jacksonReference());

    private static String export(Exporter exporter, List<Announcement> list, boolean pretty) {
        var out = new ByteArrayOutputStream();
        try {
            exporter.write(list, out, ExportOptions.defaults().withPretty(pretty));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (dev.laurel.LaurelException e) {
            throw new AssertionError(e);
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    /** What the json exporter wrote with databind: the object for one, else the array; then a newline. */
    private static String databindJson(List<Announcement> list, boolean pretty) {
        ObjectWriter writer = pretty ? DATABIND_PRETTY : DATABIND;
        return (list.size() == 1 ? writer.writeValueAsString(list.get(0))
                : writer.forType(new TypeReference<List<Announcement>>() { }).writeValueAsString(list)) + "\n";
    }

    private static void assertSameAsDatabind(List<Announcement> list) {
        assertEquals(databindJson(list, false), export(new JsonExporter(), list, false), "json, compact");
        assertEquals(databindJson(list, true), export(new JsonExporter(), list, true), "json, pretty");
        StringBuilder lines = new StringBuilder();
        list.forEach(a -> lines.append(DATABIND.writeValueAsString(a)).append('\n'));
        assertEquals(lines.toString(), export(new JsonLinesExporter(), list, false), "jsonl");
    }

    @Test
    void fixturesAreWrittenAsDatabindWroteThem() {
        assertSameAsDatabind(List.of(Fixtures.zhejiang()));
        assertSameAsDatabind(List.of(Fixtures.minimal("m.txt")));
        assertSameAsDatabind(List.of(Fixtures.zhejiang(), Fixtures.minimal("m.txt")));
        assertSameAsDatabind(List.of());
    }

    @Test
    void generatedAnnouncementsAreWrittenAsDatabindWroteThem() {
        qt().withExamples(300).forAll(Generators.announcements(), Generators.announcements()).checkAssert((a, b) -> {
            assertSameAsDatabind(List.of(a));
            assertSameAsDatabind(List.of(a, b));
        });
    }
}
