package dev.laurel.model;

import com.fasterxml.jackson.annotation.JsonProperty;

/** How an honour count is meant: 先后9次 is {@link #TOTAL}, 连续5次 / 六连冠 / 蝉联 are {@link #CONSECUTIVE}. */
public enum TimesKind {
    @JsonProperty("total") TOTAL("total"),
    @JsonProperty("consecutive") CONSECUTIVE("consecutive");

    private final String id;

    TimesKind(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }
}
