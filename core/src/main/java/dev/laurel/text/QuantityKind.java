package dev.laurel.text;

/** What a {@link Quantity} is. */
public enum QuantityKind {
    /** A plain figure: 6300万元, 两名, 连续26年. */
    NUMBER,
    /** A span of values: 3至5万元, 两三个 (value = lower bound). */
    RANGE,
    /** 30%, 百分之三十, 12个百分点; value is the number of percent, unit "%". */
    PERCENT,
    /** 三分之一: value rounded to 16 significant digits. */
    FRACTION,
    /** 第五届: an edition or rank, not a count. */
    ORDINAL,
    /** How often an honour was won (先后9次, 连续5次, 六连冠): not a metric; see {@link HonorCounts}. */
    HONOR_COUNT
}
