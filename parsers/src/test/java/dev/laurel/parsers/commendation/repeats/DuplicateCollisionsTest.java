package dev.laurel.parsers.commendation.repeats;

import dev.laurel.parsers.commendation.CollidingText;
import dev.laurel.parsers.commendation.text.LogicalParagraph;
import dev.laurel.parsers.commendation.text.LogicalText;
import dev.laurel.parsers.commendation.text.Paragraph;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Clauses whose {@link String#hashCode} collide (issue 14): the duplicate detector still finds exactly the
 * repeats, for every seed of its hashes, and its tables stay bounded per add even when the text was
 * written for a known seed. Speed is measured by {@code LinearTimeBenchmark} (shape colliding-clauses), not here.
 */
class DuplicateCollisionsTest {
    private static final int PER_PARAGRAPH = 64;

    @Test
    void theGeneratorsClausesAreDistinctAndShareOneStringHash() {
        Set<String> clauses = new HashSet<>();
        int hash = CollidingText.clause(0).hashCode();
        for (int n = 0; n < 5000; n++) {
            String c = CollidingText.clause(n);
            assertEquals(hash, c.hashCode(), c);
            assertTrue(clauses.add(c), c);
        }
    }

    @Test
    void distinctCollidingClausesAreNoRepeat() {
        List<String> paragraphs = paragraphs(0, 4096);
        assertEquals(List.of(), Duplicates.find(section(paragraphs)));
        SeenClauses seen = addAll(SectionKeys.of(section(paragraphs), KeyedHash.SEED));
        // The String.hashCode table probed n/2 slots per clause here; a keyed hash about 1.5.
        assertTrue(seen.steps() <= 4L * 4096, seen.steps() + " probes for 4096 clauses");
        assertTrue(seen.mostStepsOfAdd() <= bound(4096), seen.mostStepsOfAdd() + " probes in one add");
    }

    @Test
    void aRunOfCollidingClausesPastedAgainIsFoundExactly() {
        List<String> paragraphs = paragraphs(0, 4096);
        int last = paragraphs.size() - 1;
        String copy = CollidingText.clause(100) + "，" + CollidingText.clause(101) + "，"
                + CollidingText.clause(102) + "。";
        String before = paragraphs.get(last) + CollidingText.clause(9999) + "，";
        paragraphs.set(last, before + copy);
        assertEquals(List.of(new Duplicates.Region(last, before.length(), before.length() + copy.length())),
                Duplicates.find(section(paragraphs)));
    }

    @Test
    void theRegionsDoNotDependOnTheSeed() {
        List<String> paragraphs = paragraphs(0, 1024);
        paragraphs.add(CollidingText.clause(7) + "，" + CollidingText.clause(8) + "，" + CollidingText.clause(5000) + "。"
                + "全市投入8600万元用于部队基础设施建设。");
        paragraphs.add("开展活动。全年投入8600万元用于部队基础设施建设。" + CollidingText.clause(300) + "，"
                + CollidingText.clause(301) + "，" + CollidingText.clause(302) + "。");
        // The run 7, 8 in paragraph 16; in 17 the near-duplicate sentence and the run 300-302 after it, merged.
        List<Duplicates.Region> expected = List.of(new Duplicates.Region(16, 0, 26), new Duplicates.Region(17, 5, 65));
        assertEquals(expected, Duplicates.find(section(paragraphs)));
        for (long seed : new long[] {0, 1, -1, 42, Long.MIN_VALUE, 0x9E3779B97F4A7C15L}) {
            assertEquals(expected, Duplicates.find(section(paragraphs), seed), "seed " + seed);
        }
    }

    /**
     * Text written for a known seed puts every clause in one slot: the table sends those past
     * {@link SeenClauses#MAX_PROBES} probes to its tree, answers as a set of strings would, and no add costs
     * more than the probes and a tree path.
     */
    @Test
    void clausesAimedAtOneSlotUnderAKnownSeedStayBoundedPerAdd() {
        long seed = 42;
        int distinct = 600;
        int repeats = 200;
        int mask = SeenClauses.tableSize(distinct + repeats) - 1;
        List<String> aimed = new ArrayList<>();
        int slot = hash(CollidingText.clause(0), seed) & mask;
        for (int n = 0; aimed.size() < distinct; n++) {
            String c = CollidingText.clause(n);
            if ((hash(c, seed) & mask) == slot) {
                aimed.add(c);
            }
        }
        List<String> clauses = new ArrayList<>(aimed);
        for (int r = 0; r < repeats; r++) {
            clauses.add(aimed.get(r * 3 % distinct));
        }
        List<String> paragraphs = new ArrayList<>();
        for (int from = 0; from < clauses.size(); from += PER_PARAGRAPH) {
            paragraphs.add(String.join("，", clauses.subList(from, Math.min(clauses.size(), from + PER_PARAGRAPH))) + "。");
        }
        SectionKeys keys = SectionKeys.of(section(paragraphs), seed);
        assertEquals(clauses.size(), keys.clauses.size());
        SeenClauses seen = new SeenClauses(keys);
        Set<String> reference = new HashSet<>();
        for (int i = 0; i < clauses.size(); i++) {
            assertEquals(reference.add(clauses.get(i)), seen.add(i), "clause " + i);
        }
        assertTrue(seen.overflowed() > 0, "the aimed clauses overflow the probes");
        assertTrue(seen.mostStepsOfAdd() <= bound(clauses.size()), seen.mostStepsOfAdd() + " steps in one add");
        assertEquals(Duplicates.find(section(paragraphs), 7), Duplicates.find(section(paragraphs), seed));
    }

    @Test
    void signaturesAimedAtOneSlotUnderAKnownSeedStayBoundedPerPut() {
        long seed = 42;
        int capacity = 400;
        int mask = SeenClauses.tableSize(capacity) - 1;
        List<Long> aimed = new ArrayList<>();
        int slot = KeyedHash.of(0, seed) & mask;
        for (long s = 0; aimed.size() < capacity / 2; s++) {
            if ((KeyedHash.of(s, seed) & mask) == slot) {
                aimed.add(s);
            }
        }
        LastBySignature last = new LastBySignature(capacity, seed);
        Map<Long, Integer> reference = new HashMap<>();
        for (int i = 0; i < capacity; i++) {
            long signature = aimed.get(i * 7 % aimed.size());
            assertEquals(reference.getOrDefault(signature, -1), last.put(signature, i), "put " + i);
            reference.put(signature, i);
        }
        assertTrue(last.overflowed() > 0, "the aimed signatures overflow the probes");
        assertTrue(last.mostProbes() <= LastBySignature.MAX_PROBES);
    }

    /** Probes and the comparisons of one red-black tree insertion (height at most 2 log2(n + 1), plus one). */
    private static int bound(int n) {
        return SeenClauses.MAX_PROBES + 2 * (32 - Integer.numberOfLeadingZeros(n + 1)) + 1;
    }

    /** The hash {@link SectionKeys} gives a clause of ideographs under {@code seed}. */
    private static int hash(String clause, long seed) {
        long state = seed;
        for (int i = 0; i < clause.length(); i++) {
            state = KeyedHash.step(state, clause.charAt(i));
        }
        return KeyedHash.finish(state, seed);
    }

    private static SeenClauses addAll(SectionKeys keys) {
        SeenClauses seen = new SeenClauses(keys);
        for (int i = 0; i < keys.clauses.size(); i++) {
            assertTrue(seen.add(i), "clause " + i + " is new");
        }
        return seen;
    }

    /** Colliding clauses {@code from} to {@code from + count}, {@link #PER_PARAGRAPH} a paragraph. */
    private static List<String> paragraphs(int from, int count) {
        List<String> out = new ArrayList<>();
        StringBuilder b = new StringBuilder();
        for (int n = from; n < from + count; n++) {
            b.append(CollidingText.clause(n));
            boolean end = n == from + count - 1 || (n - from) % PER_PARAGRAPH == PER_PARAGRAPH - 1;
            b.append(end ? "。" : "，");
            if (end) {
                out.add(b.toString());
                b.setLength(0);
            }
        }
        return out;
    }

    private static List<LogicalParagraph> section(List<String> paragraphs) {
        String source = String.join("\n", paragraphs);
        List<LogicalParagraph> out = new ArrayList<>();
        int offset = 0;
        for (int i = 0; i < paragraphs.size(); i++) {
            Paragraph p = new Paragraph(i, offset, offset + paragraphs.get(i).length(), paragraphs.get(i));
            out.add(new LogicalParagraph(new LogicalText().append(source, p), 1));
            offset += paragraphs.get(i).length() + 1;
        }
        return out;
    }
}
