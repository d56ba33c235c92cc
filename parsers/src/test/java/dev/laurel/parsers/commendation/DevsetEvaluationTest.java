package dev.laurel.parsers.commendation;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.laurel.model.Announcement;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The development set (test resources {@code devset/}: documents in the shapes real pages take, with
 * gold facts) scored as {@code score_set.py} scores it, against floors kept in
 * {@code devset/floors.properties} so the figures only ratchet up.
 */
class DevsetEvaluationTest {
    private static final String FLOORS = "parsers/src/test/resources/devset/floors.properties";
    private static DevsetScore total;

    @BeforeAll
    static void scoreTheSet() {
        StringBuilder report = new StringBuilder("[devset evaluation]\n");
        total = new DevsetScore();
        for (Path goldFile : goldFiles()) {
            JsonNode gold = TestDocuments.fileJson(goldFile);
            String file = goldFile.getFileName().toString();
            String id = gold.hasNonNull("id") && !gold.get("id").asString().isEmpty() ? gold.get("id").asString()
                    : file.substring(0, file.length() - ".json".length());
            Announcement a = null;
            if (TestDocuments.class.getResource("/devset/docs/" + id + ".txt") != null) {
                a = TestDocuments.parse(TestDocuments.resourceText("/devset/docs/" + id + ".txt"), id + ".txt");
            }
            DevsetScore s = DevsetScore.score(gold, a);
            total = total.plus(s);
            report.append(s.line(id)).append('\n');
        }
        report.append(total.totals());
        System.out.println(report);
    }

    @Test
    void figuresStayAtOrAboveTheirFloors() {
        Properties floors = floors();
        List<String> below = new ArrayList<>();
        List<String> raisable = new ArrayList<>();
        atLeast(below, raisable, floors, "awardeesF1", total.awardeesF1(), true);
        atLeast(below, raisable, floors, "timesRight", total.tRight, false);
        atLeast(below, raisable, floors, "metricsPrecision", total.metricsPrecision(), true);
        atLeast(below, raisable, floors, "metricsRecall", total.metricsRecall(), true);
        atLeast(below, raisable, floors, "qualifierAccuracy", total.qualifierAccuracy(), true);
        atLeast(below, raisable, floors, "labelsExact", total.lExact, false);
        double falseMax = floor(floors, "timesFalseMax");
        if (total.tFalse > falseMax) {
            below.add("timesFalseMax: " + total.tFalse + " false counts, more than the allowed " + (long) falseMax);
        } else if (total.tFalse < falseMax) {
            raisable.add("timesFalseMax=" + total.tFalse);
        }
        if (!raisable.isEmpty()) {
            System.out.println("[devset evaluation] floors that can be tightened in " + FLOORS + ": "
                    + String.join(", ", raisable));
        }
        assertTrue(below.isEmpty(), "development set figures fell below their floors in " + FLOORS + ":\n  "
                + String.join("\n  ", below) + "\n" + total.totals() + "\nFix the regression; the floors only move"
                + " up. When a change raises a figure, raise its floor in " + FLOORS + " to the new figure (ratios"
                + " rounded down at 3 decimals, counts as printed; timesFalseMax down to the new false count).");
    }

    private static void atLeast(List<String> below, List<String> raisable, Properties floors, String key,
                                double figure, boolean ratio) {
        double floor = floor(floors, key);
        // rounded down exactly, so a floor set to it never exceeds the figure
        String shown = ratio ? new BigDecimal(figure).setScale(3, RoundingMode.FLOOR).toPlainString()
                : String.valueOf((long) figure);
        double candidate = Double.parseDouble(shown);
        if (figure < floor) {
            below.add(key + ": " + (ratio ? String.valueOf(figure) : shown) + " is below its floor "
                    + floors.getProperty(key).strip());
        } else if (candidate > floor) {
            raisable.add(key + "=" + shown);
        }
    }

    private static double floor(Properties floors, String key) {
        String v = floors.getProperty(key);
        if (v == null) {
            throw new IllegalStateException(FLOORS + " has no " + key);
        }
        return Double.parseDouble(v.strip());
    }

    private static Properties floors() {
        try (InputStream in = DevsetEvaluationTest.class.getResourceAsStream("/devset/floors.properties")) {
            if (in == null) {
                throw new IllegalStateException("missing test resource /devset/floors.properties");
            }
            Properties p = new Properties();
            p.load(in);
            return p;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The gold files in name order, as score_set.py globs them. */
    private static List<Path> goldFiles() {
        URL dir = DevsetEvaluationTest.class.getResource("/devset/gold");
        if (dir == null) {
            throw new IllegalStateException("missing test resource /devset/gold");
        }
        try (Stream<Path> files = Files.list(Path.of(dir.toURI()))) {
            return files.filter(f -> f.getFileName().toString().endsWith(".json"))
                    .sorted((x, y) -> x.getFileName().toString().compareTo(y.getFileName().toString())).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
