package dev.laurel.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * The ceremony at which the honour was given, where the document states it.
 *
 * @param date  as precise as stated: "2024-04-23", or "04-23" when the year is not given
 * @param place where it was held (北京)
 * @param name  the meeting as written (全国双拥模范城(县)命名大会)
 */
@JsonPropertyOrder({"date", "place", "name"})
public record Event(
        @JsonProperty("date") String date,
        @JsonProperty("place") String place,
        @JsonProperty("name") String name) {

    public Event {
        if (date == null && place == null && name == null) {
            throw new IllegalArgumentException("event needs at least one of date, place, name");
        }
    }
}
