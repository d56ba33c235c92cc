package dev.laurel.exporters.json;

import dev.laurel.model.Announcement;
import dev.laurel.model.Awardee;
import dev.laurel.model.Diagnostic;
import dev.laurel.model.DiagnosticKind;
import dev.laurel.model.Event;
import dev.laurel.model.Initiative;
import dev.laurel.model.Metric;
import dev.laurel.model.Qualifier;
import dev.laurel.model.RegionKind;
import dev.laurel.model.RosterEntry;
import dev.laurel.model.Severity;
import dev.laurel.model.SourceInfo;
import dev.laurel.model.SourceSpan;
import dev.laurel.model.TimesKind;
import dev.laurel.model.UnitCategory;
import dev.laurel.spi.UnsupportedSchemaVersionException;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamContext;
import tools.jackson.core.TokenStreamLocation;

/**
 * The one read path of Laurel JSON, the mirror of {@link AnnouncementWriter}: reads one announcement
 * object field by field with the streaming parser, in any field order. Fields it does not know are
 * skipped; a missing field whose record component may be null reads as null (a missing list as
 * empty, a missing boolean as false: the lean form leaves them out); a missing field the records
 * require, a value of the wrong type, an unknown enum id or a value the records reject fails with a
 * {@link JsonReadException} of one line saying what, where (line, column and JSON Pointer) and which
 * field. Decimals are read exactly. One instance per parser.
 */
final class AnnouncementParser {

    /** The schema versions this Laurel reads. */
    static final List<String> SCHEMA_VERSIONS = List.of(Announcement.SCHEMA_VERSION);

    private final JsonParser p;

    AnnouncementParser(JsonParser p) {
        this.p = p;
    }

    /** Reads the object at the current {@code START_OBJECT}; leaves the parser on its {@code END_OBJECT}. */
    Announcement announcement() throws IOException {
        try {
            return readAnnouncement();
        } catch (JacksonException e) {
            throw JsonReadException.of(e, p);
        }
    }

    private Announcement readAnnouncement() throws IOException {
        expectObject("an announcement");
        String schemaVersion = null;
        SourceInfo source = null;
        String title = null;
        String honor = null;
        String province = null;
        Event event = null;
        List<RosterEntry> roster = null;
        List<Awardee> awardees = null;
        List<Diagnostic> issues = null;
        boolean hasVersion = false;
        boolean hasSource = false;
        while (p.nextToken() == JsonToken.PROPERTY_NAME) {
            String name = p.currentName();
            p.nextToken();
            switch (name) {
                case "schemaVersion" -> {
                    schemaVersion = requiredString();
                    hasVersion = true;
                    if (!SCHEMA_VERSIONS.contains(schemaVersion)) {
                        throw new UnsupportedSchemaVersionException(schemaVersion, SCHEMA_VERSIONS, where());
                    }
                }
                case "source" -> {
                    source = sourceInfo();
                    hasSource = true;
                }
                case "title" -> title = string();
                case "honor" -> honor = string();
                case "province" -> province = string();
                case "event" -> event = event();
                case "roster" -> roster = list(x -> rosterEntry());
                case "awardees" -> awardees = list(x -> awardee());
                case "issues" -> issues = list(x -> diagnostic());
                default -> p.skipChildren();
            }
        }
        require(hasVersion, "schemaVersion");
        require(hasSource, "source");
        String v = schemaVersion;
        SourceInfo s = source;
        String t = title;
        String h = honor;
        String pr = province;
        Event e = event;
        List<RosterEntry> r = roster;
        List<Awardee> w = awardees;
        List<Diagnostic> i = issues;
        return build("announcement", () -> new Announcement(v, s, t, h, pr, e, r, w, i));
    }

