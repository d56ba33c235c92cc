package dev.laurel.examples.cli;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.PatternSyntaxException;

/**
 * The files named by the arguments of {@code laurel parse}, listed lazily so that an archive of any
 * size is never held in memory: a file is itself; a folder is every file below it (recursively, in
 * name order) whose extension is one of {@link #extensions}; a glob pattern ({@code 'archive/**}{@code /*.txt'},
 * quoted so that the shell leaves it alone) is every file it matches, whatever its extension. In a
 * pattern {@code **} crosses folders and {@code /**}{@code /} also matches no folder at all, as in
 * bash's globstar. An argument that names an existing path is that path, even when it holds glob
 * characters ({@code report[1].txt}). Hidden files and folders (names starting with a dot) and the
 * output folder are skipped. An entry that would be read but is not a plain file (a named pipe, a
 * socket, a device, a dangling symbolic link, a link loop, a link to a folder) is reported as refused
 * ({@link SpecialFiles}), as is a folder that cannot be listed. The list can be iterated more than
 * once (the first pass counts for the progress bar).
 */
final class InputFiles implements Iterable<Path> {

    /** The extensions read in folders when none are given. */
    static final List<String> DEFAULT_EXTENSIONS = List.of("txt", "htm", "html", "pdf", "docx", "xlsx");

    /** One argument: what it is and how to list it. */
    record Arg(String text, Path path, Kind kind, PathMatcher matcher, int maxDepth) {
    }

    enum Kind { FILE, FOLDER, GLOB }

    private final List<Arg> args;
    private final Set<String> extensions;
    private final Path skip;
    private final Consumer<Refused> onRefused;

    /** An entry of a folder that is not read (a folder that cannot be listed, a named pipe ...): its path and why. */
    record Refused(Path path, String reason) {
    }

    InputFiles(List<Arg> args, Set<String> extensions, Path skip, Consumer<Refused> onRefused) {
        this.args = List.copyOf(args);
        this.extensions = Set.copyOf(extensions);
        this.skip = skip == null ? null : skip.toAbsolutePath().normalize();
        this.onRefused = onRefused;
    }

    /** True when {@code s} holds glob characters. */
    static boolean isGlob(String s) {
        for (int i = 0; i < s.length(); i++) {
            if ("*?[{".indexOf(s.charAt(i)) >= 0) {
                return true;
            }
        }
        return false;
    }

    /**
     * Classifies one argument; a missing plain path is returned as FILE (checked by the caller). Throws
     * bad usage for an empty argument, a path the platform cannot name and an invalid pattern.
     */
    static Arg arg(String text) {
        if (text.isEmpty()) {
            throw CliException.usage("an empty FILE argument names no file; pass a path ('.' for the current folder).");
        }
        Path literal;
        try {
            literal = Path.of(text);
        } catch (InvalidPathException e) {
            literal = null;
        }
        if (literal != null && (!isGlob(text) || Files.exists(literal) || Files.isSymbolicLink(literal))) {
            return new Arg(text, literal, Files.isDirectory(literal) ? Kind.FOLDER : Kind.FILE, null, Integer.MAX_VALUE);
        }
        if (literal == null && !isGlob(text)) {
            throw CliException.usage("'" + text + "' is not a valid path on this system.");
        }
        try {
            return glob(text);
        } catch (PatternSyntaxException | InvalidPathException e) {
            String why = e instanceof PatternSyntaxException p ? p.getDescription() : e.getMessage();
            throw CliException.usage("'" + text + "' is not a valid glob pattern (" + Main.oneLine(why)
                    + "); check its brackets and braces, and quote it so that the shell leaves it alone.");
        }
    }

    private static Arg glob(String text) {
        String normal = text.replace('\\', '/');
        String[] parts = normal.split("/", -1);
        StringBuilder base = new StringBuilder();
        int first = 0;
        while (first < parts.length - 1 && !isGlob(parts[first])) {
            base.append(parts[first]).append('/');
            first++;
        }
        String baseText = base.length() == 0 ? "." : base.toString();
        boolean deep = normal.contains("**");
        int depth = deep ? Integer.MAX_VALUE : parts.length - first;
        Path basePath = Path.of(baseText);
        String pattern = normal;
        PathMatcher exact = FileSystems.getDefault().getPathMatcher("glob:" + pattern);
        PathMatcher matcher = exact;
        if (pattern.contains("/**/") || pattern.startsWith("**/")) {
            String shallow = pattern.replace("/**/", "/");
            if (shallow.startsWith("**/")) {
                shallow = shallow.substring(3);
            }
            PathMatcher zero = FileSystems.getDefault().getPathMatcher("glob:" + shallow);
            matcher = p -> exact.matches(p) || zero.matches(p);
        }
        return new Arg(text, basePath, Kind.GLOB, matcher, depth);
    }

    @Override
    public Iterator<Path> iterator() {
        return new Walk();
    }

