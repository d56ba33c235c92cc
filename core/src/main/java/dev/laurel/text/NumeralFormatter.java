package dev.laurel.text;

import java.math.BigDecimal;
import java.math.BigInteger;

/** Writes numbers as Chinese numerals; see {@link ChineseNumerals#format} for the convention. */
final class NumeralFormatter {
    private static final String LOW_DIGITS = "零一二三四五六七八九";
    private static final String UP_DIGITS = "零壹贰叁肆伍陆柒捌玖";
    private static final BigInteger WAN = BigInteger.valueOf(10_000);
    private static final BigInteger YI = BigInteger.valueOf(100_000_000);
    /** Upper bound (exclusive) of what is formatted: 10^16, the largest a 万亿 reading covers. */
    static final BigDecimal LIMIT = BigDecimal.TEN.pow(16);

    private final boolean capital;
    private final StringBuilder out = new StringBuilder();

    private NumeralFormatter(boolean capital) {
        this.capital = capital;
    }

    static String format(BigDecimal value, boolean capital) {
        if (value.abs().compareTo(LIMIT) >= 0) {
            throw new IllegalArgumentException("value out of range (|value| must be below 10^16): " + value.toPlainString());
        }
        NumeralFormatter f = new NumeralFormatter(capital);
        if (value.signum() < 0) {
            f.out.append('负');
            value = value.negate();
        }
        String plain = value.toPlainString();
        int dot = plain.indexOf('.');
        BigInteger integer = new BigInteger(dot < 0 ? plain : plain.substring(0, dot));
        if (integer.signum() == 0) {
            f.out.append('零');
        } else {
            f.integer(integer, true);
        }
        if (dot >= 0) {
            f.out.append('点');
            for (int i = dot + 1; i < plain.length(); i++) {
                f.out.append(f.digit(plain.charAt(i) - '0'));
            }
        }
        return f.out.toString();
    }

    /** Writes each digit of an Arabic numeral string as it stands (012 -> 零一二, -01 -> 负零一). */
    static String formatDigits(String arabic) {
        StringBuilder b = new StringBuilder(arabic.length());
        for (int i = 0; i < arabic.length(); i++) {
            char c = arabic.charAt(i);
            if (NumeralChars.isArabic(c)) {
                b.append(LOW_DIGITS.charAt(NumeralChars.valueOf(c)));
            } else if (NumeralChars.isDot(c)) {
                b.append('点');
            } else if (i == 0 && NumeralChars.isMinus(c)) {
                b.append('负');
            } else {
                throw new NumberFormatException("not an Arabic numeral: \"" + arabic + "\"");
            }
        }
        if (b.length() == 0) {
            throw new NumberFormatException("empty numeral");
        }
        return b.toString();
    }

    private char digit(int d) {
        return (capital ? UP_DIGITS : LOW_DIGITS).charAt(d);
    }

    private void integer(BigInteger n, boolean leading) {
        if (n.compareTo(YI) >= 0) {
            BigInteger[] qr = n.divideAndRemainder(YI);
            integer(qr[0], leading);
            out.append('亿');
            rest(qr[1], YI);
        } else if (n.compareTo(WAN) >= 0) {
            BigInteger[] qr = n.divideAndRemainder(WAN);
            integer(qr[0], leading);
            out.append('万');
            rest(qr[1], WAN);
        } else {
            section(n.intValue(), leading);
        }
    }

    private void rest(BigInteger r, BigInteger unit) {
        if (r.signum() == 0) {
            return;
        }
        if (r.multiply(BigInteger.TEN).compareTo(unit) < 0) {
            out.append('零');
        }
        integer(r, false);
    }

    /** 0 < n < 10000; a leading 十 (10-19) is written without 一 in plain style. */
    private void section(int n, boolean leading) {
        int[] d = {n / 1000, n / 100 % 10, n / 10 % 10, n % 10};
        String powers = capital ? "仟佰拾" : "千百十";
        boolean started = false;
        boolean gap = false;
        for (int i = 0; i < 4; i++) {
            if (d[i] == 0) {
                gap = started;
                continue;
            }
            if (gap) {
                out.append('零');
                gap = false;
            }
            boolean bareTen = i == 2 && d[i] == 1 && !started && leading && !capital;
            if (!bareTen) {
                out.append(digit(d[i]));
            }
            if (i < 3) {
                out.append(powers.charAt(i));
            }
            started = true;
        }
    }
}
