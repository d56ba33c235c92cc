package dev.laurel.examples.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** One run of the command in memory: exit code, stdout and stderr as UTF-8 text. */
record CliRun(int code, String out, String err, byte[] outBytes) {

    /** With the plugins found on the class path, as the jar runs. */
    static CliRun run(String... args) {
        return run(null, args);
    }

    /** With explicit plugins; {@code context} null means the class path. */
    static CliRun run(java.util.function.BiFunction<PrintStream, PrintStream, CliContext> context, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        PrintStream o = new PrintStream(out, false, StandardCharsets.UTF_8);
        PrintStream e = new PrintStream(err, false, StandardCharsets.UTF_8);
        int code = context == null ? Main.run(args, o, e) : Main.run(args, context.apply(o, e));
        o.flush();
        e.flush();
        return new CliRun(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8),
                out.toByteArray());
    }

    List<String> errLines() {
        return err.lines().toList();
    }

    List<String> outLines() {
        return out.lines().toList();
    }

    @Override
    public String toString() {
        return "exit " + code + "\n--- stdout:\n" + out + "\n--- stderr:\n" + err;
    }
}
