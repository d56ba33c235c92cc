package dev.laurel.exporters.json;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.PrettyPrinter;
import tools.jackson.core.util.DefaultIndenter;
import tools.jackson.core.util.DefaultPrettyPrinter;
import tools.jackson.core.util.Separators;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectWriter;

/** {@link LaurelPrettyPrinter} writes what Jackson's own pretty printer, configured as Laurel's was, writes. */
class LaurelPrettyPrinterTest {

    /** The configuration Laurel used before {@link LaurelPrettyPrinter}: the reference layout. */
    static DefaultPrettyPrinter jacksonReference() {
        DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
        Separators separators = Separators.createDefaultInstance()
                .withObjectNameValueSpacing(Separators.Spacing.AFTER)
                .withObjectEmptySeparator("")
                .withArrayEmptySeparator("");
        return new DefaultPrettyPrinter(separators).withObjectIndenter(indenter).withArrayIndenter(indenter);
    }

    /** The values written one after another as root values of one generator. */
    private static String write(PrettyPrinter printer, JsonNode... roots) {
        ObjectWriter writer = TestJson.mapper().writer().with(printer);
        var out = new ByteArrayOutputStream();
        try (JsonGenerator g = writer.createGenerator(out)) {
            for (JsonNode root : roots) {
                writer.writeValue(g, root);
            }
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    private static void assertSameAsJackson(JsonNode... roots) {
        assertEquals(write(jacksonReference(), roots), write(LaurelJson.prettyPrinter(), roots));
    }

    @Test
    void emptyAndNestedContainersAndScalars() {
        assertSameAsJackson(TestJson.mapper().readTree("""
                {"a": [], "b": {}, "c": [1, "x", null, true, {"d": [{}], "e": [[]]}], "f": {"g": {"h": -0.5}}}"""));
        assertSameAsJackson(TestJson.mapper().readTree("[]"));
        assertSameAsJackson(TestJson.mapper().readTree("{}"));
        assertSameAsJackson(TestJson.mapper().readTree("\"中文\""));
    }

    @Test
    void depthsBeyondThePreEncodedIndents() {
        String deep = "{\"k\": [".repeat(15) + "1, {}" + "]}".repeat(15);
        assertSameAsJackson(TestJson.mapper().readTree(deep));
    }

    @Test
    void rootValuesAreSeparatedAsJacksonSeparatesThem() {
        assertSameAsJackson(TestJson.mapper().readTree("{\"a\": 1}"), TestJson.mapper().readTree("[2]"),
                TestJson.mapper().readTree("3"));
    }
}
