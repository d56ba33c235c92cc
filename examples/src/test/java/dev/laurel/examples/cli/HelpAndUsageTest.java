package dev.laurel.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.laurel.IoErrors;
import dev.laurel.Laurel;
import dev.laurel.LaurelException;
import dev.laurel.spi.ExporterRegistry;
import dev.laurel.spi.ParserRegistry;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** Issue 17, item 11 and 12: the help texts, the warnings, format names, standard input, progress, messages. */
class HelpAndUsageTest {

    @TempDir
    Path dir;

    /** Every help screen: {@code laurel --help} and each command's. */
    static List<String> helpScreens() {
        List<String> screens = new ArrayList<>();
        screens.add(CliRun.run("--help").out());
        for (String c : Main.commandLine(CliContext.defaults(System.out, System.err)).getSubcommands().keySet()) {
            CliRun r = CliRun.run(c.equals("help") ? new String[] {"help", "help"} : new String[] {c, "--help"});
            assertEquals(0, r.code(), r.toString());
            screens.add(r.out());
        }
        return screens;
    }

    @Test
    void helpNeverBreaksInsideAFileNameOrAPattern() {
        Pattern quoteOpenAtEnd = Pattern.compile("(^|\\s)'[^'\\s]*$");
        for (String screen : helpScreens()) {
            List<String> lines = screen.lines().toList();
            for (int i = 0; i < lines.size(); i++) {
                String line = lines.get(i);
                assertTrue(line.length() <= 80, "wider than 80: " + line);
                assertFalse(quoteOpenAtEnd.matcher(line).find(), "a quoted token broken at: " + line);
                if (i + 1 < lines.size()) {
                    String next = lines.get(i + 1).strip();
                    String last = line.substring(line.lastIndexOf(' ') + 1);
                    boolean tokenEnd = last.equals(".") || last.endsWith("/") || last.endsWith("-")
                            || last.endsWith("*") || last.endsWith(".") && !last.startsWith("--")
                            && last.matches(".*[/_*'-].*");
                    assertFalse(tokenEnd && !next.isEmpty() && !next.startsWith("laurel ")
                            && (Character.isLowerCase(next.charAt(0))
                            || next.charAt(0) == '*'), "broken inside a word:\n" + line + "\n" + lines.get(i + 1));
                }
            }
            // The file names and patterns of the texts appear whole.
            for (String token : List.of(".htm", ".html", "DIR/laurel-run.json", "'archive/**/*.txt'",
                    "DIR/.laurel-partial),")) {
                if (screen.contains("Batch mode (several")) {
                    assertTrue(Pattern.compile("(^|\\s)" + Pattern.quote(token)).matcher(screen).find(), token);
                }
            }
        }
    }

    @Test
    void helpFormatsWithoutPicocliWarnings() {
        java.io.PrintStream err = System.err;
        java.io.ByteArrayOutputStream warnings = new java.io.ByteArrayOutputStream();
        System.setErr(new java.io.PrintStream(warnings, true, java.nio.charset.StandardCharsets.UTF_8));
        try {
            helpScreens(); // picocli reports a description it cannot format (a lone % after wrapping) on System.err
        } finally {
            System.setErr(err);
        }
        assertFalse(warnings.toString(java.nio.charset.StandardCharsets.UTF_8).contains("WARN"),
                warnings.toString(java.nio.charset.StandardCharsets.UTF_8));
    }

    @Test
    void theExtSynopsisIsPlain() {
        String help = CliRun.run("parse", "--help").out();
        assertTrue(help.contains("--ext=EXT[,EXT...]"), help);
        assertFalse(help.contains("EXT[,EXT...][,"), help);
    }

    @Test
    void eachCommandSummaryIsAWholeSentenceOnItsLine() {
        String help = CliRun.run("--help").out();
        CommandLine cl = Main.commandLine(CliContext.defaults(System.out, System.err));
        for (var e : cl.getSubcommands().entrySet()) {
            var usage = e.getValue().getCommandSpec().usageMessage();
            String summary = usage.header().length > 0 ? usage.header()[0] : usage.description()[0];
            assertTrue(summary.endsWith("."), summary);
            assertTrue(help.lines().anyMatch(l -> l.strip().startsWith(e.getKey() + " ")
                    && l.strip().substring(e.getKey().length()).strip().equals(summary)),
                    e.getKey() + " '" + summary + "' whole on one line of\n" + help);
        }
        assertTrue(help.contains("Prints each quantity found in TEXT as one JSON object."), help);
    }

    @Test
    void exitCodeThreeDoesNotCallAFolderUnreadable() {
        String help = CliRun.run("--help").out();
        assertFalse(help.contains("a directory"), help);
        assertTrue(help.contains("a folder with no documents"), help);
    }

