package dev.laurel.examples.cli;

import dev.laurel.spi.ExportOptions;
import dev.laurel.spi.Exporter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** {@code laurel formats}: the exporters found on the class path: format name and description. */
@Command(name = "formats",
        mixinStandardHelpOptions = true,
        description = {
            "Lists the output formats found, for --format.",
            "Each line gives a format's name and description.",
            "Formats marked [needs --out] write several files into a folder.",
            "Plugins that failed to load are reported on stderr."})
public final class FormatsCommand implements Callable<Integer> {

    private final CliContext context;

    public FormatsCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        Listing listing = new Listing();
        for (Exporter e : context.exporters().all()) {
            listing.add(e.format(), e.description() + (e.writesToStream(ExportOptions.defaults()) ? "" : " [needs --out]"));
        }
        listing.print(context.out());
        Listing.warn(context, context.exporters().warnings(), context.exporters().all().isEmpty(),
                "no exporter is installed; put laurel-exporters (or another exporter plugin) on the class path.");
        return ExitCodes.OK;
    }
}
