/** Laurel's exporters (JSON, JSON Lines, CSV, the HTML review page) and the readers of its JSON, registered as services. */
module dev.laurel.exporters {
    requires transitive dev.laurel.core;
    requires tools.jackson.core;
    requires org.apache.commons.csv;

    exports dev.laurel.exporters;
    exports dev.laurel.exporters.csv;
    exports dev.laurel.exporters.html;
    exports dev.laurel.exporters.json;
    exports dev.laurel.exporters.jsonl;

    provides dev.laurel.spi.Exporter with
            dev.laurel.exporters.csv.CsvExporter,
            dev.laurel.exporters.html.HtmlExporter,
            dev.laurel.exporters.json.JsonExporter,
            dev.laurel.exporters.jsonl.JsonLinesExporter;
    provides dev.laurel.spi.AnnouncementReader with
            dev.laurel.exporters.json.JsonAnnouncementReader,
            dev.laurel.exporters.jsonl.JsonLinesAnnouncementReader;
}
