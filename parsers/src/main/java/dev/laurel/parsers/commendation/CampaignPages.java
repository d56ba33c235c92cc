package dev.laurel.parsers.commendation;

import dev.laurel.parsers.commendation.mentions.HonourFamilies;
import dev.laurel.parsers.commendation.mentions.HonourStatements;
import dev.laurel.parsers.commendation.mentions.Places;
import dev.laurel.parsers.commendation.text.Lexicon;
import dev.laurel.parsers.commendation.text.Paragraph;
import dev.laurel.text.TraditionalToSimplified;

import java.util.List;

/**
 * Pages about working for an honour or checking on it, not about its award: a headline saying so ({@code
 * campaign-pages.txt}: 动员大会, 暗访, 实施方案) and no sentence stating that a place received the page's honour. Their
 * places (the cities an inspection praises or names to rectify, a plan's model counties) are no awardees. So are the
 * places of a page whose honour is given to units or people and that states no place's honour (我市8家单位荣获…全国文明单位称号).
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

    /** How many of a page's first paragraphs hold its headline and what stands over it (a document's type, its number). */
    private static final int TOP = 4;

    /**
     * True when the first of the page's first paragraphs that names an honour names one given to cities or counties
     * (关于我省荣获第十二届全国双拥模范城（县）和全国双拥模范单位、个人的通报), not only ones of units or people
     * ({@link HonourFamilies#isLesser}: 我市8家单位荣获第六届全国文明单位称号, 黑龙江省双拥模范单位和个人拟表彰对象公示).
     */
    static boolean headsWithPlaceHonour(List<Paragraph> paragraphs) {
        for (int k = 0; k < Math.min(TOP, paragraphs.size()); k++) {
            String s = TraditionalToSimplified.toSimplified(paragraphs.get(k).text());
            boolean named = false;
            for (int i = 0; i < s.length(); i++) {
                String h = HonourStatements.HONOURS.at(s, i);
                if (h != null && !HonourFamilies.isLesser(h)) {
                    return true;
                }
                named |= h != null;
            }
            if (named) {
                return false;
            }
        }
        return false;
    }
}
