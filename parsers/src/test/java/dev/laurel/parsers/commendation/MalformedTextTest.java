package dev.laurel.parsers.commendation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.laurel.LaurelException;
import dev.laurel.model.Announcement;
import dev.laurel.model.Diagnostic;
import dev.laurel.model.DiagnosticKind;
import dev.laurel.spi.ParseOptions;
import dev.laurel.spi.Source;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 14 item 5: text with replacement chars (a wrong --charset, a BOM over other bytes, lone
 * surrogates) yields one {@code malformed-text} diagnostic counting them, spanning the first.
 */
class MalformedTextTest {
    private static final String SEED = TestDocuments.seedText();

    private static List<Diagnostic> malformed(Announcement a) {
        return a.issues().stream().filter(d -> d.kind() == DiagnosticKind.MALFORMED_TEXT).toList();
    }

    private static Announcement parse(Source s) {
        return new CommendationTextParser().parse(s, ParseOptions.defaults());
    }

    @Test
    void aWrongGivenCharsetIsReportedWithTheCountOfReplacedChars() throws LaurelException {
        Source s = Source.of(SEED.getBytes(Charset.forName("GB18030")), "gb.txt", StandardCharsets.UTF_8);
        long replaced = s.text().chars().filter(c -> c == 0xFFFD).count();
        assertTrue(replaced > 1000, "replaced " + replaced);
        Announcement a = parse(s);
        List<Diagnostic> m = malformed(a);
        assertEquals(1, m.size(), a.issues().toString());
        assertTrue(m.get(0).message().startsWith("the text holds " + replaced + " replacement chars (U+FFFD)"), m.get(0).message());
        assertEquals("\uFFFD", s.text().substring(m.get(0).span().start(), m.get(0).span().end()));
        assertTrue(a.issues().stream().anyMatch(d -> d.kind() == DiagnosticKind.CHARSET_MISMATCH), a.issues().toString());
    }

    @Test
    void oneReplacedCharAndLoneSurrogatesAreCountedAndTheRestIsRead() {
        String text = SEED.replace("超6300万元", "超6300万元\uFFFD").replace("174件", "174件\uD800");
        Announcement a = TestDocuments.parse(text, "damaged");
        List<Diagnostic> m = malformed(a);
        assertEquals(1, m.size(), a.issues().toString());
        assertTrue(m.get(0).message().startsWith("the text holds 1 replacement char (U+FFFD), 1 lone surrogate, the first in “"),
                m.get(0).message());
        assertEquals(text.indexOf('\uFFFD'), m.get(0).span().start());
        assertEquals(15, a.awardees().size());
    }

    @Test
    void controlCharsAreCountedButTabsAndLineBreaksAreNot() {
        assertEquals(List.of(), malformed(TestDocuments.parse(SEED.replace("\n", "\r\n").replace("。", "。\t"), "clean")));
        Announcement a = TestDocuments.parse(SEED.replace("174件", "174件\u0007\u001B"), "bell");
        assertTrue(malformed(a).get(0).message().startsWith("the text holds 2 control chars"), a.issues().toString());
    }

    @Test
    void theCleanSampleHasNoDecodingDiagnostic() {
        Announcement a = TestDocuments.parse(SEED, "seed");
        assertTrue(a.issues().stream().noneMatch(d -> d.kind() == DiagnosticKind.MALFORMED_TEXT
                || d.kind() == DiagnosticKind.CHARSET_MISMATCH), a.issues().toString());
    }
}
