package dev.laurel.text;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.DictionaryFile;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.laurel.model.Qualifier;
import dev.laurel.text.RenderedNumerals.Rendered;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Fuzzes {@link QuantityScanner#scan} with a value oracle: it catches wrong figures, not only exceptions.
 *
 * <p><b>Any text</b> ({@link #readsConsistently}): scanning never throws and is deterministic; every quantity and
 * every unparsed run lies inside the text and quotes it, in text order without overlaps, no quantity overlaps an
 * unparsed run, a range has value = lower &le; upper; every quantity's own text, scanned alone (with the qualifier
 * word before it), reads to one quantity with the same value, bounds and unit; and no quantity is a piece of a
 * longer numeral ({@link #pieceOfALongerNumeral}: a digit, a multiplier or a decimal point of the same numeral
 * right before it, or a numeral split from it by one or two spaces). The number-model reading
 * ({@link QuantityScanner.Options#bareNumerals}) is held to the structural part (no throw, spans, order).
 *
 * <p><b>A planted value</b> ({@link #readsBackPlanted}): an exact value (a long and a scale, never a double) is
 * rendered in one of the forms the engine claims ({@link RenderedNumerals}), followed by a unit, between fuzz text
 * before and after. A quantity over the numeral must start at it (or at a 第/数 right before it), cover numeral and
 * unit, have exactly the planted value ({@code compareTo}) and the unit the table reads there (人 + 次 is 人次);
 * two quantities over it are a piece. No quantity is allowed when the context excludes it (a quote, an idiom, a
 * slogan, 名单), since no figure is never a wrong figure; with no context at all the numeral must be read. The
 * check is skipped only when the text right before the numeral legitimately changes its reading
 * ({@link #contextChangesReading}).
 *
 * <p><b>Input layout</b> ({@link FuzzedDataProvider}): the plant parameters are taken from the end of the input
 * ({@link Plant#consume}: 12 bytes), the text before the numeral from the front up to a backslash and one more char
 * (at most {@value #MAX_PREFIX} chars), the text after it is the rest; {@link #seed} writes such an input. In a
 * normal build this runs the seeds in {@code QuantityScannerFuzzTestInputs/scan}; {@code JAZZER_FUZZ=1} fuzzes
 * (see parsers/README-input.md).
 */
class QuantityScannerFuzzTest {
    private static final QuantityScanner SCANNER = new QuantityScanner();
    private static final QuantityScanner NUMBER_MODEL =
            new QuantityScanner(UnitTable.defaults(), new QuantityScanner.Options(true, true));
    static final int MAX_PREFIX = 120;

    @FuzzTest(maxDuration = "10m")
    @DictionaryFile(resourcePath = "quantities.dict")
    void scan(FuzzedDataProvider data) {
        Plant plant = Plant.consume(data);
        String before = data.consumeString(MAX_PREFIX);
        String after = data.consumeRemainingAsString();
        readsConsistently(before + after);
        Rendered numeral = plant.render();
        String unit = RenderedNumerals.UNITS[plant.unit()];
        String sentence = before + numeral.text() + unit + after;
        readsConsistently(sentence);
        readsBackPlanted(sentence, before.length(), numeral, unit, before.isEmpty() && after.isEmpty());
    }

    /**
     * The parameters of a planted numeral: a form, an exact value (unscaled long and scale, mapped into the form's
     * domain), a chain index and a flag (multiplier chain, grouping, 亿 parts), and a unit index.
     */
    record Plant(int form, long unscaled, int scale, int chain, boolean flag, int unit) {
        static final int FORMS = 9;

        /** Reads the parameters from the end of {@code data}: 1 + 7 + 1 + 1 + 1 + 1 = 12 bytes. */
        static Plant consume(FuzzedDataProvider data) {
            int form = data.consumeInt(0, FORMS - 1);
            long unscaled = data.consumeLong(0, RenderedNumerals.CHINESE_MAX);
            int scale = data.consumeInt(0, RenderedNumerals.ARABIC_SCALE);
            int chain = data.consumeInt(0, RenderedNumerals.CHAINS.length - 1);
            boolean flag = data.consumeBoolean();
            int unit = data.consumeInt(0, RenderedNumerals.UNITS.length - 1);
            return new Plant(form, unscaled, scale, chain, flag, unit);
        }

        private BigDecimal value(long max, int maxScale) {
            return BigDecimal.valueOf(unscaled % (max + 1), scale % (maxScale + 1));
        }

        Rendered render() {
            return switch (form) {
                case 0 -> RenderedNumerals.arabic(value(RenderedNumerals.ARABIC_MAX, RenderedNumerals.ARABIC_SCALE));
                case 1 -> RenderedNumerals.arabicGrouped(value(RenderedNumerals.GROUPED_MAX, RenderedNumerals.GROUPED_SCALE));
                case 2 -> RenderedNumerals.arabicFullWidth(value(RenderedNumerals.FULL_WIDTH_MAX, RenderedNumerals.FULL_WIDTH_SCALE));
                case 3 -> RenderedNumerals.chinese(value(RenderedNumerals.CHINESE_MAX, RenderedNumerals.CHINESE_SCALE));
                case 4 -> RenderedNumerals.capital(value(RenderedNumerals.CHINESE_MAX, RenderedNumerals.CHINESE_SCALE));
                case 5 -> RenderedNumerals.arabicTimesChain(
                        value(RenderedNumerals.ARABIC_CHAIN_MAX, RenderedNumerals.ARABIC_CHAIN_SCALE), chain, flag);
                case 6 -> RenderedNumerals.chineseTimesChain(
                        value(RenderedNumerals.CHINESE_CHAIN_MAX, RenderedNumerals.CHINESE_CHAIN_SCALE), chain);
                case 7 -> RenderedNumerals.elided((int) (unscaled % 99) + 1, (int) (unscaled / 99 % 9) + 1, scale);
                default -> RenderedNumerals.arabicParts(unscaled % 9_999 + 1, unscaled / 9_999 % 9_000 + 1_000,
                        unscaled / 9_999 / 9_000 % 9_999 + 1, flag);
            };
        }
    }

    /**
     * The input bytes that {@link #scan} reads as {@code before} + the numeral of {@code plant} + its unit +
     * {@code after} (UTF-8; a backslash in {@code before} is doubled, a backslash and one char end it). For seeds.
     */
    static byte[] seed(String before, String after, Plant plant) {
        if (before.length() >= MAX_PREFIX) {
            throw new IllegalArgumentException("before is limited to " + MAX_PREFIX + " chars");
        }
        java.io.ByteArrayOutputStream b = new java.io.ByteArrayOutputStream();
        b.writeBytes((before.replace("\\", "\\\\") + "\\|" + after).getBytes(java.nio.charset.StandardCharsets.UTF_8));
        // FuzzedDataProvider reads numbers from the end, most significant byte last in the input
        b.write(plant.unit());
        b.write(plant.flag() ? 1 : 0);
        b.write(plant.chain());
        b.write(plant.scale());
        for (int k = 0; k < 7; k++) {
            b.write((int) (plant.unscaled() >>> (8 * k)) & 0xFF);
        }
        b.write(plant.form());
        return b.toByteArray();
    }

    // ---------------------------------------------------------------- any text

    /** The structural and self-consistency promises of {@link QuantityScanner#scan} on any text. */
    static void readsConsistently(String t) {
        List<QuantityScanner.Unparsed> bad = new ArrayList<>();
        List<Quantity> qs = SCANNER.scan(t, bad::add);
        check(qs.equals(SCANNER.scan(t)), "a second scan differs", t, null);
        spans(t, qs, bad);
        for (Quantity q : qs) {
            check((q.lower() == null) == (q.upper() == null), "one bound of a range", t, q);
            if (q.lower() != null) {
                check(q.value().compareTo(q.lower()) == 0 && q.lower().compareTo(q.upper()) <= 0, "range bounds", t, q);
            }
            ownTextReadsTheSame(t, q);
            String piece = pieceOfALongerNumeral(visible(t), visibleOffset(t, q.start()));
            check(piece == null, "a piece of a longer numeral (" + piece + ")", t, q);
        }
        List<QuantityScanner.Unparsed> bareBad = new ArrayList<>();
        List<Quantity> bare = NUMBER_MODEL.scan(t, bareBad::add);
        spans(t, bare, bareBad);
    }

    private static void spans(String t, List<Quantity> qs, List<QuantityScanner.Unparsed> bad) {
        int last = 0;
        for (Quantity q : qs) {
            check(q.start() >= last && q.end() <= t.length() && q.start() < q.end(), "span out of order or bounds", t, q);
            check(t.substring(q.start(), q.end()).equals(q.text()), "text is not the span", t, q);
            last = q.end();
        }
        last = 0;
        for (QuantityScanner.Unparsed u : bad) {
            check(u.start() >= last && u.end() <= t.length() && u.start() < u.end(), "unparsed out of order or bounds: " + u, t, null);
            check(t.substring(u.start(), u.end()).equals(u.text()), "unparsed text is not the span: " + u, t, null);
            last = u.end();
            for (Quantity q : qs) {
                check(u.end() <= q.start() || q.end() <= u.start(), "overlaps unparsed " + u, t, q);
            }
        }
    }

    /** Scanned alone, with the qualifier word before it (近万人次), {@code q}'s text is one quantity of the same figure. */
    private static void ownTextReadsTheSame(String t, Quantity q) {
        Qualifiers.Word w = Qualifiers.before(visible(t), visibleOffset(t, q.start()));
        String head = w == null || q.qualifier() == Qualifier.EXACT ? "" : w.word();
        List<Quantity> alone = SCANNER.scan(head + q.text());
        check(alone.size() == 1, "its text alone reads as " + alone, t, q);
        Quantity a = alone.get(0);
        // a lone 块 is money by itself (八块) and may be a classifier in its clause (篮球场3块，): CompoundAmounts
        boolean kuai = "块".equals(q.unit()) && "元".equals(a.unit()) && q.text().endsWith("块");
        check(a.start() == head.length() && a.text().equals(q.text()) && a.value().compareTo(q.value()) == 0
                && same(a.lower(), q.lower()) && same(a.upper(), q.upper())
                && (java.util.Objects.equals(a.unit(), q.unit()) || kuai),
                "its text alone reads as " + a, t, q);
    }

    /**
     * Why the quantity starting at {@code start} of {@code t} (a {@link #visible} text: the scanner reads format
     * chars through) is a piece of a longer numeral, or null. Applies when it starts with a numeral char (not 第, 数,
     * a sign or 华氏温度, which start a longer text on purpose).
     * <p>Flagged: a numeral char right before (3 + 5万); a decimal point right after a numeral and before digits it
     * would continue with (3点 + 5万, 三点 + 五万, 3. + 5万; not 6. + 十万, a list number); a lone decimal point
     * before an Arabic digit (.5万: 0.5万 or not, unknown); a numeral, one or two inline spaces, then this one
     * (1 6.4亿).
     * <p>Allowed, because the scanner documents them: a capital that is a word char (队伍260支, 收拾3个); a numeral
     * word (两两, also before a point or a space); 点 before 两 (两百点两个: decimals use 二); a label's point (No.5);
     * a numeral before the spaces that is a code, part of a web address, or ends a 余万 or 七成六 (G60 5万元,
     * www.x.cn/1 6.4亿元, 2500余万 3千元, 七成六 5人); one after the spaces that a colon follows (2022-07-14 16:25:
     * a date and a time).
     */
    static String pieceOfALongerNumeral(String t, int start) {
        char first = t.charAt(start);
        if (!NumeralChars.isNumeral(first)) {
            return null;
        }
        int k = start - 1;
        if (k < 0) {
            return null;
        }
        char c = t.charAt(k);
        if (NumeralChars.isNumeral(c)) {
            boolean word = Exclusions.AMBIGUOUS_CAPITALS.indexOf(c) >= 0 || Exclusions.NUMERAL_WORDS.endingAt(t, k + 1) != null;
            return word ? null : "numeral char " + c + " right before";
        }
        if (NumeralChars.isPoint(c) || NumeralChars.isDot(c)) {
            int j = k - 1;
            char p = j >= 0 ? t.charAt(j) : ' ';
            // a decimal goes on with digits: Arabic after . (6. + 十万 is a list number), Arabic or Chinese after 点
            boolean decimal = NumeralChars.isArabic(first) || NumeralChars.isPoint(c) && NumeralChars.isChineseDigit(first)
                    && first != '两' && first != '兩' && first != '倆';
            if (NumeralChars.isNumeral(p) && Exclusions.NUMERAL_WORDS.endingAt(t, j + 1) == null && decimal) {
                return "decimal point after a numeral right before";
            }
            if (NumeralChars.isDot(c) && NumeralChars.isArabic(first) && !NumeralRuns.isAsciiLetter(p)) {
                return "a lone decimal point right before";
            }
        }
        int j = k;
        int spaces = 0;
        while (j >= 0 && spaces < 2 && Exclusions.INLINE_SPACES.indexOf(t.charAt(j)) >= 0) {
            j--;
            spaces++;
        }
        if (spaces > 0 && j >= 0 && NumeralChars.isNumeral(t.charAt(j)) && splitDigit(first) && !codeOrAddress(t, j)
                && !beforeAColon(t, start)) {
            return "numeral split from it by a space";
        }
        return null;
    }

    /** True when the numeral at {@code from} is followed by a colon: a time after a date (2022-07-14 16:25), no split. */
    private static boolean beforeAColon(String t, int from) {
        int e = NumeralRuns.end(t, from);
        return e < t.length() && (t.charAt(e) == ':' || t.charAt(e) == '：');
    }

    /**
     * True when the numeral ending at {@code j} is a code (glued to a letter: G60), a numeral word (两两), inside a
     * web address (the scanner skips these before it looks for a space-split numeral), or the multiplier after 余/几
     * (2500余万) or the digit after 成 (七成六), which end what they belong to.
     */
    private static boolean codeOrAddress(String t, int j) {
        if (Exclusions.NUMERAL_WORDS.endingAt(t, j + 1) != null) {
            return true;
        }
        int prev = j - 1;
        while (prev >= 0 && (NumeralChars.isNumeral(t.charAt(prev)) || NumeralChars.isDot(t.charAt(prev))
                || NumeralChars.isComma(t.charAt(prev)) || NumeralChars.isPoint(t.charAt(prev)))) {
            prev--;
        }
        if (prev >= 0 && (NumeralRuns.isAsciiLetter(t.charAt(prev)) || "余餘多几幾成".indexOf(t.charAt(prev)) >= 0)) {
            return true; // G60; 77777余亿 and 七成六 are complete (余/几 + 万/亿 ends a numeral, a digit after 成 a share)
        }
        for (int u = prev; u >= 0 && !Character.isWhitespace(t.charAt(u)) && !NumeralRuns.isHan(t.charAt(u)); u--) {
            if (addressAt(t, u)) {
                return true; // back to a space or a Han char, as far as the scanner's address goes
            }
        }
        return false;
    }

    /** http://, https:// or www. at {@code u}, not after a letter (as the scanner's web-address test). */
    private static boolean addressAt(String t, int u) {
        if (u > 0 && NumeralRuns.isAsciiLetter(t.charAt(u - 1))) {
            return false;
        }
        for (String a : new String[] {"http://", "https://", "www."}) {
            if (t.regionMatches(true, u, a, 0, a.length())) {
                return true;
            }
        }
        return false;
    }

    /** Chars that continue a numeral after a space (NumeralRuns.isSplitDigit). */
    private static boolean splitDigit(char c) {
        byte cls = NumeralChars.classOf(c);
        return cls == NumeralChars.ARABIC || cls == NumeralChars.DIGIT || cls == NumeralChars.POWER || cls == NumeralChars.BIG;
    }

    /** {@code t} as the scanner reads it: without format chars (U+200B, U+00AD ...) and number gaps (1.8 亿). */
    static String visible(String t) {
        SpacedText v = SpacedText.readable(t);
        return v == null ? t : v.text;
    }

    /** The offset in {@link #visible} of the char at {@code at} of {@code t} (or of the next char kept). */
    static int visibleOffset(String t, int at) {
        SpacedText v = SpacedText.readable(t);
        if (v == null) {
            return at;
        }
        int k = 0;
        while (k < v.text.length() && v.start(k) < at) {
            k++;
        }
        return k;
    }

    // ---------------------------------------------------------------- planted value

    /**
     * The planted numeral {@code r} + {@code unit} at {@code at} in {@code s} reads back to its value, or gives no
     * quantity; see the class comment.
     */
    static void readsBackPlanted(String s, int at, Rendered r, String unit, boolean noContext) {
        if (RenderedNumerals.wordCapital(r.text())) {
            return; // 伍 alone is a word char (队伍)
        }
        String v = visible(s);
        int vat = visibleOffset(s, at);
        if (contextChangesReading(v, vat) != null) {
            return;
        }
        int numEnd = at + r.text().length();
        int unitEnd = numEnd + unit.length();
        List<QuantityScanner.Unparsed> bad = new ArrayList<>();
        List<Quantity> qs = SCANNER.scan(s, bad::add);
        Quantity found = null;
        for (Quantity q : qs) {
            if (q.start() < numEnd && q.end() > at) {
                checkPlanted(found == null, "two quantities over the numeral: " + qs, s, at, r, unit);
                found = q;
            }
        }
        if (found == null) {
            checkPlanted(!noContext, "nothing read: " + qs + ", unparsed " + bad, s, at, r, unit);
            return;
        }
        boolean marked = vat > 0 && (v.charAt(vat - 1) == '第' || v.charAt(vat - 1) == '数')
                && visibleOffset(s, found.start()) == vat - 1;
        if (found.kind() == QuantityKind.RANGE && found.start() < at && comparedBefore(s, found.start(), at)) {
            // 大于 + planted + 小于80, 最多60最少 + planted: the planted numeral is one bound of a comparison
            checkPlanted(found.lower().compareTo(r.value()) == 0 || found.upper().compareTo(r.value()) == 0,
                    "neither bound is the planted value: " + found, s, at, r, unit);
            return;
        }
        UnitTable.Unit symbol = UnitTable.defaults().symbolBefore(v, vat); // ¥ + planted 17029千亿元: the span starts at ¥
        boolean symbolled = symbol != null && visibleOffset(s, found.start()) >= vat - symbol.surface().length() - 1
                && found.start() < at;
        checkPlanted(found.start() == at || marked || symbolled, "read from " + found.start() + ": " + found, s, at, r, unit);
        checkPlanted(found.end() >= unitEnd, "numeral and unit not read whole: " + found, s, at, r, unit);
        if (found.end() > unitEnd && found.kind() != QuantityKind.RANGE) {
            // parts or a half after the unit (5元 + 3角, 2吨 + 半, 2个 + 半小时): less than one more unit
            checkPlanted(found.value().compareTo(r.value()) >= 0 && found.value().compareTo(r.value().add(BigDecimal.ONE)) < 0,
                    "read " + found.value().toPlainString() + " with a tail: " + found, s, at, r, unit);
            return;
        }
        checkPlanted(found.value().compareTo(r.value()) == 0, "read " + found.value().toPlainString() + ": " + found, s, at, r, unit);
        UnitTable.Unit there = UnitTable.defaults().match(s, numEnd);
        checkPlanted(there != null && there.canonical().equals(found.unit()), "unit " + found.unit() + ": " + found, s, at, r, unit);
        if (noContext) {
            checkPlanted(found.text().equals(r.text() + unit) && bad.isEmpty(), "read " + found + ", unparsed " + bad, s, at, r, unit);
        }
    }

    /**
     * Why the text right before the planted numeral at {@code at} of {@code s} (a {@link #visible} text: the scanner
     * reads format chars through) legitimately changes its reading, or null. The rule is narrow on purpose:
     * <ul>
     * <li>a numeral char right before: the numeral is longer (3 + 5万 = 35万, 一 + 两个 = 一两个, 伍 + 十 = 伍十);</li>
     * <li>a numeral, then one or two spaces: the numeral is split (1 6.4亿), which gives no figure;</li>
     * <li>digits, a comma and a space before three digits (1, 260万元: 1260万元 or two numbers), which give no figure;</li>
     * <li>a decimal point or a thousands comma right after a numeral char (3. + 5万 = 3.5万, 1, + 234 = 1,234);</li>
     * <li>a lone decimal point before an Arabic digit (. + 5万: 0.5万 or not, unknown: no figure; No. + 5 reads 5);</li>
     * <li>a sign (-, －, −, 负): the value is negated or the dash is a range mark;</li>
     * <li>a range mark (至, 到, ~, -, —) right after a numeral, a % or a unit: the planted numeral is a range's upper
     *     bound (3至 + 5万元, 30%- + 50%);</li>
     * <li>分之 right before: the planted numeral is a numerator (三分之 + 一, 百分之 + 30).</li>
     * </ul>
     */
    static String contextChangesReading(String s, int at) {
        int k = at - 1;
        if (k < 0) {
            return null;
        }
        char c = s.charAt(k);
        if (NumeralChars.isNumeral(c)) {
            return "numeral char before";
        }
        int j = k;
        int spaces = 0;
        while (j >= 0 && spaces < 2 && Exclusions.INLINE_SPACES.indexOf(s.charAt(j)) >= 0) {
            j--;
            spaces++;
        }
        if (spaces > 0 && j >= 0 && NumeralChars.isNumeral(s.charAt(j))) {
            return "numeral and space before";
        }
        if (spaces > 0 && j >= 1 && s.charAt(j) == ',' && NumeralChars.isArabic(s.charAt(j - 1)) && threeDigits(s, at)) {
            return "digits, a comma and a space before three digits"; // 1, 260: a grouping typed with a space, or two numbers
        }
        int p = k - 1;
        char prev = p >= 0 ? s.charAt(p) : ' ';
        if ((NumeralChars.isPoint(c) || NumeralChars.isDot(c) || NumeralChars.isComma(c)) && NumeralChars.isNumeral(prev)) {
            return "decimal point or comma after a numeral";
        }
        if (NumeralChars.isDot(c) && NumeralChars.isArabic(s.charAt(at))) {
            return "lone decimal point";
        }
        if (NumeralChars.isMinus(c)) {
            return "sign";
        }
        if ("至到~～〜-－—–".indexOf(c) >= 0 && (NumeralChars.isNumeral(prev) || prev == '%' || prev == '％' || endsAUnit(s, p + 1))) {
            return "range mark";
        }
        if (c == '之' && p >= 0 && s.charAt(p) == '分') {
            return "分之";
        }
        return null;
    }

    private static boolean threeDigits(String s, int at) {
        return at + 3 <= s.length() && NumeralChars.isArabic(s.charAt(at)) && NumeralChars.isArabic(s.charAt(at + 1))
                && NumeralChars.isArabic(s.charAt(at + 2)) && (at + 3 == s.length() || !NumeralChars.isArabic(s.charAt(at + 3)));
    }

    /** True when [from, at) of {@code s} holds comparison words only, no numeral: 大于, 介于, 至少有 (Comparisons). */
    private static boolean comparedBefore(String s, int from, int at) {
        for (int k = from; k < at; k++) {
            if (NumeralChars.isNumeral(s.charAt(k))) {
                return Comparisons.isWordAt(s, from); // 大于50并且小于 + planted: the first side is written first
            }
        }
        return true;
    }

    private static boolean endsAUnit(String s, int end) {
        for (UnitTable.Unit u : UnitTable.defaults().units()) {
            if (UnitTable.regionMatches(s, end - u.surface().length(), u.surface())) {
                return true;
            }
        }
        return false;
    }

    // ---------------------------------------------------------------- reporting

    private static boolean same(BigDecimal a, BigDecimal b) {
        return a == null ? b == null : b != null && a.compareTo(b) == 0;
    }

    private static void check(boolean ok, String what, String t, Quantity q) {
        if (!ok) {
            throw new AssertionError(what + (q == null ? "" : " — " + q) + " in \"" + escape(t) + "\"");
        }
    }

    private static void checkPlanted(boolean ok, String what, String s, int at, Rendered r, String unit) {
        if (!ok) {
            throw new AssertionError("planted " + r + " + " + unit + " at " + at + ": " + what + " in \"" + escape(s) + "\"");
        }
    }

    /** The text with invisible and non-ASCII-space chars as \\uXXXX, so a report shows what was scanned. */
    static String escape(String t) {
        StringBuilder b = new StringBuilder();
        for (char c : t.toCharArray()) {
            if (c < 0x20 || c == 0x7F || Character.isSpaceChar(c) && c != ' ' || Exclusions.FORMAT_CHARS.indexOf(c) >= 0
                    || Character.isSurrogate(c) || Character.getType(c) == Character.FORMAT) {
                b.append(String.format("\\u%04X", (int) c));
            } else {
                b.append(c);
            }
        }
        return b.toString();
    }
}
