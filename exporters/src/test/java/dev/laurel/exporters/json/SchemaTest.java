package dev.laurel.exporters.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import dev.laurel.exporters.Fixtures;
import dev.laurel.model.Announcement;
import dev.laurel.model.Awardee;
import dev.laurel.model.Diagnostic;
import dev.laurel.model.DiagnosticKind;
import dev.laurel.model.Event;
import dev.laurel.model.Initiative;
import dev.laurel.model.Metric;
import dev.laurel.model.Qualifier;
import dev.laurel.model.RegionKind;
import dev.laurel.model.RosterEntry;
import dev.laurel.model.Severity;
import dev.laurel.model.SourceInfo;
import dev.laurel.model.SourceSpan;
import dev.laurel.model.TimesKind;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** The shipped JSON Schema: it validates real output, rejects broken output, and matches the model. */
public class SchemaTest {

    public static final String RESOURCE = "/dev/laurel/exporters/json/announcement.schema.json";

    private static final JsonNode SCHEMA_NODE = load();
    private static final Schema SCHEMA = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
            .getSchema(SCHEMA_NODE);

    private static JsonNode load() {
        try (InputStream in = SchemaTest.class.getResourceAsStream(RESOURCE)) {
            return LaurelJson.mapper().readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The validation errors of an announcement's JSON output; empty when valid. */
    public static List<Error> validate(Announcement a) {
        return SCHEMA.validate(LaurelJson.mapper().readTree(JsonExporter.builder().pretty(false).build().toJson(a)));
    }

    private static List<Error> validate(JsonNode node) {
        return SCHEMA.validate(node);
    }

    @Test
    void theSchemaIsDraft2020_12() {
        assertEquals("https://json-schema.org/draft/2020-12/schema", SCHEMA_NODE.get("$schema").asString());
    }

    @Test
    void fixturesValidate() {
        assertEquals(List.of(), validate(Fixtures.zhejiang()));
        assertEquals(List.of(), validate(Fixtures.minimal("m")));
    }

    @Test
    void brokenDocumentsAreRejected() {
        ObjectNode doc = (ObjectNode) LaurelJson.mapper().readTree(new JsonExporter().toJson(Fixtures.zhejiang()));
        ObjectNode copy = doc.deepCopy();
        copy.remove("roster");
        assertFalse(validate(copy).isEmpty(), "a required field is missing");
        copy = doc.deepCopy();
        ((ObjectNode) copy.get("awardees").get(0).get("metrics").get(0)).put("qualifier", "roughly");
        assertFalse(validate(copy).isEmpty(), "an unknown qualifier");
        copy = doc.deepCopy();
        ((ObjectNode) copy.get("awardees").get(0).get("metrics").get(0)).put("value", "63000000");
        assertFalse(validate(copy).isEmpty(), "a value as a string");
        copy = doc.deepCopy();
        ((ObjectNode) copy.get("awardees").get(0)).put("regionCode", "3301");
        assertFalse(validate(copy).isEmpty(), "a short region code");
        copy = doc.deepCopy();
        copy.put("schemaVersion", "2");
        assertFalse(validate(copy).isEmpty(), "another schema version");
    }

    @Test
    void enumsInTheSchemaAreTheJavaEnums() {
        JsonNode defs = SCHEMA_NODE.get("$defs");
        assertEquals(ids(Qualifier.values()), strings(defs.get("metric").get("properties").get("qualifier").get("enum")));
        assertEquals(ids(RegionKind.values()), strings(defs.get("regionKind").get("enum")));
        List<String> times = ids(TimesKind.values());
        times.add(null);
        assertEquals(times, strings(defs.get("awardee").get("properties").get("timesKind").get("enum")));
        assertEquals(ids(Severity.values()), strings(defs.get("diagnostic").get("properties").get("severity").get("enum")));
        assertEquals(ids(DiagnosticKind.values()), strings(defs.get("diagnostic").get("properties").get("kind").get("enum")));
        List<String> categories = ids(dev.laurel.model.UnitCategory.values());
        categories.add(null);
        assertEquals(categories, strings(defs.get("metric").get("properties").get("category").get("enum")));
    }

    @Test
    void everyRecordComponentIsARequiredPropertyInOrder() {
        JsonNode defs = SCHEMA_NODE.get("$defs");
        Map<Class<?>, JsonNode> objects = Map.of(
                Announcement.class, SCHEMA_NODE,
                SourceInfo.class, defs.get("source"),
                Event.class, defs.get("event"),
                RosterEntry.class, defs.get("rosterEntry"),
                Awardee.class, defs.get("awardee"),
                Initiative.class, defs.get("initiative"),
                Metric.class, defs.get("metric"),
                Diagnostic.class, defs.get("diagnostic"),
                SourceSpan.class, defs.get("span"));
        objects.forEach((type, node) -> {
            List<String> components = Arrays.stream(type.getRecordComponents())
                    .filter(c -> !c.getAccessor().isAnnotationPresent(com.fasterxml.jackson.annotation.JsonIgnore.class)) // not JSON
                    .map(RecordComponent::getName).toList();
            assertEquals(components, strings(node.get("required")), type.getSimpleName() + " required");
            List<String> properties = new ArrayList<>();
            node.get("properties").propertyNames().forEach(properties::add);
            assertEquals(components, properties, type.getSimpleName() + " properties");
        });
    }

    private static List<String> ids(Enum<?>[] values) {
        List<String> ids = new ArrayList<>();
        for (Enum<?> e : values) {
            try {
                ids.add((String) e.getClass().getMethod("id").invoke(e));
            } catch (ReflectiveOperationException x) {
                throw new IllegalStateException(x);
            }
        }
        return ids;
    }

    private static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.isNull() ? null : n.asString()));
        return out;
    }

    @Test
    void theSchemaShipsInTheExportersJar() {
        assertTrue(JsonExporter.class.getResource("announcement.schema.json") != null);
    }
}
