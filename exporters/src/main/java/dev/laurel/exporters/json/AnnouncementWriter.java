package dev.laurel.exporters.json;

import dev.laurel.exporters.Decimals;
import dev.laurel.model.Announcement;
import dev.laurel.model.Awardee;
import dev.laurel.model.Diagnostic;
import dev.laurel.model.Event;
import dev.laurel.model.Initiative;
import dev.laurel.model.Metric;
import dev.laurel.model.RosterEntry;
import dev.laurel.model.SourceInfo;
import dev.laurel.model.SourceSpan;
import java.math.BigDecimal;
import java.util.List;
import java.util.function.BiConsumer;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.SerializableString;
import tools.jackson.core.io.SerializedString;

/**
 * The one write path of Laurel JSON, used by the {@code json} and {@code jsonl} exporters: each
 * record's fields under their contract names in the order of the record components (the order of
 * {@code announcement.schema.json}), every field present ({@code null} where absent, {@code []} for an
 * empty list), enums by their {@code id()}, decimals by {@link Decimals#plain}. The JSON names live
 * here and in {@link AnnouncementParser}, which reads the same fields; the model knows nothing of JSON.
 * The layout (compact or pretty) is the generator's. Stateless.
 */
public final class AnnouncementWriter {

    // The field names, encoded once.
    private static final SerializableString AWARDEE = new SerializedString("awardee");
    private static final SerializableString AWARDEES = new SerializedString("awardees");
    private static final SerializableString BYTES = new SerializedString("bytes");
    private static final SerializableString CHARS = new SerializedString("chars");
    private static final SerializableString CHARSET = new SerializedString("charset");
    private static final SerializableString CHARSET_DETECTED = new SerializedString("charsetDetected");
    private static final SerializableString CUMULATIVE = new SerializedString("cumulative");
    private static final SerializableString DATE = new SerializedString("date");
    private static final SerializableString END = new SerializedString("end");
    private static final SerializableString EVENT = new SerializedString("event");
    private static final SerializableString HAS_SECTION = new SerializedString("hasSection");
    private static final SerializableString HONOR = new SerializedString("honor");
    private static final SerializableString HONOR_TITLE = new SerializedString("honorTitle");
    private static final SerializableString INITIATIVE = new SerializedString("initiative");
    private static final SerializableString INITIATIVES = new SerializedString("initiatives");
    private static final SerializableString ISSUES = new SerializedString("issues");
    private static final SerializableString KIND = new SerializedString("kind");
    private static final SerializableString LABEL = new SerializedString("label");
    private static final SerializableString LAUREL_VERSION = new SerializedString("laurelVersion");
    private static final SerializableString PARSER = new SerializedString("parser");
    private static final SerializableString MESSAGE = new SerializedString("message");
    private static final SerializableString METRICS = new SerializedString("metrics");
    private static final SerializableString NAME = new SerializedString("name");
    private static final SerializableString PLACE = new SerializedString("place");
    private static final SerializableString PROVINCE = new SerializedString("province");
    private static final SerializableString PROVINCIAL_TIMES_HONORED = new SerializedString("provincialTimesHonored");
    private static final SerializableString WRITTEN_NAME = new SerializedString("writtenName");
    private static final SerializableString QUALIFIER = new SerializedString("qualifier");
    private static final SerializableString REGION_CODE = new SerializedString("regionCode");
    private static final SerializableString ROSTER = new SerializedString("roster");
    private static final SerializableString SCHEMA_VERSION = new SerializedString("schemaVersion");
    private static final SerializableString SEVERITY = new SerializedString("severity");
    private static final SerializableString SHA256 = new SerializedString("sha256");
    private static final SerializableString SOURCE = new SerializedString("source");
    private static final SerializableString SPAN = new SerializedString("span");
    private static final SerializableString LABEL_SPAN = new SerializedString("labelSpan");
    private static final SerializableString START = new SerializedString("start");
    private static final SerializableString SUMMARY = new SerializedString("summary");
    private static final SerializableString TEXT = new SerializedString("text");
    private static final SerializableString TEXT_ORIGIN = new SerializedString("textOrigin");
    private static final SerializableString TIMES_HONORED = new SerializedString("timesHonored");
    private static final SerializableString TIMES_KIND = new SerializedString("timesKind");
    private static final SerializableString TITLE = new SerializedString("title");
    private static final SerializableString UNIT = new SerializedString("unit");
    private static final SerializableString CATEGORY = new SerializedString("category");
    private static final SerializableString CURRENCY = new SerializedString("currency");
    private static final SerializableString BOUNDS = new SerializedString("bounds");
    private static final SerializableString UPPER = new SerializedString("upper");
    private static final SerializableString VALUE = new SerializedString("value");

    private AnnouncementWriter() {
    }

    /**
     * Writes one announcement as one JSON value; does not flush or close {@code g}.
     *
     * @param g the generator to write with
     * @param a the announcement to write
     */
    public static void write(JsonGenerator g, Announcement a) {
        g.writeStartObject();
        string(g, SCHEMA_VERSION, a.schemaVersion());
        source(g, SOURCE, a.source());
        string(g, TITLE, a.title());
        string(g, HONOR, a.honor());
        string(g, PROVINCE, a.province());
        event(g, EVENT, a.event());
        list(g, ROSTER, a.roster(), AnnouncementWriter::rosterEntry);
        list(g, AWARDEES, a.awardees(), AnnouncementWriter::awardee);
        list(g, ISSUES, a.issues(), AnnouncementWriter::diagnostic);
        g.writeEndObject();
    }

