package dev.laurel.examples.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/**
 * Standard output that tells when it could not be written. A {@link PrintStream} swallows write errors
 * (a full disk, {@code > /dev/full}, a closed pipe) and only sets a flag; this one also keeps the first
 * error, so that the message can say why. {@link #check} turns the flag into exit code 1.
 */
final class StandardOutput extends PrintStream {

    private final Recorder recorder;

    private StandardOutput(Recorder recorder) {
        super(recorder, false, StandardCharsets.UTF_8);
        this.recorder = recorder;
    }

    /** The process's standard output, buffered ({@code size} bytes), UTF-8 whatever the platform charset. */
    static StandardOutput open(int size) {
        return new StandardOutput(new Recorder(new java.io.BufferedOutputStream(
                new FileOutputStream(FileDescriptor.out), size)));
    }

    /**
     * Whether a write to {@code out} has failed so far, without flushing it ({@link PrintStream#checkError()}
     * flushes, which would make one system call per record in a batch).
     */
    static boolean hasFailed(PrintStream out) {
        return out instanceof StandardOutput s ? s.recorder.first != null : out.checkError();
    }

    /** Throws exit code 1 when a write to {@code out} has failed; flushes it first. */
    static void check(PrintStream out) {
        if (out.checkError()) {
            throw failure(out);
        }
    }

    /** The failure of {@code out}, as the one line the user sees. */
    static CliException failure(PrintStream out) {
        IOException cause = out instanceof StandardOutput s ? s.recorder.first : null;
        return new CliException(ExitCodes.FAILED, "cannot write to standard output"
                + (cause == null || cause.getMessage() == null ? "" : " (" + cause.getMessage() + ")")
                + "; check the disk or the program it is piped to.", cause);
    }

    /** Passes bytes on and keeps the first exception. */
    private static final class Recorder extends FilterOutputStream {
        IOException first;

        Recorder(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            try {
                out.write(b, off, len);
            } catch (IOException e) {
                throw keep(e);
            }
        }

        @Override
        public void write(int b) throws IOException {
            try {
                out.write(b);
            } catch (IOException e) {
                throw keep(e);
            }
        }

        @Override
        public void flush() throws IOException {
            try {
                out.flush();
            } catch (IOException e) {
                throw keep(e);
            }
        }

        private IOException keep(IOException e) {
            if (first == null) {
                first = e;
            }
            return e;
        }
    }
}
