package dev.laurel.parsers.commendation.subjects;

import dev.laurel.model.TimesKind;
import dev.laurel.parsers.commendation.DocumentContext;
import dev.laurel.parsers.commendation.mentions.CountPhrase;
import dev.laurel.parsers.commendation.mentions.FirstTimes;
import dev.laurel.parsers.commendation.mentions.HonourFamilies;
import dev.laurel.parsers.commendation.mentions.HonourStatements;
import dev.laurel.parsers.commendation.mentions.PlaceRef;
import dev.laurel.parsers.commendation.text.Sentences;
import dev.laurel.text.HonorCount;
import dev.laurel.text.HonorCounts;
import dev.laurel.text.Quantity;
import dev.laurel.text.TraditionalToSimplified;

import java.util.List;
import java.util.regex.Pattern;

/**
 * The honour an awardee received and how often, read from its summary (through its simplified view).
 *
 * @param title           全国双拥模范城 for a city, 全国双拥模范县 for a county, when the document's honour has both
 * @param times           the national count, or null
 * @param timesKind       total or consecutive, null without a count
 * @param provincialTimes the provincial honour's count, or null
 */
public record HonorFacts(String title, Integer times, TimesKind timesKind, Integer provincialTimes) {

    /** Words that make a clause about the provincial honour rather than the national one. */
    private static final Pattern PROVINCIAL = Pattern.compile("省级|省双拥|全省双拥");
    /** Words that make a clause about a national honour. */
    private static final Pattern NATIONAL = Pattern.compile("全国|国家");

    /** Reads the summary, given with the quantities {@link MetricReader#scan} found in it. */
    static HonorFacts read(String summary, List<Quantity> quantities, DocumentContext context, PlaceRef place) {
        String title = context.titles().of(place);
        if (summary == null) {
            return new HonorFacts(title, null, null, null);
        }
        String simplified = TraditionalToSimplified.toSimplified(summary);
        Integer times = null;
        TimesKind kind = null;
        Integer provincial = null;
        int first = firstTime(simplified, context, place);
        List<HonorCount> counts = HonorCounts.find(simplified, quantities);
        for (HonorCount c : counts) {
            if (c.edition() || c.count() == null || EarlierRounds.said(simplified, c.start())
                    || HonourStatements.wishedBefore(simplified, c.start())) {
                continue; // and 下一步将力争实现“二连冠”: a target
            }
            String clause = clause(simplified, c.start(), c.end());
            if (context.provincialHonour() && NATIONAL.matcher(clause).find() && !PROVINCIAL.matcher(clause).find()) {
                continue; // 3次被命名为全国双拥模范城 in a provincial round: another honour's count
            }
            if (!context.provincialHonour() && PROVINCIAL.matcher(clause).find()) {
                if (provincial == null) {
                    provincial = c.count();
                }
            } else if (times == null && (first < 0 || c.start() < first)
                    // not 我市曾三次获评全国文明城市 in a story of 国家食品安全示范城市: that honour's count
                    && !HonourFamilies.namesOtherHonourAfter(simplified, c.end(), context.honor())) {
                times = c.count(); // 首次荣获… said before it wins: 此前…已连续两届获得提名城市资格 is another round's
                kind = kindOf(c, counts, Sentences.sentenceEnd(simplified, c.start()), at -> EarlierRounds.said(simplified, at));
                if (kind == TimesKind.TOTAL && times > 1 && streakVerbBefore(simplified, c.start())) {
                    kind = TimesKind.CONSECUTIVE; // 临汾市蝉联全国文明城市称号，这是该市第二次获得此项荣誉
                }
            }
        }
        if (times == null && first >= 0) {
            times = 1;
            kind = TimesKind.TOTAL;
        }
        CountPhrase now = times == null ? thisRound(simplified) : null;
        if (now != null) { // 霞浦县此前已两次获得该称号，此次为第三次。
            times = now.times();
            kind = now.kind();
        }
        return new HonorFacts(title, times, kind, provincial);
    }

    /** The longest count phrase closing a clause after a word of this round and its copula (此次为连续第三次). */
    private static final int MAX_ROUND_COUNT = 6;

