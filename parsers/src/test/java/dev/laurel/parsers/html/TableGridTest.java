package dev.laurel.parsers.html;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class TableGridTest {
    private static List<List<String>> grid(String rows) {
        Element table = Jsoup.parse("<table>" + rows + "</table>").selectFirst("table");
        return TableGrid.rows(table, e -> e.text().strip());
    }

    @Test
    void aCellSpanningRowsStandsInEachRow() {
        assertEquals(List.of(
                        List.of("1", "郑州市", "郑州市", "连续第七次"),
                        List.of("2", "郑州市", "新郑市", "第三次"),
                        List.of("3", "开封市", "兰考县", "首次")),
                grid("<tr><td>1</td><td rowspan=\"2\">郑州市</td><td>郑州市</td><td>连续第七次</td></tr>"
                        + "<tr><td>2</td><td>新郑市</td><td>第三次</td></tr>"
                        + "<tr><td>3</td><td>开封市</td><td>兰考县</td><td>首次</td></tr>"));
    }

    @Test
    void aCellSpanningColumnsHeadsEachAndANoteRowStaysOneCell() {
        assertEquals(List.of(
                        List.of("指标", "2025年底数值", "2025年底数值", "标准"),
                        List.of("指标", "绵阳市", "德阳市", "标准"),
                        List.of("建成区绿地率（%）", "38.6", "37.2", "≥35"),
                        List.of("注：数据由两市提供。")),
                grid("<tr><th rowspan=\"2\">指标</th><th colspan=\"2\">2025年底数值</th><th rowspan=\"2\">标准</th></tr>"
                        + "<tr><th>绵阳市</th><th>德阳市</th></tr>"
                        + "<tr><td>建成区绿地率（%）</td><td>38.6</td><td>37.2</td><td>≥35</td></tr>"
                        + "<tr><td colspan=\"4\">注：数据由两市提供。</td></tr>"));
    }

    @Test
    void aRepeatedHeaderRowEndsTheSpansAboveIt() {
        assertEquals(List.of(
                        List.of("序号", "地区", "名称"),
                        List.of("7", "南阳市", "邓州市"),
                        List.of("序号", "地区", "名称"),
                        List.of("8", "南阳市", "西峡县")),
                grid("<tr><td>序号</td><td>地区</td><td>名称</td></tr>"
                        + "<tr><td>7</td><td rowspan=\"2\">南阳市</td><td>邓州市</td></tr>"
                        + "<tr><td>序号</td><td>地区</td><td>名称</td></tr>"
                        + "<tr><td>8</td><td>南阳市</td><td>西峡县</td></tr>"));
    }

    @Test
    void aSpanThatCannotBeReadIsOne() {
        assertEquals(List.of(List.of("a", "b"), List.of("c", "d")),
                grid("<tr><td rowspan=\"x\">a</td><td colspan=\"0\">b</td></tr><tr><td rowspan=\"-2\">c</td><td>d</td></tr>"));
    }

    @Test
    void aCellSpanningDownAtTheRightIsPlacedAfterAGap() {
        assertEquals(List.of(List.of("a", "b", "c"), List.of("d", "", "c")),
                grid("<tr><td>a</td><td>b</td><td rowspan=\"2\">c</td></tr><tr><td>d</td></tr>"));
    }
}
