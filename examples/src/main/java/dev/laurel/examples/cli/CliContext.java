package dev.laurel.examples.cli;

import dev.laurel.Laurel;
import dev.laurel.spi.ExporterRegistry;
import dev.laurel.spi.ParserRegistry;
import java.io.InputStream;
import java.io.PrintStream;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * What every subcommand works with: the plugins and the two output streams. {@code out} receives the
 * command's product (JSON, lists) and {@code err} the messages for people. Tests pass explicit
 * registries; the jar uses the plugins found on the class path, loaded on first use, so that a command that
 * needs none ({@code --version}, {@code --help}, {@code quantities}) does not load the parsers and the gazetteer.
 */
public final class CliContext {
    private final Supplier<ParserRegistry> parsers;
    private final Supplier<ExporterRegistry> exporters;
    private final PrintStream out;
    private final PrintStream err;
    private final InputStream in;

    /**
     * @param parsers   the parsers to choose from
     * @param exporters the exporters to choose from
     * @param out       standard output; bytes written by exporters go here unchanged
     * @param err       standard error; one line per message
     */
    public CliContext(ParserRegistry parsers, ExporterRegistry exporters, PrintStream out, PrintStream err) {
        this(() -> parsers, () -> exporters, out, err, System.in);
        Objects.requireNonNull(parsers, "parsers must not be null");
        Objects.requireNonNull(exporters, "exporters must not be null");
    }

    private CliContext(Supplier<ParserRegistry> parsers, Supplier<ExporterRegistry> exporters, PrintStream out,
                       PrintStream err, InputStream in) {
        this.parsers = parsers;
        this.exporters = exporters;
        this.out = Objects.requireNonNull(out, "out must not be null");
        this.err = Objects.requireNonNull(err, "err must not be null");
        this.in = Objects.requireNonNull(in, "in must not be null");
    }

    /** The plugins found on the class path, as {@link Laurel} sees them, each loaded when first asked for. */
    public static CliContext defaults(PrintStream out, PrintStream err) {
        return new CliContext(once(Laurel::parsers), once(Laurel::exporters), out, err, System.in);
    }

    /** This context reading standard input ({@code laurel parse -}) from {@code in}. */
    public CliContext withIn(InputStream in) {
        return new CliContext(parsers, exporters, out, err, in);
    }

    public ParserRegistry parsers() {
        return parsers.get();
    }

    public ExporterRegistry exporters() {
        return exporters.get();
    }

    public PrintStream out() {
        return out;
    }

    public PrintStream err() {
        return err;
    }

    /** Standard input. */
    public InputStream in() {
        return in;
    }

    /** {@code loader}'s value, computed on the first call and kept. */
    private static <T> Supplier<T> once(Supplier<T> loader) {
        return new Supplier<>() {
            private T value;

            @Override
            public synchronized T get() {
                if (value == null) {
                    value = loader.get();
                }
                return value;
            }
        };
    }
}
