package dev.laurel.spark;

import dev.laurel.exporters.csv.CsvRows;
import dev.laurel.model.Announcement;
import dev.laurel.model.Awardee;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.mapreduce.JobContext;
import org.apache.hadoop.mapreduce.RecordWriter;
import org.apache.hadoop.mapreduce.TaskAttemptContext;
import org.apache.hadoop.mapreduce.lib.output.FileOutputCommitter;
import org.apache.hadoop.mapreduce.lib.output.FileOutputFormat;
import org.apache.parquet.hadoop.ParquetWriter;
import org.apache.parquet.hadoop.metadata.CompressionCodecName;

/**
 * Writes the parsed files of one task straight into the tables: one Parquet file per table and task,
 * {@code TABLE/part-BIN.CODEC.parquet}, under the task's attempt folder, which Hadoop's
 * {@link FileOutputCommitter} moves into the output folder when the task and the job commit (a failed
 * or retried task leaves nothing behind). A task creates all its files with its first document, so
 * every table has a file with the schema even when no document has rows for it.
 *
 * <p>Rows are the CSV exporter's cells ({@link CsvRows}) under the document's key, the document's own
 * diagnostics before each awardee's, as in {@code diagnostics.csv}. Unless {@link #TABLES_ONLY} is set,
 * failures go to {@code errors/} and every parsed file's key to {@code laurel-work/keys/}.
 */
public final class TablesOutputFormat extends FileOutputFormat<Void, Parsed> {

    /** Configuration: the Parquet compression codec (Spark's names: snappy, zstd, none, ...). */
    static final String CODEC = "laurel.spark.parquet.codec";
    /** Configuration: write only the six document tables (re-keying a few bins, see {@link SharedKeys}). */
    static final String TABLES_ONLY = "laurel.spark.tablesOnly";

    /** Hadoop creates the format by reflection. */
    public TablesOutputFormat() {
    }

    @Override
    public RecordWriter<Void, Parsed> getRecordWriter(TaskAttemptContext context) throws IOException {
        return new Writer(context);
    }

    /** The output folder is shared with tables of earlier runs, which the job deletes itself. */
    @Override
    public void checkOutputSpecs(JobContext job) {
        if (getOutputPath(job) == null) {
            throw new IllegalStateException("no output folder set");
        }
    }

    /** The name of a task's file in each table. */
    static String partName(int bin, CompressionCodecName codec) {
        return String.format(Locale.ROOT, "part-%05d%s.parquet", bin, codec.getExtension());
    }

    /** The prefix of every file a bin writes, whatever its compression. */
    static String partPrefix(int bin) {
        return String.format(Locale.ROOT, "part-%05d.", bin);
    }

    static CompressionCodecName codec(Configuration conf) {
        String name = conf.get(CODEC, "snappy").toUpperCase(Locale.ROOT);
        return name.equals("NONE") ? CompressionCodecName.UNCOMPRESSED : CompressionCodecName.valueOf(name);
    }

    private final class Writer extends RecordWriter<Void, Parsed> {

        private final TaskAttemptContext context;
        private final Configuration conf;
        private final CompressionCodecName codec;
        private final boolean tablesOnly;
        private final Path work;
        private List<ParquetWriter<Object[]>> tables;   // in the order of Tables.NAMES
        private ParquetWriter<Object[]> errors;
        private ParquetWriter<Object[]> keys;

        Writer(TaskAttemptContext context) throws IOException {
            this.context = context;
            this.conf = context.getConfiguration();
            this.codec = codec(conf);
            this.tablesOnly = conf.getBoolean(TABLES_ONLY, false);
            this.work = ((FileOutputCommitter) getOutputCommitter(context)).getWorkPath();
        }

        /** Opens the files on the first document: the bin's number names them. */
        private void open(int bin) throws IOException {
            tables = new ArrayList<>();
            for (String t : Tables.NAMES) {
                tables.add(file(t, bin));
            }
            if (!tablesOnly) {
                errors = file(Tables.ERRORS, bin);
                keys = file(LaurelSpark.WORK + "/" + ParquetSchemas.KEYS, bin);
            }
        }

        private ParquetWriter<Object[]> file(String table, int bin) throws IOException {
            String schema = table.substring(table.lastIndexOf('/') + 1);
            Path file = new Path(new Path(work, table), partName(bin, codec));
            return TableFileWriter.open(file, conf, ParquetSchemas.of(schema), codec);
        }

        @Override
        public void write(Void key, Parsed p) throws IOException {
            if (tables == null) {
                open(p.bin());
            }
            if (p.failed()) {
                if (errors != null) {
                    errors.write(new Object[] {p.path(), p.reason()});
                }
                return;
            }
            Announcement a = p.announcement();
            String doc = p.doc();
            tables.get(0).write(CsvRows.announcement(doc, a));
            for (int i = 0; i < a.roster().size(); i++) {
                tables.get(1).write(CsvRows.roster(doc, i, a.roster().get(i)));
            }
            for (int i = 0; i < a.issues().size(); i++) {
                tables.get(5).write(CsvRows.diagnostic(doc, null, i, a.issues().get(i)));
            }
            for (int i = 0; i < a.awardees().size(); i++) {
                Awardee w = a.awardees().get(i);
                tables.get(2).write(CsvRows.awardee(doc, i, w));
                for (int j = 0; j < w.initiatives().size(); j++) {
                    tables.get(3).write(CsvRows.initiative(doc, i, j, w.initiatives().get(j)));
                }
                for (int j = 0; j < w.metrics().size(); j++) {
                    tables.get(4).write(CsvRows.metric(doc, i, j, w.metrics().get(j)));
                }
                for (int j = 0; j < w.issues().size(); j++) {
                    tables.get(5).write(CsvRows.diagnostic(doc, i, j, w.issues().get(j)));
                }
            }
            if (keys != null) {
                String sha = a.source().sha256();
                keys.write(new Object[] {p.path(), PartitionParser.key(sha), sha, p.bin()});
            }
        }

        @Override
        public void close(TaskAttemptContext ignored) throws IOException {
            if (tables == null) {
                return;   // an empty bin: no files (never packed, but a retried empty partition is harmless)
            }
            IOException first = null;
            List<ParquetWriter<Object[]>> all = new ArrayList<>(tables);
            all.add(errors);
            all.add(keys);
            for (ParquetWriter<Object[]> w : all) {
                if (w == null) {
                    continue;
                }
                try {
                    w.close();
                } catch (IOException e) {
                    if (first == null) {
                        first = e;
                    } else {
                        first.addSuppressed(e);
                    }
                }
            }
            if (first != null) {
                throw first;
            }
        }
    }
}
