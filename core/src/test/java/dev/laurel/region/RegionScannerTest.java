package dev.laurel.region;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.strings;

import dev.laurel.model.SourceSpan;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

class RegionScannerTest {
    private final RegionScanner full = RegionScanner.of(RegionScanner.Names.FULL);
    private final RegionScanner all = RegionScanner.of(RegionScanner.Names.FULL_AND_SHORT);

    private static List<String> texts(List<RegionMention> ms) {
        return ms.stream().map(RegionMention::text).collect(Collectors.toList());
    }

    @Test
    void headingWithProvinceIsOneMentionOfTheCity() {
        List<RegionMention> ms = full.scan("浙江省杭州市\n\n杭州市坚持双拥优良传统");
        assertEquals(2, ms.size());
        RegionMention heading = ms.get(0);
        assertEquals(new SourceSpan(0, 6), heading.span());
        assertEquals("330100", heading.unique().orElseThrow().code());
        assertEquals("浙江省", heading.qualifiers().get(0).name());
        assertEquals(new SourceSpan(8, 11), ms.get(1).span());
        assertTrue(ms.get(1).qualifiers().isEmpty());
    }

    @Test
    void chainsOfThreeLevels() {
        RegionMention m = full.scan("浙江省金华市义乌市").get(0);
        assertEquals("330782", m.unique().orElseThrow().code());
        assertEquals(List.of("330000", "330700"), m.qualifiers().stream().map(Region::code).collect(Collectors.toList()));
        assertEquals("110105", full.scan("北京市朝阳区").get(0).unique().orElseThrow().code());
    }

    @Test
    void shortNameOfAnotherCityInsideASection() {
        String text = "舟山市深化双拥共建，与湖州等地开展交流。";
        List<RegionMention> ms = all.scan(text);
        assertEquals(List.of("舟山市", "湖州"), texts(ms));
        RegionMention huzhou = ms.get(1);
        assertEquals("330500", huzhou.unique().orElseThrow().code());
        assertEquals(Lookup.Match.SHORT_NAME, huzhou.match());
        assertEquals("湖州", huzhou.span().of(text));
        assertEquals(List.of("舟山市"), texts(full.scan(text)), "full names only");
    }

    @Test
    void prefersTheLongestMatch() {
        List<RegionMention> ms = all.scan("长兴县和江山市");
        assertEquals(List.of("长兴县", "江山市"), texts(ms));
        assertEquals("330522", ms.get(0).unique().orElseThrow().code());
        assertEquals(List.of("黔南州"), texts(all.scan("黔南州武警支队")));
    }

    @Test
    void commonWordsAndSingleCharactersAreNotPlaceNames() {
        assertTrue(all.scan("打江山，保平安，军民同心，城区面积扩大").isEmpty());
        assertTrue(all.scan("在老城区，门前三包落实率达到100%；保护古城风貌").isEmpty(), "老城区 is an old town, 古城 an old city");
        assertTrue(all.scan("兴、代、盂、吉").isEmpty());
        assertTrue(all.scan("振兴县域经济，现代县城").isEmpty(), "兴县/代县 inside words");
        assertEquals(List.of("兴县"), texts(all.scan("山西省吕梁市的兴县")).subList(1, 2));
        assertEquals(List.of("兴县"), texts(all.scan("在兴县调研")));
        assertEquals(List.of("徽州区", "歙县", "黟县"), texts(all.scan("徽州区和歙县、黟县"))); // 和 joins a list as 与 and 及 do
        assertEquals(List.of("福鼎"), texts(all.scan("驻福鼎部队出动兵力"))); // 驻, like 在, ends a word before a name
        assertEquals(List.of("芒市"), texts(all.scan("州府芒市通过复审"))); // 府 of 州府, 首府 ends a noun before a name
        assertEquals(List.of("桐庐", "淳安"), texts(all.scan("先看桐庐。再看淳安。"))); // 看 opens one place's part of a page
        assertEquals(List.of("淳安"), texts(all.scan("走进淳安")));
        assertEquals(List.of("广州"), texts(all.scan("省会广州早在2011年已获评"))); // 省会, 首府 end a noun before a name
        assertTrue(all.scan("好看中山装").isEmpty(), "中山 is a common word");
        assertEquals(List.of("山西省代县"), texts(all.scan("山西省代县")));
        assertEquals(List.of("陇县", "千阳县"), texts(all.scan("同时，我市陇县、千阳县首次被命名"))); // a pointer ends a word
        assertEquals(List.of("浚县", "淇县"), texts(all.scan("我省浚县、淇县榜上有名"))); // 我省 too
        assertTrue(all.scan("全市和县级部门").isEmpty(), "全市 is no pointer that ends a word: 和县 inside 和县级");
        assertEquals(List.of("祁县"), texts(all.scan("同批获评的还有祁县。"))); // 还有, two chars, ends a word
        assertEquals(List.of("祁县"), texts(all.scan("同批获评的还有邻县祁县。"))); // 邻县 points to a place, as 我市 does
        assertEquals(List.of("龙胜"), texts(all.scan("其中龙胜4.1亿元")));
        assertEquals(List.of("康县", "甘肃省"), texts(all.scan("同意命名康县为甘肃省生态文明建设示范县"))); // an object-first verb
        assertEquals(List.of("安图县"), texts(all.scan("长白山下的绿色答卷——安图县再获")), "长白山 is a mountain, no 长白县");
        assertEquals(List.of(), texts(all.scan("鄱阳湖畔的候鸟")), "鄱阳湖 is a lake");
        assertEquals(List.of("平遥"), texts(all.scan("古城平遥近年投入约6.8亿元"))); // a city's epithet ends a word
        assertEquals(List.of(), texts(all.scan("县城中山路")), "城 alone ends no word");
    }

