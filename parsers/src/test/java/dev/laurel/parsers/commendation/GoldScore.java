package dev.laurel.parsers.commendation;

import dev.laurel.model.Announcement;
import dev.laurel.model.Awardee;
import dev.laurel.model.Diagnostic;
import dev.laurel.model.Initiative;
import dev.laurel.model.Metric;
import dev.laurel.model.RosterEntry;
import java.math.BigDecimal;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import tools.jackson.databind.JsonNode;

/**
 * Compares an announcement with a hand-checked gold file the way {@code shared/tools/score.py} does:
 * names after NFKC, metrics matched one-to-one on value and unit (名 and 位 count as 人), gold metrics
 * marked {@code uncertain} neither owed nor counted against.
 */
final class GoldScore {
    final List<String> lines = new ArrayList<>();
    int rosterFound;
    int rosterGold;
    boolean rosterOrderKept;
    int awardeesFound;
    int awardeesGold;
    int awardeesPredicted;
    int timesRight;
    int timesKindRight;
    int provincialTimesRight;
    int initiativesTp;
    int initiativesPredicted;
    int initiativesGold;
    int metricsTp;
    /** Matched metrics with a gold label, and how many of their labels are exact or unrelated ({@code score_set.py}). */
    int labelsGold;
    int labelsExact;
    int labelsUnrelated;
    int metricsPredicted;
    int metricsGold;
    int qualifierRight;
    /** Header fields, roster kinds, honour titles and summaries that differ from the gold. */
    final List<String> fieldsWrong = new ArrayList<>();
    final List<String> diagnosticsWanted = new ArrayList<>();
    final List<String> diagnosticsMissed = new ArrayList<>();

    private static final Map<String, String> UNIT_ALIASES = Map.of("名", "人", "位", "人");

    static String norm(String s) {
        if (s == null) {
            return null;
        }
        String n = Normalizer.normalize(s, Normalizer.Form.NFKC).strip();
        int end = n.length();
        while (end > 0 && "。.,，".indexOf(n.charAt(end - 1)) >= 0) {
            end--;
        }
        return n.substring(0, end);
    }

    static GoldScore score(JsonNode gold, Announcement out) {
        GoldScore s = new GoldScore();
        s.compare(gold, out);
        return s;
    }

    private void field(String what, JsonNode gold, Object got) {
        String want = gold == null || gold.isNull() || gold.isMissingNode() ? null : norm(gold.asString());
        String have = got == null ? null : norm(String.valueOf(got));
        if (!java.util.Objects.equals(want, have)) {
            fieldsWrong.add(what + ": gold " + want + " got " + have);
        }
    }

