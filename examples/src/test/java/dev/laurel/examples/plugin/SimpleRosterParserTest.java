package dev.laurel.examples.plugin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.laurel.Laurel;
import dev.laurel.model.Announcement;
import dev.laurel.model.DiagnosticKind;
import dev.laurel.model.RosterEntry;
import dev.laurel.spi.ParseOptions;
import dev.laurel.spi.ParserRegistry;
import dev.laurel.spi.Source;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The example plugin is found through META-INF/services and chosen for its own format only. */
class SimpleRosterParserTest {

    static final String ROSTER = """
            # laurel-roster
            title: 浙江省双拥模范城（县）名单
            honor: 全国双拥模范城(县)
            province：浙江省
            date: 2024-04-23
            place: 北京
            # a comment
            杭州市

              宁波市
            象山县""";

    @TempDir
    Path dir;

    @Test
    void theDefaultRegistryFindsIt() {
        ParserRegistry registry = ParserRegistry.load();
        assertTrue(registry.find(SimpleRosterParser.NAME).isPresent(), registry.names().toString());
        assertTrue(registry.find(SimpleRosterParser.NAME).get() instanceof SimpleRosterParser);
        assertTrue(Laurel.parsers().names().contains(SimpleRosterParser.NAME));
    }

    @Test
    void laurelParsePicksItForARosterFile() throws Exception {
        Path file = dir.resolve("zhejiang.roster");
        Files.writeString(file, ROSTER, StandardCharsets.UTF_8);
        Source source = Source.of(file);
        assertEquals(SimpleRosterParser.NAME,
                Laurel.parserFor(source, ParseOptions.defaults(), Laurel.parsers()).name());

        Announcement a = Laurel.parse(file);
        assertEquals("浙江省双拥模范城（县）名单", a.title());
        assertEquals("全国双拥模范城(县)", a.honor());
        assertEquals("浙江省", a.province());
        assertEquals("2024-04-23", a.event().date());
        assertEquals("北京", a.event().place());
        assertEquals(List.of("杭州市", "宁波市", "象山县"), a.roster().stream().map(RosterEntry::name).toList());
        for (RosterEntry e : a.roster()) {
            assertEquals(e.name(), e.span().of(source.text()), "spans point at the names");
            assertEquals("浙江省", e.province());
        }
        assertTrue(a.awardees().isEmpty());
        assertTrue(a.issues().isEmpty());
        assertEquals("zhejiang.roster", a.source().name());
    }

    @Test
    void itClaimsNothingElse() {
        SimpleRosterParser p = new SimpleRosterParser();
        assertEquals(0, p.confidence(Source.ofText("热烈祝贺浙江20个市、县(市)荣获全国双拥模范城(县)命名", "seed.txt")));
        assertEquals(0, p.confidence(Source.ofText("", "empty.txt")));
        assertEquals(0, p.confidence(Source.ofText("杭州市\n# laurel-roster\n", "late.txt")));
        assertEquals(100, p.confidence(Source.ofText("\n\n  # laurel-roster\r\n杭州市", "crlf.txt")));
    }

    @Test
    void anEmptyRosterIsADiagnosticNotAnException() {
        Announcement a = new SimpleRosterParser().parse(Source.ofText("# laurel-roster\n", "e.txt"),
                ParseOptions.defaults());
        assertTrue(a.roster().isEmpty());
        assertEquals(DiagnosticKind.NO_ROSTER, a.issues().get(0).kind());
        assertNull(a.event());
    }

    @Test
    void crlfLinesKeepExactSpans() {
        Source s = Source.ofText("# laurel-roster\r\nprovince: 浙江省\r\n杭州市\r\n宁波市\r\n", "crlf.txt");
        Announcement a = new SimpleRosterParser().parse(s, ParseOptions.defaults());
        assertEquals(List.of("杭州市", "宁波市"), a.roster().stream().map(RosterEntry::name).toList());
        assertEquals("宁波市", a.roster().get(1).span().of(s.text()));
    }
}
