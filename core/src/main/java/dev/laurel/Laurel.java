package dev.laurel;

import dev.laurel.batch.BatchOptions;
import dev.laurel.batch.BatchParser;
import dev.laurel.batch.BatchResults;
import dev.laurel.model.Announcement;
import dev.laurel.model.SourceInfo;
import dev.laurel.spi.AnnouncementReader;
import dev.laurel.spi.AnnouncementSink;
import dev.laurel.spi.DocumentParser;
import dev.laurel.spi.ExportOptions;
import dev.laurel.spi.Exporter;
import dev.laurel.spi.ExporterRegistry;
import dev.laurel.spi.ParseOptions;
import dev.laurel.spi.ParserRegistry;
import dev.laurel.spi.ReaderRegistry;
import dev.laurel.spi.Source;
import dev.laurel.spi.UnsupportedSchemaVersionException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Properties;
import java.util.stream.Stream;

/**
 * The entry points: parse a document into an {@link Announcement}, export announcements. Parsers and
 * exporters are the plugins on the class path, discovered once on first use; pass registries to the
 * overloads that take them to skip discovery.
 *
 * <pre>{@code
 * Announcement a = Laurel.parse(Path.of("seeds/000_8580ebc5395fa60a.txt"));
 * Laurel.export(a, "json", System.out);
 * }</pre>
 */
public final class Laurel {

    private Laurel() {
    }

    private static final class Defaults {
        static final ParserRegistry PARSERS = ParserRegistry.load();
        static final ExporterRegistry EXPORTERS = ExporterRegistry.load();
    }

    /**
     * The parsers found on the class path, sorted by name.
     *
     * @return the registry of every {@code DocumentParser} service found
     */
    public static ParserRegistry parsers() {
        return Defaults.PARSERS;
    }

    /**
     * The exporters found on the class path, sorted by format.
     *
     * @return the registry of every {@code Exporter} service found
     */
    public static ExporterRegistry exporters() {
        return Defaults.EXPORTERS;
    }

    /**
     * Reads, decodes (detecting the charset) and parses a file.
     *
     * @param path the file to read
     * @return the records parsed from the file
     * @throws LaurelException when the file cannot be read, decoded or parsed
     */
    public static Announcement parse(Path path) throws LaurelException {
        return parse(path, ParseOptions.defaults());
    }

    /**
     * Reads, decodes and parses a file with options (charset, parser, ...).
     *
     * @param path    the file to read
     * @param options how to decode and which parser to use
     * @return the records parsed from the file
     * @throws LaurelException when the file cannot be read, decoded or parsed
     */
    public static Announcement parse(Path path, ParseOptions options) throws LaurelException {
        Objects.requireNonNull(options, "options must not be null");
        return parse(Source.of(path, options.charset()), options);
    }

    /**
     * Parses text already in memory.
     *
     * @param text the document's text
     * @return the records parsed from the text
     * @throws LaurelException when no parser accepts the text
     */
    public static Announcement parse(String text) throws LaurelException {
        return parse(Source.ofText(text, "text"), ParseOptions.defaults());
    }

    /**
     * Parses a source with the default parsers.
     *
     * @param source  the text and its name
     * @param options which parser to use, province and so on
     * @return the records parsed from the source
     * @throws LaurelException when no parser accepts the source
     */
    public static Announcement parse(Source source, ParseOptions options) throws LaurelException {
        return parse(source, options, parsers());
    }

    /**
     * Parses a source with the parser named in the options, or the most confident of {@code registry}.
     *
     * @param source   the text and its name
     * @param options  which parser to use, province and so on
     * @param registry the parsers to choose from
     * @return the records parsed from the source
     * @throws LaurelException when the named parser is unknown or none accepts the source
     */
    public static Announcement parse(Source source, ParseOptions options, ParserRegistry registry)
            throws LaurelException {
        Objects.requireNonNull(source, "source must not be null");
        Objects.requireNonNull(options, "options must not be null");
        Objects.requireNonNull(registry, "registry must not be null");
        return parse(source, options, parserFor(source, options, registry));
    }

