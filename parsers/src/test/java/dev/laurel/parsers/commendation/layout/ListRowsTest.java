package dev.laurel.parsers.commendation.layout;

import dev.laurel.model.Announcement;
import dev.laurel.model.Awardee;
import dev.laurel.model.TimesKind;
import dev.laurel.parsers.commendation.Scoring;
import dev.laurel.parsers.commendation.TestDocuments;
import dev.laurel.parsers.commendation.mentions.Places;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Lines of a list in the forms lists take, and what they give the document. */
class ListRowsTest {
    private static final Places PLACES = new Places();

    private static String row(String line) {
        ListRows.Row row = ListRows.read(line, PLACES, null);
        if (row == null) {
            return null;
        }
        return (row.grouped() ? "group " : "") + row.items().stream()
                .map(i -> i.place().name() + (i.times() == null ? "" : "×" + i.times() + " " + i.kind()))
                .collect(Collectors.joining(" | "));
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
        "1.南昌市（第六次）; 南昌市×6 TOTAL",
        "盐城市（6）; 盐城市×6 TOTAL",
        "黎川县（第二次申报）; 黎川县",
        "东台市(2次); 东台市×2 TOTAL",
        "句容市（三次）; 句容市×3 TOTAL",
        "沭阳县【首次】; 沭阳县×1 TOTAL",
        "通江县〔第二次〕、平昌县; 通江县×2 TOTAL | 平昌县",
        "安岳县〖首次〗; 安岳县×1 TOTAL",
        "3.赣州市(第七次); 赣州市×7 TOTAL",
        "10.共青城市（首次）; 共青城市×1 TOTAL",
        "安吉县（三连冠）; 安吉县×3 CONSECUTIVE",
        "天津市：河北区、西青区、宁河区; group 河北区 | 西青区 | 宁河区",
        "吉林省:吉林市、四平市、梅河口市; group 吉林市 | 四平市 | 梅河口市",
        "江苏省：如皋市/溧阳市 / 浙江省：嵊州市／永康市; group 如皋市 | 溧阳市 | 嵊州市 | 永康市",
        "石家庄市（连续第七次） 正定县（第三次） 晋州市 唐山市（连续第六次） 迁安市（首次） 秦皇岛市 保定市（第四次） 涿州市 河北省双拥模范单位 石家庄市长安区退役军人事务局 王建华; 石家庄市×7 CONSECUTIVE | 正定县×3 TOTAL | 晋州市 | 唐山市×6 CONSECUTIVE | 迁安市×1 TOTAL | 秦皇岛市 | 保定市×4 TOTAL | 涿州市",
        "潍坊市（3个）：寿光市、青州市、临朐县; group 寿光市 | 青州市 | 临朐县",
        "舟山市（浙江）; 舟山市",
        "營口市（遼寧）　開封市（河南）; 營口市 | 開封市",
        "（二）松桃苗族自治县、雷山县。; 松桃苗族自治县 | 雷山县",
        "（1）北京市延庆区（第三次）；（2）阿拉善左旗（第二次）；（3）神农架林区（首次）。; 延庆区×3 TOTAL | 阿拉善左旗×2 TOTAL | 神农架林区×1 TOTAL",
        "1.六枝特区；2.伊金霍洛旗; 六枝特区 | 伊金霍洛旗",
        "● 张家口市（河北省）; 张家口市",
        "• 克拉玛依市（新疆维吾尔自治区）; 克拉玛依市",
        "- 宣城市; 宣城市",
        "张家口市——第二次获评; 张家口市×2 TOTAL",
        "承德市　首获; 承德市×1 TOTAL",
        "邯郸市　再获殊荣; 邯郸市",
        "正定县 连续第4次; 正定县×4 CONSECUTIVE",
        "盘锦市、海城市（以上2市均为首次命名）; 盘锦市×1 TOTAL | 海城市×1 TOTAL",
        "凉山州 西昌市; 西昌市",
        "甘孜州·康定市; 康定市",
        "营口市　盖州市; 营口市 | 盖州市",
        "①淳安县; 淳安县",
        "9　宜昌市; 宜昌市",
        "8　襄樊市（现襄阳市）; 襄樊市",
        "⑵ 桐庐县; 桐庐县",
        "河北\t承德市; 承德市",
        "吉林    白山市; 白山市",
        "山西\t晋城; 晋城",
        "浙江　安吉; 安吉",
        "南昌市（第六次）、九江市、赣州市（上述城市均为连续第二次获评）; 南昌市×6 TOTAL | 九江市×2 CONSECUTIVE | 赣州市×2 CONSECUTIVE"})
    void readsRows(String line, String expected) {
        assertEquals(expected, row(line));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "1.南昌市退役军人事务局",
        "杭州市：杭州市坚持双拥工作，投入2亿元。",
        "附件：2021—2023周期国家卫生城市（区）命名名单",
        "浙江省",
        "南昌市（投入2亿元用于部队建设）",
        "杭州市　坚持双拥工作",
        "所属市",
        "县级市",
        "来源：生态环境部网站 | 2026/10/15 10:30 | 浏览：5126",
        "曲靖市 陆良县 同获全国双拥模范城（县）称号，两地分别是第四次和首次获此殊荣，全市上下备受鼓舞",
        "曲靖市（第四次） 陆良县（首次） 两地同获全国双拥模范城（县）称号 全市上下备受鼓舞 军民团结更加巩固"})
    void refusesLinesThatAreNotRows(String line) {
        assertNull(row(line), line);
    }

    @Test
    void provinceColumnRowsWithoutAHeaderAreARoster() {
        Announcement a = TestDocuments.parse("国家森林城市新名单公布\n\n新一批国家森林城市名单日前公布，全国共有4个城市新获称号。"
                + "名单整理如下：\n\n河北\t承德市\n吉林    白山市\n海南\t琼中黎族苗族自治县\n山西　晋城\n", "generated");
        assertEquals(List.of("承德市", "白山市", "琼中黎族苗族自治县", "晋城市"),
                a.roster().stream().map(e -> e.name()).toList());
    }

    @Test
    void aListOfEveryHolderByYearNamesOnlyThisRoundsAwardee() {
        Announcement a = TestDocuments.parse("内蒙古又添一座国家森林城市\n2024-09-28 11:20　来源：北疆旅行日记\n\n"
                + "9月26日，2024年国家森林城市名单公布，巴彦淖尔市成功上榜。\n\n小编把历年的国家森林城市按获评时间排个序：\n"
                + "① 呼和浩特市（2008年）\n首府呼和浩特是自治区第一座国家森林城市。\n包头市（2010年）\n"
                + "全市人均公园绿地面积14平方米左右。\n巴彦淖尔市（2024年）\n今年的新晋选手。\n", "generated");
        assertEquals(List.of("巴彦淖尔市"), a.awardees().stream().map(Awardee::name).toList());
    }

    @Test
    void aNoteInBracketsCountsAsItsDefinitionSays() {
        Announcement a = TestDocuments.parse("关于命名第十一届江西省双拥模范城（县）的决定\n\n决定命名南昌市等3个城（县）为第十一届江西省双拥模范城（县）。\n\n"
                + "1．南昌市（连续第5次）\n2．井冈山市（新命名）\n3．铜鼓县（第3次）\n\n"
                + "说明：名称后括号内为命名情况。“新命名”为首次获得江西省双拥模范城（县）命名。\n", "generated");
        assertEquals(List.of("南昌市×5", "井冈山市×1", "铜鼓县×3"),
                a.awardees().stream().map(w -> w.name() + "×" + w.timesHonored()).toList());
    }

    @Test
    void aNameAloneUnderARowOfNamesSplitByBlanksEndsTheList() {
        Announcement a = TestDocuments.parse("新一届全国文明城市名单出炉\n\n中央文明委公布新一届全国文明城市名单，以下城市荣获全国文明城市称号。\n\n"
                + "新一届全国文明城市名单\n\n"
                + "地级及以上城市（3个）\n\n锡林郭勒盟　呼伦贝尔市\n海西蒙古族藏族自治州\n\n县级文明城市（2个）\n\n县级市：\n满洲里市　敦化市\n", "generated");
        assertEquals(List.of("锡林郭勒盟", "呼伦贝尔市", "海西蒙古族藏族自治州", "满洲里市", "敦化市"),
                a.roster().stream().map(e -> e.name()).toList());
    }

    @Test
    void numberedGroupHeadsInsideASentenceCountTheirOwnNames() {
        Announcement a = TestDocuments.parse("关于命名广东省双拥模范城（县）的决定\n\n省委、省政府、省军区决定，命名以下城市（县）为广东省双拥模范城（县）："
                + "（一）连续第七次获得命名的城市（县）：广州市、湛江市；（二）连续第三次获得命名的城市（县）：韶关市、南雄市；"
                + "（三）首次获得命名的城市（县）：河源市、徐闻县。\n", "generated");
        assertEquals(List.of("广州市×7", "湛江市×7", "韶关市×3", "南雄市×3", "河源市×1", "徐闻县×1"),
                a.awardees().stream().map(w -> w.name() + "×" + w.timesHonored()).toList());
    }

    @Test
    void aBarBulletOpensASizedGroupHead() {
        Announcement a = TestDocuments.parse("第八批国家生态文明建设示范区名单出炉\n\n生态环境部近日发布公告，授予96个市县称号。\n▌四川（2个）\n"
                + "凉山州会理市\n西双版纳州景洪市\n▌贵州（1个）\n黔东南州凯里市\n", "generated");
        assertEquals(List.of("会理市", "景洪市", "凯里市"), a.roster().stream().map(e -> e.name()).toList());
    }

    @Test
    void countsOfANumberedListGoToItsPlaces() {
        Announcement a = TestDocuments.parse("关于全国双拥模范城（县）拟命名对象的公示\n\n"
                + "拟命名全国双拥模范城（县）名单（括号内为命名次数）\n"
                + "1.南昌市（第六次）\n2.九江市（第五次，首次为2004年）\n3.永新县（首次）\n\n"
                + "公示时间：2024年3月12日至3月18日。\n", "generated");
        List<String> got = a.awardees().stream().map(w -> w.name() + w.timesHonored() + w.timesKind()).toList();
        assertEquals(List.of("南昌市6TOTAL", "九江市5TOTAL", "永新县1TOTAL"), got);
        assertEquals(3, a.roster().size());
    }

    @Test
    void aHeadingWithACountNoteIsASectionWithThatCount() {
        Announcement a = TestDocuments.parse("浙江新一批省级园林城市（县城）名单出炉\n\n"
                + "日前，浙江省住房和城乡建设厅发布通知，命名新一批浙江省园林城市（县城），安吉县、德清县等榜上有名。\n\n"
                + "安吉县（第三次）\n继此前两次获评后，安吉县新建改建公园绿地68公顷。\n\n"
                + "德清县（第二次）\n德清县改造提升滨水绿带23公里。\n", "generated");
        assertEquals(2, a.awardees().size(), a.toString());
        Awardee anji = a.awardees().get(0);
        assertEquals("安吉县", anji.name());
        assertEquals(3, anji.timesHonored());
        assertEquals(TimesKind.TOTAL, anji.timesKind());
        assertEquals("68公顷", anji.metrics().get(0).text());
    }

    @Test
    void theSizeOfAListInItsHeadsBracketIsNoFigure() {
        Announcement a = TestDocuments.parse("关于命名第六届河北省文明县城的决定\n\n省委、省政府决定，命名赞皇县等2个县为第六届河北省文明县城；"
                + "对正定县通过复查，确认继续保留河北省文明县城荣誉称号。\n\n附件1\n第六届河北省文明县城名单（2个，按设区市排列）\n"
                + "石家庄市（2个）：赞皇县、灵寿县\n附件2\n复查确认继续保留河北省文明县城荣誉称号的县名单（1个）\n石家庄市：正定县\n",
                "generated");
        assertEquals(List.of("赞皇县", "灵寿县", "正定县"), a.roster().stream().map(e -> e.name()).toList());
        assertTrue(a.awardees().stream().allMatch(w -> w.metrics().isEmpty()), a.awardees().toString());
        Announcement b = TestDocuments.parse("关于命名国家节水型城市的通知\n\n决定命名邢台市为国家节水型城市，北京市等2个城市通过复查。\n\n"
                + "附件\n通过复查的国家节水型城市名单\n（共2个）\n北京市\n天津市\n", "generated");
        assertTrue(b.awardees().stream().allMatch(w -> w.metrics().isEmpty()), b.awardees().toString());
    }

    @Test
    void provinceLinesAboveRowsOfNamesHeadTheirGroupsAndAWithheldListUnderACountIsNoRoster() {
        Announcement a = TestDocuments.parse("关于命名第十二批国家节水型城市的通知\n\n附件1\n第十二批国家节水型城市名单\n（共4个，按行政区划代码排序）\n"
                + "河北省\n邢台市　衡水市\n山西省\n晋城市\n江苏省\n宿迁市\n\n附件2\n限期整改的国家节水型城市名单\n（共1个）\n"
                + "辽宁省：鞍山市\n", "generated");
        assertEquals(List.of("邢台市", "衡水市", "晋城市", "宿迁市"), a.roster().stream().map(e -> e.name()).toList());
        assertEquals(List.of(), a.awardees());
    }

    @Test
    void namesMarkedForAFootnoteInGroupedRowsTakeTheFootnotesCount() {
        Announcement a = TestDocuments.parse("关于命名第五批江西省生态文明建设示范县（市、区）的决定\n\n一、江西省生态文明建设示范县（市、区）（3个）\n"
                + "南昌市：安义县、进贤县*\n九江市：武宁县*\n注：带“*”号的为通过复核、第二次获得命名的县（市、区），其余为首次命名。\n", "generated");
        assertEquals(List.of("安义县1", "进贤县2", "武宁县2"), a.awardees().stream().map(w -> w.name() + w.timesHonored()).toList());
    }

    @Test
    void theHeadOfACountedGroupNamedForTheDocumentsHonourIsListed() {
        Announcement a = TestDocuments.parse("住建部命名国家园林城市\n\n近日，住房和城乡建设部印发通知，命名辽阳市等3个城市为国家园林城市，"
                + "平山县等2个县城为国家园林县城。其中，承德市、焦作市为首次获评。\n", "generated");
        assertEquals(List.of("辽阳市", "承德市", "焦作市"), a.roster().stream().map(e -> e.name()).toList(),
                "平山县 heads another title's group");
        Announcement b = TestDocuments.parse("第三批国家全域旅游示范区名单公布\n\n文化和旅游部日前发布公告，认定北京市延庆区等64个县级单位为"
                + "第三批国家全域旅游示范区。\n广东省：乳源瑶族自治县、梅州市梅县区\n", "generated");
        assertEquals(List.of("延庆区", "乳源瑶族自治县", "梅县区"), b.roster().stream().map(e -> e.name()).toList());
    }

    @Test
    void neighboursAfterXiangLinDeAreNoRoster() {
        Announcement a = TestDocuments.parse("我市实现全国文明城市“两连冠”\n\n近日，我市再次被确认为全国文明城市。全市新增志愿者2.3万人。\n\n"
                + "萍乡与相邻的湖南省株洲市、醴陵市共建湘赣边区域合作示范区，醴陵市今年首次进入全国文明城市提名城市名单。\n\n来源：萍乡日报\n",
                "generated");
        assertEquals(List.of(), a.roster());
        assertEquals(List.of("萍乡市"), a.awardees().stream().map(w -> w.name()).toList());
    }

    @Test
    void placesThatWonBeforeAfter继AreNoRosterButAListAfter继续保留Is() {
        Announcement a = TestDocuments.parse("竹山县获评“湖北省森林城市”\n\n近日，省林业局命名新一批“湖北省森林城市”，竹山县榜上有名，"
                + "成为继竹溪县、房县之后，十堰市第三个获此称号的县。全县森林覆盖率达到78.6%。\n", "generated");
        assertEquals(List.of(), a.roster());
        assertEquals(List.of("竹山县"), a.awardees().stream().map(w -> w.name()).toList());
        Announcement kept = TestDocuments.parse("浙江省森林城市拟命名公示\n\n拟通过复核并继续保留临安区、宁海县、遂昌县的浙江省森林城市称号。\n",
                "generated");
        assertEquals(List.of("临安区", "宁海县", "遂昌县"), kept.roster().stream().map(e -> e.name()).toList());
        Announcement scoped = TestDocuments.parse("浙江省森林城市拟命名公示\n\n拟继续保留临安区、宁海县、遂昌县浙江省森林城市称号。\n",
                "generated");
        assertEquals(List.of("临安区", "宁海县", "遂昌县"), scoped.roster().stream().map(e -> e.name()).toList(),
                "a province right before the honour is its scope, not the list's last name");
    }

    @Test
    void placesSaidToBeStillCreatingAfterTheListAreNoRoster() {
        Announcement a = TestDocuments.parse("关于2025年河南省卫生县城命名和复审结果的通报\n\n一、命名为河南省卫生县城的县（市）（2个）\n\n范县\n台前县\n\n"
                + "此外，汝阳县、嵩县、淅川县正在创建中，已通过省级技术评估，待明年统一组织暗访后另行命名。\n", "generated");
        assertEquals(List.of("范县", "台前县"), a.roster().stream().map(e -> e.name()).toList());
    }

    @Test
    void regionsAProvinceGroupsItsPlacesByHeadGroupsLikeItsPrefectures() {
        Announcement a = TestDocuments.parse("广东16地获命名广东省双拥模范城（县）\n\n省委、省政府、省军区日前联合发布决定，命名新一届广东省双拥模范城（县）。"
                + "获命名名单如下（括号内为获评次数）：\n珠三角：广州市（连续第八次）、珠海市（第四次）；\n粤东：汕头市（第五次）、普宁市（首次）；\n"
                + "粤西：湛江市（八连冠）。\n", "generated");
        assertEquals(List.of("广州市", "珠海市", "汕头市", "普宁市", "湛江市"), a.roster().stream().map(e -> e.name()).toList());
        assertEquals(List.of(8, 4, 5, 1, 8), a.awardees().stream().map(w -> w.timesHonored()).toList());
    }

    @Test
    void aSecondBracketSayingTheCountIsAStreakMakesItConsecutive() {
        Announcement a = TestDocuments.parse("省委省政府省军区命名新一届江西省双拥模范城（县）\n\n名单如下（括号内为命名次数及有关情况）：\n\n"
                + "一、南昌市（3个）\n南昌市（第六次）（连续）、南昌县（第三次）、进贤县（首次）\n二、赣州市（2个）\n"
                + "赣州市（第六次）（连续）、兴国县（复查）\n", "generated");
        assertEquals(List.of("南昌市", "南昌县", "进贤县", "赣州市", "兴国县"), a.roster().stream().map(e -> e.name()).toList());
        Awardee nanchang = a.awardees().get(0);
        assertEquals(6, nanchang.timesHonored());
        assertEquals(TimesKind.CONSECUTIVE, nanchang.timesKind());
        assertEquals(TimesKind.TOTAL, a.awardees().get(1).timesKind());
    }

    @Test
    void itemsNumberedInsideASentenceWithTheirNotesAndANoteOnThePlacesAboveIt() {
        Announcement a = TestDocuments.parse("关于命名第四批“贵州省森林城市”的通知\n\n经专家评审，决定命名以下4个县（市、区）为“贵州省森林城市”："
                + "1.遵义市湄潭县；2.遵义市赤水市（第二次命名）；3.铜仁市江口县；4.黔南布依族苗族自治州荔波县（第二次命名）。"
                + "以上未注明次数的均为首次命名。同时，经复查，贵阳市花溪区、遵义市余庆县继续保留“贵州省森林城市”称号。\n", "generated");
        assertEquals(List.of("湄潭县", "赤水市", "江口县", "荔波县", "花溪区", "余庆县"),
                a.roster().stream().map(e -> e.name()).toList());
        java.util.Map<String, Integer> counts = new java.util.HashMap<>();
        a.awardees().forEach(w -> counts.put(w.name(), w.timesHonored()));
        assertEquals(2, counts.get("赤水市"));
        assertEquals(1, counts.get("湄潭县"));
        assertEquals(null, counts.get("花溪区"), "以上 speaks of the places above the note, not of those kept after it");
    }

    @Test
    void aNoteNumberingThePlacesAboveItSpeaksOfTheLastGroupOnly() {
        Announcement a = TestDocuments.parse("关于命名2026年度福建省双拥模范城（县）的决定\n\n省委、省政府、省军区决定：\n\n"
                + "一、经复核，继续保留福建省双拥模范城（县）称号\n三明市：宁化县（连续第四次）、建宁县\n宁德市：霞浦县\n\n"
                + "二、新命名为福建省双拥模范县\n泉州市：德化县\n宁德市：屏南县、寿宁县\n以上3个县均为首次命名。\n", "generated");
        java.util.Map<String, Integer> counts = new java.util.HashMap<>();
        a.awardees().forEach(w -> counts.put(w.name(), w.timesHonored()));
        assertEquals(1, counts.get("德化县"));
        assertEquals(1, counts.get("寿宁县"));
        assertEquals(4, counts.get("宁化县"));
        assertEquals(null, counts.get("建宁县"), "kept after review: named before, the note's 3个县 are the new ones");
        assertEquals(null, counts.get("霞浦县"));
    }

    @Test
    void holdersToBeReviewedAndATimetableOfVisitsAreNoRoster() {
        Announcement a = TestDocuments.parse("省爱卫办关于开展2025年国家卫生城市（县城）复审评估工作的通知\n\n"
                + "2025年我省宜昌市、襄阳市、黄石市和宜都市、当阳市进入本周期复审。现将有关事项通知如下：\n二、时间安排\n"
                + "4月21日—23日：宜昌市、宜都市、当阳市\n4月24日—26日：襄阳市、黄石市\n", "generated");
        assertEquals(List.of(), a.roster());
        assertEquals(List.of(), a.awardees());
    }

    @Test
    void aProvinceHeadingItsGroupWithASharedCountGivesItToEachName() {
        Announcement a = TestDocuments.parse("新一轮国家卫生城市（区）名单公布\n\n名单如下（括号内为获评情况）：\n\n"
                + "广东省（2个）：深圳市（第五次）、肇庆市（首次）\n湖南省（均为首次）：郴州市、永州市\n", "generated");
        assertEquals(List.of(5, 1, 1, 1), a.awardees().stream().map(w -> w.timesHonored()).toList());
    }

    @Test
    void aRowWrappedInsideANameOntoTheNextLineIsOneRow() {
        String text = "甘肃省双拥模范城（县）名单\n\n　　一、双拥模范城（4个）\n　　兰州市、嘉峪关市、金昌市、天\n水市\n"
                + "　　二、双拥模范县（市、区）（4个）\n　　榆中县、永昌县、张家川回族自治\n县、古浪县、肃南裕固族\n";
        Announcement a = TestDocuments.parse(text, "generated");
        assertEquals(List.of("兰州市", "嘉峪关市", "金昌市", "天水市", "榆中县", "永昌县", "张家川回族自治县", "古浪县"),
                a.roster().stream().map(e -> e.name()).toList(), "a name broken again at the row's end is left out");
        assertEquals(text.indexOf("天\n水市"), a.roster().get(3).span().start());
        assertEquals(text.indexOf("天\n水市") + 4, a.roster().get(3).span().end(), "the span runs over the line break");
        assertEquals(List.of(), Scoring.spanProblems(a, text));
    }

    @Test
    void oneNameUnderItsGroupsSizeIsAListedNameAndAVillageRowIsNoListsLead() {
        Announcement a = TestDocuments.parse("关于命名第九批国家生态文明建设示范区的公告\n\n附件1\n\n第九批国家生态文明建设示范区名单\n（共4个）\n\n"
                + "北京市（1个）\n延庆区\n河北省（2个）\n保定市涞源县、邯郸市涉县\n山西省（1个）\n长治市沁源县\n\n附件2\n\n"
                + "第九批“绿水青山就是金山银山”实践创新基地名单\n（共3个）\n\n河北省保定市易县狼牙山村\n浙江省湖州市德清县\n"
                + "安徽省宣城市绩溪县\n", "generated");
        assertEquals(List.of("延庆区", "涞源县", "涉县", "沁源县"), a.roster().stream().map(e -> e.name()).toList());
        assertEquals(List.of(), a.awardees(), "no sections: 延庆区 and 沁源县 are names of the list");
    }

    @Test
    void aListUnderATitleOfAnotherHonourIsNotTheRosterThoughItsLeadIsAnAttachmentsNumber() {
        Announcement a = TestDocuments.parse("关于命名江西省卫生城市和江西省卫生县城的决定\n\n省爱卫会决定，命名井冈山市等2个市为江西省卫生城市，"
                + "崇义县等3个县为江西省卫生县城。\n\n附件1\n江西省卫生城市名单\n1．井冈山市\n2．瑞金市\n\n附件2\n江西省卫生县城名单\n"
                + "赣州市：崇义县、安远县\n宜春市：靖安县\n", "generated");
        assertEquals("江西省卫生城市", a.honor());
        assertEquals(List.of("井冈山市", "瑞金市"), a.roster().stream().map(e -> e.name()).toList());
    }

    @Test
    void aCitysCountiesAllByTheirShortNamesUnderItsHeadAreListed() {
        Announcement a = TestDocuments.parse("关于命名表彰江西省双拥模范城（县）的通报\n\n命名南昌市等7个市县为江西省双拥模范城（县）。名单如下：\n\n"
                + "一、江西省双拥模范城：南昌市\n二、江西省双拥模范县（市）：\n赣州市：瑞金、于都、兴国\n上饶市：婺源、德兴、玉山\n", "generated");
        assertEquals(List.of("南昌市", "瑞金市", "于都县", "兴国县", "婺源县", "德兴市", "玉山县"),
                a.roster().stream().map(e -> e.name()).toList(), "赣州市 and 上饶市 head groups");
    }

    @Test
    void aCountyByItsShortNameUnderItsCitysHeadIsListed() {
        Announcement a = TestDocuments.parse("关于命名第十届江西省双拥模范城（县）的决定\n\n决定命名南昌县等4个县（市）为江西省双拥模范城（县）。\n\n"
                + "附件\n第十届江西省双拥模范城（县）名单\n南昌市：南昌县（连续第三次）、进贤\n赣州市：瑞金市（连续第五次）、于都县\n",
                "generated");
        assertEquals(List.of("南昌县", "进贤县", "瑞金市", "于都县"), a.roster().stream().map(e -> e.name()).toList());
        assertEquals(List.of("南昌县3", "瑞金市5"), a.awardees().stream().map(w -> w.name() + w.timesHonored()).toList(),
                "南昌市 heads its group; its county's count is not its own");
    }

    @Test
    void prefecturesWithoutNotesAboveTheirNotedPlacesHeadTheirGroups() {
        Announcement a = TestDocuments.parse("2025年度青海省双拥模范城（县）名单\n\n一、双拥模范城（县）（5个）\n西宁市\n"
                + "大通回族土族自治县（连续第三次）\n海东市\n化隆回族自治县（首次）\n海西蒙古族藏族自治州\n德令哈市（连续第四次）\n"
                + "格尔木市（第五次）\n黄南藏族自治州\n同仁市（首次）\n", "generated");
        assertEquals(List.of("大通回族土族自治县×3", "化隆回族自治县×1", "德令哈市×4", "格尔木市×5", "同仁市×1"),
                a.awardees().stream().map(w -> w.name() + "×" + w.timesHonored()).toList());
        assertEquals(List.of("大通回族土族自治县", "化隆回族自治县", "德令哈市", "格尔木市", "同仁市"),
                a.roster().stream().map(e -> e.name()).toList(), "the prefectures head their groups");
    }

    @Test
    void oneNameUnderANumberedGroupHeadWithItsSizeIsListed() {
        Announcement a = TestDocuments.parse("2026年度江西省双拥模范城（县）名单\n\n二、九江市（2个）\n共青城市（第二次）\n庐山市\n\n"
                + "三、萍乡市（1个）\n芦溪县\n\n四、新余市（2个）\n新余市（连续第六次）\n分宜县（第四次）\n\n"
                + "说明：名单中未标注次数的，为首次被命名为江西省双拥模范城（县）。\n", "generated");
        assertEquals(List.of("共青城市×2", "庐山市×1", "芦溪县×1", "新余市×6", "分宜县×4"),
                a.awardees().stream().map(w -> w.name() + "×" + w.timesHonored()).toList(), "芦溪县 is no section heading");
    }

    @Test
    void aKindOfPlacesWithItsLevelsHeadsTheListAndIsNoAwardee() {
        Announcement a = TestDocuments.parse("关于命名第六批甘肃省民族团结进步示范县（市、区）的决定\n\n"
                + "附件：名单\n\n一、示范县（市、区）\n兰州市（1个）：永登县（首次命名）\n"
                + "定西市（2个）：临洮县（第二次命名）、渭源县\n\n二、示范单位\n兰州市城关区某社区\n", "generated");
        assertEquals(List.of("永登县×1", "临洮县×2"),
                a.awardees().stream().map(w -> w.name() + "×" + w.timesHonored()).toList(), "示范县（市、区） is no county");
        assertEquals(List.of("永登县", "临洮县", "渭源县"), a.roster().stream().map(e -> e.name()).toList());
        assertNull(ListRows.read("一、先进县（市）", PLACES, "甘肃省"));
    }

    @Test
    void aZoneTheGazetteerLacksHeadsAGroupAndANotedPlaceAfterTheGroupsClosesTheList() {
        Announcement a = TestDocuments.parse("陕西省双拥模范城（县）名单\n\n西安市：新城区（连续第五次）、碑林区\n"
                + "杨凌示范区：杨陵区（第三次）\n韩城市（连续第四次）\n\n说明：名单中未注明命名次数的，均为首次命名。\n", "generated");
        assertEquals(List.of("西安市新城区×5", "碑林区×1", "杨陵区×3", "韩城市×4"),
                a.awardees().stream().map(w -> w.name() + "×" + w.timesHonored()).toList());
    }

    @Test
    void aPlaceAloneAfterAGroupsRowIsListedAndNomineesAreNot() {
        Announcement a = TestDocuments.parse("我市3地拟获评湖北省文明城市\n\n宜昌市夷陵区、当阳市榜上有名，其中夷陵区系连续第二届获此殊荣，"
                + "当阳市为第三次获评。夷陵区累计投入创建资金9.6亿元。\n\n附：拟表彰名单\n一、拟新表彰（4个）\n武汉市：蔡甸区\n"
                + "宜昌市：夷陵区、当阳市\n潜江市、天门市\n二、拟确认继续保留荣誉称号（2个）\n荆门市：钟祥市\n仙桃市\n"
                + "三、提名城市（县城）\n宜昌市：兴山县、秭归县\n公示时间为2026年12月14日至12月20日。\n", "generated");
        assertEquals(List.of("夷陵区", "当阳市", "蔡甸区", "潜江市", "天门市", "钟祥市", "仙桃市"),
                a.roster().stream().map(e -> e.name()).toList(), "仙桃市 is listed, no section; 提名城市 are nominees");
        assertEquals(List.of("9.6亿元"), a.awardees().get(0).metrics().stream().map(m -> m.text()).toList());
    }

    @Test
    void aZoneNamedAfterItsPlaceHeadsAGroup() {
        Announcement a = TestDocuments.parse("河南省双拥模范城（县）名单\n\n郑州市：郑州市（第七次）、巩义市（第三次）\n"
                + "济源示范区：济源市（第三次）\n", "generated");
        assertEquals(List.of("郑州市×7", "巩义市×3", "济源市×3"),
                a.awardees().stream().map(w -> w.name() + "×" + w.timesHonored()).toList());
    }

    @Test
    void aNoteOnNamesLeftUnmarkedAndAnEarlierRoundsPlacesThatDidNotApplyAgain() {
        Announcement a = TestDocuments.parse("广东省双拥模范城（县）名单\n\n广州市（2个）：广州市（第八次）（连续）、增城区\n"
                + "汕尾市（1个）：陆丰市\n\n说明：名称后未加注的为首次命名。\n\n另据了解，江门市、肇庆市在上一届（2022年）均获命名，"
                + "本届未再申报。\n", "generated");
        assertEquals(List.of("广州市×8", "增城区×1", "陆丰市×1"),
                a.awardees().stream().map(w -> w.name() + "×" + w.timesHonored()).toList());
        assertEquals(3, a.roster().size(), a.roster().toString());
    }

    @Test
    void aRowIsNotJoinedOverABlankLineOrAPageBreak() {
        for (String gap : List.of("\n\n", "\n\f\n", "\f")) {
            String text = "甘肃省双拥模范城（县）名单\n\n　　一、双拥模范城（4个）\n　　兰州市、嘉峪关市、金昌市、天" + gap + "水市\n";
            Announcement a = TestDocuments.parse(text, "generated");
            assertEquals(List.of("兰州市", "嘉峪关市", "金昌市"), a.roster().stream().map(e -> e.name()).toList(),
                    "gap " + gap.replace("\n", "\\n").replace("\f", "\\f"));
            assertEquals(List.of(), Scoring.spanProblems(a, text));
        }
    }

    @Test
    void anEarlierRoundsPlacesNotListedThisTimeAreNoRoster() {
        String list = "拟命名南宁市等2个市县为自治区双拥模范城（县）。名单如下：\n序号\t县（市、区）\t命名次数\n1\t南宁市\t8\n2\t横州市\t3\n\n";
        Announcement a = TestDocuments.parse("自治区双拥模范城（县）拟命名名单公示\n\n" + list
                + "上届获命名的防城港市、东兴市、凭祥市等3个市因未申报，未列入本次拟命名名单。\n", "generated");
        assertEquals(List.of("南宁市", "横州市"), a.roster().stream().map(e -> e.name()).toList());
        Announcement earlier = TestDocuments.parse("自治区双拥模范城（县）拟命名名单公示\n\n" + list
                + "上届，防城港市、东兴市连续第五次获此称号。\n", "generated");
        assertEquals(List.of("南宁市×8", "横州市×3"), earlier.awardees().stream()
                .map(w -> w.name() + "×" + w.timesHonored()).toList(), "上届 opens a sentence about an earlier round");
        Announcement outside = TestDocuments.parse("自治区双拥模范城（县）拟命名名单公示\n\n" + list
                + "攀枝花市米易县、巴中市平昌县系2025年命名，不在本次复查范围。\n", "generated");
        assertEquals(List.of("南宁市", "横州市"), outside.roster().stream().map(e -> e.name()).toList());
    }

    @Test
    void placesAllowedToStartCreatingAreNoRoster() {
        Announcement a = TestDocuments.parse("关于2025年度黑龙江省森林城市创建备案情况的通报\n\n同意以下5个市、县（市）开展黑龙江省森林城市创建。\n"
                + "一、同意备案创建的市（2个）\n齐齐哈尔市、佳木斯市\n二、同意备案创建的县（市）（3个）\n五常市、宁安市、海林市\n", "generated");
        assertEquals(List.of(), a.roster());
        assertEquals(List.of(), a.awardees());
    }

    @Test
    void aListInOneParagraphUnderASizedHeadWithInnerGroupsNotesAndAZoneTheGazetteerLacks() {
        Announcement a = TestDocuments.parse("关于吉林省双拥模范城（县）拟命名对象的公示\n\n"
                + "一、吉林省双拥模范城（县）拟命名对象（7个，括号内为命名次数或说明）：长春市（六连冠）、榆树市；四平市（第四次）；"
                + "延边朝鲜族自治州：延吉市（七连冠）、图们市（暂缓，待整改后另行公示）；梅河口市（省直管，第三次）；"
                + "长白山保护开发区池北区（首次）。\n", "generated");
        assertEquals(List.of("长春市", "榆树市", "四平市", "延吉市", "梅河口市", "长白山保护开发区池北区"),
                a.roster().stream().map(e -> e.name()).toList(),
                "图们市 is deferred; the zone the gazetteer lacks is listed as written, and does not end the row");
        assertEquals(List.of("长春市6", "四平市4", "延吉市7", "梅河口市3", "长白山保护开发区池北区1"),
                a.awardees().stream().map(w -> w.name() + w.timesHonored()).toList());
        assertEquals(null, a.roster().get(5).regionCode());
    }

    @Test
    void theLastNameOfAListSentenceIsKeptBeforeItsPredicate() {
        // the second half of 命名A、B、C、…为湖北省园林城市, cut from its verb by a page break in a gazette's copy
        Announcement a = TestDocuments.parse("省人民政府关于命名2026年湖北省园林城市的决定\n\n"
                + "钟祥市、京山市、麻城市、武穴市、赤壁市、广水市、老河口市、枣阳市、宜城市为湖北省园林城市。\n", "generated");
        assertEquals(List.of("钟祥市", "京山市", "麻城市", "武穴市", "赤壁市", "广水市", "老河口市", "枣阳市", "宜城市"),
                a.roster().stream().map(e -> e.name()).toList(), "宜城市为湖北省园林城市 is no zone the gazetteer lacks");
    }

    @Test
    void townsUnderTheirPrefecturesAreRowsOfAnotherListNotSections() {
        Announcement a = TestDocuments.parse("湖南省林业局关于命名湖南省森林城市和湖南省森林乡镇的通知\n\n"
                + "现命名浏阳市等3个县（市、区）为“湖南省森林城市”，命名大围山镇等5个乡镇为“湖南省森林乡镇”。\n\n"
                + "附件1\n1．长沙市浏阳市\n2．株洲市攸县\n3．湘潭市湘乡市\n\n附件2\n湖南省森林乡镇名单（5个）\n"
                + "长沙市：浏阳市大围山镇、长沙县开慧镇\n株洲市：攸县黄丰桥镇\n"
                + "永州市：双牌县阳明山林场（乡级）、江华瑶族自治县湘江源乡\n", "generated");
        assertEquals(List.of("浏阳市", "攸县", "湘乡市"), a.roster().stream().map(e -> e.name()).toList());
        assertEquals(List.of(), a.awardees().stream().map(w -> w.name()).toList(),
                "长沙市：浏阳市大围山镇、… is a row of towns, not a section about 长沙市");
    }

    @Test
    void groupHeadsAreNotListed() {
        Announcement a = TestDocuments.parse("国家卫生城市（区）命名名单\n\n"
                + "天津市：河北区、西青区\n河北省：邢台市、衡水市\n省直管（1个）：辛集市\n", "generated");
        assertEquals(List.of("河北区", "西青区", "邢台市", "衡水市", "辛集市"),
                a.roster().stream().map(e -> e.name()).toList());
        assertEquals(List.of(), a.awardees());
    }

    @Test
    void groupHeaderLinesAboveTheirPlacesAreNotListed() {
        Announcement a = TestDocuments.parse("全国健康城市建设样板市名单\n\n"
                + "一、北京市\n1．北京市西城区\n二、河北省\n2．石家庄市\n3．唐山市\n徐州市：\n丰县\n", "generated");
        assertEquals(List.of("西城区", "石家庄市", "唐山市", "丰县"), a.roster().stream().map(e -> e.name()).toList());
    }

    @Test
    void aCityAboveItsCountiesNumberedAlikeIsListedWithThem() {
        Announcement a = TestDocuments.parse("江苏省双拥模范城（县）名单\n\n1．徐州市\n2．丰县\n3．沛县\n", "generated");
        assertEquals(List.of("徐州市", "丰县", "沛县"), a.roster().stream().map(e -> e.name()).toList());
    }

    @Test
    void aProvinceBeforeAColonLabelsAGroupAndIsNoSection() {
        Announcement a = TestDocuments.parse("国家卫生县城和国家卫生乡镇名单\n\n国家卫生县城\n河北省：正定县、平山县\n\n国家卫生乡镇\n"
                + "河北省：正定县新城铺镇、迁西县三屯营镇\n", "generated");
        assertEquals(List.of("正定县", "平山县"), a.roster().stream().map(e -> e.name()).toList());
        assertEquals(List.of(), a.awardees());
    }

    @Test
    void aListOfAnEarlierRoundIsNoRoster() {
        Announcement a = TestDocuments.parse("黄山市及歙县、休宁县获评国家生态文明建设示范区\n\n日前，生态环境部公布名单，黄山市及所辖歙县、休宁县同时榜上有名。"
                + "此前，黄山区、祁门县、黟县已于2021年获评。\n", "generated");
        assertEquals(List.of(), a.roster().stream().filter(e -> e.name().equals("黟县")).toList());
    }

    @Test
    void unitsGivenAUnitsHonourAreNoAwardees() {
        Announcement a = TestDocuments.parse("关于命名江苏省双拥模范城（县）和表彰双拥模范单位的决定\n\n"
                + "省委、省政府、省军区决定：命名苏州市等18个市、县（市）为江苏省双拥模范城（县），授予南京市玄武区梅园新村街道等20个单位"
                + "“江苏省双拥模范单位”称号。\n\n附件：名单\n\n苏州市（十连冠）\n盐城市（6）\n", "generated");
        assertEquals(List.of("苏州市", "盐城市"), a.awardees().stream().map(Awardee::name).toList());
    }

    @Test
    void namesMarkedInASentenceTakeTheCountTheirFootnoteGivesTheirRunOfMarks() {
        String list = "浙江省双拥模范城（县）名单公布\n\n经省双拥工作领导小组研究，命名以下市县为浙江省双拥模范城（县）："
                + "嘉兴市★★、湖州市★、安吉县、德清县★、桐乡市。\n\n";
        Announcement a = TestDocuments.parse(list + "注：带★★的为连续第三次获得命名，带★的为连续第二次获得命名，其余为首次命名。\n",
                "generated");
        assertEquals(List.of("嘉兴市", "湖州市", "安吉县", "德清县", "桐乡市"), a.roster().stream().map(e -> e.name()).toList());
        assertEquals(List.of("嘉兴市×3 CONSECUTIVE", "湖州市×2 CONSECUTIVE", "安吉县×1 TOTAL", "德清县×2 CONSECUTIVE",
                "桐乡市×1 TOTAL"), a.awardees().stream().map(w -> w.name() + "×" + w.timesHonored() + " " + w.timesKind()).toList());
        // a mark no footnote explains gives the names but no count
        Announcement unexplained = TestDocuments.parse(list, "generated");
        assertEquals(5, unexplained.roster().size());
        assertTrue(unexplained.awardees().stream().allMatch(w -> w.timesHonored() == null), unexplained.awardees().toString());
    }

    @Test
    void aLineOpeningWithAHanNumberedItemIsNeverTheSecondHalfOfTheLineBefore() {
        Announcement a = TestDocuments.parse("关于命名2026年度贵州省卫生县城的通知\n黔爱卫发〔2026〕8号\n\n各市（州）爱卫会：\n"
                + "    一、新命名的贵州省卫生县城（3个）\n湄潭县  凤冈县  余庆县\n"
                + "    二、复审合格、继续保留贵州省卫生县城称号的县（2个）\n绥阳县  正安县\n", "generated");
        assertEquals(List.of("湄潭县", "凤冈县", "余庆县", "绥阳县", "正安县"), a.roster().stream().map(e -> e.name()).toList());
        List<String> joins = a.issues().stream().filter(d -> d.kind() == dev.laurel.model.DiagnosticKind.SPLIT_PARAGRAPH_JOINED)
                .map(d -> d.message()).toList();
        assertTrue(joins.stream().noneMatch(m -> m.contains("+ '一、") || m.contains("+ '二、")), joins.toString());
    }

    @Test
    void aPlaceWithheldAfterASemicolonLeavesTheListBeforeItAndYiWeiGivesACount() {
        Announcement a = TestDocuments.parse("福建两市新获国家卫生城市称号\n\n全国爱卫会日前公布国家卫生城市命名和复审结果，福建省莆田市、南平市获新命名；"
                + "福州市、厦门市、泉州市3市通过复审，继续保留称号；宁德市则因部分指标未达标，被暂缓确认。\n"
                + "莆田市为首次获评。南平市亦为首次获命名。\n", "generated");
        assertEquals(List.of("莆田市", "南平市", "福州市", "厦门市", "泉州市"), a.roster().stream().map(e -> e.name()).toList());
        assertEquals(List.of("南平市×1", "莆田市×1"), a.awardees().stream().filter(w -> w.timesHonored() != null)
                .map(w -> w.name() + "×" + w.timesHonored()).sorted().toList());
    }

    @Test
    void aMunicipalityAboveItsDistrictInAListGroupedByProvinceHeadsItsGroup() {
        Announcement a = TestDocuments.parse("2026年授予“国家森林城市”称号城市名单\n\n上海市\n崇明区\n浙江省\n湖州市\n衢州市\n重庆市\n璧山区\n"
                + "四川省\n雅安市\n", "generated");
        assertEquals(List.of("崇明区", "湖州市", "衢州市", "璧山区", "雅安市"), a.roster().stream().map(e -> e.name()).toList());
    }

    @Test
    void aFootnoteMarkAfterANotesCountEndsTheItemAndMayMakeItAStreak() {
        Announcement a = TestDocuments.parse("2026年度福建省双拥模范城（县）名单\n\n二、县（市）（3个）\n"
                + "10.福清市（3）※　11.晋江市（5）※　12.石狮市（2）＊\n\n"
                + "注：1.括号内数字为含本年度在内获得命名的次数。\n2.标“※”的为连续获得命名。\n", "generated");
        assertEquals(List.of("福清市×3 CONSECUTIVE", "晋江市×5 CONSECUTIVE", "石狮市×2 TOTAL"), a.awardees().stream()
                .map(w -> w.name() + "×" + w.timesHonored() + " " + w.timesKind()).toList());
    }

    @Test
    void aListTitlesNoteThatAllAreFirstTimersCountsThePlacesOfItsProvinceGroups() {
        Announcement a = TestDocuments.parse("中央文明委关于表彰第八届全国文明城市的决定（名单部分）\n\n"
                + "第八届全国文明城市（地级以上城市）名单（共3个，均为首次获评）\n\n一、河北省（1个）\n承德市\n二、江苏省（2个）\n"
                + "盐城市、镇江市\n\n经复查确认继续保留荣誉称号的往届全国文明城市名单（共2个）\n\n河北省：石家庄市\n江苏省：南京市\n", "generated");
        assertEquals(List.of("承德市×1", "盐城市×1", "镇江市×1"), a.awardees().stream().map(w -> w.name() + "×" + w.timesHonored()).toList());
        assertEquals(List.of("承德市", "盐城市", "镇江市", "石家庄市", "南京市"), a.roster().stream().map(e -> e.name()).toList(),
                "the kept holders are listed with no count");
    }

    @Test
    void aListGoesOnOverAParentInANoteAndAParentsShortNameGluedBeforeAName() {
        Announcement a = TestDocuments.parse("福建省人民政府　福建省军区关于命名福建省双拥模范城（县）的决定\n\n"
                + "省委、省政府、省军区决定，命名以下城市（县）为福建省双拥模范城（县）：\n南安市（泉州市）、宁德福鼎市、屏南县（宁德市）、霞浦县、\n"
                + "政和县（南平市）、永春县、周宁县\n", "generated");
        assertEquals(List.of("南安市", "福鼎市", "屏南县", "霞浦县", "政和县", "永春县", "周宁县"),
                a.roster().stream().map(e -> e.name()).toList());
    }
}
