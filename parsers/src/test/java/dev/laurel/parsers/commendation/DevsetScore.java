package dev.laurel.parsers.commendation;

import dev.laurel.model.Announcement;
import dev.laurel.model.Awardee;
import dev.laurel.model.Metric;
import dev.laurel.model.RosterEntry;
import dev.laurel.text.TraditionalToSimplified;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * The counts of the shared tool {@code score_set.py} for one document of the development set, or
 * summed over the set, computed the same way (one-to-one name matching with administrative suffixes
 * and the gold's {@code canonical}, honour counts, metrics on awardee + value + unit, qualifiers and
 * labels among the matches) and printed in its form. Names and units are folded with
 * {@link TraditionalToSimplified} (the table of OpenCC's t2s, which score_set.py calls when the
 * {@code opencc} command exists) and then the tool's own FOLD table; labels with FOLD only, as the tool does.
 */
final class DevsetScore {
    /** score_set.py's FOLD table: traditional forms folded for comparison only. */
    private static final String FOLD_FROM = "個臺項條處場戶輛畝屆張噸間筆對雙棟頭隻萬億縣區國雙擁範鎮鄉寧陽陝貴廣東龍灣蘇漢滬鄭淵縣關門圖書館紀車馬會學習實現";
    private static final String FOLD_TO = "个台项条处场户辆亩届张吨间笔对双栋头只万亿县区国双拥范镇乡宁阳陕贵广东龙湾苏汉沪郑渊县关门图书馆纪车马会学习实现";
    private static final List<String> SUFFIXES = List.of("市", "县", "区", "州", "盟", "旗", "自治县", "自治州",
            "自治区", "地区", "特区", "林区");
    private static final List<String> ABOVE = List.of("省", "市", "州", "区", "盟");
    private static final Map<String, String> UNIT_ALIASES = Map.of("名", "人", "位", "人");
    private static final String LABEL_TRIM = "“”\"'，,。 ";
    private static final BigDecimal TOLERANCE = new BigDecimal("1e-9");

    int awTp, awPred, awGold, tGold, tRight, kRight, tFalse, mTp, mPred, mGold, qRight, lGold, lExact, lOverlap;
    /** Documents scored as an empty announcement because there was no output. */
    boolean noOutput;
    /** Gold metric texts not found, and predicted metric texts not matched. */
    final List<String> misses = new ArrayList<>();
    final List<String> extras = new ArrayList<>();

    private record GoldAwardee(String name, String canonical, Integer timesHonored, String timesKind) {
    }

    private record Named(String awardee, Metric metric) {
    }

