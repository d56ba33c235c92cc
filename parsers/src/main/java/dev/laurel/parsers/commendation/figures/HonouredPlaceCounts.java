package dev.laurel.parsers.commendation.figures;

import dev.laurel.parsers.commendation.mentions.HonourFamilies;
import dev.laurel.parsers.commendation.mentions.HonourStatements;
import dev.laurel.parsers.commendation.text.Lexicon;
import dev.laurel.parsers.commendation.text.Paragraphs;
import dev.laurel.parsers.commendation.text.Sentences;
import dev.laurel.text.Quantity;
import dev.laurel.text.TraditionalToSimplified;

import java.util.List;

/**
 * Counts of honoured places (此次全国共有41个城市被命名…, 全省…总数达到22个, 二、全国双拥模范单位（6个）): the round's or the
 * list's size, not a deed of the awardee ({@code place-counts.txt}, {@code reach-words.txt}).
 */
final class HonouredPlaceCounts {
    private HonouredPlaceCounts() {
    }

    /** Nouns of places after a figure, and words before it, that make it a count of honoured places. */
    private static final Lexicon PLACE_COUNTS = HonourStatements.PLACE_COUNTS;
    /** Words between an honour and the count of its holders (已达, 增至), from {@code reach-words.txt}. */
    private static final Lexicon REACH_WORDS = Lexicon.load("reach-words.txt");

    /**
     * 此次全国共有41个城市（区）被命名为…, 全省…总数达到22个: a count of places whose clause says they were
     * honoured, or a total of honoured places; the round's or the list's figure, not a deed ({@code place-counts.txt}).
     */
    static boolean counts(String text, Quantity q) {
        boolean people = "名".equals(q.unit());
        if (!"个".equals(q.unit()) && !"個".equals(q.unit()) && !people) {
            return false;
        }
        String simplified = TraditionalToSimplified.toSimplified(text.substring(Sentences.clauseStart(text, q.start()),
                Sentences.clauseEnd(text, q.end())));
        int at = q.start() - Sentences.clauseStart(text, q.start());
        int after = at + (q.end() - q.start());
        for (int i = 0; i < at; i++) {
            String w = PLACE_COUNTS.at(simplified, i);
            if (w != null && "before".equals(PLACE_COUNTS.tag(w)) && (!w.equals("总数") || totalOfHonoured(simplified, i))) {
                return true;
            }
        }
        int open = at > 0 && (simplified.charAt(at - 1) == '（' || simplified.charAt(at - 1) == '(') ? at - 1 : at;
        int nounEnd = withoutNoteBefore(simplified, open); // …卫生县城（城市）（10个）: the size of the list under it
        if (nounEnd > 0 && simplified.charAt(nounEnd - 1) == '的') {
            nounEnd--; // …保留河南省卫生县城（城市）称号的（6个）
        }
        if (simplified.startsWith("称号", nounEnd - 2)) {
            nounEnd = withoutNoteBefore(simplified, nounEnd - 2);
        }
        String reach = REACH_WORDS.list().endingAt(simplified, nounEnd);
        if (reach != null) {
            int beforeReach = withoutNoteBefore(simplified, nounEnd - reach.length());
            if (HonourStatements.HONOURS.list().endingAt(simplified, beforeReach) != null) {
                nounEnd = beforeReach; // 我市国家园林县城已达6个, 我市双拥模范城（县）已达4个: how many places hold it
            } else if (holdersDescribedBefore(simplified, nounEnd - reach.length())) {
                return true; // 获评江西省双拥模范城（县）的县（市、区）累计达到6个: how many places hold it
            }
        }
        String honour = HonourStatements.HONOURS.list().endingAt(simplified, nounEnd);
        if (honour != null && (!HonourFamilies.isLesser(honour) || open < at
                || namedBefore(simplified, nounEnd - honour.length()) || awarding(simplified))) {
            return true; // 本届全国共命名全国双拥模范城（县）436个; 同时命名表彰省双拥模范单位86个、双拥模范个人120名: the round's;
                         // 二、全国双拥模范单位（6个）: the size of the list under it
        }
        if (honourOfPlacesAfter(simplified, after)) {
            return true; // 公布首批71个国家全域旅游示范区名单: the round's size
        }
        if (holdersAfter(simplified, at, after)) {
            return true; // 为…等45个省级双拥模范单位和72名双拥模范个人颁发了奖牌: how many were honoured alongside
        }
        if (!people && after < simplified.length() && HonourStatements.VERBS.at(simplified, after) != null) {
            return true; // 全市9个县（市、区）中已有7个获评该称号: how many places hold it
        }
        String noun = after < simplified.length() ? PLACE_COUNTS.at(simplified, after) : null;
        if (noun != null && "honoured".equals(PLACE_COUNTS.tag(noun))) {
            int rest = after + noun.length();
            return namedIn(simplified, rest, simplified.length()) // 27个单位、31名个人分别被表彰为…
                    || awarding(simplified.substring(rest)) // 6个单位、5名个人受到表彰
                    || simplified.startsWith("为", rest) // 李国强等30名同志为“自治区双拥模范个人”, after 命名
                    && HonourStatements.HONOURS.occursIn(simplified.substring(rest));
        }
        if (people) {
            return false; // 创建…示范单位165个 is a place's deed; people are counted in 名 only as the round's
        }
        if (noun == null || PLACE_COUNTS.isTagged(noun)) {
            return false;
        }
        if (namedBefore(simplified, at)) {
            return true; // 本批次全省共命名21个县（市、区）
        }
        if (sizeOfListBefore(simplified, at, q)) {
            return true; // 河源市、汕尾市、阳江市、潮州市、云浮市5个地级市: the list's size
        }
        for (int i = after + noun.length(); i < simplified.length(); i++) {
            String w = PLACE_COUNTS.at(simplified, i);
            if (HonourStatements.namingAt(simplified, i) != null || HonourStatements.HONOURS.at(simplified, i) != null
                    || w != null && ("of".equals(PLACE_COUNTS.tag(w)) || "awarding".equals(PLACE_COUNTS.tag(w))
                        || "round".equals(PLACE_COUNTS.tag(w)))) {
                return true; // 被命名为…; 成为此次入选的5个县（市、区）之一; 全区共有12个县（市、区）受到表彰; 3个县参加复审 (not
                             // 全市1461个村（社区）服务站实现标准化建设, where 实现 names no honour)
            }
        }
        return false;
    }

