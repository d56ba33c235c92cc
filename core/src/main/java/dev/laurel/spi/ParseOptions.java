package dev.laurel.spi;

import java.nio.charset.Charset;

/**
 * Settings for one parse. Immutable; start from {@link #defaults()} and change one setting at a time.
 *
 * @param parser         the parser to use by name, or null to choose the most confident one
 * @param charset        the charset of the input bytes, or null to detect it
 * @param province       the province to prefer for ambiguous place names, or null to take it from the text
 * @param maxDiagnostics the most diagnostics kept per document; more are counted in one last diagnostic
 * @param publisher      the site or body that published the document (涉县人民政府, 汉中日报), or null: a page that calls
 *                       its place only 我县 or 我市 is named from it when its text names the place nowhere. The HTML
 *                       parser takes it from the page's {@code <title>} when it is not given.
 */
public record ParseOptions(String parser, Charset charset, String province, int maxDiagnostics, String publisher) {

    /** The default {@code maxDiagnostics}. */
    public static final int DEFAULT_MAX_DIAGNOSTICS = 1000;

    /**
     * Checks the settings.
     *
     * @param parser         the parser name, or null; not blank
     * @param charset        the input charset, or null
     * @param province       the preferred province, or null
     * @param maxDiagnostics the most diagnostics kept per document, at least 1
     * @param publisher      the document's publisher, or null
     * @throws IllegalArgumentException if {@code parser} is blank or {@code maxDiagnostics} is below 1
     */
    public ParseOptions {
        if (parser != null && parser.isBlank()) {
            throw new IllegalArgumentException("parser must not be blank");
        }
        if (maxDiagnostics < 1) {
            throw new IllegalArgumentException("maxDiagnostics must be at least 1: " + maxDiagnostics);
        }
        publisher = publisher == null || publisher.isBlank() ? null : publisher.strip();
    }

    /**
     * The settings without a publisher (the form before {@link #publisher()} was added).
     *
     * @param parser         the parser name, or null; not blank
     * @param charset        the input charset, or null
     * @param province       the preferred province, or null
     * @param maxDiagnostics the most diagnostics kept per document, at least 1
     */
    public ParseOptions(String parser, Charset charset, String province, int maxDiagnostics) {
        this(parser, charset, province, maxDiagnostics, null);
    }

    /**
     * Any parser, detected charset, province from the text, {@link #DEFAULT_MAX_DIAGNOSTICS}, no publisher.
     *
     * @return the default settings
     */
    public static ParseOptions defaults() {
        return new ParseOptions(null, null, null, DEFAULT_MAX_DIAGNOSTICS, null);
    }

    /**
     * The same options with a parser named.
     *
     * @param name the parser's name, or null to choose the most confident
     * @return the changed copy
     */
    public ParseOptions withParser(String name) {
        return new ParseOptions(name, charset, province, maxDiagnostics, publisher);
    }

    /**
     * The same options with a charset given.
     *
     * @param value the input charset, or null to detect it
     * @return the changed copy
     */
    public ParseOptions withCharset(Charset value) {
        return new ParseOptions(parser, value, province, maxDiagnostics, publisher);
    }

    /**
     * The same options with a preferred province.
     *
     * @param value the province, or null to take it from the text
     * @return the changed copy
     */
    public ParseOptions withProvince(String value) {
        return new ParseOptions(parser, charset, value, maxDiagnostics, publisher);
    }

    /**
     * The same options with another diagnostic limit.
     *
     * @param value the most diagnostics kept per document, at least 1
     * @return the changed copy
     */
    public ParseOptions withMaxDiagnostics(int value) {
        return new ParseOptions(parser, charset, province, value, publisher);
    }

    /**
     * The same options with the document's publisher given.
     *
     * @param value the site or body that published the document, or null
     * @return the changed copy
     */
    public ParseOptions withPublisher(String value) {
        return new ParseOptions(parser, charset, province, maxDiagnostics, value);
    }
}
