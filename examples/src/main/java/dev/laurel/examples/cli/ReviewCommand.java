package dev.laurel.examples.cli;

import dev.laurel.IoErrors;
import dev.laurel.Laurel;
import dev.laurel.LaurelException;
import dev.laurel.exporters.html.HtmlExporter;
import dev.laurel.model.Announcement;
import dev.laurel.spi.DocumentParser;
import dev.laurel.spi.ParseOptions;
import dev.laurel.spi.Source;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.UnsupportedCharsetException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code laurel review FILE}: parses one document and writes its review page (format {@code html}) into a
 * new temporary folder, or into {@code --out}, then prints the page's path.
 */
@Command(name = "review",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        description = {
            "Writes the review page of one document and prints its path.",
            "The page shows the text with every span the records point at marked, beside the records; "
                    + "open it in a browser.",
            "The page is one self-contained HTML file (no network). For many documents, "
                    + "use 'laurel parse --format html --out DIR' (one page each and an index.html)."},
        footerHeading = "%nExamples:%n",
        footer = {
            "  laurel review seeds/000_8580ebc5395fa60a.txt",
            "  xdg-open \"$(laurel review seeds/000_8580ebc5395fa60a.txt)\""})
public final class ReviewCommand implements Callable<Integer> {

    @Parameters(paramLabel = "FILE", description = "The document to read (text or HTML).")
    Path file;

    @Option(names = {"-o", "--out"}, paramLabel = "DIR",
            description = "Write the page into this folder (created if needed) instead of a new temporary folder.")
    Path outDir;

    @Option(names = {"-p", "--parser"}, paramLabel = "NAME", description = "Use this parser ('laurel parsers').")
    String parser;

    @Option(names = "--charset", paramLabel = "NAME", description = "Decode the input with this charset.")
    String charset;

    @Option(names = {"-v", "--verbose"}, description = "Print the stack trace of an error.")
    boolean verbose;

    private final CliContext context;

    public ReviewCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() throws LaurelException {
        ParseOptions options = ParseOptions.defaults().withCharset(charset());
        if (parser != null) {
            String name = ParseCommand.named(context.parsers().names(), parser);
            if (name == null) {
                throw CliException.usage("unknown parser '" + parser + "'; available: "
                        + String.join(", ", context.parsers().names()) + " (see 'laurel parsers').");
            }
            options = options.withParser(name);
        }
        if (outDir != null && Files.exists(outDir) && !Files.isDirectory(outDir)) {
            throw CliException.usage("--out " + outDir + " is a file; pass a folder.");
        }
        String problem = SpecialFiles.argumentProblem(file);
        if (problem != null) {
            throw new CliException(ExitCodes.INPUT, problem);
        }
        Source source = Source.of(file, options.charset());
        DocumentParser chosen = Laurel.parserFor(source, options, context.parsers());
        Announcement a = chosen.parse(source, options);
        Path page;
        try {
            Path dir = outDir != null ? Files.createDirectories(outDir) : Files.createTempDirectory("laurel-review-");
            page = dir.resolve(HtmlExporter.pageName(a));
            try (OutputStream out = Files.newOutputStream(page)) {
                HtmlExporter.writePage(a, out, null);
            }
        } catch (IOException e) {
            throw new CliException(ExitCodes.FAILED, "cannot write the review page"
                    + (outDir == null ? "" : " into " + outDir) + " (" + IoErrors.describe(e) + ").", e);
        }
        context.out().println(page.toAbsolutePath());
        StandardOutput.check(context.out());
        return ExitCodes.OK;
    }

    private Charset charset() {
        if (charset == null) {
            return null;
        }
        try {
            return Charset.forName(charset);
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            throw CliException.usage("unknown charset '" + charset + "'; try UTF-8, GB18030, UTF-16LE or UTF-16BE.");
        }
    }
}
