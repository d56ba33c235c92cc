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

    public static final String TABLES = "tables";
    public static final String FLAT = "flat";

    public ExportOptions {
        if (layout == null) {
            layout = TABLES;
        }
    }

    public static ExportOptions defaults() {
        return new ExportOptions(true, false, TABLES);
    }

    public ExportOptions withPretty(boolean value) {
        return new ExportOptions(value, excel, layout);
    }

    public ExportOptions withExcel(boolean value) {
        return new ExportOptions(pretty, value, layout);
    }

    public ExportOptions withLayout(String value) {
        return new ExportOptions(pretty, excel, value);
    }
}
