package dev.laurel.spi;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.laurel.LaurelException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The size limit holds for every source, not only regular files (issue 14, item 10). */
class SourceLimitTest {

    @TempDir
    Path dir;

    /** An endless stream of 'a' that counts what was read from it. */
    static final class Endless extends InputStream {
        long read;

        @Override
        public int read() {
            read++;
            return 'a';
        }

        @Override
        public int read(byte[] b, int off, int len) {
            Arrays.fill(b, off, off + len, (byte) 'a');
            read += len;
            return len;
        }
    }

    @Test
    void readAtMostStopsAtTheLimitWhateverTheSource() throws IOException {
        Endless endless = new Endless();
        assertEquals(1000, Source.readAtMost(endless, 0, 1000).length);
        assertEquals(1000, endless.read, "not one byte more than the limit is read");
        Endless hinted = new Endless();
        assertEquals(1000, Source.readAtMost(hinted, 10, 1000).length, "a source larger than its size grows the buffer");
        assertEquals(1000, hinted.read);
    }

    @Test
    void readAtMostReadsSmallSourcesWhole() throws IOException {
        byte[] bytes = new byte[20_000];
        new java.util.Random(1).nextBytes(bytes);
        for (long expected : new long[] {0, 1, 19_999, 20_000, 20_001, 1 << 20}) {
            assertArrayEquals(bytes, Source.readAtMost(new ByteArrayInputStream(bytes), expected, 1 << 21),
                    "expected size " + expected);
        }
        assertEquals(0, Source.readAtMost(new ByteArrayInputStream(new byte[0]), 0, 10).length);
    }

    @Test
    void anEndlessDeviceIsRefusedAtTheLimit() {
        Path zero = Path.of("/dev/zero");
        assumeTrue(Files.isReadable(zero), "no /dev/zero here");
        LaurelException e = assertThrows(LaurelException.class, () -> Source.of(zero));
        assertTrue(e.getMessage().contains("over the limit of " + Source.MAX_BYTES + " bytes"), e.getMessage());
    }

    @Test
    void aPipeOverTheLimitIsRefused() throws Exception {
        Path fifo = dir.resolve("pipe.txt");
        Process mkfifo;
        try {
            mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).start();
        } catch (IOException e) {
            assumeTrue(false, "no mkfifo here");
            return;
        }
        assumeTrue(mkfifo.waitFor(10, TimeUnit.SECONDS) && mkfifo.exitValue() == 0, "mkfifo failed");
        Thread writer = new Thread(() -> {
            byte[] chunk = new byte[1 << 20];
            Arrays.fill(chunk, (byte) 'a');
            try (OutputStream out = Files.newOutputStream(fifo)) {
                for (int i = 0; i < 65; i++) {
                    out.write(chunk); // 65 MiB, one more than the limit
                }
            } catch (IOException e) {
                // the reader stops at the limit and closes: a broken pipe here is expected
            }
        });
        writer.setDaemon(true);
        writer.start();
        LaurelException e = assertThrows(LaurelException.class, () -> Source.of(fifo));
        assertTrue(e.getMessage().contains("over the limit"), e.getMessage());
        writer.join(10_000);
    }
}
