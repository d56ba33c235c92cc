package dev.laurel.text;

import dev.laurel.model.Qualifier;
import dev.laurel.model.UnitCategory;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * One quantity found in text by {@link QuantityScanner}.
 *
 * @param value          exact value, multiplier applied (6300万元 = 63000000); for a range its lower bound
 * @param lower          lower bound of a range, else null
 * @param upper          upper bound of a range, else null
 * @param unit           canonical unit (元, 人次, 个, %, 年), or null for a bare number or a unit that cannot be decided
 * @param qualifier      how the value is meant (超 = more-than, 近 = nearly, ...)
 * @param cumulative     true when 累计 governs the quantity (same clause, before it)
 * @param kind           what it is; {@link QuantityKind#HONOR_COUNT} results are not metrics
 * @param text           verbatim source text without qualifier words outside the number (超6300万元 -> 6300万元);
 *                       a comparison range keeps its words (大于50并且小于80)
 * @param start          char offset of {@code text} in the scanned input
 * @param end            exclusive end offset; {@code input.substring(start, end).equals(text)}
 * @param category       what the unit measures, null when there is no unit
 * @param currency       the ISO 4217 code of a currency unit when its name decides it (美元 -> USD), else null
 * @param lowerInclusive for a range, whether the lower bound belongs to it (大于50: no); true otherwise
 * @param upperInclusive for a range, whether the upper bound belongs to it (小于等于80: yes; 3至5: no, see
 *                       {@link QuantityKind#RANGE}); true otherwise
 */
public record Quantity(BigDecimal value, BigDecimal lower, BigDecimal upper, String unit, Qualifier qualifier,
                       boolean cumulative, QuantityKind kind, String text, int start, int end,
                       UnitCategory category, String currency, boolean lowerInclusive, boolean upperInclusive) {

    /**
     * Checks the components.
     *
     * @param value          the value or lower bound; not null
     * @param lower          the range's lower bound, or null
     * @param upper          the range's upper bound, or null; given with {@code lower}
     * @param unit           the canonical unit, or null
     * @param qualifier      how the value is meant; not null
     * @param cumulative     true when 累计 governs the quantity
     * @param kind           what it is; not null
     * @param text           the quantity verbatim; not null, {@code end - start} chars long
     * @param start          the offset of {@code text}, not negative
     * @param end            the exclusive end offset
     * @param category       what the unit measures, or null; needs {@code unit}
     * @param currency       the ISO 4217 code, or null; only for a currency
     * @param lowerInclusive whether the lower bound belongs to the range
     * @param upperInclusive whether the upper bound belongs to the range
     * @throws IllegalArgumentException if the span, the bounds or the unit's category do not fit together
     */
    public Quantity {
        Objects.requireNonNull(value, "value must not be null");
        Objects.requireNonNull(qualifier, "qualifier must not be null");
        Objects.requireNonNull(kind, "kind must not be null");
        Objects.requireNonNull(text, "text must not be null");
        if (start < 0 || end < start || end - start != text.length()) {
            throw new IllegalArgumentException("bad span [" + start + "," + end + ") for text \"" + text + "\"");
        }
        if ((lower == null) != (upper == null)) {
            throw new IllegalArgumentException("a range needs both bounds");
        }
        if (unit == null && (category != null || currency != null)) {
            throw new IllegalArgumentException("a category or currency without a unit");
        }
        if (currency != null && category != UnitCategory.CURRENCY) {
            throw new IllegalArgumentException("a currency code on a unit that is no currency: " + unit);
        }
    }

    /**
     * A quantity without a category, currency or open bound (the form before categories were added).
     *
     * @param value      the value or lower bound; not null
     * @param lower      the range's lower bound, or null
     * @param upper      the range's upper bound, or null
     * @param unit       the canonical unit, or null
     * @param qualifier  how the value is meant; not null
     * @param cumulative true when 累计 governs the quantity
     * @param kind       what it is; not null
     * @param text       the quantity verbatim; not null
     * @param start      the offset of {@code text}
     * @param end        the exclusive end offset
     */
    public Quantity(BigDecimal value, BigDecimal lower, BigDecimal upper, String unit, Qualifier qualifier,
                    boolean cumulative, QuantityKind kind, String text, int start, int end) {
        this(value, lower, upper, unit, qualifier, cumulative, kind, text, start, end,
                "%".equals(unit) ? UnitCategory.PERCENT : null, null, true, true);
    }

    /** A copy at another place of another text ({@code text} is what [start, end) covers there). */
    Quantity at(String text, int start, int end) {
        return new Quantity(value, lower, upper, unit, qualifier, cumulative, kind, text, start, end, category,
                currency, lowerInclusive, upperInclusive);
    }
}
