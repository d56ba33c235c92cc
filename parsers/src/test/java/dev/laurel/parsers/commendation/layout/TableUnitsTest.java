package dev.laurel.parsers.commendation.layout;

import dev.laurel.model.Announcement;
import dev.laurel.model.Metric;
import dev.laurel.parsers.commendation.TestDocuments;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** The unit a line over a table states for its columns of figures. */
class TableUnitsTest {
    @ParameterizedTest
    @CsvSource({"单位：亿元, 亿元", "（单位：万元）, 万元", "表1  部分指标一览（单位：万元）, 万元", "單位：萬元, 万元",
            "金额单位：万元, 万元", "计量单位: 公顷, 公顷"})
    void statements(String line, String unit) {
        assertEquals(unit, TableUnits.stated(line));
    }

    @ParameterizedTest
    @ValueSource(strings = {"来源：江西日报", "表：4个示范县创建期间主要投入和产出", "单位：2026年", "主办单位：江西省生态环境厅",
            "填报单位：资溪县人民政府（盖章）", "填报单位：资溪县"})
    void noStatements(String line) {
        assertNull(TableUnits.stated(line));
    }

    @Test
    void aTablesColumnsWithoutUnitsTakeTheUnitStatedOverIt() {
        Announcement a = TestDocuments.parse("我省4地获评国家生态文明建设示范区\n\n近日，生态环境部公布名单，我省资溪县、南丰县上榜。\n"
                + "表：2个示范县主要投入\n单位：亿元\n地区\t生态环保投入\t生态补偿资金\n资溪县\t8.2\t1.36\n南丰县\t11.7\t0.92\n"
                + "合计\t19.9\t2.28\n", "generated");
        assertEquals(List.of("资溪县[820000000 元, 136000000 元]", "南丰县[1170000000 元, 92000000 元]"),
                a.awardees().stream().map(w -> w.name() + w.metrics().stream()
                        .map(m -> m.value().toPlainString() + " " + m.unit()).toList()).toList());
        assertEquals(List.of("生态环保投入", "生态补偿资金"), a.awardees().get(0).metrics().stream().map(Metric::label).toList());
    }
}
