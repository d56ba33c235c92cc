package dev.laurel.spi;

import java.nio.charset.Charset;

/**
 * Settings for one parse. Immutable; start from {@link #defaults()} and change one setting at a time.
 *
 * @param parser         the parser to use by name, or null to choose the most confident one
 * @param charset        the charset of the input bytes, or null to detect it
 * @param province       the province to prefer for ambiguous place names, or null to take it from the text
 * @param maxDiagnostics the most diagnostics kept per document; more are counted in one last diagnostic
 */
public record ParseOptions(String parser, Charset charset, String province, int maxDiagnostics) {

    public static final int DEFAULT_MAX_DIAGNOSTICS = 1000;

    public ParseOptions {
        if (parser != null && parser.isBlank()) {
            throw new IllegalArgumentException("parser must not be blank");
        }
        if (maxDiagnostics < 1) {
            throw new IllegalArgumentException("maxDiagnostics must be at least 1: " + maxDiagnostics);
        }
    }

    public static ParseOptions defaults() {
        return new ParseOptions(null, null, null, DEFAULT_MAX_DIAGNOSTICS);
    }

    public ParseOptions withParser(String name) {
        return new ParseOptions(name, charset, province, maxDiagnostics);
    }

    public ParseOptions withCharset(Charset value) {
        return new ParseOptions(parser, value, province, maxDiagnostics);
    }

    public ParseOptions withProvince(String value) {
        return new ParseOptions(parser, charset, value, maxDiagnostics);
    }

    public ParseOptions withMaxDiagnostics(int value) {
        return new ParseOptions(parser, charset, province, value);
    }
}
