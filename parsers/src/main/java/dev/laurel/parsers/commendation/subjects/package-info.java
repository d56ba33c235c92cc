/**
 * Stages 6–7 of the commendation reader: who each statement and clause is about, and each awardee's honour
 * count. A page with sections gives each section's clauses to its heading's place ({@link
 * dev.laurel.parsers.commendation.subjects.SectionReader}); a story gives them to the place or pointer
 * ({@code 该县}, {@code 我市}) opening the clause ({@link dev.laurel.parsers.commendation.subjects.StoryReader},
 * counts in {@link dev.laurel.parsers.commendation.subjects.StoryCounts}). Internal: not part of Laurel's API.
 */
package dev.laurel.parsers.commendation.subjects;
