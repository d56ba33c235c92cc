package dev.laurel.exporters.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The CSV export's document keys, against the map of strings they replace. */
class DocumentKeysTest {

    /** The keys as they were given before: a map from 16-hex prefix (or whole SHA-256) to SHA-256. */
    static final class Reference {
        private final Map<String, String> seen = new HashMap<>();

        String keyFor(String sha) {
            String id = sha.length() > 16 ? sha.substring(0, 16) : sha;
            String first = seen.putIfAbsent(id, sha);
            if (first == null) {
                return id;
            }
            if (first.equals(sha)) {
                return null;
            }
            return seen.putIfAbsent(sha, sha) == null ? sha : null;
        }
    }

    static String sha(Random r) {
        StringBuilder b = new StringBuilder(64);
        for (int i = 0; i < 64; i++) {
            b.append("0123456789abcdef".charAt(r.nextInt(16)));
        }
        return b.toString();
    }

    @Test
    void aPrefixTakenByAnotherDocumentGivesTheWholeShaAndRepeatsGiveNothing() {
        DocumentKeys keys = new DocumentKeys();
        String a = "0123456789abcdef" + "0".repeat(48);
        String b = "0123456789abcdef" + "1".repeat(48);
        assertEquals("0123456789abcdef", keys.keyFor(a));
        assertNull(keys.keyFor(a));
        assertEquals(b, keys.keyFor(b));
        assertNull(keys.keyFor(b));
        assertEquals("0".repeat(16), keys.keyFor("0".repeat(64)), "all zeros is a SHA-256 like the others");
        assertEquals("0".repeat(16) + "f".repeat(48), keys.keyFor("0".repeat(16) + "f".repeat(48)));
        assertEquals("short", keys.keyFor("short"));
        assertNull(keys.keyFor("short"));
    }

    @Test
    void aHundredThousandDocumentsGetTheKeysTheStringMapGave() {
        Random r = new Random(7);
        DocumentKeys keys = new DocumentKeys();
        Reference reference = new Reference();
        List<String> shas = new ArrayList<>();
        for (int i = 0; i < 100_000; i++) {
            String sha = i > 0 && i % 7 == 0 ? shas.get(r.nextInt(shas.size())) : sha(r);
            shas.add(sha);
            assertEquals(reference.keyFor(sha), keys.keyFor(sha), sha);
        }
    }

    @Test
    void sequencesWithSharedPrefixesAndHandMadeShasGetTheKeysTheStringMapGave() {
        Random r = new Random(11);
        List<String> pool = new ArrayList<>();
        String prefix = sha(r).substring(0, 16);
        for (int i = 0; i < 6; i++) {
            pool.add(prefix + sha(r).substring(16)); // one prefix, six documents
        }
        pool.add(prefix + "-made-by-hand");
        pool.add(prefix.toUpperCase(java.util.Locale.ROOT) + sha(r).substring(16));
        pool.add("doc-1");
        pool.add(sha(r));
        qt().withExamples(2000).forAll(lists().of(integers().between(0, pool.size() - 1)).ofSizeBetween(0, 30))
                .checkAssert(picks -> {
                    DocumentKeys keys = new DocumentKeys();
                    Reference reference = new Reference();
                    for (int i : picks) {
                        assertEquals(reference.keyFor(pool.get(i)), keys.keyFor(pool.get(i)), picks.toString());
                    }
                });
    }
}
