package dev.laurel.spi;

/**
 * Settings for one export. Exporters ignore the settings that do not concern them.
 *
 * @param pretty indent JSON for people (JSON only; JSON Lines is always one line per record)
 * @param excel  write a UTF-8 byte order mark and guard cells against formula injection (CSV)
 * @param layout the CSV layout: {@code tables} (related tables joined by keys) or {@code flat}; null is
 *               {@code tables}. Any other name is kept here and refused with a {@code LaurelException} by the
 *               exporter that reads it ({@link Exporter#check}), as an unknown format name is.
 * @param lean   JSON and JSON Lines: leave out the members whose value is null, an empty list or false, which a
 *               reader takes back as such (about 15% less output; the command line's default for JSON Lines).
 *               Off, every member of the contract is written.
 */
public record ExportOptions(boolean pretty, boolean excel, String layout, boolean lean) {

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
     * @param lean   leave out null, empty and false JSON members
     */
    public ExportOptions {
        if (layout == null) {
            layout = TABLES;
        }
    }

    /**
     * Settings that write every JSON member.
     *
     * @param pretty indent JSON
     * @param excel  write for Excel
     * @param layout the CSV layout, or null for {@link #TABLES}
     */
    public ExportOptions(boolean pretty, boolean excel, String layout) {
        this(pretty, excel, layout, false);
    }

    /**
     * Pretty JSON with every member, no Excel guards, the tables layout.
     *
     * @return the default settings
     */
    public static ExportOptions defaults() {
        return new ExportOptions(true, false, TABLES, false);
    }

    /**
     * The same options with JSON indented or not.
     *
     * @param value true to indent JSON
     * @return the changed copy
     */
    public ExportOptions withPretty(boolean value) {
        return new ExportOptions(value, excel, layout, lean);
    }

    /**
     * The same options with or without the Excel byte order mark and formula guards.
     *
     * @param value true to write for Excel
     * @return the changed copy
     */
    public ExportOptions withExcel(boolean value) {
        return new ExportOptions(pretty, value, layout, lean);
    }

    /**
     * The same options with another CSV layout.
     *
     * @param value {@link #TABLES}, {@link #FLAT}, or null for {@link #TABLES}
     * @return the changed copy
     */
    public ExportOptions withLayout(String value) {
        return new ExportOptions(pretty, excel, value, lean);
    }

    /**
     * The same options with JSON members that are null, empty or false left out, or written.
     *
     * @param value true to leave them out
     * @return the changed copy
     */
    public ExportOptions withLean(boolean value) {
        return new ExportOptions(pretty, excel, layout, value);
    }
}
