package dev.laurel.examples.corpus;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.laurel.Laurel;
import dev.laurel.model.Announcement;
import dev.laurel.model.Awardee;
import dev.laurel.model.Diagnostic;
import dev.laurel.model.Initiative;
import dev.laurel.model.Metric;
import dev.laurel.spi.ParseOptions;
import dev.laurel.spi.Source;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/**
 * The parser on a few hundred generated documents against their gold records: precision and recall
 * of the roster, the awardees, the honour counts, the initiatives and the metrics, and the recall of
 * the diagnostics the defects call for. Figures are printed; the bars are 0.95.
 */
class CorpusGoldTest {

    static final int DOCUMENTS = 300;
    static final long SEED = 20240423L;
    static final double BAR = 0.95;

    /** True positives, predictions and gold items of one measure. */
    static final class Tally {
        long tp;
        long predicted;
        long gold;
        final List<String> misses = new ArrayList<>();

        double precision() {
            return predicted == 0 ? 1 : (double) tp / predicted;
        }

        double recall() {
            return gold == 0 ? 1 : (double) tp / gold;
        }

        void miss(String what) {
            if (misses.size() < 12) {
                misses.add(what);
            }
        }

        String line(String name) {
            return String.format(Locale.ROOT, "%-12s P=%.4f R=%.4f (%d/%d gold, %d predicted)%s", name, precision(),
                    recall(), tp, gold, predicted, misses.isEmpty() ? "" : " e.g. " + misses);
        }
    }

    static final Map<String, String> UNIT_ALIASES = Map.of("名", "人", "位", "人");

    @Test
    void generatedDocumentsMatchTheirGold() throws Exception {
        CorpusGenerator generator = new CorpusGenerator(SEED);
        Tally roster = new Tally();
        Tally awardees = new Tally();
        Tally times = new Tally();
        Tally initiatives = new Tally();
        Tally metrics = new Tally();
        Tally qualifiers = new Tally();
        Tally labels = new Tally();
        Tally diagnostics = new Tally();
        Map<String, Integer> shapes = new TreeMap<>();
        long bytes = 0;
        for (int i = 0; i < DOCUMENTS; i++) {
            CorpusGenerator.Document d = generator.generate(i);
            byte[] b = d.bytes();
            bytes += b.length;
            shapes.merge((d.name().endsWith(".html") ? "html " : "") + d.charset().name(), 1, Integer::sum);
            Source source = Source.of(b, d.name(), null);
            assertEquals(d.charset(), source.charset(), d.name() + ": the charset is detected");
            Announcement a = Laurel.parse(source, ParseOptions.defaults());
            JsonNode gold = CorpusGenerator.JSON.valueToTree(d.gold());
            score(d.name(), gold, a, roster, awardees, times, initiatives, metrics, qualifiers, labels, diagnostics);
        }
        String report = String.join("\n", List.of(
                String.format(Locale.ROOT, "generated corpus: %d documents, %.2f MB, charsets %s, seed %d", DOCUMENTS,
                        bytes / 1e6, shapes, SEED),
                roster.line("roster"), awardees.line("awardees"), times.line("times"), initiatives.line("initiatives"),
                metrics.line("metrics"), qualifiers.line("qualifiers"), labels.line("labels"),
                diagnostics.line("diagnostics")));
        System.out.println(report);
        for (Tally t : List.of(roster, awardees, times, initiatives, metrics, qualifiers, labels, diagnostics)) {
            assertTrue(t.precision() >= BAR && t.recall() >= BAR, report);
        }
    }