    /**
     * Parses a source with {@code parser} and records the provenance in {@link SourceInfo}: the parser's name
     * and {@link #version()}. Every parse entry point of Laurel ends here.
     *
     * @param source  the text and its name
     * @param options the parse options
     * @param parser  the parser to use
     * @return the records parsed, with the provenance in {@code source}
     * @throws LaurelException when the parser fails
     */
    public static Announcement parse(Source source, ParseOptions options, DocumentParser parser)
            throws LaurelException {
        Objects.requireNonNull(source, "source must not be null");
        Objects.requireNonNull(options, "options must not be null");
        Objects.requireNonNull(parser, "parser must not be null");
        Announcement a = parser.parse(source, options);
        return a.withSource(a.source().withProvenance(parser.name(), version()));
    }

    private static final class Version {
        static final String VALUE = load();

        private static String load() {
            try (InputStream in = Laurel.class.getResourceAsStream("version.properties")) {
                if (in != null) {
                    Properties p = new Properties();
                    p.load(in);
                    String v = p.getProperty("version");
                    if (v != null && !v.isBlank() && !v.startsWith("${")) {
                        return v.strip();
                    }
                }
            } catch (IOException e) {
                // fall through: the resource is part of laurel-core's jar, so this is a broken build
            }
            return "unknown";
        }
    }

    /**
     * This Laurel's version (0.1.0, 0.2.0-SNAPSHOT …), from laurel-core's build; "unknown" if the build lost it.
     *
     * @return the version string
     */
    public static String version() {
        return Version.VALUE;
    }

    /**
     * Parses many files in parallel on all processors, results in input order; see {@link BatchParser}.
     * Close the results when done.
     *
     * @param paths the files to parse
     * @return the running batch
     */
    public static BatchResults parseAll(Iterable<Path> paths) {
        return parseAll(paths, BatchOptions.defaults());
    }

    /**
     * Parses many files in parallel with batch options (threads, order, parse options); see {@link BatchParser}.
     *
     * @param paths   the files to parse
     * @param options the batch settings
     * @return the running batch
     */
    public static BatchResults parseAll(Iterable<Path> paths, BatchOptions options) {
        return new BatchParser(options).parsePaths(paths);
    }

    /**
     * The parser that {@link #parse(Source, ParseOptions, ParserRegistry)} would use.
     *
     * @param source   the text and its name
     * @param options  the parse options; a parser named there wins
     * @param registry the parsers to choose from
     * @return the chosen parser
     * @throws LaurelException when the named parser is unknown or none accepts the source
     */
    public static DocumentParser parserFor(Source source, ParseOptions options, ParserRegistry registry)
            throws LaurelException {
        if (options.parser() != null) {
            DocumentParser named = registry.find(options.parser()).orElseThrow(() -> new LaurelException(
                    "no parser is named '" + options.parser() + "'; available: " + registry.names() + "."));
            if (source.isBinary() && confidence(named, source) == 0) {
                throw notText(source, registry);
            }
            return named;
        }
        if (registry.all().isEmpty()) {
            throw new LaurelException("no parser is installed; add dev.laurel:laurel-parsers to the class path.");
        }
        return registry.choose(source).orElseThrow(() -> source.isBinary() ? notText(source, registry)
                : new LaurelException(source.name() + " is not a document any parser can read (tried "
                        + registry.names() + ")."));
    }

    private static int confidence(DocumentParser parser, Source source) {
        try {
            return parser.confidence(source);
        } catch (RuntimeException e) {
            return 0;
        }
    }

    /** A binary document no installed parser reads: says what it looks like and which artifact reads it. */
    private static LaurelException notText(Source source, ParserRegistry registry) {
        String kind = source.binaryKind() == null ? "a binary file" : source.binaryKind();
        String artifact = kind.contains("PDF") ? "dev.laurel:laurel-parsers-pdf"
                : kind.contains("ZIP") ? "dev.laurel:laurel-parsers-office" : null;
        return new LaurelException(source.name() + " looks like " + kind + ", not text, and none of the parsers "
                + registry.names() + " reads it; " + (artifact == null ? "pass a text, HTML, PDF, .docx or .xlsx file."
                : "add " + artifact + " to the class path, or pass a text or HTML file."));
    }

