package dev.laurel.parsers.commendation;

import dev.laurel.model.TimesKind;

/** An honour count said of a place, at chars [start, end) of logical paragraph {@code paragraph}. */
record StoryClaim(PlaceRef place, Integer count, TimesKind kind, int paragraph, int start, int end) {
}
