package dev.laurel.spi;

import dev.laurel.LaurelException;
import dev.laurel.model.Diagnostic;
import dev.laurel.model.DiagnosticKind;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Decides how to decode a document's bytes: a given charset always wins; else a byte order mark
 * decides (UTF-8, UTF-16 LE/BE), unless the bytes after it contradict it and fit UTF-8 or GB18030
 * (see {@link CharsetFit}); else binary files (images, PDF, archives) are refused; else bytes with a
 * NUL anywhere are UTF-16 without a byte order mark when they read as such (see {@link Utf16Sniffer}),
 * or refused; else strictly valid UTF-8 is UTF-8; else GB18030 (which covers GBK and GB2312) when the
 * bytes decode cleanly; else UTF-16 without a byte order mark; else the input is refused. What it
 * noticed on the way (a contradicted BOM, a given charset the bytes fit badly) comes with the text as
 * {@link DiagnosticKind#CHARSET_MISMATCH} diagnostics.
 */
public final class SourceDecoder {

    static final Charset GB18030 = Charset.forName("GB18030");

    private SourceDecoder() {
    }

    /**
     * The decoded text, the charset used, and what decoding noticed (diagnostics without spans).
     *
     * @param text    the decoded text, without a byte order mark
     * @param charset the charset used
     * @param issues  what decoding noticed
     */
    public record Decoded(String text, Charset charset, List<Diagnostic> issues) {
        /**
         * Copies {@code issues}.
         *
         * @param text    the decoded text
         * @param charset the charset used
         * @param issues  what decoding noticed; not null
         */
        public Decoded {
            issues = List.copyOf(issues);
        }

        /**
         * A decoding that noticed nothing.
         *
         * @param text    the decoded text
         * @param charset the charset used
         */
        public Decoded(String text, Charset charset) {
            this(text, charset, List.of());
        }
    }

    /**
     * Decodes the bytes; the text starts without byte order marks (a doubled BOM, as left by concatenation, is dropped too).
     *
     * @param bytes the input bytes
     * @param name  the input's name, for messages
     * @param given the charset the caller gave, or null to detect it
     * @return the text, the charset used and what was noticed
     * @throws LaurelException when the bytes cannot be decoded
     */
    public static Decoded decode(byte[] bytes, String name, Charset given) throws LaurelException {
        Decoded d = decodeWithBom(bytes, name, given);
        int start = 0;
        while (start < d.text().length() && d.text().charAt(start) == '\uFEFF') {
            start++;
        }
        return start == 0 ? d : new Decoded(d.text().substring(start), d.charset(), d.issues());
    }

    private static Decoded decodeWithBom(byte[] bytes, String name, Charset given) throws LaurelException {
        if (given != null) {
            String text = lenient(bytes, bomLength(bytes, given), given);
            Diagnostic doubt = CharsetFit.given(bytes, text, given);
            return new Decoded(text, given, doubt == null ? List.of() : List.of(doubt));
        }
        if (BinarySniffer.startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
            String text = utf8(bytes, 3);
            return text != null ? new Decoded(text, StandardCharsets.UTF_8)
                    : CharsetFit.afterBom(bytes, 3, StandardCharsets.UTF_8, lenient(bytes, 3, StandardCharsets.UTF_8));
        }
        if (BinarySniffer.startsWith(bytes, 0xFF, 0xFE)) {
            return CharsetFit.afterBom(bytes, 2, StandardCharsets.UTF_16LE, lenient(bytes, 2, StandardCharsets.UTF_16LE));
        }
        if (BinarySniffer.startsWith(bytes, 0xFE, 0xFF)) {
            return CharsetFit.afterBom(bytes, 2, StandardCharsets.UTF_16BE, lenient(bytes, 2, StandardCharsets.UTF_16BE));
        }
        String binary = BinarySniffer.magic(bytes);
        if (binary != null) {
            throw new LaurelException(name + " looks like " + binary + ", not text; pass a text or HTML file.");
        }
        int nul = BinarySniffer.firstNul(bytes);
        if (nul >= 0) {
            Decoded utf16 = Utf16Sniffer.decode(bytes);
            if (utf16 != null) {
                return utf16;
            }
            throw new LaurelException(name + " looks like a binary file (it holds NUL bytes, the first at byte " + nul
                    + "), not text; if it is UTF-16 text without a byte order mark, pass --charset UTF-16LE or"
                    + " --charset UTF-16BE, else pass a text or HTML file.");
        }
        String text = utf8(bytes, 0);
        if (text != null) {
            return new Decoded(text, StandardCharsets.UTF_8);
        }
        text = strict(bytes, 0, bytes.length, GB18030);
        if (text != null) {
            return new Decoded(text, GB18030);
        }
        Decoded utf16 = Utf16Sniffer.decode(bytes);
        if (utf16 != null) {
            return utf16;
        }
        throw new LaurelException(name + " is neither valid UTF-8 nor GB18030; pass its encoding with --charset NAME.");
    }

    private static int bomLength(byte[] b, Charset cs) {
        if (cs.equals(StandardCharsets.UTF_8) && BinarySniffer.startsWith(b, 0xEF, 0xBB, 0xBF)) {
            return 3;
        }
        if ((cs.equals(StandardCharsets.UTF_16LE) && BinarySniffer.startsWith(b, 0xFF, 0xFE))
                || (cs.equals(StandardCharsets.UTF_16BE) && BinarySniffer.startsWith(b, 0xFE, 0xFF))) {
            return 2;
        }
        return 0;
    }

    /** How many leading bytes {@link #utf8} checks strictly before decoding the whole input leniently. */
    private static final int UTF8_PROBE = 64;

    /**
     * {@code bytes[offset..]} as UTF-8 when they are strictly valid UTF-8, else null: what {@code strict(…, UTF_8)}
     * gives, faster. The String constructor decodes fastest and replaces malformed input with U+FFFD, so its
     * result stands when it holds no U+FFFD; with one (malformed input or a genuine U+FFFD) the strict decoder
     * decides. Text in another encoding (GB18030) fails within its first bytes, which are checked strictly first.
     */
    private static String utf8(byte[] bytes, int offset) {
        int length = bytes.length - offset;
        if (!utf8Start(bytes, offset, offset + Math.min(length, UTF8_PROBE))) {
            return null;
        }
        String text = new String(bytes, offset, length, StandardCharsets.UTF_8);
        return text.indexOf('\uFFFD') < 0 ? text : strict(bytes, offset, length, StandardCharsets.UTF_8);
    }

    /**
     * False when {@code b[0, limit)} holds a malformed UTF-8 sequence (Unicode's table of well-formed byte
     * sequences: no overlong forms, surrogates or code points past U+10FFFF). A sequence cut at {@code limit}
     * is no error unless the input ends there.
     */
    static boolean utf8Start(byte[] b, int limit) {
        return utf8Start(b, 0, limit);
    }

    /** {@link #utf8Start(byte[], int)} for {@code b[from, limit)}. */
    static boolean utf8Start(byte[] b, int from, int limit) {
        int i = from;
        while (i < limit) {
            int lead = b[i] & 0xFF;
            if (lead < 0x80) {
                i++;
                continue;
            }
            int length;
            int low = 0x80;
            int high = 0xBF;
            if (lead >= 0xC2 && lead <= 0xDF) {
                length = 2;
            } else if (lead >= 0xE0 && lead <= 0xEF) {
                length = 3;
                low = lead == 0xE0 ? 0xA0 : 0x80;
                high = lead == 0xED ? 0x9F : 0xBF;
            } else if (lead >= 0xF0 && lead <= 0xF4) {
                length = 4;
                low = lead == 0xF0 ? 0x90 : 0x80;
                high = lead == 0xF4 ? 0x8F : 0xBF;
            } else {
                return false;
            }
            for (int k = 1; k < length; k++) {
                if (i + k >= limit) {
                    return limit < b.length;
                }
                int next = b[i + k] & 0xFF;
                if (next < (k == 1 ? low : 0x80) || next > (k == 1 ? high : 0xBF)) {
                    return false;
                }
            }
            i += length;
        }
        return true;
    }

    /**
     * The bytes decoded with {@code cs}, or null when they are not valid in it (or it cannot decode).
     * Decodes as {@link CharsetDecoder#decode(ByteBuffer)} does, without an exception for invalid input.
     *
     * @param bytes the bytes to decode
     * @param cs    the charset to decode with
     * @return the text, or null
     */
    public static String strict(byte[] bytes, Charset cs) {
        return strict(bytes, 0, bytes.length, cs);
    }

    /** {@link #strict(byte[], Charset)} for {@code bytes[offset, offset + length)}. */
    static String strict(byte[] bytes, int offset, int length, Charset cs) {
        CharsetDecoder decoder;
        try {
            decoder = strictDecoder(cs);
        } catch (UnsupportedOperationException e) {
            return null;
        }
        if (length == 0) {
            return "";
        }
        ByteBuffer in = ByteBuffer.wrap(bytes, offset, length);
        CharBuffer out = CharBuffer.allocate((int) (length * decoder.averageCharsPerByte()) + 1);
        while (true) {
            CoderResult r = decoder.decode(in, out, true);
            if (r.isUnderflow()) {
                r = decoder.flush(out);
            }
            if (r.isUnderflow()) {
                return out.flip().toString();
            }
            if (!r.isOverflow()) {
                return null; // malformed or unmappable
            }
            CharBuffer larger = CharBuffer.allocate(2 * out.capacity() + 1);
            out = larger.put(out.flip());
        }
    }

    private static CharsetDecoder strictDecoder(Charset cs) {
        return cs.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
    }

    private static String lenient(byte[] bytes, int offset, Charset cs) {
        if (cs.equals(StandardCharsets.UTF_16LE) || cs.equals(StandardCharsets.UTF_16BE)) {
            return utf16(bytes, offset, cs.equals(StandardCharsets.UTF_16BE));
        }
        return new String(bytes, offset, bytes.length - offset, cs);
    }

    /**
     * UTF-16 with each lone surrogate (and an odd last byte) replaced by U+FFFD on its own. The JDK
     * decoder replaces a lone high surrogate together with the char after it, so U+D800 followed by "12"
     * would lose the 1.
     */
    private static String utf16(byte[] b, int offset, boolean bigEndian) {
        int units = (b.length - offset) / 2;
        StringBuilder out = new StringBuilder(units + 1);
        for (int i = 0; i < units; i++) {
            int at = offset + 2 * i;
            char c = bigEndian ? (char) (((b[at] & 0xFF) << 8) | (b[at + 1] & 0xFF))
                    : (char) (((b[at + 1] & 0xFF) << 8) | (b[at] & 0xFF));
            out.append(c);
        }
        if ((b.length - offset) % 2 != 0) {
            out.append('\uFFFD');
        }
        for (int i = 0; i < out.length(); i++) {
            char c = out.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < out.length() && Character.isLowSurrogate(out.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                out.setCharAt(i, '\uFFFD');
            }
        }
        return out.toString();
    }
}
