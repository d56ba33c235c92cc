package dev.laurel.model;

import com.fasterxml.jackson.annotation.JsonProperty;

/** How a reported figure relates to its value: 超6300万元 is {@link #MORE_THAN} 63000000. */
public enum Qualifier {
    @JsonProperty("exact") EXACT("exact"),
    /** 超, 超过, 逾, 余, 多, 以上. */
    @JsonProperty("more-than") MORE_THAN("more-than"),
    /** 近, 将近. */
    @JsonProperty("nearly") NEARLY("nearly"),
    /** 约, 左右, 上下. */
    @JsonProperty("approx") APPROX("approx"),
    /** 不超过, 以内. */
    @JsonProperty("up-to") UP_TO("up-to");

    private final String id;

    Qualifier(String id) {
        this.id = id;
    }

    /** The name used in JSON and CSV. */
    public String id() {
        return id;
    }
}