    /**
     * The count a clause says of this round alone: a word of this round ({@code held-words.txt} tagged now: 此次, 本届), 为 or
     * 是, and a count phrase that ends the clause (此前已两次获得该称号，此次为第三次); null when none.
     */
    private static CountPhrase thisRound(String s) {
        for (int at = 0; at < s.length(); at++) {
            if (s.charAt(at) != '为' && s.charAt(at) != '是' || !HonourStatements.thisRoundEndingAt(s, at)) {
                continue;
            }
            int end = Sentences.clauseEnd(s, at + 1);
            CountPhrase c = end - (at + 1) <= MAX_ROUND_COUNT ? CountPhrase.startOf(s.substring(at + 1, end)) : null;
            if (c != null) {
                return c;
            }
        }
        return null;
    }

    /**
     * The kind of count {@code h}: its own, or consecutive when a later count of its sentence (before {@code to}) says
     * the same number is a streak (第七次被命名为全国双拥模范城，实现“七连冠”: seven in a row); counts of an earlier
     * round ({@code earlier}) say nothing of it.
     */
    /**
     * True when a naming verb tagged streak in {@code naming-verbs.txt} (蝉联) stands in the sentence of the count at
     * {@code at}, before it: the count said with it is a streak (临汾市蝉联…称号，这是该市第二次获得此项荣誉).
     */
    static boolean streakVerbBefore(String simplified, int at) {
        for (int i = Sentences.sentenceStart(simplified, at); i < at; i++) {
            String v = HonourStatements.VERBS.at(simplified, i);
            if (v != null && "streak".equals(HonourStatements.VERBS.tag(v))) {
                return true;
            }
        }
        return false;
    }

    static TimesKind kindOf(HonorCount h, List<HonorCount> counts, int to, java.util.function.IntPredicate earlier) {
        if (h.kind() == TimesKind.CONSECUTIVE) {
            return h.kind();
        }
        for (HonorCount later : counts) {
            if (later.start() >= h.end() && later.start() < to && !later.edition() && h.count().equals(later.count())
                    && later.kind() == TimesKind.CONSECUTIVE && !earlier.test(later.start())) {
                return TimesKind.CONSECUTIVE;
            }
        }
        return h.kind() == null ? TimesKind.TOTAL : h.kind();
    }

    /**
     * Where 清远市首次获评国家卫生城市 says 首次: right before a naming verb (or 被, 获) in a clause about this honour (a
     * clause about a provincial title counts only when the document's honour is provincial: 天台县首次获评省级森林城市),
     * not of an earlier round (于2010年首次获得, or after 再度榜上有名); -1 when none.
     */
    private static int firstTime(String text, DocumentContext context, PlaceRef place) {
        for (int at = FirstTimes.next(text, 0); at >= 0; at = FirstTimes.next(text, at + 1)) {
            boolean verb = FirstTimes.beforeVerb(text, at);
            String clause = clause(text, at, at + FirstTimes.at(text, at).length());
            if (verb && (context.provincialHonour() || !PROVINCIAL.matcher(clause).find()) && !clause.contains("分别")
                    && !EarlierRounds.said(text, at) && !StoryCounts.saysAgainBefore(text, at)
                    && !saidOfAnother(text, at, context, place)) {
                return at;
            }
        }
        return -1;
    }

    /**
     * True when a known place that is neither {@code place} nor inside or around it stands in the clause before
     * {@code at}: the count is that place's (兴义市首次跻身“国卫”行列 on the page of 凯里市, which kept its title).
     */
    private static boolean saidOfAnother(String text, int at, DocumentContext context, PlaceRef place) {
        int from = Sentences.clauseStart(text, at);
        if (from == at || place.region() == null) {
            return false;
        }
        for (PlaceRef m : context.places().mentions(text.substring(from, at), context.province())) {
            if (m.region() != null && !dev.laurel.parsers.commendation.mentions.Places.related(place.region(), m.region())) {
                return true;
            }
        }
        return false;
    }

    /** The clause around [start, end): from the previous clause end to the next one. */
    private static String clause(String text, int start, int end) {
        return text.substring(Sentences.clauseStart(text, start), Sentences.clauseEnd(text, end));
    }
}
