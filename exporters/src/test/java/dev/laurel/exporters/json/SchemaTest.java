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
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
            return TestJson.mapper().readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The validation errors of an announcement's JSON output; empty when valid. */
    public static List<Error> validate(Announcement a) {
        return SCHEMA.validate(TestJson.mapper().readTree(JsonExporter.builder().pretty(false).build().toJson(a)));
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
        ObjectNode doc = (ObjectNode) TestJson.mapper().readTree(new JsonExporter().toJson(Fixtures.zhejiang()));
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
                    .filter(c -> !TestJson.notWritten(c)) // not JSON
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

    /** Every published example: the JSON blocks of the READMEs and the golden files of every module (issue 17, item 14). */
    @Test
    void everyPublishedExampleValidates() throws IOException {
        Path root = Path.of("..").toAbsolutePath().normalize();
        List<String> checked = new ArrayList<>();
        for (String doc : List.of("README.md", "exporters/README-formats.md")) {
            String text = Files.readString(root.resolve(doc));
            Matcher m = Pattern.compile("```json\\n(.*?)```", Pattern.DOTALL).matcher(text);
            int n = 0;
            while (m.find()) {
                n++;
                assertValid(doc + " json block " + n, TestJson.mapper().readTree(m.group(1)));
                checked.add(doc + "#" + n);
            }
        }
        assertTrue(checked.stream().anyMatch(c -> c.startsWith("README.md")), "the README shows an example: " + checked);
        List<Path> golden;
        try (var files = Files.walk(root, 9)) {
            golden = files.filter(f -> f.toString().replace('\\', '/').matches(".*/src/test/resources/golden/.*\\.jsonl?"))
                    .filter(f -> !f.toString().contains("/target/")).sorted().toList();
        }
        assertTrue(golden.size() >= 5, "golden files found: " + golden);
        for (Path f : golden) {
            String text = Files.readString(f);
            if (f.toString().endsWith(".jsonl")) {
                int line = 0;
                for (String l : text.split("\n")) {
                    assertValid(f + " line " + ++line, TestJson.mapper().readTree(l));
                }
            } else {
                JsonNode node = TestJson.mapper().readTree(text);
                if (node.isArray()) {
                    node.forEach(item -> assertValid(f.toString(), item));
                } else {
                    assertValid(f.toString(), node);
                }
            }
            checked.add(root.relativize(f).toString());
        }
        assertTrue(checked.contains("examples/src/test/resources/golden/sample/announcement.json"), checked.toString());
    }

    private static void assertValid(String what, JsonNode node) {
        assertEquals(List.of(), validate(node), what);
    }

    @Test
    void tighterConstraintsRejectWhatTheContractForbids() {
        ObjectNode doc = (ObjectNode) TestJson.mapper().readTree(new JsonExporter().toJson(Fixtures.zhejiang()));
        ObjectNode copy = doc.deepCopy();
        ((ObjectNode) copy.get("source")).put("sha256", "ABC");
        assertFalse(validate(copy).isEmpty(), "sha256 not 64 lowercase hex digits");
        copy = doc.deepCopy();
        ((ObjectNode) copy.get("event")).put("date", "2024年4月23日");
        assertFalse(validate(copy).isEmpty(), "a date not YYYY-MM-DD or MM-DD");
        copy = doc.deepCopy();
        ((ObjectNode) copy.get("event")).put("date", "2024-04-23");
        assertEquals(List.of(), validate(copy), "a full date");
        copy = doc.deepCopy();
        ((ObjectNode) copy.get("awardees").get(0).get("span")).put("start", -1);
        assertFalse(validate(copy).isEmpty(), "a negative span start");
        copy = doc.deepCopy();
        ((ObjectNode) copy.get("awardees").get(0)).put("timesHonored", 0);
        assertFalse(validate(copy).isEmpty(), "a count of honours below 1");
        copy = doc.deepCopy();
        ((ObjectNode) copy.get("source")).put("parser", " ");
        assertFalse(validate(copy).isEmpty(), "a blank parser name");
        copy = doc.deepCopy();
        ((ObjectNode) copy.get("source")).remove("laurelVersion");
        assertFalse(validate(copy).isEmpty(), "provenance is required in what Laurel writes");
    }

    @Test
    void theSchemaShipsInTheExportersJar() {
        assertTrue(JsonExporter.class.getResource("announcement.schema.json") != null);
    }
}
