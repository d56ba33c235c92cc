package dev.laurel.parsers.commendation.text;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Section titles of encyclopedia entries and overview pages, alone on their line ({@code entry-sections.txt}). */
class EntrySectionsTest {

    @ParameterizedTest
    @ValueSource(strings = {"概况", "历史沿革", "1 概况", "5. 荣誉称号", "二、经济", "（三）城市建设", "歷史沿革", "  城市荣誉 "})
    void titles(String line) {
        assertTrue(EntrySections.is(line), line);
    }

    @ParameterizedTest
    @ValueSource(strings = {"概况：鄂尔多斯市总面积8.7万平方公里", "经济社会发展", "荣誉墙", "全市经济", "2023年经济", "城市建设投入2亿元"})
    void notTitles(String line) {
        assertFalse(EntrySections.is(line), line);
    }
}
