package dev.laurel.parsers.commendation;

import dev.laurel.parsers.commendation.mentions.HonourStatements;
import dev.laurel.parsers.commendation.mentions.Places;
import dev.laurel.parsers.commendation.text.Lexicon;
import dev.laurel.parsers.commendation.text.Paragraph;
import dev.laurel.text.TraditionalToSimplified;

import java.util.List;

/**
 * Pages about working for an honour or checking on it, not about its award: a headline saying so ({@code
 * campaign-pages.txt}: 动员大会, 暗访, 实施方案) and no sentence stating that a place received the page's honour. Their
 * places (the cities an inspection praises or names to rectify, a plan's model counties) are no awardees.
 */
final class CampaignPages {
    private static final Lexicon WORDS = Lexicon.load("campaign-pages.txt");

    private CampaignPages() {
    }

    /** True when {@code title} says the page is about a campaign or an inspection (…暗访情况的通报). */
    static boolean headline(Paragraph title) {
        return title != null && WORDS.occursIn(TraditionalToSimplified.toSimplified(title.text()));
    }

    /**
     * The honour a campaign's headline works for (全国文明城市 of 创建全国文明城市动员大会上的讲话), else {@code honor}: the
     * title a page names in its body (去年，我市第二次入选全国文明城市提名城市) is not what the campaign is for.
     */
    static String honour(Paragraph title, String honor) {
        String own = DocumentHeader.honor(List.of(title.text()));
        return own != null ? own : honor;
    }

    /** True when a sentence of {@code paragraphs} states that a place, or the page's own place, received {@code honor}. */
    static boolean statesAward(List<Paragraph> paragraphs, Places places, String honor, String province) {
        for (Paragraph p : paragraphs) {
            String simplified = TraditionalToSimplified.toSimplified(p.text());
            if (!HonourStatements.mayState(simplified)) {
                continue;
            }
            for (HonourStatements.Statement st : HonourStatements.find(simplified, places.mentions(p.text(), province), honor)) {
                if (st.documentHonour() && !HonourStatements.saidAfterEarlierWord(simplified, st.verbStart())
                        && !HonourStatements.saidAsHeldAlready(simplified, st.verbStart())) {
                    return true; // not 全省已有南昌、景德镇等6个城市获评全国文明城市: the holders from earlier rounds
                }
            }
        }
        return false;
    }
}