    /** Scores one document; a null announcement scores as an empty one, like a missing output. */
    static DevsetScore score(JsonNode gold, Announcement out) {
        DevsetScore t = new DevsetScore();
        t.noOutput = out == null;
        List<Awardee> predAwardees = out == null ? List.of() : out.awardees();
        List<String> predNames = new ArrayList<>();
        predAwardees.forEach(a -> predNames.add(a.name()));
        for (RosterEntry r : out == null ? List.<RosterEntry>of() : out.roster()) {
            if (predNames.stream().noneMatch(p -> sameName(r.name(), p))) {
                predNames.add(r.name());
            }
        }
        List<GoldAwardee> goldAw = new ArrayList<>();
        for (JsonNode g : gold.path("awardees")) {
            goldAw.add(new GoldAwardee(text(g.get("name")), text(g.get("canonical")),
                    isNull(g.get("timesHonored")) ? null : g.get("timesHonored").asInt(), text(g.get("timesKind"))));
        }
        t.awGold = goldAw.size();
        t.awPred = predNames.size();
        Set<Integer> used = new HashSet<>();
        for (GoldAwardee g : goldAw) {
            for (int i = 0; i < predNames.size(); i++) {
                if (!used.contains(i) && goldName(g, predNames.get(i))) {
                    used.add(i);
                    t.awTp++;
                    break;
                }
            }
        }

        for (GoldAwardee g : goldAw) {
            Awardee p = predAwardees.stream().filter(a -> goldName(g, a.name())).findFirst().orElse(null);
            if (g.timesHonored() != null) {
                t.tGold++;
                if (p != null && g.timesHonored().equals(p.timesHonored())) {
                    t.tRight++;
                    if (Objects.equals(p.timesKind() == null ? null : p.timesKind().id(), g.timesKind())) {
                        t.kRight++;
                    }
                } else if (p != null && p.timesHonored() != null) {
                    t.tFalse++;
                }
            } else if (p != null && p.timesHonored() != null) {
                t.tFalse++;
            }
        }
        for (Awardee a : predAwardees) { // counts given to places the gold does not list
            if (a.timesHonored() != null && goldAw.stream().noneMatch(g -> goldName(g, a.name()))) {
                t.tFalse++;
            }
        }

        Map<String, GoldAwardee> byName = new HashMap<>();
        goldAw.forEach(g -> byName.put(g.name(), g));
        // a gold metric marked "uncertain" is neither owed nor, when found, a false positive
        List<JsonNode> goldM = new ArrayList<>();
        gold.path("metrics").forEach(goldM::add);
        goldM.sort(Comparator.comparing(DevsetScore::uncertain)); // stable, like Python's sorted
        t.mGold = (int) goldM.stream().filter(m -> !uncertain(m)).count();
        List<Named> pool = new ArrayList<>();
        predAwardees.forEach(a -> a.metrics().forEach(m -> pool.add(new Named(a.name(), m))));
        t.mPred = pool.size();
        Set<Integer> taken = new HashSet<>();
        for (JsonNode g : goldM) {
            String awardee = text(g.get("awardee"));
            GoldAwardee owner = byName.getOrDefault(awardee, new GoldAwardee(awardee, null, null, null));
            BigDecimal value = decimal(g.get("value"));
            String unit = unitKey(text(g.get("unit")));
            Integer hit = null;
            for (int i = 0; i < pool.size(); i++) {
                if (taken.contains(i) || !goldName(owner, pool.get(i).awardee())) {
                    continue;
                }
                Metric m = pool.get(i).metric();
                if (sameValue(m.value(), value) && unitKey(m.unit()).equals(unit)) {
                    hit = i;
                    break;
                }
            }
            if (hit == null) {
                if (!uncertain(g)) {
                    t.misses.add(text(g.get("text")));
                }
            } else if (uncertain(g)) {
                taken.add(hit);
                t.mPred--;
            } else {
                taken.add(hit);
                t.mTp++;
                Metric m = pool.get(hit).metric();
                String want = text(g.get("qualifier"));
                if (m.qualifier().id().equals(want == null || want.isEmpty() ? "exact" : want)) {
                    t.qRight++;
                }
                String label = text(g.get("label"));
                if (label != null && !label.isEmpty()) {
                    t.lGold++;
                    String kind = labelMatch(label, m.label());
                    t.lExact += kind.equals("exact") ? 1 : 0;
                    t.lOverlap += kind.equals("overlap") ? 1 : 0;
                }
            }
        }
        for (int i = 0; i < pool.size(); i++) {
            if (!taken.contains(i)) {
                t.extras.add(pool.get(i).metric().text());
            }
        }
        return t;
    }

    /** The sum of two scores (the lists of misses and extras are not carried). */
    DevsetScore plus(DevsetScore o) {
        DevsetScore s = new DevsetScore();
        s.awTp = awTp + o.awTp;
        s.awPred = awPred + o.awPred;
        s.awGold = awGold + o.awGold;
        s.tGold = tGold + o.tGold;
        s.tRight = tRight + o.tRight;
        s.kRight = kRight + o.kRight;
        s.tFalse = tFalse + o.tFalse;
        s.mTp = mTp + o.mTp;
        s.mPred = mPred + o.mPred;
        s.mGold = mGold + o.mGold;
        s.qRight = qRight + o.qRight;
        s.lGold = lGold + o.lGold;
        s.lExact = lExact + o.lExact;
        s.lOverlap = lOverlap + o.lOverlap;
        return s;
    }

