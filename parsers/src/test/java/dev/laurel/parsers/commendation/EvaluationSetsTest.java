package dev.laurel.parsers.commendation;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.laurel.LaurelException;
import dev.laurel.model.Announcement;
import dev.laurel.spi.DocumentParser;
import dev.laurel.spi.ParseOptions;
import dev.laurel.spi.ParserRegistry;
import dev.laurel.spi.Source;
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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;

/**
 * The evaluation sets, each scored as {@code score_set.py} scores it, against floors kept in its
 * {@code floors.properties} so the figures only ratchet up:
 * <ul>
 *   <li>{@code devset/}: the development set of the shared folder (40 text documents in the shapes real pages
 *       take);</li>
 *   <li>{@code shapes/}: 80 more documents written for this project by people who did not read the parser (stories,
 *       lists, tables, HTML pages saved from government and news sites, a GB18030 page, traditional script),
 *       read as the command line reads a file: decoded from bytes and given to the parser the registry
 *       chooses.</li>
 * </ul>
 */
class EvaluationSetsTest {

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"devset", "shapes"})
    void figuresStayAtOrAboveTheirFloors(String set) {
        String floorsFile = "parsers/src/test/resources/" + set + "/floors.properties";
        DevsetScore total = score(set);
        Properties floors = floors(set);
        List<String> below = new ArrayList<>();
        List<String> raisable = new ArrayList<>();
        atLeast(below, raisable, floors, "awardeesF1", total.awardeesF1(), true);
        atLeast(below, raisable, floors, "timesRight", total.tRight, false);
        atLeast(below, raisable, floors, "metricsPrecision", total.metricsPrecision(), true);
        atLeast(below, raisable, floors, "metricsRecall", total.metricsRecall(), true);
        atLeast(below, raisable, floors, "qualifierAccuracy", total.qualifierAccuracy(), true);
        atLeast(below, raisable, floors, "labelsExact", total.lExact, false);
        int unrelated = total.lGold - total.lExact - total.lOverlap;
        double unrelatedMax = floor(floors, "labelsUnrelatedMax");
        if (unrelated > unrelatedMax) {
            below.add("labelsUnrelatedMax: " + unrelated + " unrelated labels, more than the allowed " + (long) unrelatedMax);
        } else if (unrelated < unrelatedMax) {
            raisable.add("labelsUnrelatedMax=" + unrelated);
        }
        double falseMax = floor(floors, "timesFalseMax");
        if (total.tFalse > falseMax) {
            below.add("timesFalseMax: " + total.tFalse + " false counts, more than the allowed " + (long) falseMax);
        } else if (total.tFalse < falseMax) {
            raisable.add("timesFalseMax=" + total.tFalse);
        }
        if (!raisable.isEmpty()) {
            System.out.println("[" + set + " evaluation] floors that can be tightened in " + floorsFile + ": "
                    + String.join(", ", raisable));
        }
        assertTrue(below.isEmpty(), set + " figures fell below their floors in " + floorsFile + ":\n  "
                + String.join("\n  ", below) + "\n" + total.totals() + "\nFix the regression; the floors only move"
                + " up. When a change raises a figure, raise its floor in " + floorsFile + " to the new figure (ratios"
                + " rounded down at 3 decimals, counts as printed; timesFalseMax down to the new false count).");
    }

    /** Scores every gold file of {@code set} against the parse of its document, and prints the per-document lines. */
    private static DevsetScore score(String set) {
        StringBuilder report = new StringBuilder("[" + set + " evaluation]\n");
        DevsetScore total = new DevsetScore();
        for (Path goldFile : goldFiles(set)) {
            JsonNode gold = TestDocuments.fileJson(goldFile);
            String file = goldFile.getFileName().toString();
            String id = gold.hasNonNull("id") && !gold.get("id").asString().isEmpty() ? gold.get("id").asString()
                    : file.substring(0, file.length() - ".json".length());
            DevsetScore s = DevsetScore.score(gold, parse(set, id));
            total = total.plus(s);
            report.append(s.line(id)).append('\n');
        }
        report.append(total.totals());
        System.out.println(report);
        return total;
    }

    /** The document {@code id} of {@code set} (.txt or .html) read as the command line reads it, or null when absent. */
    private static Announcement parse(String set, String id) {
        for (String ext : new String[] {".txt", ".html"}) {
            URL url = EvaluationSetsTest.class.getResource("/" + set + "/docs/" + id + ext);
            if (url == null) {
                continue;
            }
            try {
                Source source = Source.of(Path.of(url.toURI()));
                DocumentParser parser = ParserRegistry.load().choose(source).orElseThrow();
                return parser.parse(source, ParseOptions.defaults());
            } catch (LaurelException | URISyntaxException e) {
                throw new IllegalStateException(id + ext + " of " + set + " cannot be read: " + e.getMessage(), e);
            }
        }
        return null;
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
            throw new IllegalStateException("the floors have no " + key);
        }
        return Double.parseDouble(v.strip());
    }

    private static Properties floors(String set) {
        try (InputStream in = EvaluationSetsTest.class.getResourceAsStream("/" + set + "/floors.properties")) {
            if (in == null) {
                throw new IllegalStateException("missing test resource /" + set + "/floors.properties");
            }
            Properties p = new Properties();
            p.load(in);
            return p;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The gold files in name order, as score_set.py globs them. */
    private static List<Path> goldFiles(String set) {
        URL dir = EvaluationSetsTest.class.getResource("/" + set + "/gold");
        if (dir == null) {
            throw new IllegalStateException("missing test resource /" + set + "/gold");
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
