package dev.laurel.parsers.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.laurel.LaurelException;
import dev.laurel.model.Announcement;
import dev.laurel.model.Awardee;
import dev.laurel.model.Metric;
import dev.laurel.parsers.commendation.CommendationTextParser;
import dev.laurel.parsers.commendation.Scoring;
import dev.laurel.spi.ParseOptions;
import dev.laurel.spi.ParserRegistry;
import dev.laurel.spi.Source;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The two HTML fixtures against their gold and their plain-text twins; charset handling; page furniture. */
class HtmlCommendationParserTest {
    static final String XIANGYANG = "05-xiangyang-news-story-article";
    static final String XIANGYANG_TXT = "05-xiangyang-news-story";
    static final String GUANGDONG = "06-guangdong-provincial-table";
    static final String GUANGDONG_TXT = "06-guangdong-provincial";

    private final HtmlCommendationParser parser = new HtmlCommendationParser();

    static byte[] bytes(String resource) {
        try (InputStream in = HtmlCommendationParserTest.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource " + resource);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Source page(String fixture) throws LaurelException {
        return Source.of(bytes("/fixtures/" + fixture + ".html"), fixture + ".html", null);
    }

    @Test
    void confidenceIsHighForPagesAndZeroForText() throws LaurelException {
        assertEquals(90, parser.confidence(page(XIANGYANG)));
        assertEquals(90, parser.confidence(page(GUANGDONG)));
        assertEquals(0, parser.confidence(Source.ofText(Scoring.resourceText("/fixtures/" + XIANGYANG_TXT + ".txt"), "t")));
        assertEquals(0, parser.confidence(Source.ofText("", "empty")));
        assertEquals(90, parser.confidence(Source.ofText("\uFEFF  <HTML><body>x</body></HTML>", "bom")));
    }

    @Test
    void theRegistryPicksThisParserForPagesAndTheTextParserForText() throws LaurelException {
        ParserRegistry registry = ParserRegistry.load();
        assertEquals(HtmlCommendationParser.NAME, registry.choose(page(GUANGDONG)).orElseThrow().name());
        assertEquals(CommendationTextParser.NAME, registry.choose(
                Source.ofText(Scoring.resourceText("/fixtures/" + GUANGDONG_TXT + ".txt"), "t")).orElseThrow().name());
    }

    @ParameterizedTest
    @CsvSource({XIANGYANG + "," + XIANGYANG_TXT, GUANGDONG + "," + GUANGDONG_TXT})
    void pageScoresLikeItsPlainTextTwin(String page, String twin) throws LaurelException {
        Source source = page(page);
        Announcement html = parser.parse(source, ParseOptions.defaults());
        String twinText = Scoring.resourceText("/fixtures/" + twin + ".txt");
        Announcement txt = Scoring.parseText(twinText, twin + ".txt");

        Scoring.Figures h = Scoring.score("/fixtures/" + page + ".gold.json", html);
        Scoring.Figures t = Scoring.score("/fixtures/" + twin + ".gold.json", txt);
        System.out.println("[html " + page + "]\n" + h.report());
        // The bar of the fixtures (0.95), or the plain-text twin's figures where the text parser is below it.
        assertEquals(h.rosterGold(), h.rosterFound(), h.report());
        assertTrue(h.rosterOrderKept(), h.report());
        assertEquals(h.awardeesGold(), h.awardeesFound(), h.report());
        assertTrue(h.timesRight() >= Math.min(h.awardeesGold(), t.timesRight()), h.report());
        assertTrue(h.metricsPrecision() >= Math.min(0.95, t.metricsPrecision()), h.report());
        assertTrue(h.metricsRecall() >= Math.min(0.95, t.metricsRecall()), h.report());
        assertTrue(h.qualifierAccuracy() >= Math.min(0.95, t.qualifierAccuracy()), h.report());
        assertTrue(h.initiativesF1() >= Math.min(0.95, t.initiativesF1()), h.report());

        // Same records as the twin: names, counts, figures with their units and qualifiers.
        assertEquals(Scoring.withoutSpans(txt), Scoring.withoutSpans(html));
        assertEquals(summary(txt), summary(html));

        // Spans index into the extracted text, and the source says so.
        Source extracted = HtmlCommendationParser.extract(source);
        assertEquals(HtmlCommendationParser.TEXT_ORIGIN, html.source().textOrigin());
        assertEquals(extracted.text().length(), html.source().chars());
        assertEquals(source.sha256(), html.source().sha256());
        assertEquals(List.of(), Scoring.spanProblems(html, extracted.text()));
    }

    /** Awardee name, counts, and every metric's value, unit and qualifier, in order. */
    private static List<String> summary(Announcement a) {
        return a.awardees().stream().flatMap(w -> java.util.stream.Stream.concat(
                java.util.stream.Stream.of(w.name() + " " + w.timesHonored() + " " + w.timesKind() + " "
                        + w.provincialTimesHonored() + " " + w.regionCode()),
                w.metrics().stream().map(m -> w.name() + " " + m.value().toPlainString() + " " + m.unit() + " "
                        + m.qualifier().id()))).toList();
    }

    @Test
    void aPageOfFramesIsReadFromItsNoframes() throws LaurelException {
        String html = "<html><head><title>宁乡县成功创建国家卫生县城_宁乡县人民政府门户网站</title></head>"
                + "<frameset rows=\"0,*\"><frame src=\"top.asp\"><noframes><body><p>您的浏览器不支持框架。</p>"
                + "<h2>宁乡县成功创建国家卫生县城</h2><p>　　宁乡县被正式命名为国家卫生县城。该县累计投入创卫资金9.8亿元。</p>"
                + "</body></noframes></frameset></html>";
        Announcement a = parser.parse(Source.of(html.getBytes(StandardCharsets.UTF_8), "frames.html", null),
                ParseOptions.defaults());
        assertEquals(List.of("9.8亿元"), a.awardees().get(0).metrics().stream().map(Metric::text).toList());
    }

    @Test
    void extractedTextIsTheArticleAndNothingElse() throws LaurelException {
        String xiangyang = HtmlCommendationParser.extract(page(XIANGYANG)).text();
        assertEquals(Scoring.resourceText("/fixtures/" + XIANGYANG_TXT + ".txt").strip(), xiangyang);
        String guangdong = HtmlCommendationParser.extract(page(GUANGDONG)).text();
        assertEquals(Scoring.resourceText("/fixtures/" + GUANGDONG_TXT + ".txt").strip(), guangdong);
        for (String furniture : List.of("首页", "时政", "分享到", "微信", "点赞", "track(", "dataLayer", "相关阅读",
                "版权所有", "ICP", "text-indent", "汉江晨报网", "编辑：李娜")) {
            assertFalse(xiangyang.contains(furniture), furniture + " leaked into:\n" + xiangyang);
        }
        for (String furniture : List.of("首页", "政务公开", "文件库", "打印", "关闭", "发布日期", "主办", "MM_openBrWindow",
                "font-size", "门户网站")) {
            assertFalse(guangdong.contains(furniture), furniture + " leaked into:\n" + guangdong);
        }
    }

    @Test
    void aNameListTableIsReadRowByRowAndALayoutTableIsNot() throws LaurelException {
        String page = "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>决定</title></head><body>"
                + "<table><tr><td><div class=\"article\"><h1>关于命名全国双拥模范城（县）的决定</h1>"
                + "<p>经研究，决定命名以下城市（县）为全国双拥模范城（县）。</p><p>附件：名单</p>"
                + "<table border=\"1\"><tr><th>序号</th><th>省份</th><th>名称</th><th>命名次数<br>（含本次）</th></tr>"
                + "<tr><td>1</td><td>天津市</td><td>河北区</td><td>3</td></tr>"
                + "<tr><td>2</td><td>河北省</td><td>石家庄市</td><td>6</td></tr>"
                + "<tr><td>3</td><td>湖北省</td><td>咸宁市</td><td>1</td></tr>"
                + "<tr><td>4</td><td>浙江省</td><td>景宁畲族<br>自治县</td><td><p>2</p></td></tr>"
                + "</table></div></td></tr></table></body></html>";
        Source source = Source.ofText(page, "decision.html");
        String text = HtmlCommendationParser.extract(source).text();
        assertTrue(text.contains("1\t天津市\t河北区\t3"), text);
        assertTrue(text.contains("经研究，决定命名以下城市（县）为全国双拥模范城（县）。"), text);
        Announcement a = parser.parse(source, ParseOptions.defaults());
        assertTrue(text.contains("4\t浙江省\t景宁畲族自治县\t2"), "a <br> between CJK chars wraps the cell: " + text);
        assertEquals(List.of("河北区×3", "石家庄市×6", "咸宁市×1", "景宁畲族自治县×2"),
                a.awardees().stream().map(w -> w.name() + "×" + w.timesHonored()).toList());
    }

    @Test
    void theGb2312PageIsDecodedByItsDeclaration() throws LaurelException {
        Source source = page(GUANGDONG);
        Announcement a = parser.parse(source, ParseOptions.defaults());
        assertEquals("GB18030", a.source().charset());
        assertTrue(a.source().charsetDetected());
        String text = HtmlCommendationParser.extract(source).text();
        assertTrue(text.startsWith("广东省人民政府 广东省军区关于命名第十一届广东省双拥模范城（县）的决定"), text);
        assertTrue(text.contains("（四）广州市天河区"), text);
        assertTrue(text.contains("“海防哨所之家”6个"), text);
        assertFalse(text.contains("\uFFFD"));
        assertEquals(List.of("湛江市", "雷州市", "南澳县", "天河区"), a.awardees().stream().map(Awardee::name).toList());
    }

    @Test
    void aBig5PageIsReadByItsMetaTagThoughItAlsoDecodesAsGb18030() throws LaurelException {
        String html = "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=big5\">"
                + "<title>蘇州市連續第八次被命名為全國雙擁模範城</title></head><body><div class=\"content\">"
                + "<p>蘇州市連續第八次被命名為全國雙擁模範城。</p><p>全市投入資金1.2億元。</p></div></body></html>";
        byte[] big5 = html.getBytes(Charset.forName("Big5"));
        Source source = Source.of(big5, "big5.html", null);
        assertEquals("GB18030", source.charset().name(), "Big5 bytes decode cleanly as GB18030: the detector cannot tell");
        Source extracted = HtmlCommendationParser.extract(source);
        assertTrue(extracted.charset().name().startsWith("Big5"), extracted.charset().name());
        assertTrue(extracted.charsetDetected());
        assertTrue(extracted.text().contains("全市投入資金1.2億元。"), extracted.text());
        Announcement a = parser.parse(source, ParseOptions.defaults());
        Metric m = a.awardees().get(0).metrics().get(0);
        assertEquals(0, new java.math.BigDecimal("120000000").compareTo(m.value()), m.toString());
        assertEquals("元", m.unit());
    }

    @Test
    void anExplicitCharsetWinsOverTheDeclaration() throws LaurelException {
        byte[] gb = bytes("/fixtures/" + GUANGDONG + ".html");
        Source given = Source.of(gb, "page.html", Charset.forName("GB18030"));
        Source extracted = HtmlCommendationParser.extract(given);
        assertFalse(extracted.charsetDetected());
        assertEquals("GB18030", extracted.charset().name());
        // A wrong explicit charset is obeyed too: the text is mojibake, not an exception.
        Source latin = Source.of(gb, "page.html", StandardCharsets.ISO_8859_1);
        Announcement a = parser.parse(latin, ParseOptions.defaults());
        assertEquals("ISO-8859-1", a.source().charset());
        assertTrue(a.awardees().isEmpty());
    }

    @Test
    void aPageResavedAsUtf8KeepsUtf8DespiteAStaleGb2312Declaration() throws LaurelException {
        byte[] gb = bytes("/fixtures/" + GUANGDONG + ".html");
        byte[] utf8 = new String(gb, Charset.forName("GB18030")).getBytes(StandardCharsets.UTF_8);
        Source source = Source.of(utf8, "resaved.html", null);
        Source extracted = HtmlCommendationParser.extract(source);
        assertEquals(StandardCharsets.UTF_8, extracted.charset());
        assertEquals(HtmlCommendationParser.extract(page(GUANGDONG)).text(), extracted.text());
    }

    @Test
    void anXmlDeclarationIsHonoured() throws LaurelException {
        String xhtml = "<?xml version=\"1.0\" encoding=\"gb2312\"?>\n<!DOCTYPE html PUBLIC \"-//W3C//DTD XHTML 1.0 Strict//EN\" "
                + "\"http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd\">\n<html xmlns=\"http://www.w3.org/1999/xhtml\">"
                + "<head><title>湖州市双拥工作</title></head><body><p>湖州市连续第六次获得全国双拥模范城称号。</p></body></html>";
        Source source = Source.of(xhtml.getBytes(Charset.forName("GB2312")), "x.xhtml", null);
        assertEquals(90, parser.confidence(source));
        Source extracted = HtmlCommendationParser.extract(source);
        assertEquals("湖州市双拥工作\n\n湖州市连续第六次获得全国双拥模范城称号。", extracted.text());
    }

    @Test
    void headlineComesFromTheTitleWhenThePageHasNoHeading() {
        String html = "<html><head><title>某某市双拥模范城命名公告_某某市人民政府</title></head><body>"
                + "<div id=\"nav\"><a href=\"/\">首页</a></div><div>第一段文字。<br>第二段文字。</div></body></html>";
        assertEquals("某某市双拥模范城命名公告\n\n第一段文字。\n\n第二段文字。",
                HtmlCommendationParser.extract(Source.ofText(html, "p.html")).text());
    }

    @Test
    void headlineIsNotRepeatedWhenTheBodyStartsWithIt() {
        String html = "<html><head><title>标题文字 - 网站</title></head><body><article><h1>标题文字</h1>"
                + "<p>正文一。</p><p>正文二。</p></article><footer>版权所有</footer></body></html>";
        assertEquals("标题文字\n\n正文一。\n\n正文二。", HtmlCommendationParser.extract(Source.ofText(html, "p.html")).text());
    }

    @Test
    void lineBreaksInsideChineseTextDoNotBecomeSpaces() {
        String html = "<html><body><p>湖州市连续\n   第六次获得\n全国双拥模范城称号，投入 1200\n万元。</p><pre>一行\n二行</pre></body></html>";
        assertEquals("湖州市连续第六次获得全国双拥模范城称号，投入 1200 万元。\n\n一行\n\n二行",
                HtmlCommendationParser.extract(Source.ofText(html, "p.html")).text());
    }

    /**
     * Found by HtmlFuzzTest: jsoup 1.24.1 throws IndexOutOfBoundsException (HtmlTreeBuilder
     * .reconstructFormattingElements, HtmlTreeBuilder.java:1238) on this page of nested divs and
     * misnested i/b. The parser falls back to stripping tags and reports malformed-text.
     */
    @Test
    void aPageJsoupCannotParseIsReadByStrippingTags() throws LaurelException {
        byte[] page = bytes("/dev/laurel/parsers/html/HtmlFuzzTestInputs/parse/regression-jsoup-reconstruct-formatting-ioobe");
        // The bytes are no valid UTF-8 nor GB18030; the fuzz test reads them as lenient UTF-8, so does this test.
        Announcement a = parser.parse(Source.ofText(new String(page, StandardCharsets.UTF_8), "crash.html"),
                ParseOptions.defaults());
        assertTrue(a.issues().stream().anyMatch(d -> d.kind() == dev.laurel.model.DiagnosticKind.MALFORMED_TEXT
                && d.message().contains("IndexOutOfBoundsException")), a.issues().toString());
        assertEquals(HtmlCommendationParser.TEXT_ORIGIN, a.source().textOrigin());
    }

    @Test
    void stripTagsKeepsTextAndLinesAndDropsScripts() {
        assertEquals("标题\n\n杭州市投入1200万元。\n\n第二行 & 更多",
                ArticleExtractor.stripTags("<title>页</title><h1>标题</h1><script>var a = '<p>x</p>';</script><!-- c -->"
                        + "<p>杭州市投入<b>1200</b>万元。<br/>第二行 &amp; 更多<style>p{}</style>"));
        assertEquals("a < b", ArticleExtractor.stripTags("a < b<script>unclosed"));
        assertEquals("", ArticleExtractor.stripTags("<!-- unclosed"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "我县再度蝉联“河北省文明县城”称号-涉县人民政府 | 我县再度蝉联“河北省文明县城”称号 | 涉县人民政府",
        "我县获评国家卫生县城_本地要闻_涉县人民政府 | 我县获评国家卫生县城 | 涉县人民政府",
        "标题文字 - 网站 | 标题文字 | 网站",
        "2024-2025年度工作总结 | 2024-2025年度工作总结 | ",
        "标题文字 | 另一个标题 | ",
        "标题文字-title | 标题文字 | "})
    void theSiteIsTheTitlesPartAfterItsHeadline(String title, String headline, String site) {
        assertEquals(site, ArticleExtractor.siteName(title, headline));
    }

    @Test
    void aPageInWoXianIsNamedByTheSiteItsTitleNames() throws LaurelException {
        String html = "<html><head><title>我县再度蝉联“河北省文明县城”称号-涉县人民政府</title></head><body>"
                + "<div id=\"header\">中共涉县县委　涉县人民政府</div><div id=\"content\"><h2>我县再度蝉联“河北省文明县城”称号</h2>"
                + "<p>近日，河北省委、省政府印发通报，命名表彰第七届河北省文明城市、文明县城。我县再度蝉联“河北省文明县城”称号。</p>"
                + "<p>本届创建周期内，我县累计投入创建资金6.3亿元，改造提升老旧小区47个。</p></div>"
                + "<div id=\"footer\">主办单位：涉县人民政府办公室</div></body></html>";
        Announcement a = parser.parse(Source.ofText(html, "p.html"), ParseOptions.defaults());
        assertEquals(1, a.awardees().size(), a.issues().toString());
        Awardee shexian = a.awardees().get(0);
        assertEquals("涉县", shexian.name());
        assertEquals(List.of("6.3亿元", "47个"), shexian.metrics().stream().map(Metric::text).toList());
        assertTrue(shexian.issues().stream().anyMatch(d -> d.message().contains("publisher (涉县人民政府)")),
                shexian.issues().toString());
        // a publisher the caller gives wins over the page's: here one that names no county
        Announcement other = parser.parse(Source.ofText(html, "p.html"), ParseOptions.defaults().withPublisher("新闻网"));
        assertTrue(other.awardees().isEmpty(), other.awardees().toString());
    }
}
