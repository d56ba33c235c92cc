package dev.laurel.examples.cli;

import dev.laurel.IoErrors;
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
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
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
                    + "Formats that write several files (csv) need --out.",
            "",
            "Batch mode (several inputs, a folder, a glob pattern, or --jobs): files are parsed on --jobs "
                    + "threads and written as they finish, in input order; memory does not grow with the number "
                    + "of files. A folder is read recursively for .txt, .htm, .html, .pdf, .docx and .xlsx files (see --ext); "
                    + "a quoted glob pattern such as 'archive/**/*.txt' takes every file it matches. "
                    + "A file that cannot be read does not stop the run: it is listed in errors.jsonl in the "
                    + "--out folder (path, reason), or on stderr without --out. Progress goes to stderr "
                    + "(a bar on a terminal, else a line every 5 s) and a summary at the end. "
                    + "With --out the files appear when the run ends (until then they are in DIR/.laurel-partial), "
                    + "recorded by name and SHA-256 in DIR/laurel-run.json; running again into the same folder "
                    + "first deletes the recorded files that are unchanged, and nothing else."},
        footerHeading = "%nExamples:%n",
        footer = {
            "  laurel parse seeds/000_8580ebc5395fa60a.txt",
            "  laurel parse a.txt b.txt > all.jsonl",
            "  laurel parse --format csv --excel --out tables/ a.txt b.txt",
            "  laurel parse --charset GB18030 --parser commendation-text old.txt",
            "  laurel parse --jobs 2 --out results/ archive/",
            "  laurel parse --format csv --out tables/ 'archive/**/*.txt'",
            "",
            "Exit codes in batch mode: 0 every file was read; 3 some files could not be read "
                    + "(the others were written; see errors.jsonl); 1 the output could not be written; "
                    + "2 bad usage. An argument that names nothing (a missing file, a folder without documents, "
                    + "a pattern that matches nothing) stops the run before any output, with exit 3."})
public final class ParseCommand implements Callable<Integer> {

    static final String JSON = "json";
    static final String JSON_LINES = "jsonl";
    /** The FILE that means standard input, and the source name it is given. */
    static final String STDIN = "-";
    static final String STDIN_NAME = "stdin";

    @Parameters(paramLabel = "FILE", arity = "1..*",
            description = "Documents to read (text or HTML): files, folders (recursive) or quoted glob patterns; "
                    + "- reads standard input as one document.")
    List<String> files;

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

    @Option(names = "--compact", description = "JSON on one line instead of indented, in the lean form of JSON Lines.")
    boolean compact;

    @Option(names = "--full",
            description = "JSON and JSON Lines: write every member of the contract. By default JSON Lines (and --compact "
                    + "JSON) leave out the members whose value is null, an empty list or false, which readers "
                    + "take back as such (about 15 per cent less output).")
    boolean full;

    @Option(names = {"-j", "--jobs"}, paramLabel = "N",
            description = "Batch mode: parse on N threads (default: all processors).")
    Integer jobs;

    @Option(names = "--ext", paramLabel = "EXT", split = ",",
            description = "Batch mode: the extensions read in folders (default: txt,htm,html).")
    List<String> extensions;

    @Option(names = "--order", paramLabel = "input|completion",
            description = "Batch mode: write records in input order (default), or as each file completes.")
    String order;

    @Option(names = "--progress", paramLabel = "auto|bar|log|none",
            description = "Batch mode: a bar when stderr is a terminal, else a line every 5 s (auto, the default); "
                    + "or force one.")
    String progress;

