package dev.laurel.spi;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.laurel.LaurelException;
import dev.laurel.model.SourceInfo;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The sample in each supported encoding decodes to the same text; charset provenance; refusals. */
class SourceDecoderTest {
    static final Path SEED = Path.of("..", "seeds", "000_8580ebc5395fa60a.txt");
    static final Charset GB18030 = Charset.forName("GB18030");

    static String seed() throws IOException {
        return Files.readString(SEED, StandardCharsets.UTF_8);
    }

    /** The sample's text encoded as {@code encoding}: UTF-8, UTF-8-BOM, GB18030, UTF-16LE-BOM, UTF-16BE-BOM. */
    static byte[] encoded(String text, String encoding) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        switch (encoding) {
            case "UTF-8" -> out.writeBytes(text.getBytes(StandardCharsets.UTF_8));
            case "UTF-8-BOM" -> {
                out.writeBytes(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
                out.writeBytes(text.getBytes(StandardCharsets.UTF_8));
            }
            case "GB18030" -> out.writeBytes(text.getBytes(GB18030));
            case "UTF-16LE-BOM" -> {
                out.writeBytes(new byte[] {(byte) 0xFF, (byte) 0xFE});
                out.writeBytes(text.getBytes(StandardCharsets.UTF_16LE));
            }
            case "UTF-16BE-BOM" -> {
                out.writeBytes(new byte[] {(byte) 0xFE, (byte) 0xFF});
                out.writeBytes(text.getBytes(StandardCharsets.UTF_16BE));
            }
            default -> throw new IllegalArgumentException(encoding);
        }
        return out.toByteArray();
    }

    @ParameterizedTest
    @CsvSource({"UTF-8, UTF-8", "UTF-8-BOM, UTF-8", "GB18030, GB18030", "UTF-16LE-BOM, UTF-16LE", "UTF-16BE-BOM, UTF-16BE"})
    void theSampleDecodesToTheSameTextInEveryEncoding(String encoding, String expected) throws Exception {
        String text = seed();
        byte[] bytes = encoded(text, encoding);
        Source s = Source.of(bytes, "seed", null);
        assertEquals(text, s.text());
        assertEquals(Charset.forName(expected), s.charset());
        assertTrue(s.charsetDetected());
        assertEquals(bytes.length, s.byteLength());
        assertArrayEquals(bytes, s.raw());
        SourceInfo info = s.info();
        assertEquals(Charset.forName(expected).name(), info.charset());
        assertTrue(info.charsetDetected());
        assertEquals(text.length(), info.chars());
        assertEquals(Source.DECODED, info.textOrigin());
    }

    @ParameterizedTest
    @CsvSource({"UTF-8, UTF-8", "UTF-8-BOM, UTF-8", "GB18030, GB18030", "UTF-16LE-BOM, UTF-16LE", "UTF-16BE-BOM, UTF-16BE"})
    void aGivenCharsetIsRecordedAsGivenAndTheBomIsDropped(String encoding, String charset) throws Exception {
        String text = seed();
        Source s = Source.of(encoded(text, encoding), "seed", Charset.forName(charset));
        assertEquals(text, s.text());
        assertFalse(s.charsetDetected());
        assertFalse(s.info().charsetDetected());
    }

    @Test
    void anExplicitCharsetAlwaysWinsEvenWhenWrong() throws Exception {
        byte[] utf8 = seed().getBytes(StandardCharsets.UTF_8);
        Source latin = Source.of(utf8, "seed", StandardCharsets.ISO_8859_1);
        assertEquals(StandardCharsets.ISO_8859_1, latin.charset());
        assertEquals(utf8.length, latin.text().length(), "one char per byte: the given charset was used");
        // GB18030 given for UTF-8 bytes: decoded leniently, no exception, recorded as given.
        Source gb = Source.of(utf8, "seed", GB18030);
        assertEquals(GB18030, gb.charset());
        assertFalse(gb.charsetDetected());
        // Bytes that are no valid UTF-8 are decoded with the given UTF-8 anyway (replacement chars).
        Source bad = Source.of(new byte[] {'a', (byte) 0xFF, 'b'}, "bad", StandardCharsets.UTF_8);
        assertEquals("a\uFFFDb", bad.text());
    }

    @Test
    void undecodableBytesAreRefusedNamingTheFileAndCharset() {
        // 0x80 and 0xFF are no valid first byte in UTF-8 nor in GB18030.
        byte[] bytes = {'a', 'b', (byte) 0x80, 'c', (byte) 0xFF, (byte) 0xFF};
        LaurelException e = assertThrows(LaurelException.class, () -> Source.of(bytes, "notice.txt", null));
        assertTrue(e.getMessage().startsWith("notice.txt "), e.getMessage());
        assertTrue(e.getMessage().contains("--charset"), e.getMessage());
        assertTrue(e.getMessage().endsWith("."), "one sentence: " + e.getMessage());
        assertFalse(e.getMessage().contains("\n"));
    }