    /** The per-document line of score_set.py. */
    String line(String docId) {
        return docId + ": awardees " + awTp + "/" + awGold + " (predicted " + awPred + "), times " + tRight + "/"
                + tGold + " (false " + tFalse + "), metrics " + mTp + "/" + mGold + " (predicted " + mPred + ")"
                + (noOutput ? "  [no output]" : "");
    }

    /** The totals block of score_set.py, without a trailing newline. */
    String totals() {
        double[] a = prf(awTp, awPred, awGold);
        double[] m = prf(mTp, mPred, mGold);
        StringBuilder b = new StringBuilder();
        b.append("awardees: P=").append(f3(a[0])).append(" R=").append(f3(a[1])).append(" F1=").append(f3(a[2]))
                .append(" (").append(awTp).append('/').append(awGold).append("; predicted ").append(awPred).append(")\n");
        b.append("times: ").append(tRight).append('/').append(tGold).append(" right (").append(f3(timesRate()))
                .append("), kind right ").append(kRight).append(", false counts ").append(tFalse).append('\n');
        b.append("metrics: P=").append(f3(m[0])).append(" R=").append(f3(m[1])).append(" F1=").append(f3(m[2]))
                .append(" (").append(mTp).append('/').append(mGold).append("; predicted ").append(mPred)
                .append("; qualifier right ").append(f3(qualifierAccuracy())).append(")\n");
        if (lGold > 0) {
            b.append("labels (of matched metrics with a gold label): ").append(lExact).append('/').append(lGold)
                    .append(" exact, ").append(lOverlap).append(" overlapping, ").append(lGold - lExact - lOverlap)
                    .append(" unrelated\n");
        }
        b.append("score: awardeesF1=").append(f3(a[2])).append(" timesRight=").append(f3(timesRate()))
                .append(" metricsF1=").append(f3(m[2]));
        return b.toString();
    }

    double awardeesF1() {
        return prf(awTp, awPred, awGold)[2];
    }

    double metricsPrecision() {
        return prf(mTp, mPred, mGold)[0];
    }

    double metricsRecall() {
        return prf(mTp, mPred, mGold)[1];
    }

    double qualifierAccuracy() {
        return mTp == 0 ? 1.0 : (double) qRight / mTp;
    }

    double timesRate() {
        return tGold == 0 ? 1.0 : (double) tRight / tGold;
    }

    /** Precision, recall and F1 as score_set.py's {@code prf}. */
    static double[] prf(int tp, int npred, int ngold) {
        double p = npred != 0 ? (double) tp / npred : (ngold == 0 ? 1.0 : 0.0);
        double r = ngold != 0 ? (double) tp / ngold : 1.0;
        double f = p + r != 0 ? 2 * p * r / (p + r) : 0.0;
        return new double[] {p, r, f};
    }

    /** Python's {@code f"{x:.3f}"}: the exact binary value rounded half-even. */
    static String f3(double x) {
        return new BigDecimal(x).setScale(3, RoundingMode.HALF_EVEN).toPlainString();
    }

    /** A name or unit: NFKC, stripped, traditional script folded (score_set.py's opencc t2s, then FOLD). */
    static String norm(String s) {
        return fold(TraditionalToSimplified.toSimplified(pyStrip(Normalizer.normalize(s == null ? "" : s,
                Normalizer.Form.NFKC))));
    }

    /** A label: NFKC, stripped, FOLD only (score_set.py hands only names and units to opencc). */
    static String normLabel(String s) {
        return fold(pyStrip(Normalizer.normalize(s == null ? "" : s, Normalizer.Form.NFKC)));
    }

    private static String fold(String n) {
        StringBuilder b = new StringBuilder(n.length());
        for (int i = 0; i < n.length(); i++) {
            int k = FOLD_FROM.indexOf(n.charAt(i));
            b.append(k < 0 ? n.charAt(i) : FOLD_TO.charAt(k));
        }
        return b.toString();
    }

