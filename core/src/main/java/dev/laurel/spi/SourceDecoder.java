package dev.laurel.spi;

import dev.laurel.LaurelException;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Decides how to decode a document's bytes: a given charset always wins; else a byte order mark
 * decides (UTF-8, UTF-16 LE/BE); else strictly valid UTF-8 is UTF-8; else GB18030 (which covers GBK
 * and GB2312) when the bytes decode cleanly; else the input is refused. Binary files (images, PDF,
 * archives, anything with NUL bytes) are refused with a message that says so.
 */
public final class SourceDecoder {

    static final Charset GB18030 = Charset.forName("GB18030");

    private SourceDecoder() {
    }

    /** The decoded text and the charset used. */
    public record Decoded(String text, Charset charset) {
    }

    /** Decodes the bytes; the text starts without byte order marks (a doubled BOM, as left by concatenation, is dropped too). */
    public static Decoded decode(byte[] bytes, String name, Charset given) throws LaurelException {
        Decoded d = decodeWithBom(bytes, name, given);
        int start = 0;
        while (start < d.text().length() && d.text().charAt(start) == '\uFEFF') {
            start++;
        }
        return start == 0 ? d : new Decoded(d.text().substring(start), d.charset());
    }

    private static Decoded decodeWithBom(byte[] bytes, String name, Charset given) throws LaurelException {
        if (given != null) {
            int skip = bomLength(bytes, given);
            return new Decoded(lenient(bytes, skip, given), given);
        }
        if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
            return new Decoded(lenient(bytes, 3, StandardCharsets.UTF_8), StandardCharsets.UTF_8);
        }
        if (startsWith(bytes, 0xFF, 0xFE)) {
            return new Decoded(lenient(bytes, 2, StandardCharsets.UTF_16LE), StandardCharsets.UTF_16LE);
        }
        if (startsWith(bytes, 0xFE, 0xFF)) {
            return new Decoded(lenient(bytes, 2, StandardCharsets.UTF_16BE), StandardCharsets.UTF_16BE);
        }
        String binary = binaryKind(bytes);
        String utf16 = binary != null && binary.endsWith("NUL bytes)") ? utf16WithoutBom(bytes) : null;
        if (utf16 != null) {
            throw new LaurelException(name + " looks like " + utf16 + " text without a byte order mark; pass --charset "
                    + utf16 + " if it is.");
        }
        if (binary != null) {
            throw new LaurelException(name + " looks like " + binary + ", not text; pass a text or HTML file.");
        }
        String text = utf8(bytes);
        if (text != null) {
            return new Decoded(text, StandardCharsets.UTF_8);
        }
        text = strict(bytes, GB18030);
        if (text != null) {
            return new Decoded(text, GB18030);
        }
        throw new LaurelException(name + " is neither valid UTF-8 nor GB18030; pass its encoding with --charset NAME.");
    }

    private static String binaryKind(byte[] b) {
        if (startsWith(b, 0x89, 'P', 'N', 'G')) {
            return "a PNG image";
        }
        if (startsWith(b, '%', 'P', 'D', 'F')) {
            return "a PDF document";
        }
        if (startsWith(b, 0xFF, 0xD8, 0xFF)) {
            return "a JPEG image";
        }
        if (startsWith(b, 'G', 'I', 'F', '8')) {
            return "a GIF image";
        }
        if (startsWith(b, 'P', 'K', 3, 4)) {
            return "a ZIP archive (or a .docx/.xlsx file)";
        }
        if (startsWith(b, 0xD0, 0xCF, 0x11, 0xE0)) {
            return "an old Microsoft Office file";
        }
        if (hasNul(b, Math.min(b.length, 8192))) {
            return "a binary file (it holds NUL bytes)";
        }
        return null;
    }

    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

    /** True when {@code b[0, limit)} holds a 0 byte; reads eight bytes at a time. */
    private static boolean hasNul(byte[] b, int limit) {
        int i = 0;
        for (; i + 8 <= limit; i += 8) {
            long x = (long) LONGS.get(b, i);
            if (((x - 0x0101010101010101L) & ~x & 0x8080808080808080L) != 0) {
                return true; // the classic has-zero-byte test: non-zero exactly when a byte of x is 0
            }
        }
        for (; i < limit; i++) {
            if (b[i] == 0) {
                return true;
            }
        }
        return false;
    }

    /**
     * UTF-16LE or UTF-16BE when the first bytes look like mostly-ASCII UTF-16 without a byte order mark
     * (a NUL in every other byte, on one side only, in at least a quarter of the pairs), else null.
     */
    private static String utf16WithoutBom(byte[] b) {
        int pairs = Math.min(b.length, 8192) / 2;
        if (pairs < 2) {
            return null;
        }
        int evenNuls = 0;
        int oddNuls = 0;
        for (int i = 0; i < pairs * 2; i += 2) {
            evenNuls += b[i] == 0 ? 1 : 0;
            oddNuls += b[i + 1] == 0 ? 1 : 0;
        }
        if (evenNuls == 0 && oddNuls * 4 >= pairs) {
            return "UTF-16LE";
        }
        if (oddNuls == 0 && evenNuls * 4 >= pairs) {
            return "UTF-16BE";
        }
        return null;
    }

    private static int bomLength(byte[] b, Charset cs) {
        if (cs.equals(StandardCharsets.UTF_8) && startsWith(b, 0xEF, 0xBB, 0xBF)) {
            return 3;
        }
        if ((cs.equals(StandardCharsets.UTF_16LE) && startsWith(b, 0xFF, 0xFE))
                || (cs.equals(StandardCharsets.UTF_16BE) && startsWith(b, 0xFE, 0xFF))) {
            return 2;
        }
        return 0;
    }

    private static boolean startsWith(byte[] b, int... prefix) {
        if (b.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((b[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    /** How many leading bytes {@link #utf8} checks strictly before decoding the whole input leniently. */
    private static final int UTF8_PROBE = 64;

    /**
     * The bytes as UTF-8 when they are strictly valid UTF-8, else null: what {@code strict(bytes, UTF_8)}
     * gives, faster. The String constructor decodes fastest and replaces malformed input with U+FFFD, so its
     * result stands when it holds no U+FFFD; with one (malformed input or a genuine U+FFFD) the strict decoder
     * decides. Text in another encoding (GB18030) fails within its first bytes, which are checked strictly first.
     */
    private static String utf8(byte[] bytes) {
        if (!utf8Start(bytes, Math.min(bytes.length, UTF8_PROBE))) {
            return null;
        }
        String text = new String(bytes, StandardCharsets.UTF_8);
        return text.indexOf('\uFFFD') < 0 ? text : strict(bytes, StandardCharsets.UTF_8);
    }

    /**
     * False when {@code b[0, limit)} holds a malformed UTF-8 sequence (Unicode's table of well-formed byte
     * sequences: no overlong forms, surrogates or code points past U+10FFFF). A sequence cut at {@code limit}
     * is no error unless the input ends there.
     */
    static boolean utf8Start(byte[] b, int limit) {
        int i = 0;
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
     */
    public static String strict(byte[] bytes, Charset cs) {
        CharsetDecoder decoder;
        try {
            decoder = strictDecoder(cs);
        } catch (UnsupportedOperationException e) {
            return null;
        }
        if (bytes.length == 0) {
            return "";
        }
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate((int) (bytes.length * decoder.averageCharsPerByte()));
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
