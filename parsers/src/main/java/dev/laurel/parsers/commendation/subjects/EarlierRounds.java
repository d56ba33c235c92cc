package dev.laurel.parsers.commendation.subjects;

import dev.laurel.parsers.commendation.mentions.CountPhrase;
import dev.laurel.parsers.commendation.mentions.FirstTimes;
import dev.laurel.parsers.commendation.mentions.HonourStatements;
import dev.laurel.parsers.commendation.text.BoxTitles;
import dev.laurel.parsers.commendation.text.Lexicon;
import dev.laurel.parsers.commendation.text.PageYears;
import dev.laurel.parsers.commendation.text.Paragraphs;
import dev.laurel.parsers.commendation.text.Sentences;

/**
 * Counts of an earlier round, not this one's, by their words: a year in the count's clause (景德镇市于２０１０年首次获得…),
 * a sentence opening with 此前 or 早在 ({@code context-words.txt}), a streak to keep (巩固“五连冠”成果), a step of a
 * timeline told year by year (2015年，三明首次获评…。2024年底，…实现“四连冠”).
 */
final class EarlierRounds {
    private EarlierRounds() {
    }

    /**
     * True when the count at {@code at} of a simplified text is an earlier round's by its words alone: a year in its
     * clause (景德镇市于２０１０年首次获得…), a sentence opening with 此前 or 早在, a streak to keep (巩固“五连冠”成果).
     */
    static boolean said(String text, int at) {
        int clause = Sentences.clauseStart(text, at);
        return text.lastIndexOf('年', at - 1) >= clause && yearOfTheCount(text.substring(clause, at))
                || HonourStatements.saidAfterEarlierWord(text, at) || inTimeline(text, at)
                || keepsStreak(text.substring(clause, at));
    }

    /** True when the clause before a count says the streak is to be kept (南宁市要进一步巩固“五连冠”成果): won before. */
    static boolean keepsStreak(String before) {
        return before.contains("巩固");
    }

    /**
     * True when the count at {@code at} stands in a sentence that opens with a year alone (2015年，三明首次获评…) and a
     * later year follows in the text (此后2017年、2020年两度通过复查。2024年底，…实现“四连冠”), or a sentence soon after
     * counts the honour again, past one (2017年10月，汉中市首次获评…。七年后的今天，…这也是汉中第二次获此殊荣): the text tells a
     * timeline, and this count is of an earlier step of it.
     */
    static boolean inTimeline(String text, int at) {
        int year = openingYear(text, at);
        if (year < 0) {
            return false;
        }
        java.util.regex.Matcher later = HonourStatements.YEAR.matcher(text).region(at, text.length());
        while (later.find()) {
            if (PageYears.value(later.group()) > year && !(later.start() > 0 && text.charAt(later.start() - 1) == '到')) {
                return true; // not 到2025年全市森林覆盖率将稳定在80%以上: a year to reach, no later step
            }
        }
        int next = Sentences.sentenceEnd(text, at);
        String after = text.substring(next, Math.min(text.length(), next + Sentences.REACH));
        int least = Math.max(1, countAt(text, at)); // 实现“七连冠”。此前，舟山已于2020年实现“六连冠”: no later step
        for (dev.laurel.text.HonorCount c : dev.laurel.text.HonorCounts.find(after)) {
            if (!c.edition() && c.count() != null && c.count() > least) {
                return true;
            }
        }
        return false;
    }

    /** The count said at {@code at} of a text, or 0 when none starts there (a 首次 read apart from counts). */
    private static int countAt(String text, int at) {
        int from = Sentences.sentenceStart(text, at);
        for (dev.laurel.text.HonorCount c : dev.laurel.text.HonorCounts.find(text.substring(from, Sentences.sentenceEnd(text, at)))) {
            if (from + c.start() == at && !c.edition() && c.count() != null) {
                return c.count();
            }
        }
        return 0;
    }

