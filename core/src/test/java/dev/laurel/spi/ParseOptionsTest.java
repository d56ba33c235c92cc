package dev.laurel.spi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ParseOptionsTest {

    @Test
    void eachWitherChangesOneSettingAndKeepsThePublisher() {
        ParseOptions o = ParseOptions.defaults().withPublisher("涉县人民政府");
        assertEquals("涉县人民政府", o.publisher());
        ParseOptions changed = o.withParser("commendation-text").withCharset(StandardCharsets.UTF_8).withProvince("河北省")
                .withMaxDiagnostics(5);
        assertEquals(new ParseOptions("commendation-text", StandardCharsets.UTF_8, "河北省", 5, "涉县人民政府"), changed);
    }

    @Test
    void aBlankPublisherIsNoneAndAPublisherIsStripped() {
        assertNull(ParseOptions.defaults().publisher());
        assertNull(ParseOptions.defaults().withPublisher("  ").publisher());
        assertEquals("汉中日报", ParseOptions.defaults().withPublisher(" 汉中日报\u3000").publisher());
    }

    @Test
    void theFourSettingFormHasNoPublisher() {
        assertEquals(ParseOptions.defaults(), new ParseOptions(null, null, null, ParseOptions.DEFAULT_MAX_DIAGNOSTICS));
        assertThrows(IllegalArgumentException.class, () -> new ParseOptions(null, null, null, 0));
    }
}
