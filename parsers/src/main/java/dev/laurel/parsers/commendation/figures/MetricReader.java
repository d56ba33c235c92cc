package dev.laurel.parsers.commendation.figures;

import dev.laurel.model.DiagnosticKind;
import dev.laurel.model.Metric;
import dev.laurel.model.SourceSpan;
import dev.laurel.parsers.commendation.DiagnosticLog;
import dev.laurel.parsers.commendation.mentions.Places;
import dev.laurel.parsers.commendation.repeats.Duplicates;
import dev.laurel.parsers.commendation.text.Excerpt;
import dev.laurel.parsers.commendation.text.LogicalParagraph;
import dev.laurel.parsers.commendation.text.LogicalText;
import dev.laurel.parsers.commendation.text.Translations;
import dev.laurel.text.Quantity;
import dev.laurel.text.QuantityKind;
import dev.laurel.text.QuantityScanner;

import java.util.ArrayList;
import java.util.List;

/**
 * The figures of a section, read with the quantity engine from the repaired (joined) paragraphs.
 * Figures are the engine's, as read: a share written as a fraction (三分之一) is already a percent there
 * (33.33333333333333 %, as 百分之三十 is 30 %). Skipped: the start of a
 * place name (七台河市), honour counts (先后9次 becomes timesHonored), ordinals (第五届 is an edition),
 * numbers without a unit (times of day, list numbers, page numbers, a mixed number such as 三又二分之一:
 * a deed's figure has a unit), and
 * figures inside text repeated from earlier in the section, and the quantities {@link NotFigures} tells are no
 * figure of a deed. Traditional script is read through a same-length simplified view, so spans and quoted text stay
 * those of the source.
 */
public final class MetricReader {
    private static final QuantityScanner SCANNER = new QuantityScanner();

    private MetricReader() {
    }

    /** Decides whether a figure at {@code offset} of logical paragraph {@code paragraph} is wanted. */
    public interface Filter {
        boolean keep(int paragraph, int offset);
    }

    /**
     * The quantities of each paragraph, read through its simplified view (offsets are the paragraph's); a paragraph in
     * English ({@link Translations}) has none, and {@code issues} are told of it.
     */
    public static List<List<Quantity>> scan(List<LogicalParagraph> paragraphs, DiagnosticLog.Bucket issues) {
        List<List<Quantity>> out = new ArrayList<>(paragraphs.size());
        for (LogicalParagraph p : paragraphs) {
            out.add(translated(p, null, issues) ? List.of() : SCANNER.scan(p.view().simplified()));
        }
        return out;
    }

    /** Like {@link #scan(List, DiagnosticLog.Bucket)}; each numeral that could not be read becomes an {@code unparsed-number} diagnostic. */
    public static List<List<Quantity>> scan(List<LogicalParagraph> paragraphs, String awardee, DiagnosticLog.Bucket issues) {
        List<List<Quantity>> out = new ArrayList<>(paragraphs.size());
        for (LogicalParagraph p : paragraphs) {
            LogicalText view = p.view();
            if (translated(p, awardee, issues)) {
                out.add(List.of());
                continue;
            }
            out.add(SCANNER.scan(view.simplified(), u -> issues.add(DiagnosticKind.UNPARSED_NUMBER,
                    awardee, "a numeral that could not be read was left out: " + Excerpt.of(p.text().substring(u.start(), u.end())),
                    view.sourceSpan(u.start(), u.end()))));
        }
        return out;
    }

    /** True when {@code p} is in English, the page's translation; when it holds a digit, {@code issues} are told so. */
    private static boolean translated(LogicalParagraph p, String awardee, DiagnosticLog.Bucket issues) {
        if (!Translations.isLatin(p.text())) {
            return false;
        }
        if (Translations.hasDigit(p.text())) {
            issues.add(DiagnosticKind.DUPLICATE_PARAGRAPH, awardee, "a paragraph in English, the page's translation, "
                    + "gave no figures: " + Excerpt.of(p.text()), p.view().sourceSpan(0, p.view().length()));
        }
        return true;
    }