    static void score(String doc, JsonNode gold, Announcement a, Tally roster, Tally awardees, Tally times,
                      Tally initiatives, Tally metrics, Tally qualifiers, Tally labels, Tally diagnostics) {
        Set<String> goldRoster = new HashSet<>();
        gold.path("roster").forEach(r -> goldRoster.add(r.path("name").asString()));
        roster.gold += goldRoster.size();
        roster.predicted += a.roster().size();
        a.roster().forEach(r -> {
            if (goldRoster.contains(r.name())) {
                roster.tp++;
            } else {
                roster.miss(doc + " extra " + r.name());
            }
        });

        Map<String, Awardee> predicted = new HashMap<>();
        a.awardees().forEach(w -> predicted.putIfAbsent(w.name(), w));
        awardees.predicted += a.awardees().size();
        for (JsonNode g : gold.path("awardees")) {
            String name = g.path("name").asString();
            awardees.gold++;
            Awardee w = predicted.get(name);
            if (w == null) {
                awardees.miss(doc + " " + name);
                continue;
            }
            awardees.tp++;
            // Times: a prediction is the (count, kind) pair; null counts are not predictions.
            Integer gt = g.path("timesHonored").isNull() ? null : g.path("timesHonored").asInt();
            String gk = g.path("timesKind").isNull() ? null : g.path("timesKind").asString();
            String pk = w.timesKind() == null ? null : w.timesKind().id();
            if (gt != null) {
                times.gold++;
            }
            if (w.timesHonored() != null) {
                times.predicted++;
            }
            if (gt != null && Objects.equals(gt, w.timesHonored()) && Objects.equals(gk, pk)) {
                times.tp++;
            } else if (gt != null || w.timesHonored() != null) {
                times.miss(doc + " " + name + " gold " + gt + "/" + gk + " got " + w.timesHonored() + "/" + pk);
            }

            Set<String> gi = new HashSet<>();
            g.path("initiatives").forEach(n -> gi.add(n.asString()));
            initiatives.gold += gi.size();
            initiatives.predicted += w.initiatives().size();
            for (Initiative i : w.initiatives()) {
                if (gi.contains(i.title())) {
                    initiatives.tp++;
                } else {
                    initiatives.miss(doc + " " + name + " extra " + i.title());
                }
            }

            List<Metric> left = new ArrayList<>(w.metrics());
            metrics.predicted += left.size();
            for (JsonNode gm : g.path("metrics")) {
                metrics.gold++;
                BigDecimal value = new BigDecimal(gm.path("value").asString());
                String unit = unitKey(gm.path("unit").asString());
                Metric hit = null;
                for (Metric m : left) {
                    if (m.value().compareTo(value) == 0 && unitKey(m.unit()).equals(unit)) {
                        hit = m;
                        break;
                    }
                }
                if (hit == null) {
                    metrics.miss(doc + " " + name + " missed " + gm.path("text").asString());
                    continue;
                }
                left.remove(hit);
                metrics.tp++;
                labels.gold++;
                labels.predicted++;
                String label = gm.path("label").asString();
                if (label.equals(hit.label())) {
                    labels.tp++;
                } else {
                    labels.miss(doc + " " + name + " " + gm.path("text").asString() + " gold " + label + " got "
                            + hit.label());
                }
                qualifiers.gold++;
                qualifiers.predicted++;
                if (hit.qualifier().id().equals(gm.path("qualifier").asString())
                        && hit.cumulative() == gm.path("cumulative").asBoolean()) {
                    qualifiers.tp++;
                } else {
                    qualifiers.miss(doc + " " + name + " " + gm.path("text").asString() + " gold "
                            + gm.path("qualifier").asString() + "/" + gm.path("cumulative").asBoolean() + " got "
                            + hit.qualifier().id() + "/" + hit.cumulative());
                }
            }
            left.forEach(m -> metrics.miss(doc + " " + name + " extra " + m.text()));
        }
        Set<String> goldNames = new HashSet<>();
        gold.path("awardees").forEach(g -> goldNames.add(g.path("name").asString()));
        a.awardees().stream().filter(w -> !goldNames.contains(w.name()))
                .forEach(w -> awardees.miss(doc + " extra " + w.name()));

        // Diagnostics the defects call for: missing-section, truncated-section, split-paragraph-joined,
        // duplicate-paragraph.
        Set<String> wanted = new HashSet<>();
        gold.path("missingSections").forEach(n -> wanted.add("missing-section " + n.asString()));
        for (JsonNode g : gold.path("awardees")) {
            for (JsonNode d : g.path("defects")) {
                String kind = d.path("kind").asString();
                wanted.add((kind.equals("truncated") ? "truncated-section"
                        : kind.equals("split-paragraph") ? "split-paragraph-joined" : kind) + " " + g.path("name").asString());
            }
        }
        Set<String> reported = new HashSet<>();
        for (Diagnostic d : a.allIssues()) {
            reported.add(d.kind().id() + " " + d.awardee());
        }
        diagnostics.gold += wanted.size();
        for (String w : wanted) {
            if (reported.contains(w)) {
                diagnostics.tp++;
            } else {
                diagnostics.miss(doc + " " + w);
            }
        }
        // Precision: reported diagnostics of these kinds that the gold does not call for.
        for (String r : reported) {
            if (r.startsWith("missing-section ") || r.startsWith("truncated-section ")
                    || r.startsWith("split-paragraph-joined ") || r.startsWith("duplicate-paragraph ")) {
                diagnostics.predicted++;
                if (!wanted.contains(r)) {
                    diagnostics.miss(doc + " unexpected " + r);
                }
            }
        }
    }

    static String unitKey(String unit) {
        return unit == null ? "" : UNIT_ALIASES.getOrDefault(unit, unit);
    }

    @Test
    void theSameSeedWritesTheSameCorpus(@TempDir Path dir) throws Exception {
        CorpusGenerator a = new CorpusGenerator(7);
        CorpusGenerator b = new CorpusGenerator(7);
        assertArrayEquals(a.generate(42).bytes(), b.generate(42).bytes());
        assertEquals(a.generate(42).gold(), b.generate(42).gold());
        long written = a.write(dir, 5);
        assertTrue(written > 0);
        assertEquals(10, Files.list(dir).count(), "a document and a gold file each");
        assertArrayEquals(a.generate(3).bytes(), Files.readAllBytes(dir.resolve("gen-000003.txt")));
        assertTrue(!java.util.Arrays.equals(a.generate(3).bytes(), new CorpusGenerator(8).generate(3).bytes()));
    }
}
