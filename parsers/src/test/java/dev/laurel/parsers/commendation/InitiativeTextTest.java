package dev.laurel.parsers.commendation;

import dev.laurel.model.Announcement;
import dev.laurel.model.Awardee;
import dev.laurel.model.Initiative;
import dev.laurel.parsers.commendation.text.Paragraphs;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** An initiative's text is verbatim: exactly the source text of its span (issue 14, item 16). */
class InitiativeTextTest {
    private static final String SEED = TestDocuments.seedText();

    @Test
    void textIsTheSourceTextOfTheSpanWhateverTheLineEnds() {
        for (String text : new String[] {SEED, SEED.replace("\n", "\r\n"), SEED.replace("\n\n", "\n \u3000\n\n")}) {
            Announcement a = TestDocuments.parse(text, "seed");
            int initiatives = 0;
            for (Awardee w : a.awardees()) {
                for (Initiative i : w.initiatives()) {
                    assertEquals(i.span().of(text), i.text(), w.name() + ": " + i.title());
                    assertTrue(i.text().replaceAll("[\\s\u3000]", "").startsWith(i.title()), i.text()); // a heading split over lines is rejoined in the title only
                    assertFalse(Paragraphs.isBlank(i.text().charAt(i.text().length() - 1)), i.text());
                    initiatives++;
                }
            }
            assertTrue(initiatives >= 40, "the seed has 44 initiatives: " + initiatives);
        }
    }

    @Test
    void aParagraphSplitMidSentenceStaysSplitInTheText() {
        String crlf = SEED.replace("\n", "\r\n");
        Initiative first = TestDocuments.parse(crlf, "seed").awardees().get(0).initiatives().get(0);
        assertEquals("发挥双拥体制优势", first.title());
        assertTrue(first.text().contains("大学生参军\r\n\r\n入伍"), first.text());
    }
}
