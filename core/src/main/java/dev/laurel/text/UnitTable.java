package dev.laurel.text;

import dev.laurel.model.UnitCategory;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The units a {@link QuantityScanner} recognises, matched longest first (人民币 before 人, 平方公里 before 公里),
 * each with its category and, for a currency, its ISO 4217 code. The built-in table is the data file
 * {@code units.tsv} (its header says the columns). Multipliers are not units: 万元 is read as 万 × 元. A unit
 * whose surface ends in a Latin letter needs a non-letter after it (5G网络, 3A级 and the m of "5 miles" are
 * none). Symbols ({@link Unit#before}) are written before the number ($35, ￥120).
 * Immutable and thread-safe; extend with {@link #with}.
 */
public final class UnitTable {

    /**
     * One unit.
     *
     * @param surface   how it is written
     * @param canonical the name reported (个月 -> 月, km -> 公里, 人民币 -> 元, 个百分点 -> %)
     * @param category  what it measures
     * @param iso       the ISO 4217 code of a currency when the name decides it, else null
     * @param before    true for a symbol written before the number ($, ￥, €)
     */
    public record Unit(String surface, String canonical, UnitCategory category, String iso, boolean before) {
        /**
         * Checks the components.
         *
         * @param surface   how it is written; not empty
         * @param canonical the name reported; not empty
         * @param category  what it measures; not null
         * @param iso       the currency code, or null; only for a currency
         * @param before    true for a symbol before the number
         * @throws IllegalArgumentException if {@code surface} or {@code canonical} is empty, or {@code iso} does not fit
         */
        public Unit {
            if (surface == null || surface.isEmpty()) {
                throw new IllegalArgumentException("surface must not be empty");
            }
            if (canonical == null || canonical.isEmpty()) {
                throw new IllegalArgumentException("canonical must not be empty");
            }
            if (category == null) {
                throw new NullPointerException("category must not be null");
            }
            if (iso != null && (iso.length() != 3 || category != UnitCategory.CURRENCY)) {
                throw new IllegalArgumentException("iso must be a 3-letter code of a currency: " + iso);
            }
        }

        /**
         * A unit written after the number, without an ISO code.
         *
         * @param surface   how it is written; not empty
         * @param canonical the name reported; not empty
         * @param category  what it measures; not null
         */
        public Unit(String surface, String canonical, UnitCategory category) {
            this(surface, canonical, category, null, false);
        }
    }

    private static final UnitTable DEFAULTS = new UnitTable(load("units.tsv"));

    /** Scale words before a number that make a following 度 a temperature (华氏温度98.6度 = 98.6 ℉). */
    private static final List<Unit> DEGREE_PREFIXES = List.of(
            new Unit("华氏温度", "℉", UnitCategory.TEMPERATURE), new Unit("華氏溫度", "℉", UnitCategory.TEMPERATURE),
            new Unit("华氏", "℉", UnitCategory.TEMPERATURE), new Unit("華氏", "℉", UnitCategory.TEMPERATURE),
            new Unit("摄氏温度", "℃", UnitCategory.TEMPERATURE), new Unit("攝氏溫度", "℃", UnitCategory.TEMPERATURE),
            new Unit("摄氏", "℃", UnitCategory.TEMPERATURE), new Unit("攝氏", "℃", UnitCategory.TEMPERATURE));

    private final List<Unit> units;
    /** The units written after a number, by first char, longest first (in the order added among equally long ones). */
    private final CharTable<Unit> byFirst;
    /** The symbols written before a number, by last char, longest first. */
    private final CharTable<Unit> symbolsByLast;

    private UnitTable(List<Unit> units) {
        this.units = List.copyOf(units);
        List<Unit> after = new ArrayList<>();
        List<Unit> before = new ArrayList<>();
        for (Unit u : this.units) {
            (u.before() ? before : after).add(u);
        }
        Comparator<Unit> longestFirst = Comparator.comparingInt((Unit u) -> u.surface().length()).reversed();
        after.sort(longestFirst);
        before.sort(longestFirst);
        this.byFirst = CharTable.of(after, u -> u.surface().charAt(0), Unit[]::new);
        this.symbolsByLast = CharTable.of(before, u -> u.surface().charAt(u.surface().length() - 1), Unit[]::new);
    }

    /**
     * The built-in table ({@code units.tsv}).
     *
     * @return the shared built-in table
     */
    public static UnitTable defaults() {
        return DEFAULTS;
    }

    /**
     * A copy with one more unit written after the number (a surface already present is replaced).
     *
     * @param surface   how the unit is written
     * @param canonical the name reported
     * @param category  what it measures
     * @return the extended copy
     */
    public UnitTable with(String surface, String canonical, UnitCategory category) {
        return with(new Unit(surface, canonical, category));
    }

    /**
     * A copy with one more unit (a unit of the same surface and side is replaced).
     *
     * @param unit the unit to add
     * @return the extended copy
     */
    public UnitTable with(Unit unit) {
        if (unit == null) {
            throw new NullPointerException("unit must not be null");
        }
        List<Unit> list = new ArrayList<>(units);
        list.removeIf(u -> u.surface().equals(unit.surface()) && u.before() == unit.before());
        list.add(unit);
        return new UnitTable(list);
    }

    /**
     * All units, in the order they were added.
     *
     * @return an unmodifiable list
     */
    public List<Unit> units() {
        return units;
    }

    /**
     * The longest unit written after a number at {@code text[at]}, or null.
     *
     * @param text the text
     * @param at   where the unit would start
     * @return the unit, or null
     */
    public Unit match(CharSequence text, int at) {
        if (at >= text.length()) {
            return null;
        }
        Unit[] candidates = byFirst.get(text.charAt(at));
        if (candidates == null) {
            return null;
        }
        for (Unit u : candidates) {
            String s = u.surface();
            int end = at + s.length();
            if (end <= text.length() && tailMatches(text, at, s)
                    && !(isLatin(s.charAt(s.length() - 1)) && end < text.length() && isLatin(text.charAt(end)))) {
                return u;
            }
        }
        return null;
    }

    /**
     * The longest symbol ($, US$, ￥, €) written right before {@code at} (one space between is allowed: $ 35), or
     * null. A symbol that starts with a Latin letter needs a non-letter before it.
     *
     * @param text the text
     * @param at   where the number starts
     * @return the symbol's unit, or null
     */
    public Unit symbolBefore(CharSequence text, int at) {
        int end = at;
        if (end > 0 && text.charAt(end - 1) == ' ') {
            end--;
        }
        Unit[] candidates = end > 0 ? symbolsByLast.get(text.charAt(end - 1)) : null;
        if (candidates == null) {
            return null;
        }
        for (Unit u : candidates) {
            String s = u.surface();
            int start = end - s.length();
            if (regionMatches(text, start, s) && !(isLatin(s.charAt(0)) && start > 0 && isLatin(text.charAt(start - 1)))) {
                return u;
            }
        }
        return null;
    }

    /** An ASCII or full-width Latin letter. */
    static boolean isLatin(char c) {
        return NumeralRuns.isAsciiLetter(c);
    }

    /**
     * The scale word ending at {@code numberStart} when a 度 follows the number at {@code unitAt}
     * (华氏温度100度), else null. Its surface is the prefix, its canonical the unit (℉, ℃).
     */
    static Unit degreePrefix(CharSequence text, int numberStart, int unitAt) {
        if (unitAt >= text.length() || text.charAt(unitAt) != '度') {
            return null;
        }
        for (Unit u : DEGREE_PREFIXES) {
            if (regionMatches(text, numberStart - u.surface().length(), u.surface())) {
                return u;
            }
        }
        return null;
    }

    /** {@link #regionMatches} when the first char is known to match (the candidates are filed by it). */
    private static boolean tailMatches(CharSequence text, int at, String s) {
        for (int i = 1; i < s.length(); i++) {
            if (text.charAt(at + i) != s.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    static boolean regionMatches(CharSequence text, int at, String s) {
        if (at < 0 || at + s.length() > text.length()) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            if (text.charAt(at + i) != s.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    /** Reads a units file: surface, canonical, category id, ISO code (may be empty), side ("before" or empty). */
    static List<Unit> load(String resource) {
        List<Unit> out = new ArrayList<>();
        try (InputStream in = UnitTable.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource dev/laurel/text/" + resource);
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            int n = 0;
            for (String line; (line = r.readLine()) != null; ) {
                n++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t", -1);
                if (f.length < 3 || f.length > 5) {
                    throw new IllegalStateException(resource + ":" + n + ": expected 3 to 5 tab-separated fields");
                }
                String iso = f.length > 3 && !f[3].isEmpty() ? f[3] : null;
                boolean before = f.length > 4 && f[4].equals("before");
                if (f.length > 4 && !before && !f[4].isEmpty()) {
                    throw new IllegalStateException(resource + ":" + n + ": side must be \"before\" or empty");
                }
                out.add(new Unit(f[0], f[1], UnitCategory.of(f[2]), iso, before));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }
}
