package dev.laurel.exporters;

import dev.laurel.model.Announcement;
import dev.laurel.model.Awardee;
import dev.laurel.model.Diagnostic;
import dev.laurel.model.DiagnosticKind;
import dev.laurel.model.Event;
import dev.laurel.model.Initiative;
import dev.laurel.model.Metric;
import dev.laurel.model.Qualifier;
import dev.laurel.model.RegionKind;
import dev.laurel.model.RosterEntry;
import dev.laurel.model.Severity;
import dev.laurel.model.SourceInfo;
import dev.laurel.model.SourceSpan;
import dev.laurel.model.TimesKind;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import org.quicktheories.core.Gen;
import org.quicktheories.core.RandomnessSource;
import org.quicktheories.impl.Constraint;

/**
 * QuickTheories generators of valid announcements full of hostile text: quotes, commas, CR/LF, tabs,
 * emoji, CJK Extension B, lone formula starters, empty strings where the record allows them, very
 * long labels, and decimals of any scale (including negative scales and trailing zeros).
 */
public final class Generators {

    private Generators() {
    }

    static final String[] PIECES = {"\"", ",", "\r", "\n", "\r\n", "\t", "😀", "👨‍👩‍👧", "𠀀", "𪚥", "=", "+", "-", "@",
            "'", " ", "杭州市", "超6300万元", "a", "Z", "\\", "\u2028", "\u0001", "\u007f", "；", "\uFEFF", "e+7",
            "null", "“拥军”", "（县）", ";", "\"\"", "=HYPERLINK(\"http://x\")", "0", "-1"};

    public static Gen<Announcement> announcements() {
        return Generators::announcement;
    }

    public static Gen<BigDecimal> decimals() {
        return Generators::decimal;
    }

    static long between(RandomnessSource in, long lo, long hi) {
        return in.next(Constraint.between(lo, hi));
    }

    static boolean chance(RandomnessSource in, int oneIn) {
        return between(in, 1, oneIn) == 1;
    }

    static <T> T pick(RandomnessSource in, T[] values) {
        return values[(int) between(in, 0, values.length - 1)];
    }

    /** Any string, possibly empty, possibly very long. */
    static String text(RandomnessSource in) {
        StringBuilder b = new StringBuilder();
        int n = (int) between(in, 0, 6);
        for (int i = 0; i < n; i++) {
            b.append(pick(in, PIECES));
        }
        if (chance(in, 25)) {
            String unit = pick(in, PIECES) + "长标签";
            int repeat = (int) between(in, 100, 1200);
            b.append(unit.repeat(repeat));
        }
        return b.toString();
    }

    static String nullable(RandomnessSource in) {
        return chance(in, 4) ? null : text(in);
    }

    static String nonBlank(RandomnessSource in) {
        String s = text(in);
        return s.isBlank() ? s + "名" : s;
    }

    static BigDecimal decimal(RandomnessSource in) {
        int digits = (int) between(in, 1, 30);
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < digits; i++) {
            b.append((char) ('0' + between(in, 0, 9)));
        }
        BigInteger unscaled = new BigInteger(b.toString());
        if (chance(in, 5)) {
            unscaled = unscaled.negate();
        }
        return new BigDecimal(unscaled, (int) between(in, -12, 12));
    }

    static SourceSpan span(RandomnessSource in) {
        int start = (int) between(in, 0, 100_000);
        return new SourceSpan(start, start + (int) between(in, 0, 500));
    }

    static String regionCode(RandomnessSource in) {
        return chance(in, 3) ? null : String.format("%06d", between(in, 0, 999_999));
    }

    static <E> E nullableEnum(RandomnessSource in, E[] values) {
        return chance(in, 4) ? null : pick(in, values);
    }

    static Integer count(RandomnessSource in) {
        return chance(in, 3) ? null : (int) between(in, 1, 50); // the model: a count of honours is at least 1
    }

    static Diagnostic diagnostic(RandomnessSource in) {
        return new Diagnostic(pick(in, DiagnosticKind.values()), pick(in, Severity.values()), nullable(in),
                nonBlank(in), chance(in, 3) ? null : span(in));
    }

    static <T> List<T> list(RandomnessSource in, int max, java.util.function.Function<RandomnessSource, T> item) {
        int n = (int) between(in, 0, max);
        List<T> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            out.add(item.apply(in));
        }
        return out;
    }

    static Awardee awardee(RandomnessSource in) {
        List<Initiative> initiatives = list(in, 3, r -> new Initiative(nonBlank(r), text(r), span(r)));
        List<Metric> metrics = list(in, 4, r -> {
            BigDecimal value = decimal(r);
            BigDecimal upper = chance(r, 3) ? value.add(decimal(r).abs()) : null;
            Integer initiative = initiatives.isEmpty() || chance(r, 3) ? null
                    : (int) between(r, 0, initiatives.size() - 1);
            return new Metric(nullable(r), value, upper, nullable(r), pick(r, Qualifier.values()), chance(r, 2),
                    initiative, nonBlank(r), span(r));
        });
        Integer times = count(in);
        TimesKind timesKind = times == null ? null : nullableEnum(in, TimesKind.values());
        return new Awardee(nonBlank(in), nullable(in), nullableEnum(in, RegionKind.values()), regionCode(in),
                nullable(in), times, timesKind, count(in), nullable(in), initiatives, metrics, span(in),
                list(in, 2, Generators::diagnostic));
    }

    static Announcement announcement(RandomnessSource in) {
        SourceInfo source = new SourceInfo(nonBlank(in), randomHex(in),
                pick(in, new String[] {"UTF-8", "GB18030", "UTF-16LE"}), chance(in, 2), between(in, 0, 1L << 40),
                (int) between(in, 0, Integer.MAX_VALUE), pick(in, new String[] {"decoded", "html-extracted"}),
                chance(in, 3) ? null : nonBlank(in), chance(in, 3) ? null : pick(in, new String[] {"0.1.0", "1.2.3-SNAPSHOT"}));
        Event event = null;
        if (!chance(in, 3)) {
            String date = chance(in, 3) ? null : pick(in, new String[] {"2024-04-23", "04-23", "1999-12-31"});
            event = new Event(date, nullable(in), date == null ? nonBlank(in) : nullable(in));
        }
        return Announcement.of(source, nullable(in), nullable(in), nullable(in), event,
                list(in, 4, r -> new RosterEntry(nonBlank(r), nullableEnum(r, RegionKind.values()), regionCode(r),
                        nullable(r), chance(r, 2), chance(r, 4) ? null : span(r))),
                list(in, 3, Generators::awardee), list(in, 3, Generators::diagnostic));
    }

    static String randomHex(RandomnessSource in) {
        StringBuilder b = new StringBuilder(64);
        for (int i = 0; i < 64; i++) {
            b.append(Character.forDigit((int) between(in, 0, 15), 16));
        }
        return b.toString();
    }
}
