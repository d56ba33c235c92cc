package dev.laurel.parsers.html;

import dev.laurel.model.Announcement;
import dev.laurel.model.Diagnostic;
import dev.laurel.model.DiagnosticKind;
import dev.laurel.parsers.commendation.CommendationTextParser;
import dev.laurel.parsers.commendation.text.HtmlSniff;
import dev.laurel.spi.DocumentParser;
import dev.laurel.spi.ParseOptions;
import dev.laurel.spi.Source;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * Commendation announcements saved as HTML pages (news articles, government pages in table layout).
 * Honours the charset the page declares when the caller gave none (see {@link PageCharset}), takes
 * the article out of the page (see {@link ArticleExtractor}) and reads it with the plain-text
 * {@link CommendationTextParser}. Spans in the result index into the extracted text, and the
 * announcement's source says so ({@code textOrigin} {@value #TEXT_ORIGIN}). Stateless and thread-safe.
 */
public final class HtmlCommendationParser implements DocumentParser {

    /** The parser's name, for {@code --parser}. */
    public static final String NAME = "commendation-html";
    /** The {@link Source#textOrigin()} of the text the records' spans index into. */
    public static final String TEXT_ORIGIN = "html-extracted";

    /** How much of the text {@link #confidence} looks at. */
    private static final int SNIFF_CHARS = 4096;

    private final CommendationTextParser text = new CommendationTextParser();

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String description() {
        return "commendation announcements saved as HTML pages (article body extracted, declared charset honoured)";
    }

    /** 90 for text that starts like an HTML page (a doctype, {@code <html>}, {@code <head>} or {@code <body>}), else 0. */
    @Override
    public int confidence(Source source) {
        String t = source.text();
        int end = Math.min(t.length(), SNIFF_CHARS);
        int i = HtmlSniff.firstVisible(t);
        if (HtmlSniff.startsWith(t, i, "<!doctype html", end) || HtmlSniff.startsWith(t, i, "<html", end)
                || HtmlSniff.startsWith(t, i, "<head", end) || HtmlSniff.startsWith(t, i, "<body", end)) {
            return 90;
        }
        if ((HtmlSniff.startsWith(t, i, "<?xml", end) || HtmlSniff.startsWith(t, i, "<!--", end)
                || HtmlSniff.startsWith(t, i, "<!doctype", end))
                && (HtmlSniff.contains(t, "<html", end) || HtmlSniff.contains(t, "<body", end))) {
            return 90;
        }
        return HtmlSniff.contains(t, "<html", end) && HtmlSniff.contains(t, "<body", end) ? 80 : 0;
    }

    @Override
    public Announcement parse(Source source, ParseOptions options) {
        Objects.requireNonNull(source, "source must not be null");
        Objects.requireNonNull(options, "options must not be null");
        Extracted e = extractText(source);
        Announcement a = text.parse(e.source(), options.publisher() == null ? options.withPublisher(e.site()) : options);
        if (e.failure() == null) {
            return a;
        }
        List<Diagnostic> issues = new ArrayList<>(a.issues());
        issues.add(Diagnostic.of(DiagnosticKind.MALFORMED_TEXT, null, "the page's markup could not be parsed ("
                + e.failure() + "); its tags were stripped and the remaining text was read", null));
        return new Announcement(a.schemaVersion(), a.source(), a.title(), a.honor(), a.province(), a.event(),
                a.roster(), a.awardees(), issues);
    }

    /**
     * The source with the page's article text in place of the page, charset re-decided by the page's
     * declaration; its {@code textOrigin} is {@value #TEXT_ORIGIN}. Public for tools that want to see
     * what the parser reads.
     *
     * @param source the page as decoded
     * @return the article text as a source
     */
    public static Source extract(Source source) {
        Objects.requireNonNull(source, "source must not be null");
        return extractText(source).source();
    }

    /**
     * The extracted source, the site the page's title names (or null), and why jsoup failed when the text comes from
     * the tag-stripping fallback.
     */
    private record Extracted(Source source, String site, String failure) {
    }

    /**
     * A page made of frames (an archived portal: {@code <frameset>} with the article in {@code <noframes>}) as the page
     * its {@code <noframes>} holds, which HTML parsing keeps as raw text; any other page as it is.
     */
    private static Document withoutFrames(Document doc) {
        if (doc.body() == null || !"frameset".equals(doc.body().tagName())) {
            return doc;
        }
        StringBuilder inner = new StringBuilder();
        for (org.jsoup.nodes.Element noframes : doc.select("noframes")) {
            inner.append(noframes.data());
        }
        if (inner.isEmpty()) {
            return doc;
        }
        return Jsoup.parse("<html><head>" + doc.head().html() + "</head>" + inner + "</html>");
    }

    private static Extracted extractText(Source source) {
        Source decoded = PageCharset.apply(source);
        try {
            Document doc = withoutFrames(Jsoup.parse(decoded.text()));
            ArticleExtractor.Article article = ArticleExtractor.extract(doc);
            return new Extracted(decoded.withText(article.text(), TEXT_ORIGIN), article.site(), null);
        } catch (RuntimeException e) {
            // jsoup 1.24.1 throws IndexOutOfBoundsException in HtmlTreeBuilder.reconstructFormattingElements
            // on some deeply nested, misnested pages (found by HtmlFuzzTest); read the text without a tree.
            return new Extracted(decoded.withText(ArticleExtractor.stripTags(decoded.text()), TEXT_ORIGIN), null,
                    e.getClass().getSimpleName() + " in jsoup");
        }
    }
}
