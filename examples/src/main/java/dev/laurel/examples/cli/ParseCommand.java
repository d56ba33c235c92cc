package dev.laurel.examples.cli;

import dev.laurel.Laurel;
import dev.laurel.LaurelException;
import dev.laurel.model.Announcement;
import dev.laurel.spi.AnnouncementSink;
import dev.laurel.spi.DocumentParser;
import dev.laurel.spi.ExportOptions;
import dev.laurel.spi.Exporter;
import dev.laurel.spi.ParseOptions;
import dev.laurel.spi.Source;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.UnsupportedCharsetException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code laurel parse FILE...}: reads each file, picks a parser, and writes the records with an
 * exporter, to stdout or into a folder. Files are written as they are parsed, so a long list runs in
 * bounded memory.
 */
@Command(name = "parse",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        description = {
            "Reads announcements and writes their records.",
            "One FILE without --out: indented JSON on stdout. Several FILEs: JSON Lines "
                    + "(one compact JSON object per line), or with --format json one JSON array. "
                    + "Formats that write several files (csv) need --out."},
        footerHeading = "%nExamples:%n",
        footer = {
            "  laurel parse seeds/000_8580ebc5395fa60a.txt",
            "  laurel parse a.txt b.txt > all.jsonl",
            "  laurel parse --format csv --excel --out tables/ a.txt b.txt",
            "  laurel parse --charset GB18030 --parser commendation-text old.txt"})
public final class ParseCommand implements Callable<Integer> {

    static final String JSON = "json";
    static final String JSON_LINES = "jsonl";

    @Parameters(paramLabel = "FILE", arity = "1..*", description = "Documents to read (text or HTML).")
    List<Path> files;

    @Option(names = {"-f", "--format"}, paramLabel = "NAME",
            description = "Output format, any name 'laurel formats' lists "
                    + "(default: json for one file, jsonl for several).")
    String format;

    @Option(names = {"-o", "--out"}, paramLabel = "DIR",
            description = "Write files into this folder (created if needed) instead of stdout.")
    Path outDir;

    @Option(names = {"-p", "--parser"}, paramLabel = "NAME",
            description = "Use this parser ('laurel parsers' lists them) instead of the most confident one.")
    String parser;

    @Option(names = "--charset", paramLabel = "NAME",
            description = "Decode the input with this charset (UTF-8, GB18030, UTF-16LE, ...) instead of detecting it.")
    String charset;

    @Option(names = "--layout", paramLabel = "tables|flat",
            description = "CSV layout: related tables joined by keys (default), or one flat metrics table.")
    String layout;

    @Option(names = "--excel",
            description = "CSV for Excel: a UTF-8 byte order mark, cells guarded against formula injection.")
    boolean excel;

    @Option(names = "--compact", description = "JSON on one line instead of indented (JSON Lines are always compact).")
    boolean compact;

    @Option(names = {"-v", "--verbose"},
            description = "Report each file on stderr; print the stack trace of an error.")
    boolean verbose;

    private final CliContext context;

    public ParseCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        // Check every argument before reading anything, so that bad usage writes no partial output.
        Charset cs = charset();
        String formatName = format != null ? format : files.size() == 1 ? JSON : JSON_LINES;
        Exporter exporter = exporter(formatName);
        ExportOptions exportOptions = exportOptions();
        ParseOptions parseOptions = ParseOptions.defaults().withCharset(cs);
        if (parser != null) {
            if (parser.isBlank() || context.parsers().find(parser).isEmpty()) {
                throw CliException.usage("unknown parser '" + parser + "'; available: "
                        + String.join(", ", context.parsers().names()) + " (see 'laurel parsers').");
            }
            parseOptions = parseOptions.withParser(parser);
        }
        if (outDir == null && !exporter.writesToStream(exportOptions)) {
            throw CliException.usage("format '" + formatName + "' writes several files with these options;"
                    + " add --out DIR" + ("csv".equals(formatName) ? " (or --layout flat for one table on stdout)." : "."));
        }
        if (outDir != null && Files.exists(outDir) && !Files.isDirectory(outDir)) {
            throw CliException.usage("--out " + outDir + " is a file; pass a folder.");
        }
        for (Path file : files) {
            checkReadable(file);
        }

