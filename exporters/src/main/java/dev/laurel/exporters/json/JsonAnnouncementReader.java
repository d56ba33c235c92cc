package dev.laurel.exporters.json;

import dev.laurel.model.Announcement;
import dev.laurel.spi.AnnouncementReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;

/**
 * Reads what the {@code json} and {@code jsonl} exporters write: one JSON object, a JSON array of
 * objects, or a sequence of objects separated by whitespace (JSON Lines). Decimals are read exactly
 * as written; since the exporters write {@link dev.laurel.exporters.Decimals#canonical canonical}
 * decimals, a round trip gives equal records for canonical values. Fields this version does not
 * know are ignored (the contract allows additions); a schema version it does not know is refused with
 * an {@link dev.laurel.spi.UnsupportedSchemaVersionException}. Input that is not Laurel JSON fails with a
 * {@link JsonReadException} of one line: where (line, column, JSON Pointer) and what. Only
 * jackson-core's streaming parser is used ({@link AnnouncementParser}). Stateless and thread-safe.
 */
public class JsonAnnouncementReader implements AnnouncementReader {

    /** Used by ServiceLoader. */
    public JsonAnnouncementReader() {
    }

    @Override
    public String format() {
        return "json";
    }

    @Override
    public String description() {
        return "Laurel JSON (an object or an array of objects) and JSON Lines";
    }

    @Override
    public Stream<Announcement> read(InputStream in) throws IOException {
        Objects.requireNonNull(in, "in must not be null");
        final JsonParser parser;
        final boolean array;
        final JsonToken first;
        try {
            parser = LaurelJson.parser(in);
            JsonToken t = parser.nextToken();
            array = t == JsonToken.START_ARRAY;
            if (array) {
                t = parser.nextToken();
            }
            if (t != null && t != JsonToken.START_OBJECT && !(array && t == JsonToken.END_ARRAY)) {
                IOException e = new JsonReadException(AnnouncementParser.where(parser.currentTokenLocation(), "")
                        + ": expected a JSON object or an array of objects, found " + describe(t));
                parser.close();
                throw e;
            }
            first = t;
        } catch (JacksonException e) {
            throw JsonReadException.of(e, null);
        }
        AnnouncementParser records = new AnnouncementParser(parser);
        Iterator<Announcement> it = new Iterator<>() {
            private JsonToken current = first;

            @Override
            public boolean hasNext() {
                if (array && current == JsonToken.END_ARRAY) {
                    JsonToken after = advance();
                    if (after != null) {
                        throw new UncheckedIOException(new JsonReadException(AnnouncementParser.where(
                                parser.currentTokenLocation(), "") + ": unexpected content after the array"));
                    }
                    current = null;
                }
                return current != null;
            }

            @Override
            public Announcement next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                if (current != JsonToken.START_OBJECT) {
                    throw new UncheckedIOException(new JsonReadException(AnnouncementParser.where(
                            parser.currentTokenLocation(), AnnouncementParser.pointer(parser.streamReadContext(), current))
                            + ": expected an announcement object, found " + describe(current)));
                }
                try {
                    Announcement a = records.announcement();
                    current = advance();
                    return a;
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }

            private JsonToken advance() {
                try {
                    return parser.nextToken();
                } catch (JacksonException e) {
                    throw new UncheckedIOException(JsonReadException.of(e, parser));
                }
            }
        };
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(it, Spliterator.ORDERED | Spliterator.NONNULL),
                false).onClose(parser::close);
    }

    private static String describe(JsonToken t) {
        return switch (t) {
            case START_ARRAY -> "an array";
            case VALUE_STRING -> "a string";
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "a number";
            case VALUE_TRUE, VALUE_FALSE -> "a boolean";
            case VALUE_NULL -> "null";
            default -> t.toString();
        };
    }
}
