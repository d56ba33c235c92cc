package dev.laurel.examples.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The {@code --out} folder of a run. A run writes into a staging folder inside it ({@value #STAGING})
 * and only places its files when it ends, after listing them by name and content hash in
 * {@link RunRecord} ({@code laurel-run.json}); so everything a run leaves in the folder is in its record
 * or in the staging folder, even when it is killed midway. The next run deletes the listed files whose
 * content is unchanged and the staging folder, and nothing else: a file the user changed, or wrote
 * under the name of an output, is kept, and a run that would overwrite it stops instead.
 *
 * <p>Use: {@link #prepare}, write into {@link #staging()}, {@link #checkNames} as soon as the exporter
 * has opened its files, then {@link #finish}.
 */
final class OutputFolder {

    /** Where a run writes until it ends; hidden, so that batch mode never reads it as input. */
    static final String STAGING = ".laurel-partial";
    /** The refused inputs, one JSON object per line: {@code {"path": ..., "reason": ...}}. */
    static final String ERRORS = "errors.jsonl";

    private final Path folder;
    private final Path staging;

    /** What {@link #prepare} did: the files deleted and those kept because they changed. */
    record Prepared(List<String> deleted, List<String> kept) {
    }

    OutputFolder(Path folder) {
        this.folder = Objects.requireNonNull(folder, "folder");
        this.staging = folder.resolve(STAGING);
    }

    Path folder() {
        return folder;
    }

    /** The folder the exporter writes into during the run. */
    Path staging() {
        return staging;
    }

    /** Where errors.jsonl is when the run has ended. */
    Path errors() {
        return folder.resolve(ERRORS);
    }

    /**
     * Deletes the files of the previous run that are unchanged, and what a killed run left in the
     * staging folder; records that a run is under way; creates an empty staging folder.
     */
    Prepared prepare(List<String> inputs) throws IOException {
        Files.createDirectories(folder);
        RunRecord previous = RunRecord.read(folder);
        List<String> deleted = new ArrayList<>();
        List<String> kept = new ArrayList<>();
        if (previous != null) {
            for (RunRecord.Entry e : previous.files()) {
                Path p = plainChild(e.name());
                if (p == null || !Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)) {
                    continue;
                }
                if (e.sha256() != null && e.sha256().equals(RunRecord.sha256(p))) {
                    Files.delete(p);
                    deleted.add(e.name());
                } else {
                    kept.add(e.name());
                }
            }
        }
        clearStaging();
        new RunRecord(RunRecord.RUNNING, List.of(), inputs, Map.of()).write(folder);
        Files.createDirectory(staging);
        return new Prepared(deleted, kept);
    }

    /**
     * Throws when a file the run has created (so far) would replace a file in the folder that is not
     * Laurel's: the user's own, or an output the user changed. Call it early to stop before any work.
     */
    void checkNames() throws IOException {
        for (Path p : staged()) {
            Path target = folder.resolve(p.getFileName().toString());
            if (Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
                throw new Conflict(target + " is there and Laurel did not write it (or it changed since);"
                        + " move it away or choose another --out folder");
            }
        }
    }

    /** Lists the staged files in the record, then moves them into the folder. Returns their names. */
    List<String> finish(List<String> inputs, Map<String, Object> summary) throws IOException {
        checkNames();
        List<RunRecord.Entry> entries = new ArrayList<>();
        List<Path> files = staged();
        for (Path p : files) {
            entries.add(new RunRecord.Entry(p.getFileName().toString(), RunRecord.sha256(p)));
        }
        // The record first: if the run is killed while moving, the next run knows every file.
        new RunRecord(RunRecord.COMPLETE, entries, inputs, summary).write(folder);
        List<String> names = new ArrayList<>();
        for (Path p : files) {
            Path target = folder.resolve(p.getFileName().toString());
            try {
                Files.move(p, target, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(p, target);
            }
            names.add(target.getFileName().toString());
        }
        Files.delete(staging);
        return names;
    }

    /** {@link #prepare} for the command: says what it deleted and kept on {@code err} (null: quiet); exit 1 on failure. */
    Prepared prepareOrFail(List<String> inputs, PrintStream err) {
        Prepared p;
        try {
            p = prepare(inputs);
        } catch (Conflict e) {
            throw new CliException(ExitCodes.FAILED, e.getMessage() + ".", e);
        } catch (IOException | UncheckedIOException e) {
            throw new CliException(ExitCodes.FAILED, "cannot write into " + folder + " (" + dev.laurel.IoErrors.describe(e)
                    + "); check that it is a writable folder.", e);
        }
        if (err != null && !p.deleted().isEmpty()) {
            err.println("laurel: replaced the output of the previous run in " + folder + " (deleted "
                    + String.join(", ", p.deleted()) + ")");
        }
        if (err != null) {
            for (String name : p.kept()) {
                err.println("laurel: kept " + folder.resolve(name) + ": it changed since the previous run wrote it");
            }
        }
        return p;
    }

    /** {@link #finish} for the command; exit 1 on failure. */
    List<String> finishOrFail(List<String> inputs, Map<String, Object> summary, String formatName) {
        try {
            return finish(inputs, summary);
        } catch (Conflict e) {
            throw new CliException(ExitCodes.FAILED, e.getMessage() + "; this run's output is in " + staging
                    + " until the next run.", e);
        } catch (IOException | UncheckedIOException e) {
            throw new CliException(ExitCodes.FAILED, "cannot write the " + formatName + " output into " + folder
                    + " (" + dev.laurel.IoErrors.describe(e) + ").", e);
        }
    }

    /** The folder cannot be used as it is: a file there is not Laurel's. The message is one sentence without its period. */
    static class Conflict extends IOException {
        private static final long serialVersionUID = 1L;

        Conflict(String message) {
            super(message);
        }
    }

    /** The regular files in the staging folder, by name; a folder in it is an error (exporters write files). */
    private List<Path> staged() throws IOException {
        List<Path> out = new ArrayList<>();
        try (DirectoryStream<Path> ds = Files.newDirectoryStream(staging)) {
            for (Path p : ds) {
                if (!Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)) {
                    throw new IOException(p + " is not a file; the exporter wrote something Laurel cannot place");
                }
                out.add(p);
            }
        }
        out.sort(null);
        return out;
    }

    /** Deletes the staging folder a killed run left: its files, then the folder. */
    private void clearStaging() throws IOException {
        Files.deleteIfExists(folder.resolve("." + RunRecord.NAME + ".tmp"));
        if (!Files.isDirectory(staging, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        try (DirectoryStream<Path> ds = Files.newDirectoryStream(staging)) {
            for (Path p : ds) {
                if (Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)) {
                    Files.delete(p);
                }
            }
        }
        Files.delete(staging); // fails, and says so, if something other than Laurel's files is in it
    }

    /** {@code folder/name} when the name is a plain file name (a record cannot point elsewhere), else null. */
    private Path plainChild(String name) {
        if (name == null || name.isEmpty()) {
            return null;
        }
        Path p = folder.resolve(name).normalize();
        return p.getParent() != null && p.getParent().equals(folder.normalize())
                && p.getFileName().toString().equals(name) ? p : null;
    }
}
