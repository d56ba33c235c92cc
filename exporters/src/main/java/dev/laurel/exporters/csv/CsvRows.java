package dev.laurel.exporters.csv;

import dev.laurel.model.Announcement;
import dev.laurel.model.Awardee;
import dev.laurel.model.Diagnostic;
import dev.laurel.model.Event;
import dev.laurel.model.Initiative;
import dev.laurel.model.Metric;
import dev.laurel.model.RosterEntry;
import dev.laurel.model.SourceInfo;
import dev.laurel.model.SourceSpan;

/**
 * The cells of each row, in the order of {@link CsvTable#columns()}: the one definition of what goes
 * in which column, shared by the CSV exporter and other table writers (the Spark job). Cells are String
 * (text, guarded against formula injection in Excel mode), Integer, Long, Boolean, BigDecimal, or an
 * {@link Id} (an enum's JSON id, never guarded); null is an empty cell.
 */
public final class CsvRows {

    private CsvRows() {
    }

    /**
     * The row of {@code announcements.csv}.
     *
     * @param doc the document's key
     * @param a   the announcement
     * @return the cells, one per column
     */
    public static Object[] announcement(String doc, Announcement a) {
        SourceInfo s = a.source();
        Event e = a.event();
        return new Object[] {doc, a.schemaVersion(),
                s.name(), s.sha256(), s.charset(), s.charsetDetected(), s.bytes(), s.chars(), s.textOrigin(),
                s.parser(), s.laurelVersion(),
                a.title(), a.honor(), a.province(),
                e == null ? null : e.date(), e == null ? null : e.place(), e == null ? null : e.name()};
    }

    /**
     * A row of {@code roster.csv}.
     *
     * @param doc   the document's key
     * @param index the entry's position in the roster, from 0
     * @param r     the roster entry
     * @return the cells, one per column
     */
    public static Object[] roster(String doc, int index, RosterEntry r) {
        SourceSpan sp = r.span();
        return new Object[] {doc, index, r.name(), r.kind() == null ? null : new Id(r.kind().id()),
                r.regionCode(), r.province(), r.hasSection(), start(sp), end(sp)};
    }

    /**
     * A row of {@code awardees.csv}.
     *
     * @param doc   the document's key
     * @param index the awardee's position, from 0
     * @param w     the awardee
     * @return the cells, one per column
     */
    public static Object[] awardee(String doc, int index, Awardee w) {
        return new Object[] {doc, index, w.name(), w.province(), w.kind() == null ? null : new Id(w.kind().id()),
                w.regionCode(), w.honorTitle(), w.timesHonored(),
                w.timesKind() == null ? null : new Id(w.timesKind().id()), w.provincialTimesHonored(),
                w.summary(), start(w.span()), end(w.span()), w.writtenName()};
    }

    /**
     * A row of {@code initiatives.csv}.
     *
     * @param doc     the document's key
     * @param awardee the awardee's position, from 0
     * @param index   the initiative's position in the awardee, from 0
     * @param i       the initiative
     * @return the cells, one per column
     */
    public static Object[] initiative(String doc, int awardee, int index, Initiative i) {
        return new Object[] {doc, awardee, index, i.title(), i.text(), start(i.span()), end(i.span())};
    }

    /**
     * A row of {@code metrics.csv}.
     *
     * @param doc     the document's key
     * @param awardee the awardee's position, from 0
     * @param index   the metric's position in the awardee, from 0
     * @param m       the metric
     * @return the cells, one per column
     */
    public static Object[] metric(String doc, int awardee, int index, Metric m) {
        return new Object[] {doc, awardee, index, m.label(), m.value(), m.upper(), m.unit(),
                new Id(m.qualifier().id()), m.cumulative(), m.initiative(), m.text(), start(m.span()), end(m.span()),
                m.category() == null ? null : new Id(m.category().id()), m.currency(), m.bounds(),
                start(m.labelSpan()), end(m.labelSpan())};
    }

    /**
     * A diagnostic row; {@code awardee} is null for the document's own issues.
     *
     * @param doc     the document's key
     * @param awardee the awardee's position, or null
     * @param index   the diagnostic's position in its list, from 0
     * @param d       the diagnostic
     * @return the cells, one per column
     */
    public static Object[] diagnostic(String doc, Integer awardee, int index, Diagnostic d) {
        return new Object[] {doc, awardee, index, new Id(d.kind().id()), new Id(d.severity().id()), d.awardee(),
                d.message(), start(d.span()), end(d.span())};
    }

    /**
     * A row of the flat layout: the announcement's cells, then the awardee's and the metric's.
     *
     * @param doc          the document's key
     * @param a            the announcement
     * @param awardeeIndex the awardee's position, from 0
     * @param w            the awardee
     * @param index        the metric's position in the awardee, from 0
     * @param m            the metric
     * @return the cells, one per column of {@link CsvTable#FLAT_METRICS}
     */
    public static Object[] flatMetric(String doc, Announcement a, int awardeeIndex, Awardee w, int index, Metric m) {
        Object[] head = announcement(doc, a);
        Object[] row = new Object[CsvTable.FLAT_METRICS.columns().size()];
        System.arraycopy(head, 0, row, 0, head.length);
        int i = head.length;
        row[i++] = awardeeIndex;
        row[i++] = w.name();
        row[i++] = w.province();
        row[i++] = w.kind() == null ? null : new Id(w.kind().id());
        row[i++] = w.regionCode();
        row[i++] = w.honorTitle();
        row[i++] = w.timesHonored();
        row[i++] = w.timesKind() == null ? null : new Id(w.timesKind().id());
        row[i++] = w.provincialTimesHonored();
        row[i++] = m.initiative() == null ? null : w.initiatives().get(m.initiative()).title();
        Object[] tail = metric(doc, awardeeIndex, index, m);
        System.arraycopy(tail, 2, row, i, tail.length - 2);
        return row;
    }

    private static Integer start(SourceSpan s) {
        return s == null ? null : s.start();
    }

    private static Integer end(SourceSpan s) {
        return s == null ? null : s.end();
    }

    /** A fixed identifier (enum id) that needs no formula guard. */
    public record Id(String value) {
        @Override
        public String toString() {
            return value;
        }
    }
}
