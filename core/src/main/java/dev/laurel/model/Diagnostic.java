package dev.laurel.model;

import java.util.Objects;

/**
 * A problem found in the source and what was done about it.
 *
 * @param awardee the awardee (or roster name) it concerns, or null for the whole document
 * @param span    where in the source text, or null when it concerns no particular place
 */
public record Diagnostic(
        DiagnosticKind kind,
        Severity severity,
        String awardee,
        String message,
        SourceSpan span) {

    public Diagnostic {
        Objects.requireNonNull(kind, "kind must not be null");
        Objects.requireNonNull(severity, "severity must not be null");
        Checks.requireNonBlank(message, "message");
    }

    /** A diagnostic with the kind's default severity. */
    public static Diagnostic of(DiagnosticKind kind, String awardee, String message, SourceSpan span) {
        Objects.requireNonNull(kind, "kind must not be null");
        return new Diagnostic(kind, kind.defaultSeverity(), awardee, message, span);
    }
}
