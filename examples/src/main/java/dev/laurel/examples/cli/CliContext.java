package dev.laurel.examples.cli;

import dev.laurel.Laurel;
import dev.laurel.spi.ExporterRegistry;
import dev.laurel.spi.ParserRegistry;
import java.io.PrintStream;
import java.util.Objects;

/**
 * What every subcommand works with: the plugins and the two output streams. {@code out} receives the
 * command's product (JSON, lists) and {@code err} the messages for people. Tests pass explicit
 * registries; the jar uses the plugins found on the class path.
 *
 * @param parsers   the parsers to choose from
 * @param exporters the exporters to choose from
 * @param out       standard output; bytes written by exporters go here unchanged
 * @param err       standard error; one line per message
 */
public record CliContext(ParserRegistry parsers, ExporterRegistry exporters, PrintStream out, PrintStream err) {

    public CliContext {
        Objects.requireNonNull(parsers, "parsers must not be null");
        Objects.requireNonNull(exporters, "exporters must not be null");
        Objects.requireNonNull(out, "out must not be null");
        Objects.requireNonNull(err, "err must not be null");
    }

    /** The plugins found on the class path, as {@link Laurel} sees them. */
    public static CliContext defaults(PrintStream out, PrintStream err) {
        return new CliContext(Laurel.parsers(), Laurel.exporters(), out, err);
    }
}
