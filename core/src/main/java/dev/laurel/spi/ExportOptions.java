package dev.laurel.spi;

/**
 * Settings for one export. Exporters ignore the settings that do not concern them.
 *
 * @param pretty indent JSON for people (JSON only; JSON Lines is always one line per record)
 * @param excel  write a UTF-8 byte order mark and guard cells against formula injection (CSV)
 * @param layout the CSV layout: {@code tables} (related tables joined by keys) or {@code flat}; null is
 *               {@code tables}. Any other name is kept here and refused with a {@code LaurelException} by the
 *               exporter that reads it ({@link Exporter#check}), as an unknown format name is.
 */
public record ExportOptions(boolean pretty, boolean excel, String layout) {

    /** The {@code layout} of related tables joined by keys, the default. */
    public static final String TABLES = "tables";
    /** The {@code layout} of one flat table, one row per awardee. */
    public static final String FLAT = "flat";

    /**
     * Takes a null {@code layout} as {@link #TABLES}.
     *
     * @param pretty indent JSON
     * @param excel  write for Excel
     * @param layout the CSV layout, or null for {@link #TABLES}
     */
    public ExportOptions {
        if (layout == null) {
            layout = TABLES;
        }
    }

    /**
     * Pretty JSON, no Excel guards, the tables layout.
     *
     * @return the default settings
     */
    public static ExportOptions defaults() {
        return new ExportOptions(true, false, TABLES);
    }

    /**
     * The same options with JSON indented or not.
     *
     * @param value true to indent JSON
     * @return the changed copy
     */
    public ExportOptions withPretty(boolean value) {
        return new ExportOptions(value, excel, layout);
    }

    /**
     * The same options with or without the Excel byte order mark and formula guards.
     *
     * @param value true to write for Excel
     * @return the changed copy
     */
    public ExportOptions withExcel(boolean value) {
        return new ExportOptions(pretty, value, layout);
    }

    /**
     * The same options with another CSV layout.
     *
     * @param value {@link #TABLES}, {@link #FLAT}, or null for {@link #TABLES}
     * @return the changed copy
     */
    public ExportOptions withLayout(String value) {
        return new ExportOptions(pretty, excel, value);
    }
}
