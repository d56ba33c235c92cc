package dev.laurel.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Units, categories and currency codes as the scanner reports them, on sentences of our own. */
class ScannedUnitsTest {
    private static final QuantityScanner SCANNER = new QuantityScanner();

    /** The one quantity of {@code text}. */
    static Quantity one(String text) {
        List<Quantity> qs = SCANNER.scan(text);
        assertEquals(1, qs.size(), text + " -> " + qs);
        Quantity q = qs.get(0);
        assertEquals(text.substring(q.start(), q.end()), q.text());
        return q;
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "他捐了7人民币。|7|元|currency|CNY|7人民币",
        "项目总投资3亿元人民币。|300000000|元|currency|CNY|3亿元人民币",
        "对方报价200亿台币|20000000000|新台币|currency|TWD|200亿台币",
        "这件衣服卖80美圆|80|美元|currency|USD|80美圆",
        "门票2.5瑞士法郎|2.5|瑞士法郎|currency|CHF|2.5瑞士法郎",
        "每月工资约900奈拉|900|奈拉|currency|NGN|900奈拉",
        "一共花了5万美元|50000|美元|currency|USD|5万美元",
        "澳门元兑换：300澳门元|300|澳门元|currency|MOP|300澳门元",
        "换了1200韩元|1200|韩元|currency|KRW|1200韩元",
        "买入0.5比特币|0.5|比特币|currency||0.5比特币",
        "售价仅$35。|35|美元|currency|USD|$35",
        "收费￥120，含税|120|元|currency|CNY|￥120",
        "筹得US$3,000万|30000000|美元|currency|USD|US$3,000万",
        "票价HK$ 50|50|港元|currency|HKD|HK$ 50",
        "罚款€200|200|欧元|currency|EUR|€200",
        "投入约新台币53亿元|5300000000|新台币|currency|TWD|新台币53亿元",
        "折合港币50亿元|5000000000|港元|currency|HKD|港币50亿元",
        "报价台币 80元|80|新台币|currency|TWD|台币 80元",
        "以港币结算300美元|300|美元|currency|USD|300美元",
        "他身高175cm，|175|厘米|length||175cm",
        "在400m跑道上|400|米|length||400m",
        "每片含3.6微克叶酸|3.6|微克|mass||3.6微克",
        "文件大小二十兆字节|20|MB|data||二十兆字节",
        "内存16GB，|16|GB|data||16GB",
        "装机容量120万千瓦|1200000|千瓦|power||120万千瓦",
        "年发电量5千瓦时|5|千瓦时|energy||5千瓦时",
        "节约能源3.2万吨标准煤|32000|吨标准煤|energy||3.2万吨标准煤",
        "水库库容10.6亿立方米|1060000000|立方米|volume||10.6亿立方米",
        "PM2.5平均浓度为28微克/立方米|28|微克/立方米|concentration||28微克/立方米",
        "PM2.5年均濃度降至28微克/立方公尺|28|微克/立方公尺|concentration||28微克/立方公尺",
        "加水500mL。|500|毫升|volume||500mL",
        "长12公分|12|公分|length||12公分",
        "服务群众3000人次|3000|人次|people||3000人次",
        "新建公园12个|12|个|count||12个",
        "历时3个小时|3|小时|time||3个小时",
        "辖区面积5km2|5|平方公里|area||5km2",
        "人均住房80m2，|80|平方米|area||80m2"})
    void unitCategoryAndCode(String text, String value, String unit, String category, String iso, String span) {
        Quantity q = one(text);
        assertEquals(0, new BigDecimal(value).compareTo(q.value()), q.toString());
        assertEquals(unit, q.unit());
        assertEquals(category, q.category().id());
        assertEquals(iso == null || iso.isEmpty() ? null : iso, q.currency());
        assertEquals(span, q.text());
    }

    /** Latin letters glued to a number make a code, not a unit: nothing is read rather than a wrong unit. */
    @ParameterizedTest
    @CsvSource({"建成5G网络", "创建3A级景区", "新开4S店", "建设5G基站", "1月1日元旦放假", "索引号：11341524MB1556732K"})
    void codesAreNoQuantities(String text) {
        assertTrue(SCANNER.scan(text).isEmpty(), text + " -> " + SCANNER.scan(text));
    }

    @ParameterizedTest
    @CsvSource({"'He ran 5 miles today', 5", "'Wait 10min', 10"})
    void aLatinUnitInsideAWordIsNoUnit(String text, String value) {
        List<Quantity> qs = SCANNER.scan(text);
        assertTrue(qs.stream().allMatch(q -> q.unit() == null), qs.toString());
    }

    @ParameterizedTest
    @CsvSource({"慰问金额6300万元", "带动就业2500余人", "增长12%"})
    void categoriesOnTheDocumentUnits(String text) {
        Quantity q = one(text);
        assertTrue(q.category() != null, q.toString());
        assertNull(q.lower());
    }
}
