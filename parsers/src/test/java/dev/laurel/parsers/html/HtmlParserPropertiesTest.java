package dev.laurel.parsers.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.strings;

import dev.laurel.model.Announcement;
import dev.laurel.parsers.commendation.Scoring;
import dev.laurel.spi.ParseOptions;
import dev.laurel.spi.Source;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/** The HTML parser never throws, gives valid spans into the extracted text, and is deterministic. */
class HtmlParserPropertiesTest {
    private static final HtmlCommendationParser PARSER = new HtmlCommendationParser();

    /** Pieces of pages, text and markup alike, glued at random: unclosed, misnested, in any order. */
    private static final List<String> SOUP = List.of("<html>", "<head>", "<title>", "</title>", "<body>", "</body>",
            "</html>", "<p>", "</p>", "<div class=\"article-content\">", "<div>", "</div>", "<br>", "<br/>", "<table>",
            "<tr>", "<td>", "</td>", "</tr>", "</table>", "<h1>", "</h1>", "<nav>", "</nav>", "<footer>", "<script>",
            "</script>", "<style>", "<pre>", "</pre>", "<a href=\"/x\">", "</a>", "<b>", "</b>", "<!--", "-->", "<![CDATA[",
            "&nbsp;", "&amp;", "&#", "&#x4E07;", "&lt;", "<meta charset=\"gb2312\">", "<meta charset=\"big5\">",
            "<?xml encoding=\"utf-8\"?>", "<div style=\"display:none\">", "<div class=\"share\">", "<aside>", "<form>",
            "杭州市", "浙江省杭州市", "一、", "（一）", "先后9次被命名为全国双拥模范城", "连续第六次", "投入1200万元", "近五年累计8.6亿元",
            "分别是：", "南京市、无锡市、沛县", "。", "，", "\n", "\n\n", " ", "\u3000", "\uD800", "\uDC00", "\uFEFF", "\r\n", "<", ">",
            "\"", "'", "=", "/", "１２", "萬", "億");

    private static final Gen<String> SOUP_GEN = lists().of(integers().between(0, SOUP.size() - 1)).ofSizeBetween(0, 120)
            .map(ix -> {
                StringBuilder b = new StringBuilder();
                ix.forEach(i -> b.append(SOUP.get(i)));
                return b.toString();
            });

    private static void parsesCleanly(String text) {
        Source source = Source.ofText(text, "generated.html");
        Source extracted = HtmlCommendationParser.extract(source);
        Announcement a = PARSER.parse(source, ParseOptions.defaults());
        assertEquals(List.of(), Scoring.spanProblems(a, extracted.text()));
        assertEquals(extracted.text().length(), a.source().chars());
        assertEquals(a, PARSER.parse(source, ParseOptions.defaults()));
        assertEquals(extracted, HtmlCommendationParser.extract(source));
        assertFalse(extracted.text().contains("\n\n\n"), "at most one blank line between paragraphs");
    }

    @Test
    void arbitraryStringsNeverThrow() {
        qt().withExamples(300).forAll(strings().allPossible().ofLengthBetween(0, 400)).checkAssert(HtmlParserPropertiesTest::parsesCleanly);
        qt().withExamples(200).forAll(strings().betweenCodePoints(0x20, 0x7E).ofLengthBetween(0, 400))
                .checkAssert(s -> parsesCleanly("<html><body>" + s));
    }

    @Test
    void htmlSoupNeverThrows() {
        qt().withExamples(500).forAll(SOUP_GEN).checkAssert(HtmlParserPropertiesTest::parsesCleanly);
    }

    @Test
    void soupAroundTheRealPagesNeverThrows() {
        String page = Scoring.resourceText("/fixtures/05-xiangyang-news-story-article.html");
        qt().withExamples(100).forAll(SOUP_GEN, integers().between(0, page.length()))
                .checkAssert((soup, at) -> parsesCleanly(page.substring(0, at) + soup + page.substring(at)));
    }
}
