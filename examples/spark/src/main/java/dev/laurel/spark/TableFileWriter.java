package dev.laurel.spark;

import java.io.IOException;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.Path;
import org.apache.parquet.hadoop.ParquetFileWriter;
import org.apache.parquet.hadoop.ParquetWriter;
import org.apache.parquet.hadoop.api.WriteSupport;
import org.apache.parquet.hadoop.metadata.CompressionCodecName;
import org.apache.parquet.hadoop.util.HadoopOutputFile;

/**
 * Opens a Parquet file for rows of cells of one table ({@link CellsWriteSupport}). Columns whose
 * values seldom repeat ({@link ParquetSchemas.Table#plain()}) are written without a dictionary: a
 * dictionary would not make them smaller, and looking every value up in it was a third of the job's
 * writing time.
 */
final class TableFileWriter extends ParquetWriter.Builder<Object[], TableFileWriter> {

    private final ParquetSchemas.Table table;

    private TableFileWriter(Path file, Configuration conf, ParquetSchemas.Table table) throws IOException {
        super(HadoopOutputFile.fromPath(file, conf));
        this.table = table;
    }

    /** A new file (failing if it exists) with the given compression. */
    static ParquetWriter<Object[]> open(Path file, Configuration conf, ParquetSchemas.Table table,
                                        CompressionCodecName codec) throws IOException {
        TableFileWriter b = new TableFileWriter(file, conf, table)
                .withConf(conf)
                .withCompressionCodec(codec)
                .withWriteMode(ParquetFileWriter.Mode.CREATE);
        for (String column : table.plain()) {
            b = b.withDictionaryEncoding(column, false);
        }
        return b.build();
    }

    @Override
    protected TableFileWriter self() {
        return this;
    }

    @Override
    protected WriteSupport<Object[]> getWriteSupport(Configuration conf) {
        return new CellsWriteSupport(table);
    }
}
