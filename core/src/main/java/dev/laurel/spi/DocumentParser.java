package dev.laurel.spi;

import dev.laurel.LaurelException;
import dev.laurel.model.Announcement;

/**
 * Turns a decoded {@link Source} into an {@link Announcement}. Implementations are registered in
 * {@code META-INF/services/dev.laurel.spi.DocumentParser}, need a public no-argument constructor and
 * must be thread-safe: one instance parses many documents, possibly at once.
 */
public interface DocumentParser {

    /**
     * A short stable name users pass to {@code --parser}, e.g. {@code commendation-text}.
     *
     * @return the parser's name, lowercase with hyphens
     */
    String name();

    /**
     * One line for {@code laurel parsers}.
     *
     * @return a short description; the name by default
     */
    default String description() {
        return name();
    }

    /**
     * How well this parser handles the source, from 0 (not at all) to 100 (made for it). The registry
     * picks the highest; ties go to the parser that sorts first by name. Must be cheap and never throw.
     *
     * @param source the decoded document
     * @return a score from 0 to 100
     */
    int confidence(Source source);

    /**
     * Reads what can be read. Messy text yields diagnostics in the result, never an exception; a
     * programming error (a null argument) throws unchecked. The result's issues should include
     * {@link SourceIssues#of(Source)}: what decoding noticed and the text's malformed chars.
     *
     * @param source  the decoded document
     * @param options the parse options (province, diagnostic limit, ...)
     * @return the records read, with diagnostics for what could not be read
     * @throws LaurelException only when nothing can be read at all: a binary document (a {@link Source#BINARY}
     *         source) that is encrypted, damaged or in a format the parser refuses; the message is one sentence
     *         naming the file. Text parsers never throw it.
     */
    Announcement parse(Source source, ParseOptions options) throws LaurelException;
}