    /**
     * The year that opens the sentence of {@code at} alone, before {@code at} (2015年，三明首次获评…: 2015), or -1 when
     * no year does: most sentences, told by their first char.
     */
    private static int openingYear(String text, int at) {
        int open = Sentences.sentenceStart(text, at);
        while (open < at && Paragraphs.isBlank(text.charAt(open))) {
            open++;
        }
        open = BoxTitles.afterLabel(text, open, at); // 【文明名片】2017年，盘锦市首次荣获…
        char c = open < at ? text.charAt(open) : ' ';
        if (SAME_YEAR.at(text, open) != null) {
            return sameYear(text, open, at);
        }
        if (c != '1' && c != '2' && c != '１' && c != '２') {
            return -1;
        }
        java.util.regex.Matcher m = OPENING_YEAR.matcher(text).region(open, at);
        return m.lookingAt() ? PageYears.value(m.group(1)) : -1;
    }

    /** Words that open a sentence with the year the sentence before named ({@code same-year-words.txt}: 同年, 当年). */
    private static final Lexicon SAME_YEAR = Lexicon.load("same-year-words.txt");

    /**
     * The year the sentence before the one opening at {@code open} named last, when 同年 or 当年 opens it (2020年，达州市
     * 实现“三连冠”。同年，邻近的广安市首次获评该称号: 2020), else -1.
     */
    private static int sameYear(String text, int open, int at) {
        int after = open + SAME_YEAR.at(text, open).length();
        if (open == 0 || after >= at || text.charAt(after) != '，' && text.charAt(after) != ',') {
            return -1;
        }
        return yearNamedBefore(text, open);
    }

    /**
     * The year a same-year word at {@code at} stands for: the latest year named before it in its sentence, else in the
     * sentence before; -1 when neither names one.
     */
    private static int yearNamedBefore(String text, int at) {
        int sentence = Sentences.sentenceStart(text, at);
        int year = PageYears.latest(text, sentence, at, -1);
        return year >= 0 || sentence == 0 ? year : PageYears.latest(text, Sentences.sentenceStart(text, sentence - 1), sentence, -1);
    }

    /**
     * True when the sentence of {@code at} opens with a year alone (2015年，黔东南州被命名为…) that is {@link PageYears#ROUND_GAP}
     * years or more before {@code latest}, the latest year the page named before that sentence (its date line, 2026-11-27):
     * a history line of an earlier round, not this one's naming.
     */
    static boolean openedByEarlierYear(String text, int at, int latest) {
        int year = openingYear(text, at);
        return year >= 0 && PageYears.latest(text, 0, Sentences.sentenceStart(text, at), latest) >= year + PageYears.ROUND_GAP;
    }

    /**
     * True when a bracket of years alone follows the verb at {@code verb} in its clause (普洱市已两次获评（2015年、2021年）)
     * and the latest of them is {@link PageYears#ROUND_GAP} years or more before {@code latest}, the latest year the page
     * named before its sentence: the rounds a holder won before this one.
     */
    static boolean bracketDatesEarlier(String text, int verb, int latest) {
        int end = Sentences.clauseEnd(text, verb);
        for (int i = verb; i < end; i++) {
            char c = text.charAt(i);
            if (c == '（' || c == '(') {
                java.util.regex.Matcher m = BRACKETED_YEARS.matcher(text).region(i + 1, Math.min(text.length(), i + 1 + Sentences.REACH));
                if (!m.lookingAt()) {
                    return false;
                }
                int years = PageYears.latest(text, i + 1, m.end(), -1);
                return PageYears.latest(text, 0, Sentences.sentenceStart(text, verb), latest) >= years + PageYears.ROUND_GAP;
            }
        }
        return false;
    }

    /** A bracket's inside that is years alone, joined, and its closing mark: 2015年、2021年）. */
    private static final java.util.regex.Pattern BRACKETED_YEARS = java.util.regex.Pattern.compile(
            "(?:19|20|１９|２０)[0-9０-９]{2}年(?:[、和及与,，](?:19|20|１９|２０)[0-9０-９]{2}年)*[）)]");

    /**
     * True when the verb at {@code verb} is dated right before it by a year {@link PageYears#ROUND_GAP} years or more before
     * {@code latest}, the latest year the page named before its sentence (相邻的湖南省岳阳市于2018年获评… on a page of
     * 2024): an earlier round's naming.
     */
    static boolean datedEarlier(String text, int verb, int latest) {
        int year = datedYear(text, verb);
        return year >= 0 && PageYears.latest(text, 0, Sentences.sentenceStart(text, verb), latest) >= year + PageYears.ROUND_GAP;
    }

