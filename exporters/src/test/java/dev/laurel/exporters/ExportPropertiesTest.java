package dev.laurel.exporters;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;

import dev.laurel.Laurel;
import dev.laurel.exporters.json.JsonExporter;
import dev.laurel.exporters.jsonl.JsonLinesExporter;
import dev.laurel.exporters.json.SchemaTest;
import dev.laurel.model.Announcement;
import dev.laurel.spi.ExportOptions;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Properties over generated hostile announcements (see {@link Generators}). */
class ExportPropertiesTest {

    private static final int EXAMPLES = 300;

    private static byte[] export(String format, List<Announcement> list, boolean pretty) {
        return export(format, list, ExportOptions.defaults().withPretty(pretty));
    }

    private static byte[] export(String format, List<Announcement> list, ExportOptions options) {
        var out = new ByteArrayOutputStream();
        try {
            (format.equals("json") ? new JsonExporter() : new JsonLinesExporter()).write(list, out, options);
        } catch (IOException | dev.laurel.LaurelException e) {
            throw new AssertionError(e);
        }
        return out.toByteArray();
    }

    private static List<Announcement> read(byte[] bytes) {
        try {
            return Laurel.read(new ByteArrayInputStream(bytes));
        } catch (dev.laurel.LaurelException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void jsonWriteThenReadGivesEqualRecords() {
        qt().withExamples(EXAMPLES).forAll(Generators.announcements(), Generators.announcements())
                .checkAssert((a, b) -> {
                    List<Announcement> expected = List.of(Fixtures.canonical(a), Fixtures.canonical(b));
                    assertEquals(List.of(Fixtures.canonical(a)), read(export("json", List.of(a), true)));
                    assertEquals(expected, read(export("json", List.of(a, b), false)));
                    assertEquals(expected, read(export("jsonl", List.of(a, b), false)));
                });
    }

    @Test
    void canonicalRecordsRoundTripExactlyAndRewriteToTheSameBytes() {
        qt().withExamples(EXAMPLES).forAll(Generators.announcements()).checkAssert(a -> {
            Announcement c = Fixtures.canonical(a);
            byte[] first = export("json", List.of(c), true);
            List<Announcement> back = read(first);
            assertEquals(List.of(c), back);
            assertArrayEquals(first, export("json", back, true));
        });
    }

    @Test
    void theLeanFormReadsBackToTheSameRecordsAndIsTheFullFormWithoutNullEmptyOrFalseMembers() {
        ExportOptions lean = ExportOptions.defaults().withPretty(false).withLean(true);
        qt().withExamples(EXAMPLES).forAll(Generators.announcements(), Generators.announcements())
                .checkAssert((a, b) -> {
                    List<Announcement> expected = List.of(Fixtures.canonical(a), Fixtures.canonical(b));
                    byte[] leanLines = export("jsonl", List.of(a, b), lean);
                    assertEquals(expected, read(leanLines));
                    assertEquals(expected, read(export("json", List.of(a, b), lean)));
                    byte[] fullLines = export("jsonl", List.of(a, b), false);
                    assertEquals(withoutNullEmptyOrFalse(tree(fullLines)), tree(leanLines));
                });
    }

    /** Every JSON line as a tree. */
    private static List<Object> tree(byte[] lines) {
        List<Object> out = new java.util.ArrayList<>();
        for (String line : new String(lines, java.nio.charset.StandardCharsets.UTF_8).split("\n")) {
            out.add(dev.laurel.exporters.json.TestJson.mapper().readValue(line, Object.class));
        }
        return out;
    }

    private static Object withoutNullEmptyOrFalse(Object v) {
        if (v instanceof java.util.Map<?, ?> m) {
            java.util.Map<Object, Object> out = new java.util.LinkedHashMap<>();
            m.forEach((k, x) -> {
                if (x != null && !Boolean.FALSE.equals(x) && !(x instanceof List<?> l && l.isEmpty())) {
                    out.put(k, withoutNullEmptyOrFalse(x));
                }
            });
            return out;
        }
        if (v instanceof List<?> l) {
            return l.stream().map(ExportPropertiesTest::withoutNullEmptyOrFalse).toList();
        }
        return v;
    }

    @Test
    void jsonLinesHaveOneLinePerAnnouncement() {
        qt().withExamples(EXAMPLES).forAll(Generators.announcements(), Generators.announcements())
                .checkAssert((a, b) -> {
                    String s = new String(export("jsonl", List.of(a, b), false), java.nio.charset.StandardCharsets.UTF_8);
                    assertEquals(2, s.chars().filter(ch -> ch == '\n').count(), "only the two line ends are LF");
                });
    }

    @Test
    void theSchemaValidatesEveryGeneratedDocument() {
        qt().withExamples(EXAMPLES).forAll(Generators.announcements())
                .checkAssert(a -> assertEquals(List.of(), SchemaTest.validate(a)));
    }

    @Test
    void decimalsAreWrittenPlainAndReadBackNumericallyEqual() {
        qt().withExamples(2000).forAll(Generators.decimals()).checkAssert(d -> {
            String plain = Decimals.plain(d);
            assertEquals(0, new java.math.BigDecimal(plain).compareTo(d), plain);
            assertEquals(-1, plain.indexOf('E'), plain);
            assertEquals(Decimals.canonical(d), new java.math.BigDecimal(plain));
        });
    }
}
