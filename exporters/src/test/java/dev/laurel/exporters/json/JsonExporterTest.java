package dev.laurel.exporters.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.laurel.exporters.Fixtures;
import dev.laurel.model.Announcement;
import dev.laurel.model.Awardee;
import dev.laurel.model.Metric;
import dev.laurel.model.Qualifier;
import dev.laurel.model.SourceSpan;
import dev.laurel.spi.ExportOptions;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.JsonNode;

class JsonExporterTest {

    private static String write(List<Announcement> list, ExportOptions options) throws IOException, dev.laurel.LaurelException {
        var out = new ByteArrayOutputStream();
        new JsonExporter().write(list, out, options);
        return out.toString(StandardCharsets.UTF_8);
    }

    private static Announcement withValue(BigDecimal value, BigDecimal upper) {
        Announcement a = Fixtures.zhejiang();
        Awardee w = a.awardees().get(0);
        Metric m = new Metric("x", value, upper, "元", Qualifier.EXACT, false, null, "x", new SourceSpan(0, 1));
        Awardee w2 = new Awardee(w.name(), w.province(), w.kind(), w.regionCode(), w.honorTitle(), w.timesHonored(),
                w.timesKind(), w.provincialTimesHonored(), w.summary(), w.initiatives(), List.of(m), w.span(), w.issues());
        return new Announcement(a.schemaVersion(), a.source(), a.title(), a.honor(), a.province(), a.event(),
                a.roster(), List.of(w2), a.issues());
    }

    @ParameterizedTest
    @CsvSource({
            "6.3E+7, 63000000",
            "1E+7, 10000000",
            "0.00001, 0.00001",
            "1E-5, 0.00001",
            "12345678901234567890.1234, 12345678901234567890.1234",
            "72000.0, 72000",
            "0.000, 0",
            "-2.50, -2.5",
            "123456789012345678901234567890E+10, 1234567890123456789012345678900000000000"})
    void decimalsArePlainNumbersNeverScientific(String in, String expected) throws IOException, dev.laurel.LaurelException {
        String json = JsonExporter.builder().pretty(false).build().toJson(withValue(new BigDecimal(in), null));
        assertTrue(json.contains("\"value\":" + expected + ","), json);
        assertFalse(json.matches("(?s).*\"value\":[^,]*[eE].*"), json);
    }

    @Test
    void fieldOrderFollowsTheRecordsEverywhere() throws IOException, dev.laurel.LaurelException {
        JsonNode root = TestJson.mapper().readTree(write(List.of(Fixtures.zhejiang()), ExportOptions.defaults()));
        assertOrder(Announcement.class, root);
    }

    /** Every object's field names, in order, are the record's components, recursively. */
    private static void assertOrder(Class<?> type, JsonNode node) {
        if (node == null || node.isNull()) {
            return;
        }
        List<String> names = new ArrayList<>();
        node.propertyNames().forEach(names::add);
        List<String> components = new ArrayList<>();
        for (RecordComponent c : type.getRecordComponents()) {
            if (!TestJson.notWritten(c)) { // SourceInfo.text
                components.add(c.getName());
            }
        }
        assertEquals(components, names, type.getSimpleName());
        for (RecordComponent c : type.getRecordComponents()) {
            if (TestJson.notWritten(c)) {
                continue;
            }
            JsonNode child = node.get(c.getName());
            if (c.getType().isRecord()) {
                assertOrder(c.getType(), child);
            } else if (c.getType() == List.class) {
                Class<?> item = (Class<?>) ((ParameterizedType) c.getGenericType()).getActualTypeArguments()[0];
                for (JsonNode element : child) {
                    assertOrder(item, element);
                }
            }
        }
    }

    @Test
    void chineseIsWrittenAsCharactersNotEscapes() throws IOException, dev.laurel.LaurelException {
        String json = write(List.of(Fixtures.zhejiang()), ExportOptions.defaults());
        assertTrue(json.contains("\"name\": \"杭州市\""), json);
        assertFalse(json.contains("\\u"), "no \\u escapes");
    }

