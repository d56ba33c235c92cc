package dev.laurel.spark;

import dev.laurel.exporters.Decimals;
import dev.laurel.exporters.csv.CsvRows;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.apache.hadoop.conf.Configuration;
import org.apache.parquet.hadoop.api.WriteSupport;
import org.apache.parquet.io.api.Binary;
import org.apache.parquet.io.api.RecordConsumer;
import org.apache.parquet.schema.MessageType;
import org.apache.parquet.schema.PrimitiveType.PrimitiveTypeName;
import org.apache.parquet.schema.Type;

/**
 * Writes rows of cells (the CSV exporter's {@link CsvRows}, in column order) into a Parquet file of a
 * flat schema from {@link ParquetSchemas}: Integer, Long and Boolean cells as such, text as UTF-8,
 * enum ids by their JSON names, decimals as their canonical plain text ({@link Decimals#plain}); a null
 * cell is a null value. The file carries the Spark schema in its footer, as Spark's own writer does.
 */
final class CellsWriteSupport extends WriteSupport<Object[]> {

    private final ParquetSchemas.Table table;
    private RecordConsumer out;

    CellsWriteSupport(ParquetSchemas.Table table) {
        this.table = table;
    }

    @Override
    public WriteContext init(Configuration configuration) {
        return new WriteContext(table.parquet(), Map.of(ParquetSchemas.SPARK_ROW_METADATA, table.sparkJson()));
    }

    @Override
    public void prepareForWrite(RecordConsumer recordConsumer) {
        this.out = recordConsumer;
    }

    @Override
    public void write(Object[] cells) {
        MessageType schema = table.parquet();
        out.startMessage();
        for (int i = 0; i < cells.length; i++) {
            Object c = cells[i];
            if (c == null) {
                continue;
            }
            Type field = schema.getType(i);
            out.startField(field.getName(), i);
            PrimitiveTypeName kind = field.asPrimitiveType().getPrimitiveTypeName();
            switch (kind) {
                case INT32 -> out.addInteger(((Number) c).intValue());
                case INT64 -> out.addLong(((Number) c).longValue());
                case BOOLEAN -> out.addBoolean((Boolean) c);
                default -> out.addBinary(Binary.fromConstantByteArray(text(c).getBytes(StandardCharsets.UTF_8)));
            }
            out.endField(field.getName(), i);
        }
        out.endMessage();
    }

    private static String text(Object c) {
        if (c instanceof CsvRows.Id id) {
            return id.value();
        }
        if (c instanceof BigDecimal d) {
            return Decimals.plain(d);
        }
        return (String) c;
    }
}
