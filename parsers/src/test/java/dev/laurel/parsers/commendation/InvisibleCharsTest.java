package dev.laurel.parsers.commendation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import dev.laurel.model.Announcement;
import dev.laurel.model.Awardee;
import dev.laurel.model.Metric;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * Issue 14 item 3: labels never hold control or invisible chars, whatever the text is sprinkled with
 * (C0/C1 controls, zero-width and direction chars, word joiners, the BOM, the soft hyphen).
 */
class InvisibleCharsTest {
    private static final String SEED = TestDocuments.seedText();
    /** Controls and format chars (tab and line breaks excepted: they are layout, and break lines). */
    static final String INVISIBLE = "\u0000\u0001\u0007\u001B\u007F\u0080\u009F\u00AD\u061C\u180E\u200B\u200C\u200D"
            + "\u200E\u200F\u202A\u202B\u202C\u202D\u202E\u2060\u2061\u2062\u2063\u2064\u2066\u2069\uFEFF\uFFF9\uFFFB";

    @Test
    void labelsOfSprinkledTextHoldNoInvisibleChar() {
        Gen<List<Integer>> sprinkles = lists().of(integers().between(0, Integer.MAX_VALUE - 1)).ofSizeBetween(1, 400);
        qt().withExamples(60).forAll(sprinkles).checkAssert(ops -> {
            String text = sprinkle(SEED, ops);
            for (String label : labels(TestDocuments.parse(text, "sprinkled"))) {
                assertFalse(hasInvisible(label), () -> "label " + escape(label));
                assertEquals(label.strip(), label, () -> "label " + escape(label));
            }
        });
    }

    @Test
    void aZeroWidthSpaceBeforeAFigureIsNoPartOfItsLabel() {
        Announcement a = TestDocuments.parse(SEED.replace("超6300万元", "超\u200B6300\u00AD万元"), "zwsp");
        Metric m = a.awardees().get(0).metrics().get(0);
        assertEquals("慰问金额", m.label());
        assertEquals(0, m.value().compareTo(new java.math.BigDecimal("63000000")));
    }

    @Test
    void namesAndTitlesOfSprinkledTextHoldNoInvisibleChar() {
        Gen<List<Integer>> sprinkles = lists().of(integers().between(0, Integer.MAX_VALUE - 1)).ofSizeBetween(1, 400);
        qt().withExamples(60).forAll(sprinkles).checkAssert(ops -> {
            for (String name : namesAndTitles(TestDocuments.parse(sprinkle(SEED, ops), "sprinkled"))) {
                assertFalse(hasInvisible(name), () -> "name or title " + escape(name));
            }
        });
    }

    /** Inserts one invisible char per op, at a position the op picks. */
    static String sprinkle(String text, List<Integer> ops) {
        StringBuilder b = new StringBuilder(text);
        for (int op : ops) {
            int at = op % (b.length() + 1);
            if (at > 0 && at < b.length() && Character.isLowSurrogate(b.charAt(at))) {
                at--;
            }
            b.insert(at, INVISIBLE.charAt((op / 7) % INVISIBLE.length()));
        }
        return b.toString();
    }

    static List<String> labels(Announcement a) {
        List<String> out = new ArrayList<>();
        for (Awardee w : a.awardees()) {
            w.metrics().stream().map(Metric::label).filter(l -> l != null).forEach(out::add);
        }
        return out;
    }

    /** The strings the parser derives rather than quotes: titles, names, honours, initiative titles. */
    static List<String> namesAndTitles(Announcement a) {
        List<String> out = new ArrayList<>();
        out.add(a.title());
        out.add(a.honor());
        out.add(a.province());
        if (a.event() != null) {
            out.add(a.event().name());
            out.add(a.event().place());
        }
        a.roster().forEach(r -> out.add(r.name()));
        for (Awardee w : a.awardees()) {
            out.add(w.name());
            out.add(w.honorTitle());
            w.initiatives().forEach(i -> out.add(i.title()));
        }
        out.removeIf(s -> s == null);
        return out;
    }

    static boolean hasInvisible(String s) {
        return s.codePoints().anyMatch(cp -> {
            int type = Character.getType(cp);
            return type == Character.CONTROL || type == Character.FORMAT || type == Character.SURROGATE
                    || type == Character.LINE_SEPARATOR || type == Character.PARAGRAPH_SEPARATOR;
        });
    }

    static String escape(String s) {
        StringBuilder b = new StringBuilder();
        s.chars().forEach(c -> b.append(c < 0x20 || (c >= 0x7F && c <= 0x9F) || Character.getType(c) == Character.FORMAT
                ? String.format("\\u%04X", c) : String.valueOf((char) c)));
        return b.toString();
    }
}
