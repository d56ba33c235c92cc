package dev.laurel.parsers.commendation;

import dev.laurel.model.Diagnostic;
import dev.laurel.model.DiagnosticKind;
import dev.laurel.model.SourceSpan;

import java.util.ArrayList;
import java.util.List;

/**
 * The diagnostics of one parse, bounded like jsoup's ParseErrorList: past the limit, diagnostics are
 * counted and reported once as {@link DiagnosticKind#TOO_MANY_DIAGNOSTICS}.
 */
public final class DiagnosticLog {
    private final int limit;
    private int count;
    private int dropped;

    DiagnosticLog(int limit) {
        this.limit = limit;
    }

    /** A list for one owner (the document or one awardee) that shares this log's limit. */
    public final class Bucket {
        private final List<Diagnostic> items = new ArrayList<>();

        /**
         * Adds a diagnostic of the kind's default severity, or counts it as dropped past the limit.
         *
         * @param kind    the kind
         * @param awardee the awardee it concerns, or null
         * @param message what was found and done
         * @param span    where in the source, or null
         */
        public void add(DiagnosticKind kind, String awardee, String message, SourceSpan span) {
            if (count >= limit) {
                dropped++;
                return;
            }
            count++;
            items.add(Diagnostic.of(kind, awardee, message, span));
        }

        /**
         * Adds a diagnostic made elsewhere (by decoding), its severity kept.
         *
         * @param d the diagnostic to add, or to count as dropped past the limit
         */
        public void add(Diagnostic d) {
            if (count >= limit) {
                dropped++;
                return;
            }
            count++;
            items.add(d);
        }

        boolean has(DiagnosticKind kind) {
            return items.stream().anyMatch(d -> d.kind() == kind);
        }

        /**
         * The diagnostics added and kept.
         *
         * @return the bucket's live list, in the order added
         */
        public List<Diagnostic> items() {
            return items;
        }
    }

    /**
     * A new, empty list sharing this log's limit.
     *
     * @return the bucket
     */
    public Bucket bucket() {
        return new Bucket();
    }

    /** The document's diagnostics, plus one that counts those dropped past the limit. */
    List<Diagnostic> finish(Bucket document) {
        List<Diagnostic> out = new ArrayList<>(document.items);
        if (dropped > 0) {
            out.add(Diagnostic.of(DiagnosticKind.TOO_MANY_DIAGNOSTICS, null,
                    dropped + " more diagnostics were dropped past the limit of " + limit, null));
        }
        return out;
    }
}
