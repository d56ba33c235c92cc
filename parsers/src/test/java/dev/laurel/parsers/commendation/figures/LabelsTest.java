package dev.laurel.parsers.commendation.figures;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.laurel.model.Announcement;
import dev.laurel.model.Metric;
import dev.laurel.parsers.commendation.TestDocuments;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** Issue 16: a metric's label names what its figure measures, and its span shows where. */
class LabelsTest {

    private static final String HEAD = "关于命名全国双拥模范城的决定\n\n";

    /** The label of the metric whose text is {@code figure}, in a story about 徐州市 holding {@code sentence}. */
    private static Metric metric(String sentence, String figure) {
        Announcement a = TestDocuments.parse(HEAD + "徐州市被命名为全国双拥模范城。" + sentence + "\n", "label");
        return a.awardees().get(0).metrics().stream().filter(m -> m.text().equals(figure)).findFirst()
                .orElseThrow(() -> new AssertionError("no metric " + figure + " in " + a.awardees().get(0).metrics()));
    }

    @ParameterizedTest(name = "{0} → {2}")
    @CsvSource(delimiter = '|', value = {
        // the counted noun, before or after the number
        "全市建成“基层双拥共建点”83个。|83个|“基层双拥共建点”",
        "全市在63个3A级以上景区开展优待活动。|63个|3A级以上景区",
        "该市集中打造10条红色线路。|10条|红色线路",
        "全市成立20支拥军支前工作队伍和18支专业保障队伍。|20支|拥军支前工作队伍",
        // the purpose of an amount, right after it or after a comma
        "徐州市投入2亿元用于部队基础设施建设。|2亿元|部队基础设施建设",
        "近年来累计投入15亿元，用于部队营区改造。|15亿元|部队营区改造",
        "该市累计投入资金3.2亿元，支持驻地部队营区改造、战备道路建设。|3.2亿元|驻地部队营区改造、战备道路建设",
        // the rate's name, without the words that lead to the number
        "随军家属就业安置率达100%。|100%|随军家属就业安置率",
        "全市森林覆盖率分别达到70.2%。|70.2%|森林覆盖率",
        "市民对创建工作的满意度达96.3%。|96.3%|满意度",
        // people by what was done to them; a verb whose object says enough is left out
        "全市安置军休干部802人。|802人|安置军休干部",
        "2024年帮助127名随军家属实现就业。|127名|随军家属实现就业",
        "县财政每年安排双拥工作经费280万元。|280万元|双拥工作经费",
        "累计投入资金1.2亿元。|1.2亿元|投入资金",
        // never the awardee, a time phrase or a qualifier
        "徐州市2024年新建公园绿地超68公顷。|68公顷|公园绿地",
        "近三年来累计发放慰问金1860万元。|1860万元|慰问金",
        "4年来累计安置军转干部123人。|123人|安置军转干部",
        "驻地部队连续12年开展无偿献血。|12年|无偿献血",
        "出动官兵、民兵等1.2万人次。|1.2万人次|出动官兵、民兵",
        "建成始丰溪滨水公园等综合公园9个。|9个|综合公园",
        // a list of figures shares its label; who and where are left out
        "三年来森林覆盖率分别达到70.2%、66.8%和54.3%。|54.3%|森林覆盖率",
        "为全市3200余户军属家庭悬挂光荣牌。|3200余户|军属家庭",
        "该市下辖12个乡镇。|12个|乡镇",
        // brackets: a restatement after a figure names nothing; a figure inside a bracket has its label inside; a
        // bracket closed before the figure belongs to its label; a field's name before its colon
        "累计投入资金96.5亿元（约合105亿港元），改造老旧小区612个。|96.5亿元|投入资金",
        "全市注册志愿者28.7万人（占常住人口22.1%）。|22.1%|占常住人口",
        "全市建成退役军人服务中心（站）2318个。|2318个|退役军人服务中心（站）",
        "建成区绿化覆盖率：42.6%（全省平均：41.1%）|42.6%|建成区绿化覆盖率",
        "地表水水质优良比例：100%（考核目标：≥90%）空气质量优良天数比例：97.4%|97.4%|空气质量优良天数比例",
        "投入资金1270亿元，约合新台币5600亿元。|1270亿元|投入资金",
        // a verb opening the label leaves it; after a noun it is the noun's; a box's label is no figure's
        "全市实现地区生产总值786.3亿元。|786.3亿元|地区生产总值",
        "【经济概况】全市规上工业增加值312.7亿元。|312.7亿元|规上工业增加值",
    })
    void labelNamesWhatTheFigureMeasures(String sentence, String figure, String label) {
        assertEquals(label, metric(sentence, figure).label());
    }

    @Test
    void theWordsFileUsesOnlyKnownTags() {
        assertEquals(java.util.Set.of("lead", "scope", "verb", "opening", "keep", "generic", "purpose", "link", "follows", "noun",
                "nominal", "restates"), dev.laurel.parsers.commendation.text.Lexicon.byTag("label-words.txt").keySet());
    }

    @Test
    void theLabelSpanHoldsTheLabel() {
        String text = HEAD + "徐州市被命名为全国双拥模范城。全市建成双拥公园32处。\n";
        Metric m = TestDocuments.parse(text, "label").awardees().get(0).metrics().get(0);
        assertNotNull(m.labelSpan());
        assertEquals("双拥公园", m.labelSpan().of(text));
        assertEquals("双拥公园", m.label());
    }

    @Test
    void aLabelInTraditionalScriptWithPinyinReadsWithoutTheAnnotation() {
        String text = HEAD + "徐州市被命名为全国双拥模范城。全市建成羌(qiāng)族文化傳承基地9處。\n";
        Metric m = TestDocuments.parse(text, "label").awardees().get(0).metrics().get(0);
        assertEquals("羌族文化傳承基地", m.label());
        assertEquals("羌(qiāng)族文化傳承基地", m.labelSpan().of(text));
    }

    @Test
    void noWordsNoLabel() {
        Metric m = metric("共计：128万元。", "128万元");
        assertNull(m.label());
        assertNull(m.labelSpan());
    }

    @Test
    void aFigureRestatedInAnotherCurrencyIsNoMetricAndTakesNoLabel() {
        assertEquals("投入资金", metric("累计投入资金96.5亿元（约合105亿港元），改造老旧小区612个。", "96.5亿元").label());
        assertEquals("老旧小区", metric("累计投入资金96.5亿元（约合105亿港元），改造老旧小区612个。", "612个").label());
        assertThrows(AssertionError.class, () -> metric("投入资金1270亿元，约合新台币5600亿元。", "新台币5600亿元"));
    }

    @Test
    void twoFiguresOfOneClauseDoNotShareTheirNouns() {
        List<String> labels = TestDocuments.parse(HEAD + "徐州市被命名为全国双拥模范城。全市建成双拥公园32处、拥军服务站14个。\n",
                "label").awardees().get(0).metrics().stream().map(Metric::label).toList();
        assertEquals(List.of("双拥公园", "拥军服务站"), labels);
    }
}
