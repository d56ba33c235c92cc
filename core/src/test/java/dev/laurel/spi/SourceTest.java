package dev.laurel.spi;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.laurel.LaurelException;
import java.io.ByteArrayInputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Decoding of bytes into a {@link Source}: byte order marks, detection, refusals. */
class SourceTest {

    static final String TEXT = "热烈祝贺浙江20个市、县(市)荣获全国双拥模范城(县)命名";
    static final Charset GB18030 = Charset.forName("GB18030");

    @TempDir
    Path dir;

    static byte[] concat(byte[] a, byte[] b) {
        byte[] out = new byte[a.length + b.length];
        System.arraycopy(a, 0, out, 0, a.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    @Test
    void utf8IsDetected() throws LaurelException {
        byte[] bytes = TEXT.getBytes(StandardCharsets.UTF_8);
        Source s = Source.of(bytes, "a.txt", null);
        assertEquals(TEXT, s.text());
        assertEquals(StandardCharsets.UTF_8, s.charset());
        assertTrue(s.charsetDetected());
        assertEquals(bytes.length, s.byteLength());
        assertEquals(64, s.sha256().length());
        assertArrayEquals(bytes, s.raw());
    }

    @Test
    void utf8ByteOrderMarkIsStripped() throws LaurelException {
        byte[] bytes = concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, TEXT.getBytes(StandardCharsets.UTF_8));
        Source s = Source.of(bytes, "bom.txt", null);
        assertEquals(TEXT, s.text(), "no U+FEFF at the start");
        assertEquals(StandardCharsets.UTF_8, s.charset());
        assertEquals(bytes.length, s.byteLength(), "the byte length counts the mark");
    }

    @Test
    void utf16ByteOrderMarksDecide() throws LaurelException {
        byte[] le = concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, TEXT.getBytes(StandardCharsets.UTF_16LE));
        byte[] be = concat(new byte[] {(byte) 0xFE, (byte) 0xFF}, TEXT.getBytes(StandardCharsets.UTF_16BE));
        Source l = Source.of(le, "le.txt", null);
        Source b = Source.of(be, "be.txt", null);
        assertEquals(TEXT, l.text());
        assertEquals(StandardCharsets.UTF_16LE, l.charset());
        assertEquals(TEXT, b.text());
        assertEquals(StandardCharsets.UTF_16BE, b.charset());
    }

    @Test
    void gb18030BytesAreDetected() throws LaurelException {
        Source s = Source.of(TEXT.getBytes(GB18030), "gbk.txt", null);
        assertEquals(TEXT, s.text());
        assertEquals(GB18030, s.charset());
        assertTrue(s.charsetDetected());
    }

    @Test
    void anExplicitCharsetWins() throws LaurelException {
        byte[] utf8 = TEXT.getBytes(StandardCharsets.UTF_8);
        Source s = Source.of(utf8, "a.txt", GB18030);
        assertEquals(GB18030, s.charset());
        assertFalse(s.charsetDetected());
        assertEquals(new String(utf8, GB18030), s.text());
        Source latin = Source.of(new byte[] {(byte) 0xE9}, "l.txt", StandardCharsets.ISO_8859_1);
        assertEquals("é", latin.text());
    }

    @Test
    void aPngIsRefusedNamingTheFile() {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13};
        LaurelException e = assertThrows(LaurelException.class, () -> Source.of(png, "picture.png", null));
        assertTrue(e.getMessage().contains("picture.png"), e.getMessage());
        assertTrue(e.getMessage().contains("PNG"), e.getMessage());
    }

    @Test
    void nulBytesAreRefusedAsBinary() {
        byte[] bytes = {'a', 'b', 0, 'c'};
        LaurelException e = assertThrows(LaurelException.class, () -> Source.of(bytes, "blob.bin", null));
        assertTrue(e.getMessage().contains("blob.bin"), e.getMessage());
    }

    @Test
    void undecodableBytesAreRefusedWithAHint() {
        byte[] bytes = {'a', (byte) 0xFF, 'b'};
        LaurelException e = assertThrows(LaurelException.class, () -> Source.of(bytes, "odd.txt", null));
        assertTrue(e.getMessage().contains("odd.txt"), e.getMessage());
        assertTrue(e.getMessage().contains("--charset"), e.getMessage());
    }

    @Test
    void aFileIsReadAndNamed() throws Exception {
        Path file = dir.resolve("doc.txt");
        Files.write(file, TEXT.getBytes(GB18030));
        Source s = Source.of(file);
        assertEquals("doc.txt", s.name());
        assertEquals(TEXT, s.text());
        assertEquals("doc.txt", s.info().name());
        assertEquals(TEXT.length(), s.info().chars());
    }

    @Test
    void aDirectoryIsRefusedNamingThePath() {
        LaurelException e = assertThrows(LaurelException.class, () -> Source.of(dir));
        assertTrue(e.getMessage().contains(dir.toString()), e.getMessage());
        assertTrue(e.getMessage().contains("directory"), e.getMessage());
    }

    @Test
    void aMissingPathIsRefusedNamingThePath() {
        Path missing = dir.resolve("missing.txt");
        LaurelException e = assertThrows(LaurelException.class, () -> Source.of(missing));
        assertTrue(e.getMessage().contains(missing.toString()), e.getMessage());
    }

    @Test
    void streamsAndStringsMakeSources() throws LaurelException {
        Source s = Source.of(new ByteArrayInputStream(TEXT.getBytes(StandardCharsets.UTF_8)), "in", null);
        assertEquals(TEXT, s.text());
        Source t = Source.ofText(TEXT, "text");
        assertEquals(TEXT, t.text());
        assertEquals(s.sha256(), t.sha256(), "a text source hashes its UTF-8 bytes");
        assertEquals(null, t.raw());
    }

    @Test
    void nullArgumentsFailFastNamingTheParameter() {
        NullPointerException e = assertThrows(NullPointerException.class, () -> Source.of((Path) null));
        assertTrue(e.getMessage().contains("path"), e.getMessage());
        e = assertThrows(NullPointerException.class, () -> Source.ofText(null, "x"));
        assertTrue(e.getMessage().contains("text"), e.getMessage());
    }
}
