package dev.laurel.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/**
 * Batch mode of {@code laurel parse} with the example roster parser and the test exporters: folders,
 * glob patterns, refused files, errors.jsonl, exit codes, the summary, replacing a previous run.
 */
class BatchModeTest {

    @TempDir
    Path dir;

    Path write(String name, String text) throws Exception {
        Path f = dir.resolve(name);
        Files.createDirectories(f.getParent());
        Files.writeString(f, text, StandardCharsets.UTF_8);
        return f;
    }

    void archive() throws Exception {
        write("in/a.txt", "# laurel-roster\n杭州市\n");
        write("in/2020/b.txt", "# laurel-roster\n宁波市\n");
        write("in/2020/deep/c.htm", "# laurel-roster\n温州市\n");
        write("in/2021/d.TXT", "# laurel-roster\n湖州市\n");
        write("in/notes.md", "# laurel-roster\n嘉兴市\n");
        write("in/.hidden/e.txt", "# laurel-roster\n绍兴市\n");
        Files.write(dir.resolve("in/2021/picture.txt"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0});
    }

    static List<String> firstRosterNames(String jsonl) {
        return jsonl.lines().map(l -> TestExporters.MAPPER.readTree(l).get("roster").get(0).get("name").asString())
                .toList();
    }

    @Test
    void standardOutputIsFlushedAfterTheFirstRecordThenAtMostOnceASecond() {
        BatchRun.Flushes flushes = new BatchRun.Flushes();
        assertTrue(flushes.due(), "the first record goes out at once");
        assertFalse(flushes.due(), "the next ones wait for the buffer or the second");
        assertFalse(flushes.due());
    }

    @Test
    void aFolderIsReadRecursivelyInNameOrderAndARefusedFileDoesNotStopTheRun() throws Exception {
        archive();
        CliRun r = CliRun.run(MainTest.TEST_PLUGINS, "parse", "--jobs", "2", dir.resolve("in").toString());
        assertEquals(3, r.code(), "a refused file: exit 3\n" + r);
        // Files of a folder first, then its subfolders; .txt/.htm/.html only (any case); no hidden folders.
        assertEquals(List.of("杭州市", "宁波市", "温州市", "湖州市"), firstRosterNames(r.out()), r.toString());
        assertTrue(r.err().contains("picture.txt") && r.err().contains("PNG"), "the refused file on stderr: " + r.err());
        assertTrue(r.err().contains("files read      4"), r.err());
        assertTrue(r.err().contains("refused         1"), r.err());
        assertTrue(r.err().contains("with 2 jobs"), r.err());
    }

    @Test
    void everyFileReadableExitsZero() throws Exception {
        write("in/a.txt", "# laurel-roster\n杭州市\n");
        write("in/b.txt", "# laurel-roster\n宁波市\n");
        CliRun r = CliRun.run(MainTest.TEST_PLUGINS, "parse", "--quiet", dir.resolve("in").toString());
        assertEquals(0, r.code(), r.toString());
        assertEquals(2, r.outLines().size());
        assertEquals("", r.err(), "--quiet: no progress, no summary");
    }

    @Test
    void globPatternsMatchAcrossFoldersAndAtTheTop() throws Exception {
        archive();
        CliRun r = CliRun.run(MainTest.TEST_PLUGINS, "parse", "--quiet", dir.resolve("in") + "/**/*.txt");
        assertEquals(3, r.code(), r.toString());
        // **/ matches no folder too (a.txt); *.txt is case-sensitive in a pattern (d.TXT is not taken).
        assertEquals(List.of("杭州市", "宁波市"), firstRosterNames(r.out()), r.toString());
        CliRun top = CliRun.run(MainTest.TEST_PLUGINS, "parse", "--quiet", dir.resolve("in") + "/*.md");
        assertEquals(0, top.code(), top.toString());
        assertEquals(List.of("嘉兴市"), firstRosterNames(top.out()));
    }

    @Test
    void argumentsThatNameNothingStopTheRunBeforeAnyOutput() throws Exception {
        write("empty/notes.md", "x");
        MainTest.assertOneErrorLine(CliRun.run(MainTest.TEST_PLUGINS, "parse", dir.resolve("empty").toString()), 3,
                "directory", ".txt");
        MainTest.assertOneErrorLine(CliRun.run(MainTest.TEST_PLUGINS, "parse", dir.resolve("empty") + "/**/*.txt"), 3,
                "matches no file");
        MainTest.assertOneErrorLine(CliRun.run(MainTest.TEST_PLUGINS, "parse", dir.resolve("nowhere") + "/*.txt"), 3,
                "not a folder");
        CliRun r = CliRun.run(MainTest.TEST_PLUGINS, "parse", "--ext", "md", dir.resolve("empty").toString());
        assertEquals(3, r.code(), "--ext md takes notes.md, which no parser reads: " + r);
    }

    @Test
    void badBatchOptionsAreBadUsage() throws Exception {
        Path f = write("a.txt", "# laurel-roster\n杭州市\n");
        MainTest.assertOneErrorLine(CliRun.run(MainTest.TEST_PLUGINS, "parse", "--jobs", "0", f.toString()), 2, "--jobs");
        MainTest.assertOneErrorLine(CliRun.run(MainTest.TEST_PLUGINS, "parse", "--order", "random", f.toString(),
                f.toString()), 2, "--order");
        MainTest.assertOneErrorLine(CliRun.run(MainTest.TEST_PLUGINS, "parse", "--progress", "fancy", f.toString(),
                f.toString()), 2, "--progress");
    }