    @Option(names = {"-q", "--quiet"}, description = "Batch mode: no progress and no summary; errors only.")
    boolean quiet;

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
        boolean batch = isBatch();
        Exporter exporter = exporter(format != null ? format : batch ? JSON_LINES : JSON);
        String formatName = exporter.format();
        ExportOptions exportOptions = exportOptions(formatName);
        ParseOptions parseOptions = ParseOptions.defaults().withCharset(cs);
        if (parser != null) {
            String name = named(context.parsers().names(), parser);
            if (parser.isBlank() || name == null) {
                throw CliException.usage("unknown parser '" + parser + "'; available: "
                        + String.join(", ", context.parsers().names()) + " (see 'laurel parsers').");
            }
            parseOptions = parseOptions.withParser(name);
        }
        if (outDir == null && !exporter.writesToStream(exportOptions)) {
            throw CliException.usage("format '" + formatName + "' writes several files with these options;"
                    + " add --out DIR" + ("csv".equals(formatName) ? " (or --layout flat for one table on stdout)." : "."));
        }
        if (batch && outDir == null && "html".equals(formatName)) {
            throw CliException.usage("format 'html' writes one page per document; add --out DIR"
                    + " (one page each and an index.html).");
        }
        if (outDir != null && outDir.toString().isEmpty()) {
            throw CliException.usage("--out needs a folder; pass '.' for the current folder.");
        }
        if (outDir != null && Files.exists(outDir) && !Files.isDirectory(outDir)) {
            throw CliException.usage("--out " + outDir + " is a file; pass a folder.");
        }
        Set<String> given = new LinkedHashSet<>();
        if (compact) {
            given.add("--compact");
        }
        if (full) {
            given.add("--full");
        }
        if (excel) {
            given.add("--excel");
        }
        if (layout != null) {
            given.add("--layout");
        }
        for (String warning : FormatOptions.warnings(formatName, given)) {
            context.err().println("laurel: " + warning);
        }
        context.err().flush();
        if (batch) {
            return new BatchRun(context, new BatchRun.Settings(files, extensions(), jobs(), ordered(), progressMode(),
                    quiet, verbose, formatName, exporter, exportOptions, parseOptions, outDir)).run();
        }
        boolean stdin = files.get(0).equals(STDIN);
        Path file = stdin ? null : InputFiles.arg(files.get(0)).path();
        String problem = stdin ? null : SpecialFiles.argumentProblem(file);
        if (problem != null) {
            throw new CliException(ExitCodes.INPUT, problem);
        }

        int count = 0;
        AnnouncementSink sink = null;
        boolean failed = true;
        Announcement announcement = parse(file, parseOptions); // an unreadable file leaves --out as it was
        // With --out, the same bookkeeping as batch mode: staged files, placed and recorded in laurel-run.json.
        OutputFolder folder = outDir == null ? null : new OutputFolder(outDir);
        if (folder != null) {
            folder.prepareOrFail(files, quiet ? null : context.err());
        }
        try {
            sink = folder == null ? exporter.open(context.out(), exportOptions)
                    : exporter.open(folder.staging(), exportOptions);
            if (folder != null) {
                folder.checkNames();
            }
            sink.write(announcement);
            count++;
            failed = false;
        } catch (OutputFolder.Conflict e) {
            throw new CliException(ExitCodes.FAILED, e.getMessage() + ".", e);
        } catch (IOException | UncheckedIOException e) {
            throw writeFailure(formatName, e);
        } catch (LaurelException e) {
            throw CliException.usage(e.getMessage());
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
        if (folder == null) {
            StandardOutput.check(context.out());
        } else {
            RunSummary summary = new RunSummary();
            summary.jobs = 1;
            summary.add(announcement, announcement.source().bytes());
            summary.finish();
            folder.finishOrFail(files, summary.toMap(), formatName);
        }
        if (verbose) {
            context.err().println("laurel: wrote " + count + (count == 1 ? " announcement" : " announcements")
                    + " as " + formatName + (outDir == null ? " to stdout" : " into " + outDir));
        }
        return ExitCodes.OK;
    }

    /** Batch mode: several inputs, a folder, a glob pattern, or --jobs. One plain file is read as before. */
    private boolean isBatch() {
        if (files.contains(STDIN) && (files.size() > 1 || jobs != null)) {
            throw CliException.usage("- (standard input) is read as the only FILE, without --jobs;"
                    + " pass files, or pipe one document.");
        }
        List<InputFiles.Arg> args = files.stream().map(InputFiles::arg).toList(); // bad usage before anything is read
        return args.size() > 1 || jobs != null || args.get(0).kind() != InputFiles.Kind.FILE;
    }

    private int jobs() {
        if (jobs == null) {
            return Runtime.getRuntime().availableProcessors();
        }
        if (jobs < 1 || jobs > 1024) {
            throw CliException.usage("--jobs must be between 1 and 1024, not " + jobs + ".");
        }
        return jobs;
    }

