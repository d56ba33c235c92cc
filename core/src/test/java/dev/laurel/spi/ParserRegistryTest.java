package dev.laurel.spi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.laurel.Laurel;
import dev.laurel.LaurelException;
import dev.laurel.model.Announcement;
import java.io.OutputStream;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Discovery through the test {@code META-INF/services/dev.laurel.spi.DocumentParser}: two working
 * mock parsers and two broken lines (a missing class, a constructor that throws).
 */
class ParserRegistryTest {

    /** A parser made on the spot with a fixed confidence. */
    static DocumentParser fixed(String name, int confidence) {
        return new DocumentParser() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public int confidence(Source source) {
                return confidence;
            }

            @Override
            public Announcement parse(Source source, ParseOptions options) {
                return Announcement.of(source.info(), name, null, null, null, List.of(), List.of(), List.of());
            }
        };
    }

    @Test
    void theRegisteredMockIsFound() {
        ParserRegistry registry = ParserRegistry.load();
        assertTrue(registry.find("mock").isPresent(), "found: " + registry.names());
        assertTrue(registry.find("mock").get() instanceof MockParser);
    }

    @Test
    void brokenProvidersAreSkippedAndReported() {
        ParserRegistry registry = ParserRegistry.load();
        assertEquals(List.of("alpha-mock", "mock"), registry.names(),
                "the providers after the broken lines must still load");
        List<String> warnings = registry.warnings();
        assertEquals(2, warnings.size(), "one warning per broken line: " + warnings);
        assertTrue(warnings.stream().anyMatch(w -> w.contains("NoSuchParserClass")), warnings.toString());
        assertTrue(warnings.stream().anyMatch(w -> w.contains("ThrowingConstructorParser")), warnings.toString());
    }

    @Test
    void orderIsByNameNotByRegistrationOrder() {
        // The services file lists mock before alpha-mock.
        assertEquals(List.of("alpha-mock", "mock"), ParserRegistry.load().names());
        ParserRegistry explicit = ParserRegistry.of(fixed("zeta", 1), fixed("beta", 1), fixed("alpha", 1));
        assertEquals(List.of("alpha", "beta", "zeta"), explicit.names());
    }

    @Test
    void ofSkipsScanning() {
        DocumentParser only = fixed("only", 10);
        ParserRegistry registry = ParserRegistry.of(only);
        assertEquals(List.of("only"), registry.names());
        assertSame(only, registry.all().get(0));
        assertTrue(registry.warnings().isEmpty());
        assertTrue(registry.find("mock").isEmpty(), "of(...) must not add the class-path providers");
        assertTrue(ParserRegistry.of().all().isEmpty());
    }

    @Test
    void duplicateNamesKeepTheFirstAndWarn() {
        DocumentParser first = fixed("same", 1);
        ParserRegistry registry = ParserRegistry.of(first, fixed("same", 2));
        assertSame(first, registry.find("same").get());
        assertEquals(1, registry.warnings().size());
    }

    @Test
    void choosePicksTheHighestConfidence() {
        Source source = Source.ofText("text", "t.txt");
        ParserRegistry registry = ParserRegistry.of(fixed("low", 10), fixed("high", 80), fixed("mid", 50));
        assertEquals("high", registry.choose(source).get().name());
    }

    @Test
    void chooseBreaksTiesByNameAndIgnoresZeroAndThrowingParsers() {
        Source source = Source.ofText("text", "t.txt");
        assertEquals("a", ParserRegistry.of(fixed("b", 40), fixed("a", 40)).choose(source).get().name());
        assertTrue(ParserRegistry.of(fixed("none", 0)).choose(source).isEmpty());
        DocumentParser throwing = new DocumentParser() {
            @Override
            public String name() {
                return "a-throwing";
            }

            @Override
            public int confidence(Source s) {
                throw new IllegalStateException("boom");
            }

            @Override
            public Announcement parse(Source s, ParseOptions o) {
                throw new AssertionError();
            }
        };
        assertEquals("b", ParserRegistry.of(throwing, fixed("b", 1)).choose(source).get().name());
    }

    @Test
    void theDefaultRegistryChoosesTheMockForItsTexts() throws LaurelException {
        Announcement a = Laurel.parse("MOCK headline");
        assertEquals("MOCK headline", a.title());
        assertEquals("alpha", Laurel.parse("something else").title(), "alpha-mock claims everything with 5");
    }

    @Test
    void aNamedParserWinsAndAnUnknownNameFails() throws LaurelException {
        Source source = Source.ofText("MOCK x", "t.txt");
        ParserRegistry registry = ParserRegistry.load();
        assertEquals("alpha", Laurel.parse(source, ParseOptions.defaults().withParser("alpha-mock"), registry).title());
        LaurelException e = assertThrows(LaurelException.class,
                () -> Laurel.parse(source, ParseOptions.defaults().withParser("nope"), registry));
        assertTrue(e.getMessage().contains("nope"), e.getMessage());
    }

    @Test
    void noParserForASourceIsALaurelException() {
        LaurelException e = assertThrows(LaurelException.class,
                () -> Laurel.parse(Source.ofText("x", "x.txt"), ParseOptions.defaults(), ParserRegistry.of(fixed("z", 0))));
        assertTrue(e.getMessage().contains("x.txt"), e.getMessage());
        assertFalse(e.getMessage().isBlank());
    }

    @Test
    void exporterRegistryOfSkipsScanningToo() {
        Exporter e = new Exporter() {
            @Override
            public String format() {
                return "fake";
            }

            @Override
            public String fileExtension() {
                return "fake";
            }

            @Override
            public AnnouncementSink open(OutputStream out, ExportOptions options) {
                throw new UnsupportedOperationException();
            }
        };
        ExporterRegistry registry = ExporterRegistry.of(e);
        assertEquals(List.of("fake"), registry.names());
        assertTrue(registry.warnings().isEmpty());
    }
}