    private SourceInfo sourceInfo() throws IOException {
        expectObject("the source object");
        String name = null;
        String sha256 = null;
        String charset = null;
        Boolean charsetDetected = null;
        Long bytes = null;
        Integer chars = null;
        String textOrigin = null;
        String parser = null;
        String laurelVersion = null;
        while (p.nextToken() == JsonToken.PROPERTY_NAME) {
            String field = p.currentName();
            p.nextToken();
            switch (field) {
                case "name" -> name = requiredString();
                case "sha256" -> sha256 = requiredString();
                case "charset" -> charset = requiredString();
                case "charsetDetected" -> charsetDetected = bool();
                case "bytes" -> bytes = longValue();
                case "chars" -> chars = requiredInt();
                case "textOrigin" -> textOrigin = requiredString();
                case "parser" -> parser = string();
                case "laurelVersion" -> laurelVersion = string();
                default -> p.skipChildren();
            }
        }
        require(name != null, "name");
        require(sha256 != null, "sha256");
        require(charset != null, "charset");
        require(bytes != null, "bytes");
        require(chars != null, "chars");
        require(textOrigin != null, "textOrigin");
        String n = name;
        String h = sha256;
        String c = charset;
        boolean d = Boolean.TRUE.equals(charsetDetected);
        long b = bytes;
        int ch = chars;
        String o = textOrigin;
        String ps = parser;
        String lv = laurelVersion;
        return build("source", () -> new SourceInfo(n, h, c, d, b, ch, o, ps, lv));
    }

    private Event event() throws IOException {
        if (p.currentToken() == JsonToken.VALUE_NULL) {
            return null;
        }
        expectObject("the event object or null");
        String date = null;
        String place = null;
        String name = null;
        while (p.nextToken() == JsonToken.PROPERTY_NAME) {
            String field = p.currentName();
            p.nextToken();
            switch (field) {
                case "date" -> date = string();
                case "place" -> place = string();
                case "name" -> name = string();
                default -> p.skipChildren();
            }
        }
        String d = date;
        String pl = place;
        String n = name;
        return build("event", () -> new Event(d, pl, n));
    }

    private RosterEntry rosterEntry() throws IOException {
        expectObject("a roster entry object");
        String name = null;
        RegionKind kind = null;
        String regionCode = null;
        String province = null;
        Boolean hasSection = null;
        SourceSpan span = null;
        while (p.nextToken() == JsonToken.PROPERTY_NAME) {
            String field = p.currentName();
            p.nextToken();
            switch (field) {
                case "name" -> name = requiredString();
                case "kind" -> kind = enumValue("region kind", RegionKind::of);
                case "regionCode" -> regionCode = string();
                case "province" -> province = string();
                case "hasSection" -> hasSection = bool();
                case "span" -> span = span(false);
                default -> p.skipChildren();
            }
        }
        require(name != null, "name");
        String n = name;
        RegionKind k = kind;
        String rc = regionCode;
        String pr = province;
        boolean hs = Boolean.TRUE.equals(hasSection);
        SourceSpan s = span;
        return build("roster entry", () -> new RosterEntry(n, k, rc, pr, hs, s));
    }

