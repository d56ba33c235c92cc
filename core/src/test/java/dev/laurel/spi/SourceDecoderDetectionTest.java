package dev.laurel.spi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.quicktheories.QuickTheory.qt;

import dev.laurel.LaurelException;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.SourceDSL;

/**
 * Charset detection and {@link SourceDecoder#strict} give what the JDK's exception-throwing strict decoders give:
 * valid UTF-8 (a genuine U+FFFD included) is UTF-8, else clean GB18030 is GB18030, else the input is refused.
 */
class SourceDecoderDetectionTest {
    private static final Charset GB18030 = Charset.forName("GB18030");
    private static final List<Charset> CHARSETS = List.of(StandardCharsets.UTF_8, GB18030, StandardCharsets.UTF_16,
            StandardCharsets.UTF_16LE, Charset.forName("ISO-2022-JP"), Charset.forName("Shift_JIS"), StandardCharsets.US_ASCII);

    /** {@code CharsetDecoder.decode(ByteBuffer)} with REPORT: the text, or null when it throws. */
    private static String jdkStrict(byte[] bytes, Charset cs) {
        try {
            return cs.newDecoder().onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    /**
     * What detection must give for bytes without a byte order mark or NUL: "charset:text", or null when
     * refused (or read as UTF-16 without a byte order mark, see {@link #utf16RoundTrip}).
     */
    private static String expected(byte[] bytes) {
        String utf8 = jdkStrict(bytes, StandardCharsets.UTF_8);
        if (utf8 != null) {
            return "UTF-8:" + utf8;
        }
        String gb = jdkStrict(bytes, GB18030);
        return gb == null ? null : "GB18030:" + gb;
    }

    /** Bytes in neither UTF-8 nor GB18030 may be read as UTF-16 without a byte order mark: then they round-trip. */
    private static boolean utf16RoundTrip(byte[] bytes, String detected) {
        for (Charset cs : List.of(StandardCharsets.UTF_16LE, StandardCharsets.UTF_16BE)) {
            if (detected != null && detected.startsWith(cs.name() + ":")) {
                return Arrays.equals(bytes, detected.substring(cs.name().length() + 1).getBytes(cs));
            }
        }
        return false;
    }

    private static String detected(byte[] bytes) {
        try {
            SourceDecoder.Decoded d = SourceDecoder.decode(bytes, "x.txt", null);
            return d.charset().name() + ":" + d.text();
        } catch (LaurelException e) {
            return null;
        }
    }

    /** Pieces of UTF-8 and GB18030 text (a U+FFFD and a supplementary char among them) and stray bytes. */
    private static Gen<byte[]> documents() {
        String[] pieces = {"a", "中", "\uFFFD", "😀", "万元", "。"};
        return SourceDSL.lists().of(SourceDSL.integers().between(0, 3 * pieces.length + 3)).ofSizeBetween(0, 50).map(ix -> {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            for (int k : ix) {
                if (k < pieces.length) {
                    out.writeBytes(pieces[k].getBytes(StandardCharsets.UTF_8));
                } else if (k < 2 * pieces.length) {
                    out.writeBytes(pieces[k - pieces.length].getBytes(GB18030));
                } else if (k < 3 * pieces.length) {
                    out.writeBytes(pieces[k - 2 * pieces.length].getBytes(StandardCharsets.UTF_8));
                } else {
                    out.write(new int[] {0x80, 0xE4, 0xED, 0xFF}[k - 3 * pieces.length]); // stray or cut sequence starts
                }
            }
            byte[] b = out.toByteArray();
            return b.length >= 2 && (b[0] & 0xFF) >= 0xFE ? new byte[0] : b; // no byte order mark
        });
    }

    @Test
    void detectionMatchesTheStrictDecoders() {
        qt().withExamples(5000).forAll(documents()).check(b -> Objects.equals(expected(b), detected(b))
                || (expected(b) == null && utf16RoundTrip(b, detected(b))));
    }

    @Test
    void strictMatchesTheJdkDecoder() {
        qt().withExamples(2000).forAll(documents(), SourceDSL.integers().between(0, CHARSETS.size() - 1))
                .check((b, c) -> Objects.equals(jdkStrict(b, CHARSETS.get(c)), SourceDecoder.strict(b, CHARSETS.get(c))));
    }

    @Test
    void theUtf8ProbeAgreesWithTheJdkDecoderOnEveryPrefix() {
        qt().withExamples(3000).forAll(documents(), SourceDSL.integers().between(0, 200)).check((b, cut) -> {
            int limit = Math.min(b.length, cut);
            boolean endOfInput = limit == b.length;
            byte[] prefix = Arrays.copyOf(b, limit);
            boolean jdk = endOfInput ? jdkStrict(prefix, StandardCharsets.UTF_8) != null : completable(prefix);
            return jdk == SourceDecoder.utf8Start(b, limit);
        });
    }

    /**
     * True when some continuation bytes complete the cut UTF-8 prefix into valid UTF-8 (the JDK decoder, fed
     * a prefix that may continue, does not report a sequence that can never be completed, such as ED A0).
     */
    private static boolean completable(byte[] prefix) {
        int[] tails = {0x80, 0x8F, 0x90, 0x9F, 0xA0, 0xBF};
        for (int n = 0; n <= 3; n++) {
            int combos = (int) Math.pow(tails.length, n);
            for (int c = 0; c < combos; c++) {
                byte[] whole = Arrays.copyOf(prefix, prefix.length + n);
                for (int k = 0, rest = c; k < n; k++, rest /= tails.length) {
                    whole[prefix.length + k] = (byte) tails[rest % tails.length];
                }
                if (jdkStrict(whole, StandardCharsets.UTF_8) != null) {
                    return true;
                }
            }
        }
        return false;
    }

    @Test
    void aGenuineReplacementCharIsUtf8() throws LaurelException {
        byte[] bytes = "名单\uFFFD共100人".getBytes(StandardCharsets.UTF_8);
        SourceDecoder.Decoded d = SourceDecoder.decode(bytes, "x.txt", null);
        assertEquals(StandardCharsets.UTF_8, d.charset());
        assertEquals("名单\uFFFD共100人", d.text());
    }

    @Test
    void malformedUtf8AfterTheFirstBytesIsStillNotUtf8() throws LaurelException {
        String text = "a".repeat(100) + "共100人";
        byte[] gb = text.getBytes(GB18030);
        assertEquals(GB18030, SourceDecoder.decode(gb, "x.txt", null).charset());
        byte[] cut = "中".repeat(30).getBytes(StandardCharsets.UTF_8);
        byte[] broken = Arrays.copyOf(cut, cut.length - 1); // the last char cut short
        assertNull(jdkStrict(broken, StandardCharsets.UTF_8));
        assertEquals(expected(broken), detected(broken));
    }

    @Test
    void aCharCutByTheFirstBytesLookedAtIsNoError() throws LaurelException {
        for (int pad = 0; pad < 8; pad++) {
            String text = "a".repeat(pad) + "😀".repeat(20);
            SourceDecoder.Decoded d = SourceDecoder.decode(text.getBytes(StandardCharsets.UTF_8), "x.txt", null);
            assertEquals(StandardCharsets.UTF_8, d.charset());
            assertEquals(text, d.text());
        }
    }

    @Test
    void strictRefusesInvalidInputAndReadsEmptyInput() {
        assertNull(SourceDecoder.strict(new byte[] {'a', (byte) 0xFF}, StandardCharsets.UTF_8));
        assertEquals("", SourceDecoder.strict(new byte[0], GB18030));
    }
}
