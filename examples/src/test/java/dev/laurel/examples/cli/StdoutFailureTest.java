package dev.laurel.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A standard output that cannot be written ({@code > /dev/full}, a full disk, a closed pipe) is exit
 * code 1 with one line on stderr, in every command (issue 14, item 9).
 */
class StdoutFailureTest {

    @TempDir
    Path dir;

    /** Accepts {@code room} bytes, then fails as a full disk does; counts the attempts. */
    static final class FullDisk extends OutputStream {
        final int room;
        int written;
        int failures;

        FullDisk(int room) {
            this.room = room;
        }

        @Override
        public void write(int b) throws IOException {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            if (written + len > room) {
                failures++;
                throw new IOException("No space left on device");
            }
            written += len;
        }
    }

    static CliRun run(OutputStream stdout, String... args) {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        PrintStream o = new PrintStream(stdout, false, StandardCharsets.UTF_8);
        PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8);
        int code = Main.run(args, MainTest.TEST_PLUGINS.apply(o, e));
        return new CliRun(code, "", err.toString(StandardCharsets.UTF_8), new byte[0]);
    }

    Path roster(String name) throws IOException {
        Path f = dir.resolve(name);
        Files.writeString(f, MainTest.ROSTER, StandardCharsets.UTF_8);
        return f;
    }

    @Test
    void oneFileToAFullStdoutExitsOne() throws Exception {
        MainTest.assertOneErrorLine(run(new FullDisk(0), "parse", roster("r.txt").toString()), 1,
                "cannot write to standard output");
        MainTest.assertOneErrorLine(run(new FullDisk(10), "parse", roster("r.txt").toString()), 1,
                "cannot write to standard output");
    }

    @Test
    void aBatchToAFullStdoutStopsAtTheFirstFailedWrite() throws Exception {
        Path in = dir.resolve("in");
        Files.createDirectories(in);
        for (int i = 0; i < 200; i++) {
            Files.writeString(in.resolve(String.format("f%03d.txt", i)), MainTest.ROSTER, StandardCharsets.UTF_8);
        }
        FullDisk full = new FullDisk(0);
        CliRun r = run(full, "parse", "--quiet", "--jobs", "1", in.toString());
        MainTest.assertOneErrorLine(r, 1, "cannot write to standard output");
        assertTrue(full.failures < 10, "the run stops instead of writing every record into the void: " + full.failures);
    }

    @Test
    void listingsAndHelpToAFullStdoutExitOne() {
        for (List<String> args : List.of(List.of("parsers"), List.of("formats"), List.of("--help"),
                List.of("parse", "--help"), List.of("--version"), List.of("quantities", "超6300万元"))) {
            MainTest.assertOneErrorLine(run(new FullDisk(0), args.toArray(String[]::new)), 1,
                    "cannot write to standard output");
        }
    }

    @Test
    void quantitiesStopReadingStdinWhenStdoutIsGone() {
        StringBuilder lines = new StringBuilder();
        for (int i = 0; i < 10_000; i++) {
            lines.append("投入6300万元\n");
        }
        ByteArrayInputStream stdin = new ByteArrayInputStream(lines.toString().getBytes(StandardCharsets.UTF_8));
        FullDisk full = new FullDisk(0);
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        CliContext context = MainTest.TEST_PLUGINS.apply(new PrintStream(full, false, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        picocli.CommandLine cl = new picocli.CommandLine(new QuantitiesCommand(context, stdin))
                .setExecutionExceptionHandler(Main.commandLine(context).getExecutionExceptionHandler())
                .setErr(new java.io.PrintWriter(new java.io.OutputStreamWriter(err, StandardCharsets.UTF_8), true));
        assertEquals(1, cl.execute(), err.toString(StandardCharsets.UTF_8));
        assertTrue(err.toString(StandardCharsets.UTF_8).startsWith("laurel: cannot write to standard output"), err.toString());
        assertTrue(stdin.available() > 0, "stdin is not read to its end once stdout fails");
    }

    @Test
    void devFullInARealProcessExitsOneWithTheReason() throws Exception {
        File full = new File("/dev/full");
        assumeTrue(full.exists() && full.canWrite(), "no /dev/full here");
        MainProcessTest.Result r = MainProcessTest.java(List.of(), full, "parse", SeedRunTest.SEED.toString());
        assertEquals(1, r.code(), r.err());
        assertEquals(1, r.err().lines().count(), r.err());
        assertTrue(r.err().startsWith("laurel: cannot write to standard output (No space left on device)"), r.err());
        MainProcessTest.Result help = MainProcessTest.java(List.of(), full, "formats");
        assertEquals(1, help.code(), help.err());
    }
}
