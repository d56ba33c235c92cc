package dev.laurel.spi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import dev.laurel.LaurelException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Issue 14 item 8: a NUL byte anywhere (not only in the first 8 KiB) makes the input binary unless it
 * reads as UTF-16 without a byte order mark; CJK UTF-16 without a byte order mark (few or no ASCII
 * chars, so few 0 bytes, some of them low bytes of chars such as 一 U+4E00) is read as UTF-16.
 */
class NulBytesTest {

    @Test
    void aNulByteAfterTheFirst8KibIsRefused() throws Exception {
        byte[] text = SourceDecoderTest.seed().getBytes(StandardCharsets.UTF_8);
        assertTrue(text.length > 9000);
        byte[] bytes = Arrays.copyOf(text, text.length + 1); // a NUL at the end, past 8 KiB
        LaurelException e = assertThrows(LaurelException.class, () -> Source.of(bytes, "tail-nul.txt", null));
        assertTrue(e.getMessage().startsWith("tail-nul.txt looks like a binary file (it holds NUL bytes, the first at byte "
                + text.length + ")"), e.getMessage());
        assertTrue(e.getMessage().contains("--charset UTF-16LE"), e.getMessage());
        bytes[text.length] = 'x';
        bytes[9001] = 0;
        assertThrows(LaurelException.class, () -> Source.of(bytes, "mid-nul.txt", null));
    }

    @Test
    void cjkUtf16WithoutABomIsRead() throws Exception {
        String seed = SourceDecoderTest.seed();
        for (var cs : new java.nio.charset.Charset[] {StandardCharsets.UTF_16LE, StandardCharsets.UTF_16BE}) {
            Source s = Source.of(seed.getBytes(cs), "seed-utf16.txt", null);
            assertEquals(cs, s.charset());
            assertEquals(seed, s.text());
            String cjk = "一二三万一千一百全国双拥模范城一等功一线一流一体化一起一直一致一同一心一意一年一度".repeat(2);
            Source pure = Source.of(cjk.getBytes(cs), "cjk.txt", null);
            assertEquals(cs, pure.charset(), "pure CJK with 0 low bytes (一 is U+4E00)");
            assertEquals(cjk, pure.text());
        }
    }

    /** Text (the sample in UTF-8 or GB18030, cut anywhere) with a NUL byte put anywhere is never read as UTF-8 or GB18030. */
    @Test
    void aNulByteAnywhereIsRefusedOrReadAsUtf16ThatRoundTrips() throws Exception {
        byte[] utf8 = SourceDecoderTest.seed().getBytes(StandardCharsets.UTF_8);
        byte[] gb = SourceDecoderTest.seed().getBytes(SourceDecoderTest.GB18030);
        qt().withExamples(300).forAll(longs().all(), integers().between(1, utf8.length)).checkAssert((seed, length) -> {
            Random random = new Random(seed);
            byte[] bytes = Arrays.copyOf(random.nextBoolean() ? utf8 : gb, length);
            bytes[random.nextInt(bytes.length)] = 0;
            try {
                Source s = Source.of(bytes, "nul.txt", null);
                assertTrue(s.charset().name().startsWith("UTF-16"), s.charset().name());
                assertTrue(Arrays.equals(bytes, s.text().getBytes(s.charset())), "UTF-16 that round-trips");
            } catch (LaurelException e) {
                assertTrue(e.getMessage().startsWith("nul.txt looks like a binary file (it holds NUL bytes"), e.getMessage());
            }
        });
    }

    @Test
    void binaryDataWithNulBytesIsStillRefused() {
        byte[] blob = new byte[4096];
        for (int i = 0; i < blob.length; i++) {
            blob[i] = (byte) (i % 7 == 0 ? 0 : (i * 31) % 256);
        }
        assertThrows(LaurelException.class, () -> Source.of(blob, "blob.bin", null));
        byte[] words = "ab\0c".getBytes(StandardCharsets.ISO_8859_1);
        assertThrows(LaurelException.class, () -> Source.of(words, "short.bin", null));
    }
}
