package dev.laurel.text;

import java.math.BigDecimal;

/**
 * Reads one whole numeral (Arabic, Chinese, capital or mixed) to an exact value; see {@link ChineseNumerals#parse}.
 * Instances are single-use and not thread-safe; {@link #read} is the entry point.
 */
final class NumeralParser {
    private static final BigDecimal TEN = BigDecimal.TEN;

    private final CharSequence s;
    private int pos;
    private final int end;
    private final int start;

    // big-power accumulators by exponent: index 1 = 万 (1e4), 2 = 亿 (1e8), 3 = 兆 (1e12)
    private final BigDecimal[] acc = {BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO};
    private BigDecimal section = BigDecimal.ZERO;
    private BigDecimal pending;
    private boolean pendingSingle;
    private boolean pendingAfterPower;
    private boolean pendingDecimal;
    private int lastSmall;      // exponent of the last small power in this section, 0 = none
    private int lastBig;        // exponent of the last big power, 0 = none
    private int lastPowerExp = -1; // exponent of the power just before the pending digit, -1 = none
    private boolean zero;       // a 零 since the last power
    private BigDecimal tail;    // a 点 fraction that follows a power (两千万点五)
    private boolean tailAfterSmall; // that power was 十/百/千, so a bigger 万/亿 may still follow (一千二百点五万)
    private boolean decimalPower; // a decimal before 十/百/千 (3.5千) ended the section: only 万/亿 may follow
    private boolean sectionWritten; // a number was written before a 十/百/千 of this section (0千万 = 0)
    private int zeroPowerEnd = -1; // where a big power that multiplied a written zero ended (0万亿 = 0), else -1
    private boolean any;

    private NumeralParser(CharSequence s, int start, int end) {
        this.s = s;
        this.pos = start;
        this.start = start;
        this.end = end;
    }

    /**
     * Thrown inside the parser to abandon a reading: one shared instance, no message and no stack trace, so a
     * run that cannot be read costs no exception object (text full of unreadable runs, 近亿亿 or 3.5.6万 over and
     * over, would otherwise build one {@link NumberFormatException} with a stack trace and a quoted copy per run).
     * {@link #read} turns it into a {@link NumberFormatException} quoting the input; {@link #readOrNull} into null.
     */
    private static final class Rejected extends RuntimeException {
        private static final Rejected INSTANCE = new Rejected();

        private Rejected() {
            super(null, null, false, false);
        }
    }

    /** Why the last reading was abandoned (for {@link #read}'s message). */
    private String why;
    /** The char the reading stopped at, for the message, or 0. */
    private char whyChar;

    /**
     * Parses {@code s[start, end)}; throws {@link NumberFormatException} when it is not one numeral.
     * The common plain forms ({@link PlainNumerals}) are read without building a parser.
     */
    static BigDecimal read(CharSequence s, int start, int end) {
        BigDecimal plain = PlainNumerals.valueOrNull(s, start, end);
        if (plain != null) {
            return plain;
        }
        NumeralParser p = new NumeralParser(s, start, end);
        try {
            return p.run();
        } catch (Rejected r) {
            throw new NumberFormatException("not a numeral (" + p.why + (p.whyChar != 0 ? ": " + p.whyChar : "") + "): \"" + s.subSequence(start, end) + "\"");
        }
    }

    /**
     * Like {@link #read} but returns null when {@code s[start, end)} is not one numeral, without building an
     * exception: the scanner's path, which meets many runs it cannot read.
     */
    static BigDecimal readOrNull(CharSequence s, int start, int end) {
        BigDecimal plain = PlainNumerals.valueOrNull(s, start, end);
        if (plain != null) {
            return plain;
        }
        try {
            return new NumeralParser(s, start, end).run();
        } catch (Rejected r) {
            return null;
        }
    }

    private BigDecimal run() {
        boolean negative = false;
        if (pos < end && (NumeralChars.isMinus(s.charAt(pos)) || s.charAt(pos) == '+')) {
            negative = s.charAt(pos) != '+';
            pos++;
        }
        if (pos >= end) {
            throw fail("no digits");
        }
        BigDecimal v = positionalOrNull();
        if (v == null) {
            v = general();
        }
        if (v.scale() < 0) {
            v = v.setScale(0);
        }
        return negative ? v.negate() : v;
    }

    /** 一七二零, 二〇〇二, 一二点三: Chinese digits only, no powers, read digit by digit. */
    private BigDecimal positionalOrNull() {
        int chinese = 0;
        int i = pos;
        for (; i < end; i++) {
            char c = s.charAt(i);
            if (NumeralChars.isChineseDigit(c)) {
                chinese++;
            } else if (NumeralChars.isPoint(c)) {
                break;
            } else {
                return null;
            }
        }
        if (chinese < 2) {
            return null;
        }
        StringBuilder b = new StringBuilder(end - pos);
        for (int k = pos; k < i; k++) {
            b.append((char) ('0' + NumeralChars.valueOf(s.charAt(k))));
        }
        if (i < end) {
            b.append('.');
            appendFraction(b, i + 1);
        }
        return new BigDecimal(b.toString());
    }