    private Awardee awardee() throws IOException {
        expectObject("an awardee object");
        String name = null;
        String province = null;
        RegionKind kind = null;
        String regionCode = null;
        String honorTitle = null;
        Integer timesHonored = null;
        TimesKind timesKind = null;
        Integer provincialTimesHonored = null;
        String summary = null;
        List<Initiative> initiatives = null;
        List<Metric> metrics = null;
        SourceSpan span = null;
        List<Diagnostic> issues = null;
        String writtenName = null;
        while (p.nextToken() == JsonToken.PROPERTY_NAME) {
            String field = p.currentName();
            p.nextToken();
            switch (field) {
                case "name" -> name = requiredString();
                case "province" -> province = string();
                case "kind" -> kind = enumValue("region kind", RegionKind::of);
                case "regionCode" -> regionCode = string();
                case "honorTitle" -> honorTitle = string();
                case "timesHonored" -> timesHonored = integer();
                case "timesKind" -> timesKind = enumValue("times kind", TimesKind::of);
                case "provincialTimesHonored" -> provincialTimesHonored = integer();
                case "summary" -> summary = string();
                case "initiatives" -> initiatives = list(x -> initiative());
                case "metrics" -> metrics = list(x -> metric());
                case "span" -> span = span(true);
                case "issues" -> issues = list(x -> diagnostic());
                case "writtenName" -> writtenName = string();
                default -> p.skipChildren();
            }
        }
        require(name != null, "name");
        require(span != null, "span");
        String n = name;
        String pr = province;
        RegionKind k = kind;
        String rc = regionCode;
        String ht = honorTitle;
        Integer th = timesHonored;
        TimesKind tk = timesKind;
        Integer pth = provincialTimesHonored;
        String su = summary;
        List<Initiative> in = initiatives;
        List<Metric> m = metrics;
        SourceSpan s = span;
        List<Diagnostic> is = issues;
        String wn = writtenName;
        return build("awardee", () -> new Awardee(n, pr, k, rc, ht, th, tk, pth, su, in, m, s, is, wn));
    }

    private Initiative initiative() throws IOException {
        expectObject("an initiative object");
        String title = null;
        String text = null;
        SourceSpan span = null;
        while (p.nextToken() == JsonToken.PROPERTY_NAME) {
            String field = p.currentName();
            p.nextToken();
            switch (field) {
                case "title" -> title = requiredString();
                case "text" -> text = requiredString();
                case "span" -> span = span(true);
                default -> p.skipChildren();
            }
        }
        require(title != null, "title");
        require(text != null, "text");
        require(span != null, "span");
        String t = title;
        String x = text;
        SourceSpan s = span;
        return build("initiative", () -> new Initiative(t, x, s));
    }

    private Metric metric() throws IOException {
        expectObject("a metric object");
        String label = null;
        BigDecimal value = null;
        BigDecimal upper = null;
        String unit = null;
        Qualifier qualifier = null;
        Boolean cumulative = null;
        Integer initiative = null;
        String text = null;
        SourceSpan span = null;
        UnitCategory category = null;
        String currency = null;
        String bounds = null;
        SourceSpan labelSpan = null;
        while (p.nextToken() == JsonToken.PROPERTY_NAME) {
            String field = p.currentName();
            p.nextToken();
            switch (field) {
                case "label" -> label = string();
                case "value" -> value = decimal(true);
                case "upper" -> upper = decimal(false);
                case "unit" -> unit = string();
                case "qualifier" -> qualifier = requiredEnum("qualifier", Qualifier::of);
                case "cumulative" -> cumulative = bool();
                case "initiative" -> initiative = integer();
                case "text" -> text = requiredString();
                case "span" -> span = span(true);
                case "category" -> category = enumValue("unit category", UnitCategory::of);
                case "currency" -> currency = string();
                case "bounds" -> bounds = string();
                case "labelSpan" -> labelSpan = span(false);
                default -> p.skipChildren();
            }
        }
        require(value != null, "value");
        require(qualifier != null, "qualifier");
        require(text != null, "text");
        require(span != null, "span");
        String l = label;
        BigDecimal v = value;
        BigDecimal u = upper;
        String un = unit;
        Qualifier q = qualifier;
        boolean c = Boolean.TRUE.equals(cumulative);
        Integer i = initiative;
        String t = text;
        SourceSpan s = span;
        UnitCategory cat = category;
        String cur = currency;
        String b = bounds;
        SourceSpan ls = labelSpan;
        return build("metric", () -> new Metric(l, v, u, un, q, c, i, t, s, cat, cur, b, ls));
    }