    @Test
    void undecodableFileIsRefusedWithItsPath(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("名单.txt");
        Files.write(file, new byte[] {(byte) 0xC3, (byte) 0x28, (byte) 0xFF, (byte) 0xFE, (byte) 0xFD, 0x41});
        LaurelException e = assertThrows(LaurelException.class, () -> Source.of(file));
        assertTrue(e.getMessage().contains("名单.txt"), e.getMessage());
        assertTrue(e.getMessage().contains("--charset"), e.getMessage());
    }

    @Test
    void fileSourcesRecordNameAndCharset(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("seed-gb.txt");
        Files.write(file, seed().getBytes(GB18030));
        Source s = Source.of(file);
        assertEquals("seed-gb.txt", s.name());
        assertEquals(GB18030, s.charset());
        assertTrue(s.charsetDetected());
        assertEquals(seed(), s.text());
        Source given = Source.of(file, GB18030);
        assertFalse(given.charsetDetected());
        assertEquals(s.sha256(), given.sha256());
    }

    @Test
    void pureAsciiIsUtf8AndEmptyBytesAreEmptyText() throws LaurelException {
        assertEquals(StandardCharsets.UTF_8, Source.of("abc 123".getBytes(StandardCharsets.US_ASCII), "a", null).charset());
        Source empty = Source.of(new byte[0], "empty", null);
        assertEquals("", empty.text());
        assertEquals(StandardCharsets.UTF_8, empty.charset());
        assertEquals("", Source.of(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, "bom", null).text());
    }

    @Test
    void utf16WithoutBomIsDetectedWhenItReadsAsText() throws LaurelException {
        byte[] le = "湖州市 2023".getBytes(StandardCharsets.UTF_16LE);
        assertEquals(StandardCharsets.UTF_16LE, Source.of(le, "word-export.txt", null).charset());
        assertEquals("湖州市 2023", Source.of(le, "word-export.txt", null).text());
        byte[] be = "Hangzhou 杭州".getBytes(StandardCharsets.UTF_16BE);
        assertEquals(StandardCharsets.UTF_16BE, Source.of(be, "be.txt", null).charset());
    }

    @Test
    void shortUtf16WithoutBomIsRefusedWithAHintToGiveTheCharset() {
        byte[] le = "湖州 23".getBytes(StandardCharsets.UTF_16LE);
        LaurelException e = assertThrows(LaurelException.class, () -> Source.of(le, "word-export.txt", null));
        assertTrue(e.getMessage().contains("UTF-16LE"), e.getMessage());
        assertTrue(e.getMessage().contains("--charset"), e.getMessage());
    }

    @Test
    void textSourcesAreUtf8AndGiven() {
        Source s = Source.ofText("杭州市", "t");
        assertEquals(StandardCharsets.UTF_8, s.charset());
        assertFalse(s.charsetDetected());
        assertEquals(9, s.byteLength());
        assertEquals(null, s.raw());
    }

    @Test
    void loneSurrogatesInUtf16AreReplacedOneByOneWithoutLosingTheNextChar() throws LaurelException {
        // FF FE, 杭 (U+676D), a lone high surrogate U+D800, then "12"
        byte[] le = {(byte) 0xFF, (byte) 0xFE, 0x6D, 0x67, 0x00, (byte) 0xD8, 0x31, 0x00, 0x32, 0x00};
        assertEquals("杭\uFFFD12", Source.of(le, "le", null).text());
        byte[] be = {(byte) 0xFE, (byte) 0xFF, 0x67, 0x6D, (byte) 0xDC, 0x00, 0x00, 0x31, (byte) 0xD8, 0x3D, (byte) 0xDE, 0x00};
        assertEquals("杭\uFFFD1\uD83D\uDE00", Source.of(be, "be", null).text(), "a valid pair stays");
        assertEquals("杭\uFFFD", Source.of(new byte[] {(byte) 0xFF, (byte) 0xFE, 0x6D, 0x67, 0x31}, "odd", null).text());
        assertEquals("\uFFFD", Source.of(new byte[] {0x00, (byte) 0xD8}, "given", StandardCharsets.UTF_16LE).text());
    }

    /** Found by SourceDecoderFuzzTest (crash-c5019fe…): a doubled UTF-8 BOM left a U+FEFF at the start of the text. */
    @Test
    void aDoubledByteOrderMarkIsDroppedToo() throws LaurelException {
        byte[] two = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, (byte) 0xEF, (byte) 0xBB, (byte) 0xBF, 'a', '.', 'B'};
        assertEquals("a.B", Source.of(two, "two-boms", null).text());
        assertEquals("a.B", Source.of(two, "two-boms", StandardCharsets.UTF_8).text());
        byte[] gbBom = {(byte) 0x84, 0x31, (byte) 0x95, 0x33, (byte) 0xC4, (byte) 0xE3}; // GB18030 U+FEFF, 你
        assertEquals("你", Source.of(gbBom, "gb-bom", null).text());
    }
}
