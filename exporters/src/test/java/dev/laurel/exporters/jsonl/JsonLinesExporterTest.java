package dev.laurel.exporters.jsonl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.laurel.exporters.Fixtures;
import dev.laurel.exporters.json.JsonExporter;
import dev.laurel.model.Announcement;
import dev.laurel.spi.AnnouncementSink;
import dev.laurel.spi.ExportOptions;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class JsonLinesExporterTest {

    @Test
    void oneCompactObjectPerLineEachEndingInLf() throws IOException, dev.laurel.LaurelException {
        var out = new ByteArrayOutputStream();
        List<Announcement> batch = List.of(Fixtures.zhejiang(), Fixtures.minimal("b"), Fixtures.zhejiang());
        new JsonLinesExporter().write(batch, out, ExportOptions.defaults());
        String s = out.toString(StandardCharsets.UTF_8);
        assertTrue(s.endsWith("\n"));
        String[] lines = s.split("\n");
        assertEquals(3, lines.length);
        String compact = JsonExporter.builder().pretty(false).build().toJson(Fixtures.zhejiang());
        assertEquals(compact, lines[0], "the same contract as json, compact");
        assertFalse(s.contains("\r"));
    }

    @Test
    void linesPreparedOnSeveralThreadsAndWrittenInOrderAreTheLinesWrittenOneByOne() throws Exception {
        List<Announcement> batch = new java.util.ArrayList<>();
        for (int i = 0; i < 200; i++) {
            batch.add(i % 3 == 0 ? Fixtures.zhejiang() : Fixtures.minimal("doc-" + i + ".txt"));
        }
        for (ExportOptions options : List.of(ExportOptions.defaults(), ExportOptions.defaults().withLean(true))) {
            var expected = new ByteArrayOutputStream();
            try (AnnouncementSink sink = new JsonLinesExporter().open(expected, options)) {
                for (Announcement a : batch) {
                    sink.write(a);
                }
            }
            var out = new ByteArrayOutputStream();
            var pool = java.util.concurrent.Executors.newFixedThreadPool(4);
            try (AnnouncementSink sink = new JsonLinesExporter().open(out, options)) {
                List<java.util.concurrent.Future<AnnouncementSink.Prepared>> prepared = new java.util.ArrayList<>();
                for (Announcement a : batch) {
                    prepared.add(pool.submit(() -> sink.prepare(a)));
                }
                for (var f : prepared) {
                    sink.write(f.get());
                }
            } finally {
                pool.shutdown();
            }
            assertEquals(expected.toString(StandardCharsets.UTF_8), out.toString(StandardCharsets.UTF_8));
        }
    }

    @Test
    void aFolderSinkPreparesLinesAsTheStreamSinkDoes(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
            throws Exception {
        Announcement a = Fixtures.zhejiang();
        AnnouncementSink.Prepared prepared;
        try (AnnouncementSink sink = new JsonLinesExporter().open(dir, ExportOptions.defaults().withLean(true))) {
            prepared = sink.prepare(a);
            sink.write(prepared);
        }
        assertTrue(prepared.payload() != null, "the folder sink encodes ahead, as the stream sink does");
        var expected = new ByteArrayOutputStream();
        new JsonLinesExporter().write(List.of(a), expected, ExportOptions.defaults().withLean(true));
        assertEquals(expected.toString(StandardCharsets.UTF_8),
                java.nio.file.Files.readString(dir.resolve("announcements.jsonl")));
    }

    @Test
    void aLinePreparedByAnotherSinkIsWrittenInThisSinksForm() throws Exception {
        Announcement a = Fixtures.minimal("b.txt");
        var fullOut = new ByteArrayOutputStream();
        var leanOut = new ByteArrayOutputStream();
        try (AnnouncementSink full = new JsonLinesExporter().open(fullOut, ExportOptions.defaults());
             AnnouncementSink lean = new JsonLinesExporter().open(leanOut, ExportOptions.defaults().withLean(true))) {
            lean.write(full.prepare(a));
            full.write(lean.prepare(a));
        }
        String leanLine = leanOut.toString(StandardCharsets.UTF_8);
        String fullLine = fullOut.toString(StandardCharsets.UTF_8);
        assertTrue(fullLine.contains("\"event\":null"), fullLine);
        assertFalse(leanLine.contains("null"), leanLine);
        assertTrue(leanLine.length() < fullLine.length());
    }

    @Test
    void newlinesInsideStringsAreEscaped() throws IOException, dev.laurel.LaurelException {
        var out = new ByteArrayOutputStream();
        new JsonLinesExporter().write(List.of(Fixtures.zhejiang()), out, ExportOptions.defaults());
        assertEquals(1, out.toString(StandardCharsets.UTF_8).split("\n").length, "the fixture's texts hold newlines");
    }

    /** 100,000 announcements go through without being kept: bytes leave as each one is written. */
    @Test
    void aHundredThousandAnnouncementsStreamThroughInBoundedMemory() throws IOException, dev.laurel.LaurelException {
        var counting = new CountingOutputStream();
        long before = usedHeap();
        long maxGrowth = 0;
        try (AnnouncementSink sink = new JsonLinesExporter().open(counting, ExportOptions.defaults())) {
            for (int i = 0; i < 100_000; i++) {
                sink.write(Fixtures.minimal("doc-" + i + ".txt"));
                if (i == 10_000) {
                    assertTrue(counting.bytes > 9_000L * 250, "already written: " + counting.bytes);
                }
                if (i % 20_000 == 19_999) {
                    maxGrowth = Math.max(maxGrowth, usedHeap() - before);
                }
            }
        }
        assertEquals(100_000, counting.lines);
        assertTrue(counting.bytes > 100_000L * 250);
        // The output is over 25 MB; a sink that kept it (or the records) would grow by that much.
        assertTrue(maxGrowth < 20_000_000L, "heap growth " + maxGrowth);
    }

    private static long usedHeap() {
        Runtime rt = Runtime.getRuntime();
        System.gc();
        return rt.totalMemory() - rt.freeMemory();
    }

    static final class CountingOutputStream extends OutputStream {
        long bytes;
        long lines;

        @Override
        public void write(int b) {
            bytes++;
            if (b == '\n') {
                lines++;
            }
        }

        @Override
        public void write(byte[] b, int off, int len) {
            bytes += len;
            for (int i = off; i < off + len; i++) {
                if (b[i] == '\n') {
                    lines++;
                }
            }
        }
    }
}
