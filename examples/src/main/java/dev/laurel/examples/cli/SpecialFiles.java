package dev.laurel.examples.cli;

import java.io.IOException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;

/**
 * What a path that is not a plain file is, and the sentence that refuses it: a named pipe (which would
 * block until some program writes to it), a socket, a device, a dangling symbolic link, a link loop. A
 * path the user names on the command line may be a pipe the shell already opened ({@code /dev/stdin},
 * {@code /dev/fd/N}, as {@code <(cmd)} gives) or a device; both are read up to the size limit.
 */
final class SpecialFiles {
    private SpecialFiles() {
    }

    enum Kind { FILE, FOLDER, FIFO, SOCKET, DEVICE, OTHER, MISSING, DANGLING_LINK, LINK_LOOP, UNREADABLE }

    /** The kind of {@code p}, following symbolic links. */
    static Kind kind(Path p) {
        BasicFileAttributes a;
        try {
            a = Files.readAttributes(p, BasicFileAttributes.class);
        } catch (NoSuchFileException e) {
            return Files.isSymbolicLink(p) ? Kind.DANGLING_LINK : Kind.MISSING;
        } catch (FileSystemException e) {
            String reason = String.valueOf(e.getReason());
            return Files.isSymbolicLink(p) && reason.contains("symbolic links") ? Kind.LINK_LOOP : Kind.UNREADABLE;
        } catch (IOException | SecurityException e) {
            return Kind.UNREADABLE;
        }
        if (a.isRegularFile()) {
            return Kind.FILE;
        }
        if (a.isDirectory()) {
            return Kind.FOLDER;
        }
        int type;
        try {
            type = (Integer) Files.getAttribute(p, "unix:mode") & 0170000;
        } catch (IOException | UnsupportedOperationException | IllegalArgumentException | SecurityException e) {
            return Kind.OTHER;
        }
        return switch (type) {
            case 0010000 -> Kind.FIFO;
            case 0140000 -> Kind.SOCKET;
            case 0020000, 0060000 -> Kind.DEVICE;
            default -> Kind.OTHER;
        };
    }

    /**
     * Why the file named on the command line cannot be read, or null when it can: a file, a device, a
     * pipe this process already holds. A folder is refused here (single-file mode).
     */
    static String argumentProblem(Path p) {
        Kind k = kind(p);
        return switch (k) {
            case FILE -> Files.isReadable(p) ? null : p + " cannot be read; check its permissions.";
            case DEVICE, OTHER -> null;
            case FIFO -> isOwnDescriptor(p) ? null : refusal(p, k);
            default -> refusal(p, k);
        };
    }

    /** The sentence that refuses {@code p} of kind {@code k} (any kind but FILE). */
    static String refusal(Path p, Kind k) {
        return switch (k) {
            case FOLDER -> p + " is a directory; pass a file.";
            case FIFO -> p + " is a named pipe (FIFO), not a file, and reading it would wait for a writer;"
                    + " to read it, redirect it: laurel parse /dev/stdin < " + p;
            case SOCKET -> p + " is a socket, not a file; pass a file.";
            case DEVICE -> p + " is a device, not a file; pass it on the command line to read it.";
            case OTHER -> p + " is not a regular file; pass a file.";
            case MISSING -> p + " does not exist; check the path.";
            case DANGLING_LINK -> p + " is a symbolic link to " + target(p) + ", which does not exist;"
                    + " fix or remove the link.";
            case LINK_LOOP -> p + " is a symbolic link that leads back to itself (a loop); fix or remove the link.";
            case UNREADABLE -> p + " cannot be read; check its permissions.";
            case FILE -> throw new IllegalArgumentException("a file is not refused: " + p);
        };
    }

    /** A symbolic link to a folder met in a folder: not followed (links can make loops), but said. */
    static String linkedFolder(Path p) {
        return p + " is a symbolic link to the folder " + target(p) + ", which is not followed;"
                + " pass that folder itself to read it.";
    }

    /** A path to a descriptor this process holds: /dev/stdin, /dev/fd/N, /proc/self/fd/N. */
    static boolean isOwnDescriptor(Path p) {
        String s = p.toAbsolutePath().normalize().toString();
        return s.equals("/dev/stdin") || s.startsWith("/dev/fd/") || s.startsWith("/proc/self/fd/")
                || s.matches("/proc/" + ProcessHandle.current().pid() + "/fd/\\d+");
    }

    private static String target(Path link) {
        try {
            return Files.readSymbolicLink(link).toString();
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            return "a missing path";
        }
    }
}
