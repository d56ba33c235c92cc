/**
 * Stage 5 of the commendation reader: what a sentence mentions. Places resolved through the gazetteer
 * ({@link dev.laurel.parsers.commendation.mentions.Places}, {@link
 * dev.laurel.parsers.commendation.mentions.PlaceRef}), honour titles, honour statements ({@link
 * dev.laurel.parsers.commendation.mentions.HonourStatements}: {@code 汝城县被命名为“全国双拥模范县”}), which
 * honour a text names ({@link dev.laurel.parsers.commendation.mentions.HonourFamilies}: 全国双拥模范城 beside 全国文明城市) and
 * count phrases ({@code 第六次}, {@code 三连冠}). Internal: not part of Laurel's API.
 */
package dev.laurel.parsers.commendation.mentions;
