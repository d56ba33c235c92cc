package dev.laurel.parsers.commendation.subjects;

import dev.laurel.model.Awardee;
import dev.laurel.model.DiagnosticKind;
import dev.laurel.model.Initiative;
import dev.laurel.model.Metric;
import dev.laurel.model.SourceSpan;
import dev.laurel.parsers.commendation.DiagnosticLog;
import dev.laurel.parsers.commendation.DocumentContext;
import dev.laurel.parsers.commendation.figures.FigureTables;
import dev.laurel.parsers.commendation.figures.Headings;
import dev.laurel.parsers.commendation.figures.MetricReader;
import dev.laurel.parsers.commendation.figures.PlaceFigures;
import dev.laurel.parsers.commendation.figures.WiderScope;
import dev.laurel.parsers.commendation.layout.Section;
import dev.laurel.parsers.commendation.mentions.PlaceRef;
import dev.laurel.parsers.commendation.repeats.Duplicates;
import dev.laurel.parsers.commendation.repeats.RestatedFigures;
import dev.laurel.parsers.commendation.text.Excerpt;
import dev.laurel.parsers.commendation.text.Furniture;
import dev.laurel.parsers.commendation.text.LogicalParagraph;
import dev.laurel.parsers.commendation.text.LogicalText;
import dev.laurel.parsers.commendation.text.Paragraph;
import dev.laurel.parsers.commendation.text.Paragraphs;
import dev.laurel.parsers.commendation.text.Sentences;
import dev.laurel.text.Quantity;

import java.util.ArrayList;
import java.util.List;

/** Reads one deeds section into an {@link Awardee}, repairing and reporting what is wrong with it. */
public final class SectionReader {
    private final String source;
    private final DocumentContext context;

    public SectionReader(String source, DocumentContext context) {
        this.source = source;
        this.context = context;
    }

    public Awardee read(Section section, DiagnosticLog.Bucket issues) {
        return read(section, issues, (p, offset) -> true);
    }

    /**
     * Like {@link #read(Section, DiagnosticLog.Bucket)}, keeping only the figures {@code about} keeps (by logical
     * paragraph of the section and offset in it): a story's clauses about another place are not its awardee's.
     */
    public Awardee read(Section section, DiagnosticLog.Bucket issues, MetricReader.Filter about) {
        String name = section.place().official().name();
        List<FigureTables.Table> tables = FigureTables.find(source, section.body());
        List<LogicalParagraph> paragraphs = join(section.body(), FigureTables.lines(tables), name, issues);
        // the lead paragraph: under a subheading the section opens with (车城拥军情更浓 / 十堰市此次实现…), the one after it
        int lead = paragraphs.size() > 1 && isSubheading(paragraphs.get(0).text()) ? 1 : 0;
        String summary = paragraphs.isEmpty() ? null : paragraphs.get(lead).text();

        List<Duplicates.Region> repeated = Duplicates.find(paragraphs);
        for (Duplicates.Region r : repeated) {
            LogicalText view = paragraphs.get(r.paragraph()).view();
            String text = view.text().substring(r.start(), r.end());
            issues.add(DiagnosticKind.DUPLICATE_PARAGRAPH, name,
                    "text repeated from earlier in the section was counted once: " + Excerpt.of(text),
                    view.sourceSpan(r.start(), r.end()));
        }

        List<Headings.Found> headings = section.story() ? List.of() : Headings.find(paragraphs, repeated, lead);
        List<Initiative> initiatives = initiatives(paragraphs, headings);

        reportTruncation(section, paragraphs, name, issues);
        ForeignContent.report(paragraphs, section.place(), context, issues);

        List<List<Quantity>> quantities = MetricReader.scan(paragraphs, name, issues);
        HonorFacts honors = HonorFacts.read(summary, paragraphs.isEmpty() ? List.of() : quantities.get(lead), context,
                section.place());
        List<Metric> metrics = MetricReader.read(source, paragraphs, quantities, headings, repeated, context.places(),
                both(both(both(about, WiderScope.filter(paragraphs, section.place(), context.places(), context.province())),
                        section.story() ? null
                                : OtherPlaceParagraphs.filter(paragraphs, section.place(), context.places(), context.province())),
                        PlaceFigures.filter(PlaceFigures.of(paragraphs, quantities, context.places(), context.province()),
                                section.place()))); // 其中：东胜区12万亩、康巴什区3万亩: the districts' own

        metrics = withoutRestated(metrics, paragraphs, name, issues);
        metrics = withTables(metrics, tables);

        int end = section.body().isEmpty() ? section.heading().end()
                : section.body().get(section.body().size() - 1).end();
        PlaceRef place = section.place();
        boolean noted = section.headingTimes() != null; // 安吉县（第三次）: the heading's note says it outright
        Integer times = noted ? section.headingTimes() : honors.times();
        dev.laurel.model.TimesKind kind = noted ? section.headingKind() : honors.timesKind();
        return new Awardee(name, place.province(), place.kind(), place.regionCode(), honors.title(),
                times, kind, honors.provincialTimes(), summary, initiatives, metrics,
                new SourceSpan(section.heading().start(), end), issues.items(), place.name());
    }

