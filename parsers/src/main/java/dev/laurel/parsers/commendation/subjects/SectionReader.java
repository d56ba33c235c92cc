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
import dev.laurel.parsers.commendation.layout.HeadedCell;
import dev.laurel.parsers.commendation.layout.Section;
import dev.laurel.parsers.commendation.mentions.PlaceRef;
import dev.laurel.parsers.commendation.repeats.Duplicates;
import dev.laurel.parsers.commendation.repeats.RestatedFigures;
import dev.laurel.parsers.commendation.text.Excerpt;
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
        List<FigureTables.Table> tables = tables(section.body());
        List<LogicalParagraph> paragraphs = join(section.body(), tables, name, issues);
        // the lead paragraph: under a subheading the section opens with (车城拥军情更浓 / 十堰市此次实现…), the one after it
        int lead = paragraphs.size() > 1 && SplitParagraphs.isSubheading(paragraphs.get(0).text()) ? 1 : 0;
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
        metrics = withTables(metrics, tables, section.headed(), name);

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

    /** {@code metrics} less those of paragraphs restating figures told before and figures told again ({@link RestatedFigures}), each reported. */
    private static List<Metric> withoutRestated(List<Metric> metrics, List<LogicalParagraph> paragraphs, String name,
                                                DiagnosticLog.Bucket issues) {
        if (metrics.size() < 2) {
            return metrics;
        }
        List<SourceSpan> spans = new ArrayList<>(paragraphs.size());
        if (metrics.size() >= 2 * RestatedFigures.MIN_FIGURES) { // else too few for one paragraph to restate another's
            for (LogicalParagraph p : paragraphs) {
                spans.add(p.view().sourceSpan(0, p.view().length()));
            }
        }
        RestatedFigures read = RestatedFigures.of(metrics, spans);
        for (RestatedFigures.Restated r : read.restated()) {
            issues.add(DiagnosticKind.DUPLICATE_PARAGRAPH, name, "a paragraph restating " + r.figures()
                    + " figures told earlier in other words gave them once: " + Excerpt.of(paragraphs.get(r.paragraph()).text()),
                    spans.get(r.paragraph()));
        }
        for (Metric x : read.retold()) {
            issues.add(DiagnosticKind.DUPLICATE_PARAGRAPH, name, "a figure told again with the same label was given once: "
                    + x.text() + " (" + x.label() + ")", x.span());
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

    /**
     * {@code metrics} with the figures of {@code tables} (tables of the place's figures) and of a table row's bare
     * numbers read with their columns' units ({@code headed}), in text order.
     */
    private List<Metric> withTables(List<Metric> metrics, List<FigureTables.Table> tables, List<HeadedCell> headed,
                                    String name) {
        if (tables.isEmpty() && headed.isEmpty()) {
            return metrics;
        }
        List<Metric> tabled = new ArrayList<>();
        tables.forEach(t -> tabled.addAll(t.metricsOf(name))); // a table comparing places: the place's own column
        for (HeadedCell cell : headed) {
            Metric m = FigureTables.headed(source, cell);
            if (m != null) {
                tabled.add(m);
            }
        }
        return FigureTables.merged(metrics, tabled);
    }

    /** The figure tables among {@code body} ({@link FigureTables}), places' columns read with the document's places. */
    List<FigureTables.Table> tables(List<Paragraph> body) {
        return FigureTables.find(source, body, context.places(), context.province());
    }

    /**
     * Joins paragraphs split mid-sentence and reports each join; page furniture and the lines of {@code tables} (the
     * figure tables of {@code body}) are left out.
     */
    List<LogicalParagraph> join(List<Paragraph> body, List<FigureTables.Table> tables, String name,
                                DiagnosticLog.Bucket issues) {
        return SplitParagraphs.join(source, body, FigureTables.lines(tables), name, issues);
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
