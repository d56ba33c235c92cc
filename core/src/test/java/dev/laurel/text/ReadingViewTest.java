package dev.laurel.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.quicktheories.generators.SourceDSL;

class ReadingViewTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        // source | view
        "擁(yōng)軍優屬|擁軍優屬",
        "蘇（sū）州市再獲殊榮|蘇州市再獲殊榮",
        "連續(lián xù)四屆|連續四屆",
        "河 北 省|河北省",
        "平方米。南 丰县还为|平方米。南丰县还为",
        "省 份	城市名称|省份	城市名称",
        "霞浦县 , 是 。|霞浦县,是。",
        "霞\u200b浦县|霞浦县",
        "“双拥” ， 共建|“双拥”，共建",
        "全国累计已有230个了.几年来|全国累计已有230个了。几年来",
        "古树名木保护1482株......全市|古树名木保护1482株………………全市",
        "华亭市(第三次)丶崇信县(首次)丶灵台县|华亭市(第三次)、崇信县(首次)、灵台县",
        "先进典型o为表彰先进|先进典型。为表彰先进",
        "个人称号o”希望|个人称号。”希望",
    })
    void leavesOutWhatOnlyLooksDifferent(String source, String view) {
        assertEquals(view, ReadingView.of(source).text());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "地区生产总值(GDP)增长", "里程(km)", "始建于(2024)年", "南京市 无锡市 苏州市", "序号  省份  名称",
        "投入 1.8 亿元", "(yōng)开头", "a (yōng) b", "一. 总体要求", "二十.重点任务", "永康市.gov.cn", "满分.5",
        "丶部首", "O2O平台", "市o2o", "Logo设计", "马鞍山蝉联 滁州首获",
    })
    void keepsWhatIsText(String source) {
        ReadingView v = ReadingView.of(source);
        assertSame(source, v.text());
        assertTrue(v.isIdentity());
    }

    @Test
    void spansMapBackToTheSource() {
        String source = "蘇(sū)州市投入 8.6億(yì)元";
        ReadingView v = ReadingView.of(source);
        assertEquals("蘇州市投入 8.6億元", v.text());
        int at = v.text().indexOf("8.6億元");
        int s = v.sourceStart(at);
        int e = v.sourceEnd(at, at + "8.6億元".length());
        assertEquals("8.6億(yì)元", source.substring(s, e));
        assertEquals(at, v.viewIndex(s));
        assertEquals(v.text().length(), v.viewIndex(source.length()));
    }

    /** Every kept char maps back to itself, in order, and the view is the source without the dropped chars. */
    @Test
    void theMapIsMonotoneAndFaithful() {
        String alphabet = "河北省份蘇州(yōng)（sū） ,，。、\u200b\u3000ab12万..一\n";
        qt().withExamples(3000).forAll(SourceDSL.lists().of(SourceDSL.integers().between(0, alphabet.length() - 1))
                .ofSizeBetween(0, 40)).checkAssert(ix -> {
                    StringBuilder b = new StringBuilder();
                    ix.forEach(k -> b.append(alphabet.charAt(k)));
                    String source = b.toString();
                    ReadingView v = ReadingView.of(source);
                    int last = -1;
                    for (int i = 0; i < v.text().length(); i++) {
                        int s = v.sourceStart(i);
                        assertTrue(s > last, source);
                        char read = v.text().charAt(i); // a char itself, or a full stop read as 。 or …
                        assertTrue(source.charAt(s) == read || source.charAt(s) == '.' && (read == '。' || read == '…'), source);
                        assertEquals(i, v.viewIndex(s), source);
                        last = s;
                    }
                    assertEquals(source.length(), v.sourceStart(v.text().length()));
                });
    }
}
