package dev.laurel.parsers.commendation.repeats;

import dev.laurel.parsers.commendation.text.LogicalParagraph;
import dev.laurel.parsers.commendation.text.LogicalText;
import dev.laurel.parsers.commendation.text.Paragraph;
import dev.laurel.parsers.commendation.text.Sentences;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

/** Repeated text in a section: what must be found, and what must not. */
class DuplicatesTest {
    private static final String[] PUNCTUATION = {"，", "。", "；", "、", "：", "！", ",", "."};

    @Test
    void aBlockPastedAgainAfterAnotherOpeningIsOneRegion() {
        String first = "投入8600万元用于部队基础设施建设，新建营房3处，解决随军家属就业120人。";
        String opening = "此外组织走访慰问座谈活动十二场次，";
        String second = opening + "投入8600万元用于部队基础设施建设，新建营房3处，解决随军家属就业120人。";
        List<Duplicates.Region> found = Duplicates.find(section(first, second));
        assertEquals(List.of(new Duplicates.Region(1, opening.length(), second.length())), found);
    }

    @Test
    void aRepeatedSentenceWithAShortNewOpeningIsRepeatedWhole() {
        String first = "全市投入8600万元用于部队基础设施建设，新建营房3处，解决随军家属就业120人。";
        String second = "此外，投入8600万元用于部队基础设施建设，新建营房3处，解决随军家属就业120人。";
        assertEquals(List.of(new Duplicates.Region(1, 0, second.length())), Duplicates.find(section(first, second)));
    }

    @Test
    void aSentenceWithAChangedOpeningIsANearDuplicate() {
        List<Duplicates.Region> found = Duplicates.find(section(
                "全市投入8600万元用于部队基础设施建设。", "开展活动。全年投入8600万元用于部队基础设施建设。"));
        assertEquals(List.of(new Duplicates.Region(1, 5, 26)), found);
    }

    @Test
    void aSingleRepeatedClauseIsASetPhraseNotARepeat() {
        assertEquals(List.of(), Duplicates.find(section("坚持军民融合，投入2亿元。", "坚持军民融合，新建营房3处。")));
    }

    @Test
    void textWithoutRepeatsHasNoRegion() {
        qt().withExamples(500)
                .forAll(integers().all())
                .checkAssert(seed -> {
                    List<String> paragraphs = randomSection(new Random(seed));
                    assertEquals(List.of(), Duplicates.find(section(paragraphs.toArray(String[]::new))),
                            paragraphs.toString());
                });
    }

    @Test
    void aRunOfClausesCopiedIntoALaterParagraphIsCovered() {
        qt().withExamples(500)
                .forAll(integers().all(), lists().of(integers().between(0, 1000)).ofSize(3))
                .checkAssert((seed, picks) -> {
                    Random random = new Random(seed);
                    List<String> paragraphs = randomSection(random);
                    List<String> clauses = clauses(paragraphs.get(0));
                    if (clauses.size() < 2) {
                        return; // a paragraph of items joined by 、 has no run of clauses to copy
                    }
                    int from = picks.get(0) % clauses.size();
                    int count = 2 + picks.get(1) % 3;
                    if (from + count > clauses.size()) {
                        from = Math.max(0, clauses.size() - count);
                    }
                    String copy = String.join("", clauses.subList(from, Math.min(clauses.size(), from + count)));
                    int target = 1 + picks.get(2) % (paragraphs.size() - 1);
                    String opening = randomClause(random) + "，";
                    paragraphs.set(target, paragraphs.get(target) + opening + copy);
                    List<Duplicates.Region> found = Duplicates.find(section(paragraphs.toArray(String[]::new)));
                    int copyStart = paragraphs.get(target).length() - copy.length();
                    int copyEnd = paragraphs.get(target).length();
                    boolean covered = found.stream().anyMatch(r -> r.paragraph() == target
                            && r.start() <= copyStart && r.end() >= copyEnd);
                    assertTrue(covered, paragraphs + " " + found);
                    assertWellFormed(found, paragraphs);
                });
    }

    /** Regions are sorted, disjoint, and inside their paragraphs. */
    private static void assertWellFormed(List<Duplicates.Region> regions, List<String> paragraphs) {
        Duplicates.Region previous = null;
        for (Duplicates.Region r : regions) {
            assertTrue(r.start() < r.end() && r.end() <= paragraphs.get(r.paragraph()).length(), r.toString());
            if (previous != null) {
                assertTrue(previous.paragraph() < r.paragraph()
                        || (previous.paragraph() == r.paragraph() && previous.end() < r.start()), regions.toString());
            }
            previous = r;
        }
    }

    /** Two to four paragraphs of random clauses of 6 to 10 Han chars: no clause or sentence repeats. */
    private static List<String> randomSection(Random random) {
        List<String> paragraphs = new ArrayList<>();
        for (int p = 0, n = 2 + random.nextInt(3); p < n; p++) {
            StringBuilder b = new StringBuilder();
            for (int c = 0, clauses = 2 + random.nextInt(8); c < clauses; c++) {
                b.append(randomClause(random)).append(PUNCTUATION[random.nextInt(PUNCTUATION.length)]);
            }
            paragraphs.add(b.toString());
        }
        return paragraphs;
    }

    private static String randomClause(Random random) {
        StringBuilder b = new StringBuilder();
        for (int i = 0, n = 6 + random.nextInt(5); i < n; i++) {
            b.append((char) ('\u4E00' + random.nextInt(3000)));
        }
        return b.toString();
    }

    /** The clauses of a paragraph with their punctuation. */
    private static List<String> clauses(String paragraph) {
        List<String> out = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < paragraph.length(); i++) {
            if (Sentences.isClauseEnd(paragraph.charAt(i))) {
                out.add(paragraph.substring(start, i + 1));
                start = i + 1;
            }
        }
        return out;
    }

    private static List<LogicalParagraph> section(String... paragraphs) {
        String source = String.join("\n", paragraphs);
        List<LogicalParagraph> out = new ArrayList<>();
        int offset = 0;
        for (int i = 0; i < paragraphs.length; i++) {
            Paragraph p = new Paragraph(i, offset, offset + paragraphs[i].length(), paragraphs[i]);
            out.add(new LogicalParagraph(new LogicalText().append(source, p), 1));
            offset += paragraphs[i].length() + 1;
        }
        return out;
    }
}