    /** Number of files and their total size, by walking the list once. */
    long[] count() {
        long files = 0;
        long bytes = 0;
        for (Path p : this) {
            files++;
            try {
                bytes += Files.size(p);
            } catch (IOException e) {
                // Counted without its size; the parse reports it.
            }
        }
        return new long[] {files, bytes};
    }

    /** True when the argument names a file to read, or at least one it refuses (the check before a run). */
    boolean namesAnything(Arg arg) {
        boolean[] refused = {false};
        boolean any = new InputFiles(List.of(arg), extensions, skip, r -> refused[0] = true).iterator().hasNext();
        return any || refused[0];
    }

    /** The extensions read in folders, for messages: {@code .htm, .html or .txt}. */
    String extensionsText() {
        List<String> sorted = new ArrayList<>(extensions);
        sorted.sort(null);
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < sorted.size(); i++) {
            sb.append(i == 0 ? "" : i == sorted.size() - 1 ? " or " : ", ").append('.').append(sorted.get(i));
        }
        return sb.toString();
    }

    List<Arg> args() {
        return args;
    }

    private boolean wanted(Path file, Arg arg) {
        String name = file.getFileName().toString();
        if (name.startsWith(".")) {
            return false;
        }
        if (arg.kind() == Kind.GLOB) {
            return arg.matcher().matches(relativeForGlob(file, arg));
        }
        int dot = name.lastIndexOf('.');
        return dot > 0 && extensions.contains(name.substring(dot + 1).toLowerCase(Locale.ROOT));
    }

    /** The path as the pattern spells it: base as written, then the path below it. */
    private static Path relativeForGlob(Path file, Arg arg) {
        return arg.path().toString().equals(".") && !arg.text().startsWith("./") ? arg.path().relativize(file) : file;
    }

    /** Depth-first, name-ordered walk over the arguments, one folder listing at a time. */
    private final class Walk implements Iterator<Path> {
        private int argIndex;
        /** Folders still to list, with their depth below the argument's base. */
        private final Deque<Object[]> folders = new ArrayDeque<>();
        /** Entries of the folder being read. */
        private final Deque<Path> files = new ArrayDeque<>();
        private Arg current;
        private Path next;

        @Override
        public boolean hasNext() {
            while (next == null) {
                if (!files.isEmpty()) {
                    Path f = files.pollFirst();
                    if (wanted(f, current)) {
                        next = f;
                    }
                    continue;
                }
                if (!folders.isEmpty()) {
                    Object[] top = folders.pollFirst();
                    list((Path) top[0], (Integer) top[1]);
                    continue;
                }
                if (argIndex >= args.size()) {
                    return false;
                }
                current = args.get(argIndex++);
                if (current.kind() == Kind.FILE) {
                    next = current.path();
                } else if (Files.isDirectory(current.path())) {
                    folders.add(new Object[] {current.path(), 0});
                }
            }
            return true;
        }

        @Override
        public Path next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            Path p = next;
            next = null;
            return p;
        }

        /** Lists one folder: its files (sorted) go first, its subfolders (sorted) before the folders queued. */
        private void list(Path folder, int depth) {
            if (skip != null && folder.toAbsolutePath().normalize().equals(skip)) {
                return;
            }
            List<Path> entries = new ArrayList<>();
            try (DirectoryStream<Path> ds = Files.newDirectoryStream(folder)) {
                for (Path p : ds) {
                    entries.add(p);
                }
            } catch (IOException | InvalidPathException | SecurityException e) {
                onRefused.accept(new Refused(folder, folder + " cannot be listed (" + e.getMessage()
                        + "); check its permissions."));
                return;
            }
            entries.sort(null);
            List<Path> subfolders = new ArrayList<>();
            for (Path p : entries) {
                if (LossyDecoding.isLossy(p.getFileName().toString())) {
                    throw LossyDecoding.error("the file name '" + p + "'");
                }
                boolean descend = !p.getFileName().toString().startsWith(".") && depth + 1 < current.maxDepth();
                if (Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)) {
                    if (descend) {
                        subfolders.add(p);
                    }
                    continue;
                }
                SpecialFiles.Kind kind = Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS) ? SpecialFiles.Kind.FILE
                        : SpecialFiles.kind(p);
                if (kind == SpecialFiles.Kind.FILE) {
                    files.add(p);
                } else if (kind == SpecialFiles.Kind.FOLDER) {
                    if (descend) {
                        onRefused.accept(new Refused(p, SpecialFiles.linkedFolder(p)));
                    }
                } else if (wanted(p, current)) {
                    onRefused.accept(new Refused(p, SpecialFiles.refusal(p, kind)));
                }
            }
            for (int i = subfolders.size() - 1; i >= 0; i--) {
                folders.addFirst(new Object[] {subfolders.get(i), depth + 1});
            }
        }
    }
}
