package dev.laurel.text;

import static dev.laurel.text.RenderedNumerals.CHAINS;
import static dev.laurel.text.RenderedNumerals.UNITS;
import static org.quicktheories.QuickTheory.qt;

import dev.laurel.model.Qualifier;
import dev.laurel.text.RenderedNumerals.Rendered;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.SourceDSL;

/**
 * Differential property tests (QuickTheories): numerals rendered from exact values in every form the engine
 * claims, scanned inside Chinese sentences with a unit, must give back the value they were rendered from;
 * and no reported quantity is a suffix of a numeral: its text alone reads to the same value. The renderers are
 * shared with {@link QuantityScannerFuzzTest} ({@link RenderedNumerals}).
 */
class NumeralDifferentialTest {
    private static final QuantityScanner SCANNER = new QuantityScanner();

    /** A sentence holding one rendered numeral + unit at {@code at}. */
    record Sentence(String text, int at, Rendered numeral, String unit) {
        @Override
        public String toString() {
            return "\"" + text + "\" (" + numeral + ", unit " + unit + " at " + at + ")";
        }
    }

    private static final String[] PREFIXES = {"全年投入", "累计慰问", "共安置退役军人", "建成服务站", "惠及群众", "2023年完成",
        "其中，", "全市", "各级财政投入", "帮扶困难家庭", "“双拥”工作中投入", "截至目前已", "新增", "共计", "吸纳"};
    private static final String[] QUALIFIERS = {"", "", "", "超", "约", "近", "超过", "逾", "不足"};
    private static final String[] SUFFIXES = {"。", "，用于改善民生。", "，位居全省前列", "", "，惠及3000人。", "；其中",
        "，同比增长12.5%。", "以上。", "左右，"};

    private static Gen<Long> longs(long from, long to) {
        return SourceDSL.longs().between(from, to);
    }

    /** An exact decimal: unscaled in [0, max], scale in [0, maxScale]; no double involved. */
    private static Gen<BigDecimal> decimals(long max, int maxScale) {
        return longs(0, max).zip(SourceDSL.integers().between(0, maxScale), BigDecimal::valueOf);
    }

    static Gen<Rendered> arabic() {
        return decimals(RenderedNumerals.ARABIC_MAX, RenderedNumerals.ARABIC_SCALE).map(RenderedNumerals::arabic);
    }

    static Gen<Rendered> arabicGrouped() {
        return decimals(RenderedNumerals.GROUPED_MAX, RenderedNumerals.GROUPED_SCALE).map(RenderedNumerals::arabicGrouped);
    }

    static Gen<Rendered> arabicFullWidth() {
        return decimals(RenderedNumerals.FULL_WIDTH_MAX, RenderedNumerals.FULL_WIDTH_SCALE).map(RenderedNumerals::arabicFullWidth);
    }

    static Gen<Rendered> chinese() {
        return decimals(RenderedNumerals.CHINESE_MAX, RenderedNumerals.CHINESE_SCALE).map(RenderedNumerals::chinese);
    }

    static Gen<Rendered> capital() {
        return decimals(RenderedNumerals.CHINESE_MAX, RenderedNumerals.CHINESE_SCALE).map(RenderedNumerals::capital);
    }

    /** 3.5万, 2千万, 0.5千万, 1,234.5万, 12.34万亿: an Arabic number before a multiplier chain. */
    static Gen<Rendered> arabicTimesChain() {
        return decimals(RenderedNumerals.ARABIC_CHAIN_MAX, RenderedNumerals.ARABIC_CHAIN_SCALE)
                .zip(SourceDSL.integers().between(0, CHAINS.length - 1), SourceDSL.booleans().all(), RenderedNumerals::arabicTimesChain);
    }

    /** 三点五千万, 十二点五万, 零点五亿, 一千二百点五万: a Chinese number (with 点) before a chain. */
    static Gen<Rendered> chineseTimesChain() {
        return decimals(RenderedNumerals.CHINESE_CHAIN_MAX, RenderedNumerals.CHINESE_CHAIN_SCALE)
                .zip(SourceDSL.integers().between(0, CHAINS.length - 1), RenderedNumerals::chineseTimesChain);
    }

    /** 一百二 = 120, 三千五 = 3500, 三万五 = 35000, 两亿三, 13万2 = 132000: colloquial elision. */
    static Gen<Rendered> elided() {
        return SourceDSL.integers().between(1, 99).zip(SourceDSL.integers().between(1, 9), SourceDSL.integers().between(0, 4),
                RenderedNumerals::elided);
    }

    /** 3万4000, 12亿3456万, 5亿400万: Arabic parts between big powers. */
    static Gen<Rendered> arabicParts() {
        return longs(1, 9_999).zip(longs(1_000, 9_999), longs(1, 9_999), SourceDSL.booleans().all(), RenderedNumerals::arabicParts);
    }

    static Gen<Rendered> anyForm() {
        return SourceDSL.integers().between(0, 9).flatMap(k -> switch (k) {
            case 0 -> arabic();
            case 1 -> arabicGrouped();
            case 2 -> arabicFullWidth();
            case 3 -> chinese();
            case 4 -> capital();
            case 5, 6 -> arabicTimesChain();
            case 7 -> chineseTimesChain();
            case 8 -> elided();
            default -> arabicParts();
        });
    }

