package dev.laurel.model;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * Where an announcement came from.
 *
 * @param name            the file name or caller-given name
 * @param sha256          lowercase hex SHA-256 of the source bytes (of the UTF-8 text for a string source)
 * @param charset         the charset the bytes were decoded with
 * @param charsetDetected true when the charset was detected, false when the caller gave it
 * @param bytes           length of the source in bytes
 * @param chars           length of the decoded text in chars; spans index into that text
 * @param textOrigin      what the spans index into: "decoded" bytes, or "html-extracted" text of a page
 * @param text            the text the spans index (the parsed {@code Source}'s text), for exporters that show
 *                        it (the {@code html} review page); null when not at hand, e.g. for records read back
 *                        from JSON. Not part of the JSON contract (never written), nor of {@code equals},
 *                        {@code hashCode} or {@code toString}: it is the same document either way. Carrying it
 *                        costs no copy (it is the parser's string), but it keeps the text alive as long as
 *                        the record; {@link #withoutText()} drops it.
 */
@JsonPropertyOrder({"name", "sha256", "charset", "charsetDetected", "bytes", "chars", "textOrigin"})
public record SourceInfo(
        @JsonProperty("name") String name,
        @JsonProperty("sha256") String sha256,
        @JsonProperty("charset") String charset,
        @JsonProperty("charsetDetected") boolean charsetDetected,
        @JsonProperty("bytes") long bytes,
        @JsonProperty("chars") int chars,
        @JsonProperty("textOrigin") String textOrigin,
        @JsonIgnore String text) {

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
        if (text != null && text.length() != chars) {
            throw new IllegalArgumentException("text has " + text.length() + " chars, not chars=" + chars);
        }
    }

    /** Provenance without the text (records read from JSON, tests). */
    public SourceInfo(String name, String sha256, String charset, boolean charsetDetected, long bytes, int chars,
                      String textOrigin) {
        this(name, sha256, charset, charsetDetected, bytes, chars, textOrigin, null);
    }

    /** The same provenance with the text the spans index; {@code text.length()} must equal {@link #chars()}. */
    public SourceInfo withText(String value) {
        return new SourceInfo(name, sha256, charset, charsetDetected, bytes, chars, textOrigin, value);
    }

    /** The same provenance without the text, so that holding the record does not hold the document. */
    public SourceInfo withoutText() {
        return text == null ? this : new SourceInfo(name, sha256, charset, charsetDetected, bytes, chars, textOrigin);
    }

    /** The text the spans index, or null; see the class comment. */
    @Override
    @JsonIgnore
    public String text() {
        return text;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SourceInfo s && name.equals(s.name) && sha256.equals(s.sha256) && charset.equals(s.charset)
                && charsetDetected == s.charsetDetected && bytes == s.bytes && chars == s.chars
                && textOrigin.equals(s.textOrigin);
    }

    @Override
    public int hashCode() {
        return java.util.Objects.hash(name, sha256, charset, charsetDetected, bytes, chars, textOrigin);
    }

    @Override
    public String toString() {
        return "SourceInfo[name=" + name + ", sha256=" + sha256 + ", charset=" + charset + ", charsetDetected="
                + charsetDetected + ", bytes=" + bytes + ", chars=" + chars + ", textOrigin=" + textOrigin + "]";
    }
}
