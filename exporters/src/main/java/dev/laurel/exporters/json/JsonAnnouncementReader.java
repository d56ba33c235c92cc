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
import tools.jackson.databind.ObjectReader;

/**
 * Reads what the {@code json} and {@code jsonl} exporters write: one JSON object, a JSON array of
 * objects, or a sequence of objects separated by whitespace (JSON Lines). Decimals are read exactly
 * as written; since the exporters write {@link dev.laurel.exporters.Decimals#canonical canonical}
 * decimals, a round trip gives equal records for canonical values. Fields this version does not
 * know are ignored (the contract allows additions). Stateless and thread-safe.
 */
public class JsonAnnouncementReader implements AnnouncementReader {

    private static final ObjectReader READER = LaurelJson.mapper().readerFor(Announcement.class);

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
            parser = READER.createParser(in);
            JsonToken t = parser.nextToken();
            array = t == JsonToken.START_ARRAY;
            if (array) {
                t = parser.nextToken();
            }
            if (t != null && t != JsonToken.START_OBJECT && !(array && t == JsonToken.END_ARRAY)) {
                parser.close();
                throw new IOException("expected a JSON object or an array of objects, found " + t
                        + " at " + parser.currentLocation().offsetDescription());
            }
            first = t;
        } catch (JacksonException e) {
            throw LaurelJson.asIOException(e);
        }
        Iterator<Announcement> it = new Iterator<>() {
            private JsonToken current = first;

            @Override
            public boolean hasNext() {
                if (array && current == JsonToken.END_ARRAY) {
                    JsonToken after = advance();
                    if (after != null) {
                        throw new UncheckedIOException(new IOException("unexpected content after the array at "
                                + parser.currentLocation().offsetDescription()));
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
                    throw new UncheckedIOException(new IOException("expected a JSON object, found " + current
                            + " at " + parser.currentLocation().offsetDescription()));
                }
                try {
                    Announcement a = READER.readValue(parser);
                    if (a == null) {
                        throw new IOException("null announcement at " + parser.currentLocation().offsetDescription());
                    }
                    current = advance();
                    return a;
                } catch (JacksonException e) {
                    throw new UncheckedIOException(LaurelJson.asIOException(e));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }

            private JsonToken advance() {
                try {
                    return parser.nextToken();
                } catch (JacksonException e) {
                    throw new UncheckedIOException(LaurelJson.asIOException(e));
                }
            }
        };
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(it, Spliterator.ORDERED | Spliterator.NONNULL),
                false).onClose(parser::close);
    }
}
