package dev.laurel.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The marks found in one pass: the scanner's stops, where the reading view first drops a char, the first opening quote and 累计. */
class TextMarksTest {

    @Test
    void aTextWithoutMarksHasThemAllAtItsEnd() {
        for (String t : new String[] {"投入1.86亿元", ""}) {
            TextMarks m = TextMarks.of(t);
            assertEquals(t.length(), m.firstDrop(), t);
            assertEquals(t.length(), m.firstQuote(), t);
            assertEquals(t.length(), m.firstCumulative(), t);
        }
    }

    @Test
    void theStopsAreTheCharsTheScannerLooksAt() {
        String t = "投入1.86亿元，第三批半数，见www.x.cn";
        TextMarks m = TextMarks.of(t);
        StringBuilder stops = new StringBuilder();
        for (int i = m.nextStop(0); i < t.length(); i = m.nextStop(i + 1)) {
            stops.append(t.charAt(i));
        }
        assertEquals("1.86亿第三半数www..", stops.toString()); // www.x.cn: its w and points
        assertEquals(t.length(), m.nextStop(t.length()));
        assertEquals(t.length(), m.nextStop(t.length() + 70));
    }

    @Test
    void stopsAreFoundAcrossWordsOfTheBitSet() {
        String t = "文".repeat(130) + "5" + "文".repeat(70) + "七";
        TextMarks m = TextMarks.of(t);
        assertEquals(130, m.nextStop(0));
        assertEquals(130, m.nextStop(130));
        assertEquals(201, m.nextStop(131));
        assertEquals(201, m.nextStop(201));
        assertEquals(202, m.nextStop(202));
    }

    @Test
    void theFirstDropIsWhereTheReadingViewStartsDropping() {
        assertEquals(2, TextMarks.of("共1\u200B6.4亿元").firstDrop()); // a format char
        assertEquals(5, TextMarks.of("约 1.5 万名").firstDrop()); // the space before 万, not the one after 约
        assertEquals(0, TextMarks.of("\uFEFF三百").firstDrop());
        assertEquals(6, TextMarks.of("1 6.4亿").firstDrop()); // a space before a digit stays
        for (String t : new String[] {"共1\u200B6.4亿元", "约 1.5 万名", "\uFEFF三百", "1 6.4亿", "3.2 万人次", "1200 余名"}) {
            assertEquals(SpacedText.readable(t) == null, TextMarks.of(t).firstDrop() == t.length(), t);
        }
    }

    @Test
    void quotesAndCumulativeAreTheFirstOfTheirKind() {
        TextMarks m = TextMarks.of("累积3次，“八一”《条例》累计投入1亿元，累计");
        assertEquals(5, m.firstQuote());
        assertEquals(13, m.firstCumulative());
        assertEquals(3, TextMarks.of("共计4「项」").firstQuote());
        assertEquals(5, TextMarks.of("1234累").firstCumulative()); // 累 at the end is no 累计
    }
}
