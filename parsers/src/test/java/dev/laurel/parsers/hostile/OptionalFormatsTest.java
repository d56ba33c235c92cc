package dev.laurel.parsers.hostile;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.laurel.Laurel;
import dev.laurel.LaurelException;
import dev.laurel.spi.ParseOptions;
import dev.laurel.spi.Source;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * laurel-parsers alone (issue 19): PDFBox and POI are not on its class path, and a PDF or a .docx is refused
 * naming the artifact that reads it; forced through as text (a charset given) it is read as text, as before.
 */
class OptionalFormatsTest {

    @Test
    void pdfBoxAndPoiAreNotDependencies() {
        assertThrows(ClassNotFoundException.class, () -> Class.forName("org.apache.pdfbox.Loader"));
        assertThrows(ClassNotFoundException.class, () -> Class.forName("org.apache.poi.xwpf.usermodel.XWPFDocument"));
    }

    @Test
    void aPdfOrADocxIsRefusedNamingTheArtifactThatReadsIt() throws Exception {
        Source pdf = Source.of(HostileInputTest.PDF, "a.pdf", null);
        assertTrue(pdf.isBinary());
        LaurelException e = assertThrows(LaurelException.class, () -> Laurel.parse(pdf, ParseOptions.defaults()));
        assertTrue(e.getMessage().startsWith("a.pdf looks like a PDF document, not text")
                && e.getMessage().contains("add dev.laurel:laurel-parsers-pdf"), e.getMessage());
        Source docx = Source.of(new byte[] {'P', 'K', 3, 4, 0, 0}, "a.docx", null);
        LaurelException d = assertThrows(LaurelException.class,
                () -> Laurel.parse(docx, ParseOptions.defaults().withParser("commendation-text")));
        assertTrue(d.getMessage().contains("add dev.laurel:laurel-parsers-office"), d.getMessage());
        Source forced = Source.of(HostileInputTest.PDF, "a.pdf", StandardCharsets.ISO_8859_1);
        assertTrue(!forced.isBinary() && Laurel.parse(forced, ParseOptions.defaults()).awardees().isEmpty());
    }
}
