package dev.laurel.examples.packaging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/**
 * The {@code laurel} launcher beside the jar, and the jar under a C locale (issue 17, items 7 and 8): the launcher
 * runs the JVM with a UTF-8 locale; the jar started without one stops with one line saying what to set, instead of
 * reading a lossy command line or lossy file names.
 */
@DisabledOnOs(OS.WINDOWS)
class LauncherIT {

    private static final Path TARGET = ShadedJarIT.ROOT.resolve("examples/target");

    /** The launcher's cache (its class-data archive), kept out of the user's home. */
    @TempDir
    static Path cache;

    record Run(int code, String out, String err) {
    }

    /** Runs {@code command} under the C locale (LANG, LC_ALL and LC_CTYPE set to C). */
    static Run inCLocale(List<String> command) throws IOException, InterruptedException {
        return inCLocale(command, Map.of("XDG_CACHE_HOME", cache.toString()));
    }

    static Run inCLocale(List<String> command, Map<String, String> extraEnv) throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder(command);
        Map<String, String> env = pb.environment();
        env.putAll(extraEnv);
        env.put("LANG", "C");
        env.put("LC_ALL", "C");
        env.put("LC_CTYPE", "C");
        env.remove("JAVA_TOOL_OPTIONS");
        Process p = pb.start();
        byte[] out = p.getInputStream().readAllBytes();
        byte[] err = p.getErrorStream().readAllBytes();
        assertTrue(p.waitFor(120, TimeUnit.SECONDS));
        return new Run(p.exitValue(), new String(out, StandardCharsets.UTF_8), new String(err, StandardCharsets.UTF_8));
    }

    private static List<String> launcher(String... args) {
        List<String> command = new ArrayList<>(List.of("sh", TARGET.resolve("laurel").toString()));
        command.addAll(List.of(args));
        return command;
    }

    private static List<String> jar(String... args) {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", TARGET.resolve("laurel.jar").toString()));
        command.addAll(List.of(args));
        return command;
    }

    @Test
    void theLaunchersAreBesideTheJarAndTheShellOneIsExecutable() {
        assertTrue(Files.isExecutable(TARGET.resolve("laurel")));
        assertTrue(Files.isRegularFile(TARGET.resolve("laurel.cmd")));
    }

    @Test
    void theLauncherAnswersVersion() throws Exception {
        Run r = inCLocale(launcher("--version"));
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().startsWith("laurel "), r.out());
    }

    @Test
    void theFirstRunRecordsAClassDataArchiveThatLaterRunsUseWithTheSameOutput(@TempDir Path home) throws Exception {
        Path seed = ShadedJarIT.ROOT.resolve("seeds/000_8580ebc5395fa60a.txt");
        Map<String, String> env = Map.of("XDG_CACHE_HOME", home.toString());
        Run first = inCLocale(launcher("parse", seed.toString()), env);
        assertEquals(0, first.code(), first.err());
        List<Path> archives;
        try (var files = Files.list(home.resolve("laurel"))) {
            archives = files.toList();
        }
        assertEquals(1, archives.size(), archives.toString());
        assertTrue(archives.get(0).getFileName().toString().endsWith(".jsa") && Files.size(archives.get(0)) > 1_000_000,
                archives.toString());
        Run second = inCLocale(launcher("parse", seed.toString()), env);
        assertEquals(0, second.code(), second.err());
        assertEquals(first.out(), second.out());
        assertTrue(second.out().startsWith("{"), "only the JSON on standard output");

        // A damaged archive is skipped by the JVM, without a word on standard output.
        Files.write(archives.get(0), new byte[] {1, 2, 3});
        Run damaged = inCLocale(launcher("parse", seed.toString()), env);
        assertEquals(0, damaged.code(), damaged.err());
        assertEquals(first.out(), damaged.out());
    }

    @Test
    void withoutClassDataTheLauncherRecordsNothing(@TempDir Path home) throws Exception {
        Run r = inCLocale(launcher("--version"), Map.of("XDG_CACHE_HOME", home.toString(), "LAUREL_CDS", "off"));
        assertEquals(0, r.code(), r.err());
        assertTrue(Files.notExists(home.resolve("laurel")));
    }

    @Test
    void underACLocaleTheLauncherReadsChineseArguments() throws Exception {
        Run r = inCLocale(launcher("quantities", "超6300万元"));
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("\"value\":63000000") && r.out().contains("\"unit\":\"元\""), r.out());
    }

    @Test
    void underACLocaleTheJarStopsOnALossyCommandLine() throws Exception {
        Run r = inCLocale(jar("quantities", "超6300万元"));
        assertEquals(2, r.code(), r.out());
        assertEquals("", r.out());
        assertEquals(1, r.err().lines().count(), r.err());
        assertTrue(r.err().contains("LC_ALL=C.UTF-8"), r.err());
    }

    @Test
    void underACLocaleFolderRunsKeepChineseFileNamesThroughTheLauncherAndStopWithoutIt(@TempDir Path dir)
            throws Exception {
        Files.copy(ShadedJarIT.ROOT.resolve("seeds/000_8580ebc5395fa60a.txt"), dir.resolve("样本.txt"));
        Run plain = inCLocale(jar("parse", dir.toString(), "--progress", "none"));
        assertEquals(2, plain.code(), plain.err());
        assertTrue(plain.err().contains("file name") && plain.err().contains("LC_ALL=C.UTF-8"), plain.err());

        Run launched = inCLocale(launcher("parse", dir.toString(), "--progress", "none"));
        assertEquals(0, launched.code(), launched.err());
        assertTrue(launched.out().contains("\"name\":\"样本.txt\""), launched.out().substring(0, 200));
    }
}
