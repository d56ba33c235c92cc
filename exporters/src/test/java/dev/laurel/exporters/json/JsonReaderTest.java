package dev.laurel.exporters.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.laurel.Laurel;
import dev.laurel.LaurelException;
import dev.laurel.exporters.Fixtures;
import dev.laurel.exporters.jsonl.JsonLinesExporter;
import dev.laurel.model.Announcement;
import dev.laurel.spi.ExportOptions;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JsonReaderTest {

    private static final List<Announcement> BATCH = List.of(Fixtures.zhejiang(), Fixtures.minimal("b.txt"),
            Fixtures.zhejiang());

    private static byte[] json(List<Announcement> list, boolean pretty) throws IOException, dev.laurel.LaurelException {
        var out = new ByteArrayOutputStream();
        new JsonExporter().write(list, out, ExportOptions.defaults().withPretty(pretty));
        return out.toByteArray();
    }

    private static byte[] jsonl(List<Announcement> list) throws IOException, dev.laurel.LaurelException {
        var out = new ByteArrayOutputStream();
        new JsonLinesExporter().write(list, out, ExportOptions.defaults());
        return out.toByteArray();
    }

    private static InputStream in(byte[] b) {
        return new ByteArrayInputStream(b);
    }

    private static InputStream in(String s) {
        return in(s.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void aSingleObjectReadsBackEqual() throws Exception {
        assertEquals(List.of(Fixtures.zhejiang()), Laurel.read(in(json(List.of(Fixtures.zhejiang()), true))));
    }

    /** A file written before metrics had category, currency and bounds still reads: the fields are null. */
    @Test
    void metricsWithoutTheFieldsAddedLaterRead() throws Exception {
        String now = new String(json(List.of(Fixtures.zhejiang()), false), StandardCharsets.UTF_8);
        assertTrue(now.contains("\"category\":\"currency\",\"currency\":\"CNY\""), now);
        String before = now.replaceAll(",\"category\":(null|\"[a-z]+\"),\"currency\":(null|\"[A-Z]{3}\"),\"bounds\":(null|\"..\")", "");
        assertTrue(!before.contains("\"category\""), before);
        Announcement a = Laurel.read(in(before)).get(0);
        a.awardees().forEach(w -> w.metrics().forEach(m -> {
            assertEquals(null, m.category());
            assertEquals(null, m.currency());
            assertEquals(null, m.bounds());
        }));
        assertEquals(Fixtures.zhejiang().awardees().get(0).metrics().size(), a.awardees().get(0).metrics().size());
    }

    @Test
    void anArrayPrettyOrCompactReadsBackEqual() throws Exception {
        assertEquals(BATCH, Laurel.read(in(json(BATCH, true))));
        assertEquals(BATCH, Laurel.read(in(json(BATCH, false))));
        assertEquals(List.of(), Laurel.read(in(json(List.of(), true))));
    }

    @Test
    void jsonLinesReadBackEqualWithEitherFormatName() throws Exception {
        assertEquals(BATCH, Laurel.read(in(jsonl(BATCH))));
        assertEquals(BATCH, Laurel.read(in(jsonl(BATCH)), "jsonl"));
        assertEquals(List.of(), Laurel.read(in(new byte[0])));
    }

    @Test
    void filesReadBackAndReexportToTheSameBytes(@TempDir Path dir) throws Exception {
        byte[] bytes = json(BATCH, true);
        Path file = dir.resolve("batch.json");
        Files.write(file, bytes);
        List<Announcement> read = Laurel.read(file);
        assertEquals(BATCH, read);
        assertEquals(new String(bytes, StandardCharsets.UTF_8), new String(json(read, true), StandardCharsets.UTF_8));
    }

    @Test
    void decimalsComeBackCanonicalAndEqual() throws Exception {
        Announcement a = Fixtures.zhejiang();
        Announcement read = Laurel.read(in(json(List.of(a), false))).get(0);
        assertEquals(Fixtures.canonical(a), read);
    }

    @Test
    void theReaderStreamsAndLeavesTheInputOpen() throws Exception {
        var input = new ByteArrayInputStream(jsonl(BATCH)) {
            boolean closed;

            @Override
            public void close() {
                closed = true;
            }
        };
        try (Stream<Announcement> s = new JsonAnnouncementReader().read(input)) {
            Iterator<Announcement> it = s.iterator();
            assertEquals(BATCH.get(0), it.next());
            assertTrue(input.available() > 0, "the rest is not read yet");
            it.next();
            it.next();
            assertTrue(!it.hasNext());
        }
        assertTrue(!input.closed);
    }

    @Test
    void unknownFieldsAreIgnoredForForwardCompatibility() throws Exception {
        String json = new String(json(List.of(Fixtures.minimal("x")), false), StandardCharsets.UTF_8)
                .replaceFirst("\\{", "{\"addedLater\":{\"a\":[1,2]},");
        assertEquals(List.of(Fixtures.minimal("x")), Laurel.read(in(json)));
    }

    @Test
    void malformedInputFailsWithAMessageNamingTheProblem(@TempDir Path dir) throws IOException, dev.laurel.LaurelException {
        for (String bad : List.of("42", "\"x\"", "[1]", "{\"schemaVersion\":\"1\"}", "{\"schemaVersion\":",
                "[{}] trailing", "{\"schemaVersion\":\"1\",\"source\":{\"name\":\"\"}}")) {
            LaurelException e = assertThrows(LaurelException.class, () -> Laurel.read(in(bad)), bad);
            assertTrue(e.getMessage().contains("is not Laurel json"), e.getMessage());
        }
        assertThrows(LaurelException.class, () -> Laurel.read(dir.resolve("missing.json")));
        assertThrows(LaurelException.class, () -> Laurel.read(in("{}"), "yaml"));
    }

    @Test
    void errorsWhileStreamingAreUncheckedIoExceptions() throws IOException, dev.laurel.LaurelException {
        try (Stream<Announcement> s = new JsonAnnouncementReader().read(in("{\"schemaVersion\":\"1\"} {"))) {
            assertThrows(UncheckedIOException.class, s::toList);
        }
    }
}
