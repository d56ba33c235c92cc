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
import java.util.function.Consumer;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.SerializableString;
import tools.jackson.core.io.SerializedString;

/**
 * The one write path of Laurel JSON, used by the {@code json} and {@code jsonl} exporters: each
 * record's fields under their contract names in the order of the record components (the order of
 * {@code announcement.schema.json}), every field present ({@code null} where absent, {@code []} for an
 * empty list), enums by their {@code id()}, decimals by {@link Decimals#plain}. The lean form leaves out
 * the members whose value is null, an empty list or false; {@link AnnouncementParser} reads both forms to the
 * same records. The JSON names live here and in {@link AnnouncementParser}; the model knows nothing of JSON.
 * The layout (compact or pretty) is the generator's.
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

    private final JsonGenerator g;
    private final boolean lean;

    private AnnouncementWriter(JsonGenerator g, boolean lean) {
        this.g = g;
        this.lean = lean;
    }

    /**
     * Writes one announcement as one JSON value, every member present; does not flush or close {@code g}.
     *
     * @param g the generator to write with
     * @param a the announcement to write
     */
    public static void write(JsonGenerator g, Announcement a) {
        write(g, a, false);
    }

    /**
     * Writes one announcement as one JSON value; does not flush or close {@code g}.
     *
     * @param g    the generator to write with
     * @param a    the announcement to write
     * @param lean leave out the members whose value is null, an empty list or false
     */
    public static void write(JsonGenerator g, Announcement a, boolean lean) {
        new AnnouncementWriter(g, lean).announcement(a);
    }

    private void announcement(Announcement a) {
        g.writeStartObject();
        string(SCHEMA_VERSION, a.schemaVersion());
        source(SOURCE, a.source());
        string(TITLE, a.title());
        string(HONOR, a.honor());
        string(PROVINCE, a.province());
        event(EVENT, a.event());
        list(ROSTER, a.roster(), this::rosterEntry);
        list(AWARDEES, a.awardees(), this::awardee);
        list(ISSUES, a.issues(), this::diagnostic);
        g.writeEndObject();
    }

    private void source(SerializableString name, SourceInfo s) {
        g.writeName(name);
        g.writeStartObject();
        string(NAME, s.name());
        string(SHA256, s.sha256());
        string(CHARSET, s.charset());
        bool(CHARSET_DETECTED, s.charsetDetected());
        g.writeName(BYTES);
        g.writeNumber(s.bytes());
        g.writeName(CHARS);
        g.writeNumber(s.chars());
        string(TEXT_ORIGIN, s.textOrigin());
        string(PARSER, s.parser());
        string(LAUREL_VERSION, s.laurelVersion());
        g.writeEndObject();
    }

    private void event(SerializableString name, Event e) {
        if (e == null) {
            absent(name);
            return;
        }
        g.writeName(name);
        g.writeStartObject();
        string(DATE, e.date());
        string(PLACE, e.place());
        string(NAME, e.name());
        g.writeEndObject();
    }

    private void rosterEntry(RosterEntry r) {
        g.writeStartObject();
        string(NAME, r.name());
        string(KIND, r.kind() == null ? null : r.kind().id());
        string(REGION_CODE, r.regionCode());
        string(PROVINCE, r.province());
        bool(HAS_SECTION, r.hasSection());
        span(SPAN, r.span());
        g.writeEndObject();
    }

    private void awardee(Awardee w) {
        g.writeStartObject();
        string(NAME, w.name());
        string(PROVINCE, w.province());
        string(KIND, w.kind() == null ? null : w.kind().id());
        string(REGION_CODE, w.regionCode());
        string(HONOR_TITLE, w.honorTitle());
        integer(TIMES_HONORED, w.timesHonored());
        string(TIMES_KIND, w.timesKind() == null ? null : w.timesKind().id());
        integer(PROVINCIAL_TIMES_HONORED, w.provincialTimesHonored());
        string(SUMMARY, w.summary());
        list(INITIATIVES, w.initiatives(), this::initiative);
        list(METRICS, w.metrics(), this::metric);
        span(SPAN, w.span());
        list(ISSUES, w.issues(), this::diagnostic);
        string(WRITTEN_NAME, w.writtenName());
        g.writeEndObject();
    }

    private void initiative(Initiative i) {
        g.writeStartObject();
        string(TITLE, i.title());
        string(TEXT, i.text());
        span(SPAN, i.span());
        g.writeEndObject();
    }

    private void metric(Metric m) {
        g.writeStartObject();
        string(LABEL, m.label());
        decimal(VALUE, m.value());
        decimal(UPPER, m.upper());
        string(UNIT, m.unit());
        string(QUALIFIER, m.qualifier().id());
        bool(CUMULATIVE, m.cumulative());
        integer(INITIATIVE, m.initiative());
        string(TEXT, m.text());
        span(SPAN, m.span());
        string(CATEGORY, m.category() == null ? null : m.category().id());
        string(CURRENCY, m.currency());
        string(BOUNDS, m.bounds());
        span(LABEL_SPAN, m.labelSpan());
        g.writeEndObject();
    }

    private void diagnostic(Diagnostic d) {
        g.writeStartObject();
        string(KIND, d.kind().id());
        string(SEVERITY, d.severity().id());
        string(AWARDEE, d.awardee());
        string(MESSAGE, d.message());
        span(SPAN, d.span());
        g.writeEndObject();
    }

    private void span(SerializableString name, SourceSpan s) {
        if (s == null) {
            absent(name);
            return;
        }
        g.writeName(name);
        g.writeStartObject();
        g.writeName(START);
        g.writeNumber(s.start());
        g.writeName(END);
        g.writeNumber(s.end());
        g.writeEndObject();
    }

    private <T> void list(SerializableString name, List<T> items, Consumer<T> item) {
        if (lean && items.isEmpty()) {
            return;
        }
        g.writeName(name);
        g.writeStartArray();
        for (int i = 0, n = items.size(); i < n; i++) {
            item.accept(items.get(i));
        }
        g.writeEndArray();
    }

    /** A member whose value is null: {@code null}, or nothing in the lean form. */
    private void absent(SerializableString name) {
        if (!lean) {
            g.writeName(name);
            g.writeNull();
        }
    }

    private void bool(SerializableString name, boolean value) {
        if (value || !lean) {
            g.writeName(name);
            g.writeBoolean(value);
        }
    }

    private void string(SerializableString name, String value) {
        if (value == null) {
            absent(name);
        } else {
            g.writeName(name);
            g.writeString(value);
        }
    }

    private void integer(SerializableString name, Integer value) {
        if (value == null) {
            absent(name);
        } else {
            g.writeName(name);
            g.writeNumber(value.intValue());
        }
    }

    private void decimal(SerializableString name, BigDecimal value) {
        if (value == null) {
            absent(name);
            return;
        }
        g.writeName(name);
        if (value.scale() == 0 && value.precision() <= 18) {
            // A whole figure that fits a long (most do) is already canonical: its digits, without the
            // BigDecimals and Strings of Decimals.plain.
            g.writeNumber(value.longValue());
        } else {
            g.writeNumber(Decimals.plain(value));
        }
    }
}
