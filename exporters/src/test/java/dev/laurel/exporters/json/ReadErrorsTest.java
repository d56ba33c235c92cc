package dev.laurel.exporters.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.laurel.Laurel;
import dev.laurel.LaurelException;
import dev.laurel.exporters.Fixtures;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code Laurel.read} errors are one line that says what is wrong and where (line, column, the JSON
 * Pointer of the field), without Jackson's class names or its source descriptions (issue 17, item 12);
 * a schema version this Laurel does not read is refused naming the file, the version and what it reads
 * (item 9).
 */
class ReadErrorsTest {

    private static final String MINIMAL = new JsonExporter().toJson(Fixtures.minimal("m.txt"));
    private static final String ZHEJIANG = new JsonExporter().toJson(Fixtures.zhejiang());

    private static String error(String json) {
        LaurelException e = assertThrows(LaurelException.class,
                () -> Laurel.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8))));
        String m = e.getMessage();
        assertFalse(m.contains("\n"), "one line: " + m);
        assertFalse(m.contains("jackson") || m.contains("Jackson") || m.contains("[Source"), "no Jackson internals: " + m);
        assertTrue(m.startsWith("the input is not Laurel json ("), m);
        return m;
    }

    @Test
    void malformedJsonSaysLineAndColumn() {
        String m = error("{\"schemaVersion\": \"1\",\n  \"source\": {\"name\": x}}");
        assertTrue(m.contains("line 2, column 22"), m);
        assertTrue(m.contains("malformed JSON"), m);
        m = error("{\"schemaVersion\": \"1\", \"source\": ");
        assertTrue(m.contains("malformed JSON") && m.contains("end-of-input"), m);
    }

    @Test
    void aWrongTypeNamesTheField() {
        String m = error(ZHEJIANG.replace("\"value\": 63000000", "\"value\": \"63000000\""));
        assertTrue(m.contains("/awardees/0/metrics/0/value"), m);
        assertTrue(m.contains("expected a number, found a string"), m);
        assertTrue(m.matches(".*line \\d+, column \\d+.*"), m);
        m = error(ZHEJIANG.replace("\"hasSection\": true", "\"hasSection\": 1"));
        assertTrue(m.contains("/roster/0/hasSection") && m.contains("expected true or false, found a number"), m);
        m = error(MINIMAL.replace("\"roster\": []", "\"roster\": {}"));
        assertTrue(m.contains("/roster") && m.contains("expected an array, found an object"), m);
    }

    @Test
    void aMissingRequiredFieldIsNamed() {
        String m = error(MINIMAL.replaceFirst("\"sha256\": \"[0-9a-f]+\",", ""));
        assertTrue(m.contains("missing field \"sha256\"") && m.contains("/source"), m);
        m = error(ZHEJIANG.replaceFirst(",\\s*\"qualifier\": \"more-than\"", ""));
        assertTrue(m.contains("missing field \"qualifier\"") && m.contains("/awardees/0/metrics/0"), m);
        m = error("{\"schemaVersion\": \"1\"}");
        assertTrue(m.contains("missing field \"source\""), m);
    }

    @Test
    void anUnknownEnumIdOrAnInvalidRecordIsNamed() {
        String m = error(ZHEJIANG.replace("\"qualifier\": \"more-than\"", "\"qualifier\": \"roughly\""));
        assertTrue(m.contains("unknown qualifier \"roughly\"") && m.contains("/awardees/0/metrics/0/qualifier"), m);
        m = error(ZHEJIANG.replace("\"span\": {\n        \"start\": 40,\n        \"end\": 390",
                "\"span\": {\n        \"start\": 400,\n        \"end\": 390"));
        assertTrue(m.contains("invalid span") && m.contains("end must not be before start") && m.contains("/awardees/0/span"), m);
    }

    @Test
    void anUnknownSchemaVersionIsRefusedNamingTheFile(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("later.json");
        Files.writeString(file, MINIMAL.replace("\"schemaVersion\": \"1\"", "\"schemaVersion\": \"2\""));
        LaurelException e = assertThrows(LaurelException.class, () -> Laurel.read(file));
        assertEquals(file + " has schema version \"2\", which this Laurel (" + Laurel.version()
                + ") does not read; it reads schema version 1. Read it with the Laurel that wrote it or a later one.",
                e.getMessage());
    }

    @Test
    void provenanceIsReadBackAndOldFilesWithoutItReadAsNull() throws Exception {
        var a = Laurel.read(new ByteArrayInputStream(ZHEJIANG.getBytes(StandardCharsets.UTF_8))).get(0);
        assertEquals("commendation-text", a.source().parser());
        assertEquals("0.1.0", a.source().laurelVersion());
        String before = ZHEJIANG.replaceFirst(",\\s*\"parser\": \"commendation-text\",\\s*\"laurelVersion\": \"0.1.0\"", "");
        assertFalse(before.contains("laurelVersion"));
        var old = Laurel.read(new ByteArrayInputStream(before.getBytes(StandardCharsets.UTF_8))).get(0);
        assertEquals(null, old.source().parser());
        assertEquals(null, old.source().laurelVersion());
    }
}
