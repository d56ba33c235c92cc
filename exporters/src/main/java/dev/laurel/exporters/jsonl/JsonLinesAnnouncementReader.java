package dev.laurel.exporters.jsonl;

import dev.laurel.exporters.json.JsonAnnouncementReader;

/** Format {@code jsonl}: the same reader as {@code json}, which reads JSON Lines too. */
public final class JsonLinesAnnouncementReader extends JsonAnnouncementReader {

    @Override
    public String format() {
        return "jsonl";
    }

    @Override
    public String description() {
        return "Laurel JSON Lines (and JSON)";
    }
}
