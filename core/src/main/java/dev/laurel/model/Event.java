package dev.laurel.model;

/**
 * The ceremony at which the honour was given, where the document states it.
 *
 * @param date  as precise as stated: "2024-04-23", or "04-23" when the year is not given
 * @param place where it was held (北京)
 * @param name  the meeting as written (全国双拥模范城(县)命名大会)
 */
public record Event(
        String date,
        String place,
        String name) {

    /**
     * Checks the components.
     *
     * @param date  the date as precise as stated, or null
     * @param place where it was held, or null
     * @param name  the meeting as written, or null
     */
    public Event {
        if (date == null && place == null && name == null) {
            throw new IllegalArgumentException("event needs at least one of date, place, name");
        }
    }
}
