package dev.laurel.parsers.commendation.mentions;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiFunction;

/**
 * The places short texts consist of ({@link Places#whole}), remembered: headings and list rows name the same
 * places again and again across the documents one parser reads (杭州市, 安吉县), and a look-up here costs less
 * than a gazetteer scan. Only texts of up to {@link #MAX_LENGTH} chars are kept, at most {@link #MAX_ENTRIES}
 * of them (the map is emptied when full). Thread-safe; a result is the same whether remembered or not.
 */
final class WholeNames {
    static final int MAX_LENGTH = 24;
    static final int MAX_ENTRIES = 8192;
    /** Remembered "no place", since a map holds no null. */
    private static final Object NONE = new Object();

    private record Key(String text, String provinceHint) {
    }

    private final Map<Key, Object> known = new ConcurrentHashMap<>();

    /** {@code read(text, provinceHint)}, remembered when {@code text} is short. */
    PlaceRef get(String text, String provinceHint, BiFunction<String, String, PlaceRef> read) {
        if (text.length() > MAX_LENGTH) {
            return read.apply(text, provinceHint);
        }
        Key key = new Key(text, provinceHint);
        Object found = known.get(key);
        if (found == null) {
            PlaceRef place = read.apply(text, provinceHint);
            if (known.size() >= MAX_ENTRIES) {
                known.clear();
            }
            found = place == null ? NONE : place;
            known.put(key, found);
        }
        return found == NONE ? null : (PlaceRef) found;
    }
}
