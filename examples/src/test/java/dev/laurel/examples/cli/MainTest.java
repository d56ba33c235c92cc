package dev.laurel.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.laurel.examples.plugin.SimpleRosterParser;
import dev.laurel.spi.ExporterRegistry;
import dev.laurel.spi.ParserRegistry;
import java.io.PrintStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.BiFunction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/**
 * The command line in memory through {@link Main#run}: exit codes, one-line errors, the listings,
 * and parsing roster files with the example plugin and test exporters (so these tests need neither
 * laurel-parsers nor laurel-exporters).
 */
class MainTest {

    static final String ROSTER = "# laurel-roster\nhonor: 全国双拥模范城(县)\nprovince: 浙江省\n杭州市\n宁波市\n温州市\n";

    /** The example parser plus test exporters named like the real ones. */
    static final BiFunction<PrintStream, PrintStream, CliContext> TEST_PLUGINS = (out, err) -> new CliContext(
            ParserRegistry.of(new SimpleRosterParser()),
            ExporterRegistry.of(TestExporters.json("json"), TestExporters.json("jsonl"), TestExporters.folderOnly("csv")),
            out, err);

    @TempDir
    Path dir;

    Path roster(String name, String text) throws Exception {
        Path file = dir.resolve(name);
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }

    static void assertOneErrorLine(CliRun r, int code, String... mentions) {
        assertEquals(code, r.code(), r.toString());
        assertEquals(1, r.errLines().size(), "exactly one line on stderr: " + r);
        String line = r.errLines().get(0);
        assertTrue(line.startsWith("laurel: "), line);
        for (String m : mentions) {
            assertTrue(line.contains(m), "'" + line + "' should mention " + m);
        }
        assertFalse(r.err().contains("\tat "), "no stack trace without --verbose");
    }

    // ---- help and version -------------------------------------------------------------------

    @Test
    void helpExitsZeroAndListsTheCommands() {
        CliRun r = CliRun.run("--help");
        assertEquals(0, r.code(), r.toString());
        assertTrue(r.out().contains("Usage: laurel"), r.out());
        for (String c : List.of("parse", "parsers", "formats")) {
            assertTrue(r.out().contains("  " + c + " "), c + " in " + r.out());
        }
        assertEquals("", r.err());
    }

    @Test
    void everyCommandHasHelp() {
        for (String c : List.of("parse", "parsers", "formats")) {
            CliRun r = CliRun.run(c, "--help");
            assertEquals(0, r.code(), r.toString());
            assertTrue(r.out().contains("Usage: laurel " + c), r.out());
        }
        CliRun r = CliRun.run("help", "parse");
        assertEquals(0, r.code(), r.toString());
        for (String option : List.of("--format", "--out", "--parser", "--charset", "--layout", "--excel", "--compact",
                "--verbose")) {
            assertTrue(r.out().contains(option), option + " in " + r.out());
        }
    }

    @Test
    void versionExitsZero() {
        CliRun r = CliRun.run("--version");
        assertEquals(0, r.code(), r.toString());
        assertTrue(r.out().startsWith("laurel "), r.out());
    }

    @Test
    void noCommandIsBadUsage() {
        CliRun r = CliRun.run();
        assertEquals(2, r.code(), r.toString());
        assertTrue(r.err().contains("Usage: laurel"), r.err());
    }

    @Test
    void anUnknownCommandIsBadUsage() {
        assertOneErrorLine(CliRun.run("frobnicate"), 2, "unknown command 'frobnicate'", "parse");
    }

    // ---- bad usage: exit 2 -------------------------------------------------------------------

    @Test
    void anUnknownOptionIsBadUsage() throws Exception {
        Path f = roster("r.txt", ROSTER);
        assertOneErrorLine(CliRun.run(TEST_PLUGINS, "parse", "--bogus", f.toString()), 2, "--bogus", "laurel parse --help");
    }

    @Test
    void aMissingFileArgumentIsBadUsage() {
        assertOneErrorLine(CliRun.run(TEST_PLUGINS, "parse"), 2, "FILE");
    }

    @Test
    void anUnknownFormatIsBadUsage() throws Exception {
        Path f = roster("r.txt", ROSTER);
        CliRun r = CliRun.run(TEST_PLUGINS, "parse", "--format", "yaml", f.toString());
        assertOneErrorLine(r, 2, "unknown format 'yaml'", "csv, json, jsonl");
        assertEquals("", r.out());
    }

