package dev.laurel.parsers.hostile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import com.code_intelligence.jazzer.junit.DictionaryFile;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.laurel.LaurelException;
import dev.laurel.model.Announcement;
import dev.laurel.parsers.commendation.CommendationTextParser;
import dev.laurel.parsers.commendation.Scoring;
import dev.laurel.spi.ParseOptions;
import dev.laurel.spi.Source;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Fuzzes the plain-text commendation parser with text from bytes: the bytes are decoded as Laurel
 * would ({@link Source#of(byte[], String, java.nio.charset.Charset)}), or as lenient UTF-8 when that
 * refuses them, then parsed. Parsing must not throw, every span must lie in the text and quote what
 * it claims, and a second parse must give the same records. Seeds: {@code CommendationTextFuzzTestInputs/parse}
 * (the fixtures and hostile shapes); the dictionary ({@code commendation.dict} beside the seeds) steers mutations toward the words the parser reads.
 */
class CommendationTextFuzzTest {
    private static final CommendationTextParser PARSER = new CommendationTextParser();

    @FuzzTest(maxDuration = "10m")
    @DictionaryFile(resourcePath = "commendation.dict")
    void parse(byte[] bytes) {
        Source source;
        try {
            source = Source.of(bytes, "fuzz.txt", null);
        } catch (LaurelException e) {
            source = Source.ofText(new String(bytes, StandardCharsets.UTF_8), "fuzz.txt");
        }
        Announcement a = PARSER.parse(source, ParseOptions.defaults());
        assertNotNull(a);
        assertEquals(List.of(), Scoring.spanProblems(a, source.text()));
        assertEquals(a, PARSER.parse(source, ParseOptions.defaults()));
    }
}
