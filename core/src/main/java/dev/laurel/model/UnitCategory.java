package dev.laurel.model;

/**
 * What a unit measures, so that durations, counts and money can be told apart: 6300万元 is
 * {@link #CURRENCY}, 120人次 {@link #PEOPLE}, 3年 {@link #TIME}. Written in JSON and CSV as {@link #id()}.
 */
public enum UnitCategory {
    /** Money: 元, 万元, 美元 … */
    CURRENCY("currency"),
    /** 人, 名, 位, 人次. */
    PEOPLE("people"),
    /** Classifiers: 个, 家, 件, 台, 次 … */
    COUNT("count"),
    /** 平方米, 亩, 公顷, 平方公里 … */
    AREA("area"),
    /** 米, 公里, 千米, km … */
    LENGTH("length"),
    /** 吨, 公斤, 克, 斤, kg … */
    MASS("mass"),
    /** 升, 立方米, 方 … */
    VOLUME("volume"),
    /** 微克/立方米, mg/L. */
    CONCENTRATION("concentration"),
    /** 公里/小时, 米/秒, km/h. */
    SPEED("speed"),
    /** Durations: 年, 天, 小时, 个月. */
    TIME("time"),
    /** Ages: 岁, 周岁, 个月大. */
    AGE("age"),
    /** 摄氏度, ℃. */
    TEMPERATURE("temperature"),
    /** 字节, KB, MB, GB. */
    DATA("data"),
    /** 瓦, 千瓦, 兆瓦, kW. */
    POWER("power"),
    /** 千瓦时, kWh, 焦耳, 千卡, 吨标准煤. */
    ENERGY("energy"),
    /** %, 个百分点 (a number of percent) and ‰ (per mille). */
    PERCENT("percent"),
    /** 连冠: how often an honour was won in a row. */
    HONOR("honor"),
    /** 分 after an Arabic number: a score (测评成绩91.3分, 提高3.6分). */
    SCORE("score"),
    /** 倍: a multiple (较2018年增长1.7倍). */
    RATIO("ratio");

    private final String id;

    UnitCategory(String id) {
        this.id = id;
    }

    /**
     * The name used in JSON and CSV.
     *
     * @return the category's lowercase name
     */
    public String id() {
        return id;
    }

    /**
     * The category named {@code id} (as {@link #id()} writes it).
     *
     * @param id the name as {@link #id()} writes it
     * @return the category of that name
     * @throws IllegalArgumentException if none is
     */
    public static UnitCategory of(String id) {
        for (UnitCategory c : values()) {
            if (c.id.equals(id)) {
                return c;
            }
        }
        throw new IllegalArgumentException("unknown unit category: " + id);
    }
}