    private void appendFraction(StringBuilder b, int from) {
        if (from >= end) {
            throw fail("no digits after 点");
        }
        for (int k = from; k < end; k++) {
            char c = s.charAt(k);
            byte cls = NumeralChars.classOf(c);
            if (cls != NumeralChars.DIGIT && cls != NumeralChars.CAPITAL && cls != NumeralChars.ARABIC) {
                throw fail("not a digit after 点", c);
            }
            b.append((char) ('0' + NumeralChars.valueOf(c)));
        }
    }

    private BigDecimal general() {
        while (pos < end) {
            char c = s.charAt(pos);
            byte cls = NumeralChars.classOf(c);
            if (Character.isWhitespace(c)) {
                pos++;
                continue;
            }
            if (tail != null && !(cls == NumeralChars.BIG && tailAfterSmall)) {
                throw fail("nothing may follow the fraction of a power");
            }
            if (decimalPower && cls != NumeralChars.BIG) {
                throw fail("only 万/亿 may follow a decimal before 十/百/千");
            }
            switch (cls) {
                case NumeralChars.ARABIC -> arabic();
                case NumeralChars.DIGIT, NumeralChars.CAPITAL -> digit(c);
                case NumeralChars.POWER -> smallPower(NumeralChars.valueOf(c));
                case NumeralChars.BIG -> bigPower(NumeralChars.valueOf(c));
                case NumeralChars.TENS -> tens(NumeralChars.valueOf(c));
                default -> {
                    if (NumeralChars.isPoint(c) || NumeralChars.isDot(c)) {
                        point();
                    } else {
                        throw fail("unexpected char", c);
                    }
                }
            }
            any = true;
        }
        if (!any) {
            throw fail("no digits");
        }
        BigDecimal total = section;
        if (pending != null) {
            BigDecimal p = pending;
            if (pendingSingle && pendingAfterPower && !zero && lastPowerExp >= 2) {
                p = p.scaleByPowerOfTen(lastPowerExp - 1); // 一百二 = 120, 三万五 = 35000
            }
            total = total.add(p);
        }
        for (BigDecimal a : acc) {
            total = total.add(a);
        }
        if (tail != null) {
            total = total.add(tail);
        }
        return total;
    }

    private void arabic() {
        if (pending != null) {
            throw fail("two numbers glued together");
        }
        int start = pos;
        StringBuilder b = new StringBuilder();
        int digitsInGroup = 0;
        boolean comma = false;
        char separator = 0;
        while (pos < end) {
            char c = s.charAt(pos);
            if (NumeralChars.isArabic(c)) {
                b.append((char) ('0' + NumeralChars.valueOf(c)));
                digitsInGroup++;
                pos++;
            } else if ((NumeralChars.isComma(c) || NumeralChars.isGroupSpace(c)) && pos + 3 < end + 1 && groupOfThree(pos + 1)) {
                if (!comma && digitsInGroup > 3 || comma && digitsInGroup != 3 || comma && c != separator) {
                    throw fail("misplaced thousands separator");
                }
                comma = true;
                separator = c;
                digitsInGroup = 0;
                pos++;
            } else {
                break;
            }
        }
        if (comma && digitsInGroup != 3) {
            throw fail("misplaced thousands separator");
        }
        boolean decimal = false;
        if (pos + 1 < end && NumeralChars.isDot(s.charAt(pos)) && NumeralChars.isArabic(s.charAt(pos + 1))) {
            decimal = true;
            b.append('.');
            pos++;
            while (pos < end && NumeralChars.isArabic(s.charAt(pos))) {
                b.append((char) ('0' + NumeralChars.valueOf(s.charAt(pos))));
                pos++;
            }
            if (pos < end && NumeralChars.isDot(s.charAt(pos))) {
                throw fail("two decimal points");
            }
        }
        setPending(new BigDecimal(b.toString()), pos - start == 1, decimal);
    }

    private boolean groupOfThree(int from) {
        if (from + 3 > end) {
            return false;
        }
        for (int k = from; k < from + 3; k++) {
            if (!NumeralChars.isArabic(s.charAt(k))) {
                return false;
            }
        }
        return from + 3 == end || !NumeralChars.isArabic(s.charAt(from + 3));
    }

    private void digit(char c) {
        int v = NumeralChars.valueOf(c);
        pos++;
        if (v == 0) {
            if (pending != null) {
                throw fail("零 after a digit");
            }
            zero = true;
            return;
        }
        if (pending != null) {
            throw fail("two digits glued together");
        }
        setPending(BigDecimal.valueOf(v), true, false);
    }