    /** The metrics among {@code quantities}, which {@link #scan} found in {@code paragraphs}. */
    public static List<Metric> read(String source, List<LogicalParagraph> paragraphs, List<List<Quantity>> quantities,
                             List<Headings.Found> headings, List<Duplicates.Region> repeated, Places places,
                             Filter filter) {
        List<Metric> out = new ArrayList<>();
        int heading = -1;
        ReportSections.Part[] parts = ReportSections.of(paragraphs); // 二、2027年工作计划: the paragraphs under it plan, they report nothing
        for (int p = 0; p < paragraphs.size(); p++) {
            if (parts != null && parts[p] == ReportSections.Part.PLAN) {
                continue;
            }
            LogicalText view = paragraphs.get(p).view();
            String text = view.text();
            String simple = null; // the simplified view the label words are matched against, made on first use
            int[] targets = null; // where target words start (力争, 计划), found at the first figure
            int[] criteria = null; // where statements of an honour's criteria start, found at the first figure
            int previousEnd = 0;
            int labelAfter = 0; // where the label of the previous figure ends, when it follows that figure
            Labels.Label previousLabel = null;
            List<Quantity> found = quantities.get(p);
            for (int k = 0; k < found.size(); k++) {
                Quantity q = found.get(k);
                int floor = previousEnd;
                previousEnd = q.end();
                while (heading + 1 < headings.size() && starts(headings.get(heading + 1), p, q.start())) {
                    heading++;
                }
                // 17 of 17:08, a list's 1., a mixed number (三又二分之一) without unit; but 常住人口约357万，counts in 万
                boolean bare = q.unit() == null && !NotFigures.countInMultiples(text, q);
                if (targets == null) {
                    targets = Targets.wordsIn(view.simplified(), parts != null && parts[p] == ReportSections.Part.REVIEW);
                    criteria = Criteria.wordsIn(view.simplified());
                }
                bare |= !bare && (NotFigures.notAFigure(text, view, q) || Targets.planned(view.simplified(), targets, q.start()));
                if (bare || q.kind() == QuantityKind.ORDINAL || q.kind() == QuantityKind.HONOR_COUNT
                        || ReferenceNotes.inNote(view.simplified(), q.start())
                        || Criteria.states(view.simplified(), criteria, q.start()) || NotFigures.headsAList(text, q, places)
                        || Duplicates.overlaps(repeated, p, q.start(), q.end()) || !filter.keep(p, q.start())
                        || NotFigures.startsPlaceName(places, text, q)
                        || NotFigures.multipleOfAnotherPlace(places, view.simplified(), q)
                        || NotFigures.ofComparedPlace(places, view.simplified(), q)
                        || NotFigures.countsPlaceNamed(places, text, q)
                        || NotFigures.convertsFrom(view.simplified(), q) && keptBefore(out, q)
                        || k > 0 && NotFigures.convertedTo(view.simplified(), found.get(k - 1), q)
                        || k > 0 && NotFigures.exchangeRate(view.simplified(), found.get(k - 1), q)
                        || k + 1 < found.size() && NotFigures.exchangeRate(view.simplified(), q, found.get(k + 1))) {
                    previousLabel = null; // …, 218亿元人民币约合新台币960亿元 after 投入218亿元: the amount again, converted
                    continue;
                }
                int[] minimal = withoutIntervalWords(text, q.start(), q.end());
                SourceSpan span = view.sourceSpan(minimal[0], minimal[1]);
                if (simple == null) {
                    simple = view.simplified();
                }
                int ceiling = k + 1 < found.size() ? found.get(k + 1).start() : text.length();
                Labels.Label label = Labels.of(text, simple, q.start(), q.end(), floor, labelAfter, ceiling,
                        q.unit(), places);
                if (label == null && Labels.continuesList(text, floor, q.start())) {
                    // 森林覆盖率分别达到70.2%、66.8%和54.3%: the list shares its label, also with a figure left to another
                    // awardee (两市的森林覆盖率分别达到59.2%和67.8%: the first is 阳江市's, this one 云浮市's)
                    label = previousLabel != null || k == 0 ? previousLabel : Labels.of(text, simple, found.get(k - 1).start(),
                            floor, k > 1 ? found.get(k - 2).end() : 0, 0, q.start(), found.get(k - 1).unit(), places);
                }
                previousLabel = label;
                labelAfter = label != null && label.start() >= q.end() ? label.end() : 0;
                out.add(new Metric(label == null ? null : label.text(), q.value(), q.upper(), q.unit(), q.qualifier(),
                        q.cumulative(), heading < 0 ? null : heading, span.of(source), span, q.category(), q.currency(),
                        q.upper() == null ? null : Metric.bounds(q.lowerInclusive(), q.upperInclusive()),
                        label == null ? null : view.sourceSpan(label.start(), label.end())));
            }
        }
        return out;
    }

    /** True when a figure of the same value and unit was kept before {@code q}. */
    private static boolean keptBefore(List<Metric> kept, Quantity q) {
        for (Metric m : kept) {
            if (m.value().compareTo(q.value()) == 0 && java.util.Objects.equals(m.unit(), q.unit())) {
                return true;
            }
        }
        return false;
    }

    /** Words opening an interval that the engine keeps inside a range's span (在3至5万亩之间, 介于10和40之间). */
    private static final String[] INTERVAL_OPENERS = {"介于", "处于", "在"};

    /**
     * A range's span without the words of its interval (在3至5万亩之间 → 3至5万亩): a figure's text is its number and
     * unit, the words around it left out, as its qualifier's are.
     */
    private static int[] withoutIntervalWords(String text, int start, int end) {
        String close = text.startsWith("之间", end - 2) ? "之间" : null;
        if (close == null) {
            return new int[] {start, end};
        }
        for (String open : INTERVAL_OPENERS) {
            if (text.startsWith(open, start) && end - 2 > start + open.length()) {
                return new int[] {start + open.length(), end - 2};
            }
        }
        return new int[] {start, end - 2};
    }

    /** True when the heading starts at or before chars at {@code offset} of paragraph {@code p}. */
    private static boolean starts(Headings.Found h, int p, int offset) {
        return h.paragraph() < p || (h.paragraph() == p && h.start() <= offset);
    }
}
