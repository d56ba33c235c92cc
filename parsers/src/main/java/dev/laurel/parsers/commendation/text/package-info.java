/**
 * Stages 1–2 of the commendation reader: the text as trimmed lines ({@link
 * dev.laurel.parsers.commendation.text.Paragraphs}), logical paragraphs joined across split lines, sentences
 * and clauses ({@link dev.laurel.parsers.commendation.text.Sentences}), page furniture ({@link
 * dev.laurel.parsers.commendation.text.Furniture}: {@code 首页 > 新闻中心}, {@code 来源：池州日报}), and the
 * rules data files every stage reads ({@link dev.laurel.parsers.commendation.text.Lexicon}).
 * Internal: not part of Laurel's API.
 */
package dev.laurel.parsers.commendation.text;
