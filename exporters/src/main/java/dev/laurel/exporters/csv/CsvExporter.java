package dev.laurel.exporters.csv;

import dev.laurel.LaurelException;
import dev.laurel.exporters.Decimals;
import dev.laurel.model.Announcement;
import dev.laurel.model.Awardee;
import dev.laurel.spi.AnnouncementSink;
import dev.laurel.spi.ExportOptions;
import dev.laurel.spi.Exporter;
import java.io.BufferedWriter;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Format {@code csv}: RFC 4180 (comma, double-quote quoting where a cell holds a quote, comma, CR or
 * LF, CRLF record ends), UTF-8, a header row, the columns of {@link CsvTable}.
 * <ul>
 * <li>{@code tables} layout (default): six files joined by keys, written into a folder.</li>
 * <li>{@code flat} layout: one {@code metrics.csv}, one row per metric; also writable to a stream.</li>
 * </ul>
 * With {@link ExportOptions#excel()} each file starts with a UTF-8 byte order mark (so Excel shows
 * Chinese), a text cell Excel would turn into a number or a date ({@code 6627825985967252},
 * {@code 04-23}) is written as {@code ="…"} so it stays text ({@link ExcelText}), and any other text cell
 * starting with {@code = + - @}, tab or CR gets a leading {@code '} so Excel does not run it as a
 * formula; numbers are never altered. Without it there is no BOM and no guard: the cells are the text.
 * A layout other than {@code tables} or {@code flat} is refused with a {@link LaurelException}.
 * Decimals are written plain ({@link Decimals#plain}); booleans as {@code true}/{@code false}; enums by
 * their JSON names; null as an empty cell (CSV cannot tell null from an empty string; JSON can).
 * <p>The document key {@code doc} is the first 16 hex digits of the source's SHA-256, so the same
 * source gets the same key in every export. A source met again in the same export (same SHA-256) is
 * not written again: its rows would repeat the first one's under the same key. A different source whose
 * SHA-256 starts with the same 16 digits (odds of about 1 in 10^7 in an export of a million documents)
 * is keyed by its whole SHA-256. Rows are written as announcements arrive; files of an earlier export in
 * the folder are replaced. Stateless and thread-safe; each sink is for one thread.
 */
public final class CsvExporter implements Exporter {

    static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setRecordSeparator("\r\n").get();

    /** Where each CSV file of an export goes; the sink closes every stream it opens through it. */
    @FunctionalInterface
    public interface TableOutputs {
        /**
         * Opens the stream for one file of the export.
         *
         * @param fileName the file's name, e.g. {@code awardees.csv}
         * @return a new stream, which the sink closes
         * @throws IOException when the stream cannot be opened
         */
        OutputStream open(String fileName) throws IOException;
    }

    private final ExportOptions defaults;

    /** The exporter with {@link ExportOptions#defaults()}: tables layout, no BOM; used by ServiceLoader. */
    public CsvExporter() {
        this(ExportOptions.defaults());
    }

    private CsvExporter(ExportOptions defaults) {
        this.defaults = defaults;
    }

    /**
     * A builder starting from the default settings.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds an exporter whose methods without an {@link ExportOptions} parameter use these settings. */
    public static final class Builder {
        private boolean excel;
        private String layout = ExportOptions.TABLES;

        private Builder() {
        }

        /**
         * Write a UTF-8 BOM and guard text cells against formula injection (for Excel).
         *
         * @param value true to write for Excel
         * @return this builder
         */
        public Builder excel(boolean value) {
            this.excel = value;
            return this;
        }

        /**
         * {@link ExportOptions#TABLES} (default) or {@link ExportOptions#FLAT}; another name is refused when opening.
         *
         * @param value the layout's name; not null
         * @return this builder
         */
        public Builder layout(String value) {
            this.layout = Objects.requireNonNull(value, "layout must not be null");
            return this;
        }

        /**
         * The exporter with the settings given so far.
         *
         * @return a new exporter
         */
        public CsvExporter build() {
            return new CsvExporter(ExportOptions.defaults().withExcel(excel).withLayout(layout));
        }
    }

    /**
     * The settings the methods without an options parameter use.
     *
     * @return the settings given to the builder, or the defaults
     */
    public ExportOptions options() {
        return defaults;
    }

    @Override
    public String format() {
        return "csv";
    }

    @Override
    public String fileExtension() {
        return "csv";
    }

    @Override
    public String description() {
        return "CSV: related tables in a folder (layout tables) or one metrics table (layout flat)";
    }

    /** The layouts, for {@link #check}. */
    private static final java.util.List<String> LAYOUTS = java.util.List.of(ExportOptions.TABLES, ExportOptions.FLAT);

    /** Refuses a layout other than {@code tables} and {@code flat}. */
    @Override
    public void check(ExportOptions options) throws LaurelException {
        Objects.requireNonNull(options, "options must not be null");
        if (!LAYOUTS.contains(options.layout())) {
            throw new LaurelException("unknown CSV layout '" + options.layout() + "'; available: "
                    + String.join(", ", LAYOUTS) + ".");
        }
    }

    /** True for the {@code flat} layout, the one layout that fits in one stream. */
    @Override
    public boolean writesToStream(ExportOptions options) {
        return ExportOptions.FLAT.equals(options.layout());
    }

    /** Writes the flat layout to {@code out}, which the caller owns. */
    @Override
    public AnnouncementSink open(OutputStream out, ExportOptions options) throws IOException, LaurelException {
        Objects.requireNonNull(out, "out must not be null");
        check(options);
        if (!ExportOptions.FLAT.equals(options.layout())) {
            throw new UnsupportedOperationException("the csv tables layout writes six files; export it to a folder,"
                    + " or choose the flat layout to write one table to a stream");
        }
        return open(name -> new FilterOutputStream(out) {
            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                out.write(b, off, len);
            }

            @Override
            public void close() throws IOException {
                flush();
            }
        }, options);
    }

    /**
     * Writes the flat layout to {@code out} with this exporter's settings; the caller owns {@code out}.
     *
     * @param out the stream to write to
     * @return a sink to write announcements to and then close
     * @throws IOException when the header cannot be written
     * @throws LaurelException when the settings name an unknown layout
     * @throws UnsupportedOperationException when the settings name the tables layout, which needs a folder
     */
    public AnnouncementSink open(OutputStream out) throws IOException, LaurelException {
        return open(out, defaults);
    }

    /** Writes the files of the layout into {@code folder}, creating it and replacing earlier files. */
    @Override
    public AnnouncementSink open(Path folder, ExportOptions options) throws IOException, LaurelException {
        Objects.requireNonNull(folder, "folder must not be null");
        check(options);
        Files.createDirectories(folder);
        return open(name -> Files.newOutputStream(folder.resolve(name)), options);
    }

    /**
     * Writes into {@code folder} with this exporter's settings.
     *
     * @param folder the folder to write into
     * @return a sink to write announcements to and then close
     * @throws IOException when the folder or its files cannot be written
     * @throws LaurelException when the settings name an unknown layout
     */
    public AnnouncementSink open(Path folder) throws IOException, LaurelException {
        return open(folder, defaults);
    }

    /**
     * Writes the files of the layout to streams of the caller's choosing (a zip, memory, ...).
     *
     * @param outputs opens a stream for each file name
     * @param options the export options
     * @return a sink to write announcements to and then close
     * @throws IOException when a stream cannot be opened or written
     * @throws LaurelException when {@link #check} refuses the options
     */
    public AnnouncementSink open(TableOutputs outputs, ExportOptions options) throws IOException, LaurelException {
        Objects.requireNonNull(outputs, "outputs must not be null");
        check(options);
        List<CsvTable> tables = ExportOptions.FLAT.equals(options.layout())
                ? List.of(CsvTable.FLAT_METRICS) : CsvTable.tablesLayout();
        Map<CsvTable, CSVPrinter> printers = new EnumMap<>(CsvTable.class);
        try {
            for (CsvTable t : tables) {
                OutputStream os = outputs.open(t.fileName());
                Objects.requireNonNull(os, "outputs returned null for " + t.fileName());
                var w = new BufferedWriter(new OutputStreamWriter(os, StandardCharsets.UTF_8), 1 << 16);
                if (options.excel()) {
                    w.write('\uFEFF');
                }
                CSVPrinter p = new CSVPrinter(w, FORMAT);
                printers.put(t, p);
                p.printRecord(t.columns());
            }
        } catch (IOException | RuntimeException e) {
            closeAll(printers, e);
            throw e;
        }
        return new Sink(printers, options.excel(), tables.size() == 1);
    }

    /** The text of one cell; see the class comment. */
    static String cell(Object value, boolean excel) {
        if (value == null) {
            return null;
        }
        if (value instanceof String s) {
            return excel ? ExcelText.cell(s) : s;
        }
        if (value instanceof BigDecimal d) {
            return Decimals.plain(d);
        }
        return value.toString();
    }

    /**
     * Prefixes {@code '} to text Excel would read as a formula (= + - @, tab, CR first).
     *
     * @param s a cell's text
     * @return the guarded text, or {@code s} itself when it needs no guard
     */
    public static String guard(String s) {
        if (s.isEmpty()) {
            return s;
        }
        char c = s.charAt(0);
        return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r' ? "'" + s : s;
    }

    private static void closeAll(Map<CsvTable, CSVPrinter> printers, Exception primary) {
        for (CSVPrinter p : printers.values()) {
            try {
                p.close(true);
            } catch (IOException | RuntimeException e) {
                primary.addSuppressed(e);
            }
        }
    }

    /** Where the rows of one announcement go: a table's printer, or a table's text being prepared. */
    @FunctionalInterface
    private interface Rows {
        void print(CsvTable table, Object[] row) throws IOException;
    }

    /** The rows of an announcement rendered ahead of writing, for {@code doc} (the key they hold). */
    private record Rendered(Sink sink, String doc, Map<CsvTable, StringBuilder> tables) {
    }

    private static final class Sink implements AnnouncementSink {
        private final Map<CsvTable, CSVPrinter> printers;
        private final boolean excel;
        private final boolean flat;
        private final DocumentKeys keys = new DocumentKeys();
        private final List<String> cells = new ArrayList<>(48);
        private boolean closed;

        Sink(Map<CsvTable, CSVPrinter> printers, boolean excel, boolean flat) {
            this.printers = printers;
            this.excel = excel;
            this.flat = flat;
        }

        @Override
        public void write(Announcement a) throws IOException {
            Objects.requireNonNull(a, "announcement must not be null");
            checkOpen();
            String doc = docId(a);
            if (doc != null) {
                rows(doc, a, (table, row) -> print(printers.get(table), row));
            }
        }

        /** Renders the rows on the calling thread, under the key the document gets unless its key is taken. */
        @Override
        public Prepared prepare(Announcement a) throws IOException {
            Objects.requireNonNull(a, "announcement must not be null");
            Map<CsvTable, StringBuilder> tables = new EnumMap<>(CsvTable.class);
            String doc = shortId(a.source().sha256());
            rows(doc, a, (table, row) -> {
                Object[] values = new Object[row.length];
                for (int i = 0; i < row.length; i++) {
                    values[i] = cell(row[i], excel);
                }
                FORMAT.printRecord(tables.computeIfAbsent(table, t -> new StringBuilder(1024)), values);
            });
            return new Prepared(a, new Rendered(this, doc, tables));
        }

        @Override
        public void write(Prepared prepared) throws IOException {
            Objects.requireNonNull(prepared, "prepared must not be null");
            if (!(prepared.payload() instanceof Rendered r) || r.sink() != this) {
                write(prepared.announcement());
                return;
            }
            checkOpen();
            String doc = docId(prepared.announcement());
            if (doc == null) {
                return; // the same source again: its rows are written already
            }
            if (!doc.equals(r.doc())) {
                // Its short key was taken by another document: rows under the whole SHA-256 instead.
                rows(doc, prepared.announcement(), (table, row) -> print(printers.get(table), row));
                return;
            }
            for (Map.Entry<CsvTable, StringBuilder> e : r.tables().entrySet()) {
                printers.get(e.getKey()).getOut().append(e.getValue());
            }
        }

        private void checkOpen() {
            if (closed) {
                throw new IllegalStateException("the sink is closed");
            }
        }

        /** Every row of {@code a} under the key {@code doc}, table by table in the order they are written. */
        private void rows(String doc, Announcement a, Rows out) throws IOException {
            List<Awardee> awardees = a.awardees();
            if (flat) {
                for (int i = 0; i < awardees.size(); i++) {
                    Awardee w = awardees.get(i);
                    for (int j = 0; j < w.metrics().size(); j++) {
                        out.print(CsvTable.FLAT_METRICS, CsvRows.flatMetric(doc, a, i, w, j, w.metrics().get(j)));
                    }
                }
                return;
            }
            out.print(CsvTable.ANNOUNCEMENTS, CsvRows.announcement(doc, a));
            for (int i = 0; i < a.roster().size(); i++) {
                out.print(CsvTable.ROSTER, CsvRows.roster(doc, i, a.roster().get(i)));
            }
            for (int i = 0; i < a.issues().size(); i++) {
                out.print(CsvTable.DIAGNOSTICS, CsvRows.diagnostic(doc, null, i, a.issues().get(i)));
            }
            for (int i = 0; i < awardees.size(); i++) {
                Awardee w = awardees.get(i);
                out.print(CsvTable.AWARDEES, CsvRows.awardee(doc, i, w));
                for (int j = 0; j < w.initiatives().size(); j++) {
                    out.print(CsvTable.INITIATIVES, CsvRows.initiative(doc, i, j, w.initiatives().get(j)));
                }
                for (int j = 0; j < w.metrics().size(); j++) {
                    out.print(CsvTable.METRICS, CsvRows.metric(doc, i, j, w.metrics().get(j)));
                }
                for (int j = 0; j < w.issues().size(); j++) {
                    out.print(CsvTable.DIAGNOSTICS, CsvRows.diagnostic(doc, i, j, w.issues().get(j)));
                }
            }
        }

        /** A document's key when no other document of the export has taken it: the first 16 hex of its SHA-256. */
        private static String shortId(String sha) {
            return sha.length() > 16 ? sha.substring(0, 16) : sha;
        }

        /** The document's key, or null when this source was written before in this export. */
        private String docId(Announcement a) {
            return keys.keyFor(a.source().sha256());
        }

        private void print(CSVPrinter p, Object[] row) throws IOException {
            cells.clear();
            for (Object v : row) {
                cells.add(cell(v, excel));
            }
            p.printRecord(cells);
        }

        @Override
        public void close() throws IOException {
            if (closed) {
                return;
            }
            closed = true;
            IOException first = null;
            for (CSVPrinter p : printers.values()) {
                try {
                    p.close(true);
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