    private Diagnostic diagnostic() throws IOException {
        expectObject("a diagnostic object");
        DiagnosticKind kind = null;
        Severity severity = null;
        String awardee = null;
        String message = null;
        SourceSpan span = null;
        while (p.nextToken() == JsonToken.PROPERTY_NAME) {
            String field = p.currentName();
            p.nextToken();
            switch (field) {
                case "kind" -> kind = requiredEnum("diagnostic kind", DiagnosticKind::of);
                case "severity" -> severity = requiredEnum("severity", Severity::of);
                case "awardee" -> awardee = string();
                case "message" -> message = requiredString();
                case "span" -> span = span(false);
                default -> p.skipChildren();
            }
        }
        require(kind != null, "kind");
        require(severity != null, "severity");
        require(message != null, "message");
        DiagnosticKind k = kind;
        Severity s = severity;
        String a = awardee;
        String m = message;
        SourceSpan sp = span;
        return build("diagnostic", () -> new Diagnostic(k, s, a, m, sp));
    }

    /** A span object, or null where {@code required} is false. */
    private SourceSpan span(boolean required) throws IOException {
        if (p.currentToken() == JsonToken.VALUE_NULL) {
            if (required) {
                throw fail("must not be null (expected a span object {\"start\": …, \"end\": …})");
            }
            return null;
        }
        expectObject(required ? "a span object" : "a span object or null");
        Integer start = null;
        Integer end = null;
        while (p.nextToken() == JsonToken.PROPERTY_NAME) {
            String field = p.currentName();
            p.nextToken();
            switch (field) {
                case "start" -> start = requiredInt();
                case "end" -> end = requiredInt();
                default -> p.skipChildren();
            }
        }
        require(start != null, "start");
        require(end != null, "end");
        int s = start;
        int e = end;
        return build("span", () -> new SourceSpan(s, e));
    }

    // --- values -------------------------------------------------------------------------------

    private interface Item<T> {
        T read(JsonParser p) throws IOException;
    }

    private interface Maker<T> {
        T make();
    }

    /** An array of items; null reads as an empty list. */
    private <T> List<T> list(Item<T> item) throws IOException {
        JsonToken t = p.currentToken();
        if (t == JsonToken.VALUE_NULL) {
            return List.of();
        }
        if (t != JsonToken.START_ARRAY) {
            throw fail("expected an array, found " + describe(t));
        }
        List<T> out = new ArrayList<>();
        while (p.nextToken() != JsonToken.END_ARRAY) {
            out.add(item.read(p));
        }
        return out;
    }

    private String string() throws IOException {
        JsonToken t = p.currentToken();
        if (t == JsonToken.VALUE_STRING) {
            return p.getString();
        }
        if (t == JsonToken.VALUE_NULL) {
            return null;
        }
        throw fail("expected a string or null, found " + describe(t));
    }

    private String requiredString() throws IOException {
        JsonToken t = p.currentToken();
        if (t == JsonToken.VALUE_STRING) {
            return p.getString();
        }
        throw fail(t == JsonToken.VALUE_NULL ? "must not be null (expected a string)"
                : "expected a string, found " + describe(t));
    }

    private Boolean bool() throws IOException {
        JsonToken t = p.currentToken();
        if (t == JsonToken.VALUE_TRUE || t == JsonToken.VALUE_FALSE) {
            return t == JsonToken.VALUE_TRUE;
        }
        throw fail("expected true or false, found " + describe(t));
    }

    private Integer integer() throws IOException {
        if (p.currentToken() == JsonToken.VALUE_NULL) {
            return null;
        }
        return requiredInt();
    }

    private int requiredInt() throws IOException {
        JsonToken t = p.currentToken();
        if (t != JsonToken.VALUE_NUMBER_INT) {
            throw fail("expected a whole number, found " + describe(t));
        }
        if (p.getNumberType() != JsonParser.NumberType.INT) {
            throw fail("the number " + p.getString() + " is out of range");
        }
        return p.getIntValue();
    }

    private Long longValue() throws IOException {
        JsonToken t = p.currentToken();
        if (t != JsonToken.VALUE_NUMBER_INT) {
            throw fail("expected a whole number, found " + describe(t));
        }
        JsonParser.NumberType type = p.getNumberType();
        if (type != JsonParser.NumberType.INT && type != JsonParser.NumberType.LONG) {
            throw fail("the number " + p.getString() + " is out of range");
        }
        return p.getLongValue();
    }