    @Test
    void withOutTheRefusedFilesAreInErrorsJsonlAndAReRunReplacesTheOutput() throws Exception {
        archive();
        Path out = dir.resolve("out");
        Files.createDirectories(out);
        Files.writeString(out.resolve("mine.txt"), "the user's own file");
        CliRun first = CliRun.run(MainTest.TEST_PLUGINS, "parse", "--progress", "none", "--format", "jsonl", "--out",
                out.toString(), dir.resolve("in").toString());
        assertEquals(3, first.code(), first.toString());
        assertEquals("", first.out());
        List<String> errors = Files.readAllLines(out.resolve("errors.jsonl"));
        assertEquals(1, errors.size());
        JsonNode e = TestExporters.MAPPER.readTree(errors.get(0));
        assertEquals(dir.resolve("in/2021/picture.txt").toString(), e.get("path").asString());
        assertTrue(e.get("reason").asString().contains("PNG"));
        assertFalse(first.err().contains("PNG"), "with --out, refused files go to errors.jsonl only: " + first.err());
        assertTrue(first.err().contains("listed in " + out.resolve("errors.jsonl")), first.err());
        assertEquals(4, Files.readAllLines(out.resolve("announcements.jsonl")).size());
        JsonNode manifest = TestExporters.MAPPER.readTree(Files.readString(out.resolve("laurel-run.json")));
        assertEquals(List.of("announcements.jsonl", "errors.jsonl"),
                manifest.get("files").valueStream().map(n -> n.get("name").asString()).toList());
        assertEquals(RunRecord.sha256(out.resolve("announcements.jsonl")),
                manifest.get("files").get(0).get("sha256").asString());
        assertEquals("complete", manifest.get("state").asString());
        assertEquals(4, manifest.get("summary").get("filesRead").asInt());

        // Second run, another format: the first run's files go, the user's file stays.
        CliRun second = CliRun.run(MainTest.TEST_PLUGINS, "parse", "--progress", "none", "--format", "csv", "--out",
                out.toString(), dir.resolve("in/a.txt").toString(), dir.resolve("in/2020/b.txt").toString());
        assertEquals(0, second.code(), second.toString());
        assertTrue(second.err().contains("replaced the output of the previous run"), second.err());
        try (Stream<Path> files = Files.list(out)) {
            assertEquals(List.of("errors.jsonl", "laurel-run.json", "mine.txt", "roster-1.txt", "roster-2.txt"),
                    files.map(p -> p.getFileName().toString()).sorted().toList());
        }
        assertEquals("", Files.readString(out.resolve("errors.jsonl")));
        assertEquals("the user's own file", Files.readString(out.resolve("mine.txt")));
    }

    @Test
    void theOutputFolderInsideTheInputFolderIsNotRead() throws Exception {
        write("in/a.txt", "# laurel-roster\n杭州市\n");
        Path out = dir.resolve("in/out");
        CliRun r = CliRun.run(MainTest.TEST_PLUGINS, "parse", "--quiet", "--format", "csv", "--out", out.toString(),
                "--ext", "txt", dir.resolve("in").toString());
        assertEquals(0, r.code(), r.toString());
        CliRun again = CliRun.run(MainTest.TEST_PLUGINS, "parse", "--quiet", "--format", "csv", "--out",
                out.toString(), "--ext", "txt", dir.resolve("in").toString());
        assertEquals(0, again.code(), "roster-1.txt of the first run is not an input: " + again);
        assertFalse(Files.exists(out.resolve("roster-2.txt")));
    }

    @Test
    void completionOrderWritesEveryRecord() throws Exception {
        for (int i = 0; i < 30; i++) {
            write("in/f" + i + ".txt", "# laurel-roster\n杭州市\n");
        }
        CliRun r = CliRun.run(MainTest.TEST_PLUGINS, "parse", "--quiet", "--jobs", "3", "--order", "completion",
                dir.resolve("in").toString());
        assertEquals(0, r.code(), r.toString());
        assertEquals(30, r.outLines().size());
    }

    @Test
    void progressLinesWhenStderrIsNotATerminal() throws Exception {
        for (int i = 0; i < 5; i++) {
            write("in/f" + i + ".txt", "# laurel-roster\n杭州市\n");
        }
        String old = System.getProperty("laurel.progress.seconds");
        System.setProperty("laurel.progress.seconds", "0.01");
        try {
            CliRun r = CliRun.run(MainTest.TEST_PLUGINS, "parse", "--progress", "log", "--jobs", "1",
                    dir.resolve("in").toString(), dir.resolve("in").toString(), dir.resolve("in").toString());
            assertEquals(0, r.code(), r.toString());
            assertEquals(15, r.outLines().size());
            assertTrue(r.errLines().get(r.errLines().size() - 10).equals("laurel: summary"), r.err());
        } finally {
            if (old == null) {
                System.clearProperty("laurel.progress.seconds");
            } else {
                System.setProperty("laurel.progress.seconds", old);
            }
        }
    }

    @Test
    void theBarIsDrawnOnStderrWhenAsked() throws Exception {
        for (int i = 0; i < 3; i++) {
            write("in/f" + i + ".txt", "# laurel-roster\n杭州市\n");
        }
        CliRun r = CliRun.run(MainTest.TEST_PLUGINS, "parse", "--progress", "bar", dir.resolve("in").toString());
        assertEquals(0, r.code(), r.toString());
        assertTrue(r.err().contains("3/3 files"), r.err());
        assertEquals(3, r.outLines().size());
    }
}