    /**
     * True when as many places as the figure at {@code at} says are listed right before it ({@link NotFigures#listItems}),
     * each ending as a place's name does (河源市、汕尾市、阳江市、潮州市、云浮市5个): the figure is the list's size.
     */
    private static boolean sizeOfListBefore(String simplified, int at, Quantity q) {
        int n;
        try {
            n = q.value() == null ? 0 : q.value().intValueExact();
        } catch (ArithmeticException e) {
            return false;
        }
        List<String> names = NotFigures.listItems(simplified, 0, at);
        if (n < 2 || names.size() != n) {
            return false;
        }
        for (String name : names) {
            String s = name.strip();
            if (!dev.laurel.parsers.commendation.mentions.Places.endsAsDivision(s)) {
                return false;
            }
        }
        return true;
    }

    /**
     * True when an honour, or a verb holding a word for it (获此称号), and 的 describe the places that hold it before
     * {@code to} (获评…双拥模范城（县）的县（市、区）, 兵团获此称号的师市).
     */
    private static boolean holdersDescribedBefore(String simplified, int to) {
        for (int i = 0; i < to; i++) {
            String h = HonourStatements.HONOURS.at(simplified, i);
            if (h == null) {
                String verb = HonourStatements.VERBS.at(simplified, i);
                h = verb != null && verb.startsWith("获此") ? verb : null;
            }
            if (h != null && HonourStatements.describesPlaces(simplified, i + h.length())) {
                return true;
            }
        }
        return false;
    }

