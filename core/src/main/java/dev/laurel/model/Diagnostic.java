package dev.laurel.model;

import java.util.Objects;

/**
 * A problem found in the source and what was done about it.
 *
 * @param kind     what sort of problem it is
 * @param severity how much it matters
 * @param awardee the awardee (or roster name) it concerns, or null for the whole document
 * @param message  what was found and what was done about it, in one or two sentences
 * @param span    where in the source text, or null when it concerns no particular place
 */
public record Diagnostic(
        DiagnosticKind kind,
        Severity severity,
        String awardee,
        String message,
        SourceSpan span) {

    /**
     * Checks the components.
     *
     * @param kind     the kind; not null
     * @param severity the severity; not null
     * @param awardee  the awardee it concerns, or null
     * @param message  what was found and done; not blank
     * @param span     where in the source, or null
     */
    public Diagnostic {
        Objects.requireNonNull(kind, "kind must not be null");
        Objects.requireNonNull(severity, "severity must not be null");
        Checks.requireNonBlank(message, "message");
    }

    /**
     * A diagnostic with the kind's default severity.
     *
     * @param kind    the kind; not null
     * @param awardee the awardee it concerns, or null
     * @param message what was found and done; not blank
     * @param span    where in the source, or null
     * @return a diagnostic whose severity is {@code kind.defaultSeverity()}
     */
    public static Diagnostic of(DiagnosticKind kind, String awardee, String message, SourceSpan span) {
        Objects.requireNonNull(kind, "kind must not be null");
        return new Diagnostic(kind, kind.defaultSeverity(), awardee, message, span);
    }
}
