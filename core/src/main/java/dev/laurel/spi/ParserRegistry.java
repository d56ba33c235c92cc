package dev.laurel.spi;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** The available {@link DocumentParser}s and the choice of one for a source. */
public final class ParserRegistry extends PluginRegistry<DocumentParser> {

    private ParserRegistry(List<DocumentParser> parsers, List<String> warnings) {
        super(parsers, warnings, DocumentParser::name);
    }

    /**
     * Every parser on the class path of this class's loader.
     *
     * @return the registry, sorted by name
     */
    public static ParserRegistry load() {
        return load(ParserRegistry.class.getClassLoader());
    }

    /**
     * Every parser visible to {@code loader}; broken providers are skipped and listed in {@link #warnings()}.
     *
     * @param loader the class loader to search
     * @return the registry, sorted by name
     */
    public static ParserRegistry load(ClassLoader loader) {
        Discovered<DocumentParser> d = discover(DocumentParser.class, loader);
        return new ParserRegistry(d.plugins(), d.warnings());
    }

    /**
     * Exactly these parsers, without scanning the class path.
     *
     * @param parsers the parsers to hold
     * @return the registry, sorted by name
     */
    public static ParserRegistry of(DocumentParser... parsers) {
        return new ParserRegistry(Arrays.asList(parsers.clone()), List.of());
    }

    /**
     * The most confident parser for the source, or empty when none gives it a confidence above 0.
     *
     * @param source the decoded document
     * @return the parser with the highest confidence, ties to the first by name
     */
    public Optional<DocumentParser> choose(Source source) {
        Objects.requireNonNull(source, "source must not be null");
        DocumentParser best = null;
        int bestScore = 0;
        for (DocumentParser p : all()) {
            int score;
            try {
                score = p.confidence(source);
            } catch (RuntimeException e) {
                continue;
            }
            if (score > bestScore) {
                best = p;
                bestScore = score;
            }
        }
        return Optional.ofNullable(best);
    }
}
