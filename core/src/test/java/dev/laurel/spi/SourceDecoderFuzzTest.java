package dev.laurel.spi;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.laurel.LaurelException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

/**
 * Fuzzes {@link Source#of(byte[], String, Charset)}: any bytes either decode, with the charset
 * recorded and no byte order mark left in the text, or are refused with a {@link LaurelException}
 * of one sentence naming the input; nothing else is thrown. In a normal build this runs the seeds in
 * {@code SourceDecoderFuzzTestInputs/decode}; {@code JAZZER_FUZZ=1} fuzzes (see parsers/README-input.md).
 */
class SourceDecoderFuzzTest {
    private static final List<Charset> GIVEN = Arrays.asList(null, null, null, StandardCharsets.UTF_8,
            Charset.forName("GB18030"), StandardCharsets.UTF_16LE, StandardCharsets.UTF_16BE, StandardCharsets.ISO_8859_1);

    @FuzzTest(maxDuration = "10m")
    void decode(FuzzedDataProvider data) {
        Charset given = GIVEN.get(data.consumeInt(0, GIVEN.size() - 1));
        byte[] bytes = data.consumeRemainingAsBytes();
        Source s;
        try {
            s = Source.of(bytes, "fuzz.txt", given);
        } catch (LaurelException e) {
            assertTrue(given == null, "a given charset always decodes: " + e.getMessage());
            String m = e.getMessage();
            assertTrue(m.startsWith("fuzz.txt "), m);
            assertFalse(m.contains("\n"), m);
            assertTrue(m.endsWith("."), m);
            return;
        }
        assertNotNull(s.text());
        assertEquals(bytes.length, s.byteLength());
        assertArrayEquals(bytes, s.raw());
        assertEquals(given == null, s.charsetDetected());
        if (given != null) {
            assertEquals(given, s.charset());
        } else {
            assertFalse(s.text().startsWith("\uFEFF"), "the byte order mark is dropped");
            boolean bom = bytes.length >= 2 && ((bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE
                    || (bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF
                    || bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF);
            if (s.isBinary()) {
                // A PDF or Office file: no text yet, its format's parser extracts it (issue 19).
                assertEquals("", s.text());
                assertNotNull(s.binaryKind());
            } else if (!bom && s.charset().equals(StandardCharsets.UTF_8)) {
                // Detected UTF-8 without a BOM is strictly valid: it round-trips.
                assertArrayEquals(bytes, s.text().getBytes(StandardCharsets.UTF_8));
            }
        }
        assertEquals(s.text().length(), s.info().chars());
    }
}
