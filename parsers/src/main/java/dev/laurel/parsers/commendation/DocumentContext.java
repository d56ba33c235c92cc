package dev.laurel.parsers.commendation;

/**
 * What every section reader needs to know of the whole document.
 *
 * @param honor    the honour as written in the document (全国双拥模范城(县)), or null
 * @param province the document's province (浙江省), or null
 * @param places   place-name lookups
 * @param titles   the forms of the honour awardees receive
 */
record DocumentContext(String honor, String province, Places places, HonorTitles titles) {

    DocumentContext(String honor, String province, Places places) {
        this(honor, province, places, HonorTitles.of(honor));
    }
}