    @Test
    void anUnknownParserIsBadUsage() throws Exception {
        Path f = roster("r.txt", ROSTER);
        assertOneErrorLine(CliRun.run(TEST_PLUGINS, "parse", "--parser", "nope", f.toString()), 2,
                "unknown parser 'nope'", "simple-roster");
    }

    @Test
    void aBadCharsetNameIsBadUsage() throws Exception {
        Path f = roster("r.txt", ROSTER);
        assertOneErrorLine(CliRun.run(TEST_PLUGINS, "parse", "--charset", "NO-SUCH-CHARSET", f.toString()), 2,
                "NO-SUCH-CHARSET");
        assertOneErrorLine(CliRun.run(TEST_PLUGINS, "parse", "--charset", "bad name!", f.toString()), 2, "bad name!");
    }

    @Test
    void aFolderFormatWithoutOutIsBadUsage() throws Exception {
        Path f = roster("r.txt", ROSTER);
        CliRun r = CliRun.run(TEST_PLUGINS, "parse", "--format", "csv", f.toString());
        assertOneErrorLine(r, 2, "csv", "--out");
        assertEquals("", r.out());
    }

    @Test
    void aBadLayoutIsBadUsage() throws Exception {
        Path f = roster("r.txt", ROSTER);
        assertOneErrorLine(CliRun.run(TEST_PLUGINS, "parse", "--format", "csv", "--layout", "wide", "--out",
                dir.resolve("o").toString(), f.toString()), 2, "wide");
    }

    @Test
    void outOnAFileIsBadUsage() throws Exception {
        Path f = roster("r.txt", ROSTER);
        assertOneErrorLine(CliRun.run(TEST_PLUGINS, "parse", "--out", f.toString(), f.toString()), 2, "--out");
    }

    @Test
    void badUsageIsReportedBeforeAnyInputIsRead() throws Exception {
        CliRun r = CliRun.run(TEST_PLUGINS, "parse", "--format", "yaml", dir.resolve("missing.txt").toString());
        assertOneErrorLine(r, 2, "yaml");
    }

    // ---- unreadable input: exit 3 ------------------------------------------------------------

    @Test
    void aMissingFileIsUnreadableInput() {
        Path missing = dir.resolve("missing.txt");
        CliRun r = CliRun.run(TEST_PLUGINS, "parse", missing.toString());
        assertOneErrorLine(r, 3, missing.toString(), "does not exist");
        assertEquals("", r.out());
    }

    @Test
    void aMissingFileIsReportedBeforeAnyOutputIsWritten() throws Exception {
        Path f = roster("r.txt", ROSTER);
        Path missing = dir.resolve("missing.txt");
        CliRun r = CliRun.run(TEST_PLUGINS, "parse", f.toString(), missing.toString());
        assertOneErrorLine(r, 3, missing.toString());
        assertEquals("", r.out());
    }

    @Test
    void aDirectoryIsUnreadableInput() {
        assertOneErrorLine(CliRun.run(TEST_PLUGINS, "parse", dir.toString()), 3, dir.toString(), "directory");
    }

