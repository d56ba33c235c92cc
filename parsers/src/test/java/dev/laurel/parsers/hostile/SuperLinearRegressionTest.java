package dev.laurel.parsers.hostile;

import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.laurel.parsers.commendation.CommendationTextParser;
import dev.laurel.spi.ParseOptions;
import dev.laurel.spi.Source;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * Inputs on which the plain-text parser did quadratic work, found by LinearTimeBenchmark and the
 * hostile-input tests, and fixed on main by "Parser in linear time on adversarial text" (ce1e07a).
 * The limits are about 30 times what a linear parse of 1 MB takes on a loaded two-core machine
 * (~0.3-1 s); the quadratic versions took 20 s and more than 150 s.
 */
class SuperLinearRegressionTest {

    private static void parse(String text) {
        new CommendationTextParser().parse(Source.ofText(text, "adversarial"), ParseOptions.defaults());
    }

    /**
     * One long clause (no ，。；) holding an honour count every few dozen chars: HonorFacts.read
     * (HonorFacts.java:39) calls clause(simplified, c.start(), c.end()) for every count, and clause()
     * walks to the clause ends on both sides and copies the clause, which here is the whole summary:
     * O(counts x length). 1 MB: killed after 150 s; after the fix 0.3 s.
     */
    @Test
    void honourCountsInOneLongClause() {
        String text = "杭州市坚持双拥优良传统先后9次被命名为全国双拥模范城".repeat(40_000); // 1.1 MB UTF-8
        assertTimeoutPreemptively(Duration.ofSeconds(30), () -> parse(text));
    }

    /**
     * A 、-separated list of place names: Places.find (Places.java:56) checks every SHAPED match
     * against every mention found so far with out.stream().noneMatch(...): O(shaped x mentions).
     * Reached through RosterRuns.find (RosterRuns.java:24) from RosterReader.read. 1 MB: 20.5 s
     * (2 MB: killed after 150 s); after the fix 0.35 s.
     */
    @Test
    void longListOfNamesSeparatedByIdeographicCommas() {
        String text = "分别是：" + "南京市、无锡市、徐州市、苏州市、南通市、扬州市、张家港市、沛县、".repeat(12_000) + "杭州市。";
        assertTimeoutPreemptively(Duration.ofSeconds(30), () -> parse(text));
    }
}
