package dev.laurel.model;

import java.util.Objects;

/**
 * Where an announcement came from.
 *
 * @param name            the file name or caller-given name
 * @param sha256          lowercase hex SHA-256 of the source bytes (of the UTF-8 text for a string source)
 * @param charset         the charset the bytes were decoded with
 * @param charsetDetected true when the charset was detected, false when the caller gave it
 * @param bytes           length of the source in bytes
 * @param chars           length of the decoded text in chars; spans index into that text
 * @param textOrigin      what the spans index into: "decoded" bytes, or the text extracted from a document:
 *                        "html-extracted" (a page), "pdf-extracted", "docx-extracted", "xlsx-extracted"; for
 *                        the last three the charset is UTF-8, detected (the text was extracted, not decoded)
 * @param parser          the name of the parser that read the document ({@code commendation-text} …), or null
 *                        when the records were not made by a parser that {@code Laurel} chose or was given
 * @param laurelVersion   the version of Laurel that read the document (its {@code Laurel.version()}), or null
 *                        as {@code parser}; a file read back and written again keeps it
 * @param text            the text the spans index (the parsed {@code Source}'s text), for exporters that show
 *                        it (the {@code html} review page); null when not at hand, e.g. for records read back
 *                        from JSON. Not part of the JSON contract (never written), nor of {@code equals},
 *                        {@code hashCode} or {@code toString}: it is the same document either way. Carrying it
 *                        costs no copy (it is the parser's string), but it keeps the text alive as long as
 *                        the record; {@link #withoutText()} drops it.
 */
public record SourceInfo(
        String name,
        String sha256,
        String charset,
        boolean charsetDetected,
        long bytes,
        int chars,
        String textOrigin,
        String parser,
        String laurelVersion,
        String text) {

    /**
     * Checks the components.
     *
     * @param name            the source's name
     * @param sha256          hex SHA-256 of the source bytes
     * @param charset         the charset's name
     * @param charsetDetected true when detected
     * @param bytes           length in bytes
     * @param chars           length of the text in chars
     * @param textOrigin      what the spans index into
     * @param parser          the parser's name, or null
     * @param laurelVersion   Laurel's version, or null
     * @param text            the text the spans index, or null (not part of equality or of the JSON)
     */
    public SourceInfo {
        Checks.requireNonBlank(name, "name");
        Checks.requireNonBlank(sha256, "sha256");
        Checks.requireNonBlank(charset, "charset");
        if (bytes < 0) {
            throw new IllegalArgumentException("bytes must not be negative: " + bytes);
        }
        if (chars < 0) {
            throw new IllegalArgumentException("chars must not be negative: " + chars);
        }
        Checks.requireNonBlank(textOrigin, "textOrigin");
        if (parser != null) {
            Checks.requireNonBlank(parser, "parser");
        }
        if (laurelVersion != null) {
            Checks.requireNonBlank(laurelVersion, "laurelVersion");
        }
        if (text != null && text.length() != chars) {
            throw new IllegalArgumentException("text has " + text.length() + " chars, not chars=" + chars);
        }
    }

    /**
     * Source information without provenance ({@code parser} and {@code laurelVersion} null).
     *
     * @param name            the source's name
     * @param sha256          hex SHA-256 of the source bytes
     * @param charset         the charset's name
     * @param charsetDetected true when detected
     * @param bytes           length in bytes
     * @param chars           length of the text in chars
     * @param textOrigin      what the spans index into
     */
    public SourceInfo(String name, String sha256, String charset, boolean charsetDetected, long bytes, int chars,
                      String textOrigin) {
        this(name, sha256, charset, charsetDetected, bytes, chars, textOrigin, null, null, null);
    }

    /**
     * Source information with provenance, without the text (records read from JSON).
     *
     * @param name            the source's name
     * @param sha256          hex SHA-256 of the source bytes
     * @param charset         the charset's name
     * @param charsetDetected true when detected
     * @param bytes           length in bytes
     * @param chars           length of the text in chars
     * @param textOrigin      what the spans index into
     * @param parser          the parser's name, or null
     * @param laurelVersion   Laurel's version, or null
     */
    public SourceInfo(String name, String sha256, String charset, boolean charsetDetected, long bytes, int chars,
                      String textOrigin, String parser, String laurelVersion) {
        this(name, sha256, charset, charsetDetected, bytes, chars, textOrigin, parser, laurelVersion, null);
    }

    /**
     * This source information read by {@code parser} in Laurel {@code laurelVersion}.
     *
     * @param parser        the parser's name
     * @param laurelVersion Laurel's version
     * @return a copy with the provenance set
     */
    public SourceInfo withProvenance(String parser, String laurelVersion) {
        return new SourceInfo(name, sha256, charset, charsetDetected, bytes, chars, textOrigin, parser, laurelVersion,
                text);
    }

    /**
     * The same source information with the text the spans index.
     *
     * @param value the text; its length must equal {@link #chars()}
     * @return a copy carrying the text
     */
    public SourceInfo withText(String value) {
        return new SourceInfo(name, sha256, charset, charsetDetected, bytes, chars, textOrigin, parser, laurelVersion,
                value);
    }

    /**
     * The same source information without the text, so that holding the record does not hold the document.
     *
     * @return this, or a copy without the text
     */
    public SourceInfo withoutText() {
        return text == null ? this : withText(null);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SourceInfo s && name.equals(s.name) && sha256.equals(s.sha256) && charset.equals(s.charset)
                && charsetDetected == s.charsetDetected && bytes == s.bytes && chars == s.chars
                && textOrigin.equals(s.textOrigin) && Objects.equals(parser, s.parser)
                && Objects.equals(laurelVersion, s.laurelVersion);
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, sha256, charset, charsetDetected, bytes, chars, textOrigin, parser, laurelVersion);
    }

    @Override
    public String toString() {
        return "SourceInfo[name=" + name + ", sha256=" + sha256 + ", charset=" + charset + ", charsetDetected="
                + charsetDetected + ", bytes=" + bytes + ", chars=" + chars + ", textOrigin=" + textOrigin + ", parser="
                + parser + ", laurelVersion=" + laurelVersion + "]";
    }
}
