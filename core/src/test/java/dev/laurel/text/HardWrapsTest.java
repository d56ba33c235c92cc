package dev.laurel.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Texts wrapped at a fixed width (a PDF copied as text) read with the wrapping's line breaks left out. */
class HardWrapsTest {

    /** A decision wrapped at about 23 Han chars, its paragraphs indented, as a gazette's PDF copies. */
    private static final String WRAPPED = String.join("\n",
            "关于命名自治区双拥模范城（县）的决定",
            "",
            "各市、县党委和人民政府，自治区党委各部委，",
            "自治区级国家机关各委办厅局，各人民团体，驻",
            "桂部队各单位：",
            "    2018年以来，全区各级党委、政府和驻桂部队",
            "坚持以习近平新时代中国特色社会主义思想为指",
            "导，深入开展双拥共建活动，军政军民团结不断巩",
            "固发展，涌现出一大批双拥模范城（县）和双拥模",
            "范单位、模范个人。为表彰先进、激励各方，自治",
            "区党委、自治区人民政府、广西军区决定：",
            "    命名南宁市、柳州市、桂林市、钦州市、贵港市、",
            "融安县、三江侗族自治县、阳朔县、恭城瑶族自治",
            "县、岑溪市、东兴市为自治区双拥模范城（县）。",
            "");

    @Test
    void theWrappingsBreaksAreLeftOutAndTheAuthorsKept() {
        ReadingView v = ReadingView.of(WRAPPED);
        String t = v.text();
        assertTrue(t.contains("恭城瑶族自治县、岑溪市"), t);
        assertTrue(t.contains("为指导，深入开展"), t);
        assertTrue(t.contains("决定：\n    命名南宁市"), "a colon ends its paragraph; an indented line opens one: " + t);
        assertTrue(t.contains("部委，自治区级"), t);
        assertTrue(t.startsWith("关于命名自治区双拥模范城（县）的决定\n\n"), t);
        assertEquals(9, v.wrapBreaks());
        int at = t.indexOf("县、岑溪市");
        assertEquals(WRAPPED.indexOf("县、岑溪市"), v.sourceStart(at), "spans still index the source");
    }

    @Test
    void aFewLinesTheWrappingLeftWiderDoNotHideIt() {
        // the addressee and a 抄送 line copied unwrapped, wider than the page's width
        String page = WRAPPED.replace("各市、县党委和人民政府，自治区党委各部委，\n自治区级国家机关各委办厅局，各人民团体，驻\n",
                "各市、县党委和人民政府，自治区党委各部委，自治区级国家机关各委办厅局，各人民团体，驻\n")
                + "抄送：自治区党委各部门，自治区人大常委会办公厅，自治区政协办公厅，自治区高级人民法院。\n";
        ReadingView v = ReadingView.of(page);
        assertTrue(v.text().contains("恭城瑶族自治县、岑溪市"), v.text());
        assertTrue(v.wrapBreaks() >= 7, String.valueOf(v.wrapBreaks()));
    }

    @Test
    void aTablesHeaderAfterAFullLineStaysALineOfItsOwn() {
        String page = WRAPPED + String.join("\n",
                "    第一批自治区双拥模范城（县）名单如下所列各地区",
                "序号    设区市    县（市、区）",
                "1    柳州市    融安县",
                "");
        String t = ReadingView.of(page).text();
        assertTrue(t.contains("各地区\n序号    设区市"), t);
    }

    @Test
    void aShortPageWhoseParagraphsEndInLinesOfManyWidthsIsStillWrapped() {
        // a gazette page: a contents block, headings and paragraph ends of every width beside few full lines
        String page = String.join("\n",
                "目　　录",
                "省人民政府关于命名2026年湖北省园林城市的决定（18）",
                "省人民政府关于公布第八批非遗代表性项目名录的通知（19）",
                "省人民政府办公厅关于做好稳就业工作的通知（22）",
                "湖北省人民政府公报",
                "省人民政府关于命名2026年湖北省园林城市的决定",
                "鄂政发〔2026〕25号",
                "各市、州、县人民政府，省政府各部门：",
                "　　近年来，各地深入贯彻落实习近平生态文明思想，坚持人",
                "民城市人民建、人民城市为人民，大力推进园林绿化建设，城",
                "市人居环境明显改善。根据《湖北省园林城市评选命名办法》，",
                "经城市申报、省住房和城乡建设厅组织专家评审和实地考核、",
                "社会公示，省人民政府决定，命名宜都市、枝江市、当阳市、",
                "钟祥市、京山市、麻城市为湖北省园林城市。",
                "　　希望受到命名的城市珍惜荣誉，巩固创建成果，持续提升",
                "园林绿化建设管理水平，推动全省城乡园林绿化高质量发展。",
                "　　各地要以受到命名的城市为榜样，加快园林建设。",
                "　　本决定自印发之日起施行。",
                "　　附件：2026年湖北省园林城市名单（略）。",
                "　　各地要及时总结经验，做好宣传推广。",
                "　　请各地认真贯彻执行。",
                "　　各有关部门要加强指导。",
                "　　　　　　　　　　　　　　　　湖北省人民政府",
                "　　　　　　　　　　　　　　　　2026年10月15日",
                "省人民政府关于公布第八批省级非物质文化遗产代表性项目",
                "名录的通知",
                "");
        ReadingView v = ReadingView.of(page);
        assertTrue(v.text().contains("坚持人民城市人民建"), v.text());
        assertTrue(v.text().contains("当阳市、钟祥市"), v.text());
        assertTrue(v.text().contains("湖北省人民政府\n"), "a line of the signature ends its paragraph: " + v.text());
    }

    @Test
    void runningTextWithLinesOfManyWidthsKeepsItsBreaks() {
        String text = "丽水市获评全国双拥模范城\n\n日前，丽水市被命名为全国双拥模范城，这是该市第五次获此殊荣。\n"
                + "近年来，全市累计投入双拥资金2.3亿元。\n建成退役军人服务站1260个，安置退役士兵820名，全面完成年度任务。\n"
                + "丽水市委书记表示，将以此为新起点。\n下一步，全市将继续推进军民融合发展。\n";
        ReadingView v = ReadingView.of(text);
        assertEquals(text, v.text());
        assertEquals(0, v.wrapBreaks());
    }

    @Test
    void aTableOneCellPerLineIsNoWrappedText() {
        StringBuilder b = new StringBuilder("序号\n省份\n城市名称\n");
        for (int i = 1; i <= 30; i++) {
            b.append(i).append("\n河北省\n石家庄市\n");
        }
        assertEquals(0, ReadingView.of(b.toString()).wrapBreaks());
    }
}
