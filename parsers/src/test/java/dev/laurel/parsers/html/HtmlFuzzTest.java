package dev.laurel.parsers.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.DictionaryFile;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.laurel.LaurelException;
import dev.laurel.model.Announcement;
import dev.laurel.parsers.commendation.Scoring;
import dev.laurel.spi.ParseOptions;
import dev.laurel.spi.Source;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Fuzzes the HTML parser (charset declaration, jsoup, article extraction, then the text parser) with
 * page bytes. It must not throw, spans must be valid in the extracted text, and the result must be
 * deterministic. Seeds: {@code HtmlFuzzTestInputs/parse} (the two HTML fixtures and small odd pages).
 */
class HtmlFuzzTest {
    private static final HtmlCommendationParser PARSER = new HtmlCommendationParser();

    @FuzzTest(maxDuration = "10m")
    @DictionaryFile(resourcePath = "html.dict")
    void parse(byte[] bytes) {
        Source source;
        try {
            source = Source.of(bytes, "fuzz.html", null);
        } catch (LaurelException e) {
            source = Source.ofText(new String(bytes, StandardCharsets.UTF_8), "fuzz.html");
        }
        int confidence = PARSER.confidence(source);
        assertTrue(confidence == 0 || confidence >= 80, "confidence " + confidence);
        Source extracted = HtmlCommendationParser.extract(source);
        assertEquals(HtmlCommendationParser.TEXT_ORIGIN, extracted.textOrigin());
        Announcement a = PARSER.parse(source, ParseOptions.defaults());
        assertEquals(HtmlCommendationParser.TEXT_ORIGIN, a.source().textOrigin());
        assertEquals(extracted.text().length(), a.source().chars());
        assertEquals(List.of(), Scoring.spanProblems(a, extracted.text()));
        assertEquals(a, PARSER.parse(source, ParseOptions.defaults()));
    }
}
