package dev.laurel.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.laurel.Laurel;
import dev.laurel.spi.ExporterRegistry;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.BiFunction;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The command as the README runs it, on the original seed, with the plugins on the class path (the
 * plain-text parser of laurel-parsers and the JSON exporters of laurel-exporters). The tests that
 * need the real exporters are skipped while laurel-exporters has none; the others use a test JSON
 * exporter (Jackson over the pinned record names).
 */
class SeedRunTest {

    /** Tests run in examples/, the seeds are one level up. */
    static final Path SEED = Path.of("..", "seeds", "000_8580ebc5395fa60a.txt");

    static final List<String> ROSTER = List.of("杭州市", "宁波市", "温州市", "湖州市", "嘉兴市", "绍兴市", "金华市", "衢州市",
            "舟山市", "台州市", "丽水市", "象山县", "长兴县", "义乌市", "平阳县", "平湖市", "青田县", "温岭市", "江山市", "嵊泗县");

    static final List<String> SECTIONS = List.of("杭州市", "金华市", "衢州市", "舟山市", "台州市", "丽水市", "象山县",
            "长兴县", "义乌市", "平阳县", "平湖市", "青田县", "温岭市", "江山市", "嵊泗县");

    @BeforeAll
    static void needsTheParser() {
        assertTrue(Files.isRegularFile(SEED), "the seed must be at " + SEED.toAbsolutePath());
        assertTrue(Laurel.parsers().find("commendation-text").isPresent(),
                "laurel-parsers must register 'commendation-text'; found " + Laurel.parsers().names());
    }

    /** The real JSON exporters must be registered: a lost service file fails the build. */
    static void needsTheJsonExporters() {
        assertTrue(Laurel.exporters().find("json").isPresent(),
                "laurel-exporters must register 'json'; found " + Laurel.exporters().names());
    }

    /** The real parsers, and the test JSON exporter in place of laurel-exporters. */
    static final BiFunction<PrintStream, PrintStream, CliContext> REAL_PARSERS_TEST_JSON = (out, err) ->
            new CliContext(Laurel.parsers(), ExporterRegistry.of(TestExporters.json("json"),
                    TestExporters.json("jsonl")), out, err);

    static List<String> names(JsonNode array) {
        return array.valueStream().map(n -> n.get("name").asString()).toList();
    }

    @Test
    void parseTheSeedPrintsItsRosterAndSections() {
        needsTheJsonExporters();
        assertSeedJson(CliRun.run("parse", SEED.toString()));
    }

    @Test
    void parseTheSeedWithTheParserOnTheClassPath() {
        assertSeedJson(CliRun.run(REAL_PARSERS_TEST_JSON, "parse", SEED.toString()));
    }

    static void assertSeedJson(CliRun r) {
        assertEquals(0, r.code(), r.toString());
        JsonNode json = TestExporters.MAPPER.readTree(r.out());
        assertEquals(ROSTER, names(json.get("roster")), "the 20 roster names in text order");
        JsonNode awardees = json.get("awardees");
        assertEquals(SECTIONS, names(awardees), "the 15 deeds sections");
        for (JsonNode a : awardees) {
            JsonNode summary = a.get("summary");
            assertTrue(summary != null && summary.isString() && !summary.asString().isBlank(),
                    "a summary for " + a.get("name"));
        }
        assertEquals("000_8580ebc5395fa60a.txt", json.get("source").get("name").asString());
        assertFalse(r.err().contains("\tat "), r.err());
    }

    @Test
    void theSeedTwiceGivesTwoJsonLines() {
        needsTheJsonExporters();
        CliRun r = CliRun.run("parse", SEED.toString(), SEED.toString());
        assertEquals(0, r.code(), r.toString());
        List<String> lines = r.outLines();
        assertEquals(2, lines.size(), "one compact JSON object per line");
        for (String line : lines) {
            assertEquals(ROSTER, names(TestExporters.MAPPER.readTree(line).get("roster")));
        }
    }

    @Test
    void jsonLinesAreLeanByDefaultAndFullWithFullAndReadBackToTheSameRecords() throws Exception {
        needsTheJsonExporters();
        CliRun lean = CliRun.run("parse", "--jobs", "2", "--progress", "none", SEED.toString(), SEED.toString());
        CliRun full = CliRun.run("parse", "--jobs", "2", "--progress", "none", "--full", SEED.toString(),
                SEED.toString());
        CliRun compact = CliRun.run("parse", "--compact", SEED.toString());
        CliRun pretty = CliRun.run("parse", SEED.toString());
        assertEquals(0, lean.code(), lean.toString());
        assertEquals(0, full.code(), full.toString());
        assertFalse(lean.out().contains("null"), "no null members");
        assertFalse(lean.out().contains("[]"), "no empty lists");
        assertFalse(lean.out().contains("false"), "no false members");
        assertTrue(full.out().contains("\"upper\":null"), "every member with --full");
        assertTrue(lean.outBytes().length < full.outBytes().length * 0.9,
                lean.outBytes().length + " vs " + full.outBytes().length);
        assertEquals(lean.outLines().get(0), compact.out().strip(), "--compact JSON is the lean line");
        var one = Laurel.read(new java.io.ByteArrayInputStream(pretty.outBytes()));
        assertEquals(one, Laurel.read(new java.io.ByteArrayInputStream(lean.outLines().get(1).getBytes(
                java.nio.charset.StandardCharsets.UTF_8))));
        assertEquals(List.of(one.get(0), one.get(0)), Laurel.read(new java.io.ByteArrayInputStream(full.outBytes())));
    }

    @Test
    void theSeedIsChosenForTheCommendationParserNotTheRosterPlugin() {
        CliRun r = CliRun.run(REAL_PARSERS_TEST_JSON, "parse", "--verbose", SEED.toString());
        assertEquals(0, r.code(), r.toString());
        assertTrue(r.err().contains("commendation-text"), r.err());
    }
}