    private BigDecimal decimal(boolean required) throws IOException {
        JsonToken t = p.currentToken();
        if (t == JsonToken.VALUE_NUMBER_INT || t == JsonToken.VALUE_NUMBER_FLOAT) {
            return p.getDecimalValue();
        }
        if (t == JsonToken.VALUE_NULL && !required) {
            return null;
        }
        throw fail(t == JsonToken.VALUE_NULL ? "must not be null (expected a number)"
                : "expected a number" + (required ? "" : " or null") + ", found " + describe(t));
    }

    private <E extends Enum<E>> E enumValue(String what, Function<String, E> of) throws IOException {
        if (p.currentToken() == JsonToken.VALUE_NULL) {
            return null;
        }
        return requiredEnum(what, of);
    }

    private <E extends Enum<E>> E requiredEnum(String what, Function<String, E> of) throws IOException {
        String id = requiredString();
        try {
            return of.apply(id);
        } catch (IllegalArgumentException e) {
            throw fail("unknown " + what + " \"" + id + "\"");
        }
    }

    private void expectObject(String what) throws IOException {
        JsonToken t = p.currentToken();
        if (t != JsonToken.START_OBJECT) {
            throw fail("expected " + what + ", found " + describe(t));
        }
    }

    /** Checks a field after the object's end: the parser is on {@code END_OBJECT}. */
    private void require(boolean present, String field) throws IOException {
        if (!present) {
            throw new JsonReadException(where(p.currentTokenLocation(), pointer(p.streamReadContext(), null))
                    + ": missing field \"" + field + "\"");
        }
    }

    /** Builds a record; its validation failure becomes a read error at the object's end. */
    private <T> T build(String what, Maker<T> maker) throws IOException {
        try {
            return maker.make();
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new JsonReadException(where(p.currentTokenLocation(), pointer(p.streamReadContext(), null))
                    + ": invalid " + what + ": " + e.getMessage());
        }
    }

    private JsonReadException fail(String message) {
        return new JsonReadException(where() + ": " + message);
    }

    /** The current token's place: line, column and the JSON Pointer of the value. */
    private String where() {
        return where(p.currentTokenLocation(), pointer(p.streamReadContext(), p.currentToken()));
    }

    static String where(TokenStreamLocation loc, String pointer) {
        StringBuilder b = new StringBuilder();
        if (loc != null && loc.getLineNr() > 0) {
            b.append("line ").append(loc.getLineNr()).append(", column ").append(loc.getColumnNr());
        } else if (loc != null && loc.getByteOffset() >= 0) {
            b.append("byte ").append(loc.getByteOffset());
        } else {
            b.append("somewhere");
        }
        if (pointer != null && !pointer.isEmpty()) {
            b.append(", at ").append(pointer);
        }
        return b.toString();
    }

    /**
     * The JSON Pointer of the current value. On a {@code START_OBJECT} or {@code START_ARRAY} the context
     * is the new container's own, whose pointer already ends in the value's name or index.
     */
    static String pointer(TokenStreamContext context, JsonToken token) {
        if (context == null) {
            return "";
        }
        TokenStreamContext c = context;
        if (token == JsonToken.START_OBJECT || token == JsonToken.START_ARRAY) {
            c = context.getParent() == null ? context : context.getParent();
        }
        return c.pathAsPointer().toString();
    }

    private static String describe(JsonToken t) {
        if (t == null) {
            return "the end of the input";
        }
        return switch (t) {
            case START_OBJECT -> "an object";
            case START_ARRAY -> "an array";
            case VALUE_STRING -> "a string";
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "a number";
            case VALUE_TRUE, VALUE_FALSE -> "a boolean";
            case VALUE_NULL -> "null";
            default -> t.toString();
        };
    }
}
