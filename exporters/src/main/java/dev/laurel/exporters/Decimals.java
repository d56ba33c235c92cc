package dev.laurel.exporters;

import dev.laurel.model.Metric;
import java.math.BigDecimal;

/**
 * The one form in which every Laurel exporter writes a decimal: plain digits, never an exponent,
 * no trailing fractional zeros ({@code 6.3E+7} and {@code 63000000.00} are both {@code 63000000};
 * {@code 1E-5} is {@code 0.00001}). A reader that parses this text gets the canonical value
 * {@link #canonical(BigDecimal)}, so a value survives a round trip as an equal {@link BigDecimal}
 * exactly when it was canonical to begin with.
 */
public final class Decimals {

    private Decimals() {
    }

    /**
     * The value without trailing fractional zeros and with a scale of at least 0 ({@link Metric#canonical}).
     *
     * @param value a figure, or null
     * @return the canonical figure, or null
     */
    public static BigDecimal canonical(BigDecimal value) {
        return Metric.canonical(value);
    }

    /**
     * The canonical value as plain text, or null for null.
     *
     * @param value a figure, or null
     * @return its digits without exponent, or null
     */
    public static String plain(BigDecimal value) {
        return value == null ? null : canonical(value).toPlainString();
    }
}
