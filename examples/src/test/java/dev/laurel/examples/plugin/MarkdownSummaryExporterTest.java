package dev.laurel.examples.plugin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.laurel.Laurel;
import dev.laurel.model.Announcement;
import dev.laurel.model.Awardee;
import dev.laurel.model.Metric;
import dev.laurel.model.Qualifier;
import dev.laurel.model.RegionKind;
import dev.laurel.model.SourceInfo;
import dev.laurel.model.SourceSpan;
import dev.laurel.model.TimesKind;
import dev.laurel.spi.ExporterRegistry;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class MarkdownSummaryExporterTest {

    private static Announcement sample() {
        Metric m = new Metric("慰问金额", new BigDecimal("63000000"), null, "元", Qualifier.MORE_THAN, false, null,
                "6300万元", new SourceSpan(10, 16));
        Awardee a = new Awardee("杭州市", "浙江省", RegionKind.PREFECTURE_CITY, "330100", "全国双拥模范城", 9,
                TimesKind.TOTAL, null, "杭州市坚持双拥优良传统。", List.of(), List.of(m), new SourceSpan(0, 40), List.of());
        return Announcement.of(new SourceInfo("a.txt", "ab", "UTF-8", true, 3, 3, "decoded"),
                "热烈祝贺|浙江", null, "浙江省", null, List.of(), List.of(a), List.of());
    }

    @Test
    void isDiscoveredBesideTheBuiltInExporters() {
        List<String> names = ExporterRegistry.load().names();
        assertTrue(names.containsAll(List.of("csv", "json", "jsonl", "markdown")), names.toString());
    }

    @Test
    void writesASummaryTableThroughTheFacade() throws Exception {
        var out = new ByteArrayOutputStream();
        Laurel.export(sample(), "markdown", out);
        String md = out.toString(StandardCharsets.UTF_8);
        assertTrue(md.startsWith("## 热烈祝贺\\|浙江\n\n| 名称 |"), md);
        assertTrue(md.contains("| 杭州市 | 浙江省 | 全国双拥模范城 | 9 (total) | 0 | 1 | 慰问金额: 6300万元 |\n"), md);
    }

    @Test
    void cellsCannotBreakTheTable() {
        assertEquals("a\\|b c", MarkdownSummaryExporter.cell("a|b\r\nc"));
    }
}
