package dev.laurel.model;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * What was wrong with the source text. The list is part of the JSON contract: kinds may be added,
 * never renamed. Each kind has a default severity.
 */
public enum DiagnosticKind {
    /** A roster name has no deeds section. */
    @JsonProperty("missing-section") MISSING_SECTION("missing-section", Severity.WARNING),
    /** A deeds section is headed by a name the roster does not list. */
    @JsonProperty("unlisted-section") UNLISTED_SECTION("unlisted-section", Severity.WARNING),
    /** A block repeated verbatim or nearly so; it was counted once. */
    @JsonProperty("duplicate-paragraph") DUPLICATE_PARAGRAPH("duplicate-paragraph", Severity.WARNING),
    /** A section cut off mid-sentence or mid-heading, or with a gap inside. */
    @JsonProperty("truncated-section") TRUNCATED_SECTION("truncated-section", Severity.WARNING),
    /** A section reports deeds of another place. */
    @JsonProperty("foreign-content") FOREIGN_CONTENT("foreign-content", Severity.WARNING),
    /** A paragraph split mid-sentence across a blank line was rejoined. */
    @JsonProperty("split-paragraph-joined") SPLIT_PARAGRAPH_JOINED("split-paragraph-joined", Severity.INFO),
    /** A run of numeral characters that could not be read as a number. */
    @JsonProperty("unparsed-number") UNPARSED_NUMBER("unparsed-number", Severity.WARNING),
    /** A place name the gazetteer does not know; it is kept as written. */
    @JsonProperty("unknown-region") UNKNOWN_REGION("unknown-region", Severity.WARNING),
    /** A place name with several gazetteer entries that the context could not decide. */
    @JsonProperty("ambiguous-region") AMBIGUOUS_REGION("ambiguous-region", Severity.WARNING),
    /** The roster is split over several paragraphs, or paragraphs are out of their usual order. */
    @JsonProperty("split-roster") SPLIT_ROSTER("split-roster", Severity.INFO),
    /** No roster could be found. */
    @JsonProperty("no-roster") NO_ROSTER("no-roster", Severity.INFO),
    /** No awardee could be found. */
    @JsonProperty("no-awardees") NO_AWARDEES("no-awardees", Severity.WARNING),
    /** The text holds nothing but whitespace. */
    @JsonProperty("empty-document") EMPTY_DOCUMENT("empty-document", Severity.ERROR),
    /** The text holds replacement chars (U+FFFD: bytes that could not be decoded), lone surrogates or control chars. */
    @JsonProperty("malformed-text") MALFORMED_TEXT("malformed-text", Severity.WARNING),
    /** An awardee found only through a pointer (我市, 该县) or a name outside the body (headline, byline, unit). */
    @JsonProperty("inferred-awardee") INFERRED_AWARDEE("inferred-awardee", Severity.INFO),
    /** A document that states no honour received by a place: not an honour announcement. */
    @JsonProperty("not-an-announcement") NOT_AN_ANNOUNCEMENT("not-an-announcement", Severity.WARNING),
    /**
     * The bytes contradict the charset a byte order mark, the page or the caller named (or fit another
     * one better); the message says which charset was read and which fits.
     */
    @JsonProperty("charset-mismatch") CHARSET_MISMATCH("charset-mismatch", Severity.WARNING),
    /** The diagnostic list reached its limit; later diagnostics were dropped. */
    @JsonProperty("too-many-diagnostics") TOO_MANY_DIAGNOSTICS("too-many-diagnostics", Severity.WARNING),
    /**
     * A binary document (a PDF) with no text to read: pages that are images, as a scanner makes them. Nothing
     * was read; run OCR on it first.
     */
    @JsonProperty("scanned-document") SCANNED_DOCUMENT("scanned-document", Severity.ERROR);

    private final String id;
    private final Severity defaultSeverity;

    DiagnosticKind(String id, Severity defaultSeverity) {
        this.id = id;
        this.defaultSeverity = defaultSeverity;
    }

    public String id() {
        return id;
    }

    public Severity defaultSeverity() {
        return defaultSeverity;
    }
}
