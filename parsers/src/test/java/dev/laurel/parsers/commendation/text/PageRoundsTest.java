package dev.laurel.parsers.commendation.text;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PageRoundsTest {
    @Test
    void keepsTheHighestRoundOfEachWord() {
        PageRounds r = PageRounds.NONE.and("第五批、第七批国家生态文明建设示范区；第六届全国文明城市", 0, 28);
        assertEquals(new PageRounds(7, 6), r);
        assertEquals(new PageRounds(7, 6), r.and("第三批", 0, 3));
        assertEquals(PageRounds.NONE, PageRounds.NONE.and("没有轮次", 0, 4));
    }

    @Test
    void aVerbDatedByALowerRoundOfTheSameWordIsAnEarlierRounds() {
        PageRounds page = PageRounds.NONE.and("第七批名单公布。", 0, 8);
        String text = "建德市已于第五批获评。";
        assertTrue(page.datesEarlier(text, text.indexOf("获评")));
        String same = "建德市也于第七批获评。";
        assertFalse(page.datesEarlier(same, same.indexOf("获评")));
        String edition = "该市已于第五届获评。";
        assertFalse(page.datesEarlier(edition, edition.indexOf("获评")), "no edition was named before: 届 is not 批");
        String undated = "建德市获评。";
        assertFalse(page.datesEarlier(undated, undated.indexOf("获评")));
    }

    @Test
    void theRoundNamedEarlierInTheSameParagraphCounts() {
        String text = "第七批名单中有桐庐县。建德市已于第五批获评。";
        assertTrue(PageRounds.NONE.datesEarlier(text, text.indexOf("获评")));
    }
}
