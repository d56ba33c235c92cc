package dev.laurel.parsers.commendation.subjects;

import dev.laurel.model.TimesKind;
import dev.laurel.parsers.commendation.mentions.PlaceRef;

/** An honour count said of a place, at chars [start, end) of logical paragraph {@code paragraph}. */
public record StoryClaim(PlaceRef place, Integer count, TimesKind kind, int paragraph, int start, int end) {
}
