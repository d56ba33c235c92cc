package dev.laurel.text;

/** What a {@link Quantity} is. */
public enum QuantityKind {
    /** A plain figure: 6300万元, 两名, 连续26年. */
    NUMBER,
    /**
     * A span of values (value = lower bound): 3至5万元 and 介于10和40之间 are [lower, upper) as Recognizers-Text reads
     * intervals, 两三个 is [2, 3], a comparison's bounds are open or closed as its words say (大于50并且小于等于80 =
     * (50, 80]); see {@link Quantity#lowerInclusive()}.
     */
    RANGE,
    /** 30%, 百分之三十, 三分之一 (33.33333333333333: 16 significant digits), 12个百分点; value is the number of percent, unit "%". */
    PERCENT,
    /**
     * A mixed number (三百五又三分之一 = 350.3333333333333), and in the number-model reading every fraction
     * (三分之一 = 0.3333333333333333, 3/5): value rounded to 16 significant digits, no unit.
     */
    FRACTION,
    /** 第五届: an edition or rank, not a count. */
    ORDINAL,
    /** How often an honour was won (先后9次, 连续5次, 六连冠): not a metric; see {@link HonorCounts}. */
    HONOR_COUNT
}
