package dev.laurel.model;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A figure an awardee reported: 超6300万元 is value 63000000, unit 元, qualifier more-than.
 *
 * @param label      the short phrase saying what is counted (慰问金额), or null when none was found
 * @param value      exact value with the multiplier applied; for a range, its lower bound. Kept in canonical
 *                   form (no trailing fractional zeros, scale at least 0: 7.2万 is 72000, not 72000.0), so
 *                   equal figures are equal records
 * @param upper      the upper bound of a range (3至5万元), else null
 * @param unit       the unit as written (元, 人次, 个, %), or null for a bare number
 * @param qualifier  how the figure relates to its value (exact, more-than, nearly …)
 * @param cumulative true when 累计 governs the figure
 * @param initiative index into the awardee's initiatives, or null when the figure precedes them
 * @param text       the verbatim source text of the quantity (without qualifier words)
 * @param span       where {@code text} is in the decoded source
 * @param category   what the unit measures (currency, people, count, time …), null when there is no unit
 * @param currency   the ISO 4217 code of a currency unit when its name decides it (元 -> CNY, 美元 -> USD), else null
 * @param bounds     for a range, which bounds belong to it in interval notation ({@code "[]"}, {@code "[)"},
 *                   {@code "(]"}, {@code "()"}: 3至5万元 is {@code "[)"}, 大于50小于等于80 {@code "(]"}); null
 *                   when {@code upper} is null
 * @param labelSpan  where the label's words are in the decoded source, or null without a label. The label is
 *                   the reading of that span: pinyin annotations and invisible chars inside it are left out
 */
public record Metric(
        String label,
        BigDecimal value,
        BigDecimal upper,
        String unit,
        Qualifier qualifier,
        boolean cumulative,
        Integer initiative,
        String text,
        SourceSpan span,
        UnitCategory category,
        String currency,
        String bounds,
        SourceSpan labelSpan) {

    /**
     * Checks the components and puts {@code value} and {@code upper} in canonical form.
     *
     * @param label      what is counted, or null
     * @param value      the value or lower bound; not null
     * @param upper      the upper bound, or null; not below {@code value}
     * @param unit       the unit as written, or null
     * @param qualifier  how the figure relates to the value; not null
     * @param cumulative true when 累计 governs the figure
     * @param initiative index into the awardee's initiatives, or null; not negative
     * @param text       the quantity verbatim; not blank
     * @param span       where {@code text} is; not null
     * @param category   what the unit measures, or null; needs {@code unit}
     * @param currency   the ISO 4217 code, or null; only for a currency unit
     * @param bounds     the range's interval notation, or null; only with {@code upper}
     * @param labelSpan  where the label is, or null; needs {@code label}
     * @throws IllegalArgumentException if a component breaks the rules above
     */
    public Metric {
        Objects.requireNonNull(value, "value must not be null");
        value = canonical(value);
        upper = canonical(upper);
        Objects.requireNonNull(qualifier, "qualifier must not be null");
        Checks.requireNonBlank(text, "text");
        Objects.requireNonNull(span, "span must not be null");
        Checks.requireNonNegative(initiative, "initiative");
        if (upper != null && upper.compareTo(value) < 0) {
            throw new IllegalArgumentException("upper must not be below value: " + upper + " < " + value);
        }
        if (unit == null && (category != null || currency != null)) {
            throw new IllegalArgumentException("category and currency need a unit");
        }
        if (currency != null && (currency.length() != 3 || category != UnitCategory.CURRENCY)) {
            throw new IllegalArgumentException("currency must be the 3-letter code of a currency unit: " + currency);
        }
        if (labelSpan != null && label == null) {
            throw new IllegalArgumentException("labelSpan without a label");
        }
        if (bounds != null && (upper == null || !java.util.Set.of("[]", "[)", "(]", "()").contains(bounds))) {
            throw new IllegalArgumentException("bounds must be one of [] [) (] () and only on a range: " + bounds);
        }
    }

    /**
     * A metric without category, currency, bounds or label span (the fields before they were added).
     *
     * @param label      what is counted, or null
     * @param value      the value or lower bound; not null
     * @param upper      the upper bound, or null
     * @param unit       the unit as written, or null
     * @param qualifier  how the figure relates to the value; not null
     * @param cumulative true when 累计 governs the figure
     * @param initiative index into the awardee's initiatives, or null
     * @param text       the quantity verbatim; not blank
     * @param span       where {@code text} is; not null
     */
    public Metric(String label, BigDecimal value, BigDecimal upper, String unit, Qualifier qualifier, boolean cumulative,
                  Integer initiative, String text, SourceSpan span) {
        this(label, value, upper, unit, qualifier, cumulative, initiative, text, span, null, null, null, null);
    }

    /**
     * The bounds in interval notation for a range whose bounds belong to it as given.
     *
     * @param lowerInclusive true when the lower bound belongs to the range
     * @param upperInclusive true when the upper bound belongs to the range
     * @return one of {@code "[]"}, {@code "[)"}, {@code "(]"}, {@code "()"}
     */
    public static String bounds(boolean lowerInclusive, boolean upperInclusive) {
        return (lowerInclusive ? "[" : "(") + (upperInclusive ? "]" : ")");
    }

    /**
     * A copy at another place (same figure).
     *
     * @param text the quantity verbatim at the new place
     * @param span where {@code text} is
     * @return a copy with the new text and span; the label span is dropped
     */
    public Metric withText(String text, SourceSpan span) {
        return new Metric(label, value, upper, unit, qualifier, cumulative, initiative, text, span, category, currency,
                bounds, labelSpan);
    }

    /**
     * The canonical form of a figure: no trailing fractional zeros, scale at least 0 (72000.0 and 7.2E+4
     * are 72000); null stays null. Exporters write this form.
     *
     * @param v a figure, or null
     * @return the canonical figure, or null
     */
    public static BigDecimal canonical(BigDecimal v) {
        if (v == null || v.scale() == 0) {
            return v; // a whole number at scale 0 is canonical already
        }
        BigDecimal stripped = v.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }
}