    private void setPending(BigDecimal v, boolean single, boolean decimal) {
        pending = v;
        pendingSingle = single;
        pendingDecimal = decimal;
        pendingAfterPower = lastPowerExp >= 0 && !zero;
    }

    private void tens(int tensDigit) {
        pos++;
        if (pending != null || lastSmall != 0 && lastSmall <= 1) {
            throw fail("廿/卅 misplaced");
        }
        section = section.add(BigDecimal.valueOf(tensDigit * 10L));
        lastSmall = 1;
        afterPower(1);
    }

    private void smallPower(int exp) {
        pos++;
        if (lastSmall != 0 && exp >= lastSmall) {
            throw fail("powers out of order");
        }
        boolean decimal = pendingDecimal;
        if (decimal && section.signum() != 0) {
            throw fail("a decimal before 十/百/千 inside a section");
        }
        sectionWritten |= pending != null;
        BigDecimal m = pending == null ? BigDecimal.ONE : pending;
        section = section.add(m.scaleByPowerOfTen(exp));
        lastSmall = exp;
        afterPower(exp);
        decimalPower = decimal; // 3.5千 = 3500; 3.5千万 = 35000000
    }

    private void bigPower(int exp) {
        pos++;
        int level = exp / 4;
        BigDecimal low = section.add(pending == null ? BigDecimal.ZERO : pending);
        if (tail != null) {
            low = low.add(tail); // 一千二百点五万 = 12005000
            tail = null;
        }
        // a written zero times a power (0万 = 0), or a bigger power right after one (0万亿 = 0, as 1万亿 = 10^12)
        boolean chainedZero = zeroPowerEnd == pos - 1 && exp > lastBig && pending == null && section.signum() == 0;
        boolean explicitZero = (pending != null || sectionWritten || chainedZero) && low.signum() == 0;
        for (int l = 0; l < level; l++) {
            low = low.add(acc[l]);
            acc[l] = BigDecimal.ZERO;
        }
        if (explicitZero) {
            if (low.signum() != 0) {
                throw fail("a written zero before a power that governs a number"); // 5万0亿
            }
            afterBig(exp);
            zeroPowerEnd = pos;
            return;
        }
        if (low.signum() == 0) {
            if (lastBig == exp && level * 2 < acc.length) {
                // 四万万 = 4e8: a repeated power multiplies what it governs
                BigDecimal v = acc[level];
                acc[level] = BigDecimal.ZERO;
                acc[level * 2] = acc[level * 2].add(v.scaleByPowerOfTen(exp));
                afterBig(exp);
                return;
            }
            if (any || zero) {
                throw fail("power without a number");
            }
            low = BigDecimal.ONE; // 万人次: a leading power counts once
        }
        acc[level] = acc[level].add(low.scaleByPowerOfTen(exp));
        afterBig(exp);
    }

    private void afterBig(int exp) {
        decimalPower = false;
        sectionWritten = false;
        section = BigDecimal.ZERO;
        lastSmall = 0;
        lastBig = exp;
        afterPower(exp);
    }

    private void afterPower(int exp) {
        pending = null;
        pendingDecimal = false;
        zero = false;
        lastPowerExp = exp;
    }

    private void point() {
        pos++;
        StringBuilder b = new StringBuilder("0.");
        int from = pos;
        while (pos < end && (NumeralChars.isChineseDigit(s.charAt(pos)) || NumeralChars.isArabic(s.charAt(pos)))) {
            b.append((char) ('0' + NumeralChars.valueOf(s.charAt(pos))));
            pos++;
        }
        if (pos == from) {
            throw fail("no digits after the point");
        }
        BigDecimal fraction = new BigDecimal(b.toString());
        if (pending == null && zero && lastPowerExp < 0) {
            setPending(fraction, false, true); // 零点五 = 0.5, so 零点五亿 = 50000000
            return;
        }
        if (pending == null) {
            if (!any || lastPowerExp < 0) {
                throw fail("no digits before the point");
            }
            tail = fraction; // 两千万点五 = 20000000.5
            tailAfterSmall = lastPowerExp < 4;
            return;
        }
        if (pendingDecimal) {
            throw fail("two decimal points");
        }
        if (pendingSingle && pendingAfterPower && !zero && lastPowerExp >= 2) {
            pending = pending.scaleByPowerOfTen(lastPowerExp - 1); // 两千三点一 = 2300.1
            section = section.add(pending);
            pending = null;
            tail = fraction;
            tailAfterSmall = lastPowerExp < 4;
            return;
        }
        pending = pending.add(fraction);
        pendingDecimal = true;
        pendingSingle = false;
    }

    /** Abandons the reading; {@code reason} is a constant, the message is built only by {@link #read}. */
    private RuntimeException fail(String reason) {
        why = reason;
        return Rejected.INSTANCE;
    }

    private RuntimeException fail(String reason, char c) {
        why = reason;
        whyChar = c;
        return Rejected.INSTANCE;
    }
}
