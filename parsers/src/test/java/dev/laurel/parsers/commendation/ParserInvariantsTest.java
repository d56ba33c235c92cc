package dev.laurel.parsers.commendation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.strings;

import dev.laurel.model.Announcement;
import dev.laurel.model.Awardee;
import dev.laurel.model.Diagnostic;
import dev.laurel.model.Initiative;
import dev.laurel.model.Metric;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/** Determinism, layout independence, never-throws and valid spans. */
class ParserInvariantsTest {
    private static final String SEED = TestDocuments.seedText();

    @Test
    void parsingIsDeterministic() {
        assertEquals(TestDocuments.parse(SEED, "seed"), TestDocuments.parse(SEED, "seed"));
    }

    @Test
    void seedSpansAreValid() {
        assertEquals(List.of(), Spans.problems(TestDocuments.parse(SEED, "seed"), SEED));
    }

    @Test
    void crlfLineEndingsGiveTheSameRecords() {
        String crlf = SEED.replace("\n", "\r\n");
        assertEquals(withoutSpans(TestDocuments.parse(SEED, "seed")), withoutSpans(TestDocuments.parse(crlf, "seed")));
    }

    @Test
    void doubledBlankLinesGiveTheSameRecords() {
        String doubled = SEED.replace("\n\n", "\n\n\n\n");
        assertEquals(withoutSpans(TestDocuments.parse(SEED, "seed")),
                withoutSpans(TestDocuments.parse(doubled, "seed")));
    }

    @Test
    void arbitraryTextNeverThrowsAndSpansAreValid() {
        Gen<String> noise = strings().allPossible().ofLengthBetween(0, 400);
        Gen<String> numeralSoup = strings().betweenCodePoints(0x3000, 0x9FFF).ofLengthBetween(0, 300);
        qt().withExamples(300).forAll(noise).checkAssert(ParserInvariantsTest::parsesCleanly);
        qt().withExamples(300).forAll(numeralSoup).checkAssert(ParserInvariantsTest::parsesCleanly);
    }

    @Test
    void editedSampleNeverThrowsAndSpansAreValid() {
        Gen<List<Integer>> edits = lists().of(integers().between(0, Integer.MAX_VALUE - 1)).ofSizeBetween(1, 40);
        qt().withExamples(150).forAll(edits).checkAssert(ops -> parsesCleanly(edit(SEED, ops)));
    }

    private static void parsesCleanly(String text) {
        Announcement a = TestDocuments.parse(text, "generated");
        assertEquals(List.of(), Spans.problems(a, text));
        assertEquals(a, TestDocuments.parse(text, "generated"));
    }

    /** Applies pseudo-random edits: delete, insert, duplicate a range, or swap two lines. */
    static String edit(String text, List<Integer> ops) {
        StringBuilder b = new StringBuilder(text);
        for (int op : ops) {
            if (b.length() == 0) {
                break;
            }
            int at = op % b.length();
            int len = 1 + (op / 7) % 40;
            switch ((op / 3) % 4) {
                case 0 -> b.delete(at, Math.min(b.length(), at + len));
                case 1 -> b.insert(at, "。\n\n近1.5万余人次,累计投入".substring(0, 1 + op % 15));
                case 2 -> b.insert(at, b.substring(at, Math.min(b.length(), at + len * 5)));
                default -> {
                    List<String> lines = new ArrayList<>(Arrays.asList(b.toString().split("\n", -1)));
                    int i = op % lines.size();
                    int j = (op / 11) % lines.size();
                    String tmp = lines.get(i);
                    lines.set(i, lines.get(j));
                    lines.set(j, tmp);
                    b = new StringBuilder(String.join("\n", lines));
                }
            }
        }
        return b.toString();
    }

    /** The records with every span and source detail dropped, for comparing different layouts of one text. */
    static List<Object> withoutSpans(Announcement a) {
        List<Object> out = new ArrayList<>(List.of(String.valueOf(a.title()), String.valueOf(a.honor()),
                String.valueOf(a.province()), String.valueOf(a.event())));
        a.roster().forEach(r -> out.add(r.name() + "|" + r.kind() + "|" + r.regionCode() + "|" + r.hasSection()));
        for (Awardee w : a.awardees()) {
            out.add(List.of(w.name(), String.valueOf(w.timesHonored()), String.valueOf(w.timesKind()),
                    String.valueOf(w.provincialTimesHonored()), String.valueOf(w.summary()), String.valueOf(w.honorTitle())));
            for (Initiative i : w.initiatives()) {
                out.add(i.title());
            }
            for (Metric m : w.metrics()) {
                out.add(m.label() + "|" + m.value() + "|" + m.unit() + "|" + m.qualifier() + "|" + m.cumulative()
                        + "|" + m.initiative() + "|" + m.text().replaceAll("\\s", ""));
            }
            for (Diagnostic d : w.issues()) {
                out.add(d.kind() + "|" + d.awardee());
            }
        }
        a.issues().forEach(d -> out.add(d.kind() + "|" + d.awardee()));
        return out;
    }
}
