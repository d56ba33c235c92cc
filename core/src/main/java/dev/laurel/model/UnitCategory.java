package dev.laurel.model;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * What a unit measures, so that durations, counts and money can be told apart: 6300万元 is
 * {@link #CURRENCY}, 120人次 {@link #PEOPLE}, 3年 {@link #TIME}. Written in JSON and CSV as {@link #id()}.
 */
public enum UnitCategory {
    @JsonProperty("currency") CURRENCY("currency"),
    /** 人, 名, 位, 人次. */
    @JsonProperty("people") PEOPLE("people"),
    /** Classifiers: 个, 家, 件, 台, 次 … */
    @JsonProperty("count") COUNT("count"),
    @JsonProperty("area") AREA("area"),
    @JsonProperty("length") LENGTH("length"),
    /** 吨, 公斤, 克, 斤, kg … */
    @JsonProperty("mass") MASS("mass"),
    @JsonProperty("volume") VOLUME("volume"),
    /** 微克/立方米, mg/L. */
    @JsonProperty("concentration") CONCENTRATION("concentration"),
    @JsonProperty("speed") SPEED("speed"),
    /** Durations: 年, 天, 小时, 个月. */
    @JsonProperty("time") TIME("time"),
    /** Ages: 岁, 周岁, 个月大. */
    @JsonProperty("age") AGE("age"),
    @JsonProperty("temperature") TEMPERATURE("temperature"),
    /** 字节, KB, MB, GB. */
    @JsonProperty("data") DATA("data"),
    /** 瓦, 千瓦, 兆瓦, kW. */
    @JsonProperty("power") POWER("power"),
    /** 千瓦时, kWh, 焦耳, 千卡, 吨标准煤. */
    @JsonProperty("energy") ENERGY("energy"),
    /** %, 个百分点 (a number of percent) and ‰ (per mille). */
    @JsonProperty("percent") PERCENT("percent"),
    /** 连冠: how often an honour was won in a row. */
    @JsonProperty("honor") HONOR("honor");

    private final String id;

    UnitCategory(String id) {
        this.id = id;
    }

    /** The name used in JSON and CSV. */
    public String id() {
        return id;
    }

    /** The category named {@code id} (as {@link #id()} writes it). @throws IllegalArgumentException if none is */
    public static UnitCategory of(String id) {
        for (UnitCategory c : values()) {
            if (c.id.equals(id)) {
                return c;
            }
        }
        throw new IllegalArgumentException("unknown unit category: " + id);
    }
}
