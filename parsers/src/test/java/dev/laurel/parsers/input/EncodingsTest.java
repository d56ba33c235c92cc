package dev.laurel.parsers.input;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.laurel.Laurel;
import dev.laurel.LaurelException;
import dev.laurel.model.Announcement;
import dev.laurel.parsers.commendation.CommendationTextParser;
import dev.laurel.spi.ParseOptions;
import dev.laurel.spi.Source;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The sample re-encoded (GB18030, UTF-8 with BOM, UTF-16 LE/BE with BOM) yields the records of the UTF-8 run. */
class EncodingsTest {
    static final Path SEED = Path.of("..", "seeds", "000_8580ebc5395fa60a.txt");
    private static String text;
    private static Announcement utf8;

    @BeforeAll
    static void parseUtf8() throws Exception {
        text = Files.readString(SEED, StandardCharsets.UTF_8);
        utf8 = parse(Source.of(text.getBytes(StandardCharsets.UTF_8), "seed", null));
        assertEquals(15, utf8.awardees().size(), "the sample's 15 sections");
    }

    static Announcement parse(Source s) {
        return new CommendationTextParser().parse(s, ParseOptions.defaults());
    }

    static byte[] encode(String encoding) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        switch (encoding) {
            case "GB18030" -> out.writeBytes(text.getBytes(Charset.forName("GB18030")));
            case "UTF-8-BOM" -> {
                out.writeBytes(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
                out.writeBytes(text.getBytes(StandardCharsets.UTF_8));
            }
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

    /** Everything but the source details (charset, hash, byte count): spans index into equal decoded texts. */
    static List<Object> records(Announcement a) {
        return List.of(String.valueOf(a.title()), String.valueOf(a.honor()), String.valueOf(a.province()),
                String.valueOf(a.event()), a.roster(), a.awardees(), a.issues());
    }

    @ParameterizedTest
    @ValueSource(strings = {"GB18030", "UTF-8-BOM", "UTF-16LE-BOM", "UTF-16BE-BOM"})
    void reEncodedSampleGivesTheSameRecords(String encoding) throws LaurelException {
        Announcement a = parse(Source.of(encode(encoding), "seed", null));
        assertEquals(records(utf8), records(a));
        assertEquals(utf8.source().chars(), a.source().chars());
        assertTrue(a.source().charsetDetected());
        assertEquals(encoding.replace("-BOM", ""), a.source().charset());
    }

    @ParameterizedTest
    @ValueSource(strings = {"GB18030", "UTF-8-BOM", "UTF-16LE-BOM", "UTF-16BE-BOM"})
    void throughTheFacadeFromAFileToo(String encoding, @TempDir Path dir) throws LaurelException, IOException {
        Path file = dir.resolve("seed-" + encoding + ".txt");
        Files.write(file, encode(encoding));
        Announcement a = Laurel.parse(file);
        assertEquals(records(utf8), records(a));
        assertEquals(file.getFileName().toString(), a.source().name());
        Announcement given = Laurel.parse(file, ParseOptions.defaults()
                .withCharset(Charset.forName(encoding.replace("-BOM", ""))));
        assertFalse(given.source().charsetDetected());
        assertEquals(records(utf8), records(given));
    }
}
