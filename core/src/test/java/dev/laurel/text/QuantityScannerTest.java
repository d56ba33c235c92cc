package dev.laurel.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.laurel.model.Qualifier;
import dev.laurel.model.UnitCategory;
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
        "与驻庆部队结成共建对子150对，|150|对|EXACT|150对|NUMBER",
        "結成幫扶對子26對|26|對|EXACT|26對|NUMBER",
        "每年发放100多万元|1000000|元|MORE_THAN|100多万元|NUMBER",
        "出动官兵近10万人次|100000|人次|NEARLY|10万人次|NUMBER",
        "安置率近70%。|70|%|NEARLY|70%|PERCENT",
        "投入约3036.5万元|30365000|元|APPROX|3036.5万元|NUMBER",
        "逾1.36亿元|136000000|元|MORE_THAN|1.36亿元|NUMBER",
        "年产值突破30亿元|3000000000|元|MORE_THAN|30亿元|NUMBER",
        "慰问走访军人家庭3500余户次|3500|户次|MORE_THAN|3500余户次|NUMBER",
        "提供优先办理服务超过3.2万件次|32000|件次|MORE_THAN|3.2万件次|NUMBER",
        "渔船参与军地联合巡逻2100多航次|2100|航次|MORE_THAN|2100多航次|NUMBER",
        "为企业开展法治体检2300余家次|2300|家次|MORE_THAN|2300余家次|NUMBER",
        "林下经济种植面积约 **35万亩**|350000|亩|APPROX|35万亩|NUMBER",
        "查办食品安全违法案件2100余起|2100|起|MORE_THAN|2100余起|NUMBER",
        "年均负氧离子浓度3600个/立方厘米|3600|个/立方厘米|EXACT|3600个/立方厘米|NUMBER",
        "不超过5万元|50000|元|UP_TO|5万元|NUMBER",
        "不低于800万元|8000000|元|MORE_THAN|800万元|NUMBER",
        "不少于3亿元|300000000|元|MORE_THAN|3亿元|NUMBER", "不低於800萬元|8000000|元|MORE_THAN|800萬元|NUMBER",
        "至少120人|120|人|MORE_THAN|120人|NUMBER",
        "负氧离子年平均浓度超过每立方厘米3100个|3100|个|MORE_THAN|3100个|NUMBER", "全市每年投入3000万元|30000000|元|EXACT|3000万元|NUMBER",
        "每年抽检约14.6批次|14.6|批次|APPROX|14.6批次|NUMBER", "活动每年超过300场|300|场|MORE_THAN|300场|NUMBER",
        "将近300人|300|人|NEARLY|300人|NUMBER",
        "共200人左右|200|人|APPROX|200人|NUMBER",
        "约占全省面积的41.6%|41.6|%|APPROX|41.6%|PERCENT", "有机茶园约占四成|40|%|APPROX|四成|PERCENT",
        "占常住人口的比例约为25%|25|%|APPROX|25%|PERCENT",
        "安置率保持在九成以上|90|%|MORE_THAN|九成|PERCENT",
        "游客约有12万人次|120000|人次|APPROX|12万人次|NUMBER",
        "约合新台币780亿元|78000000000|新台币|APPROX|新台币780亿元|NUMBER", // the 元 of the currency named before
        "投入约人民币4.5亿元|450000000|元|APPROX|4.5亿元|NUMBER", // 约 before the currency's name written again
        "占全省面积的41.6%|41.6|%|EXACT|41.6%|PERCENT",
        "节约占地的12%|12|%|EXACT|12%|PERCENT",
        "500人以上|500|人|MORE_THAN|500人|NUMBER",
        "100万美元以内|1000000|美元|UP_TO|100万美元|NUMBER",
        "选树两名模范|2|名|EXACT|两名|NUMBER",
        "解决小事超百个|100|个|MORE_THAN|百个|NUMBER",
        "吸纳百家商户|100|家|EXACT|百家|NUMBER",
        "发放优待证5.2万张；|52000|张|EXACT|5.2万张|NUMBER",
        "捐赠图书3000余本|3000|本|MORE_THAN|3000余本|NUMBER",
        "安装路灯1200盏|1200|盏|EXACT|1200盏|NUMBER",
        "清理养殖池200余口|200|口|MORE_THAN|200余口|NUMBER",
        "新打机井386眼|386|眼|EXACT|386眼|NUMBER",
        "投入累计超过了120亿元|12000000000|元|MORE_THAN|120亿元|NUMBER",
        "公厕接近了400座|400|座|NEARLY|400座|NUMBER",
        "集装箱吞吐量约720万标箱|7200000|标箱|APPROX|720万标箱|NUMBER",
        "投入数亿元|100000000|元|MORE_THAN|数亿元|NUMBER",
        "接待游客近万人次|10000|人次|NEARLY|万人次|NUMBER",
        "连续26年坚持|26|年|EXACT|26年|NUMBER",
        "4年来安置|4|年|EXACT|4年|NUMBER",
        "面积112.5平方公里|112.5|平方公里|EXACT|112.5平方公里|NUMBER",
        "步道6400米|6400|米|EXACT|6400米|NUMBER", "白酒产量41.3万千升|413000|千升|EXACT|41.3万千升|NUMBER",
        "土地9000余亩|9000|亩|MORE_THAN|9000余亩|NUMBER", "组建志愿服务队伍一千八百余支|1800|支|MORE_THAN|一千八百余支|NUMBER",
        "１２３名|123|名|EXACT|１２３名|NUMBER",
        "百分之三十|30|%|EXACT|百分之三十|PERCENT",
        "百分之一点五|1.5|%|EXACT|百分之一点五|PERCENT",
        "森林覆盖率才百分之十几|10|%|MORE_THAN|百分之十几|PERCENT", "增长百分之二十多|20|%|MORE_THAN|百分之二十多|PERCENT",
        "30％|30|%|EXACT|30％|PERCENT",
        "三成|30|%|EXACT|三成|PERCENT",
        "荣获“三连冠”|3|连冠|EXACT|三连冠|HONOR_COUNT",
        "举办第五届论坛|5|届|EXACT|第五届|ORDINAL", "工作简报 第 5 期|5|期|EXACT|第 5 期|ORDINAL",
        "三分之一|33.33333333333333|%|EXACT|三分之一|PERCENT", "三分之二|66.66666666666667|%|EXACT|三分之二|PERCENT",
        "四分之一|25|%|EXACT|四分之一|PERCENT", "八分之一|12.5|%|EXACT|八分之一|PERCENT", "十分之一|10|%|EXACT|十分之一|PERCENT",
        "推出3轮集中走访|3|轮|EXACT|3轮|NUMBER", "开展整治行动4轮次|4|轮次|EXACT|4轮次|NUMBER", "开展三轮集中走访|3|轮|EXACT|三轮|NUMBER",
        "建成一个驿站|1|个|EXACT|一个|NUMBER", "获得叁项专利|3|项|EXACT|叁项|NUMBER",
        "“100人”|100|人|EXACT|100人|NUMBER", "三百五又三分之一|350.3333333333333||EXACT|三百五又三分之一|FRACTION",
        "万分之三|0.03|%|EXACT|万分之三|PERCENT", "七成六|76|%|EXACT|七成六|PERCENT", "三成半|35|%|EXACT|三成半|PERCENT",
        "华氏温度98.6度|98.6|℉|EXACT|华氏温度98.6度|NUMBER", "高烧39°C|39|℃|EXACT|39°C|NUMBER",
        "宝宝十个月大|10|月|EXACT|十个月大|NUMBER",
        "统一三个标准|3|个|EXACT|三个|NUMBER", "较2018年增长1.7倍|1.7|倍|EXACT|1.7倍|NUMBER", "街区18片|18|片|EXACT|18片|NUMBER", "成为唯一三次获评的城市|3|次|EXACT|三次|HONOR_COUNT"})
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
        String text = "累计安置军转干部123\n人、转业士官120人";
        Quantity q = SCANNER.scan(text).get(0);
        assertEquals("123\n人", q.text());
        assertEquals("人", q.unit());
        Quantity parted = SCANNER.scan("版次：01\n\n本报讯（记者 钟华平）").get(0);
        assertEquals("01", parted.text(), "a blank line parts a paragraph's number from the next one's words");
        assertNull(parted.unit());
        QuantityScanner strict = new QuantityScanner(UnitTable.defaults(), new QuantityScanner.Options(false, false));
        Quantity bare = strict.scan(text).get(0);
        assertEquals("123", bare.text());
        assertNull(bare.unit());
    }

    @Test
    void aTimestampsSecondsTakeNoUnitAfterASpace() {
        assertTrue(SCANNER.scan("01:15 张建国：我当了兵").stream().noneMatch(q -> "张".equals(q.unit())));
        assertTrue(SCANNER.scan("01：15 张建国说").stream().noneMatch(q -> "张".equals(q.unit())));
        assertEquals("张", SCANNER.scan("发放优待证15 张").get(0).unit(), "a space alone still joins number and unit");
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

    @ParameterizedTest(name = "{0}")
    @CsvSource({"新能源汽车零部件产业", "社会消费品零售总额", "零星分布", "零件加工", "大家一起来看", "星期二本报讯", "禮拜三本報訊", "德清县又一次摘得桂冠",
        "再一次获此殊荣", "三次产业中，服务业占比最高"})
    void wordsStartingWithANumeralAreNoQuantity(String input) {
        assertEquals(List.of(), SCANNER.scan(input), input);
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

    /** Issue 14, item 2: a decimal before 十/百/千 and Chinese decimals with 点 read whole, never a suffix. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "投入3.5千万元|35000000|3.5千万元", "投入零点五亿元|50000000|零点五亿元", "行驶2.5千公里|2500|2.5千公里",
        "投入0万元|0|0万元", "投入0千万元|0|0千万元", "投入0.5千万元|5000000|0.5千万元", "投入一千二百点五万元|12005000|一千二百点五万元",
        "投入两千三点一万元|23001000|两千三点一万元", "投入三点五千万元|35000000|三点五千万元", "投入12.34千万亿元|12340000000000000|12.34千万亿元"})
    void decimalsBeforeSmallerMultipliersReadWhole(String input, String value, String text) {
        Quantity q = only(input);
        assertEquals(0, q.value().compareTo(new BigDecimal(value)), q.toString());
        assertEquals(text, q.text());
    }

    static List<QuantityScanner.Unparsed> unparsed(String input, List<Quantity> found) {
        List<QuantityScanner.Unparsed> bad = new java.util.ArrayList<>();
        found.addAll(SCANNER.scan(input, bad::add));
        return bad;
    }

    /** Issue 14, items 2 and 15: an unreadable or over-long numeral gives no figure (no suffix of it) and one unparsed span. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "投入3.5.6万元|3.5.6万", "投入3.5千5百万元|3.5千5百万", "投入十十万元|十十万",
        "投入123456789012345678901234567890123456789012345678901234567890元|123456789012345678901234567890123456789012345678901234567890",
        "投入3至3.5.5万元|3至3.5.5万",
        "投入一二三四五六七八九一二三四五六七八九一二三四五六七八九一二三四五六七八九一二三四五六七八九一二三四五六七八九元|一二三四五六七八九一二三四五六七八九一二三四五六七八九一二三四五六七八九一二三四五六七八九一二三四五六七八九",
        "占百分之111111111111111111111111111111111111111111111111111111111111|111111111111111111111111111111111111111111111111111111111111", "占三分之111111111111111111111111111111111111111111111111111111111111|111111111111111111111111111111111111111111111111111111111111", "占111111111111111111111111111111111111111111111111111111111111分之一|111111111111111111111111111111111111111111111111111111111111"})
    void unreadableNumeralIsReportedUnparsedNeverInPart(String input, String span) {
        List<Quantity> found = new java.util.ArrayList<>();
        List<QuantityScanner.Unparsed> bad = unparsed(input, found);
        assertEquals(List.of(), found);
        assertEquals(1, bad.size(), bad.toString());
        assertEquals(span, bad.get(0).text());
        assertEquals(span, input.substring(bad.get(0).start(), bad.get(0).end()));
    }

    /** Issue 14, item 15: a fraction is a share in %, one form; a 48-char numeral is still read, exactly. */
    @Test
    void fractionIsAShareInPercentAndLongestRunIsExact() {
        Quantity q = only("三分之一的家庭");
        assertEquals(new BigDecimal("33.33333333333333"), q.value());
        assertEquals("%", q.unit());
        assertEquals(QuantityKind.PERCENT, q.kind());
        Quantity mixed = only("三百五又三分之一");
        assertEquals(null, mixed.unit());
        assertEquals(QuantityKind.FRACTION, mixed.kind());
        String digits48 = "123456789012345678901234567890123456789012345678";
        assertEquals(new BigDecimal(digits48), only("投入" + digits48 + "元").value());
        QuantityScanner numbers = new QuantityScanner(UnitTable.defaults(), new QuantityScanner.Options(false, true));
        assertEquals(new BigDecimal("0.3333333333333333"), numbers.scan("三分之一").get(0).value()); // number model
    }

    /** Issue 14, item 3: a multiplier with no digit and no qualifier word is no figure; 近万人次 still counts. */
    @ParameterizedTest(name = "{0}")
    @CsvSource({"投入万元", "投入亿元", "投入万亿元", "单位：万元"})
    void bareMultiplierIsNoFigure(String input) {
        assertEquals(List.of(), SCANNER.scan(input));
    }

    @Test
    void multiplierWithAQualifierIsAFigure() {
        assertEquals(0, only("接待游客近万人次").value().compareTo(BigDecimal.valueOf(10000)));
        Quantity q = only("参与群众万余人");
        assertEquals(0, q.value().compareTo(BigDecimal.valueOf(10000)));
        assertEquals(Qualifier.MORE_THAN, q.qualifier());
    }

    /** Issue 14, item 3: format chars inside a numeral are read through; the text keeps them. */
    @ParameterizedTest
    @CsvSource({"200B", "00AD", "FEFF", "200E", "200F", "202A", "202C", "202E"})
    void formatCharsInsideANumeralAreReadThrough(String hex) {
        String x = String.valueOf((char) Integer.parseInt(hex, 16));
        Quantity q = only("投入1" + x + "6.4亿元用于建设");
        assertEquals(0, q.value().compareTo(new BigDecimal("1640000000")), q.toString());
        assertEquals("1" + x + "6.4亿元", q.text());
        Quantity r = only("增长3" + x + "0%" + x);
        assertEquals(0, r.value().compareTo(BigDecimal.valueOf(30)), r.toString());
    }

    /** Issue 14, item 3: a space inside a numeral (1 6.4亿) gives neither half as a figure, and an unparsed span. */
    @ParameterizedTest
    @CsvSource({"0020", "00A0", "3000"})
    void spacesInsideANumeralGiveNoWrongFigure(String hex) {
        String sp = String.valueOf((char) Integer.parseInt(hex, 16));
        List<Quantity> found = new java.util.ArrayList<>();
        List<QuantityScanner.Unparsed> bad = unparsed("投入1" + sp + "6.4亿元", found);
        assertEquals(List.of(), found);
        assertEquals(List.of(new QuantityScanner.Unparsed("1" + sp + "6.4亿", 2, 8)), bad);
        List<Quantity> chinese = new java.util.ArrayList<>();
        unparsed("投入五" + sp + "十万元", chinese);
        assertEquals(List.of(), chinese);
    }

    /** Issue 14, item 4: a dash between two quantities of one unit is a range, not a sign. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "增长30%-50%|30|50|%|30%-50%", "增长30%–50%|30|50|%|30%–50%", "增长30%—50%|30|50|%|30%—50%",
        "增长30%~50%|30|50|%|30%~50%", "增长30%～50%|30|50|%|30%～50%", "投入3万元-5万元|30000|50000|元|3万元-5万元",
        "投入3-5千万元|30000000|50000000|元|3-5千万元", "投入3.5-5千万元|35000000|50000000|元|3.5-5千万元"})
    void dashBetweenTwoQuantitiesIsARange(String input, String lower, String upper, String unit, String text) {
        Quantity q = only(input);
        assertEquals(0, q.value().compareTo(new BigDecimal(lower)), q.toString());
        assertEquals(0, q.lower().compareTo(new BigDecimal(lower)), q.toString());
        assertEquals(0, q.upper().compareTo(new BigDecimal(upper)), q.toString());
        assertEquals(unit, q.unit());
        assertEquals(text, q.text());
    }

    /** Issue 14, item 15: 几, 上, 若干 before a multiplier make a vague numeral: no figure (数亿元 stays more-than). */
    @ParameterizedTest(name = "{0}")
    @CsvSource({"投入几十万元", "投入几百人", "投入上百万元", "上千人参加", "投入若干万元", "好几千人"})
    void vagueNumeralsReportNothing(String input) {
        assertEquals(List.of(), SCANNER.scan(input));
    }

    /** Issue 14, item 15: a percent word range keeps its upper bound. */
    @ParameterizedTest(name = "{0}")
    @CsvSource({"百分之三十至五十", "百分之三十至百分之五十", "百分之三十-五十"})
    void percentWordRangeKeepsItsUpperBound(String input) {
        Quantity q = only(input);
        assertEquals(0, q.value().compareTo(BigDecimal.valueOf(30)), q.toString());
        assertEquals(0, q.upper().compareTo(BigDecimal.valueOf(50)), q.toString());
        assertEquals("%", q.unit());
        assertEquals(input, q.text());
    }

    /** 队伍260支: 伍 ends a word, 260支 is the figure. */
    @Test
    void wordCapitalBeforeArabicDigitsIsNoNumeral() {
        Quantity q = only("组建双语调解队伍140支");
        assertEquals(0, q.value().compareTo(BigDecimal.valueOf(140)));
    }

    /** Fuzz finding: a web address that ends in digits glued to a numeral (www.x123十亿) gave the numeral's tail as a figure. */
    @Test
    void webAddressDigitsTakeTheRestOfTheirNumeralAlong() {
        assertEquals(List.of(), SCANNER.scan("登录www.abc123十亿亩"));
        assertEquals(List.of(), SCANNER.scan("详见http://x.cn/2023五万元"));
        assertEquals(List.of(), SCANNER.scan("www.x〇肆万台")); // 〇 (U+3007) is no Han char: the address takes it
        assertEquals(List.of(), SCANNER.scan("www.x１２肆万台"));
        assertEquals(List.of(), SCANNER.scan("http://x0點5 "));
        Quantity q = only("登录www.12371.cn一万余人参与");
        assertEquals(0, q.value().compareTo(BigDecimal.valueOf(10000)), q.toString());
        assertEquals("一万余人", q.text());
    }

    /** Fuzz finding: 点 between Arabic digits ended the numeral, so 3点5万元 gave 5万元 = 50000; it reads as 三点五万 does. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "票房突破3点5亿元|350000000|3点5亿元", "投入3点5万元|35000|3点5万元", "投入3点五万元|35000|3点五万元",
        "投入三点5万元|35000|三点5万元", "增长12点5%|12.5|12点5%"})
    void pointBetweenDigitsIsADecimalPoint(String input, String value, String text) {
        Quantity q = only(input);
        assertEquals(0, q.value().compareTo(new BigDecimal(value)), q.toString());
        assertEquals(text, q.text());
    }

    /** A time (9点30分) is still no figure; 两 after 点 still ends the numeral (两百点两 is 200 and 2). */
    @Test
    void pointInATimeIsNoFigure() {
        List<Quantity> found = new java.util.ArrayList<>();
        assertEquals(List.of(), unparsed("表彰大会于上午9点30分召开", found));
        assertEquals(List.of(), found);
    }

    /** 分 after an Arabic number is a score; not after Chinese numerals (十分重要), a time (8时30分) or in a word (5分别). */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "null", value = {
        "测评成绩为94.6分，位列全省第一|94.6|94.6分", "比上年提高3.6分。|3.6|3.6分", "得分95分以上|95|95分",
        "十分重要|null|null", "三分天下|null|null", "上午8时30分召开|null|null", "8:30分出发|null|null",
        "提高5分别为|null|null", "设立3个分局|null|null"})
    void scoresInPoints(String input, String value, String text) {
        List<Quantity> scores = SCANNER.scan(input).stream().filter(q -> "分".equals(q.unit())).toList();
        if (value == null) {
            assertEquals(List.of(), scores);
            return;
        }
        assertEquals(1, scores.size(), scores.toString());
        assertEquals(0, scores.get(0).value().compareTo(new BigDecimal(value)));
        assertEquals(text, scores.get(0).text());
        assertEquals(dev.laurel.model.UnitCategory.SCORE, scores.get(0).category());
    }

    /** Fuzz finding: a number right after a lone decimal point (.5万元) gave 5万元 = 50000; it is no figure, and unparsed. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {"投入.5万元|.5万", "投入．5万元|．5万", ".5亿元|.5亿", "完成任务.50人参加|.50", "投入.4 25万家|4 25万"})
    void numberAfterALoneDecimalPointIsNoFigure(String input, String span) {
        List<Quantity> found = new java.util.ArrayList<>();
        List<QuantityScanner.Unparsed> bad = unparsed(input, found);
        assertEquals(List.of(), found);
        assertEquals(1, bad.size(), bad.toString());
        assertEquals(span, bad.get(0).text());
    }

    /** 1, 260万元 (a grouping comma typed with a space after it, or two numbers) gave 260万元; it is no figure, and unparsed. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {"累计投入双拥资金1, 260万元|1, 260万", "投入12,  480余万元|12,  480"})
    void threeDigitsAfterDigitsACommaAndASpaceAreNoFigure(String input, String span) {
        List<Quantity> found = new java.util.ArrayList<>();
        List<QuantityScanner.Unparsed> bad = unparsed(input, found);
        assertTrue(found.stream().noneMatch(q -> q.unit() != null), found.toString());
        assertEquals(1, bad.size(), bad.toString());
        assertEquals(span, bad.get(0).text());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {"投入1,260万元|1,260万元", "投入1, 2600万元|2600万元", "分别为6、260万元|260万元"})
    void aGroupingCommaWithoutASpaceOrAFourDigitNumberReads(String input, String text) {
        assertEquals(text, SCANNER.scan(input).stream().filter(q -> q.unit() != null).findFirst().orElseThrow().text());
    }

    /** Fuzz finding: a unit that starts with a multiplier (千克, 千米) with no digit before it was read as 1000 克. */
    @ParameterizedTest(name = "{0}")
    @CsvSource({"价格为每千克", "单位：千米", "6.千克", "每平方千米"})
    void unitStartingWithAMultiplierIsNoFigure(String input) {
        List<Quantity> qs = SCANNER.scan(input);
        assertTrue(qs.stream().noneMatch(q -> q.text().startsWith("千")), qs.toString());
    }

    @Test
    void unitStartingWithAMultiplierKeepsItsFigures() {
        assertEquals(List.of("10元"), SCANNER.scan("每千克10元").stream().map(Quantity::text).toList());
        Quantity near = only("绵延近千米");
        assertEquals(0, near.value().compareTo(BigDecimal.valueOf(1000)), near.toString());
        assertEquals(Qualifier.NEARLY, near.qualifier());
        Quantity km = only("全长3.5千米");
        assertEquals(0, km.value().compareTo(new BigDecimal("3.5")), km.toString());
        assertEquals("千米", km.unit());
    }

    /** Fuzz finding: 成 took the first digit of the numeral after it (5成一点三六百个 gave 51 %, and cut 一点三六百个). */
    @Test
    void shareTakesNoDigitOfALongerNumeral() {
        List<Quantity> qs = SCANNER.scan("5成一点三六百个");
        assertEquals(List.of("5成", "一点三六百个"), qs.stream().map(Quantity::text).toList());
        assertEquals(0, qs.get(0).value().compareTo(BigDecimal.valueOf(50)), qs.toString());
        assertEquals(0, qs.get(1).value().compareTo(BigDecimal.valueOf(136)), qs.toString());
        assertEquals(0, only("七成六").value().compareTo(BigDecimal.valueOf(76)));
    }

    /**
     * Fuzz finding: the split-by-a-space rule (1 6.4亿) was not applied to a number after 百分之, 分之 or a range mark
     * (百分之佰 2 gave 100 % and 2).
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {"占百分之1 6|1 6", "占百分之佰　2|佰　2", "占三分之1 6|1 6", "投入3至5 6万元|3至5 6万",
        "三百五又三分之1 6|1 6"})
    void numeralSplitAfterARatioWordOrRangeMarkIsNoFigure(String input, String span) {
        List<Quantity> found = new java.util.ArrayList<>();
        List<QuantityScanner.Unparsed> bad = unparsed(input, found);
        assertEquals(List.of(), found);
        assertEquals(1, bad.size(), bad.toString());
        assertEquals(span, bad.get(0).text());
    }

    @Test
    void splitUpperBoundOfAPercentWordRangeMakesNoRange() {
        List<Quantity> found = new java.util.ArrayList<>();
        List<QuantityScanner.Unparsed> bad = unparsed("百分之30至50 6%", found);
        assertEquals(1, found.size(), found.toString());
        assertNull(found.get(0).upper());
        assertEquals("百分之30", found.get(0).text());
        assertEquals(List.of(new QuantityScanner.Unparsed("50 6", 6, 10)), bad);
    }

    /** Fuzz finding: the number a slogan quotes (三个100%) was skipped only up to a space, so 四个2 0 gave the figure 0. */
    @ParameterizedTest(name = "{0}")
    @CsvSource({"做到四个2 0", "坚持三个1 00%", "六千五个2　0"})
    void sloganNumberSplitByASpaceIsSkippedWhole(String input) {
        assertEquals(List.of(), SCANNER.scan(input));
    }

    /** Fuzz finding: an over-long numeral was reported unparsed without what a space splits from it, which was then read. */
    @Test
    void overLongNumeralTakesWhatASpaceSplitsFromIt() {
        String digits49 = "1234567890123456789012345678901234567890123456789";
        List<Quantity> found = new java.util.ArrayList<>();
        List<QuantityScanner.Unparsed> bad = unparsed("投入" + digits49 + " 5万元", found);
        assertEquals(List.of(), found);
        assertEquals(List.of(new QuantityScanner.Unparsed(digits49 + " 5万", 2, 54)), bad);
    }

    /** Fuzz finding: 0万 = 0 but 0万亿 (arabic × the chain 万亿, as 1万亿 = 10^12) was unparsed; 5万0亿 was read as 0. */
    @Test
    void writtenZeroTimesAChainOfBigPowersIsZero() {
        for (String s : new String[] {"0万亿吨", "0千万亿元", "0.0万亿元"}) {
            Quantity q = only(s);
            assertEquals(0, q.value().signum(), q.toString());
        }
        assertEquals(new BigDecimal("100000000"), ChineseNumerals.parse("1亿0万"));
        assertTrue(ChineseNumerals.tryParse("5万0亿").isEmpty());
        assertTrue(ChineseNumerals.tryParse("0亿万").isEmpty());
    }

    /** Fuzz finding: 余/几 + 万 after a glued pair scaled the value but not the bounds (两三百余万人: value 2e6, upper 300). */
    @Test
    void multiplierAfterAGluedPairScalesBothBounds() {
        Quantity q = only("两三百余万人");
        assertEquals(QuantityKind.RANGE, q.kind());
        assertEquals("2000000", q.value().toPlainString());
        assertEquals("2000000", q.lower().toString());
        assertEquals("3000000", q.upper().toString());
        assertEquals(Qualifier.MORE_THAN, q.qualifier());
    }

    /** Fuzz finding: digits right after 余万/几兆 were read as a figure of their own (一贰几兆291吨 gave 291吨). */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {"投入2500余万3千元|2500余万3千", "一贰几兆291吨|一贰几兆291"})
    void numeralRightAfterAnInnerMultiplierIsNoFigure(String input, String span) {
        List<Quantity> found = new java.util.ArrayList<>();
        List<QuantityScanner.Unparsed> bad = unparsed(input, found);
        assertEquals(List.of(), found);
        assertEquals(1, bad.size(), bad.toString());
        assertEquals(span, bad.get(0).text());
    }
}
