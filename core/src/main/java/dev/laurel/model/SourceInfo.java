package dev.laurel.model;

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
 * @param textOrigin      what the spans index into: "decoded" bytes, or the text extracted from a document:
 *                        "html-extracted" (a page), "pdf-extracted", "docx-extracted", "xlsx-extracted"; for
 *                        the last three the charset is UTF-8, detected (the text was extracted, not decoded)
 */
@JsonPropertyOrder({"name", "sha256", "charset", "charsetDetected", "bytes", "chars", "textOrigin"})
public record SourceInfo(
        @JsonProperty("name") String name,
        @JsonProperty("sha256") String sha256,
        @JsonProperty("charset") String charset,
        @JsonProperty("charsetDetected") boolean charsetDetected,
        @JsonProperty("bytes") long bytes,
        @JsonProperty("chars") int chars,
        @JsonProperty("textOrigin") String textOrigin) {

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
    }
}
