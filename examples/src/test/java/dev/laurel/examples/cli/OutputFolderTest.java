package dev.laurel.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.laurel.examples.plugin.SimpleRosterParser;
import dev.laurel.model.Announcement;
import dev.laurel.spi.AnnouncementSink;
import dev.laurel.spi.ExportOptions;
import dev.laurel.spi.Exporter;
import dev.laurel.spi.ExporterRegistry;
import dev.laurel.spi.ParserRegistry;
import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.BiFunction;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/**
 * The --out folder's bookkeeping (issue 14, item 13): laurel-run.json lists only the files Laurel
 * created, by name and content hash; a file the user changed or owns is never deleted or overwritten;
 * a run killed midway leaves nothing the next run does not clean up.
 */
class OutputFolderTest {

    @TempDir
    Path dir;

    Path in;
    Path out;

    void inputs() throws IOException {
        in = dir.resolve("in");
        out = dir.resolve("out");
        Files.createDirectories(in);
        Files.writeString(in.resolve("a.txt"), "# laurel-roster\n杭州市\n", StandardCharsets.UTF_8);
        Files.writeString(in.resolve("b.txt"), "# laurel-roster\n宁波市\n", StandardCharsets.UTF_8);
    }

    CliRun run(String... args) {
        return CliRun.run(MainTest.TEST_PLUGINS, args);
    }

    List<String> listed() throws IOException {
        JsonNode m = TestExporters.MAPPER.readTree(Files.readString(out.resolve("laurel-run.json")));
        List<String> names = new ArrayList<>();
        m.get("files").forEach(f -> names.add(f.get("name").asString()));
        return names;
    }