    private static <T> Gen<T> oneOf(T[] items) {
        return SourceDSL.integers().between(0, items.length - 1).map(k -> items[k]);
    }

    static Gen<Sentence> sentences() {
        return oneOf(PREFIXES).zip(oneOf(QUALIFIERS), anyForm(), oneOf(UNITS), oneOf(SUFFIXES),
                (pre, qual, num, unit, suf) -> new Sentence(pre + qual + num.text() + unit + suf, pre.length() + qual.length(), num, unit));
    }

    private static boolean readsBack(Sentence s) {
        if (RenderedNumerals.wordCapital(s.numeral().text())) {
            return true;
        }
        List<QuantityScanner.Unparsed> bad = new ArrayList<>();
        List<Quantity> qs = SCANNER.scan(s.text(), bad::add);
        Quantity at = null;
        for (Quantity q : qs) {
            if (q.start() < s.at() + s.numeral().text().length() && q.end() > s.at()) {
                if (at != null) {
                    throw new AssertionError("two quantities over the numeral in " + s + ": " + qs);
                }
                at = q;
            }
        }
        if (at == null) {
            throw new AssertionError("nothing read in " + s + ": " + qs + ", unparsed " + bad);
        }
        String expected = s.numeral().text() + s.unit();
        if (at.start() != s.at() || !at.text().equals(expected)) {
            throw new AssertionError("read " + at.text() + " instead of " + expected + " in " + s);
        }
        if (at.value().compareTo(s.numeral().value()) != 0) {
            throw new AssertionError("read " + at.value().toPlainString() + " in " + s);
        }
        if (!bad.isEmpty()) {
            throw new AssertionError("unparsed " + bad + " in " + s);
        }
        return true;
    }

    @Test
    void everyRenderedNumeralReadsBackToItsValueInASentence() {
        qt().withExamples(20000).forAll(sentences()).check(NumeralDifferentialTest::readsBack);
    }

    @Test
    void everyRenderedNumeralParsesToItsValue() {
        qt().withExamples(20000).forAll(anyForm()).check(r -> ChineseNumerals.parse(r.text()).compareTo(r.value()) == 0);
    }

    /** Pieces to build text from: numerals good and bad, units, range marks, qualifiers, spaces, format chars, words. */
    private static final String[] PIECES = {"3.5", "千", "万", "亿", "零点五", "十", "百", "2", "0", "1,234", "3.5.6", "点",
        "两", "几", "上", "若干", "数", "近", "超", "约", "元", "人", "个", "亩", "%", "-", "—", "~", "至", "余", "多",
        " ", "\u00A0", "\u3000", "\u200B", "\u00AD", "\uFEFF", "\u200E", "\u202C", "投入", "，", "。", "年", "第", "分之",
        "百分之", "成", "三", "二十", "壹佰", "伍", "队伍", "G", "１２", "．"};

    static Gen<String> pieces() {
        return SourceDSL.lists().of(SourceDSL.integers().between(0, PIECES.length - 1)).ofSizeBetween(0, 14).map(ix -> {
            StringBuilder b = new StringBuilder();
            ix.forEach(k -> b.append(PIECES[k]));
            return b.toString();
        });
    }

    /**
     * No suffix reporting: the text of every reported quantity, scanned alone (with its qualifier word, which
     * stays outside the text: 近万人次), reads to one quantity over all of it with the same value and bounds;
     * and no quantity overlaps a numeral reported unparsed.
     */
    private static boolean ownTextReadsTheSame(String s) {
        List<QuantityScanner.Unparsed> bad = new ArrayList<>();
        List<Quantity> qs = SCANNER.scan(s, bad::add);
        for (Quantity q : qs) {
            for (QuantityScanner.Unparsed u : bad) {
                if (u.start() < q.end() && q.start() < u.end()) {
                    throw new AssertionError(q + " overlaps unparsed " + u + " in \"" + s + "\"");
                }
            }
            int k = q.start();
            while (k > 0 && Exclusions.FORMAT_CHARS.indexOf(s.charAt(k - 1)) >= 0) {
                k--; // format chars are read through: 近\u200B万元
            }
            Qualifiers.Word w = Qualifiers.before(s, k);
            String head = w == null || q.qualifier() == Qualifier.EXACT ? "" : w.word();
            List<Quantity> alone = SCANNER.scan(head + q.text());
            if (alone.size() != 1) {
                throw new AssertionError(q + " from \"" + s + "\" reads alone as " + alone);
            }
            Quantity a = alone.get(0);
            if (a.start() != head.length() || !a.text().equals(q.text()) || a.value().compareTo(q.value()) != 0
                    || !same(a.upper(), q.upper())) {
                throw new AssertionError(q + " from \"" + s + "\" reads alone as " + a);
            }
        }
        return true;
    }

    private static boolean same(BigDecimal a, BigDecimal b) {
        return a == null ? b == null : b != null && a.compareTo(b) == 0;
    }

    @Test
    void everyReportedQuantityIsItsOwnTextsValue() {
        qt().withExamples(20000).forAll(pieces()).check(NumeralDifferentialTest::ownTextReadsTheSame);
    }

    @Test
    void everyReportedQuantityInASentenceIsItsOwnTextsValue() {
        qt().withExamples(5000).forAll(sentences()).check(s -> ownTextReadsTheSame(s.text()));
    }
}