    private void compare(JsonNode gold, Announcement out) {
        field("title", gold.path("title"), out.title());
        field("honor", gold.path("honor"), out.honor());
        field("province", gold.path("province"), out.province());
        JsonNode event = gold.path("event");
        field("event.date", event.path("date"), out.event() == null ? null : out.event().date());
        field("event.place", event.path("place"), out.event() == null ? null : out.event().place());
        field("event.name", event.path("name"), out.event() == null ? null : out.event().name());
        for (JsonNode r : gold.path("roster")) {
            out.roster().stream().filter(e -> norm(e.name()).equals(norm(r.path("name").asString()))).findFirst()
                    .ifPresent(e -> field("roster kind " + e.name(), r.path("kind"), e.kind() == null ? null : e.kind().id()));
        }
        List<String> goldRoster = new ArrayList<>();
        gold.path("roster").forEach(r -> goldRoster.add(norm(r.path("name").asString())));
        List<String> predRoster = out.roster().stream().map(RosterEntry::name).map(GoldScore::norm).toList();
        rosterGold = goldRoster.size();
        rosterFound = (int) goldRoster.stream().filter(new HashSet<>(predRoster)::contains).count();
        rosterOrderKept = goldRoster.equals(predRoster);
        lines.add("roster: " + rosterFound + "/" + rosterGold + " found, " + predRoster.size() + " predicted, order "
                + (rosterOrderKept ? "kept" : "differs"));

        Map<String, Awardee> pred = new LinkedHashMap<>();
        out.awardees().forEach(a -> pred.putIfAbsent(norm(a.name()), a));
        awardeesPredicted = pred.size();
        List<JsonNode> goldAwardees = new ArrayList<>();
        gold.path("awardees").forEach(goldAwardees::add);
        awardeesGold = goldAwardees.size();
        for (JsonNode g : goldAwardees) {
            String name = norm(g.path("name").asString());
            Awardee a = pred.get(name);
            if (a == null) {
                lines.add("  missing awardee " + name);
                continue;
            }
            awardeesFound++;
            Integer times = g.path("timesHonored").isNull() || g.path("timesHonored").isMissingNode() ? null
                    : g.path("timesHonored").asInt();
            String kind = g.path("timesKind").isNull() || g.path("timesKind").isMissingNode() ? null
                    : g.path("timesKind").asString();
            if (java.util.Objects.equals(times, a.timesHonored())) {
                timesRight++;
                String got = a.timesKind() == null ? null : a.timesKind().id();
                if (java.util.Objects.equals(kind, got)) {
                    timesKindRight++;
                } else {
                    lines.add("  timesKind " + name + ": gold " + kind + " got " + got);
                }
            } else {
                lines.add("  timesHonored " + name + ": gold " + times + " got " + a.timesHonored());
            }
            JsonNode gp = g.path("provincialTimes");
            Integer provincial = gp.isNull() || gp.isMissingNode() ? null : gp.asInt();
            if (java.util.Objects.equals(provincial, a.provincialTimesHonored())) {
                provincialTimesRight++;
            } else {
                lines.add("  provincialTimes " + name + ": gold " + provincial + " got " + a.provincialTimesHonored());
            }
            field("honorTitle " + name, g.path("honorTitle"), a.honorTitle());
            field("summary " + name, g.path("summary"), a.summary());
            Set<String> gi = new TreeSet<>();
            g.path("initiatives").forEach(i -> gi.add(norm(i.asString())));
            Set<String> pi = new TreeSet<>();
            for (Initiative i : a.initiatives()) {
                pi.add(norm(i.title()));
            }
            initiativesGold += gi.size();
            initiativesPredicted += a.initiatives().size();
            Set<String> both = new TreeSet<>(gi);
            both.retainAll(pi);
            initiativesTp += both.size();
            if (!gi.equals(pi)) {
                Set<String> missing = new TreeSet<>(gi);
                missing.removeAll(pi);
                Set<String> extra = new TreeSet<>(pi);
                extra.removeAll(gi);
                lines.add("  initiatives " + name + ": missing " + missing + " extra " + extra);
            }
            matchMetrics(name, g.path("metrics"), a.metrics());
            for (JsonNode d : g.path("defects")) {
                String k = d.path("kind").asString();
                if (k.equals("duplicate-paragraph") || k.equals("truncated") || k.equals("foreign-content")
                        || k.equals("unlisted-section")) {
                    String want = (k.equals("truncated") ? "truncated-section" : k) + " " + name;
                    if (!diagnosticsWanted.contains(want)) {
                        diagnosticsWanted.add(want);
                    }
                }
            }
        }
        for (Map.Entry<String, Awardee> e : pred.entrySet()) {
            boolean inGold = goldAwardees.stream().anyMatch(g -> norm(g.path("name").asString()).equals(e.getKey()));
            if (!inGold) {
                metricsPredicted += e.getValue().metrics().size();
                lines.add("  extra awardee " + e.getKey());
            }
        }
        gold.path("missingSections").forEach(n -> diagnosticsWanted.add("missing-section " + norm(n.asString())));
        Set<String> reported = new HashSet<>();
        for (Diagnostic d : out.issues()) {
            reported.add(d.kind().id() + " " + norm(d.awardee()));
        }
        for (Awardee a : out.awardees()) {
            for (Diagnostic d : a.issues()) {
                reported.add(d.kind().id() + " " + norm(a.name()));
            }
        }
        for (String w : diagnosticsWanted) {
            if (!reported.contains(w)) {
                diagnosticsMissed.add(w);
            }
        }
        lines.add(String.format("awardees: %d/%d found, %d predicted", awardeesFound, awardeesGold, awardeesPredicted));
        lines.add(String.format("timesHonored: %d/%d exact, kind %d/%d; provincialTimes %d/%d", timesRight,
                awardeesGold, timesKindRight, awardeesGold, provincialTimesRight, awardeesGold));
        lines.add(String.format("initiatives: P=%.3f R=%.3f F1=%.3f (%d/%d; predicted %d)", initiativesPrecision(),
                initiativesRecall(), initiativesF1(), initiativesTp, initiativesGold, initiativesPredicted));
        lines.add(String.format("metrics: P=%.3f R=%.3f F1=%.3f (%d/%d; predicted %d; qualifier right %d/%d)",
                metricsPrecision(), metricsRecall(), f1(metricsPrecision(), metricsRecall()), metricsTp, metricsGold,
                metricsPredicted, qualifierRight, metricsTp));
        lines.add(String.format("labels: %d/%d exact, %d unrelated", labelsExact, labelsGold, labelsUnrelated));
        lines.add("fields: " + fieldsWrong.size() + " differ " + fieldsWrong);
        lines.add("diagnostics: " + (diagnosticsWanted.size() - diagnosticsMissed.size()) + "/"
                + diagnosticsWanted.size() + " expected issues reported; not reported " + diagnosticsMissed);
    }

