package dev.laurel.text;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * Whole Chinese and Arabic numerals to exact {@link BigDecimal}s and back. No floating point is used.
 *
 * <p>Reading accepts Arabic (1,234.5, full-width １２３．５), Chinese and capital digits and powers
 * (零〇一…九 两兩 幺 廿卅, 十百千万亿兆 拾佰仟萬億), mixed forms (3036.5万, 3万4000, 1,100万), colloquial
 * elision (一百二 = 120, 三万五 = 35000, 13万2 = 132000), 零 gaps, 万亿 combinations, 点 decimals,
 * digit-by-digit strings (一七二零 = 1720), a leading sign (负, -) and RMB wording (壹拾壹元壹角 = 11.1).
 *
 * <p>Convention for bad input: {@link #parse} throws {@link NumberFormatException} (unchecked, message
 * quotes the input); {@link #tryParse} returns an empty Optional instead.
 *
 * <p>Writing ({@link #format}) follows cn2an's "low" style: 10-19 at the start is 十…, elsewhere 一十…
 * (一万零一十二), one 零 per gap, decimals digit by digit after 点 keeping the value's scale (12.0 =
 * 十二点零). {@link #formatCapital} writes 壹拾… always. Both accept |value| &lt; 10^16.
 */
public final class ChineseNumerals {
    private ChineseNumerals() {
    }

    /**
     * Reads one whole numeral.
     *
     * @param text the numeral, surrounding white space allowed; not null
     * @return its exact value
     * @throws NumberFormatException when {@code text} is not one numeral
     */
    public static BigDecimal parse(CharSequence text) {
        if (text == null) {
            throw new NullPointerException("text must not be null");
        }
        String s = text.toString().strip();
        int yuan = indexOfAny(s, "元圆圓");
        if (yuan >= 0 || s.endsWith("整") || s.endsWith("正")) {
            return amount(s, yuan);
        }
        return NumeralParser.read(s, 0, s.length());
    }

    /**
     * Like {@link #parse} but returns empty for anything that is not one numeral (including null).
     *
     * @param text the numeral, or null
     * @return its exact value, or empty
     */
    public static Optional<BigDecimal> tryParse(CharSequence text) {
        if (text == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(parse(text));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /**
     * Reads only the canonical written form (what {@link #format} or {@link #formatCapital} writes, also
     * accepting 一十 at the start and 零十 for 零一十): rejects elision, digit strings, Arabic and mixed forms.
     *
     * @param text the numeral in canonical form; not null
     * @return its exact value
     * @throws NumberFormatException when {@code text} is not a canonical numeral
     */
    public static BigDecimal parseStrict(CharSequence text) {
        String s = text.toString().strip();
        for (int i = 0; i < s.length(); i++) {
            if (NumeralChars.isArabic(s.charAt(i)) || NumeralChars.isDot(s.charAt(i)) || s.charAt(i) == '-') {
                throw new NumberFormatException("not a canonical Chinese numeral: \"" + s + "\"");
            }
        }
        int yuan = indexOfAny(s, "元圆圓");
        if (yuan >= 0 && yuan == s.length() - 1) {
            throw new NumberFormatException("a canonical amount ends in 整, 角 or 分: \"" + s + "\"");
        }
        String numeral = yuan >= 0 ? s.substring(0, yuan) : s;
        BigDecimal v = parse(s);
        BigDecimal whole = yuan >= 0 ? parse(numeral) : v;
        BigDecimal canonical = whole.stripTrailingZeros();
        String key = canonicalKey(numeral);
        if (key.equals(canonicalKey(format(canonical))) || key.equals(canonicalKey(formatCapital(canonical)))) {
            return v;
        }
        throw new NumberFormatException("not a canonical Chinese numeral: \"" + s + "\"");
    }

    /**
     * Plain Chinese numeral, cn2an "low" style: 10012 -&gt; 一万零一十二, 12.5 -&gt; 十二点五.
     *
     * @param value the number, |value| &lt; 10^16
     * @return the numeral in Chinese digits
     */
    public static String format(BigDecimal value) {
        return NumeralFormatter.format(value, false);
    }

    /**
     * Capital (financial) numeral: 10012 -&gt; 壹万零壹拾贰.
     *
     * @param value the number, |value| &lt; 10^16
     * @return the numeral in capital digits
     */
    public static String formatCapital(BigDecimal value) {
        return NumeralFormatter.format(value, true);
    }

    /**
     * Chinese digits to Arabic digit by digit, keeping leading zeros: 零零三 -&gt; "003", 负零一 -&gt; "-01".
     *
     * @param text the digit string, with an optional leading sign and 点 or dot
     * @return the same digits in Arabic
     * @throws NumberFormatException when {@code text} holds anything but digits, one sign and points
     */
    public static String digitsToArabic(CharSequence text) {
        StringBuilder b = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            byte cls = NumeralChars.classOf(c);
            if (cls == NumeralChars.DIGIT || cls == NumeralChars.CAPITAL || cls == NumeralChars.ARABIC) {
                b.append((char) ('0' + NumeralChars.valueOf(c)));
            } else if (NumeralChars.isPoint(c) || NumeralChars.isDot(c)) {
                b.append('.');
            } else if (i == 0 && NumeralChars.isMinus(c)) {
                b.append('-');
            } else {
                throw new NumberFormatException("not a digit string: \"" + text + "\"");
            }
        }
        return b.toString();
    }

    /**
     * Arabic digits to Chinese digit by digit: 012 -&gt; 零一二, 12.30 -&gt; 一二点三零.
     *
     * @param arabic the Arabic digit string
     * @return the same digits in Chinese
     */
    public static String formatDigits(CharSequence arabic) {
        return NumeralFormatter.formatDigits(arabic.toString());
    }

    private static String canonicalKey(String s) {
        String k = s.replace("廿", "二十").replace("卅", "三十").replace("零一十", "零十").replace("零壹拾", "零拾")
                .replace("零一百", "零百").replace("零壹佰", "零佰");
        if (k.startsWith("一十")) {
            k = k.substring(1);
        } else if (k.startsWith("壹拾")) {
            k = k.substring(1);
        } else if (k.startsWith("负一十")) {
            k = "负" + k.substring(2);
        }
        return k;
    }

    /** 壹拾壹元壹角壹分, 壹佰壹拾壹圆整. */
    private static BigDecimal amount(String s, int yuan) {
        String body = s;
        if (body.endsWith("整") || body.endsWith("正")) {
            body = body.substring(0, body.length() - 1);
        }
        if (yuan < 0) {
            return NumeralParser.read(body, 0, body.length());
        }
        if (yuan == 0) {
            throw new NumberFormatException("no number before 元: \"" + s + "\"");
        }
        BigDecimal v = NumeralParser.read(body, 0, yuan);
        String cents = body.substring(yuan + 1);
        int jiao = cents.indexOf('角');
        if (jiao >= 0) {
            v = v.add(NumeralParser.read(cents, 0, jiao).movePointLeft(1));
            cents = cents.substring(jiao + 1);
        }
        int fen = cents.indexOf('分');
        if (fen >= 0) {
            v = v.add(NumeralParser.read(cents, 0, fen).movePointLeft(2));
            cents = cents.substring(fen + 1);
        }
        if (!cents.isEmpty()) {
            throw new NumberFormatException("unexpected text after the amount: \"" + s + "\"");
        }
        return v;
    }

    private static int indexOfAny(String s, String chars) {
        for (int i = 0; i < s.length(); i++) {
            if (chars.indexOf(s.charAt(i)) >= 0) {
                return i;
            }
        }
        return -1;
    }
}
