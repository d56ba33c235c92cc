package dev.laurel.parsers.html;

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
 * Issue 14 item 6: a page's declared charset is verified against its bytes. A declaration the bytes
 * do not fit (iso-8859-1 over GB18030: valid windows-1252, but no Chinese) leaves the detected reading
 * and is reported as {@code charset-mismatch}; one that fits is used without a word.
 */
class DeclaredCharsetTest {
    private static final Charset GB18030 = Charset.forName("GB18030");
    private static final String BODY = "<title>杭州市先后9次被命名为全国双拥模范城</title></head><body><div class=\"content\">"
            + "<p>杭州市先后9次被命名为全国双拥模范城。</p><p>全市每年慰问金额超6300万元。</p></div></body></html>";

    private static String page(String charset) {
        return "<html><head><meta charset=\"" + charset + "\">" + BODY;
    }

    private static List<Diagnostic> mismatches(Announcement a) {
        return a.issues().stream().filter(d -> d.kind() == DiagnosticKind.CHARSET_MISMATCH).toList();
    }

    @Test
    void aLatinDeclarationOverGb18030BytesIsReportedAndTheBytesReadAsGb18030() throws LaurelException {
        byte[] bytes = page("iso-8859-1").getBytes(GB18030);
        // The GB18030 bytes of this page avoid the five bytes windows-1252 leaves undefined: it decodes there.
        assertTrue(dev.laurel.spi.SourceDecoder.strict(bytes, Charset.forName("windows-1252")) != null);
        Announcement a = new HtmlCommendationParser().parse(Source.of(bytes, "latin.html", null), ParseOptions.defaults());
        assertEquals("GB18030", a.source().charset());
        assertEquals("杭州市", a.awardees().get(0).name());
        assertEquals(0, new java.math.BigDecimal("63000000").compareTo(a.awardees().get(0).metrics().get(0).value()));
        List<Diagnostic> m = mismatches(a);
        assertEquals(1, m.size(), a.issues().toString());
        assertTrue(m.get(0).message().contains("declares the charset windows-1252"), m.get(0).message());
        assertTrue(m.get(0).message().contains("read as GB18030"), m.get(0).message());
    }

    @Test
    void aDeclarationTheBytesAreInvalidInIsReported() throws LaurelException {
        byte[] bytes = page("shift_jis").getBytes(GB18030);
        Announcement a = new HtmlCommendationParser().parse(Source.of(bytes, "sjis.html", null), ParseOptions.defaults());
        assertEquals("GB18030", a.source().charset());
        assertEquals(1, mismatches(a).size(), a.issues().toString());
    }

    @Test
    void aStaleDeclarationOverUtf8IsReported() throws LaurelException {
        byte[] bytes = page("gb2312").getBytes(StandardCharsets.UTF_8);
        Announcement a = new HtmlCommendationParser().parse(Source.of(bytes, "resaved.html", null), ParseOptions.defaults());
        assertEquals("UTF-8", a.source().charset());
        assertEquals(1, mismatches(a).size(), a.issues().toString());
    }

    @Test
    void aDeclarationThatFitsIsNotReported() throws LaurelException {
        for (String cs : List.of("gb2312", "gbk", "GB18030")) {
            Announcement a = new HtmlCommendationParser().parse(Source.of(page(cs).getBytes(GB18030), "gb.html", null),
                    ParseOptions.defaults());
            assertEquals(List.of(), mismatches(a), cs);
        }
        Announcement utf8 = new HtmlCommendationParser().parse(
                Source.of(page("utf-8").getBytes(StandardCharsets.UTF_8), "utf8.html", null), ParseOptions.defaults());
        assertEquals(List.of(), mismatches(utf8));
        byte[] big5 = page("big5").replace("杭州市", "臺北市").getBytes(Charset.forName("Big5"));
        Announcement b = new HtmlCommendationParser().parse(Source.of(big5, "big5.html", null), ParseOptions.defaults());
        assertTrue(b.source().charset().startsWith("Big5"), b.source().charset());
        assertEquals(List.of(), mismatches(b));
    }
}
