package dev.laurel.text;

import dev.laurel.model.Qualifier;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * One quantity found in text by {@link QuantityScanner}.
 *
 * @param value      exact value, multiplier applied (6300万元 = 63000000); for a range its lower bound
 * @param lower      lower bound of a range, else null
 * @param upper      upper bound of a range, else null
 * @param unit       canonical unit (元, 人次, 个, %, 年), or null for a bare number
 * @param qualifier  how the value is meant (超 = more-than, 近 = nearly, ...)
 * @param cumulative true when 累计 governs the quantity (same clause, before it)
 * @param kind       what it is; {@link QuantityKind#HONOR_COUNT} results are not metrics
 * @param text       verbatim source text without qualifier words outside the number (超6300万元 -> 6300万元)
 * @param start      char offset of {@code text} in the scanned input
 * @param end        exclusive end offset; {@code input.substring(start, end).equals(text)}
 */
public record Quantity(BigDecimal value, BigDecimal lower, BigDecimal upper, String unit, Qualifier qualifier,
                       boolean cumulative, QuantityKind kind, String text, int start, int end) {

    public Quantity {
        Objects.requireNonNull(value, "value must not be null");
        Objects.requireNonNull(qualifier, "qualifier must not be null");
        Objects.requireNonNull(kind, "kind must not be null");
        Objects.requireNonNull(text, "text must not be null");
        if (start < 0 || end < start || end - start != text.length()) {
            throw new IllegalArgumentException("bad span [" + start + "," + end + ") for text \"" + text + "\"");
        }
    }
}