    @Test
    void aSuffixStartingAWordOfLevelsEndsNoName() {
        assertEquals(List.of(), texts(all.scan("本次全国共有28个城市（区）和县级市新获命名")));
        assertEquals(List.of("安徽", "和县"), texts(all.scan("（安徽）和县获评省级文明城市")));
    }

    @Test
    void aDistrictNamedForTheUrbanAreaMustStartAWord() {
        assertEquals(List.of(), texts(all.scan("南流江城区段综合治理完成河道整治21公里")), "江城区 of 南流江城区段");
        assertEquals(List.of(), texts(all.scan("新增城区绿地186公顷")));
        assertEquals(List.of("江城区"), texts(all.scan("在江城区新建公园12个")));
        assertEquals(List.of("阳江市江城区"), texts(all.scan("阳江市江城区新建公园12个")));
    }

    @Test
    void aDirectionOnARiversOrAMountainsSideIsNoProvince() {
        assertEquals(List.of("察布查尔锡伯自治县", "伊犁"), texts(all.scan("察布查尔锡伯自治县位于伊犁河南岸")));
        assertTrue(all.scan("在洞庭湖北岸，太行山东麓").isEmpty(), "湖北 of 洞庭湖北岸, 山东 of 太行山东麓");
        assertEquals(List.of("河南", "山东"), texts(all.scan("在河南，山东侧重发展")));
        assertEquals(List.of("河南省"), texts(all.scan("在河南省岸边")), "a name of three chars is read whole");
    }

    @Test
    void ambiguousMentionsKeepAllCandidates() {
        RegionMention m = all.scan("朝阳区").get(0);
        assertEquals(2, m.candidates().size());
        RegionMention jilin = all.scan("吉林的冬天").get(0);
        assertEquals(2, jilin.candidates().size());
        assertEquals("220200", all.scan("吉林省吉林市").get(0).unique().orElseThrow().code());
    }

    @Test
    void restrictedToAProvince() {
        RegionScanner zj = all.withinProvince("浙江");
        assertEquals(List.of("湖州", "义乌市"), texts(zj.scan("湖州、北京市、朝阳区和义乌市")));
        assertEquals("220104", all.withinProvince("220000").scan("朝阳区").get(0).unique().orElseThrow().code());
        assertThrows(IllegalArgumentException.class, () -> all.withinProvince("杭州市"));
    }

    @Test
    void traditionalScriptKeepsOffsets() {
        String text = "湖南省邵陽市與臺州";
        List<RegionMention> ms = all.scan(text);
        assertEquals(List.of("湖南省邵陽市", "臺州"), texts(ms));
        assertEquals("430500", ms.get(0).unique().orElseThrow().code());
        assertEquals("331000", ms.get(1).unique().orElseThrow().code());
    }

    @Test
    void seedRosterSentenceFindsEveryCity() {
        String roster = "分别是:杭州市、宁波市、温州市、湖州市、嘉兴市、绍兴市、金华市、衢州市、舟山市、台州市、丽水市,"
                + "义乌市、平湖市、温岭市、江山市,象山县、长兴县、平阳县、青田县、嵊泗县";
        List<RegionMention> ms = full.withinProvince("330000").scan(roster);
        assertEquals(20, ms.size());
        assertTrue(ms.stream().allMatch(m -> m.unique().isPresent()));
    }

    @Test
    void scanningAnyStringNeverThrowsAndSpansAreValid() {
        Gen<String> names = integers().between(0, Gazetteer.get().size() - 1)
                .map(i -> Gazetteer.get().regions().get(i))
                .map(r -> (r.code().hashCode() & 1) == 0 ? r.name() : r.shortName());
        Gen<String> noise = strings().betweenCodePoints(0x4E00, 0x4E80).ofLengthBetween(0, 4);
        Gen<String> mixed = names.zip(noise, strings().allPossible().ofLengthBetween(0, 6), (a, b, c) -> b + a + c + a);
        Gen<String> any = strings().allPossible().ofLengthBetween(0, 60);
        for (Gen<String> gen : List.of(mixed, any)) {
            qt().withExamples(400).forAll(gen).check(text -> valid(text, all.scan(text)) && valid(text, full.scan(text)));
        }
    }

    private static boolean valid(String text, List<RegionMention> ms) {
        int last = 0;
        for (RegionMention m : ms) {
            SourceSpan s = m.span();
            if (s.start() < last || s.end() <= s.start() || s.end() > text.length()) {
                return false;
            }
            if (!m.text().equals(text.substring(s.start(), s.end())) || m.candidates().isEmpty()) {
                return false;
            }
            last = s.end();
        }
        return true;
    }
}
