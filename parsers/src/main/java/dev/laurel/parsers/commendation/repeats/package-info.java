/**
 * Text pasted twice: clauses seen before in the same section or document ({@link
 * dev.laurel.parsers.commendation.repeats.Duplicates}), whole paragraphs of one section pasted into the next
 * ({@link dev.laurel.parsers.commendation.repeats.SeenParagraphs}), and a story retold in other words, known by its
 * figures ({@link dev.laurel.parsers.commendation.repeats.RestatedFigures}). The tables are keyed per process at
 * random and cap their probes, so that crafted collisions stay linear. Internal: not part of Laurel's API.
 */
package dev.laurel.parsers.commendation.repeats;
