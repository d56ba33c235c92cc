package dev.laurel.parsers.commendation;

import dev.laurel.parsers.commendation.mentions.HonorTitles;
import dev.laurel.parsers.commendation.mentions.Places;

/**
 * What every section reader needs to know of the whole document.
 *
 * @param honor    the honour as written in the document (全国双拥模范城(县)), or null
 * @param province the document's province (浙江省), or null
 * @param places   place-name lookups
 * @param titles    the forms of the honour awardees receive
 * @param publisher the site or body that published the document ({@link dev.laurel.spi.ParseOptions#publisher()}),
 *                  or null
 * @param sourceName the account or site the page was copied from, named above its headline and again in its byline
 *                   (阳泉发布), or null
 */
public record DocumentContext(String honor, String province, Places places, HonorTitles titles, String publisher,
                              String sourceName) {

    DocumentContext(String honor, String province, Places places, String publisher, String sourceName) {
        this(honor, province, places, HonorTitles.of(honor), publisher, sourceName);
    }

    /**
     * True when the document's own honour is a province's (山东省双拥模范城（县）): a count of a provincial
     * title is then the count of the document's honour, not of another title named alongside.
     *
     * @return true for a provincial honour
     */
    public boolean provincialHonour() {
        return honor != null && !honor.startsWith("全国") && !honor.startsWith("國家") && !honor.startsWith("国家")
                && !honor.startsWith("全國") && (honor.contains("省") || honor.contains("自治区") || honor.contains("自治區"));
    }
}
