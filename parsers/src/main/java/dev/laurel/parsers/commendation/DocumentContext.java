package dev.laurel.parsers.commendation;

/**
 * What every section reader needs to know of the whole document.
 *
 * @param honor    the honour as written in the document (全国双拥模范城(县)), or null
 * @param province the document's province (浙江省), or null
 * @param places   place-name lookups
 */
record DocumentContext(String honor, String province, Places places) {
}
