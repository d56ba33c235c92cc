package dev.laurel.spark;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.parquet.schema.LogicalTypeAnnotation;
import org.apache.parquet.schema.MessageType;
import org.apache.parquet.schema.PrimitiveType.PrimitiveTypeName;
import org.apache.parquet.schema.Type;
import org.apache.parquet.schema.Types;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * The Parquet schema of every file the job writes, built once per JVM from the Spark schemas in
 * {@link Tables}: {@code int} as INT32, {@code bigint} as INT64, {@code boolean} as BOOLEAN,
 * {@code string} as UTF-8 BINARY; non-nullable columns are REQUIRED, the others OPTIONAL (what Spark's
 * Parquet writer makes of the same schema).
 */
final class ParquetSchemas {

    private ParquetSchemas() {
    }

    /** The footer key under which Spark stores a file's Spark schema (ParquetReadSupport.SPARK_METADATA_KEY). */
    static final String SPARK_ROW_METADATA = "org.apache.spark.sql.parquet.row.metadata";

    /** The folder under the work folder with (path, key, sha256, bin) of each parsed file. */
    static final String KEYS = "keys";

    /**
     * A table's schemas: Spark's, as JSON for the footer, and Parquet's; {@code plain} are its columns
     * written without a dictionary ({@link #PLAIN}).
     */
    record Table(String name, StructType spark, String sparkJson, MessageType parquet, List<String> plain) {
    }

    /**
     * Columns whose values seldom repeat from one row to the next: positions, sizes, hashes, names and
     * free text. Dictionary encoding costs a hash lookup per value and gains little on them (on the
     * generated corpus, the tables grow from 43 to 53 MB without it for these columns, and Parquet
     * writing takes about 40% less CPU). Columns of ids, enums, units, provinces and keys keep it.
     */
    static final Set<String> PLAIN = Set.of("span.start", "span.end", "labelSpan.start", "labelSpan.end",
            "source.bytes", "source.chars", "source.sha256", "source.name", "sha", "path",
            "name", "writtenName", "title", "text", "summary", "label", "message");

    private static final Map<String, Table> TABLES = build();

    /** One of {@link Tables#NAMES}, {@link Tables#ERRORS} or {@link #KEYS}. */
    static Table of(String name) {
        Table t = TABLES.get(name);
        if (t == null) {
            throw new IllegalArgumentException("no table " + name);
        }
        return t;
    }

    /** The schema of the work folder's {@code keys}: every parsed file's key, SHA-256 and bin. */
    static StructType keysSchema() {
        return new StructType()
                .add("path", DataTypes.StringType, false)
                .add("key", DataTypes.StringType, false)
                .add("sha", DataTypes.StringType, false)
                .add("bin", DataTypes.IntegerType, false);
    }

    private static Map<String, Table> build() {
        Map<String, Table> m = new LinkedHashMap<>();
        for (String t : Tables.NAMES) {
            m.put(t, table(t, Tables.schema(t)));
        }
        m.put(Tables.ERRORS, table(Tables.ERRORS, Tables.errorsSchema()));
        m.put(KEYS, table(KEYS, keysSchema()));
        return Map.copyOf(m);
    }

    private static Table table(String name, StructType spark) {
        Types.MessageTypeBuilder b = Types.buildMessage();
        for (StructField f : spark.fields()) {
            b.addField(column(f));
        }
        List<String> plain = new ArrayList<>();
        for (String c : spark.fieldNames()) {
            if (PLAIN.contains(c)) {
                plain.add(c);
            }
        }
        return new Table(name, spark, spark.json(), b.named("spark_schema"), List.copyOf(plain));
    }

    private static Type column(StructField f) {
        DataType t = f.dataType();
        Types.PrimitiveBuilder<org.apache.parquet.schema.PrimitiveType> b;
        if (t.equals(DataTypes.IntegerType)) {
            b = Types.primitive(PrimitiveTypeName.INT32, repetition(f));
        } else if (t.equals(DataTypes.LongType)) {
            b = Types.primitive(PrimitiveTypeName.INT64, repetition(f));
        } else if (t.equals(DataTypes.BooleanType)) {
            b = Types.primitive(PrimitiveTypeName.BOOLEAN, repetition(f));
        } else if (t.equals(DataTypes.StringType)) {
            b = Types.primitive(PrimitiveTypeName.BINARY, repetition(f)).as(LogicalTypeAnnotation.stringType());
        } else {
            throw new IllegalArgumentException("no Parquet column for " + f);
        }
        return b.named(f.name());
    }

    private static Type.Repetition repetition(StructField f) {
        return f.nullable() ? Type.Repetition.OPTIONAL : Type.Repetition.REQUIRED;
    }
}
