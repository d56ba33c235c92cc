package dev.laurel.spark;

import dev.laurel.exporters.csv.CsvTable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * The Parquet tables and their Spark schemas. Column names and order are taken from the CSV
 * exporter's {@link CsvTable} (the one place they are listed), so a Parquet table has exactly the
 * columns of its CSV file; only the types are added here.
 *
 * <p>Types: keys and positions ({@code awardeeIndex}, {@code span.start}, ...) and counts are
 * {@code int}; {@code source.bytes} is {@code long}; flags are {@code boolean}; everything else is
 * {@code string}, including the decimals {@code metrics.value} and {@code metrics.upper}, which hold the
 * canonical plain text the CSV exporter writes ({@code 63000000}, {@code 0.00001}). A Parquet decimal
 * column has one precision and scale for every row, while Laurel's values are exact decimals of any
 * scale and size; {@code DECIMAL(38,10)} would round a value with more than ten fractional digits and
 * overflow (an error under Spark 4's ANSI mode) above 10^28. Text keeps every value exact;
 * {@code CAST(value AS DECIMAL(38,10))} gives a number where that range is enough.
 */
public final class Tables {

    private Tables() {
    }

    /** The directory (under the output path) of each table, in the order of {@link CsvTable#tablesLayout()}. */
    public static final List<String> NAMES = List.of(
            "announcements", "roster", "awardees", "initiatives", "metrics", "diagnostics");

    /** The per-file error table: {@code path} (as Spark lists it), {@code reason}. */
    public static final String ERRORS = "errors";

    private static final Set<String> INTS = Set.of("rosterIndex", "awardeeIndex", "initiativeIndex", "metricIndex",
            "issueIndex", "span.start", "span.end", "labelSpan.start", "labelSpan.end", "source.chars", "timesHonored",
            "provincialTimesHonored", "initiative");
    private static final Set<String> LONGS = Set.of("source.bytes");
    private static final Set<String> BOOLEANS = Set.of("source.charsetDetected", "hasSection", "cumulative");

    private static final Map<String, StructType> SCHEMAS = schemas();

    /** The Spark type of a column of the CSV tables. */
    public static DataType typeOf(String column) {
        if (INTS.contains(column)) {
            return DataTypes.IntegerType;
        }
        if (LONGS.contains(column)) {
            return DataTypes.LongType;
        }
        if (BOOLEANS.contains(column)) {
            return DataTypes.BooleanType;
        }
        return DataTypes.StringType;
    }

    /** The schema of a table as written, {@code doc} first (the CSV columns with Spark types). */
    public static StructType schema(String table) {
        StructType s = SCHEMAS.get(table);
        if (s == null) {
            throw new IllegalArgumentException("table must be one of " + NAMES + ": " + table);
        }
        return s;
    }

    /** The CSV table a Parquet table mirrors. */
    public static CsvTable csvTable(String table) {
        int i = NAMES.indexOf(table);
        if (i < 0) {
            throw new IllegalArgumentException("table must be one of " + NAMES + ": " + table);
        }
        return CsvTable.tablesLayout().get(i);
    }

    /** The schema of a table without its {@code doc} column: the struct each document carries per row. */
    static StructType rowSchema(String table) {
        StructType full = schema(table);
        return new StructType(java.util.Arrays.copyOfRange(full.fields(), 1, full.fields().length));
    }

    /** The schema of the errors table. */
    public static StructType errorsSchema() {
        return new StructType()
                .add("path", DataTypes.StringType, false)
                .add("reason", DataTypes.StringType, false);
    }

    private static Map<String, StructType> schemas() {
        if (CsvTable.tablesLayout().size() != NAMES.size()) {
            throw new IllegalStateException("the CSV exporter has tables " + CsvTable.tablesLayout()
                    + "; laurel-spark knows " + NAMES);
        }
        Map<String, StructType> m = new LinkedHashMap<>();
        for (int i = 0; i < NAMES.size(); i++) {
            CsvTable t = CsvTable.tablesLayout().get(i);
            if (!t.fileName().equals(NAMES.get(i) + ".csv")) {
                throw new IllegalStateException("CSV table " + t.fileName() + " is not " + NAMES.get(i));
            }
            List<StructField> fields = new ArrayList<>();
            for (String c : t.columns()) {
                fields.add(DataTypes.createStructField(c, typeOf(c), !"doc".equals(c)));
            }
            m.put(NAMES.get(i), DataTypes.createStructType(fields));
        }
        return Map.copyOf(m);
    }
}