    private Set<String> extensions() {
        if (extensions == null || extensions.isEmpty()) {
            return new LinkedHashSet<>(InputFiles.DEFAULT_EXTENSIONS);
        }
        Set<String> out = new LinkedHashSet<>();
        for (String e : extensions) {
            String x = e.strip().toLowerCase(Locale.ROOT);
            x = x.startsWith(".") ? x.substring(1) : x;
            if (x.isEmpty() || x.contains("/")) {
                throw CliException.usage("--ext takes extensions such as txt,html, not '" + e + "'.");
            }
            out.add(x);
        }
        return out;
    }

    private boolean ordered() {
        if (order == null || order.equalsIgnoreCase("input")) {
            return true;
        }
        if (order.equalsIgnoreCase("completion")) {
            return false;
        }
        throw CliException.usage("--order must be 'input' or 'completion', not '" + order + "'.");
    }

    private Progress.Mode progressMode() {
        if (progress == null) {
            return Progress.Mode.AUTO;
        }
        try {
            return Progress.Mode.valueOf(progress.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw CliException.usage("--progress must be auto, bar, log or none, not '" + progress + "'.");
        }
    }

    /** Parses {@code file}, or standard input when it is null. */
    private Announcement parse(Path file, ParseOptions options) {
        try {
            Source source = file == null ? Source.of(context.in(), STDIN_NAME, options.charset())
                    : Source.of(file, options.charset());
            DocumentParser chosen = Laurel.parserFor(source, options, context.parsers());
            Announcement a = Laurel.parse(source, options, chosen);
            if (verbose) {
                context.err().println("laurel: " + source.name() + ": " + chosen.name() + ", " + source.charset().name()
                        + (source.charsetDetected() ? " (detected)" : "") + ", " + a.roster().size() + " roster names, "
                        + a.awardees().size() + " awardees, " + a.allIssues().size() + " issues");
            }
            return a;
        } catch (LaurelException e) {
            throw new CliException(ExitCodes.INPUT, e.getMessage(), e);
        } catch (OutOfMemoryError e) {
            // What batch mode says of such a file; the document and its text are garbage by now.
            throw new CliException(ExitCodes.INPUT, "out of memory while parsing " + (file == null ? STDIN_NAME : file)
                    + "; give Java more memory (-Xmx).", e);
        } catch (StackOverflowError e) {
            throw new CliException(ExitCodes.FAILED, "internal error while parsing " + (file == null ? STDIN_NAME : file) + " (" + e
                    + "); please report it.", e);
        }
    }

    private CliException writeFailure(String formatName, Exception e) {
        return new CliException(ExitCodes.FAILED, "cannot write the " + formatName + " output"
                + (outDir == null ? "" : " into " + outDir) + " (" + IoErrors.describe(e) + ").", e);
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

    /** The name of {@code names} that equals {@code given} ignoring case (an exact match first), or null. */
    static String named(List<String> names, String given) {
        if (names.contains(given)) {
            return given;
        }
        return names.stream().filter(n -> n.equalsIgnoreCase(given)).findFirst().orElse(null);
    }

    private Exporter exporter(String given) {
        String found = named(context.exporters().names(), given);
        String name = found == null ? given : found;
        return context.exporters().find(name).orElseThrow(() -> CliException.usage(
                "unknown format '" + name + "'; available: "
                        + (context.exporters().names().isEmpty()
                                ? "none (no exporter is installed; add dev.laurel:laurel-exporters to the class path)"
                                : String.join(", ", context.exporters().names()))
                        + " (see 'laurel formats')."));
    }

    private ExportOptions exportOptions(String formatName) {
        String chosenLayout = layout == null ? ExportOptions.TABLES : layout.toLowerCase(Locale.ROOT);
        if (!chosenLayout.equals(ExportOptions.TABLES) && !chosenLayout.equals(ExportOptions.FLAT)) {
            throw CliException.usage("--layout must be 'tables' or 'flat', not '" + layout + "'.");
        }
        boolean lean = !full && (compact || JSON_LINES.equals(formatName));
        return new ExportOptions(!compact, excel, chosenLayout, lean);
    }
}
