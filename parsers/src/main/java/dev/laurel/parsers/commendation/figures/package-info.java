/**
 * Stage 8 of the commendation reader: the figures of an awardee's clauses as metrics ({@link
 * dev.laurel.parsers.commendation.figures.MetricReader}, over core's {@code QuantityScanner}) and what each
 * measures ({@link dev.laurel.parsers.commendation.figures.Labels}); figures of the province or country
 * ({@link dev.laurel.parsers.commendation.figures.WiderScope}), counts of honoured places ({@code HonouredPlaceCounts}),
 * targets ({@code Targets}), values given for comparison ({@code ReferenceNotes}) and the other quantities that are no
 * figure of a deed ({@code NotFigures}) are left out.
 * Internal: not part of Laurel's API.
 */
package dev.laurel.parsers.commendation.figures;