        int count = 0;
        AnnouncementSink sink = null;
        boolean failed = true;
        try {
            for (Path file : files) {
                Announcement announcement = parse(file, parseOptions);
                if (sink == null) {
                    sink = outDir == null ? exporter.open(context.out(), exportOptions)
                            : exporter.open(outDir, exportOptions);
                }
                sink.write(announcement);
                count++;
            }
            failed = false;
        } catch (IOException | UncheckedIOException e) {
            throw writeFailure(formatName, e);
        } finally {
            if (sink != null) {
                try {
                    sink.close();
                } catch (IOException | UncheckedIOException e) {
                    if (!failed) {
                        // Only report a failure to finish when nothing failed before; else keep the first error.
                        throw writeFailure(formatName, e);
                    }
                }
            }
        }
        context.out().flush();
        if (verbose) {
            context.err().println("laurel: wrote " + count + (count == 1 ? " announcement" : " announcements")
                    + " as " + formatName + (outDir == null ? " to stdout" : " into " + outDir));
        }
        return ExitCodes.OK;
    }

    private Announcement parse(Path file, ParseOptions options) {
        try {
            Source source = Source.of(file, options.charset());
            DocumentParser chosen = Laurel.parserFor(source, options, context.parsers());
            Announcement a = chosen.parse(source, options);
            if (verbose) {
                context.err().println("laurel: " + file + ": " + chosen.name() + ", " + source.charset().name()
                        + (source.charsetDetected() ? " (detected)" : "") + ", " + a.roster().size() + " roster names, "
                        + a.awardees().size() + " awardees, " + a.allIssues().size() + " issues");
            }
            return a;
        } catch (LaurelException e) {
            throw new CliException(ExitCodes.INPUT, e.getMessage(), e);
        }
    }

    private static void checkReadable(Path file) {
        if (Files.isDirectory(file)) {
            throw new CliException(ExitCodes.INPUT, file + " is a directory; pass a file.");
        }
        if (!Files.exists(file)) {
            throw new CliException(ExitCodes.INPUT, file + " does not exist; check the path.");
        }
        if (!Files.isReadable(file)) {
            throw new CliException(ExitCodes.INPUT, file + " cannot be read; check its permissions.");
        }
    }

    private CliException writeFailure(String formatName, Exception e) {
        return new CliException(ExitCodes.FAILED, "cannot write the " + formatName + " output"
                + (outDir == null ? "" : " into " + outDir) + " (" + e.getMessage() + ").", e);
    }

    private Charset charset() {
        if (charset == null) {
            return null;
        }
        try {
            return Charset.forName(charset);
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            throw CliException.usage("unknown charset '" + charset + "'; try UTF-8, GB18030, UTF-16LE or UTF-16BE.");
        }
    }

    private Exporter exporter(String name) {
        return context.exporters().find(name).orElseThrow(() -> CliException.usage(
                "unknown format '" + name + "'; available: "
                        + (context.exporters().names().isEmpty() ? "none (no exporter is installed)"
                                : String.join(", ", context.exporters().names()))
                        + " (see 'laurel formats')."));
    }

    private ExportOptions exportOptions() {
        String chosenLayout = layout == null ? ExportOptions.TABLES : layout;
        if (!chosenLayout.equals(ExportOptions.TABLES) && !chosenLayout.equals(ExportOptions.FLAT)) {
            throw CliException.usage("--layout must be 'tables' or 'flat', not '" + layout + "'.");
        }
        return new ExportOptions(!compact, excel, chosenLayout);
    }
}