    /** The formats of the laurel-exporters artifact, named when one of them is asked for and missing. */
    private static final List<String> BUILT_IN_FORMATS = List.of("csv", "html", "json", "jsonl");

    /**
     * The exporter for a format name.
     *
     * @param format the format name, e.g. {@code json}
     * @return the exporter found on the class path
     * @throws LaurelException when no exporter has that format
     */
    public static Exporter exporter(String format) throws LaurelException {
        Objects.requireNonNull(format, "format must not be null");
        return exporter(format, exporters());
    }

    /**
     * The exporter of {@code registry} for a format name; the message says which artifact to add.
     *
     * @param format   the format name, e.g. {@code json}
     * @param registry the exporters to choose from
     * @return the exporter of that format
     * @throws LaurelException when {@code registry} has no exporter of that format
     */
    public static Exporter exporter(String format, ExporterRegistry registry) throws LaurelException {
        Objects.requireNonNull(format, "format must not be null");
        Objects.requireNonNull(registry, "registry must not be null");
        return registry.find(format).orElseThrow(() -> new LaurelException(registry.all().isEmpty()
                ? "no exporter is installed; add dev.laurel:laurel-exporters to the class path"
                        + " (formats " + String.join(", ", BUILT_IN_FORMATS) + ")."
                : "no exporter for format '" + format + "'; available: " + String.join(", ", registry.names())
                        + (BUILT_IN_FORMATS.contains(format)
                                ? "; add dev.laurel:laurel-exporters to the class path for " + format + "." : ".")));
    }

    /**
     * Writes one announcement to a stream in a format (json, jsonl, ...); the stream stays open.
     *
     * @param announcement the records to write
     * @param format       the format name
     * @param out          the stream to write to
     * @throws LaurelException when the format is unknown or writing fails
     */
    public static void export(Announcement announcement, String format, OutputStream out) throws LaurelException {
        export(List.of(announcement), format, out, ExportOptions.defaults());
    }

    /**
     * Writes announcements to a stream; the stream stays open.
     *
     * @param announcements the records to write, in order
     * @param format        the format name
     * @param out           the stream to write to
     * @param options       the export options
     * @throws LaurelException when the format is unknown, cannot write a stream, or writing fails
     */
    public static void export(Iterable<Announcement> announcements, String format, OutputStream out,
                              ExportOptions options) throws LaurelException {
        Objects.requireNonNull(announcements, "announcements must not be null");
        Objects.requireNonNull(out, "out must not be null");
        Objects.requireNonNull(options, "options must not be null");
        Exporter exporter = exporter(format);
        exporter.check(options);
        if (!exporter.writesToStream(options)) {
            throw new LaurelException("format '" + format + "' writes several files; export it to a folder.");
        }
        try (AnnouncementSink sink = exporter.open(out, options)) {
            for (Announcement a : announcements) {
                sink.write(a);
            }
        } catch (IOException e) {
            throw new LaurelException("cannot write the " + format + " output (" + IoErrors.describe(e) + ").", e);
        }
    }

    /**
     * Writes one announcement into a folder in a format; the folder is created if needed.
     *
     * @param announcement the records to write
     * @param format       the format name
     * @param folder       the folder to write into
     * @throws LaurelException when the format is unknown or writing fails
     */
    public static void export(Announcement announcement, String format, Path folder) throws LaurelException {
        export(List.of(announcement), format, folder, ExportOptions.defaults());
    }

