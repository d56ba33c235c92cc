package dev.laurel.region;

import dev.laurel.text.ReadingView;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** Line breaks that cut a place's name in two, as a list copied from a PDF has them. */
class NameBreaksTest {
    private static String read(String text) {
        return ReadingView.of(text, NameBreaks::find).text();
    }

    @Test
    void aNameCutAtALineEndReadsWhole() {
        assertEquals("决定命名湄潭县、凤冈县、赤水市、习水县为示范区。", read("决定命名湄潭县、凤冈县、赤\n水市、习水县为示范区。"));
        assertEquals("泰興市、興化市入選。", read("泰興市、興\n化市入選。"));
    }

    @Test
    void aPageNumberAndARunningHeaderBetweenTheHalvesAreReadPast() {
        String text = "贵州省生态环境厅文件\n我厅决定命名湄潭县、赤\n—3—\n贵州省生态环境厅文件\n水市、荔\n波县为示范区。\n";
        assertEquals("贵州省生态环境厅文件\n我厅决定命名湄潭县、赤水市、荔波县为示范区。\n", read(text));
        assertEquals(2, ReadingView.of(text, NameBreaks::find).joinedBreaks());
    }

    @ParameterizedTest
    @ValueSource(strings = {"湄潭县\n凤冈县", "江西省\n赣州市、吉安市", "全省共命名\n26个县", "第三批贵州省生态\n文明建设示范区", "赤\n一、水市", "天\n\n水市", "天\f水市", "天\n\f\n水市"})
    void breaksBetweenWholeNamesOrNoneStay(String text) {
        assertNull(NameBreaks.find(text), text);
    }
}
