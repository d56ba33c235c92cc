package dev.laurel.parsers.office;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.laurel.LaurelException;
import dev.laurel.model.Announcement;
import dev.laurel.model.Awardee;
import dev.laurel.model.Metric;
import dev.laurel.spi.DocumentParser;
import dev.laurel.spi.ParseOptions;
import dev.laurel.spi.Source;
import java.nio.charset.StandardCharsets;

/**
 * Fuzzes the Word and Excel parsers (format sniffing, POI under its zip limits, extraction, then the text
 * parser) with any bytes, taken as a binary document: each parser either refuses them with one line naming the
 * file or returns an announcement whose spans index the extracted text, the same on a second run. Seeds:
 * {@code OfficeFuzzTestInputs/parse} (the .docx and .xlsx fixtures, the OLE2 file).
 */
class OfficeFuzzTest {
    private static final DocumentParser[] PARSERS = {new DocxCommendationParser(), new XlsxCommendationParser()};

    @FuzzTest(maxDuration = "10m")
    void parse(byte[] bytes) {
        Source source = new Source("fuzz.bin", "", StandardCharsets.UTF_8, true, bytes.length, "0", Source.BINARY, bytes);
        for (DocumentParser parser : PARSERS) {
            int confidence = parser.confidence(source);
            assertTrue(confidence == 0 || confidence >= 50, "confidence " + confidence);
            Announcement a;
            try {
                a = parser.parse(source, ParseOptions.defaults());
            } catch (LaurelException e) {
                assertTrue(e.getMessage().startsWith("fuzz.bin is "), e.getMessage());
                assertFalse(e.getMessage().contains("\n"), e.getMessage());
                continue;
            }
            String text;
            try {
                text = parser instanceof DocxCommendationParser ? DocxCommendationParser.extract(source).text()
                        : XlsxCommendationParser.extract(source).text();
                assertEquals(a, parser.parse(source, ParseOptions.defaults()));
            } catch (LaurelException e) {
                throw new AssertionError("parsed once, refused the second time: " + e.getMessage(), e);
            }
            assertEquals(text.length(), a.source().chars());
            for (Awardee w : a.awardees()) {
                for (Metric m : w.metrics()) {
                    assertEquals(m.text(), text.substring(m.span().start(), m.span().end()));
                }
            }
        }
    }
}
