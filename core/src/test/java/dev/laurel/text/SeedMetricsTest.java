package dev.laurel.text;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * Scans each awardee section of the seed and scores the metrics against the gold the way
 * shared/tools/score.py does: greedy one-to-one match on (value, unit), 名/位 count as 人, gold marked
 * uncertain is neither owed nor counted against.
 */
class SeedMetricsTest {
    /** The sample, in the repository's seeds folder (tests run with the module as working directory). */
    static final java.nio.file.Path SEED = java.nio.file.Path.of("..", "seeds", "000_8580ebc5395fa60a.txt");

    static String resource(String name) throws IOException {
        try (InputStream in = SeedMetricsTest.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IOException("missing test resource " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** Sections by heading; a heading is a short line naming a region (浙江省杭州市). Test-side only. */
    static Map<String, String> sections(String text) {
        Map<String, String> out = new LinkedHashMap<>();
        String name = null;
        StringBuilder body = new StringBuilder();
        for (String line : text.split("\n", -1)) {
            String l = line.strip();
            if (l.length() <= 12 && l.matches("\\p{IsHan}{2,6}省\\p{IsHan}{2,6}[市县区旗州盟]")) {
                if (name != null) {
                    out.put(name, body.toString());
                }
                name = l.substring(l.indexOf('省') + 1);
                body.setLength(0);
            } else if (name != null) {
                body.append(line).append('\n');
            }
        }
        if (name != null) {
            out.put(name, body.toString());
        }
        return out;
    }

    /**
     * The metric candidates of one section: honour counts dropped, and a quantity repeated with the same
     * text and the same few chars around it dropped (a duplicated block; the parser detects those blocks
     * itself and reports them as duplicate-paragraph).
     */
    static List<Quantity> metrics(String section) {
        List<Quantity> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (Quantity q : new QuantityScanner().scan(section)) {
            if (q.kind() == QuantityKind.HONOR_COUNT) {
                continue;
            }
            String before = section.substring(Math.max(0, q.start() - 4), q.start());
            String after = section.substring(q.end(), Math.min(section.length(), q.end() + 4));
            if (seen.add(before + "|" + q.text() + "|" + after)) {
                out.add(q);
            }
        }
        return out;
    }

    static String unitKey(String u) {
        if (u == null) {
            return "";
        }
        return u.equals("名") || u.equals("位") ? "人" : u;
    }

    @Test
    void seedMetricsMatchTheGold() throws IOException {
        JsonNode gold = new ObjectMapper().readTree(resource("/gold/seed-gold.json"));
        Map<String, String> sections = sections(java.nio.file.Files.readString(SEED, StandardCharsets.UTF_8));
        int tp = 0;
        int qualOk = 0;
        int certain = 0;
        int predicted = 0;
        for (JsonNode a : gold.get("awardees")) {
            String name = a.get("name").asString();
            String section = sections.get(name);
            assertTrue(section != null, "no section for " + name);
            List<Quantity> pred = metrics(section);
            boolean[] used = new boolean[pred.size()];
            List<JsonNode> ordered = new ArrayList<>();
            a.get("metrics").forEach(m -> {
                if (!m.path("uncertain").asBoolean(false)) {
                    ordered.add(m);
                }
            });
            a.get("metrics").forEach(m -> {
                if (m.path("uncertain").asBoolean(false)) {
                    ordered.add(m);
                }
            });
            int unsureFound = 0;
            List<String> missed = new ArrayList<>();
            for (JsonNode g : ordered) {
                boolean unsure = g.path("uncertain").asBoolean(false);
                BigDecimal gv = new BigDecimal(g.get("value").asString());
                int hit = -1;
                for (int i = 0; i < pred.size(); i++) {
                    if (!used[i] && pred.get(i).value().compareTo(gv) == 0
                            && unitKey(g.get("unit").asString()).equals(unitKey(pred.get(i).unit()))) {
                        hit = i;
                        break;
                    }
                }
                if (!unsure) {
                    certain++;
                }
                if (hit < 0) {
                    if (!unsure) {
                        missed.add(g.get("text").asString());
                    }
                    continue;
                }
                used[hit] = true;
                if (unsure) {
                    unsureFound++;
                    continue;
                }
                tp++;
                String want = g.get("qualifier").asString();
                if (want.equals(pred.get(hit).qualifier().id())) {
                    qualOk++;
                } else {
                    System.out.println("  qualifier " + name + " " + g.get("text").asString() + ": gold " + want
                            + " got " + pred.get(hit).qualifier().id());
                }
            }
            predicted += pred.size() - unsureFound;
            List<String> extra = new ArrayList<>();
            for (int i = 0; i < pred.size(); i++) {
                if (!used[i]) {
                    extra.add(pred.get(i).text().replace("\n", "\\n"));
                }
            }
            if (!missed.isEmpty() || !extra.isEmpty()) {
                System.out.println("  " + name + ": missed " + missed + " extra " + extra);
            }
        }
        double recall = (double) tp / certain;
        double precision = (double) tp / predicted;
        double qual = (double) qualOk / tp;
        System.out.printf("seed metrics: recall=%.3f (%d/%d) precision=%.3f (%d/%d) qualifier=%.3f (%d/%d)%n",
                recall, tp, certain, precision, tp, predicted, qual, qualOk, tp);
        assertTrue(recall >= 0.97, "recall " + recall);
        assertTrue(precision >= 0.95, "precision " + precision);
        assertTrue(qual >= 0.97, "qualifier accuracy " + qual);
    }
}
