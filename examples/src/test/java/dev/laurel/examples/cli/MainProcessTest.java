package dev.laurel.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.laurel.Laurel;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link Main#main} in a separate JVM whose platform charset is ASCII: the exit status is the one
 * {@code run} returns, and stdout is UTF-8 whatever the platform default.
 */
class MainProcessTest {

    @TempDir
    Path dir;

    record Result(int code, String out, String err) {
    }

    static Result java(String... args) throws Exception {
        return java(List.of(), null, args);
    }

    /**
     * {@code laurel ARGS} in a JVM with extra options; stdout goes to {@code stdout} when it is given
     * (then {@link Result#out} is empty).
     */
    static Result java(List<String> jvmOptions, File stdout, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Dfile.encoding=US-ASCII", "-Dstdout.encoding=US-ASCII", "-Dstderr.encoding=US-ASCII"));
        command.addAll(jvmOptions);
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), Main.class.getName()));
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command).redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
        if (stdout != null) {
            pb.redirectOutput(ProcessBuilder.Redirect.to(stdout));
        }
        Process p = pb.start();
        byte[] out = p.getInputStream().readAllBytes();
        byte[] err = p.getErrorStream().readAllBytes();
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "laurel did not finish");
        return new Result(p.exitValue(), new String(out, StandardCharsets.UTF_8), new String(err, StandardCharsets.UTF_8));
    }

    @Test
    void exitStatusesComeFromRun() throws Exception {
        assertEquals(0, java("--help").code());
        Result unknown = java("parse", "--no-such-option", "x");
        assertEquals(2, unknown.code(), unknown.err());
        assertEquals(1, unknown.err().lines().count(), unknown.err());
    }

    @Test
    void missingInputAndUtf8Output() throws Exception {
        Result missing = java("parse", dir.resolve("missing.txt").toString());
        assertEquals(3, missing.code(), missing.err());
        assertEquals(1, missing.err().lines().count(), missing.err());

        Path f = dir.resolve("r.txt");
        Files.writeString(f, "# laurel-roster\n杭州市\n", StandardCharsets.UTF_8);
        Result r = java("parse", f.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("\"杭州市\""), "UTF-8 whatever the platform charset: " + r.out());
    }
}
