package dev.laurel.examples;

import dev.laurel.Laurel;
import dev.laurel.LaurelException;
import dev.laurel.examples.plugin.SimpleRosterParser;
import dev.laurel.model.Announcement;
import dev.laurel.model.RosterEntry;
import dev.laurel.spi.DocumentParser;
import dev.laurel.spi.ParseOptions;
import dev.laurel.spi.ParserRegistry;
import dev.laurel.spi.Source;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/**
 * Shows a third-party parser plugin at work: {@link SimpleRosterParser} is registered in this
 * module's {@code META-INF/services/dev.laurel.spi.DocumentParser}, so the default registry finds it
 * and {@link Laurel#parse(Source, ParseOptions)} picks it for roster files, with no code naming it.
 * The second half builds a registry by hand, which skips class-path scanning.
 *
 * <p>Run it after {@code mvn -B -ntp package -DskipTests}:
 * <pre>
 * java -cp examples/target/laurel.jar dev.laurel.examples.RosterPluginExample
 * </pre>
 */
public final class RosterPluginExample {

    static final String ROSTER = """
            # laurel-roster
            honor: 全国双拥模范城(县)
            province: 浙江省
            杭州市
            宁波市
            象山县
            """;

    private RosterPluginExample() {
    }

    public static void main(String[] args) throws LaurelException {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);

        out.println("Parsers found on the class path:");
        for (DocumentParser p : Laurel.parsers().all()) {
            out.println("  " + p.name() + "  " + p.description());
        }
        for (String warning : Laurel.parsers().warnings()) {
            out.println("  warning: " + warning);
        }

        Source source = Source.ofText(ROSTER, "roster.txt");
        DocumentParser chosen = Laurel.parserFor(source, ParseOptions.defaults(), Laurel.parsers());
        Announcement a = Laurel.parse(source, ParseOptions.defaults());
        out.println();
        out.println("Chosen for roster.txt: " + chosen.name());
        out.println(a.honor() + ", " + a.province() + ":");
        for (RosterEntry e : a.roster()) {
            out.println("  " + e.name() + "  (chars " + e.span().start() + "-" + e.span().end() + ")");
        }

        // Explicit plugins, no scanning: useful in tests, or to pin exactly which parsers run.
        ParserRegistry only = ParserRegistry.of(new SimpleRosterParser());
        Announcement b = Laurel.parse(source, ParseOptions.defaults(), only);
        out.println();
        out.println("With ParserRegistry.of(...): " + b.roster().size() + " names");
    }
}