    @Test
    void aBinaryFileIsUnreadableInput() throws Exception {
        Path png = dir.resolve("picture.png");
        Files.write(png, new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13});
        assertOneErrorLine(CliRun.run(TEST_PLUGINS, "parse", png.toString()), 3, "picture.png", "PNG");
    }

    @Test
    void undecodableBytesAreUnreadableInput() throws Exception {
        Path odd = dir.resolve("odd.txt");
        Files.write(odd, new byte[] {'#', ' ', (byte) 0xFF, (byte) 0xFF, 'x'});
        assertOneErrorLine(CliRun.run(TEST_PLUGINS, "parse", odd.toString()), 3, "odd.txt", "--charset");
    }

    @Test
    void aDocumentNoParserReadsIsUnreadableInput() throws Exception {
        Path f = roster("plain.txt", "just some text\n");
        assertOneErrorLine(CliRun.run(TEST_PLUGINS, "parse", f.toString()), 3, "plain.txt");
    }

    @Test
    void verboseAddsTheStackTrace() {
        Path missing = dir.resolve("missing.txt");
        CliRun r = CliRun.run(TEST_PLUGINS, "parse", "--verbose", missing.toString());
        assertEquals(3, r.code(), r.toString());
        assertTrue(r.errLines().get(0).startsWith("laurel: "), r.err());
        assertTrue(r.err().contains("\tat "), "a stack trace with --verbose: " + r.err());
    }

    // ---- parsing -----------------------------------------------------------------------------

    @Test
    void oneFileGivesOneJsonDocumentOnStdout() throws Exception {
        Path f = roster("r.txt", ROSTER);
        CliRun r = CliRun.run(TEST_PLUGINS, "parse", f.toString());
        assertEquals(0, r.code(), r.toString());
        assertEquals("", r.err());
        JsonNode json = TestExporters.MAPPER.readTree(r.out());
        assertEquals("浙江省", json.get("province").asString());
        List<String> names = json.get("roster").valueStream().map(n -> n.get("name").asString()).toList();
        assertEquals(List.of("杭州市", "宁波市", "温州市"), names);
        assertTrue(r.outLines().size() > 3, "one file: indented JSON");
        // UTF-8 on stdout whatever the platform default.
        assertTrue(new String(r.outBytes(), StandardCharsets.UTF_8).contains("杭州市"));
    }

    @Test
    void compactGivesOneLine() throws Exception {
        Path f = roster("r.txt", ROSTER);
        CliRun r = CliRun.run(TEST_PLUGINS, "parse", "--compact", f.toString());
        assertEquals(0, r.code(), r.toString());
        assertEquals(1, r.outLines().size(), r.out());
    }

    @Test
    void severalFilesGiveJsonLines() throws Exception {
        Path a = roster("a.txt", ROSTER);
        Path b = roster("b.txt", "# laurel-roster\n象山县\n");
        CliRun r = CliRun.run(TEST_PLUGINS, "parse", a.toString(), b.toString());
        assertEquals(0, r.code(), r.toString());
        List<String> lines = r.outLines();
        assertEquals(2, lines.size(), r.out());
        assertEquals("a.txt", TestExporters.MAPPER.readTree(lines.get(0)).get("source").get("name").asString());
        assertEquals("象山县", TestExporters.MAPPER.readTree(lines.get(1)).get("roster").get(0).get("name").asString());
    }

    @Test
    void aFolderFormatWritesIntoOut() throws Exception {
        Path a = roster("a.txt", ROSTER);
        Path b = roster("b.txt", "# laurel-roster\n象山县\n");
        Path out = dir.resolve("out/tables");
        CliRun r = CliRun.run(TEST_PLUGINS, "parse", "--format", "csv", "--layout", "flat", "--excel",
                "--out", out.toString(), a.toString(), b.toString());
        assertEquals(0, r.code(), r.toString());
        assertEquals("", r.out());
        assertEquals("flat excel\n杭州市\n宁波市\n温州市\n", Files.readString(out.resolve("roster-1.txt")));
        assertEquals("flat excel\n象山县\n", Files.readString(out.resolve("roster-2.txt")));
    }

    @Test
    void anExplicitCharsetIsUsed() throws Exception {
        Path f = dir.resolve("gbk.txt");
        Files.write(f, ROSTER.getBytes("GB18030"));
        CliRun r = CliRun.run(TEST_PLUGINS, "parse", "--compact", "--charset", "GB18030", "--parser", "simple-roster",
                f.toString());
        assertEquals(0, r.code(), r.toString());
        JsonNode json = TestExporters.MAPPER.readTree(r.out());
        assertEquals("GB18030", json.get("source").get("charset").asString());
        assertFalse(json.get("source").get("charsetDetected").asBoolean());
        assertEquals("杭州市", json.get("roster").get(0).get("name").asString());
    }

    @Test
    void verboseReportsEachFileOnStderr() throws Exception {
        Path f = roster("r.txt", ROSTER);
        CliRun r = CliRun.run(TEST_PLUGINS, "parse", "-v", f.toString());
        assertEquals(0, r.code(), r.toString());
        assertTrue(r.err().contains("simple-roster"), r.err());
        TestExporters.MAPPER.readTree(r.out());
    }

    @Test
    void anOutputThatCannotBeWrittenExitsOne() throws Exception {
        Path f = roster("r.txt", ROSTER);
        Path blocked = f.resolve("sub"); // below a regular file: the folder cannot be created
        CliRun r = CliRun.run(TEST_PLUGINS, "parse", "--format", "csv", "--out", blocked.toString(), f.toString());
        assertOneErrorLine(r, 1, "cannot write", blocked.toString());
    }

    @Test
    void aParserBugIsAnInternalErrorExitOne() throws Exception {
        Path f = roster("r.txt", ROSTER);
        dev.laurel.spi.DocumentParser buggy = new dev.laurel.spi.DocumentParser() {
            @Override
            public String name() {
                return "buggy";
            }

            @Override
            public int confidence(dev.laurel.spi.Source source) {
                return 100;
            }

            @Override
            public dev.laurel.model.Announcement parse(dev.laurel.spi.Source source, dev.laurel.spi.ParseOptions o) {
                throw new IllegalStateException("bug in buggy");
            }
        };
        BiFunction<PrintStream, PrintStream, CliContext> plugins = (out, err) -> new CliContext(
                ParserRegistry.of(buggy), ExporterRegistry.of(TestExporters.json("json")), out, err);
        assertOneErrorLine(CliRun.run(plugins, "parse", f.toString()), 1, "internal error", "bug in buggy", "--verbose");
        CliRun verbose = CliRun.run(plugins, "parse", "--verbose", f.toString());
        assertEquals(1, verbose.code());
        assertTrue(verbose.err().contains("\tat "), verbose.err());
    }

    // ---- listings ----------------------------------------------------------------------------

    @Test
    void parsersListsTheRegisteredParsers() {
        CliRun r = CliRun.run(TEST_PLUGINS, "parsers");
        assertEquals(0, r.code(), r.toString());
        assertEquals(1, r.outLines().size(), r.out());
        assertTrue(r.out().startsWith("simple-roster  Roster files"), r.out());
        assertEquals("", r.err());
    }

    @Test
    void parsersOnTheClassPathIncludeTheExamplePlugin() {
        CliRun r = CliRun.run("parsers");
        assertEquals(0, r.code(), r.toString());
        assertTrue(r.out().contains("simple-roster"), r.out());
        for (String name : dev.laurel.Laurel.parsers().names()) {
            assertTrue(r.out().contains(name), name + " in " + r.out());
        }
    }

    @Test
    void formatsListsTheRegisteredExporters() {
        CliRun r = CliRun.run(TEST_PLUGINS, "formats");
        assertEquals(0, r.code(), r.toString());
        List<String> lines = r.outLines();
        assertEquals(3, lines.size(), r.out());
        assertTrue(lines.get(0).startsWith("csv ") && lines.get(0).contains("[needs --out]"), r.out());
        assertTrue(lines.get(1).startsWith("json ") && lines.get(1).contains("测试"), "UTF-8 listing: " + r.out());
        assertTrue(lines.get(2).startsWith("jsonl "), r.out());
    }

    @Test
    void formatsOnTheClassPathListEveryExporter() {
        CliRun r = CliRun.run("formats");
        assertEquals(0, r.code(), r.toString());
        for (String name : dev.laurel.Laurel.exporters().names()) {
            assertTrue(r.out().contains(name), name + " in " + r.out());
        }
    }

    @Test
    void brokenProvidersAreWarnedAboutOnStderr() throws Exception {
        Path services = dir.resolve("cp/META-INF/services");
        Files.createDirectories(services);
        Files.writeString(services.resolve("dev.laurel.spi.DocumentParser"), "dev.laurel.examples.NoSuchParser\n");
        try (URLClassLoader loader = new URLClassLoader(new URL[] {dir.resolve("cp").toUri().toURL()},
                getClass().getClassLoader())) {
            ParserRegistry parsers = ParserRegistry.load(loader);
            CliRun r = CliRun.run((out, err) -> new CliContext(parsers, ExporterRegistry.of(), out, err), "parsers");
            assertEquals(0, r.code(), r.toString());
            assertTrue(r.out().contains("simple-roster"), "the working plugins are still listed: " + r);
            assertTrue(r.errLines().stream().anyMatch(l -> l.startsWith("laurel: warning: ")
                    && l.contains("NoSuchParser")), r.toString());
        }
    }

    @Test
    void emptyRegistriesSayWhatToInstall() {
        BiFunction<PrintStream, PrintStream, CliContext> none =
                (out, err) -> new CliContext(ParserRegistry.of(), ExporterRegistry.of(), out, err);
        CliRun p = CliRun.run(none, "parsers");
        assertEquals(0, p.code());
        assertTrue(p.err().contains("no parser is installed"), p.err());
        CliRun f = CliRun.run(none, "formats");
        assertTrue(f.err().contains("no exporter is installed"), f.err());
    }
}