    /** {@code metrics} less those of paragraphs restating figures told before ({@link RestatedFigures}), each reported. */
    private static List<Metric> withoutRestated(List<Metric> metrics, List<LogicalParagraph> paragraphs, String name,
                                                DiagnosticLog.Bucket issues) {
        if (metrics.size() < 2 * RestatedFigures.MIN_FIGURES) {
            return metrics; // too few figures for one paragraph to restate another's
        }
        List<SourceSpan> spans = new ArrayList<>(paragraphs.size());
        for (LogicalParagraph p : paragraphs) {
            spans.add(p.view().sourceSpan(0, p.view().length()));
        }
        RestatedFigures read = RestatedFigures.of(metrics, spans);
        for (RestatedFigures.Restated r : read.restated()) {
            issues.add(DiagnosticKind.DUPLICATE_PARAGRAPH, name, "a paragraph restating " + r.figures()
                    + " figures told earlier in other words gave them once: " + Excerpt.of(paragraphs.get(r.paragraph()).text()),
                    spans.get(r.paragraph()));
        }
        return read.kept();
    }

    /** Both filters; {@code b} may be null, for none. */
    private static MetricReader.Filter both(MetricReader.Filter a, MetricReader.Filter b) {
        if (b == null) {
            return a;
        }
        return (p, offset) -> a.keep(p, offset) && b.keep(p, offset);
    }

    /** {@code metrics} with the figures of {@code tables} (tables of the place's figures), in text order. */
    private static List<Metric> withTables(List<Metric> metrics, List<FigureTables.Table> tables) {
        if (tables.isEmpty()) {
            return metrics;
        }
        List<Metric> all = new ArrayList<>(metrics);
        tables.forEach(t -> all.addAll(t.metrics()));
        all.sort(java.util.Comparator.comparingInt(m -> m.span().start()));
        return all;
    }

    /** A line that is a date alone (2025年, 9月, 2025年9月): a chronicle's heading over its entries. */
    private static final java.util.regex.Pattern DATE_LINE = java.util.regex.Pattern.compile(
            "(?:(?:19|20)[0-9]{2}年)?(?:[0-9]{1,2}|[一二三四五六七八九十]{1,3})月[\\s\u3000]*|(?:19|20)[0-9]{2}年[\\s\u3000]*");

    /** A line ending with its list's size in brackets (先进集体名单（50个）): a title, whole. */
    private static final java.util.regex.Pattern SIZED_TITLE = java.util.regex.Pattern.compile(
            "[（(]共?[0-9０-９一二三四五六七八九十百]+[个名家项所處处個][）)][\\s\u3000]*$");

