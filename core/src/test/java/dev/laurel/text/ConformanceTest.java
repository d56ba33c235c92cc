package dev.laurel.text;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.laurel.model.UnitCategory;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * Runs every case of the two public suites (copied under test resources with their licences).
 * Recognizers-Text: the set of (start, end, value) of the scanner's results (bare-numeral reading) must
 * equal the expected set (their offsets are UTF-16 with the end inclusive; converted here), each model seeing
 * its kind of result (see {@code recognizers}); values Recognizers-Text prints as 15-digit doubles are compared
 * at that precision; the age and temperature models also compare the unit.
 * cn2an: cn2an/strict = parseStrict, normal/smart = parse, direct = digitsToArabic; an2cn/low = format,
 * up = formatCapital, direct = formatDigits. Cases listed in out-of-scope.tsv are not run; a case that fails
 * does not fail the build by itself: each file's pass rate must be at least 97%.
 */
class ConformanceTest {
    static final String[] RT_FILES = {
        "recognizers-text/Number/Chinese/NumberModel.tsv",
        "recognizers-text/Number/Chinese/NumberRangeModel.tsv",
        "recognizers-text/Number/Chinese/OrdinalModel.tsv",
        "recognizers-text/Number/Chinese/PercentModel.tsv",
        "recognizers-text/NumberWithUnit/Chinese/AgeModel.tsv",
        "recognizers-text/NumberWithUnit/Chinese/TemperatureModel.tsv"};
    static final String CN2AN = "cn2an/cases.tsv";
    static final QuantityScanner NUMBERS = new QuantityScanner(UnitTable.defaults(), new QuantityScanner.Options(false, true));
    static final QuantityScanner UNITS = new QuantityScanner(UnitTable.defaults(), new QuantityScanner.Options(false, false));
    /** 度 alone is ambiguous in documents (两度 = twice), so the default table leaves it out; a temperature reader adds it. */
    static final QuantityScanner TEMPERATURES = new QuantityScanner(
            UnitTable.defaults().with("度", "度", UnitCategory.TEMPERATURE), new QuantityScanner.Options(false, false));
    /** Laurel's canonical units as Recognizers-Text names them. */
    static final Map<String, String> RT_UNITS = Map.of("岁", "Year", "周岁", "Year", "月", "Month", "周", "Week",
            "天", "Day", "℃", "C", "℉", "F", "度", "Degree");
    static final Map<String, Set<String>> MODEL_UNITS = Map.of("age", Set.of("Year", "Month", "Week", "Day"),
            "temperature", Set.of("C", "F", "Degree"));
    static final ObjectMapper JSON = new ObjectMapper();
    static final Map<String, int[]> TALLY = new HashMap<>(); // file -> {passed, run, outOfScope, total}
    static final Map<String, List<String>> FAILED = new HashMap<>();

    record Case(String file, String id, String mode, String input, String expected) {
        @Override
        public String toString() {
            return id;
        }
    }

    static Map<String, String> outOfScope() throws IOException {
        Map<String, String> m = new HashMap<>();
        for (String line : SeedMetricsTest.resource("/conformance/out-of-scope.tsv").split("\n")) {
            if (line.isBlank() || line.startsWith("#") || line.startsWith("case_id\t")) {
                continue;
            }
            String[] f = line.split("\t", 2);
            if (f.length < 2 || f[1].isBlank()) {
                throw new IllegalStateException("out-of-scope entry without a reason: " + line);
            }
            m.put(f[0], f[1]);
        }
        return m;
    }

    static List<Case> all() throws IOException {
        List<Case> cases = new ArrayList<>();
        for (String f : RT_FILES) {
            String[] lines = SeedMetricsTest.resource("/conformance/" + f).split("\n");
            for (int i = 1; i < lines.length; i++) {
                String[] c = lines[i].split("\t", -1);
                cases.add(new Case(f, c[0], "rt", unescape(c[1]), c[2]));
            }
        }
        String[] lines = SeedMetricsTest.resource("/conformance/" + CN2AN).split("\n");
        for (int i = 1; i < lines.length; i++) {
            String[] c = lines[i].split("\t", -1);
            cases.add(new Case(CN2AN, "cn2an#" + (i - 1), c[0], c[1], c[2]));
        }
        return cases;
    }

