package dev.laurel.parsers.commendation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.laurel.model.Announcement;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Issue 14 item 7: U+2028, U+2029, NEL (and VT, FF, CR) end lines like LF. The sample with its line
 * feeds replaced gives the records of the sample, and its spans still index the text as it is.
 */
class LineSeparatorsTest {
    private static final String SEED = TestDocuments.seedText().replace("\r\n", "\n");

    @ParameterizedTest
    @ValueSource(strings = {"\u2028", "\u2029", "\u0085", "\u000B", "\f", "\r", "\r\n", "\u2028\u2029"})
    void aLineSeparatorIsALineBreak(String separator) {
        String text = SEED.replace("\n", separator);
        Announcement expected = TestDocuments.parse(SEED, "seed");
        Announcement a = TestDocuments.parse(text, "seed");
        assertEquals(15, a.awardees().size());
        assertEquals(records(expected), records(a));
        assertEquals(List.of(), Spans.problems(a, text));
    }

    /** The records without spans; a figure split from its unit by a break quotes the break, which is dropped here. */
    private static String records(Announcement a) {
        return ParserInvariantsTest.withoutSpans(a).toString().replaceAll("[\\s\u0085\u2028\u2029]", "");
    }
}