    @Test
    void optionsTheFormatIgnoresAreWarnedAboutAndTheRunGoesOn() throws Exception {
        Path f = dir.resolve("r.txt");
        Files.writeString(f, MainTest.ROSTER, StandardCharsets.UTF_8);
        CliRun r = CliRun.run(MainTest.TEST_PLUGINS, "parse", "--excel", "--layout", "flat", f.toString());
        assertEquals(0, r.code(), r.toString());
        assertEquals(List.of("laurel: warning: --excel does nothing with --format json (it is for csv); ignored.",
                "laurel: warning: --layout does nothing with --format json (it is for csv); ignored."), r.errLines());
        CliRun csv = CliRun.run(MainTest.TEST_PLUGINS, "parse", "--format", "csv", "--compact", "--out",
                dir.resolve("out").toString(), f.toString());
        assertEquals(0, csv.code(), csv.toString());
        assertEquals(List.of("laurel: warning: --compact does nothing with --format csv (it is for json); ignored."),
                csv.errLines());
        assertEquals(List.of(), CliRun.run(MainTest.TEST_PLUGINS, "parse", "--compact", f.toString()).errLines());
    }

    @Test
    void formatAndParserNamesIgnoreCase() throws Exception {
        Path f = dir.resolve("r.txt");
        Files.writeString(f, MainTest.ROSTER, StandardCharsets.UTF_8);
        CliRun r = CliRun.run(MainTest.TEST_PLUGINS, "parse", "--format", "JSON", "--parser", "Simple-Roster",
                f.toString());
        assertEquals(0, r.code(), r.toString());
        assertTrue(r.out().contains("杭州市"), r.out());
        assertEquals(ExitCodes.USAGE, CliRun.run(MainTest.TEST_PLUGINS, "parse", "--format", "xml", f.toString()).code());
    }

    @Test
    void aDashReadsStandardInputAsOneDocument() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        PrintStream o = new PrintStream(out, false, StandardCharsets.UTF_8);
        PrintStream e = new PrintStream(err, false, StandardCharsets.UTF_8);
        CliContext context = MainTest.TEST_PLUGINS.apply(o, e)
                .withIn(new ByteArrayInputStream(MainTest.ROSTER.getBytes(StandardCharsets.UTF_8)));
        int code = Main.run(new String[] {"parse", "-"}, context);
        o.flush();
        e.flush();
        String json = out.toString(StandardCharsets.UTF_8);
        assertEquals(0, code, err.toString(StandardCharsets.UTF_8));
        assertTrue(json.contains("\"stdin\"") && json.contains("宁波市"), json);
        CliRun twice = CliRun.run(MainTest.TEST_PLUGINS, "parse", "-", "a.txt");
        MainTest.assertOneErrorLine(twice, ExitCodes.USAGE, "standard input");
    }

    @Test
    void progressLinesHaveNoGluedWordsAndNoZeroMegabytes() {
        String small = Progress.status(50, 50, 51_200, 51_200, 0, 0.05);
        assertEquals("50/50 files (100%), 51.2/51.2 kB, 1.0 MB/s, 0 refused, ETA 0:00", small);
        String bar = Progress.barLine(3, 10, 1_500_000, 5_000_000, 1, 1.5, 120);
        assertTrue(bar.matches("laurel \\[=+> *\\] 3/10 files \\(30%\\), 1\\.50/5\\.00 MB, 1\\.0 MB/s, 1 refused,"
                + " ETA 0:03"), bar);
        assertFalse(bar.matches(".*[0-9]/s[0-9].*"), bar);
        assertEquals("12.3 kB", Sizes.of(12_300));
        assertEquals("1.02 MB", Sizes.of(1_020_000));
        assertEquals("0.55/0.97 MB", Sizes.pair(550_000, 970_000));
        assertTrue(Progress.barLine(1, 2, 10, 20, 0, 1, 30).startsWith("laurel 1/2 files"), "narrow: no bar");
    }

    @Test
    void ioFailuresSayWhy(@TempDir Path tmp) throws Exception {
        assertEquals("/proc/nope: No such file or directory", IoErrors.describe(new NoSuchFileException("/proc/nope")));
        assertEquals("/x: Permission denied", IoErrors.describe(new AccessDeniedException("/x")));
        Path file = tmp.resolve("file");
        Files.writeString(file, "x");
        Path f = tmp.resolve("r.txt");
        Files.writeString(f, MainTest.ROSTER, StandardCharsets.UTF_8);
        CliRun r = CliRun.run(MainTest.TEST_PLUGINS, "parse", "--out", file.resolve("sub").toString(), f.toString());
        MainTest.assertOneErrorLine(r, ExitCodes.FAILED, "cannot write into", "Not a directory");
    }

    @Test
    void aMissingExporterNamesTheArtifact() {
        LaurelException e = org.junit.jupiter.api.Assertions.assertThrows(LaurelException.class,
                () -> Laurel.exporter("json", ExporterRegistry.of()));
        assertTrue(e.getMessage().contains("dev.laurel:laurel-exporters"), e.getMessage());
        LaurelException other = org.junit.jupiter.api.Assertions.assertThrows(LaurelException.class,
                () -> Laurel.exporter("json", ExporterRegistry.of(TestExporters.json("jsonl"))));
        assertEquals("no exporter for format 'json'; available: jsonl; add dev.laurel:laurel-exporters to the class"
                + " path for json.", other.getMessage());
        CliRun r = CliRun.run((o, err) -> new CliContext(ParserRegistry.of(), ExporterRegistry.of(), o, err),
                "parse", "x.txt");
        assertTrue(r.err().contains("dev.laurel:laurel-exporters"), r.toString());
    }
}
