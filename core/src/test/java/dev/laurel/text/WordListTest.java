package dev.laurel.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.SourceDSL;

/** The indexed word lookups find what a scan over the whole list in order finds, at every place of a text. */
class WordListTest {
    private static final String[] WORDS = {"一切", "一看", "四川", "两两", "一", "切一", "不超过", "超过", "超", "近", "将近", "多次"};
    private static final WordList LIST = WordList.of(WORDS);
    private static final String ALPHABET = "一切看四川两不超过近将多次人 ";

    private static String firstStartingAt(String text, int at) {
        for (String w : WORDS) {
            if (at >= 0 && text.startsWith(w, at)) {
                return w;
            }
        }
        return null;
    }

    private static String firstEndingAt(String text, int end) {
        for (String w : WORDS) {
            if (end - w.length() >= 0 && end <= text.length() && text.startsWith(w, end - w.length())) {
                return w;
            }
        }
        return null;
    }

    private static Gen<String> texts() {
        return SourceDSL.lists().of(SourceDSL.integers().between(0, ALPHABET.length() - 1)).ofSizeBetween(0, 12)
                .map(ix -> {
                    StringBuilder b = new StringBuilder();
                    ix.forEach(k -> b.append(ALPHABET.charAt(k)));
                    return b.toString();
                });
    }

    @Test
    void findsTheFirstWordOfTheListAtEveryPlace() {
        qt().withExamples(3000).forAll(texts()).check(text -> {
            for (int i = -1; i <= text.length() + 1; i++) {
                if (!Objects.equals(firstStartingAt(text, i), LIST.startingAt(text, i))
                        || !Objects.equals(firstEndingAt(text, i), LIST.endingAt(text, i))
                        || LIST.startsAt(text, i) != (firstStartingAt(text, i) != null)
                        || LIST.endsAt(text, i) != (firstEndingAt(text, i) != null)) {
                    return false;
                }
            }
            return true;
        });
    }

    @Test
    void boundedLookupsFindWhatTheSameLookupFindsInTheSubstring() {
        qt().withExamples(2000).forAll(texts(), SourceDSL.integers().between(0, 12), SourceDSL.integers().between(0, 12))
                .check((text, x, y) -> {
                    int from = Math.min(x, y);
                    int to = Math.min(text.length(), Math.max(x, y));
                    if (from > to) {
                        return true;
                    }
                    String part = text.substring(from, to);
                    for (int i = from; i <= to; i++) {
                        if (!Objects.equals(firstStartingAt(part, i - from), LIST.startingAt(text, i, to))
                                || !Objects.equals(firstEndingAt(part, i - from), LIST.endingAt(text, from, i))) {
                            return false;
                        }
                    }
                    return true;
                });
    }

    @Test
    void earlierWordsWin() {
        assertEquals("一切", LIST.startingAt("一切都好", 0));
        assertEquals("不超过", LIST.endingAt("不超过5人", 3));
        assertEquals("超过", LIST.endingAt("超过5人", 2));
        assertNull(LIST.startingAt("人", 0));
        assertFalse(LIST.startsAt("", 0));
        assertTrue(LIST.endsAt("将近", 2));
    }

    @Test
    void charTableKeepsListOrderPerKey() {
        CharTable<String> table = CharTable.of(List.of("b1", "a1", "b2", "c1", "a2"), w -> w.charAt(0), String[]::new);
        assertEquals(List.of("a1", "a2"), List.of(table.get('a')));
        assertEquals(List.of("b1", "b2"), List.of(table.get('b')));
        assertNull(table.get('d'));
        assertNull(CharTable.of(List.<String>of(), w -> w.charAt(0), String[]::new).get('a'));
    }
}
