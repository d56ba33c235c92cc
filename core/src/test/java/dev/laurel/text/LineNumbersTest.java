package dev.laurel.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** A line-numbered copy (a PDF printed with numbered lines) reads without its numbers; a table's serial column stays. */
class LineNumbersTest {

    /** Two pages of a decision, each numbering its lines from 1, a blank line keeping its number. */
    private static final String NUMBERED = String.join("\n",
            " 1  关于命名第五批省级生态文明建设示范县的决定",
            " 2",
            " 3  各市（州）生态环境局：",
            " 4      经县级申报、市级预审和社会公示，决定命名宝兴县、",
            " 5  芦山县为示范县。全省累计命名98个。",
            "",
            "川环发〔2026〕9号          第1页 共2页",
            "",
            " 1  一、洪雅县：守护青衣江",
            " 2      洪雅县森林覆盖率达72.6%，发展有机茶园21万亩。",
            "");

    @Test
    void numbersAndTheirGapAreLeftOutAndIndentationStays() {
        ReadingView v = ReadingView.of(NUMBERED);
        assertEquals(String.join("\n",
                "关于命名第五批省级生态文明建设示范县的决定",
                "",
                "各市（州）生态环境局：",
                "    经县级申报、市级预审和社会公示，决定命名宝兴县、",
                "芦山县为示范县。全省累计命名98个。",
                "",
                "川环发〔2026〕9号          第1页共2页", // (letter spacing read past, as anywhere)
                "",
                "一、洪雅县：守护青衣江",
                "    洪雅县森林覆盖率达72.6%，发展有机茶园21万亩。",
                ""), v.text());
        int at = v.text().indexOf("72.6%");
        assertEquals("72.6%", NUMBERED.substring(v.sourceStart(at), v.sourceEnd(at, at + 5)));
    }

    @Test
    void aTableWithASerialColumnIsNotLineNumbered() {
        String table = String.join("\n",
                " 1    株洲市          茶陵县          2",
                " 2    湘潭市          湘潭县          3",
                " 3    衡阳市          衡东县          1",
                " 4    邵阳市          城步苗族自治县  1",
                " 5    岳阳市          平江县          2",
                " 6    常德市          石门县          1",
                "");
        ReadingView v = ReadingView.of(table);
        assertSame(table, v.text());
        assertTrue(v.isIdentity());
    }

    @Test
    void fewNumberedLinesOfProseAreNotANumbering() {
        String list = String.join("\n",
                "1  南京市，投入3亿元。",
                "2  无锡市，投入2亿元。",
                "3  苏州市，投入4亿元。",
                "");
        assertSame(list, ReadingView.of(list).text());
    }
}
