package dev.laurel.examples.cli;

import dev.laurel.IoErrors;
import dev.laurel.LaurelException;
import dev.laurel.batch.BatchOptions;
import dev.laurel.batch.BatchParser;
import dev.laurel.batch.BatchResult;
import dev.laurel.batch.BatchResults;
import dev.laurel.model.Announcement;
import dev.laurel.spi.AnnouncementSink;
import dev.laurel.spi.ExportOptions;
import dev.laurel.spi.Exporter;
import dev.laurel.spi.ParseOptions;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Batch mode of {@code laurel parse}: many files, folders and glob patterns, parsed on {@code jobs}
 * threads and written as they finish, so memory does not grow with the number of files. Files that
 * cannot be read are listed in {@code errors.jsonl} (with {@code --out}) or on stderr, and the run
 * goes on; the exit code is {@link ExitCodes#INPUT} when any file was refused.
 */
final class BatchRun {

    /** Everything the command line decided. */
    record Settings(List<String> inputs, Set<String> extensions, int jobs, boolean ordered, Progress.Mode progress,
                    boolean quiet, boolean verbose, String formatName, Exporter exporter, ExportOptions exportOptions,
                    ParseOptions parseOptions, Path outDir) {
    }

    private final CliContext context;
    private final Settings s;

    BatchRun(CliContext context, Settings settings) {
        this.context = context;
        this.s = settings;
    }

    int run() {
        List<InputFiles.Arg> args = new ArrayList<>();
        for (String text : s.inputs()) {
            args.add(InputFiles.arg(text));
        }
        Path skip = s.outDir();
        InputFiles check = new InputFiles(args, s.extensions(), skip, u -> { });
        for (InputFiles.Arg arg : args) {
            checkArgument(arg, check);
        }

        OutputFolder folder = s.outDir() == null ? null : new OutputFolder(s.outDir());
        if (folder != null) {
            folder.prepareOrFail(s.inputs(), s.quiet() ? null : context.err());
        }

        long[] totals = s.quiet() || s.progress() == Progress.Mode.NONE ? new long[] {0, 0} : check.count();
        RunSummary summary = new RunSummary();
        summary.jobs = s.jobs();
        List<InputFiles.Refused> refusedByListing = new ArrayList<>();
        InputFiles files = new InputFiles(args, s.extensions(), skip, refusedByListing::add);

        BatchOptions options = new BatchOptions(s.jobs(), s.ordered(), Math.max(16, 4 * s.jobs()), s.parseOptions());
        Flushes flushes = new Flushes();
        AnnouncementSink sink = null;
        Writer errors = null;
        boolean outputFailed = false;
        Progress progress = Progress.start(s.quiet() ? Progress.Mode.NONE : s.progress(), context.err(), totals[0],
                totals[1]);
        try {
            try {
                sink = folder == null ? s.exporter().open(context.out(), s.exportOptions())
                        : s.exporter().open(folder.staging(), s.exportOptions());
                if (folder != null) {
                    errors = new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(
                            folder.staging().resolve(OutputFolder.ERRORS)), StandardCharsets.UTF_8));
                    folder.checkNames(); // before any work: the run would have to overwrite a file not Laurel's
                }
            } catch (OutputFolder.Conflict e) {
                outputFailed = true;
                throw new CliException(ExitCodes.FAILED, e.getMessage() + ".", e);
            } catch (IOException | UncheckedIOException e) {
                outputFailed = true;
                throw writeFailure(e);
            } catch (LaurelException e) {
                outputFailed = true;
                throw CliException.usage(e.getMessage());
            }
            // The workers parse and also prepare each announcement for the sink (JSON Lines encodes it there):
            // this thread only copies the bytes out, in order.
            try (BatchResults results = new BatchParser(options, context.parsers()).parsePaths(files, sink)) {
                for (BatchResult r : results) {
                    for (InputFiles.Refused u : refusedByListing) {
                        refuse(u.path().toString(), u.reason(), 0, summary, errors);
                    }
                    refusedByListing.clear();
                    if (r.isSuccess()) {
                        Announcement a = r.announcement();
                        try {
                            sink.write(r.prepared());
                            if (folder == null && flushes.due()) {
                                context.out().flush();
                            }
                            if (folder == null && StandardOutput.hasFailed(context.out())) {
                                // Stop at the first failed write to stdout instead of parsing the rest for nothing.
                                outputFailed = true;
                                throw StandardOutput.failure(context.out());
                            }
                        } catch (IOException | UncheckedIOException e) {
                            outputFailed = true;
                            throw writeFailure(e);
                        }
                        summary.add(a, r.bytes());
                        if (s.verbose()) {
                            context.err().println("laurel: " + r.name() + ": " + a.roster().size() + " roster names, "
                                    + a.awardees().size() + " awardees, " + a.allIssues().size() + " issues");
                        }
                    } else {
                        refuse(r.name(), r.reason(), r.bytes(), summary, errors);
                    }
                    progress.fileDone(r.bytes(), !r.isSuccess());
                }
                for (InputFiles.Refused u : refusedByListing) {
                    refuse(u.path().toString(), u.reason(), 0, summary, errors);
                }
            }
        } catch (IOException e) {
            outputFailed = true;
            throw writeFailure(e);
        } finally {
            progress.close();
            IOException closing = null;
            if (sink != null) {
                try {
                    sink.close();
                } catch (IOException | UncheckedIOException e) {
                    closing = e instanceof IOException io ? io : new IOException(e.getMessage(), e);
                }
            }
            if (errors != null) {
                try {
                    errors.close();
                } catch (IOException e) {
                    closing = closing == null ? e : closing;
                }
            }
            context.out().flush();
            summary.finish();
            if (closing != null && !outputFailed) {
                throw writeFailure(closing);
            }
        }
        if (folder == null) {
            StandardOutput.check(context.out());
        } else {
            // Only a run that ended places its files; a failed or killed one leaves them staged for the next to delete.
            folder.finishOrFail(s.inputs(), summary.toMap(), s.formatName());
        }
        if (!s.quiet()) {
            summary.print(context.err(), folder == null ? "the lines above" : folder.errors().toString());
        }
        return summary.refused > 0 ? ExitCodes.INPUT : ExitCodes.OK;
    }

    /**
     * When standard output is flushed: it is buffered by 1 MB, which a batch fills every few dozen records;
     * the first record and then one every second also go out at once, so that a reader of the pipe sees
     * records soon after they are parsed.
     */
    static final class Flushes {
        private static final long EVERY_NANOS = 1_000_000_000L;
        private long last;
        private boolean any;

        /** Whether to flush after the record just written. */
        boolean due() {
            long now = System.nanoTime();
            if (!any || now - last >= EVERY_NANOS) {
                any = true;
                last = now;
                return true;
            }
            return false;
        }
    }

    /** A refused input: a line in errors.jsonl (with --out, and on stderr with --verbose) or on stderr. */
    private void refuse(String path, String reason, long bytes, RunSummary summary, Writer errors) throws IOException {
        summary.refuse(bytes);
        String oneLine = Main.oneLine(reason);
        if (errors != null) {
            Map<String, String> line = new LinkedHashMap<>();
            line.put("path", path);
            line.put("reason", oneLine);
            errors.write(RunRecord.JSON.writeValueAsString(line));
            errors.write('\n');
        }
        if (errors == null || s.verbose()) {
            context.err().println("laurel: " + (oneLine.contains(path) ? "" : path + ": ") + oneLine);
        }
    }

    /** Each argument must name something: an existing file, a folder with documents, a pattern that matches. */
    private static void checkArgument(InputFiles.Arg arg, InputFiles all) {
        switch (arg.kind()) {
            case FILE -> {
                String problem = SpecialFiles.argumentProblem(arg.path());
                if (problem != null) {
                    throw new CliException(ExitCodes.INPUT, problem);
                }
            }
            case FOLDER -> {
                if (!all.namesAnything(arg)) {
                    throw new CliException(ExitCodes.INPUT, arg.path() + " is a directory with no "
                            + extensionsText(all) + " files; pass files, or --ext for other extensions.");
                }
            }
            case GLOB -> {
                if (!Files.isDirectory(arg.path())) {
                    throw new CliException(ExitCodes.INPUT, "the pattern '" + arg.text() + "' starts in " + arg.path()
                            + ", which is not a folder; check the path.");
                }
                if (!all.namesAnything(arg)) {
                    throw new CliException(ExitCodes.INPUT, "the pattern '" + arg.text()
                            + "' matches no file; check it (quote it so that the shell leaves it alone).");
                }
            }
            default -> throw new IllegalStateException(arg.kind().toString());
        }
    }

    private static String extensionsText(InputFiles files) {
        return files.extensionsText();
    }

    private CliException writeFailure(Exception e) {
        return new CliException(ExitCodes.FAILED, "cannot write the " + s.formatName() + " output"
                + (s.outDir() == null ? "" : " into " + s.outDir()) + " (" + IoErrors.describe(e) + ").", e);
    }
}
