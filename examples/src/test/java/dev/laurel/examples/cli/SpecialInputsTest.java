package dev.laurel.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/**
 * Paths that are not plain files, and arguments that name nothing (issue 14, item 14): a named pipe
 * never blocks the run, special entries of a folder are listed as refused, a bad pattern or an empty
 * argument is bad usage.
 */
class SpecialInputsTest {

    static final Duration NO_HANG = Duration.ofSeconds(30);

    @TempDir
    Path dir;

    Path roster(String name) throws IOException {
        Path f = dir.resolve(name);
        Files.createDirectories(f.getParent());
        Files.writeString(f, MainTest.ROSTER, StandardCharsets.UTF_8);
        return f;
    }

    static void mkfifo(Path p) throws Exception {
        Process mk;
        try {
            mk = new ProcessBuilder("mkfifo", p.toString()).start();
        } catch (IOException e) {
            assumeTrue(false, "no mkfifo here");
            return;
        }
        assumeTrue(mk.waitFor(10, TimeUnit.SECONDS) && mk.exitValue() == 0, "mkfifo failed");
    }

    static CliRun run(String... args) {
        return assertTimeoutPreemptively(NO_HANG, () -> CliRun.run(MainTest.TEST_PLUGINS, args), "laurel blocked");
    }

    @Test
    void aNamedPipeOnTheCommandLineIsRefusedAtOnce() throws Exception {
        Path fifo = dir.resolve("pipe.txt");
        mkfifo(fifo);
        MainTest.assertOneErrorLine(run("parse", fifo.toString()), 3, fifo.toString(), "named pipe", "/dev/stdin <");
        MainTest.assertOneErrorLine(run("parse", roster("a.txt").toString(), fifo.toString()), 3, "named pipe");
    }

    @Test
    void specialEntriesOfAFolderAreListedAsRefused() throws Exception {
        roster("in/a.txt");
        mkfifo(dir.resolve("in/pipe.txt"));
        mkfifo(dir.resolve("in/pipe.md")); // not a name the folder is read for: not listed
        Files.createSymbolicLink(dir.resolve("in/gone.txt"), dir.resolve("in/nowhere.txt"));
        Files.createSymbolicLink(dir.resolve("in/loop.txt"), dir.resolve("in/loop.txt"));
        Files.createSymbolicLink(dir.resolve("in/linked.txt"), dir.resolve("in/a.txt")); // a link to a file is read
        Path elsewhere = dir.resolve("elsewhere");
        Files.createDirectories(elsewhere);
        Files.createSymbolicLink(dir.resolve("in/more"), elsewhere);
        Path out = dir.resolve("out");
        CliRun r = run("parse", "--progress", "none", "--format", "jsonl", "--out", out.toString(),
                dir.resolve("in").toString());
        assertEquals(3, r.code(), r.toString());
        assertEquals(2, Files.readAllLines(out.resolve("announcements.jsonl")).size(), "a.txt and linked.txt");
        List<String> refused = new ArrayList<>();
        for (String line : Files.readAllLines(out.resolve("errors.jsonl"))) {
            JsonNode e = TestExporters.MAPPER.readTree(line);
            refused.add(dir.resolve("in").relativize(Path.of(e.get("path").asString())) + ": " + e.get("reason").asString());
        }
        refused.sort(null);
        assertEquals(4, refused.size(), String.join("\n", refused));
        assertTrue(refused.get(0).startsWith("gone.txt: ") && refused.get(0).contains("does not exist"), refused.get(0));
        assertTrue(refused.get(1).startsWith("loop.txt: ") && refused.get(1).contains("loop"), refused.get(1));
        assertTrue(refused.get(2).startsWith("more: ") && refused.get(2).contains("not followed"), refused.get(2));
        assertTrue(refused.get(3).startsWith("pipe.txt: ") && refused.get(3).contains("named pipe"), refused.get(3));
        assertTrue(r.err().contains("refused         4"), r.err());
    }

    @Test
    void aFolderHoldingOnlyAPipeIsReadAndThePipeRefused() throws Exception {
        Files.createDirectories(dir.resolve("in"));
        mkfifo(dir.resolve("in/pipe.txt"));
        CliRun r = run("parse", "--quiet", dir.resolve("in").toString());
        MainTest.assertOneErrorLine(r, 3, "pipe.txt", "named pipe");
    }

    @Test
    void badPatternsAndEmptyArgumentsAreBadUsage() throws Exception {
        Path f = roster("a.txt");
        MainTest.assertOneErrorLine(run("parse", "["), 2, "not a valid glob pattern");
        MainTest.assertOneErrorLine(run("parse", dir + "/{a,b"), 2, "not a valid glob pattern");
        MainTest.assertOneErrorLine(run("parse", ""), 2, "empty FILE argument");
        MainTest.assertOneErrorLine(run("parse", f.toString(), ""), 2, "empty FILE argument");
        MainTest.assertOneErrorLine(run("parse", "--format", "csv", "--out", "", f.toString()), 2, "--out");
    }

    @Test
    void aFileWhoseNameLooksLikeAPatternIsThatFile() throws Exception {
        Path f = roster("report[1].txt");
        CliRun r = run("parse", f.toString());
        assertEquals(0, r.code(), r.toString());
        assertTrue(r.out().contains("杭州市"), r.out());
    }

    @Test
    void standardInputAndProcessSubstitutionAreRead() throws Exception {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), Main.class.getName(), "parse", "/dev/stdin"));
        assumeTrue(new File("/dev/stdin").exists(), "no /dev/stdin here");
        Process p = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.PIPE).start();
        try (OutputStream in = p.getOutputStream()) {
            in.write(Files.readAllBytes(SeedRunTest.SEED));
        }
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(60, TimeUnit.SECONDS));
        assertEquals(0, p.exitValue(), err);
        assertTrue(out.contains("\"杭州市\""), out);
        assertFalse(SpecialFiles.isOwnDescriptor(dir.resolve("pipe.txt")));
        assertTrue(SpecialFiles.isOwnDescriptor(Path.of("/dev/fd/63")));
    }
}
