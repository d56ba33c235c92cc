/**
 * Stages 3–4 of the commendation reader: the page's layout ({@link
 * dev.laurel.parsers.commendation.layout.Layout}: headline, deeds sections under headings such as
 * {@code 一、杭州市} or {@code 【龙口市】}, document paragraphs), list rows ({@code 1.南昌市（第六次）}), tables
 * flattened to text ({@link dev.laurel.parsers.commendation.layout.Tables}), and the honour roll read from
 * them ({@link dev.laurel.parsers.commendation.layout.RosterReader}). Internal: not part of Laurel's API.
 */
package dev.laurel.parsers.commendation.layout;
