package dev.laurel.spark;

import dev.laurel.exporters.Decimals;
import dev.laurel.model.Announcement;
import dev.laurel.model.Awardee;
import dev.laurel.model.Diagnostic;
import dev.laurel.model.Event;
import dev.laurel.model.Initiative;
import dev.laurel.model.Metric;
import dev.laurel.model.RosterEntry;
import dev.laurel.model.SourceInfo;
import dev.laurel.model.SourceSpan;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * One parsed file as one Spark row: the file's path, the 16-hex key of its bytes, the error when it
 * could not be read, and the rows of each table (without {@code doc}, which is assigned once every
 * document is known; see {@link LaurelSpark}). The cells are those of the CSV exporter's rows
 * ({@code dev.laurel.exporters.csv.CsvRows}), typed: enums by their JSON ids, decimals as canonical
 * plain text ({@link Decimals#plain}), null where the CSV cell is empty.
 */
final class DocumentRows {

    private DocumentRows() {
    }

    static final String PATH = "path";
    static final String KEY = "key";
    static final String REASON = "reason";

    /** path, key, reason, then one column per table: a struct for announcements, arrays for the others. */
    static final StructType SCHEMA = schema();

    private static StructType schema() {
        StructType s = new StructType()
                .add(PATH, DataTypes.StringType, false)
                .add(KEY, DataTypes.StringType, true)
                .add(REASON, DataTypes.StringType, true)
                .add(Tables.NAMES.get(0), Tables.rowSchema(Tables.NAMES.get(0)), true);
        for (String t : Tables.NAMES.subList(1, Tables.NAMES.size())) {
            s = s.add(t, DataTypes.createArrayType(Tables.rowSchema(t), false), true);
        }
        return s;
    }

    /** The row of a file that could not be read. */
    static Row failure(String path, String reason) {
        return RowFactory.create(path, null, reason, null, null, null, null, null, null);
    }

    /** The row of a parsed file. */
    static Row of(String path, Announcement a) {
        String sha = a.source().sha256();
        String key = sha.length() > 16 ? sha.substring(0, 16) : sha;
        List<Row> roster = new ArrayList<>(a.roster().size());
        for (int i = 0; i < a.roster().size(); i++) {
            roster.add(roster(i, a.roster().get(i)));
        }
        List<Row> awardees = new ArrayList<>();
        List<Row> initiatives = new ArrayList<>();
        List<Row> metrics = new ArrayList<>();
        List<Row> diagnostics = new ArrayList<>();
        // The document's own diagnostics first, then each awardee's, as in diagnostics.csv.
        for (int i = 0; i < a.issues().size(); i++) {
            diagnostics.add(diagnostic(null, i, a.issues().get(i)));
        }
        for (int i = 0; i < a.awardees().size(); i++) {
            Awardee w = a.awardees().get(i);
            awardees.add(awardee(i, w));
            for (int j = 0; j < w.initiatives().size(); j++) {
                initiatives.add(initiative(i, j, w.initiatives().get(j)));
            }
            for (int j = 0; j < w.metrics().size(); j++) {
                metrics.add(metric(i, j, w.metrics().get(j)));
            }
            for (int j = 0; j < w.issues().size(); j++) {
                diagnostics.add(diagnostic(i, j, w.issues().get(j)));
            }
        }
        return RowFactory.create(path, key, null, announcement(a), array(roster), array(awardees),
                array(initiatives), array(metrics), array(diagnostics));
    }

    private static Row[] array(List<Row> rows) {
        return rows.toArray(new Row[0]);
    }

    static Row announcement(Announcement a) {
        SourceInfo s = a.source();
        Event e = a.event();
        return RowFactory.create(a.schemaVersion(),
                s.name(), s.sha256(), s.charset(), s.charsetDetected(), s.bytes(), s.chars(), s.textOrigin(),
                a.title(), a.honor(), a.province(),
                e == null ? null : e.date(), e == null ? null : e.place(), e == null ? null : e.name());
    }

    static Row roster(int index, RosterEntry r) {
        return RowFactory.create(index, r.name(), r.kind() == null ? null : r.kind().id(),
                r.regionCode(), r.province(), r.hasSection(), start(r.span()), end(r.span()));
    }

    static Row awardee(int index, Awardee w) {
        return RowFactory.create(index, w.name(), w.province(), w.kind() == null ? null : w.kind().id(),
                w.regionCode(), w.honorTitle(), w.timesHonored(),
                w.timesKind() == null ? null : w.timesKind().id(), w.provincialTimesHonored(),
                w.summary(), start(w.span()), end(w.span()));
    }

    static Row initiative(int awardee, int index, Initiative i) {
        return RowFactory.create(awardee, index, i.title(), i.text(), start(i.span()), end(i.span()));
    }

    static Row metric(int awardee, int index, Metric m) {
        return RowFactory.create(awardee, index, m.label(), Decimals.plain(m.value()), Decimals.plain(m.upper()),
                m.unit(), m.qualifier().id(), m.cumulative(), m.initiative(), m.text(),
                start(m.span()), end(m.span()));
    }

    /** A diagnostic; {@code awardee} is null for the document's own issues. */
    static Row diagnostic(Integer awardee, int index, Diagnostic d) {
        return RowFactory.create(awardee, index, d.kind().id(), d.severity().id(), d.awardee(),
                d.message(), start(d.span()), end(d.span()));
    }

    private static Integer start(SourceSpan s) {
        return s == null ? null : s.start();
    }

    private static Integer end(SourceSpan s) {
        return s == null ? null : s.end();
    }
}
