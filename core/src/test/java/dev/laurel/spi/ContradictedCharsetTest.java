package dev.laurel.spi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.laurel.LaurelException;
import dev.laurel.model.Diagnostic;
import dev.laurel.model.DiagnosticKind;
import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 14 item 5: a byte order mark the bytes contradict, or a given charset they do not fit, is
 * reported ({@code charset-mismatch}); when the bytes fit UTF-8 or GB18030 instead of the BOM's charset,
 * they are read in it.
 */
class ContradictedCharsetTest {
    private static final Charset GB18030 = SourceDecoderTest.GB18030;

    private static byte[] concat(byte[] a, byte[] b) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(a);
        out.writeBytes(b);
        return out.toByteArray();
    }

    private static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    private static final byte[] UTF16LE_BOM = {(byte) 0xFF, (byte) 0xFE};

    private static Diagnostic onlyMismatch(Source s) {
        assertEquals(1, s.issues().size(), s.issues().toString());
        Diagnostic d = s.issues().get(0);
        assertEquals(DiagnosticKind.CHARSET_MISMATCH, d.kind());
        return d;
    }

    @Test
    void aUtf8BomOverGb18030BytesIsReadAsGb18030AndReported() throws Exception {
        String seed = SourceDecoderTest.seed();
        Source s = Source.of(concat(UTF8_BOM, seed.getBytes(GB18030)), "bom-gb.txt", null);
        assertEquals(GB18030, s.charset());
        assertEquals(seed, s.text());
        Diagnostic d = onlyMismatch(s);
        assertTrue(d.message().contains("UTF-8 byte order mark") && d.message().contains("read as GB18030"), d.message());
    }

    @Test
    void aUtf16BomOverUtf8OrGb18030BytesIsReadInTheCharsetTheyFit() throws Exception {
        String seed = SourceDecoderTest.seed();
        Source utf8 = Source.of(concat(UTF16LE_BOM, seed.getBytes(StandardCharsets.UTF_8)), "a.txt", null);
        assertEquals(StandardCharsets.UTF_8, utf8.charset());
        assertEquals(seed, utf8.text());
        onlyMismatch(utf8);
        Source gb = Source.of(concat(UTF16LE_BOM, seed.getBytes(GB18030)), "b.txt", null);
        assertEquals(GB18030, gb.charset());
        assertEquals(seed, gb.text());
        onlyMismatch(gb);
    }

    @Test
    void aUtf16BomOverGarbageIsKeptAndReported() throws LaurelException {
        byte[] garbage = new byte[4000];
        for (int i = 0; i < garbage.length; i++) {
            garbage[i] = (byte) ((i * 7919 + 13) % 251);
        }
        Source s = Source.of(concat(UTF16LE_BOM, garbage), "garbage.txt", null);
        assertEquals(StandardCharsets.UTF_16LE, s.charset());
        assertTrue(onlyMismatch(s).message().contains("do not read well as UTF-16LE"), s.issues().toString());
    }

    @Test
    void aFewBadBytesInALongUtf8TextWithABomStayUtf8() throws Exception {
        String seed = SourceDecoderTest.seed();
        byte[] bytes = concat(UTF8_BOM, concat(seed.getBytes(StandardCharsets.UTF_8), new byte[] {(byte) 0xFF, 'x'}));
        Source s = Source.of(bytes, "tail.txt", null);
        assertEquals(StandardCharsets.UTF_8, s.charset());
        assertEquals(seed + "\uFFFDx", s.text());
        assertEquals(List.of(), s.issues(), "the replaced byte is malformed text, reported by the parser");
    }

    @Test
    void aCorrectBomOrDetectionIsNotReported() throws Exception {
        for (String encoding : List.of("UTF-8", "UTF-8-BOM", "GB18030", "UTF-16LE-BOM", "UTF-16BE-BOM")) {
            Source s = Source.of(SourceDecoderTest.encoded(SourceDecoderTest.seed(), encoding), "seed", null);
            assertEquals(List.of(), s.issues(), encoding);
        }
    }

    @Test
    void aGivenCharsetTheBytesDoNotFitIsReadAsAskedAndReported() throws Exception {
        byte[] gb = SourceDecoderTest.seed().getBytes(GB18030);
        Source utf8 = Source.of(gb, "gb.txt", StandardCharsets.UTF_8);
        assertEquals(StandardCharsets.UTF_8, utf8.charset());
        assertTrue(utf8.text().contains("\uFFFD"));
        assertTrue(onlyMismatch(utf8).message().contains("--charset GB18030"), utf8.issues().toString());
        Source latin = Source.of(gb, "gb.txt", Charset.forName("windows-1252"));
        assertTrue(onlyMismatch(latin).message().contains("--charset GB18030"), latin.issues().toString());
        Source right = Source.of(gb, "gb.txt", GB18030);
        assertEquals(List.of(), right.issues());
        byte[] big5 = "臺北市連續獲得全國雙擁模範城稱號。".getBytes(Charset.forName("Big5"));
        assertEquals(List.of(), Source.of(big5, "big5.txt", Charset.forName("Big5")).issues(),
                "Big5 bytes also decode as GB18030, but not better: no report");
    }
}
