package dev.laurel;

import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.util.Map;

/**
 * Why an I/O operation failed, for a message: the file and the system's reason
 * ({@code /proc/nope: No such file or directory}). Java gives the common failures as exceptions whose
 * message is only the file name; their reason is taken from their class.
 */
public final class IoErrors {
    private IoErrors() {
    }

    /** The reasons the JDK leaves out of these exceptions' messages, as the system says them. */
    private static final Map<Class<? extends FileSystemException>, String> REASONS = Map.of(
            NoSuchFileException.class, "No such file or directory",
            AccessDeniedException.class, "Permission denied",
            FileAlreadyExistsException.class, "File exists",
            NotDirectoryException.class, "Not a directory",
            DirectoryNotEmptyException.class, "Directory not empty",
            FileSystemLoopException.class, "Too many levels of symbolic links");

    /**
     * The file and reason of {@code e} (or of its I/O cause), never just a file name.
     *
     * @param e the failure, an I/O exception or one caused by one
     * @return one line naming the file and the reason
     */
    public static String describe(Throwable e) {
        Throwable t = e instanceof UncheckedIOException && e.getCause() != null ? e.getCause() : e;
        if (t instanceof FileSystemException f) {
            String reason = f.getReason() != null ? f.getReason() : REASONS.getOrDefault(f.getClass(),
                    f.getClass().getSimpleName());
            return (f.getFile() == null ? "" : f.getFile() + (f.getOtherFile() == null ? "" : " -> " + f.getOtherFile())
                    + ": ") + reason;
        }
        String message = t.getMessage();
        return message == null || message.isBlank() ? t.getClass().getSimpleName() : message;
    }
}