    private static void source(JsonGenerator g, SerializableString name, SourceInfo s) {
        g.writeName(name);
        g.writeStartObject();
        string(g, NAME, s.name());
        string(g, SHA256, s.sha256());
        string(g, CHARSET, s.charset());
        g.writeName(CHARSET_DETECTED);
        g.writeBoolean(s.charsetDetected());
        g.writeName(BYTES);
        g.writeNumber(s.bytes());
        g.writeName(CHARS);
        g.writeNumber(s.chars());
        string(g, TEXT_ORIGIN, s.textOrigin());
        string(g, PARSER, s.parser());
        string(g, LAUREL_VERSION, s.laurelVersion());
        g.writeEndObject();
    }

    private static void event(JsonGenerator g, SerializableString name, Event e) {
        g.writeName(name);
        if (e == null) {
            g.writeNull();
            return;
        }
        g.writeStartObject();
        string(g, DATE, e.date());
        string(g, PLACE, e.place());
        string(g, NAME, e.name());
        g.writeEndObject();
    }

    private static void rosterEntry(JsonGenerator g, RosterEntry r) {
        g.writeStartObject();
        string(g, NAME, r.name());
        string(g, KIND, r.kind() == null ? null : r.kind().id());
        string(g, REGION_CODE, r.regionCode());
        string(g, PROVINCE, r.province());
        g.writeName(HAS_SECTION);
        g.writeBoolean(r.hasSection());
        span(g, SPAN, r.span());
        g.writeEndObject();
    }

    private static void awardee(JsonGenerator g, Awardee w) {
        g.writeStartObject();
        string(g, NAME, w.name());
        string(g, PROVINCE, w.province());
        string(g, KIND, w.kind() == null ? null : w.kind().id());
        string(g, REGION_CODE, w.regionCode());
        string(g, HONOR_TITLE, w.honorTitle());
        integer(g, TIMES_HONORED, w.timesHonored());
        string(g, TIMES_KIND, w.timesKind() == null ? null : w.timesKind().id());
        integer(g, PROVINCIAL_TIMES_HONORED, w.provincialTimesHonored());
        string(g, SUMMARY, w.summary());
        list(g, INITIATIVES, w.initiatives(), AnnouncementWriter::initiative);
        list(g, METRICS, w.metrics(), AnnouncementWriter::metric);
        span(g, SPAN, w.span());
        list(g, ISSUES, w.issues(), AnnouncementWriter::diagnostic);
        string(g, WRITTEN_NAME, w.writtenName());
        g.writeEndObject();
    }

    private static void initiative(JsonGenerator g, Initiative i) {
        g.writeStartObject();
        string(g, TITLE, i.title());
        string(g, TEXT, i.text());
        span(g, SPAN, i.span());
        g.writeEndObject();
    }

    private static void metric(JsonGenerator g, Metric m) {
        g.writeStartObject();
        string(g, LABEL, m.label());
        decimal(g, VALUE, m.value());
        decimal(g, UPPER, m.upper());
        string(g, UNIT, m.unit());
        string(g, QUALIFIER, m.qualifier().id());
        g.writeName(CUMULATIVE);
        g.writeBoolean(m.cumulative());
        integer(g, INITIATIVE, m.initiative());
        string(g, TEXT, m.text());
        span(g, SPAN, m.span());
        string(g, CATEGORY, m.category() == null ? null : m.category().id());
        string(g, CURRENCY, m.currency());
        string(g, BOUNDS, m.bounds());
        span(g, LABEL_SPAN, m.labelSpan());
        g.writeEndObject();
    }

    private static void diagnostic(JsonGenerator g, Diagnostic d) {
        g.writeStartObject();
        string(g, KIND, d.kind().id());
        string(g, SEVERITY, d.severity().id());
        string(g, AWARDEE, d.awardee());
        string(g, MESSAGE, d.message());
        span(g, SPAN, d.span());
        g.writeEndObject();
    }

    private static void span(JsonGenerator g, SerializableString name, SourceSpan s) {
        g.writeName(name);
        if (s == null) {
            g.writeNull();
            return;
        }
        g.writeStartObject();
        g.writeName(START);
        g.writeNumber(s.start());
        g.writeName(END);
        g.writeNumber(s.end());
        g.writeEndObject();
    }

    private static <T> void list(JsonGenerator g, SerializableString name, List<T> items,
                                 BiConsumer<JsonGenerator, T> item) {
        g.writeName(name);
        g.writeStartArray();
        for (int i = 0, n = items.size(); i < n; i++) {
            item.accept(g, items.get(i));
        }
        g.writeEndArray();
    }

    private static void string(JsonGenerator g, SerializableString name, String value) {
        g.writeName(name);
        if (value == null) {
            g.writeNull();
        } else {
            g.writeString(value);
        }
    }

    private static void integer(JsonGenerator g, SerializableString name, Integer value) {
        g.writeName(name);
        if (value == null) {
            g.writeNull();
        } else {
            g.writeNumber(value.intValue());
        }
    }

    private static void decimal(JsonGenerator g, SerializableString name, BigDecimal value) {
        g.writeName(name);
        if (value == null) {
            g.writeNull();
        } else if (value.scale() == 0 && value.precision() <= 18) {
            // A whole figure that fits a long (most do) is already canonical: its digits, without the
            // BigDecimals and Strings of Decimals.plain.
            g.writeNumber(value.longValue());
        } else {
            g.writeNumber(Decimals.plain(value));
        }
    }
}
