package dev.laurel.parsers.commendation;

import dev.laurel.model.Announcement;
import dev.laurel.model.Awardee;
import dev.laurel.model.Diagnostic;
import dev.laurel.model.Initiative;
import dev.laurel.model.Metric;
import dev.laurel.model.RosterEntry;
import dev.laurel.model.SourceSpan;
import dev.laurel.text.ReadingView;

import java.util.List;

/**
 * The last stage of the reading: records read from a {@link ReadingView} get spans of the source text, and
 * the fields the contract calls verbatim (a metric's and an initiative's {@code text}) become the source's
 * text of their span. Labels, titles and names keep the view's reading (without pinyin annotations or
 * letter spacing).
 */
public final class SourceSpans {
    private SourceSpans() {
    }

    static Announcement of(Announcement a, ReadingView view, String source) {
        if (view.isIdentity()) {
            return a;
        }
        List<RosterEntry> roster = a.roster().stream().map(e -> new RosterEntry(e.name(), e.kind(), e.regionCode(),
                e.province(), e.hasSection(), span(e.span(), view))).toList();
        List<Awardee> awardees = a.awardees().stream().map(w -> awardee(w, view, source)).toList();
        return new Announcement(a.schemaVersion(), a.source(), a.title(), a.honor(), a.province(), a.event(), roster,
                awardees, diagnostics(a.issues(), view));
    }

    private static Awardee awardee(Awardee w, ReadingView view, String source) {
        List<Initiative> initiatives = w.initiatives().stream().map(i -> {
            SourceSpan s = span(i.span(), view);
            return new Initiative(i.title(), s.of(source), s);
        }).toList();
        List<Metric> metrics = w.metrics().stream().map(m -> {
            SourceSpan s = span(m.span(), view);
            return new Metric(m.label(), m.value(), m.upper(), m.unit(), m.qualifier(), m.cumulative(), m.initiative(),
                    s.of(source), s, m.category(), m.currency(), m.bounds(), span(m.labelSpan(), view));
        }).toList();
        return new Awardee(w.name(), w.province(), w.kind(), w.regionCode(), w.honorTitle(), w.timesHonored(),
                w.timesKind(), w.provincialTimesHonored(), w.summary(), initiatives, metrics, span(w.span(), view),
                diagnostics(w.issues(), view), w.writtenName());
    }

    private static List<Diagnostic> diagnostics(List<Diagnostic> issues, ReadingView view) {
        return issues.stream().map(d -> d.span() == null ? d
                : new Diagnostic(d.kind(), d.severity(), d.awardee(), d.message(), span(d.span(), view))).toList();
    }

    private static SourceSpan span(SourceSpan s, ReadingView view) {
        if (s == null) {
            return null;
        }
        return new SourceSpan(view.sourceStart(s.start()), view.sourceEnd(s.start(), s.end()));
    }
}