    /** How far after a count the honour it counts may start (71个国家全域旅游示范区: after 国家). */
    private static final int HONOUR_AFTER_COUNT = 4;

    /**
     * True when an honour of places starts a few chars after a count (71个国家全域旅游示范区, 41个国家卫生城市): the count
     * is of the places so honoured, not a deed.
     */
    private static boolean honourOfPlacesAfter(String simplified, int after) {
        for (int j = after; j < Math.min(simplified.length(), after + HONOUR_AFTER_COUNT + 1); j++) {
            String h = HonourStatements.HONOURS.at(simplified, j);
            if (h != null) {
                return !HonourFamilies.isLesser(h);
            }
            if (Sentences.isClauseEnd(simplified.charAt(j))) {
                return false;
            }
        }
        return false;
    }

    /**
     * True when an honour of units or people starts a few chars after a count (45个省级双拥模范单位, 72名双拥模范个人) in a
     * clause that gives it to them: 等 right before the count, or a word of awarding in the clause ({@code place-counts.txt},
     * tagged {@code awarding}: 表彰, 颁发). 培育双拥模范单位45个 and 创建…示范单位 stay deeds.
     */
    private static boolean holdersAfter(String simplified, int at, int after) {
        String h = null;
        for (int j = after; h == null && j < Math.min(simplified.length(), after + HONOUR_AFTER_COUNT + 1); j++) {
            h = HonourStatements.HONOURS.at(simplified, j);
        }
        if (h == null || !HonourFamilies.isLesser(h)) {
            return false;
        }
        int before = at - 1;
        while (before >= 0 && Paragraphs.isBlank(simplified.charAt(before))) {
            before--;
        }
        if (before >= 0 && simplified.charAt(before) == '等') {
            return true;
        }
        return awarding(simplified);
    }

    /** True when the clause holds a word saying an honour was given ({@code place-counts.txt}, tagged awarding: 表彰). */
    private static boolean awarding(String clause) {
        for (int i = 0; i < clause.length(); i++) {
            String w = PLACE_COUNTS.at(clause, i);
            if (w != null && "awarding".equals(PLACE_COUNTS.tag(w))) {
                return true;
            }
        }
        return false;
    }

    /**
     * True when the 总数 at {@code at} is a total of honoured places: an honour or a place noun ends right before it,
     * a bracketed note aside (国家生态园林城市总数, 省级文明城市（县城）总数; not 城区公园总数, a count of parks).
     */
    private static boolean totalOfHonoured(String simplified, int at) {
        int end = withoutNoteBefore(simplified, at);
        if (HonourStatements.HONOURS.list().endingAt(simplified, end) != null) {
            return true;
        }
        return end > 0 && "城市县区州旗盟".indexOf(simplified.charAt(end - 1)) >= 0;
    }

    /** True when a naming verb stands in {@code simplified[0, to)}, the clause before an honour (命名表彰省双拥模范单位). */
    private static boolean namedBefore(String simplified, int to) {
        return namedIn(simplified, 0, to);
    }

    /** True when a naming verb starts in {@code simplified[from, to)}. */
    static boolean namedIn(String simplified, int from, int to) {
        for (int i = from; i < to; i++) {
            if (HonourStatements.VERBS.at(simplified, i) != null) {
                return true;
            }
        }
        return false;
    }

    /** Where the text before {@code at} ends once blanks and a bracketed note right before it (（县）) are passed. */
    private static int withoutNoteBefore(String text, int at) {
        int i = at;
        while (i > 0 && Paragraphs.isBlank(text.charAt(i - 1))) {
            i--;
        }
        if (i > 0 && (text.charAt(i - 1) == '）' || text.charAt(i - 1) == ')')) {
            int open = Math.max(text.lastIndexOf('（', i - 1), text.lastIndexOf('(', i - 1));
            if (open >= 0 && i - open <= 8) {
                i = open;
            }
        }
        return i;
    }
}