    static boolean sameName(String x, String y) {
        String a = norm(x);
        String b = norm(y);
        if (a.isEmpty() || b.isEmpty()) {
            return false;
        }
        if (a.equals(b)) {
            return true;
        }
        boolean aShorter = len(a) <= len(b);
        String shorter = aShorter ? a : b;
        String longer = aShorter ? b : a;
        if (len(shorter) >= 2 && longer.startsWith(shorter) && SUFFIXES.contains(longer.substring(shorter.length()))) {
            return true; // 西昌 / 西昌市
        }
        // 渝北区 / 重庆市渝北区, 吉安市 / 江西省吉安市: the longer one adds the places above
        return len(shorter) >= 3 && SUFFIXES.stream().anyMatch(shorter::endsWith) && longer.endsWith(shorter)
                && ABOVE.stream().anyMatch(longer.substring(0, longer.length() - shorter.length())::endsWith);
    }

    private static boolean goldName(GoldAwardee g, String name) {
        return sameName(g.name(), name) || (g.canonical() != null && sameName(g.canonical(), name));
    }

    private static boolean sameValue(BigDecimal a, BigDecimal b) {
        if (a == null || b == null) {
            return false;
        }
        BigDecimal scale = BigDecimal.ONE.max(a.abs()).max(b.abs());
        return a.subtract(b).abs().compareTo(TOLERANCE.multiply(scale)) <= 0;
    }

    private static String unitKey(String unit) {
        String u = norm(unit);
        return UNIT_ALIASES.getOrDefault(u, u);
    }

    /** 'exact', 'overlap' (a shared run of at least half the shorter one, 2 chars at least) or 'unrelated'. */
    static String labelMatch(String gold, String pred) {
        int[] g = strip(normLabel(gold), LABEL_TRIM).codePoints().toArray();
        String p = strip(normLabel(pred), LABEL_TRIM);
        if (p.isEmpty()) {
            return "unrelated";
        }
        if (new String(g, 0, g.length).equals(p)) {
            return "exact";
        }
        int shorter = Math.min(g.length, len(p));
        int best = 0;
        for (int i = 0; i < g.length; i++) {
            for (int j = i + best + 1; j <= g.length; j++) {
                if (p.contains(new String(g, i, j - i))) {
                    best = j - i;
                } else {
                    break;
                }
            }
        }
        return best >= Math.max(2, (shorter + 1) / 2) ? "overlap" : "unrelated";
    }

    private static int len(String s) {
        return s.codePointCount(0, s.length());
    }

    /** Python's {@code str.strip()}: Unicode whitespace, U+0085 included. */
    private static String pyStrip(String s) {
        int start = 0;
        int end = s.length();
        while (start < end && pySpace(s.charAt(start))) {
            start++;
        }
        while (end > start && pySpace(s.charAt(end - 1))) {
            end--;
        }
        return s.substring(start, end);
    }

    private static boolean pySpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\u0085';
    }

    /** Python's {@code str.strip(chars)}. */
    private static String strip(String s, String chars) {
        int start = 0;
        int end = s.length();
        while (start < end && chars.indexOf(s.charAt(start)) >= 0) {
            start++;
        }
        while (end > start && chars.indexOf(s.charAt(end - 1)) >= 0) {
            end--;
        }
        return s.substring(start, end);
    }

    private static boolean isNull(JsonNode n) {
        return n == null || n.isNull() || n.isMissingNode();
    }

    private static String text(JsonNode n) {
        return isNull(n) ? null : n.asString();
    }

    private static boolean uncertain(JsonNode m) {
        JsonNode u = m.get("uncertain");
        return !isNull(u) && u.asBoolean();
    }

    private static BigDecimal decimal(JsonNode n) {
        if (isNull(n)) {
            return null;
        }
        try {
            return n.isNumber() ? n.decimalValue() : new BigDecimal(n.asString().strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
