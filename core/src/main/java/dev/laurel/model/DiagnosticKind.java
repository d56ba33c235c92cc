package dev.laurel.model;

/**
 * What was wrong with the source text. The list is part of the JSON contract: kinds may be added,
 * never renamed. Each kind has a default severity.
 */
public enum DiagnosticKind {
    /** A roster name has no deeds section. */
    MISSING_SECTION("missing-section", Severity.WARNING),
    /** A deeds section is headed by a name the roster does not list. */
    UNLISTED_SECTION("unlisted-section", Severity.WARNING),
    /** A block repeated verbatim or nearly so; it was counted once. */
    DUPLICATE_PARAGRAPH("duplicate-paragraph", Severity.WARNING),
    /** A section cut off mid-sentence or mid-heading, or with a gap inside. */
    TRUNCATED_SECTION("truncated-section", Severity.WARNING),
    /** A section reports deeds of another place. */
    FOREIGN_CONTENT("foreign-content", Severity.WARNING),
    /** A paragraph split mid-sentence across a blank line was rejoined. */
    SPLIT_PARAGRAPH_JOINED("split-paragraph-joined", Severity.INFO),
    /** A run of numeral characters that could not be read as a number. */
    UNPARSED_NUMBER("unparsed-number", Severity.WARNING),
    /** A place name the gazetteer does not know; it is kept as written. */
    UNKNOWN_REGION("unknown-region", Severity.WARNING),
    /** A place name with several gazetteer entries that the context could not decide. */
    AMBIGUOUS_REGION("ambiguous-region", Severity.WARNING),
    /** The roster is split over several paragraphs, or paragraphs are out of their usual order. */
    SPLIT_ROSTER("split-roster", Severity.INFO),
    /** No roster could be found. */
    NO_ROSTER("no-roster", Severity.INFO),
    /** No awardee could be found. */
    NO_AWARDEES("no-awardees", Severity.WARNING),
    /** The text holds nothing but whitespace. */
    EMPTY_DOCUMENT("empty-document", Severity.ERROR),
    /** The text holds replacement chars (U+FFFD: bytes that could not be decoded), lone surrogates or control chars. */
    MALFORMED_TEXT("malformed-text", Severity.WARNING),
    /** An awardee found only through a pointer (我市, 该县) or a name outside the body (headline, byline, unit). */
    INFERRED_AWARDEE("inferred-awardee", Severity.INFO),
    /** A document that states no honour received by a place: not an honour announcement. */
    NOT_AN_ANNOUNCEMENT("not-an-announcement", Severity.WARNING),
    /**
     * The bytes contradict the charset a byte order mark, the page or the caller named (or fit another
     * one better); the message says which charset was read and which fits.
     */
    CHARSET_MISMATCH("charset-mismatch", Severity.WARNING),
    /** The diagnostic list reached its limit; later diagnostics were dropped. */
    TOO_MANY_DIAGNOSTICS("too-many-diagnostics", Severity.WARNING),
    /**
     * A binary document (a PDF) with no text to read: pages that are images, as a scanner makes them. Nothing
     * was read; run OCR on it first.
     */
    SCANNED_DOCUMENT("scanned-document", Severity.ERROR),
    /**
     * A place listed or given a section, which the page says was not honoured this round (落选, 暂缓命名) or lost its
     * title or was put on notice (撤销, 黄牌警告): it is no awardee.
     */
    NOT_HONOURED("not-honoured", Severity.WARNING);

    private final String id;
    private final Severity defaultSeverity;

    DiagnosticKind(String id, Severity defaultSeverity) {
        this.id = id;
        this.defaultSeverity = defaultSeverity;
    }

    /**
     * The name used in JSON and CSV.
     *
     * @return the kind's lowercase, hyphenated name
     */
    public String id() {
        return id;
    }

    /**
     * The diagnostic kind named {@code id} (as {@link #id()} writes it).
     *
     * @param id the name as {@link #id()} writes it
     * @return the kind of that name
     * @throws IllegalArgumentException if none is
     */
    public static DiagnosticKind of(String id) {
        for (DiagnosticKind v : values()) {
            if (v.id.equals(id)) {
                return v;
            }
        }
        throw new IllegalArgumentException("unknown diagnostic kind: " + id);
    }

    /**
     * How much a diagnostic of this kind matters unless its maker says otherwise.
     *
     * @return the severity {@link Diagnostic#of} gives
     */
    public Severity defaultSeverity() {
        return defaultSeverity;
    }
}