    private void matchMetrics(String name, JsonNode goldMetrics, List<Metric> predicted) {
        List<JsonNode> certain = new ArrayList<>();
        List<JsonNode> unsure = new ArrayList<>();
        goldMetrics.forEach(m -> (m.path("uncertain").asBoolean(false) ? unsure : certain).add(m));
        boolean[] used = new boolean[predicted.size()];
        List<String> missed = new ArrayList<>();
        int unsureFound = 0;
        List<JsonNode> all = new ArrayList<>(certain);
        all.addAll(unsure);
        for (JsonNode g : all) {
            boolean isUnsure = g.path("uncertain").asBoolean(false);
            BigDecimal value = new BigDecimal(g.path("value").asString());
            String unit = unitKey(g.path("unit").isNull() ? null : g.path("unit").asString());
            int hit = -1;
            for (int i = 0; i < predicted.size(); i++) {
                Metric p = predicted.get(i);
                if (!used[i] && sameValue(p.value(), value) && unitKey(p.unit()).equals(unit)) {
                    hit = i;
                    break;
                }
            }
            if (hit < 0) {
                if (!isUnsure) {
                    missed.add(g.path("text").asString());
                }
                continue;
            }
            used[hit] = true;
            if (isUnsure) {
                unsureFound++;
                continue;
            }
            metricsTp++;
            String goldLabel = g.path("label").asString("");
            if (!goldLabel.isEmpty()) {
                String kind = DevsetScore.labelMatch(goldLabel, predicted.get(hit).label());
                labelsGold++;
                labelsExact += kind.equals("exact") ? 1 : 0;
                labelsUnrelated += kind.equals("unrelated") ? 1 : 0;
            }
            String q = g.path("qualifier").asString("exact");
            if (q.equals(predicted.get(hit).qualifier().id())) {
                qualifierRight++;
            } else {
                lines.add("  qualifier " + name + " " + g.path("text").asString() + ": gold " + q + " got "
                        + predicted.get(hit).qualifier().id());
            }
        }
        metricsGold += certain.size();
        metricsPredicted += predicted.size() - unsureFound;
        List<String> extra = new ArrayList<>();
        for (int i = 0; i < predicted.size(); i++) {
            if (!used[i]) {
                extra.add(predicted.get(i).text());
            }
        }
        if (!missed.isEmpty() || !extra.isEmpty()) {
            lines.add("  metrics " + name + ": missed " + missed + " extra " + extra);
        }
    }

    /** Equal within 1e-9 relative, as score.py compares: a gold 100/3 written as a double matches 33.33…. */
    private static boolean sameValue(BigDecimal a, BigDecimal b) {
        BigDecimal scale = a.abs().max(b.abs()).max(BigDecimal.ONE);
        return a.subtract(b).abs().compareTo(scale.multiply(new BigDecimal("1e-9"))) <= 0;
    }

    private static String unitKey(String unit) {
        String u = norm(unit);
        if (u == null) {
            return "";
        }
        return UNIT_ALIASES.getOrDefault(u, u);
    }

    double initiativesPrecision() {
        return initiativesPredicted == 0 ? (initiativesGold == 0 ? 1 : 0) : (double) initiativesTp / initiativesPredicted;
    }

    double initiativesRecall() {
        return initiativesGold == 0 ? 1 : (double) initiativesTp / initiativesGold;
    }

    double initiativesF1() {
        return f1(initiativesPrecision(), initiativesRecall());
    }

    double metricsPrecision() {
        return metricsPredicted == 0 ? (metricsGold == 0 ? 1 : 0) : (double) metricsTp / metricsPredicted;
    }

    double metricsRecall() {
        return metricsGold == 0 ? 1 : (double) metricsTp / metricsGold;
    }

    double qualifierAccuracy() {
        return metricsTp == 0 ? 1 : (double) qualifierRight / metricsTp;
    }

    static double f1(double p, double r) {
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    String report() {
        return String.join("\n", lines);
    }
}
