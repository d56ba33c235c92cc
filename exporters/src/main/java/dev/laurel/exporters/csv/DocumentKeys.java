package dev.laurel.exporters.csv;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * The {@code doc} keys of one CSV export: a document's key is the first 16 hex of its SHA-256, or the whole
 * SHA-256 when another document of the export took that prefix; a document seen before gets no key (its rows
 * are written). A document is known by the first 128 bits of its SHA-256, kept in an open-addressing table
 * (17 bytes a slot, 25 to 50 bytes a document, where a map of strings took some 200: an export of ten million
 * documents keeps 0.25 to 0.5 GB here instead of 2 GB). SHA-256 values that are not 64 lowercase hex chars
 * (records made by hand) are kept as strings. Not thread-safe.
 */
final class DocumentKeys {

    private long[] highs = new long[1024];
    private long[] lows = new long[1024];
    private boolean[] used = new boolean[1024];
    private int size;
    /** The documents keyed by their whole SHA-256. */
    private final Set<String> whole = new HashSet<>();
    /** Prefix to SHA-256 of the documents whose SHA-256 is not 64 lowercase hex chars. */
    private final Map<String, String> other = new HashMap<>();

    /**
     * The key of the document with this SHA-256, or null when the export has seen it.
     *
     * @param sha the document's SHA-256, lowercase hex
     * @return the first 16 hex chars, the whole SHA-256 when that prefix is taken, or null
     */
    String keyFor(String sha) {
        String id = sha.length() > 16 ? sha.substring(0, 16) : sha;
        boolean hexId = id.length() == 16 && isHex(id);
        if (sha.length() == 64 && isHex(sha)) {
            if (other.containsKey(id)) {
                return byWhole(sha);
            }
            int slot = slot(Long.parseUnsignedLong(id, 16));
            if (!used[slot]) {
                add(slot, Long.parseUnsignedLong(id, 16), Long.parseUnsignedLong(sha, 16, 32, 16));
                return id;
            }
            return lows[slot] == Long.parseUnsignedLong(sha, 16, 32, 16) ? null : byWhole(sha);
        }
        if (hexId && used[slot(Long.parseUnsignedLong(id, 16))]) {
            return byWhole(sha);
        }
        String first = other.putIfAbsent(id, sha);
        return first == null ? id : first.equals(sha) ? null : byWhole(sha);
    }

    /** The whole SHA-256 as the key, or null when it was given before. */
    private String byWhole(String sha) {
        return whole.add(sha) ? sha : null;
    }

    /** The slot holding {@code high}, or the empty slot where it would go. */
    private int slot(long high) {
        int mask = used.length - 1;
        int i = Long.hashCode(high * 0x9E3779B97F4A7C15L) & mask;
        while (used[i] && highs[i] != high) {
            i = (i + 1) & mask;
        }
        return i;
    }

    private void add(int slot, long high, long low) {
        used[slot] = true;
        highs[slot] = high;
        lows[slot] = low;
        if (++size * 3 > used.length * 2) { // over 2/3 full
            long[] oldHighs = highs;
            long[] oldLows = lows;
            boolean[] oldUsed = used;
            highs = new long[oldUsed.length * 2];
            lows = new long[oldUsed.length * 2];
            used = new boolean[oldUsed.length * 2];
            for (int i = 0; i < oldUsed.length; i++) {
                if (oldUsed[i]) {
                    int s = slot(oldHighs[i]);
                    used[s] = true;
                    highs[s] = oldHighs[i];
                    lows[s] = oldLows[i];
                }
            }
        }
    }

    private static boolean isHex(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!(c >= '0' && c <= '9' || c >= 'a' && c <= 'f')) {
                return false;
            }
        }
        return true;
    }
}
