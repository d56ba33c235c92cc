package dev.laurel.parsers.commendation.text;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Photo captions, by the word that closes their bracket ({@code caption-words.txt}). */
class CaptionsTest {

    @ParameterizedTest
    @ValueSource(strings = {"栾川县重渡沟景区一角（资料图）", "官兵在训练（记者 李明 摄）", "双拥公园 (图片来源：县融媒体中心供图)",
        "蘇州市雙擁工作表彰現場（記者 吳磊 攝）"})
    void captions(String line) {
        assertTrue(Captions.is(line), line);
    }

    @ParameterizedTest
    @ValueSource(strings = {"栾川县地处伏牛山腹地（见下图", "投入资金2亿元（含省级补助）", "全市建成公园12个。", "安吉县（第三次）"})
    void notCaptions(String line) {
        assertFalse(Captions.is(line), line);
    }
}