    /** Words of a modifier that make a place the awardee's neighbour ({@code neighbour-words.txt}: 相邻, 邻近). */
    private static final Lexicon NEIGHBOURS = Lexicon.load("neighbour-words.txt");
    /** How far before a place its neighbour modifier is read (与之相邻的, 与汉中毗邻的). */
    private static final int MODIFIER_REACH = 12;

    /**
     * True when the verb at {@code verb} is dated right before it by a year (于2022年获评) and its subject, starting at
     * {@code subject}, is introduced as a neighbour by a modifier ending in 的 (邻近的商洛市于2022年获评…) or a neighbour's
     * noun right before it (邻县祁县2016年首次获评): a neighbour that won in an earlier round, whatever years the page names
     * (it may name none).
     */
    static boolean neighbourDated(String text, int subject, int verb) {
        if (subject <= 0 || subject >= verb || datedYear(text, verb) < 0 && !yearRightBefore(text, subject, verb)) {
            return false;
        }
        String noun = NEIGHBOURS.list().endingAt(text, subject);
        if (noun != null && NEIGHBOURS.isTagged(noun)) {
            return true; // 邻县祁县2016年首次获评
        }
        if (text.charAt(subject - 1) != '的') {
            return false;
        }
        int from = Math.max(Sentences.clauseStart(text, subject), subject - MODIFIER_REACH);
        for (int i = from; i < subject - 1; i++) {
            if (NEIGHBOURS.at(text, i) != null) {
                return true;
            }
        }
        return false;
    }

    /**
     * The year dating the verb at {@code verb} right before it (于2018年获评: 2018), or opening its clause right before it
     * (我市于2017年首次获评…，2020年通过复审: 2020), or -1.
     */
    private static int datedYear(String text, int verb) {
        int clause = Sentences.clauseStart(text, verb);
        int from = Math.max(clause, verb - DATED_REACH);
        java.util.regex.Matcher m = DATED.matcher(text).region(from, verb);
        int year = -1;
        while (m.find()) {
            year = m.end() >= verb - DATE_TO_VERB ? PageYears.value(m.group(1)) : -1;
        }
        if (year < 0 && clause > 0 && (text.charAt(clause - 1) == '，' || text.charAt(clause - 1) == ',')) {
            java.util.regex.Matcher opening = CLAUSE_YEAR.matcher(text).region(clause, verb);
            if (opening.lookingAt() && opening.end() >= verb - DATE_TO_VERB) {
                year = PageYears.value(opening.group(1));
            }
        }
        return year >= 0 ? year : sameYearBefore(text, Math.max(clause, verb - DATE_TO_VERB - SAME_YEAR_LONGEST), verb);
    }

    /** The longest word of {@code same-year-words.txt}, how far before a verb's date window one may start. */
    private static final int SAME_YEAR_LONGEST = SAME_YEAR.words().stream().mapToInt(String::length).max().orElse(0);

    /**
     * The year a same-year word right before the verb at {@code verb} stands for, when one does (2020年…（乐至县同年获评…）:
     * 2020): the latest year named before it in its sentence, else in the sentence before; -1 when none stands there.
     */
    private static int sameYearBefore(String text, int from, int verb) {
        for (int i = from; i < verb; i++) {
            String w = SAME_YEAR.at(text, i);
            if (w != null && i + w.length() <= verb && i + w.length() >= verb - DATE_TO_VERB) {
                return yearNamedBefore(text, i);
            }
        }
        return -1;
    }

    /** True when a year, with no 于 before it, ends right before the verb at {@code verb} after {@code from} (祁县2016年首次获评). */
    private static boolean yearRightBefore(String text, int from, int verb) {
        java.util.regex.Matcher m = CLAUSE_YEAR.matcher(text).region(from, verb);
        boolean found = false;
        while (m.find()) {
            found = m.end() >= verb - DATE_TO_VERB;
        }
        return found;
    }

