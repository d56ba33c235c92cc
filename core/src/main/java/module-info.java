/**
 * Laurel's core: the records of an announcement ({@code dev.laurel.model}), the plugin SPI ({@code dev.laurel.spi}),
 * the facade {@link dev.laurel.Laurel}, batch parsing, and the Chinese text primitives (numerals, quantities,
 * script conversion) and the gazetteer of administrative divisions. Parsers, exporters and JSON readers are found
 * with {@link java.util.ServiceLoader}, on the class path or the module path.
 */
module dev.laurel.core {
    exports dev.laurel;
    exports dev.laurel.batch;
    exports dev.laurel.model;
    exports dev.laurel.region;
    exports dev.laurel.spi;
    exports dev.laurel.text;

    uses dev.laurel.spi.DocumentParser;
    uses dev.laurel.spi.Exporter;
    uses dev.laurel.spi.AnnouncementReader;
}