    List<String> folder() throws IOException {
        try (Stream<Path> s = Files.list(out)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void aFileTheUserChangesDuringARunIsNotListedAndSurvivesTheNextRun() throws Exception {
        inputs();
        Files.createDirectories(out);
        Path notes = out.resolve("notes.txt");
        Files.writeString(notes, "mine\n");
        Exporter json = TestExporters.json("jsonl");
        Exporter touching = new Exporter() { // the user edits notes.txt while the run writes
            @Override
            public String format() {
                return "jsonl";
            }

            @Override
            public String fileExtension() {
                return "jsonl";
            }

            @Override
            public AnnouncementSink open(OutputStream o, ExportOptions options) throws IOException, dev.laurel.LaurelException {
                AnnouncementSink inner = json.open(o, options);
                return new AnnouncementSink() {
                    @Override
                    public void write(Announcement a) throws IOException {
                        inner.write(a);
                        Files.writeString(notes, "edited during the run\n", StandardOpenOption.APPEND);
                    }

                    @Override
                    public void close() throws IOException {
                        inner.close();
                    }
                };
            }
        };
        BiFunction<PrintStream, PrintStream, CliContext> plugins = (o, e) -> new CliContext(
                ParserRegistry.of(new SimpleRosterParser()), ExporterRegistry.of(touching), o, e);
        CliRun first = CliRun.run(plugins, "parse", "--quiet", "--out", out.toString(), in.toString());
        assertEquals(0, first.code(), first.toString());
        assertEquals(List.of("announcements.jsonl", "errors.jsonl"), listed());
        CliRun second = run("parse", "--quiet", "--format", "csv", "--out", out.toString(), in.toString());
        assertEquals(0, second.code(), second.toString());
        assertTrue(Files.readString(notes).startsWith("mine\nedited during the run\n"), "the user's file is kept");
        assertEquals(List.of("errors.jsonl", "laurel-run.json", "notes.txt", "roster-1.txt", "roster-2.txt"), folder());
    }

    @Test
    void anOutputTheUserEditedIsKeptAndNeverOverwritten() throws Exception {
        inputs();
        assertEquals(0, run("parse", "--quiet", "--format", "jsonl", "--out", out.toString(), in.toString()).code());
        Path jsonl = out.resolve("announcements.jsonl");
        Files.writeString(jsonl, "{\"note\": \"my edit\"}\n", StandardOpenOption.APPEND);
        String edited = Files.readString(jsonl);

        CliRun again = run("parse", "--progress", "none", "--format", "jsonl", "--out", out.toString(), in.toString());
        assertEquals(1, again.code(), again.toString());
        assertTrue(again.err().contains("kept " + jsonl), again.err());
        assertTrue(again.errLines().get(again.errLines().size() - 1)
                .startsWith("laurel: " + jsonl + " is there and Laurel did not write it"), again.err());
        assertEquals(edited, Files.readString(jsonl));

        CliRun csv = run("parse", "--quiet", "--format", "csv", "--out", out.toString(), in.toString());
        assertEquals(0, csv.code(), csv.toString());
        assertEquals(edited, Files.readString(jsonl), "not Laurel's any more: never deleted");
        assertEquals(List.of("errors.jsonl", "roster-1.txt", "roster-2.txt"), listed());
    }

    @Test
    void aUsersFileNamedLikeAnOutputStopsTheRunBeforeAnyWork() throws Exception {
        inputs();
        Files.createDirectories(out);
        Files.writeString(out.resolve("announcements.jsonl"), "the user's own\n");
        Files.writeString(out.resolve("laurel-run.json"), "{\"my\": \"settings\"}");
        CliRun r = run("parse", "--quiet", "--format", "jsonl", "--out", out.toString(), in.toString());
        MainTest.assertOneErrorLine(r, 1, "laurel-run.json is not a run record Laurel wrote");
        assertEquals("{\"my\": \"settings\"}", Files.readString(out.resolve("laurel-run.json")));
        Files.delete(out.resolve("laurel-run.json"));
        CliRun clash = run("parse", "--quiet", "--format", "jsonl", "--out", out.toString(), in.toString());
        MainTest.assertOneErrorLine(clash, 1, "announcements.jsonl is there and Laurel did not write it");
        assertEquals("the user's own\n", Files.readString(out.resolve("announcements.jsonl")));
        Files.writeString(out.resolve("announcements.json"), "[]"); // single-file mode checks too
        MainTest.assertOneErrorLine(run("parse", "--out", out.toString(), in.resolve("a.txt").toString()), 1,
                "announcements.json is there");
        assertEquals("[]", Files.readString(out.resolve("announcements.json")));
    }

    @Test
    void theRecordIsCompleteAndNothingTemporaryIsLeft() throws Exception {
        inputs();
        assertEquals(0, run("parse", "--quiet", "--format", "jsonl", "--out", out.toString(), in.toString()).code());
        assertEquals(List.of("announcements.jsonl", "errors.jsonl", "laurel-run.json"), folder(),
                "no staging folder, no temporary record");
        JsonNode m = TestExporters.MAPPER.readTree(Files.readString(out.resolve("laurel-run.json")));
        assertEquals("complete", m.get("state").asString());
        assertEquals(RunRecord.sha256(out.resolve("errors.jsonl")), m.get("files").get(1).get("sha256").asString());
        // One file with --out: recorded too, so that a later run replaces it.
        Path single = dir.resolve("single");
        assertEquals(0, run("parse", "--out", single.toString(), in.resolve("a.txt").toString()).code());
        assertTrue(Files.readString(single.resolve("laurel-run.json")).contains("announcements.json"));
        CliRun batch = run("parse", "--progress", "none", "--out", single.toString(), in.toString());
        assertEquals(0, batch.code(), batch.toString());
        assertFalse(Files.exists(single.resolve("announcements.json")), "the single run's file was replaced");
    }

    @Test
    void aRunKilledMidwayIsCleanedUpByTheNext() throws Exception {
        inputs();
        assumeTrue(new File("/dev/stdin").exists(), "no /dev/stdin here");
        // A run that reads a.txt, then waits on its stdin, which stays open: then it is killed.
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), Main.class.getName(), "parse", "--quiet", "--jobs", "1",
                "--format", "jsonl", "--out", out.toString(), in.resolve("a.txt").toString(), "/dev/stdin"));
        Process p = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        try {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (!Files.exists(out.resolve(OutputFolder.STAGING).resolve("announcements.jsonl"))
                    && !Files.exists(out.resolve("announcements.jsonl"))) {
                assertTrue(p.isAlive(), "the run ended early");
                assertTrue(System.nanoTime() < deadline, "the run did not start writing");
                Thread.sleep(50);
            }
            Thread.sleep(500);
        } finally {
            p.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        }
        CliRun next = run("parse", "--quiet", "--format", "csv", "--out", out.toString(), in.toString());
        assertEquals(0, next.code(), next.toString());
        assertEquals(List.of("errors.jsonl", "laurel-run.json", "roster-1.txt", "roster-2.txt"), folder(),
                "nothing of the killed run is left");
    }
}
