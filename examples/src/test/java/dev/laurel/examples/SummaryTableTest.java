package dev.laurel.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.laurel.model.Announcement;
import dev.laurel.model.Awardee;
import dev.laurel.model.RegionKind;
import dev.laurel.model.SourceInfo;
import dev.laurel.model.SourceSpan;
import dev.laurel.model.TimesKind;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The summary table lines up CJK names by display width. */
class SummaryTableTest {

    @Test
    void oneRowPerAwardeeAlignedByDisplayWidth() {
        SourceInfo info = new SourceInfo("s.txt", "00", "UTF-8", true, 1, 1, "decoded");
        Awardee hz = new Awardee("杭州市", null, RegionKind.PREFECTURE_CITY, null, null, 9, TimesKind.TOTAL, null,
                "…", List.of(), List.of(), new SourceSpan(0, 1), List.of());
        Awardee xs = new Awardee("象山县", null, RegionKind.COUNTY, null, null, null, null, null, "…", List.of(),
                List.of(), new SourceSpan(0, 1), List.of());
        Announcement a = Announcement.of(info, null, null, null, null, List.of(), List.of(hz, xs), List.of());
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        SummaryTable.print(a, new PrintStream(bytes, true, StandardCharsets.UTF_8));
        List<String> lines = bytes.toString(StandardCharsets.UTF_8).lines().toList();
        assertEquals(3, lines.size());
        assertTrue(lines.get(0).startsWith("awardee  kind"), lines.get(0));
        assertTrue(lines.get(1).startsWith("杭州市   prefecture-city      9  total"), lines.get(1));
        assertTrue(lines.get(2).startsWith("象山县   county               -  -"), lines.get(2));
        assertEquals(6, SummaryTable.displayWidth("杭州市"));
    }
}
