package dev.laurel.parsers.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.laurel.Laurel;
import dev.laurel.LaurelException;
import dev.laurel.model.Announcement;
import dev.laurel.model.Awardee;
import dev.laurel.model.DiagnosticKind;
import dev.laurel.model.Metric;
import dev.laurel.model.RosterEntry;
import dev.laurel.parsers.commendation.CommendationTextParser;
import dev.laurel.spi.ParseOptions;
import dev.laurel.spi.Source;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** The PDF fixtures (written by {@link PdfFixtures}) read as their devset text twins do. */
class PdfCommendationParserTest {

    static final Path DEVSET = Path.of(System.getProperty("laurel.devset", "../src/test/resources/devset"));
    static final PdfCommendationParser PARSER = new PdfCommendationParser();

    static Source pdf(String name) throws Exception {
        return Source.of(PdfFixtures.OUT.resolve(name));
    }

    /** What must not change between a document and its twin: awardees, counts, metrics (value, unit, awardee). */
    static List<String> facts(Announcement a) {
        List<String> out = new java.util.ArrayList<>();
        for (RosterEntry r : a.roster()) {
            out.add("roster " + r.name());
        }
        for (Awardee w : a.awardees()) {
            out.add("awardee " + w.name() + " " + w.timesHonored() + " " + w.timesKind());
            for (Metric m : w.metrics()) {
                out.add("metric " + w.name() + " " + m.value().toPlainString() + " " + m.unit());
            }
        }
        return out;
    }

    /** PdfFixtures' PDFs, and LibreOffice's (written by parsers/office/src/test/libreoffice-fixtures.sh). */
    @ParameterizedTest
    @ValueSource(strings = {"01", "07", "28", "libreoffice/01", "libreoffice/07", "libreoffice/28"})
    void aPdfReadsAsItsTextTwin(String path) throws Exception {
        String id = path.substring(path.length() - 2);
        Announcement text = new CommendationTextParser().parse(Source.of(DEVSET.resolve("docs/" + id + ".txt")),
                ParseOptions.defaults());
        Source source = pdf(path.replace(id, "devset-" + id) + ".pdf");
        Announcement a = PARSER.parse(source, ParseOptions.defaults());
        assertFalse(text.roster().isEmpty() && text.awardees().isEmpty(), id);
        assertEquals(facts(text), facts(a), id);
        assertEquals(PdfCommendationParser.TEXT_ORIGIN, a.source().textOrigin());
        String extracted = PdfCommendationParser.extract(source).text();
        assertEquals(extracted.length(), a.source().chars());
        for (Awardee w : a.awardees()) {
            for (Metric m : w.metrics()) {
                assertEquals(m.text(), extracted.substring(m.span().start(), m.span().end()), "span of " + m);
            }
        }
        assertFalse(extracted.contains("第 1 页"), "page numbers are left out");
    }

    @Test
    void aTableAcrossThePageBreakKeepsItsRowsInOrder() throws Exception {
        Source source = pdf("devset-28.pdf");
        String extracted = PdfCommendationParser.extract(source).text();
        assertTrue(extracted.contains("1\t南平市\t福建\n2\t黄山市\t安徽"), extracted);
        assertTrue(extracted.contains("4\t恩施土家族苗族自治州\t湖北\n5    张家界市    湖南\n6\t河池市\t广西"), extracted);
        assertFalse(extracted.contains("双拥工作简报"), "the running head of both pages is left out");
        assertFalse(extracted.contains("第 1 页") || extracted.contains("第 2 页"), "page numbers are left out");
        Announcement a = PARSER.parse(source, ParseOptions.defaults());
        assertEquals(List.of("南平市", "黄山市", "抚州市", "恩施土家族苗族自治州", "张家界市", "河池市", "门头沟区",
                "赤水市", "林芝市"), a.roster().stream().map(RosterEntry::name).toList().subList(0, 9));
    }

    @Test
    void aWrappedParagraphIsOneLineAgain() throws Exception {
        String extracted = PdfCommendationParser.extract(pdf("devset-07.pdf")).text();
        String twin = Files.readString(DEVSET.resolve("docs/07.txt"));
        String longest = Arrays.stream(twin.split("\n")).max(java.util.Comparator.comparingInt(String::length)).orElseThrow();
        assertTrue(extracted.contains(longest.strip()), extracted);
    }

    @Test
    void aScanGivesADiagnosticNotAnEmptySuccess() throws Exception {
        Source source = pdf("scan.pdf");
        assertEquals(PdfCommendationParser.NAME, Laurel.parserFor(source, ParseOptions.defaults(), Laurel.parsers()).name());
        Announcement a = Laurel.parse(source, ParseOptions.defaults());
        assertTrue(a.awardees().isEmpty());
        assertEquals(DiagnosticKind.SCANNED_DOCUMENT, a.issues().get(0).kind(), a.issues().toString());
        assertTrue(a.issues().get(0).message().contains("OCR"), a.issues().get(0).message());
    }

    @Test
    void encryptedDamagedAndTruncatedPdfsAreRefusedInOneLine() throws Exception {
        LaurelException e = assertThrows(LaurelException.class, () -> PARSER.parse(pdf("encrypted.pdf"), ParseOptions.defaults()));
        assertTrue(e.getMessage().startsWith("encrypted.pdf is an encrypted PDF"), e.getMessage());
        byte[] whole = Files.readAllBytes(PdfFixtures.OUT.resolve("devset-07.pdf"));
        for (int cut : new int[] {20, whole.length / 3}) {
            Source truncated = Source.of(Arrays.copyOf(whole, cut), "cut.pdf", null);
            LaurelException t = assertThrows(LaurelException.class, () -> PARSER.parse(truncated, ParseOptions.defaults()),
                    "cut at " + cut);
            assertTrue(t.getMessage().startsWith("cut.pdf is a damaged or truncated PDF ("), t.getMessage());
            assertFalse(t.getMessage().contains("\n"), t.getMessage());
        }
    }

    @Test
    void theRegistryPicksThePdfParserAndTextIsLeftToTheTextParser() throws Exception {
        Source source = pdf("devset-01.pdf");
        assertEquals(PdfCommendationParser.NAME, Laurel.parserFor(source, ParseOptions.defaults(), Laurel.parsers()).name());
        assertEquals(0, PARSER.confidence(Source.ofText("%PDF-1.7 pasted as text", "t.txt")));
        assertEquals(0, new CommendationTextParser().confidence(source));
    }
}
