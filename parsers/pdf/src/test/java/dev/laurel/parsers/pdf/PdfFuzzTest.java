package dev.laurel.parsers.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.laurel.LaurelException;
import dev.laurel.model.Announcement;
import dev.laurel.model.Awardee;
import dev.laurel.model.Metric;
import dev.laurel.spi.ParseOptions;
import dev.laurel.spi.Source;
import java.nio.charset.StandardCharsets;

/**
 * Fuzzes the PDF parser (PDFBox loading under its memory limit, text layout, furniture, then the text parser)
 * with any bytes, taken as a binary document. It either refuses them with one line naming the file or
 * returns an announcement whose spans index the extracted text, the same on a second run. Seeds:
 * {@code PdfFuzzTestInputs/parse} (the fixtures: two devset PDFs, the scan, the encrypted one).
 */
class PdfFuzzTest {
    private static final PdfCommendationParser PARSER = new PdfCommendationParser();

    @FuzzTest(maxDuration = "10m")
    void parse(byte[] bytes) {
        Source source = new Source("fuzz.pdf", "", StandardCharsets.UTF_8, true, bytes.length, "0", Source.BINARY, bytes);
        Announcement a;
        try {
            a = PARSER.parse(source, ParseOptions.defaults());
        } catch (LaurelException e) {
            assertTrue(e.getMessage().startsWith("fuzz.pdf is "), e.getMessage());
            assertFalse(e.getMessage().contains("\n"), e.getMessage());
            return;
        }
        String text;
        try {
            text = PdfCommendationParser.extract(source).text();
        } catch (LaurelException e) {
            throw new AssertionError("parsed once, refused the second time: " + e.getMessage(), e);
        }
        assertEquals(text.length(), a.source().chars());
        for (Awardee w : a.awardees()) {
            for (Metric m : w.metrics()) {
                assertEquals(m.text(), text.substring(m.span().start(), m.span().end()));
            }
        }
        try {
            assertEquals(a, PARSER.parse(source, ParseOptions.defaults()));
        } catch (LaurelException e) {
            throw new AssertionError(e);
        }
    }
}
