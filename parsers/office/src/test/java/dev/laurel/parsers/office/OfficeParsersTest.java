package dev.laurel.parsers.office;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.laurel.Laurel;
import dev.laurel.LaurelException;
import dev.laurel.model.Announcement;
import dev.laurel.model.Awardee;
import dev.laurel.model.Metric;
import dev.laurel.model.RosterEntry;
import dev.laurel.parsers.commendation.CommendationTextParser;
import dev.laurel.spi.ParseOptions;
import dev.laurel.spi.Source;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The Word and Excel fixtures (written by {@link OfficeFixtures}) read as their text twins do. */
class OfficeParsersTest {

    static final Path DEVSET = Path.of(System.getProperty("laurel.devset", "../src/test/resources/devset"));

    static Source fixture(String name) throws Exception {
        return Source.of(OfficeFixtures.OUT.resolve(name));
    }

    static List<String> facts(Announcement a) {
        List<String> out = new ArrayList<>();
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

    /** OfficeFixtures' documents, and LibreOffice's (written by src/test/libreoffice-fixtures.sh). */
    @ParameterizedTest
    @ValueSource(strings = {"01", "07", "28", "libreoffice/01", "libreoffice/07", "libreoffice/28"})
    void aDocxReadsAsItsTextTwin(String path) throws Exception {
        String id = path.substring(path.length() - 2);
        Announcement text = new CommendationTextParser().parse(Source.of(DEVSET.resolve("docs/" + id + ".txt")),
                ParseOptions.defaults());
        Source source = fixture(path.replace(id, "devset-" + id) + ".docx");
        assertEquals(DocxCommendationParser.NAME, Laurel.parserFor(source, ParseOptions.defaults(), Laurel.parsers()).name());
        Announcement a = Laurel.parse(source, ParseOptions.defaults());
        assertEquals(facts(text), facts(a), id);
        assertEquals(DocxCommendationParser.TEXT_ORIGIN, a.source().textOrigin());
        String extracted = DocxCommendationParser.extract(source).text();
        for (Awardee w : a.awardees()) {
            for (Metric m : w.metrics()) {
                assertEquals(m.text(), extracted.substring(m.span().start(), m.span().end()), "span of " + m);
            }
        }
        assertFalse(extracted.contains("双拥工作简报"), "the footer is left out");
    }

    @Test
    void libreOfficesXlsxGivesItsRosterInOrderWithCounts() throws Exception {
        Announcement a = Laurel.parse(fixture("libreoffice/roster.xlsx"), ParseOptions.defaults());
        assertEquals(List.of("南京市 3", "苏州市 5", "杭州市 6", "宁波市 4", "温州市 2"),
                a.awardees().stream().map(w -> w.name() + " " + w.timesHonored()).toList());
    }

    @Test
    void aDocxTableRowIsOneTabSeparatedLine() throws Exception {
        String extracted = DocxCommendationParser.extract(fixture("devset-28.docx")).text();
        assertTrue(extracted.contains("序号    名称    所属省份\n1\t南平市\t福建\n2\t黄山市\t安徽\n3    抚州市"), extracted);
    }

    @Test
    void anXlsxNameListGivesItsRosterInOrderWithCounts() throws Exception {
        Source source = fixture("roster.xlsx");
        assertEquals(XlsxCommendationParser.NAME, Laurel.parserFor(source, ParseOptions.defaults(), Laurel.parsers()).name());
        String extracted = XlsxCommendationParser.extract(source).text();
        assertTrue(extracted.contains("序号\t省份\t名称\t命名次数\n1\t江苏\t南京市\t3\n2\t江苏\t苏州市\t5\n3\t浙江\t杭州市\t6\n"),
                "merged provinces repeated, blank rows skipped: " + extracted);
        Announcement a = Laurel.parse(source, ParseOptions.defaults());
        assertEquals(XlsxCommendationParser.TEXT_ORIGIN, a.source().textOrigin());
        List<String> expected = Arrays.stream(OfficeFixtures.ROSTER).map(r -> r[2]).toList();
        assertEquals(expected, a.roster().stream().map(RosterEntry::name).toList());
        assertEquals(Arrays.stream(OfficeFixtures.ROSTER).map(r -> r[2] + " " + r[3]).toList(),
                a.awardees().stream().map(w -> w.name() + " " + w.timesHonored()).toList());
    }

    @Test
    void aZipBombIsRefused() throws Exception {
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        try (java.util.zip.ZipOutputStream zip = new java.util.zip.ZipOutputStream(bytes)) {
            zip.putNextEntry(new java.util.zip.ZipEntry("[Content_Types].xml"));
            zip.write("<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>".getBytes());
            zip.putNextEntry(new java.util.zip.ZipEntry("xl/workbook.xml"));
            byte[] spaces = new byte[1 << 20];
            Arrays.fill(spaces, (byte) ' ');
            for (int i = 0; i < 50; i++) {
                zip.write(spaces); // 50 MB of spaces in about 50 KB
            }
        }
        Source bomb = Source.of(bytes.toByteArray(), "bomb.xlsx", null);
        LaurelException e = assertThrows(LaurelException.class, () -> Laurel.parse(bomb, ParseOptions.defaults()));
        assertTrue(e.getMessage().startsWith("bomb.xlsx is a damaged, truncated or encrypted .xlsx file ("), e.getMessage());
        assertTrue(e.getMessage().toLowerCase(java.util.Locale.ROOT).contains("zip bomb"), e.getMessage());
    }

    @Test
    void oldDamagedAndForeignFilesAreRefusedInOneLine() throws Exception {
        LaurelException old = assertThrows(LaurelException.class, () -> Laurel.parse(OfficeFixtures.OUT.resolve("old.doc")));
        assertTrue(old.getMessage().startsWith("old.doc is an old Microsoft Office file (.doc or .xls, OLE2)"), old.getMessage());
        byte[] whole = Files.readAllBytes(OfficeFixtures.OUT.resolve("devset-07.docx"));
        Source cut = Source.of(Arrays.copyOf(whole, whole.length / 2), "cut.docx", null);
        LaurelException damaged = assertThrows(LaurelException.class,
                () -> new DocxCommendationParser().parse(cut, ParseOptions.defaults()));
        assertTrue(damaged.getMessage().startsWith("cut.docx is a damaged, truncated or encrypted .docx file ("),
                damaged.getMessage());
        assertFalse(damaged.getMessage().contains("\n"));
        Source xlsx = fixture("roster.xlsx");
        assertThrows(LaurelException.class, () -> new DocxCommendationParser().parse(xlsx, ParseOptions.defaults()));
        assertEquals(0, new DocxCommendationParser().confidence(xlsx));
        assertEquals(0, new XlsxCommendationParser().confidence(Source.ofText("序号\t名称", "t.txt")));
    }
}
