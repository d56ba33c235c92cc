package dev.laurel;

/**
 * Input that cannot be read at all: a missing or unreadable file, bytes in no supported encoding,
 * a binary file, an output that cannot be written. The message is one sentence that names the file
 * and says what to do. Messy but readable text never throws; it yields diagnostics instead.
 */
public class LaurelException extends Exception {
    private static final long serialVersionUID = 1L;

    /**
     * A failure with a message for the user.
     *
     * @param message one sentence saying what went wrong
     */
    public LaurelException(String message) {
        super(message);
    }

    /**
     * A failure with a message for the user and the exception behind it.
     *
     * @param message one sentence saying what went wrong
     * @param cause   the exception behind it
     */
    public LaurelException(String message, Throwable cause) {
        super(message, cause);
    }
}
