package dev.laurel.parsers.html;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Takes the article out of a page: drops what is never content (scripts, styles, forms, navigation,
 * headers, footers, asides, hidden elements), picks the main block, and writes it one block element
 * per line with a blank line between, so that the plain-text parser sees the page's paragraphs.
 *
 * <p>The main block is the deepest container (div, td, section, article, …, not a lone paragraph)
 * holding at least {@value #MAIN_SHARE} of the page's letters and digits outside links. Inside it, share widgets, breadcrumbs, comment and related-link
 * boxes (recognised by class or id) and link-dense blocks are skipped. The headline is the {@code h1}
 * or {@code *title*} element that the page's {@code <title>} repeats, else the first {@code h1}, else
 * the {@code <title>} without its site suffix; it is put first unless the block already starts with
 * it. Every pass is iterative and linear in the size of the page.
 */
final class ArticleExtractor {

    static final double MAIN_SHARE = 0.6;

    /** The headline found (or null), the extracted text, and the site the page's title names (or null). */
    record Article(String headline, String text, String site) {
    }

    private static final Set<String> NEVER_CONTENT = Set.of("script", "style", "noscript", "template", "iframe",
            "frame", "frameset", "object", "embed", "applet", "svg", "math", "canvas", "form", "input", "button",
            "select", "option", "textarea", "nav", "footer", "aside", "menu", "dialog", "header", "head", "link",
            "meta", "img", "video", "audio", "map");

    private static final Set<String> BLOCKS = Set.of("p", "div", "td", "th", "tr", "li", "ul", "ol", "dl", "dt",
            "dd", "table", "tbody", "thead", "tfoot", "caption", "h1", "h2", "h3", "h4", "h5", "h6", "section",
            "article", "main", "blockquote", "pre", "address", "center", "figure", "figcaption", "hr", "body",
            "fieldset", "details", "summary", "legend", "listing", "plaintext", "xmp");

    /** Elements whose line breaks are kept. */
    private static final Set<String> PREFORMATTED = Set.of("pre", "listing", "plaintext", "xmp");

    /** Elements that may hold a whole article; the main block is one of these. */
    private static final Set<String> CONTAINERS = Set.of("div", "td", "th", "table", "tbody", "tr", "section",
            "article", "main", "body", "center", "ul", "ol", "dl", "blockquote", "fieldset", "details", "figure");

    /** Class or id words that mark page furniture. */
    private static final Set<String> FURNITURE_WORDS = Set.of("nav", "navbar", "navigation", "menu", "toolbar",
            "print", "ad", "ads", "advert", "banner", "login", "search", "pager", "pagination", "related",
            "recommend", "header", "foot", "crumb", "crumbs", "tags", "social");
    private static final String[] FURNITURE_PARTS = {"share", "breadcrumb", "comment", "sidebar", "footer",
            "copyright", "jiathis", "bdshare"};
    private static final String[] SITE_SEPARATORS = {" - ", " – ", " — ", "——", "_", "|", "｜"};

    private ArticleExtractor() {
    }

    static Article extract(Document doc) {
        Element body = doc.body();
        String headline = headline(doc, body);
        removeNeverContent(body);
        Map<Element, Stats> stats = stats(body);
        Element main = mainBlock(body, stats);
        List<String> lines = lines(main, stats);
        if (headline != null && !startsWith(lines, headline)) {
            lines.add(0, headline);
        }
        return new Article(headline, String.join("\n\n", lines), siteName(collapse(doc.title()), headline));
    }

    /**
     * The site a page's {@code <title>} names after its headline (我县再度蝉联…称号-涉县人民政府 → 涉县人民政府; the last part of
     * 标题_本地要闻_涉县人民政府), or null when the title holds no such part. The page's header and footer, which name the
     * site too, are dropped as furniture; a page that calls its place only 我县 is named from this.
     */
    static String siteName(String title, String headline) {
        if (headline == null || title.isEmpty()) {
            return null;
        }
        String head = squash(headline);
        for (String sep : TITLE_SEPARATORS) {
            int at = title.lastIndexOf(sep);
            if (at < 4 || !squash(title.substring(0, at)).startsWith(head)) {
                continue; // the title must open with the headline
            }
            String site = title.substring(at + sep.length()).strip();
            if (site.length() >= 2 && site.length() <= MAX_SITE_NAME && !head.contains(squash(site))
                    && site.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN)) {
                return site;
            }
        }
        return null;
    }

    /** The separators between a title's headline and its site: those of {@link #SITE_SEPARATORS}, and a bare hyphen. */
    private static final String[] TITLE_SEPARATORS = java.util.stream.Stream.concat(
            java.util.Arrays.stream(SITE_SEPARATORS), java.util.stream.Stream.of("-")).toArray(String[]::new);
    /** The longest site name taken from a title. */
    private static final int MAX_SITE_NAME = 30;

    /** Letters and digits counted outside links ({@code plain}) and inside them ({@code linked}). */
    private static final class Stats {
        long plain;
        long linked;

        long total() {
            return plain + linked;
        }
    }

    private static void removeNeverContent(Element body) {
        List<Node> doomed = new ArrayList<>();
        NodeTraversor.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (node instanceof Element e && e != body && (NEVER_CONTENT.contains(e.normalName()) || hidden(e))) {
                    doomed.add(e);
                    return FilterResult.SKIP_ENTIRELY;
                }
                return FilterResult.CONTINUE;
            }

            @Override
            public FilterResult tail(Node node, int depth) {
                return FilterResult.CONTINUE;
            }
        }, body);
        doomed.forEach(Node::remove);
    }

    private static boolean hidden(Element e) {
        if (e.hasAttr("hidden")) {
            return true;
        }
        String style = e.attr("style");
        if (style.isEmpty()) {
            return false;
        }
        String s = style.toLowerCase(Locale.ROOT).replace(" ", "");
        return s.contains("display:none") || s.contains("visibility:hidden");
    }

    private static Map<Element, Stats> stats(Element body) {
        Map<Element, Stats> stats = new IdentityHashMap<>();
        NodeTraversor.traverse(new NodeVisitor() {
            int linkDepth;

            @Override
            public void head(Node node, int depth) {
                if (node instanceof Element e) {
                    stats.put(e, new Stats());
                    if (e.normalName().equals("a")) {
                        linkDepth++;
                    }
                } else if (node instanceof TextNode t && node.parent() instanceof Element parent) {
                    long letters = letters(t.getWholeText());
                    Stats s = stats.get(parent);
                    if (linkDepth > 0) {
                        s.linked += letters;
                    } else {
                        s.plain += letters;
                    }
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element e) {
                    if (e.normalName().equals("a")) {
                        linkDepth--;
                    }
                    if (e != body && e.parent() != null) {
                        Stats mine = stats.get(e);
                        Stats up = stats.get(e.parent());
                        up.plain += mine.plain;
                        up.linked += mine.linked;
                    }
                }
            }
        }, body);
        return stats;
    }

    private static long letters(String s) {
        long n = 0;
        for (int i = 0; i < s.length(); i++) {
            if (Character.isLetterOrDigit(s.charAt(i))) {
                n++;
            }
        }
        return n;
    }

    /** The deepest element holding at least {@link #MAIN_SHARE} of the body's plain letters. */
    private static Element mainBlock(Element body, Map<Element, Stats> stats) {
        long all = stats.get(body).plain;
        if (all == 0) {
            return body;
        }
        Element current = body;
        while (true) {
            Element next = null;
            for (Element child : current.children()) {
                if (stats.get(child).plain >= MAIN_SHARE * all) {
                    next = child;
                    break;
                }
            }
            if (next == null) {
                break;
            }
            current = next;
        }
        // One paragraph holding most of the text is part of the article, not all of it.
        while (current != body && !CONTAINERS.contains(current.normalName())) {
            current = current.parent();
        }
        return current;
    }

    private static boolean furniture(Element e) {
        String names = (e.className() + " " + e.id()).toLowerCase(Locale.ROOT);
        if (names.isBlank()) {
            return false;
        }
        for (String part : FURNITURE_PARTS) {
            if (names.contains(part)) {
                return true;
            }
        }
        for (String word : names.split("[^a-z0-9]+")) {
            if (FURNITURE_WORDS.contains(word)) {
                return true;
            }
        }
        return false;
    }

    private static boolean linkDense(Element e, Map<Element, Stats> stats) {
        Stats s = stats.get(e);
        return s != null && s.linked > 0 && s.linked * 2 > s.total();
    }

    /** The text of the main block, one line per block element, blank lines dropped. */
    private static List<String> lines(Element main, Map<Element, Stats> stats) {
        LineBuilder out = new LineBuilder();
        NodeTraversor.filter(new NodeFilter() {
            int preDepth;

            @Override
            public FilterResult head(Node node, int depth) {
                if (node instanceof Element e) {
                    if (e != main && (furniture(e) || (BLOCKS.contains(e.normalName()) && linkDense(e, stats)))) {
                        return FilterResult.SKIP_ENTIRELY;
                    }
                    String tag = e.normalName();
                    if (tag.equals("table") && isDataTable(e)) {
                        out.breakLine();
                        dataRows(e).forEach(out::addLine);
                        return FilterResult.SKIP_ENTIRELY;
                    }
                    if (tag.equals("br") || BLOCKS.contains(tag)) {
                        out.breakLine();
                    }
                    if (PREFORMATTED.contains(tag)) {
                        preDepth++;
                    }
                } else if (node instanceof TextNode t) {
                    out.append(t.getWholeText(), preDepth > 0);
                }
                return FilterResult.CONTINUE;
            }

            @Override
            public FilterResult tail(Node node, int depth) {
                if (node instanceof Element e) {
                    String tag = e.normalName();
                    if (BLOCKS.contains(tag)) {
                        out.breakLine();
                    }
                    if (PREFORMATTED.contains(tag)) {
                        preDepth--;
                    }
                }
                return FilterResult.CONTINUE;
            }
        }, main);
        out.breakLine();
        return out.lines;
    }

    /** The longest cell of a data table: longer cells are a layout table's (a whole article in a cell). */
    private static final int MAX_DATA_CELL = 60;

    /**
     * A table of data (a name list: 序号 / 省份 / 名称 / 命名次数), not of layout: no table inside it, at least two
     * rows of two or more cells, and every cell short.
     */
    private static boolean isDataTable(Element table) {
        if (table.getElementsByTag("table").size() > 1) {
            return false;
        }
        int wide = 0;
        for (Element row : table.getElementsByTag("tr")) {
            int cells = 0;
            for (Element cell : row.children()) {
                if (cell.normalName().equals("td") || cell.normalName().equals("th")) {
                    cells++;
                    if (cell.text().length() > MAX_DATA_CELL) {
                        return false;
                    }
                }
            }
            wide += cells >= 2 ? 1 : 0;
        }
        return wide >= 2;
    }

    /** A data table's rows as a browser lays them out ({@link TableGrid}), one line each, cells separated by tabs. */
    private static List<String> dataRows(Element table) {
        List<String> rows = new ArrayList<>();
        for (List<String> cells : TableGrid.rows(table, ArticleExtractor::cellText)) {
            if (cells.stream().anyMatch(c -> !c.isEmpty() && !c.equals("-"))) {
                rows.add(String.join("\t", cells.stream().map(c -> c.isEmpty() ? "-" : c).toList()));
            }
        }
        return rows;
    }

    /**
     * A cell's text on one line, whitespace runs made one space. A {@code <br>} inside it wraps the cell: between two
     * CJK chars it joins them (景宁畲族<br>自治县 is one name, as a browser shows it in a narrow column), else it is a space.
     */
    private static String cellText(Element cell) {
        LineBuilder b = new LineBuilder();
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode t) {
                    b.append(t.getWholeText(), false);
                } else if (depth > 0 && node instanceof Element e && (e.normalName().equals("br")
                        || BLOCKS.contains(e.normalName()))) {
                    b.append("\n", false); // a segment break: none between CJK chars, else a space
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (depth > 0 && node instanceof Element e && BLOCKS.contains(e.normalName())) {
                    b.append("\n", false);
                }
            }
        }, cell);
        b.breakLine();
        return String.join(" ", b.lines).strip();
    }

    /**
     * Builds lines from text nodes the way a browser lays out text: runs of HTML whitespace become one
     * space, none where a line break stood between two CJK characters (CSS Text 3 segment breaks), and
     * lines are trimmed of spaces, no-break spaces and ideographic spaces.
     */
    private static final class LineBuilder {
        final List<String> lines = new ArrayList<>();
        private final StringBuilder line = new StringBuilder();
        private boolean pendingSpace;
        private boolean pendingBreak;

        void append(String text, boolean pre) {
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (pre && (c == '\n' || c == '\r')) {
                    if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                        i++;
                    }
                    breakLine();
                } else if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f') {
                    pendingSpace = true;
                    pendingBreak |= c == '\n' || c == '\r';
                } else {
                    if (pendingSpace && line.length() > 0
                            && !(pendingBreak && wide(line.charAt(line.length() - 1)) && wide(c))) {
                        line.append(' ');
                    }
                    pendingSpace = false;
                    pendingBreak = false;
                    line.append(c);
                }
            }
        }

        /** A whole line as it is (a data table's row, tabs kept). */
        void addLine(String text) {
            breakLine();
            if (!text.isBlank()) {
                lines.add(text);
            }
        }

        void breakLine() {
            String s = strip(line);
            if (!s.isEmpty()) {
                lines.add(s);
            }
            line.setLength(0);
            pendingSpace = false;
            pendingBreak = false;
        }

        private static String strip(CharSequence s) {
            int from = 0;
            int to = s.length();
            while (from < to && blank(s.charAt(from))) {
                from++;
            }
            while (to > from && blank(s.charAt(to - 1))) {
                to--;
            }
            return s.subSequence(from, to).toString();
        }

        private static boolean blank(char c) {
            return Character.isWhitespace(c) || c == '\u00A0' || c == '\u3000' || c == '\u200B' || c == '\uFEFF';
        }

        /** CJK ideographs, kana, full-width forms and CJK punctuation: no space is put between two of them. */
        private static boolean wide(char c) {
            return (c >= '\u2E80' && c <= '\u9FFF') || (c >= '\uF900' && c <= '\uFAFF') || (c >= '\uFF00' && c <= '\uFFEF')
                    || (c >= '\u3000' && c <= '\u303F') || Character.isSurrogate(c);
        }
    }

    /** Elements whose content is never text, skipped by {@link #stripTags}. */
    private static final Set<String> RAW_TEXT = Set.of("script", "style", "noscript", "template", "textarea", "title");

    /**
     * The text of markup without a tree, for pages the HTML parser cannot build: comments and the
     * content of script, style and similar elements are dropped, block tags and {@code <br>} break
     * lines, other tags are dropped, entities are decoded. One linear pass; no headline, no main block.
     */
    static String stripTags(String html) {
        LineBuilder out = new LineBuilder();
        int n = html.length();
        int i = 0;
        int textStart = 0;
        while (i < n) {
            char c = html.charAt(i);
            boolean tagStart = c == '<' && i + 1 < n && (Character.isLetter(html.charAt(i + 1))
                    || html.charAt(i + 1) == '/' || html.charAt(i + 1) == '!' || html.charAt(i + 1) == '?');
            if (!tagStart) {
                i++;
                continue;
            }
            appendText(out, html, textStart, i);
            if (html.startsWith("<!--", i)) {
                int end = html.indexOf("-->", i + 4);
                i = end < 0 ? n : end + 3;
                textStart = i;
                continue;
            }
            int close = html.indexOf('>', i + 1);
            if (close < 0) {
                i = n;
                textStart = n;
                break;
            }
            boolean closing = html.charAt(i + 1) == '/';
            int nameStart = i + 1 + (closing ? 1 : 0);
            int nameEnd = nameStart;
            while (nameEnd < close && Character.isLetterOrDigit(html.charAt(nameEnd))) {
                nameEnd++;
            }
            String name = html.substring(nameStart, nameEnd).toLowerCase(Locale.ROOT);
            if (name.equals("br") || BLOCKS.contains(name)) {
                out.breakLine();
            }
            i = close + 1;
            boolean selfClosing = html.charAt(close - 1) == '/';
            if (!closing && !selfClosing && RAW_TEXT.contains(name)) {
                int end = indexOfIgnoreCase(html, "</" + name, i);
                i = end < 0 ? n : end;
            }
            textStart = i;
        }
        appendText(out, html, textStart, n);
        out.breakLine();
        return String.join("\n\n", out.lines);
    }

    private static void appendText(LineBuilder out, String html, int from, int to) {
        if (to > from) {
            String text = html.substring(from, to);
            if (text.indexOf('&') >= 0) {
                try {
                    text = org.jsoup.parser.Parser.unescapeEntities(text, false);
                } catch (RuntimeException e) {
                    // keep the entities as written
                }
            }
            out.append(text, false);
        }
    }

    private static int indexOfIgnoreCase(String s, String what, int from) {
        int n = s.length() - what.length();
        for (int i = from; i <= n; i++) {
            if (s.regionMatches(true, i, what, 0, what.length())) {
                return i;
            }
        }
        return -1;
    }

    private static boolean startsWith(List<String> lines, String headline) {
        String h = squash(headline);
        for (int i = 0; i < Math.min(3, lines.size()); i++) {
            if (squash(lines.get(i)).equals(h)) {
                return true;
            }
        }
        return false;
    }

    private static String squash(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!Character.isWhitespace(c) && c != '\u00A0' && c != '\u3000') {
                b.append(c);
            }
        }
        return b.toString();
    }

    /** Headline candidates looked at, at most; keeps the search linear on pages with many headings. */
    private static final int MAX_CANDIDATES = 50;

    private static String headline(Document doc, Element body) {
        String title = collapse(doc.title());
        String titleSquashed = squash(title);
        String firstH1 = null;
        int seen = 0;
        for (Element e : body.getAllElements()) {
            String tag = e.normalName();
            boolean heading = tag.equals("h1") || tag.equals("h2");
            boolean titled = !heading && (e.className() + " " + e.id()).toLowerCase(Locale.ROOT).contains("title");
            if (!heading && !titled) {
                continue;
            }
            if (++seen > MAX_CANDIDATES) {
                break;
            }
            if (insideFurniture(e)) {
                continue;
            }
            String text = collapse(e.text());
            if (text.length() < 2 || text.length() > 200) {
                continue;
            }
            if (text.length() >= 4 && !titleSquashed.isEmpty() && titleSquashed.contains(squash(text))) {
                return text;
            }
            if (firstH1 == null && tag.equals("h1")) {
                firstH1 = text;
            }
        }
        if (firstH1 != null) {
            return firstH1;
        }
        if (title.isEmpty()) {
            return null;
        }
        for (String sep : SITE_SEPARATORS) {
            int at = title.indexOf(sep);
            if (at >= 4) {
                return title.substring(0, at).strip();
            }
        }
        return title.length() <= 200 ? title : null;
    }

    private static boolean insideFurniture(Element e) {
        int depth = 0;
        for (Element p = e.parent(); p != null && depth < 64; p = p.parent(), depth++) {
            String tag = p.normalName();
            if (tag.equals("nav") || tag.equals("footer") || tag.equals("aside")) {
                return true;
            }
        }
        return false;
    }

    private static String collapse(String s) {
        LineBuilder b = new LineBuilder();
        b.append(s, false);
        b.breakLine();
        return b.lines.isEmpty() ? "" : b.lines.get(0);
    }
}
