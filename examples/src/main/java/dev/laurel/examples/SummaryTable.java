package dev.laurel.examples;

import dev.laurel.Laurel;
import dev.laurel.LaurelException;
import dev.laurel.model.Announcement;
import dev.laurel.model.Awardee;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Parses an announcement and prints one row per awardee: name, kind, times honoured and how they
 * are counted, and the number of initiatives and metrics. Shows the one-line parse and how to walk
 * the records.
 *
 * <p>Run it from the project folder after {@code mvn -B -ntp package -DskipTests}:
 * <pre>
 * java -cp examples/target/laurel.jar dev.laurel.examples.SummaryTable [FILE]
 * </pre>
 * Without FILE it reads the sample {@code seeds/000_8580ebc5395fa60a.txt}.
 */
public final class SummaryTable {

    static final String SEED = "seeds/000_8580ebc5395fa60a.txt";

    private SummaryTable() {
    }

    public static void main(String[] args) {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        Path file = args.length > 0 ? Path.of(args[0]) : defaultSeed();
        try {
            Announcement a = Laurel.parse(file);
            out.println(a.title() == null ? a.source().name() : a.title());
            out.println(a.roster().size() + " names on the roster, " + a.awardees().size() + " deeds sections, "
                    + a.allIssues().size() + " issues");
            out.println();
            print(a, out);
        } catch (LaurelException e) {
            System.err.println("SummaryTable: " + e.getMessage());
            System.exit(3);
        }
    }

    /** The table for one announcement. */
    public static void print(Announcement a, PrintStream out) {
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {"awardee", "kind", "times", "timesKind", "initiatives", "metrics"});
        for (Awardee w : a.awardees()) {
            rows.add(new String[] {
                w.name(),
                w.kind() == null ? "-" : w.kind().id(),
                w.timesHonored() == null ? "-" : w.timesHonored().toString(),
                w.timesKind() == null ? "-" : w.timesKind().id(),
                String.valueOf(w.initiatives().size()),
                String.valueOf(w.metrics().size())});
        }
        int[] widths = new int[rows.get(0).length];
        for (String[] row : rows) {
            for (int i = 0; i < row.length; i++) {
                widths[i] = Math.max(widths[i], displayWidth(row[i]));
            }
        }
        for (String[] row : rows) {
            StringBuilder line = new StringBuilder();
            for (int i = 0; i < row.length; i++) {
                boolean number = i >= 2 && i != 3;
                String pad = " ".repeat(widths[i] - displayWidth(row[i]));
                line.append(number ? pad + row[i] : row[i] + pad);
                if (i < row.length - 1) {
                    line.append("  ");
                }
            }
            out.println(line.toString().stripTrailing());
        }
    }

    /** Columns a terminal uses: CJK and full-width characters take two. */
    static int displayWidth(String s) {
        return s.codePoints().map(cp -> isWide(cp) ? 2 : 1).sum();
    }

    private static boolean isWide(int cp) {
        return (cp >= 0x1100 && cp <= 0x115F) || (cp >= 0x2E80 && cp <= 0xA4CF) || (cp >= 0xAC00 && cp <= 0xD7A3)
                || (cp >= 0xF900 && cp <= 0xFAFF) || (cp >= 0xFE30 && cp <= 0xFE4F) || (cp >= 0xFF00 && cp <= 0xFF60)
                || (cp >= 0xFFE0 && cp <= 0xFFE6) || (cp >= 0x20000 && cp <= 0x3FFFD);
    }

    private static Path defaultSeed() {
        Path here = Path.of(SEED);
        Path parent = Path.of("..").resolve(SEED);
        return Files.exists(here) || !Files.exists(parent) ? here : parent;
    }
}
