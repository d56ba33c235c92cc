package dev.laurel.region;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.laurel.model.RegionKind;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class GazetteerTest {
    private final Gazetteer g = Gazetteer.get();

    private static Set<String> codes(Lookup l) {
        return l.candidates().stream().map(Region::code).collect(Collectors.toSet());
    }

    /** The 20 names of the seed roster, resolved within 浙江省. */
    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "杭州市, 330100, PREFECTURE_CITY", "宁波市, 330200, PREFECTURE_CITY", "温州市, 330300, PREFECTURE_CITY",
        "湖州市, 330500, PREFECTURE_CITY", "嘉兴市, 330400, PREFECTURE_CITY", "绍兴市, 330600, PREFECTURE_CITY",
        "金华市, 330700, PREFECTURE_CITY", "衢州市, 330800, PREFECTURE_CITY", "舟山市, 330900, PREFECTURE_CITY",
        "台州市, 331000, PREFECTURE_CITY", "丽水市, 331100, PREFECTURE_CITY",
        "义乌市, 330782, COUNTY_LEVEL_CITY", "平湖市, 330482, COUNTY_LEVEL_CITY",
        "温岭市, 331081, COUNTY_LEVEL_CITY", "江山市, 330881, COUNTY_LEVEL_CITY",
        "象山县, 330225, COUNTY", "长兴县, 330522, COUNTY", "平阳县, 330326, COUNTY",
        "青田县, 331121, COUNTY", "嵊泗县, 330922, COUNTY",
    })
    void rosterNamesOfTheSeedResolveInZhejiang(String name, String code, RegionKind kind) {
        Region r = g.lookupWithin("浙江省", name).unique().orElseThrow();
        assertEquals(code, r.code());
        assertEquals(kind, r.kind());
        assertEquals("330000", r.provinceCode());
        assertEquals(r, g.lookup(name).unique().orElseThrow(), "also unique without the province");
    }

    @Test
    void regionKnowsItsParentAndProvince() {
        Region yiwu = g.byCode("330782").orElseThrow();
        assertEquals("义乌", yiwu.shortName());
        assertEquals("金华市", yiwu.parent().orElseThrow().name());
        assertEquals("浙江省", yiwu.province().name());
        assertEquals(RegionLevel.COUNTY, yiwu.level());
        assertTrue(yiwu.isWithin("330700"));
        assertTrue(yiwu.isWithin("330000"));
        assertFalse(yiwu.isWithin("330100"));
        Region zj = g.byCode("330000").orElseThrow();
        assertSame(zj, zj.province());
        assertTrue(zj.parent().isEmpty());
        assertEquals(11, g.children("330000").size());
    }

    @Test
    void shortNamesOfProvincesAndPrefectures() {
        assertEquals("640000", g.lookup("宁夏").unique().orElseThrow().code());
        assertEquals("150000", g.lookup("内蒙古").unique().orElseThrow().code());
        assertEquals("450000", g.lookup("广西").unique().orElseThrow().code());
        assertEquals("650000", g.lookup("新疆").unique().orElseThrow().code());
        assertEquals("540000", g.lookup("西藏").unique().orElseThrow().code());
        assertEquals("522700", g.lookup("黔南").unique().orElseThrow().code());
        assertEquals(RegionKind.AUTONOMOUS_PREFECTURE, g.lookup("黔南州").unique().orElseThrow().kind());
        assertEquals(Lookup.Match.ALIAS, g.lookup("黔南州").match());
        assertEquals(RegionKind.MUNICIPALITY, g.lookup("北京").unique().orElseThrow().kind());
        assertEquals(RegionKind.LEAGUE, g.lookup("锡林郭勒盟").unique().orElseThrow().kind());
        assertEquals(RegionKind.BANNER, g.lookup("鄂温克族自治旗").unique().orElseThrow().kind());
        assertEquals(RegionKind.OTHER, g.lookup("大兴安岭地区").unique().orElseThrow().kind());
        assertEquals("杭州市", g.lookup("杭州").unique().orElseThrow().name());
    }

    @Test
    void curatedAbbreviationsAreAliasesAndWinOverAShortNameTheyShare() {
        assertEquals("莫力达瓦达斡尔族自治旗", g.lookup("莫旗").unique().orElseThrow().name());
        assertEquals("科尔沁右翼中旗", g.lookup("科右中旗").unique().orElseThrow().name());
        assertEquals("察哈尔右翼前旗", g.lookup("察右前旗").unique().orElseThrow().name());
        assertEquals("东乌珠穆沁旗", g.lookup("东乌旗").unique().orElseThrow().name());
        assertEquals("巴音郭楞蒙古自治州", g.lookup("巴州").unique().orElseThrow().name()); // not 巴中市巴州区's short name
        assertEquals("巴州区", g.lookup("巴州区").unique().orElseThrow().name());
        assertEquals(List.of("巴音郭楞蒙古自治州"), RegionScanner.of(RegionScanner.Names.FULL_AND_SHORT).scan("新疆巴州再次被命名")
                .get(0).candidates().stream().map(Region::name).toList());
    }

    @Test
    void aCitysMediaNicknameIsAnAliasInRunningText() {
        assertEquals("深圳市", g.lookup("鹏城").unique().orElseThrow().name());
        assertEquals(List.of("成都市"), RegionScanner.of(RegionScanner.Names.FULL).scan("蓉城再次获评全国文明城市")
                .get(0).candidates().stream().map(Region::name).toList());
        assertTrue(g.lookup("江城").candidates().stream().noneMatch(r -> r.name().equals("武汉市")),
                "江城 names several cities and is no alias");
    }

    @Test
    void chaoyangDistrictIsAmbiguousUntilNarrowed() {
        Lookup all = g.lookup("朝阳区");
        assertTrue(all.isAmbiguous());
        assertEquals(Set.of("110105", "220104"), codes(all));
        assertEquals(Lookup.Match.NAME, all.match());
        assertEquals("110105", g.lookupWithin("北京", "朝阳区").unique().orElseThrow().code());
        assertEquals("220104", g.lookupWithin("长春市", "朝阳区").unique().orElseThrow().code());
        assertEquals("220104", g.lookupWithin("220000", "朝阳区").unique().orElseThrow().code());
        Lookup shortForm = g.lookup("朝阳");
        assertTrue(codes(shortForm).containsAll(Set.of("110105", "220104", "211300", "211321")));
    }

    @ParameterizedTest
    @CsvSource({"兴县, 141123", "代县, 140923", "盂县, 140322", "吉县, 141028"})
    void oneCharacterCountiesKeepTheirFullNameAsShortName(String name, String code) {
        Region r = g.lookup(name).unique().orElseThrow();
        assertEquals(code, r.code());
        assertEquals(RegionKind.COUNTY, r.kind());
        assertEquals(name, r.shortName());
        assertTrue(g.lookup(name.substring(0, 1)).isEmpty(), "a single character names nothing");
    }

    @Test
    void jilinIsBothAProvinceAndACity() {
        Lookup jilin = g.lookup("吉林");
        assertEquals(Set.of("220000", "220200"), codes(jilin));
        assertTrue(jilin.unique().isEmpty());
        assertEquals("220200", g.lookup("吉林", Set.of(RegionKind.PREFECTURE_CITY)).unique().orElseThrow().code());
        assertEquals("220000", g.lookup("吉林", RegionLevel.PROVINCE).unique().orElseThrow().code());
        assertEquals("220200", g.lookup("吉林市").unique().orElseThrow().code());
        assertEquals("220000", g.lookup("吉林省").unique().orElseThrow().code());
    }

    @Test
    void hebeiDistrictIsInTianjinNotHebeiProvince() {
        Region r = g.lookup("河北区").unique().orElseThrow();
        assertEquals("120105", r.code());
        assertEquals(RegionKind.DISTRICT, r.kind());
        assertEquals("天津市", r.province().name());
        assertTrue(g.lookupWithin("河北省", "河北区").isEmpty());
        assertEquals("130000", g.lookup("河北省").unique().orElseThrow().code());
    }

    @Test
    void traditionalScriptResolvesToTheSameEntry() {
        assertEquals(g.lookup("邵阳市").candidates(), g.lookup("邵陽市").candidates());
        assertEquals("430500", g.lookup("邵陽市").unique().orElseThrow().code());
        assertEquals("331000", g.lookup("臺州").unique().orElseThrow().code());
        assertEquals("331000", g.lookup("臺州市").unique().orElseThrow().code());
        assertEquals("臺州", g.lookup("臺州").query());
        assertEquals("610424", g.lookup("乾县").unique().orElseThrow().code());
    }

    @Test
    void formerNamesResolveToTheCurrentRegion() {
        Lookup l = g.lookup("襄樊市");
        assertEquals(Lookup.Match.FORMER_NAME, l.match());
        assertEquals("襄阳市", l.unique().orElseThrow().name());
        assertEquals("萧山区", g.lookup("萧山市").unique().orElseThrow().name());
        assertEquals("长乐区", g.lookup("长乐市").unique().orElseThrow().name()); // a county-level city turned district
        assertEquals("370116", g.lookup("莱芜市").unique().orElseThrow().code()); // merged into 济南市 in 2019
    }

    @Test
    void unknownNamesGiveAnEmptyLookup() {
        assertTrue(g.lookup("不存在市").isEmpty());
        assertEquals(Lookup.Match.NONE, g.lookup("").match());
        assertTrue(g.lookupWithin("不存在省", "杭州市").isEmpty());
        assertTrue(g.lookupWithin("999999", "杭州市").isEmpty());
    }

    @Test
    void dataCoversEveryLevel() {
        assertTrue(g.size() > 3000);
        long provinces = g.regions().stream().filter(r -> r.level() == RegionLevel.PROVINCE).count();
        assertEquals(34, provinces);
        long prefectures = g.regions().stream().filter(r -> r.level() == RegionLevel.PREFECTURE).count();
        assertEquals(333, prefectures);
        List<Region> all = g.regions();
        for (Region r : all) {
            if (r.parentCode() != null) {
                assertTrue(g.byCode(r.parentCode()).isPresent(), r.toString());
            }
            assertTrue(r.shortName().length() >= 2, r.toString());
        }
    }
}