    /** True when a line holds a digit after a Han char: a figure with its caption before it (✅ 新建285个), not ▶ 3.6亿元. */
    private static boolean holdsDigitAfterText(String line) {
        for (int i = 1; i < line.length(); i++) {
            if (Character.isDigit(line.charAt(i)) && dev.laurel.text.HanChars.isHan(line.charAt(i - 1))) {
                return true;
            }
        }
        return false;
    }

    /** True when {@code a} ends with a digit and {@code b} starts with one: joined, they would read as one number. */
    private static boolean gluesDigits(Paragraph a, Paragraph b) {
        String x = a.text();
        String y = b.text();
        return !x.isEmpty() && !y.isEmpty() && Character.isDigit(x.charAt(x.length() - 1)) && Character.isDigit(y.charAt(0));
    }

    /** The longest line read as a story's subheading. */
    private static final int MAX_SUBHEADING = 16;

    /** True for a short line without a mark of punctuation or a digit: a subheading (一张网的支撑), no half of a sentence. */
    private static boolean isSubheading(String line) {
        if (line.length() > MAX_SUBHEADING) {
            return false;
        }
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (!Character.isLetter(c) && !Paragraphs.isBlank(c) || Character.isDigit(c)) {
                return false;
            }
        }
        return true;
    }

    /** True when {@code text} holds a comma or a stop: prose, not a figure or a caption alone (126个 / 新建口袋公园). */
    private static boolean holdsClauseEnd(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (Sentences.isClauseEnd(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /** True when a blank line stands between two paragraphs of the source. */
    private boolean blankLineBetween(Paragraph previous, Paragraph next) {
        int breaks = 0;
        for (int i = previous.end(); i < next.start(); i++) {
            char c = source.charAt(i);
            breaks += c == '\n' || c == '\r' && (i + 1 == next.start() || source.charAt(i + 1) != '\n') ? 1 : 0;
        }
        return breaks >= 2;
    }

    /** Joins paragraphs split mid-sentence and reports each join; page furniture and figure tables are left out. */
    List<LogicalParagraph> join(List<Paragraph> body, String name, DiagnosticLog.Bucket issues) {
        return join(body, FigureTables.lines(FigureTables.find(source, body)), name, issues);
    }

    /** Like {@link #join(List, String, DiagnosticLog.Bucket)}, the lines of the figure tables given. */
    private List<LogicalParagraph> join(List<Paragraph> body, java.util.Set<Paragraph> tables, String name,
                                        DiagnosticLog.Bucket issues) {
        List<LogicalParagraph> out = new ArrayList<>();
        LogicalText current = null;
        int pieces = 0;
        Paragraph previous = null;
        int lastLine = -1; // the last line of the body seen, furniture included
        for (Paragraph p : body) {
            boolean adjacent = p.index() == lastLine + 1;
            lastLine = p.index();
            if (!tables.isEmpty() && tables.contains(p)) {
                if (current != null) {
                    out.add(new LogicalParagraph(current, pieces));
                    current = null;
                }
                continue;
            }
            if (p.text().length() <= Furniture.MAX_INNER_LINE
                    && Furniture.is(dev.laurel.text.TraditionalToSimplified.toSimplified(p.text()))) {
                continue; // a page number between two halves of a sentence (累计投入 / 2 / 3.6亿元) is not text
            }
            // Lines the layout took out (a list after 名单如下：) stood between: not two halves of one sentence.
            if (current != null && adjacent && !Sentences.endsSentence(previous.text())
                    && !dev.laurel.parsers.commendation.text.Captions.is(previous.text()) // a caption is whole
                    && !dev.laurel.parsers.commendation.text.FieldLines.is(previous.text()) // so is 总面积：2.3万平方公里
                    && !dev.laurel.parsers.commendation.text.FieldLines.is(p.text())
                    && !dev.laurel.parsers.commendation.layout.Layout.isNumberedHeading(previous.text()) // 一、2025年工作回顾
                    && !SIZED_TITLE.matcher(previous.text()).find() // 先进集体名单（50个）: a list's title over its names
                    && !DATE_LINE.matcher(previous.text()).matches() // 9月 / 9月15日　…: a chronicle's month over its entries
                    && !dev.laurel.parsers.commendation.layout.Layout.opensHanNumberedItem(p.text()) // 二、复审合格的…
                    && !dev.laurel.parsers.commendation.layout.Layout.opensBulletedItem(p.text()) // ✅ 口袋公园新建285个
                    && !(dev.laurel.parsers.commendation.layout.Layout.opensBulletedItem(previous.text())
                        && holdsDigitAfterText(previous.text())) // ✅ 投入资金约36亿元: an item whole on its line
                    && !(blankLineBetween(previous, p) && (gluesDigits(previous, p) // 索引号：…-0012 / 2025年: one number of two
                        || isSubheading(previous.text()) && holdsClauseEnd(p.text())))) { // 绿道连起半座城 / 近5年，…: a subheading
                current.append(source, p);
                pieces++;
                issues.add(DiagnosticKind.SPLIT_PARAGRAPH_JOINED, name,
                        "a paragraph split mid-sentence was rejoined: " + Excerpt.tail(previous.text()) + " + "
                                + Excerpt.head(p.text()),
                        new SourceSpan(previous.end(), p.start()));
            } else {
                if (current != null) {
                    out.add(new LogicalParagraph(current, pieces));
                }
                current = new LogicalText().append(source, p);
                pieces = 1;
            }
            previous = p;
        }
        if (current != null) {
            out.add(new LogicalParagraph(current, pieces));
        }
        return out;
    }

    /**
     * One initiative per heading. Its span runs from the heading's first char to the last non-blank char
     * of its block (up to the next heading or the end of the section), and its text is exactly the source
     * text of that span: heading, deeds, line breaks and a paragraph split mid-sentence, as written.
     */
    private List<Initiative> initiatives(List<LogicalParagraph> paragraphs, List<Headings.Found> headings) {
        List<Initiative> out = new ArrayList<>();
        for (int h = 0; h < headings.size(); h++) {
            Headings.Found found = headings.get(h);
            SourceSpan heading = paragraphs.get(found.paragraph()).view().sourceSpan(found.start(), found.end());
            int end = heading.end();
            int p = found.paragraph();
            int from = found.end();
            Headings.Found next = h + 1 < headings.size() ? headings.get(h + 1) : null;
            while (p < paragraphs.size()) {
                LogicalText v = paragraphs.get(p).view();
                int to = next != null && next.paragraph() == p ? next.start() : v.length();
                if (to > from) {
                    end = Math.max(end, v.sourceSpan(from, to).end());
                }
                if (next != null && next.paragraph() == p) {
                    break;
                }
                p++;
                from = 0;
            }
            while (end > heading.end() && Paragraphs.isBlank(source.charAt(end - 1))) {
                end--;
            }
            out.add(new Initiative(found.title(), source.substring(heading.start(), end),
                    new SourceSpan(heading.start(), end)));
        }
        return out;
    }

    private static void reportTruncation(Section section, List<LogicalParagraph> paragraphs, String name,
                                         DiagnosticLog.Bucket issues) {
        if (section.cell()) {
            return; // a table row's figures cell (森林覆盖率58.3%), no sentence cut short
        }
        if (paragraphs.isEmpty()) {
            issues.add(DiagnosticKind.TRUNCATED_SECTION, name, "the section has a heading but no text",
                    section.heading().span());
            return;
        }
        LogicalText last = paragraphs.get(paragraphs.size() - 1).view();
        if (!Sentences.endsSentence(last.text())) {
            int from = Math.max(0, last.length() - 12);
            issues.add(DiagnosticKind.TRUNCATED_SECTION, name,
                    "the section ends mid-sentence: " + Excerpt.tail(last.text()),
                    last.sourceSpan(from, last.length()));
        }
    }
}