    /** A year opening a clause after a comma, its month perhaps after it: ，2020年通过复审. */
    private static final java.util.regex.Pattern CLAUSE_YEAR = java.util.regex.Pattern.compile(
            "((?:19|20|１９|２０)[0-9０-９]{2})年(?:[0-9０-９]{1,2}月)?");

    /** A date said of a verb: 于2018年, 於2018年10月, 在2016年. */
    private static final java.util.regex.Pattern DATED = java.util.regex.Pattern.compile(
            "[于於在]((?:19|20|１９|２０)[0-9０-９]{2})年(?:[0-9０-９]{1,2}月)?");
    /** How far before the verb its date is looked for. */
    private static final int DATED_REACH = 16;
    /** The most chars between a date and its verb (于2018年首次获评). */
    private static final int DATE_TO_VERB = 3;

    /**
     * A sentence's opening clause that is only a time: 2015年，, 2015年10月，, 2015年底，, or a list of years (2013年、2017年，
     * 当时的邵东县两度获评), whose latest is its year.
     */
    private static final java.util.regex.Pattern OPENING_YEAR = java.util.regex.Pattern.compile(
            "(?:(?:19|20|１９|２０)[0-9０-９]{2}年[、和及])*((?:19|20|１９|２０)[0-9０-９]{2})年"
                    + "(?:[0-9０-９]{1,2}月(?:[0-9０-９]{1,2}日)?|底|初|末|年底|年初)?[，,]");

    /**
     * True when the text of a clause before its count names the year the count is of (2016年五连冠, 于２０１０年首次获得);
     * not a year the count comes after (继2015年之后第二次获此称号, 自1991年首度获评以来实现“七连冠”; {@code since-frames.txt}).
     */
    static boolean yearOfTheCount(String before) {
        java.util.regex.Matcher m = HonourStatements.YEAR.matcher(before);
        int end = -1;
        while (m.find()) {
            end = m.end();
        }
        return end >= 0 && !CountPhrase.closesSinceFrame(before, end)
                && !DATELINE.matcher(before).region(end, before.length()).lookingAt();
    }

    /** The rest of a dateline after its year: a day and a dash (2026年2月13日 — 定西市首次被命名为…, a search result's date). */
    private static final java.util.regex.Pattern DATELINE = java.util.regex.Pattern.compile(
            "[0-9０-９]{1,2}月[0-9０-９]{1,2}日[\\s\\u3000]*[—–－-]");

    /** Chars that join the years of a frame's list (继2017年、2020年之后). */
    private static final String YEAR_JOINS = "、和及与";

    /**
     * How many earlier rounds a since-frame before {@code verb} in its sentence names, when it names all of them: one for
     * the first time (池州市继2019年首次获评后再度上榜), one per year of a list (继2017年、2020年之后，德清县又一次摘得); 0 when
     * no frame stands there, it names one year alone (继2020年之后，我市再次入选: perhaps not the only one) or it says more
     * (继2017年被撤销称号后, 继2015年第二次获评后).
     */
    static int roundsInFrame(String text, int verb) {
        for (int at = Sentences.sentenceStart(text, verb); at < verb; at++) {
            int[] frame = CountPhrase.sinceFrame(text, at);
            if (frame != null) {
                return frame[1] < verb ? roundsNamed(text, frame[0], frame[1]) : 0;
            }
        }
        return 0;
    }

    /** The rounds {@code text[start, end)}, a frame's inside, names by a list of years, or by one year and 首次. */
    private static int roundsNamed(String text, int start, int end) {
        int years = 0;
        int i = start;
        java.util.regex.Matcher year = HonourStatements.YEAR.matcher(text);
        while (i < end && year.region(i, end).lookingAt()) {
            years++;
            i = year.end();
            if (i < end && YEAR_JOINS.indexOf(text.charAt(i)) >= 0) {
                i++;
            }
        }
        if (i == end) {
            return years >= 2 ? years : 0; // 继2020年之后，我市再次入选: an earlier round, perhaps not the only one
        }
        return years == 1 && FirstTimes.at(text, i) != null ? 1 : 0; // 继2019年首次获评后: its verb is the frame's
    }
}
