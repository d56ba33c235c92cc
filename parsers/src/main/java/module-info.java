/**
 * The commendation parsers for text ({@code commendation-text}) and HTML pages ({@code commendation-html}). Only
 * the parser classes are API; the reading's stage packages ({@code dev.laurel.parsers.commendation.text},
 * {@code .layout}, …) are not exported.
 */
module dev.laurel.parsers {
    requires transitive dev.laurel.core;
    requires org.apache.commons.text;
    requires org.jsoup;

    exports dev.laurel.parsers.commendation;
    exports dev.laurel.parsers.html;

    provides dev.laurel.spi.DocumentParser with
            dev.laurel.parsers.commendation.CommendationTextParser,
            dev.laurel.parsers.html.HtmlCommendationParser;
}
