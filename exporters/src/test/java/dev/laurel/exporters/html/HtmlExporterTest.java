package dev.laurel.exporters.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.laurel.Laurel;
import dev.laurel.exporters.Fixtures;
import dev.laurel.exporters.json.JsonExporter;
import dev.laurel.model.Announcement;
import dev.laurel.model.Awardee;
import dev.laurel.model.Diagnostic;
import dev.laurel.model.DiagnosticKind;
import dev.laurel.model.Initiative;
import dev.laurel.model.Metric;
import dev.laurel.model.Qualifier;
import dev.laurel.model.RegionKind;
import dev.laurel.model.RosterEntry;
import dev.laurel.model.SourceInfo;
import dev.laurel.model.SourceSpan;
import dev.laurel.spi.AnnouncementSink;
import dev.laurel.spi.ExportOptions;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HtmlExporterTest {

    static Announcement withText(Announcement a, String text) {
        return new Announcement(a.schemaVersion(), a.source().withText(text), a.title(), a.honor(), a.province(),
                a.event(), a.roster(), a.awardees(), a.issues());
    }

    static Announcement zhejiang() {
        return withText(Fixtures.zhejiang(), Fixtures.ZHEJIANG_TEXT);
    }

    /** All elements of one mark id, in document order, joined. */
    static String markText(Document d, String id) {
        StringBuilder b = new StringBuilder();
        for (Element e : d.select("#doc .mk[data-m=" + id + "]")) {
            b.append(e.wholeText());
        }
        return b.toString();
    }

    @Test
    void everySpanIsOneMarkWhoseTextIsTheRecordsText() {
        Announcement a = zhejiang();
        Document d = Jsoup.parse(HtmlExporter.page(a));
        assertEquals(Fixtures.ZHEJIANG_TEXT, d.getElementById("doc").wholeText(), "the text, char for char");
        for (int i = 0; i < a.awardees().size(); i++) {
            Awardee w = a.awardees().get(i);
            for (int j = 0; j < w.metrics().size(); j++) {
                Metric m = w.metrics().get(j);
                Elements els = d.select("#doc .mk.me[data-m=a" + i + "m" + j + "]");
                assertEquals(1, els.size(), m.text());
                assertEquals(m.text(), els.get(0).wholeText());
                assertTrue(els.get(0).attr("title").contains(ReviewPage.describe(m)), els.get(0).attr("title"));
                assertTrue(els.get(0).hasClass("c" + i), "one colour per awardee");
            }
            for (int j = 0; j < w.initiatives().size(); j++) {
                Initiative in = w.initiatives().get(j);
                assertEquals(in.span().of(Fixtures.ZHEJIANG_TEXT), markText(d, "a" + i + "i" + j));
            }
            assertEquals(w.span().of(Fixtures.ZHEJIANG_TEXT), markText(d, "a" + i));
            for (int k = 0; k < w.issues().size(); k++) {
                assertEquals(w.issues().get(k).span().of(Fixtures.ZHEJIANG_TEXT), markText(d, "a" + i + "d" + k));
            }
        }
        for (int i = 0; i < a.roster().size(); i++) {
            RosterEntry r = a.roster().get(i);
            assertEquals(1, d.select("#doc .mk.ro[data-m=r" + i + "]").size());
            assertEquals(r.name(), markText(d, "r" + i));
        }
        assertEquals("63000000 元, more-than", ReviewPage.describe(a.awardees().get(0).metrics().get(0)));
    }

    @Test
    void theRecordsAreTheJsonContractInsideTheScriptElement() throws Exception {
        Announcement a = zhejiang();
        Document d = Jsoup.parse(HtmlExporter.page(a));
        String json = d.getElementById("laurel-data").data();
        Announcement back = Laurel.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8))).get(0);
        assertEquals(Fixtures.canonical(a), back);
        assertNull(back.source().text(), "the text is not part of the JSON");
        assertFalse(JsonExporter.builder().build().toJson(a).contains("\"text\" : \"" + Fixtures.ZHEJIANG_TEXT.substring(0, 5)));
    }

    static final String[] HOSTILE = {"<script>alert(1)</script>", "</textarea><b>x</b>", "\"><img src=x onerror=alert(1)>",
        "javascript:alert(1)", "</script><script>alert(2)</script>", "<!--", "'><svg onload=alert(3)>", "\u2028\u2029",
        "&lt;i&gt;", "\r\n", "\0"};

    /** Every string field that reaches the page holds markup or script. */
    static Announcement hostile() {
        String h = String.join(" ", HOSTILE);
        StringBuilder t = new StringBuilder();
        t.append(h).append("\n");
        int nameAt = t.length();
        t.append("名").append(h).append("\n");
        int metricAt = t.length();
        t.append("6300万元").append(h).append("\n");
        String text = t.toString();
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        SourceInfo source = new SourceInfo(h + ".txt", "ab".repeat(32), "UTF-8", true, bytes.length, text.length(),
                "decoded", null, null, text);
        SourceSpan nameSpan = new SourceSpan(nameAt, nameAt + 1 + h.length());
        Metric m = new Metric(h, new BigDecimal("63000000"), null, h, Qualifier.MORE_THAN, false, 0, text.substring(metricAt,
                metricAt + 6 + h.length()), new SourceSpan(metricAt, metricAt + 6 + h.length()), null, null, null,
                new SourceSpan(0, h.length()));
        Diagnostic diag = new Diagnostic(DiagnosticKind.FOREIGN_CONTENT, dev.laurel.model.Severity.ERROR, h, h,
                new SourceSpan(0, h.length()));
        Awardee w = new Awardee("名" + h, h, RegionKind.OTHER, null, h, 1, null, null, h,
                List.of(new Initiative(h, text.substring(0, 4), new SourceSpan(0, 4))), List.of(m),
                new SourceSpan(nameAt, text.length()), List.of(diag));
        return Announcement.of(source, h, h, h, new dev.laurel.model.Event(h, h, h),
                List.of(new RosterEntry("名" + h, null, null, h, true, nameSpan)), List.of(w), List.of(diag));
    }

    @Test
    void hostileTextStaysText() throws Exception {
        Announcement a = hostile();
        String page = HtmlExporter.page(a);
        Document d = Jsoup.parse(page);
        assertEquals(2, d.select("script").size(), "the data and the page's script, no other");
        assertEquals(List.of(), d.select("img, svg, textarea, b, i, iframe, object, embed").eachAttr("outerHtml"));
        assertTrue(d.select("[onerror], [onload], [href^=javascript]").isEmpty());
        assertEquals(2, d.select("style, meta[http-equiv]").size());
        assertEquals(a.source().text().replace('\0', '\uFFFD'), d.getElementById("doc").wholeText());
        String data = d.getElementById("laurel-data").data();
        for (String bad : List.of("<", ">", "&", "\u2028", "\u2029")) {
            assertFalse(data.contains(bad), "no raw " + bad + " in the JSON");
        }
        Announcement back = Laurel.read(new ByteArrayInputStream(data.getBytes(StandardCharsets.UTF_8))).get(0);
        assertEquals(a, back, "JSON.parse gives the records back");
        assertTrue(d.title().startsWith(a.title().substring(0, 10)), d.title());
        assertEquals(a.awardees().get(0).metrics().get(0).text().replace('\0', '\uFFFD'), markText(d, "a0m0"),
                "a NUL is shown as U+FFFD, one char for one");
    }

    @Test
    void marksThatCrossAreSplitAndNestedMarksAreNot() throws Exception {
        String text = "0123456789abcdef";
        List<MarkedText.Mark> marks = List.of(
                new MarkedText.Mark(0, 16, "aw", "a0", "", null, 0),
                new MarkedText.Mark(2, 8, "in", "a0i0", "", null, 1),
                new MarkedText.Mark(3, 5, "me", "a0m0", "", null, 5),
                new MarkedText.Mark(4, 12, "dg", "d0", "", null, 3),
                new MarkedText.Mark(6, 6, "dg", "d1", "", null, 3),
                new MarkedText.Mark(20, 30, "dg", "d2", "", null, 3));
        StringBuilder b = new StringBuilder();
        assertEquals(5, MarkedText.write(b, text, marks), "the span outside the text is left out");
        Document d = Jsoup.parseBodyFragment("<div id=doc>" + b + "</div>");
        assertEquals(text, d.getElementById("doc").wholeText());
        assertEquals("234567", markText(d, "a0i0"));
        assertEquals("34", markText(d, "a0m0"));
        assertEquals(1, d.select("[data-m=a0m0]").size());
        assertEquals("456789ab", markText(d, "d0"));
        assertEquals(3, d.select("[data-m=d0]").size(), "d0 crosses a0m0 and a0i0: three pieces");
        assertEquals("", markText(d, "d1"));
    }

    @Test
    void aMegabyteWithTensOfThousandsOfNestedMarksIsBuiltInOnePass() throws Exception {
        StringBuilder t = new StringBuilder();
        while (t.length() < 1_000_000) {
            t.append("全市每年慰问金额超6300万元，投入2亿元用于部队基础设施建设。<x>&\n");
        }
        String text = t.toString();
        List<MarkedText.Mark> marks = new ArrayList<>();
        int sentence = "全市每年慰问金额超6300万元，投入2亿元用于部队基础设施建设。<x>&\n".length();
        for (int s = 0, i = 0; s + sentence <= text.length(); s += sentence, i++) {
            marks.add(new MarkedText.Mark(s, s + sentence - 1, "in", "i" + i, "", "initiative", 1));
            marks.add(new MarkedText.Mark(s + 9, s + 15, "me", "m" + i, "", "63000000 元, more-than", 5));
            marks.add(new MarkedText.Mark(s + 4, s + 8, "lb", "l" + i, "", "label", 4));
        }
        StringBuilder out = new StringBuilder();
        long t0 = System.nanoTime();
        MarkedText.write(out, text, marks);
        long ms = (System.nanoTime() - t0) / 1_000_000;
        int open = 0;
        for (int i = out.indexOf("<span"); i >= 0; i = out.indexOf("<span", i + 1)) {
            open++;
        }
        assertEquals(marks.size(), open, "nested marks: one element each, nothing reopened");
        assertTrue(ms < 10_000, "built in " + ms + " ms");
        assertTrue(out.length() < 4 * text.length() + 200 * marks.size(), "output linear in text and marks");
    }

    @Test
    void aFolderHasOnePagePerDocumentAndAnIndex(@TempDir Path dir) throws Exception {
        Announcement a = zhejiang();
        Announcement h = hostile();
        Laurel.export(List.of(a, h, a), "html", dir, ExportOptions.defaults());
        try (var files = Files.list(dir)) {
            assertEquals(3, files.count(), "two pages and the index; the repeated source is written once");
        }
        Document index = Jsoup.parse(Files.readString(dir.resolve(HtmlExporter.INDEX)));
        Elements rows = index.select("#index tbody tr");
        assertEquals(2, rows.size());
        for (Element link : index.select("a")) {
            String href = link.attr("href");
            assertTrue(href.startsWith("./") && href.endsWith(".html"), href);
            assertTrue(Files.exists(dir.resolve(java.net.URLDecoder.decode(href.substring(2), StandardCharsets.UTF_8))), href);
        }
        assertTrue(index.select("img, svg, b").isEmpty());
        assertEquals("000_8580ebc5395fa60a.html", HtmlExporter.pageName(a));
        assertTrue(rows.get(0).text().contains("missing-section 1"), rows.get(0).text());
    }

    @Test
    void aStreamTakesOnePageAndRecordsWithoutTextGetARecordsOnlyPage() throws Exception {
        var out = new ByteArrayOutputStream();
        try (AnnouncementSink sink = new HtmlExporter().open(out, ExportOptions.defaults())) {
            sink.write(Fixtures.zhejiang());
            assertThrows(IllegalStateException.class, () -> sink.write(Fixtures.zhejiang()));
        }
        Document d = Jsoup.parse(out.toString(StandardCharsets.UTF_8));
        assertTrue(d.getElementById("doc") == null && d.select(".notext").size() == 1);
    }

    @Test
    void theTextIsCarriedButIsNotPartOfTheRecordsIdentity() {
        SourceInfo plain = Fixtures.zhejiang().source();
        SourceInfo carried = plain.withText(Fixtures.ZHEJIANG_TEXT);
        assertEquals(plain, carried);
        assertEquals(plain.hashCode(), carried.hashCode());
        assertEquals(plain.toString(), carried.toString());
        assertNull(carried.withoutText().text());
        assertThrows(IllegalArgumentException.class, () -> plain.withText("short"));
    }
}
