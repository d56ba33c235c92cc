package dev.laurel.spi;

import dev.laurel.LaurelException;
import dev.laurel.model.Diagnostic;
import dev.laurel.model.SourceInfo;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;

/**
 * A document ready to parse: its decoded text plus where it came from. Spans in the records index
 * into {@link #text()}. Immutable.
 *
 * @param name            the file name or a caller-given name
 * @param text            the decoded text, without a byte order mark
 * @param charset         the charset used to decode the bytes
 * @param charsetDetected true when detected, false when the caller gave it
 * @param byteLength      length of the original bytes
 * @param sha256          lowercase hex SHA-256 of the original bytes
 * @param textOrigin      {@link #DECODED} or another origin such as {@code html-extracted}
 * @param raw             the original bytes when a parser may need them (HTML), else null
 * @param issues          what decoding noticed ({@link dev.laurel.model.DiagnosticKind#CHARSET_MISMATCH}: a byte
 *                        order mark, a declared or a given charset the bytes contradict); a parser adds them to
 *                        the announcement's issues. Spans, where given, index {@link #text()}.
 */
public record Source(String name, String text, Charset charset, boolean charsetDetected, long byteLength,
                     String sha256, String textOrigin, byte[] raw, List<Diagnostic> issues) {

    /** Spans index into the decoded bytes. */
    public static final String DECODED = "decoded";
    /**
     * A binary document (PDF, a ZIP-based Office file, an old OLE2 Office file) read without a charset: its
     * text is empty and {@link #raw()} holds the bytes; a parser of that format extracts the text (see
     * {@link #withText}). Text parsers give it confidence 0.
     */
    public static final String BINARY = "binary";
    /**
     * The largest input read, in bytes. A larger regular file is refused before it is read; from any other
     * source (a pipe, a device, a file that grows) at most this many bytes plus one are read.
     */
    public static final long MAX_BYTES = 64L * 1024 * 1024;

    /**
     * Checks the components and copies {@code issues}.
     *
     * @param name            the name; not null
     * @param text            the decoded text; not null
     * @param charset         the charset used; not null
     * @param charsetDetected true when detected
     * @param byteLength      length of the original bytes, not negative
     * @param sha256          hex SHA-256 of the original bytes; not null
     * @param textOrigin      where the text came from; not null
     * @param raw             the original bytes, or null
     * @param issues          what decoding noticed; not null
     */
    public Source {
        Objects.requireNonNull(name, "name must not be null");
        Objects.requireNonNull(text, "text must not be null");
        Objects.requireNonNull(charset, "charset must not be null");
        Objects.requireNonNull(sha256, "sha256 must not be null");
        Objects.requireNonNull(textOrigin, "textOrigin must not be null");
        if (byteLength < 0) {
            throw new IllegalArgumentException("byteLength must not be negative: " + byteLength);
        }
        issues = List.copyOf(Objects.requireNonNull(issues, "issues must not be null"));
    }

    /**
     * A source with no decoding issues.
     *
     * @param name            the name; not null
     * @param text            the decoded text; not null
     * @param charset         the charset used; not null
     * @param charsetDetected true when detected
     * @param byteLength      length of the original bytes, not negative
     * @param sha256          hex SHA-256 of the original bytes; not null
     * @param textOrigin      where the text came from; not null
     * @param raw             the original bytes, or null
     */
    public Source(String name, String text, Charset charset, boolean charsetDetected, long byteLength,
                  String sha256, String textOrigin, byte[] raw) {
        this(name, text, charset, charsetDetected, byteLength, sha256, textOrigin, raw, List.of());
    }

    /**
     * Reads and decodes a file, detecting its charset.
     *
     * @param path the file to read
     * @return the decoded source
     * @throws LaurelException when the file cannot be read, is too large or cannot be decoded
     */
    public static Source of(Path path) throws LaurelException {
        return of(path, null);
    }

    /**
     * Reads and decodes a file with the given charset, or detects it when {@code charset} is null.
     *
     * @param path    the file to read
     * @param charset the file's charset, or null to detect it
     * @return the decoded source
     * @throws LaurelException when the file cannot be read, is too large or cannot be decoded
     */
    public static Source of(Path path, Charset charset) throws LaurelException {
        Objects.requireNonNull(path, "path must not be null");
        String name = String.valueOf(path.getFileName() == null ? path : path.getFileName());
        if (Files.isDirectory(path)) {
            throw new LaurelException(path + " is a directory; pass a file (or use batch mode for folders).");
        }
        try {
            long size = Files.size(path);
            if (size > MAX_BYTES) {
                throw new LaurelException(path + " is " + size + " bytes, over the limit of " + MAX_BYTES
                        + " bytes for one document; split the file into documents.");
            }
            byte[] bytes;
            try (InputStream in = Files.newInputStream(path)) {
                bytes = readAtMost(in, size, (int) MAX_BYTES + 1);
            }
            if (bytes.length > MAX_BYTES) {
                throw new LaurelException(path + " is over the limit of " + MAX_BYTES
                        + " bytes for one document; split it into documents.");
            }
            return of(bytes, name, charset);
        } catch (NoSuchFileException e) {
            throw new LaurelException(path + " does not exist; check the path.", e);
        } catch (IOException e) {
            throw new LaurelException(path + " cannot be read (" + e.getMessage() + "); check its permissions.", e);
        }
    }

    /**
     * Reads a stream to its end (the caller closes it) and decodes it.
     *
     * @param in      the stream to read
     * @param name    the name for messages and provenance
     * @param charset the stream's charset, or null to detect it
     * @return the decoded source
     * @throws LaurelException when the stream cannot be read, is too large or cannot be decoded
     */
    public static Source of(InputStream in, String name, Charset charset) throws LaurelException {
        Objects.requireNonNull(in, "in must not be null");
        Objects.requireNonNull(name, "name must not be null");
        try {
            byte[] bytes = in.readNBytes((int) MAX_BYTES + 1);
            if (bytes.length > MAX_BYTES) {
                throw new LaurelException(name + " is over the limit of " + MAX_BYTES
                        + " bytes for one document; split it into documents.");
            }
            return of(bytes, name, charset);
        } catch (IOException e) {
            throw new LaurelException(name + " cannot be read (" + e.getMessage() + ").", e);
        }
    }

    /**
     * Reads {@code in} to its end, or until {@code limit} bytes are read, whichever comes first. The buffer
     * starts at {@code expected} bytes (a regular file's size; 0 when unknown) and grows only if more come.
     */
    static byte[] readAtMost(InputStream in, long expected, int limit) throws IOException {
        byte[] buf = new byte[(int) Math.min(expected > 0 ? expected : 8192, limit)];
        int n = 0;
        while (true) {
            if (n == buf.length) {
                int b = in.read(); // at the expected end: one byte tells the end from a source that goes on
                if (b < 0) {
                    return buf;
                }
                buf = Arrays.copyOf(buf, (int) Math.min(2L * buf.length + 1, limit));
                buf[n++] = (byte) b;
            } else {
                int r = in.read(buf, n, buf.length - n);
                if (r < 0) {
                    return Arrays.copyOf(buf, n);
                }
                n += r;
            }
            if (n == limit) {
                return buf;
            }
        }
    }

    /**
     * Decodes bytes, detecting the charset when {@code charset} is null (see {@link SourceDecoder}).
     *
     * @param bytes   the input bytes
     * @param name    the name for messages and provenance
     * @param charset the bytes' charset, or null to detect it
     * @return the decoded source
     * @throws LaurelException when the bytes are too many or cannot be decoded
     */
    public static Source of(byte[] bytes, String name, Charset charset) throws LaurelException {
        Objects.requireNonNull(bytes, "bytes must not be null");
        Objects.requireNonNull(name, "name must not be null");
        if (charset == null && BinarySniffer.document(bytes) != null) {
            // UTF-8 "detected": the text will be extracted, not decoded, and no caller chose a charset.
            return new Source(name, "", StandardCharsets.UTF_8, true, bytes.length, sha256(bytes), BINARY, bytes);
        }
        SourceDecoder.Decoded decoded = SourceDecoder.decode(bytes, name, charset);
        return new Source(name, decoded.text(), decoded.charset(), charset == null, bytes.length,
                sha256(bytes), DECODED, bytes, decoded.issues());
    }

    /**
     * A source for text already in memory; its bytes are taken to be the UTF-8 encoding.
     *
     * @param text the text
     * @param name the name for messages and provenance
     * @return a source with the UTF-8 charset, not detected
     */
    public static Source ofText(String text, String name) {
        Objects.requireNonNull(text, "text must not be null");
        Objects.requireNonNull(name, "name must not be null");
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        return new Source(name, text, StandardCharsets.UTF_8, false, bytes.length, sha256(bytes), DECODED, null);
    }

    /**
     * The same source with other text, e.g. the article text extracted from an HTML page; its issues
     * lose their spans, which indexed the old text.
     *
     * @param newText the new text
     * @param origin  where the new text came from, e.g. {@code html-extracted}
     * @return a copy with the new text and origin
     */
    public Source withText(String newText, String origin) {
        List<Diagnostic> kept = issues.stream().map(d -> d.span() == null ? d
                : new Diagnostic(d.kind(), d.severity(), d.awardee(), d.message(), null)).toList();
        return new Source(name, newText, charset, charsetDetected, byteLength, sha256, origin, raw, kept);
    }

    /**
     * True for a binary document whose text is yet to be extracted ({@link #BINARY}).
     *
     * @return whether a binary parser must extract the text first
     */
    public boolean isBinary() {
        return textOrigin.equals(BINARY);
    }

    /**
     * What binary file the original bytes start like ("a PDF document", "a ZIP archive (or a .docx/.xlsx
     * file)"), or null for text and for a source without bytes.
     *
     * @return the kind of binary file, or null
     */
    public String binaryKind() {
        return raw == null ? null : BinarySniffer.magic(raw);
    }

    /**
     * The provenance record written into an announcement, carrying {@link #text()} (not written to JSON) for
     * exporters that show the text the spans index.
     *
     * @return the name, charset, length, hash, text origin and text
     */
    public SourceInfo info() {
        return new SourceInfo(name.isBlank() ? "unnamed" : name, sha256, charset.name(), charsetDetected,
                byteLength, text.length(), textOrigin, null, null, text);
    }

    /**
     * The original bytes, or null for a text source. A copy, so the source stays immutable.
     *
     * @return a copy of the bytes, or null
     */
    @Override
    public byte[] raw() {
        return raw == null ? null : raw.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Source s && name.equals(s.name) && text.equals(s.text) && charset.equals(s.charset)
                && charsetDetected == s.charsetDetected && byteLength == s.byteLength && sha256.equals(s.sha256)
                && textOrigin.equals(s.textOrigin) && issues.equals(s.issues);
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, sha256, textOrigin, text.length());
    }

    @Override
    public String toString() {
        return "Source[" + name + ", " + charset.name() + ", " + byteLength + " bytes, " + text.length() + " chars]";
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every Java platform", e);
        }
    }
}