    static Stream<Arguments> cases() throws IOException {
        Map<String, String> oos = outOfScope();
        List<Arguments> out = new ArrayList<>();
        for (Case c : all()) {
            int[] t = TALLY.computeIfAbsent(c.file(), k -> new int[4]);
            t[3]++;
            if (oos.containsKey(c.id())) {
                t[2]++;
            } else {
                out.add(Arguments.of(c));
            }
        }
        return out.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void runCase(Case c) {
        String got;
        try {
            got = c.mode().equals("rt") ? recognizers(c) : cn2an(c);
        } catch (RuntimeException e) {
            got = "!" + e.getClass().getSimpleName() + ": " + e.getMessage();
        }
        boolean ok = matches(c, got);
        int[] t = TALLY.get(c.file());
        synchronized (TALLY) {
            t[1]++;
            if (ok) {
                t[0]++;
            } else {
                FAILED.computeIfAbsent(c.file(), k -> new ArrayList<>()).add(c.id() + "\t" + c.input().replace("\n", "\\n")
                        + "\texpected " + c.expected() + "\tgot " + got);
            }
        }
    }

    private static boolean matches(Case c, String got) {
        if (c.mode().equals("rt")) {
            return got.equals(expectedSet(c.expected(), got).toString());
        }
        if (c.expected().equals("!ValueError")) {
            return got.startsWith("!");
        }
        if (got.startsWith("!")) {
            return false;
        }
        if (c.mode().startsWith("cn2an/") && !c.mode().equals("cn2an/direct")) {
            return new BigDecimal(got).compareTo(new BigDecimal(c.expected())) == 0;
        }
        return got.equals(c.expected());
    }

    private static String cn2an(Case c) {
        return switch (c.mode()) {
            case "cn2an/strict" -> ChineseNumerals.parseStrict(c.input()).toPlainString();
            case "cn2an/normal", "cn2an/smart" -> ChineseNumerals.parse(c.input()).toPlainString();
            case "cn2an/direct" -> ChineseNumerals.digitsToArabic(c.input());
            case "an2cn/low" -> ChineseNumerals.format(new BigDecimal(c.input()));
            case "an2cn/up" -> ChineseNumerals.formatCapital(new BigDecimal(c.input()));
            case "an2cn/direct" -> ChineseNumerals.formatDigits(c.input());
            default -> throw new UnsupportedOperationException("mode " + c.mode());
        };
    }

    /**
     * The scanner's results as the model of the file sees them. Number model: every number, an ordinal as its
     * numeral (第零十 -> 零十), N个百分点 as its number; N%, N折, 百分之N are the percent model's. Percent model:
     * the percentages. Age and temperature models: the ages (temperatures) with their unit, named as Recognizers-Text
     * does.
     */
    private static String recognizers(Case c) {
        Set<String> got = new TreeSet<>();
        boolean number = c.file().contains("NumberModel");
        boolean percent = c.file().contains("Percent");
        boolean withUnit = c.file().contains("NumberWithUnit");
        QuantityScanner scanner = !withUnit ? NUMBERS : c.file().contains("Temperature") ? TEMPERATURES : UNITS;
        for (Quantity q : scanner.scan(c.input())) {
            int start = q.start();
            int end = q.end();
            if (percent && q.kind() != QuantityKind.PERCENT) {
                continue;
            }
            if (number && q.kind() == QuantityKind.ORDINAL) {
                start++;
            }
            if (number && q.kind() == QuantityKind.PERCENT) {
                String compact = q.text().replaceAll("\\s", "");
                if (!compact.endsWith("百分点") && !compact.endsWith("百分點")) {
                    continue;
                }
                int ge = Math.max(q.text().lastIndexOf('个'), q.text().lastIndexOf('個'));
                end = start + q.text().substring(0, ge).stripTrailing().length();
            }
            String unit = withUnit ? RT_UNITS.get(q.unit() == null ? "" : q.unit()) : "";
            if (unit == null || withUnit && !MODEL_UNITS.get(c.file().contains("Age") ? "age" : "temperature").contains(unit)) {
                continue; // the age model sees ages only, the temperature model temperatures
            }
            if (withUnit) {
                unit = "|" + unit;
            }
            got.add(start + "-" + end + "=" + plain(q.value()) + unit);
        }
        return got.toString();
    }

    /**
     * The expected results; a value printed with 15 or more significant digits (Recognizers-Text prints doubles
     * so: 350.333333333333) is compared after rounding Laurel's exact value to the same digits.
     */
    private static Set<String> expectedSet(String json, String got) {
        Set<String> s = new TreeSet<>();
        JsonNode arr = JSON.readTree(json);
        for (JsonNode e : arr) {
            String v = e.path("value").isNull() ? "null" : e.path("value").asString();
            if (v.endsWith("%")) {
                v = v.substring(0, v.length() - 1);
            }
            String span = e.get("start").asInt() + "-" + (e.get("end").asInt() + 1) + "=";
            try {
                BigDecimal expected = new BigDecimal(v);
                v = plain(expected);
                int digits = expected.stripTrailingZeros().precision();
                if (digits >= 15) {
                    for (String g : got.substring(1, got.length() - 1).split(", ")) {
                        if (g.startsWith(span)) {
                            String mine = g.substring(span.length()).split("\\|")[0];
                            if (plain(new BigDecimal(mine).round(new MathContext(digits))).equals(v)) {
                                v = mine;
                            }
                        }
                    }
                }
            } catch (NumberFormatException ignored) {
                // a range value like (20,35] stays as written
            }
            String unit = e.has("unit") && !e.get("unit").isNull() && hasUnitType(e) ? "|" + e.get("unit").asString() : "";
            s.add(span + v + unit);
        }
        return s;
    }

    private static boolean hasUnitType(JsonNode e) {
        String type = e.path("type").asString();
        return type.equals("age") || type.equals("temperature");
    }

    private static String plain(BigDecimal v) {
        BigDecimal s = v.stripTrailingZeros();
        return (s.scale() < 0 ? s.setScale(0) : s).toPlainString();
    }

    private static String unescape(String s) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\' && i + 1 < s.length()) {
                char n = s.charAt(++i);
                b.append(switch (n) {
                    case 't' -> '\t';
                    case 'n' -> '\n';
                    case 'r' -> '\r';
                    default -> n;
                });
            } else {
                b.append(c);
            }
        }
        return b.toString();
    }

    @AfterAll
    static void report() {
        int total = 0;
        int inScope = 0;
        boolean ok = true;
        for (String f : new TreeSet<>(TALLY.keySet())) {
            int[] t = TALLY.get(f);
            total += t[3];
            inScope += t[3] - t[2];
            double rate = t[1] == 0 ? 1.0 : (double) t[0] / t[1];
            System.out.printf("conformance %-55s passed %d/%d in-scope = %.1f%% (out of scope %d of %d)%n",
                    f, t[0], t[1], 100 * rate, t[2], t[3]);
            for (String failed : FAILED.getOrDefault(f, List.of())) {
                System.out.println("  FAIL " + failed);
            }
            ok &= rate >= 0.97;
        }
        double share = (double) inScope / total;
        System.out.printf("conformance in-scope share: %d/%d = %.1f%%%n", inScope, total, 100 * share);
        assertTrue(ok, "a conformance file is below 97% of its in-scope cases (see the FAIL lines above)");
        assertTrue(share >= 0.85, "in-scope share below 85%");
    }

    @Test
    void outOfScopeIdsExist() throws IOException {
        Set<String> ids = new TreeSet<>();
        all().forEach(c -> ids.add(c.id()));
        for (String id : outOfScope().keySet()) {
            assertTrue(ids.contains(id), "out-of-scope.tsv names an unknown case: " + id);
        }
    }
}
