package dev.laurel.examples.cli;

import dev.laurel.spi.DocumentParser;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** {@code laurel parsers}: the parsers found on the class path, one per line: name and description. */
@Command(name = "parsers",
        mixinStandardHelpOptions = true,
        description = {
            "Lists the parsers found, for --parser.",
            "Each line gives a parser's name and description.",
            "Plugins that failed to load are reported on stderr."})
public final class ParsersCommand implements Callable<Integer> {

    private final CliContext context;

    public ParsersCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        Listing listing = new Listing();
        for (DocumentParser p : context.parsers().all()) {
            listing.add(p.name(), p.description());
        }
        listing.print(context.out());
        Listing.warn(context, context.parsers().warnings(), context.parsers().all().isEmpty(),
                "no parser is installed; put laurel-parsers (or another parser plugin) on the class path.");
        return ExitCodes.OK;
    }
}
