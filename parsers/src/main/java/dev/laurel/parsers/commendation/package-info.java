/**
 * The commendation reader: {@link dev.laurel.parsers.commendation.CommendationTextParser} reads a decoded
 * text (the HTML parser hands it a page's text) in stages, one sub-package per stage, and builds the
 * immutable {@code Announcement} with its diagnostics (stage 9, this package).
 *
 * <ol start="0">
 *   <li>reading view: core's {@code ReadingView}; {@link dev.laurel.parsers.commendation.SourceSpans} maps
 *       every span back to the source;</li>
 *   <li>lines, paragraphs, sentences and page furniture: {@code .text};</li>
 *   <li>text pasted twice: {@code .repeats};</li>
 *   <li>layout and rosters (headings, list rows, tables): {@code .layout};</li>
 *   <li>mentions: places, honours, honour statements, count phrases: {@code .mentions};</li>
 *   <li>subjects and counts: who each statement and clause is about: {@code .subjects};</li>
 *   <li>figures: metrics and their labels: {@code .figures}.</li>
 * </ol>
 *
 * Only {@code CommendationTextParser} is API; the stage packages are public to each other, not to users.
 * {@code parsers/README.md} gives each stage's rules (data files) and an example.
 */
package dev.laurel.parsers.commendation;
