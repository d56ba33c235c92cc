package dev.laurel.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.laurel.model.Qualifier;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class QuantityScannerTest {
    private static final QuantityScanner SCANNER = new QuantityScanner();

    static Quantity only(String text) {
        List<Quantity> qs = SCANNER.scan(text);
        assertEquals(1, qs.size(), "quantities in " + text + ": " + qs);
        Quantity q = qs.get(0);
        assertEquals(q.text(), text.substring(q.start(), q.end()));
        return q;
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        // input | value | unit | qualifier | text | kind
        "全市每年慰问金额超6300万元。|63000000|元|MORE_THAN|6300万元|NUMBER",
        "投入2500余万元用于|25000000|元|MORE_THAN|2500余万元|NUMBER",
        "每年发放100多万元|1000000|元|MORE_THAN|100多万元|NUMBER",
        "出动官兵近10万人次|100000|人次|NEARLY|10万人次|NUMBER",
        "安置率近70%。|70|%|NEARLY|70%|PERCENT",
        "投入约3036.5万元|30365000|元|APPROX|3036.5万元|NUMBER",
        "逾1.36亿元|136000000|元|MORE_THAN|1.36亿元|NUMBER",
        "不超过5万元|50000|元|UP_TO|5万元|NUMBER",
        "将近300人|300|人|NEARLY|300人|NUMBER",
        "共200人左右|200|人|APPROX|200人|NUMBER",
        "500人以上|500|人|MORE_THAN|500人|NUMBER",
        "100万美元以内|1000000|美元|UP_TO|100万美元|NUMBER",
        "选树两名模范|2|名|EXACT|两名|NUMBER",
        "解决小事超百个|100|个|MORE_THAN|百个|NUMBER",
        "吸纳百家商户|100|家|EXACT|百家|NUMBER",
        "投入数亿元|100000000|元|MORE_THAN|数亿元|NUMBER",
        "接待游客近万人次|10000|人次|NEARLY|万人次|NUMBER",
        "连续26年坚持|26|年|EXACT|26年|NUMBER",
        "4年来安置|4|年|EXACT|4年|NUMBER",
        "面积112.5平方公里|112.5|平方公里|EXACT|112.5平方公里|NUMBER",
        "步道6400米|6400|米|EXACT|6400米|NUMBER",
        "土地9000余亩|9000|亩|MORE_THAN|9000余亩|NUMBER",
        "１２３名|123|名|EXACT|１２３名|NUMBER",
        "百分之三十|30|%|EXACT|百分之三十|PERCENT",
        "百分之一点五|1.5|%|EXACT|百分之一点五|PERCENT",
        "30％|30|%|EXACT|30％|PERCENT",
        "三成|30|%|EXACT|三成|PERCENT",
        "荣获“三连冠”|3|连冠|EXACT|三连冠|HONOR_COUNT",
        "举办第五届论坛|5|届|EXACT|第五届|ORDINAL",
        "三分之一|0.3333333333333333||EXACT|三分之一|FRACTION",
        "推出3轮集中走访|3|轮|EXACT|3轮|NUMBER", "开展三轮集中走访|3|轮|EXACT|三轮|NUMBER",
        "建成一个驿站|1|个|EXACT|一个|NUMBER", "获得叁项专利|3|项|EXACT|叁项|NUMBER",
        "“100人”|100|人|EXACT|100人|NUMBER", "三百五又三分之一|350.3333333333333||EXACT|三百五又三分之一|FRACTION",
        "万分之三|0.03|%|EXACT|万分之三|PERCENT", "七成六|76|%|EXACT|七成六|PERCENT", "三成半|35|%|EXACT|三成半|PERCENT",
        "华氏温度98.6度|98.6|℉|EXACT|华氏温度98.6度|NUMBER", "高烧39°C|39|℃|EXACT|39°C|NUMBER",
        "宝宝十个月大|10|月|EXACT|十个月大|NUMBER"})
    void reads(String input, String value, String unit, Qualifier qualifier, String text, QuantityKind kind) {
        Quantity q = only(input);
        assertEquals(0, q.value().compareTo(new BigDecimal(value)), q.toString());
        assertEquals(unit, q.unit());
        assertEquals(qualifier, q.qualifier());
        assertEquals(text, q.text());
        assertEquals(kind, q.kind());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "3至5万元|30000|50000|元", "3-5万|30000|50000|", "3~5个|3|5|个", "两三个|2|3|个", "一两个|1|2|个",
        "三四十人|30|40|人"})
    void ranges(String input, String lower, String upper, String unit) {
        Quantity q = only(input);
        assertEquals(QuantityKind.RANGE, q.kind());
        assertEquals(0, q.lower().compareTo(new BigDecimal(lower)));
        assertEquals(0, q.upper().compareTo(new BigDecimal(upper)));
        assertEquals(0, q.value().compareTo(q.lower()));
        assertEquals(unit, q.unit());
    }

    @Test
    void cumulativeGovernsItsClauseOnly() {
        List<Quantity> qs = SCANNER.scan("累计出动车辆1000余台次、兵力1900余人次,海军某部连续12年无偿献血");
        assertEquals(3, qs.size());
        assertTrue(qs.get(0).cumulative());
        assertTrue(qs.get(1).cumulative());
        assertTrue(!qs.get(2).cumulative());
        assertTrue(only("累计投入15亿元").cumulative());
        List<Quantity> two = SCANNER.scan("军地累计互办实事206件,开展共建活动500余场次。");
        assertTrue(two.get(0).cumulative());
        assertTrue(!two.get(1).cumulative());
    }

    @Test
    void toleratesALineBreakBetweenNumberAndUnit() {
        String text = "累计安置军转干部123\n\n人、转业士官120人";
        Quantity q = SCANNER.scan(text).get(0);
        assertEquals("123\n\n人", q.text());
        assertEquals("人", q.unit());
        QuantityScanner strict = new QuantityScanner(UnitTable.defaults(), new QuantityScanner.Options(false, false));
        Quantity bare = strict.scan(text).get(0);
        assertEquals("123", bare.text());
        assertNull(bare.unit());
    }

    @Test
    void honourCountsAreMarked() {
        assertEquals(QuantityKind.HONOR_COUNT, only("先后9次被命名为全国双拥模范城").kind());
        assertEquals(QuantityKind.HONOR_COUNT, only("连续5次荣获").kind());
        assertEquals(QuantityKind.HONOR_COUNT, only("7次被命名为省级双拥模范城").kind());
        assertEquals(QuantityKind.NUMBER, only("开展拥军支前演练2次。").kind());
    }

    /** The number-model reading (bare numerals) follows Recognizers-Text; the document reading does not change. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "7万 5千 4百|75400|7万 5千 4百", "一百 二 十 几亿|12000000000|一百 二 十 几亿", "十 余 万|100000|十 余 万",
        "五十打|600|五十打", "半百|50|半百", "1 3/5|1.6|1 3/5", "-3/2|-1.5|-3/2", ".5|0.5|.5",
        "负３分之负一百五十七|52.33333333333333|负３分之负一百五十七", "三 百 五 又 三 分之 一|350.3333333333333|三 百 五 又 三 分之 一"})
    void numberModelReading(String input, String value, String text) {
        QuantityScanner numbers = new QuantityScanner(UnitTable.defaults(), new QuantityScanner.Options(false, true));
        List<Quantity> qs = numbers.scan(input);
        assertEquals(1, qs.size(), qs.toString());
        assertEquals(0, qs.get(0).value().compareTo(new BigDecimal(value)), qs.toString());
        assertEquals(text, qs.get(0).text());
        assertEquals(text, input.substring(qs.get(0).start(), qs.get(0).end()));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"万", "一切", "四川", "两两", "一美元", "对折"})
    void numberModelWords(String input) {
        QuantityScanner numbers = new QuantityScanner(UnitTable.defaults(), new QuantityScanner.Options(false, true));
        assertEquals(List.of(), numbers.scan(input));
    }

    @Test
    void bareArabicNumberHasNoUnit() {
        Quantity q = only("编号为 4096 。");
        assertNull(q.unit());
    }

    @Test
    void unitTableIsExtensible() {
        UnitTable t = UnitTable.defaults().with("瓶", "瓶", UnitCategory.COUNT);
        assertEquals("瓶", new QuantityScanner(t, QuantityScanner.Options.DEFAULT).scan("捐赠300瓶").get(0).unit());
        assertTrue(SCANNER.scan("捐赠300瓶").isEmpty());
    }
}