    /**
     * Writes announcements into a folder, replacing the files of an earlier export of the same format.
     *
     * @param announcements the records to write, in order
     * @param format        the format name
     * @param folder        the folder to write into
     * @param options       the export options
     * @throws LaurelException when the format is unknown or writing fails
     */
    public static void export(Iterable<Announcement> announcements, String format, Path folder,
                              ExportOptions options) throws LaurelException {
        Objects.requireNonNull(announcements, "announcements must not be null");
        Objects.requireNonNull(folder, "folder must not be null");
        Objects.requireNonNull(options, "options must not be null");
        Exporter exporter = exporter(format);
        try (AnnouncementSink sink = exporter.open(folder, options)) {
            for (Announcement a : announcements) {
                sink.write(a);
            }
        } catch (IOException e) {
            throw new LaurelException("cannot write into " + folder + " (" + IoErrors.describe(e)
                    + "); check that it is a writable folder.", e);
        }
    }

    private static final class ReaderDefaults {
        static final ReaderRegistry READERS = ReaderRegistry.load();
    }

    /**
     * The readers found on the class path, sorted by format.
     *
     * @return the registry of every {@code AnnouncementReader} service found
     */
    public static ReaderRegistry readers() {
        return ReaderDefaults.READERS;
    }

    /**
     * Reads a file Laurel wrote back into records: a JSON object, a JSON array of objects, or JSON
     * Lines (one object per line). All announcements are held in memory; for large batches use
     * {@link AnnouncementReader#read(InputStream)} on {@code reader("json")}, which streams.
     *
     * @param path the file to read
     * @return the announcements in file order
     * @throws LaurelException when the file cannot be read, is not Laurel's JSON, or has an unknown schema version
     */
    public static List<Announcement> read(Path path) throws LaurelException {
        Objects.requireNonNull(path, "path must not be null");
        try (InputStream in = Files.newInputStream(path)) {
            return read(in, "json", path.toString());
        } catch (NoSuchFileException e) {
            throw new LaurelException(path + " does not exist; check the path.", e);
        } catch (IOException e) {
            throw new LaurelException(path + " cannot be read (" + e.getMessage() + "); check its permissions.", e);
        }
    }

    /**
     * Reads JSON or JSON Lines from a stream (see {@link #read(Path)}); the caller closes {@code in}.
     *
     * @param in the stream to read
     * @return the announcements in stream order
     * @throws LaurelException when the input cannot be read or is not Laurel's JSON
     */
    public static List<Announcement> read(InputStream in) throws LaurelException {
        return read(in, "json");
    }

    /**
     * Reads a stream in the given format with the reader of that name; the caller closes {@code in}.
     *
     * @param in     the stream to read
     * @param format the format name
     * @return the announcements in stream order
     * @throws LaurelException when the format is unknown or the input cannot be read in it
     */
    public static List<Announcement> read(InputStream in, String format) throws LaurelException {
        return read(in, format, "the input");
    }

    /**
     * The reader for a format name.
     *
     * @param format the format name, e.g. {@code json}
     * @return the reader found on the class path
     * @throws LaurelException when no reader has that format
     */
    public static AnnouncementReader reader(String format) throws LaurelException {
        Objects.requireNonNull(format, "format must not be null");
        return readers().find(format).orElseThrow(() -> new LaurelException(readers().all().isEmpty()
                ? "no reader is installed; add laurel-exporters to the class path."
                : "no reader for format '" + format + "'; available: " + readers().names() + "."));
    }

    private static List<Announcement> read(InputStream in, String format, String name) throws LaurelException {
        Objects.requireNonNull(in, "in must not be null");
        AnnouncementReader reader = reader(format);
        try (Stream<Announcement> announcements = reader.read(in)) {
            return announcements.toList();
        } catch (IOException | UncheckedIOException e) {
            Throwable cause = e instanceof UncheckedIOException u ? u.getCause() : e;
            if (cause instanceof UnsupportedSchemaVersionException v) {
                throw new LaurelException(name + " has schema version \"" + v.found() + "\", which this Laurel ("
                        + version() + ") does not read; it reads schema version " + String.join(", ", v.supported())
                        + ". Read it with the Laurel that wrote it or a later one.", e);
            }
            throw new LaurelException(name + " is not Laurel " + format + " (" + cause.getMessage()
                    + "); pass a file written by Laurel's json or jsonl exporter.", e);
        }
    }
}