    @Test
    void oneAnnouncementIsAnObjectSeveralAnArrayNoneAnEmptyArray() throws IOException, dev.laurel.LaurelException {
        Announcement a = Fixtures.zhejiang();
        assertTrue(write(List.of(a), ExportOptions.defaults()).startsWith("{\n  \"schemaVersion\": \"1\","));
        String two = write(List.of(a, Fixtures.minimal("b")), ExportOptions.defaults());
        assertTrue(two.startsWith("[\n  {\n    \"schemaVersion\""), two.substring(0, 40));
        assertTrue(two.endsWith("}\n]\n"));
        assertEquals("[]\n", write(List.of(), ExportOptions.defaults()));
        assertEquals(2, TestJson.mapper().readTree(two).size());
    }

    @Test
    void compactIsOneLineAndPrettyIsIndentedWithLf() throws IOException, dev.laurel.LaurelException {
        String compact = write(List.of(Fixtures.zhejiang()), ExportOptions.defaults().withPretty(false));
        assertEquals(1, compact.split("\n", -1).length - 1, "one line ending in LF");
        assertTrue(compact.startsWith("{\"schemaVersion\":\"1\",\"source\":{"));
        String pretty = write(List.of(Fixtures.zhejiang()), ExportOptions.defaults());
        assertFalse(pretty.contains("\r"));
        assertTrue(pretty.contains("\n      \"issues\": []"), "empty arrays as []");
        assertEquals(TestJson.mapper().readTree(compact), TestJson.mapper().readTree(pretty));
    }

    @Test
    void builderSettingsApplyToTheOptionlessMethods() throws IOException, dev.laurel.LaurelException {
        var compact = JsonExporter.builder().pretty(false).build();
        assertFalse(compact.options().pretty());
        assertFalse(compact.toJson(Fixtures.zhejiang()).contains("\n"));
        assertTrue(new JsonExporter().toJson(Fixtures.zhejiang()).contains("\n"));
        assertEquals("json", compact.format());
        assertTrue(compact.writesToStream(ExportOptions.defaults()));
    }

    @Test
    void theCallersStreamStaysOpen() throws IOException, dev.laurel.LaurelException {
        var out = new ByteArrayOutputStream() {
            boolean closed;

            @Override
            public void close() {
                closed = true;
            }
        };
        new JsonExporter().write(List.of(Fixtures.zhejiang()), out, ExportOptions.defaults());
        assertFalse(out.closed);
    }

    @Test
    void oneExporterServesManyThreadsAtOnce() throws Exception {
        JsonExporter exporter = new JsonExporter();
        String expected = exporter.toJson(Fixtures.zhejiang());
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<String>> results = new ArrayList<>();
            for (int i = 0; i < 64; i++) {
                results.add(pool.submit(() -> exporter.toJson(Fixtures.zhejiang())));
            }
            for (Future<String> f : results) {
                assertEquals(expected, f.get());
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aBatchStreamsWithoutHoldingItsAnnouncements() throws IOException, dev.laurel.LaurelException {
        var counting = new CountingOutputStream();
        Iterator<Announcement> many = new Iterator<>() {
            int n;

            @Override
            public boolean hasNext() {
                return n < 2_000;
            }

            @Override
            public Announcement next() {
                n++;
                if (n == 1_000) {
                    // Half way: most of the output must already have left the sink.
                    assertTrue(counting.count > 900L * 300, "output streamed: " + counting.count);
                }
                return Fixtures.minimal("doc-" + n + ".txt");
            }
        };
        new JsonExporter().write(() -> many, counting, ExportOptions.defaults().withPretty(false));
        assertTrue(counting.count > 2_000L * 300);
    }

    static final class CountingOutputStream extends java.io.OutputStream {
        long count;

        @Override
        public void write(int b) {
            count++;
        }

        @Override
        public void write(byte[] b, int off, int len) {
            count += len;
        }
    }
}
