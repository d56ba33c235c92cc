package dev.laurel.spark;

import dev.laurel.exporters.Decimals;
import dev.laurel.exporters.csv.CsvRows;
import dev.laurel.model.Announcement;
import dev.laurel.model.Awardee;
import dev.laurel.model.Diagnostic;
import dev.laurel.model.Initiative;
import dev.laurel.model.Metric;
import dev.laurel.model.RosterEntry;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * One parsed file as one Spark row: the file's path, the 16-hex key of its bytes, the error when it
 * could not be read, and the rows of each table (without {@code doc}, which is assigned once every
 * document is known; see {@link LaurelSpark}). The cells are the CSV exporter's ({@link CsvRows}),
 * typed: enums by their JSON ids, decimals as canonical plain text ({@link Decimals#plain}), null where
 * the CSV cell is empty.
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
        return row(CsvRows.announcement(null, a));
    }

    static Row roster(int index, RosterEntry r) {
        return row(CsvRows.roster(null, index, r));
    }

    static Row awardee(int index, Awardee w) {
        return row(CsvRows.awardee(null, index, w));
    }

    static Row initiative(int awardee, int index, Initiative i) {
        return row(CsvRows.initiative(null, awardee, index, i));
    }

    static Row metric(int awardee, int index, Metric m) {
        return row(CsvRows.metric(null, awardee, index, m));
    }

    /** A diagnostic; {@code awardee} is null for the document's own issues. */
    static Row diagnostic(Integer awardee, int index, Diagnostic d) {
        return row(CsvRows.diagnostic(null, awardee, index, d));
    }

    /** The CSV exporter's cells without the leading {@code doc}, typed for Spark. */
    private static Row row(Object[] cells) {
        Object[] out = new Object[cells.length - 1];
        for (int i = 1; i < cells.length; i++) {
            Object c = cells[i];
            out[i - 1] = c instanceof CsvRows.Id id ? id.value() : c instanceof BigDecimal d ? Decimals.plain(d) : c;
        }
        return RowFactory.create(out);
    }
}
