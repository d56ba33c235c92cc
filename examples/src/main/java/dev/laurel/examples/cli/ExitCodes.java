package dev.laurel.examples.cli;

/** The exit codes of the {@code laurel} command. */
public final class ExitCodes {
    private ExitCodes() {
    }

    /** Done. */
    public static final int OK = 0;
    /** Output (stdout included) could not be written, or an unexpected internal error (a bug: rerun with --verbose and report it). */
    public static final int FAILED = 1;
    /** Bad usage: an unknown command or option, an unknown format or parser, a bad charset name. */
    public static final int USAGE = 2;
    /**
     * Unreadable input: a missing file, a folder with no documents, a pattern that matches nothing, undecodable
     * bytes, a binary file, a document no parser reads, a document too large for the memory Java was given; in
     * batch mode, some files could not be read (the others were written).
     */
    public static final int INPUT = 3;
}
