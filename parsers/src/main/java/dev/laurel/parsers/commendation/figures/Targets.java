package dev.laurel.parsers.commendation.figures;

import dev.laurel.parsers.commendation.text.Lexicon;
import dev.laurel.parsers.commendation.text.Paragraphs;
import dev.laurel.parsers.commendation.text.Sentences;

/**
 * Figures a page plans rather than reports: a target word ({@code target-words.txt}: 力争, 计划, 预计) in the clause
 * before a figure, or a sentence opened by one with a time (力争到2027年，…), makes its figures targets, not deeds.
 */
final class Targets {
    private Targets() {
    }

    /** Words before a figure in its clause that make it a target ({@code target-words.txt}). */
    private static final Lexicon TARGETS = Lexicon.load("target-words.txt");

    /** The chars the target words start with, each once: {@link #wordsIn} looks for them with indexOf. */
    private static final char[] TARGET_FIRSTS = TARGETS.words().stream().map(w -> w.substring(0, 1)).distinct()
            .collect(java.util.stream.Collectors.joining()).toCharArray();

    /**
     * Where the target words of a paragraph's simplified view start, in order. Only where one of their first chars
     * stands is a word looked up, and those chars are found with {@link String#indexOf(int, int)}, which passes over
     * the rest of the paragraph much faster than a lookup per char. In a review of work done ({@code reviewed}) a word
     * tagged bare (年内) reports the year's deeds and is none.
     */
    static int[] wordsIn(String simple, boolean reviewed) {
        int[] at = new int[0];
        for (char first : TARGET_FIRSTS) {
            for (int i = simple.indexOf(first); i >= 0; i = simple.indexOf(first, i + 1)) {
                String w = TARGETS.at(simple, i);
                if (w != null && !("bare".equals(TARGETS.tag(w)) && (reviewed || afterNumeral(simple, i)))) {
                    at = java.util.Arrays.copyOf(at, at.length + 1);
                    at[at.length - 1] = i;
                }
            }
        }
        java.util.Arrays.sort(at); // each char's positions are in order, and no two chars share one
        return at;
    }

    /** True when a numeral stands right before {@code i} (三年内, 3年内: within so many years, no year to come). */
    private static boolean afterNumeral(String simple, int i) {
        if (i == 0) {
            return false;
        }
        char c = simple.charAt(i - 1);
        return c >= '0' && c <= '9' || c >= '０' && c <= '９' || "一二两三四五六七八九十百几".indexOf(c) >= 0;
    }

    /** How far after a target word the colon introducing its list may stand (目标是：, 目标任务为：). */
    private static final int LIST_COLON_REACH = 4;

    /**
     * True when the target word at {@code t} ends its clause with a colon (预期目标是：) and no sentence ends before
     * {@code at}: the clauses after the colon list the targets.
     */
    private static boolean introducesList(String simple, int t, int at) {
        int end = t + TARGETS.at(simple, t).length();
        for (int k = end; k < Math.min(at, end + LIST_COLON_REACH); k++) {
            char c = simple.charAt(k);
            if (c == '：' || c == ':') {
                for (int j = k; j < at; j++) {
                    if (simple.charAt(j) == '）' || simple.charAt(j) == ')') {
                        return false; // （考核目标：≥93%） in a bracket: the list closes with it
                    }
                }
                return true;
            }
            if (Sentences.isClauseEnd(c)) {
                return false;
            }
        }
        return false;
    }

    /**
     * True when a target word ({@code targets}, from {@link #wordsIn}) stands in the clause before {@code at}:
     * 力争年内拥军优属商家数量突破200家 is a target, not a deed.
     */
    static boolean planned(String simple, int[] targets, int at) {
        if (targets.length == 0) {
            return false;
        }
        int clause = Sentences.clauseStart(simple, at);
        int sentence = -1;
        for (int t : targets) {
            String tag = TARGETS.tag(TARGETS.at(simple, t));
            boolean goal = "goal".equals(tag);
            if (tag != null && !"bare".equals(tag) && !goal) { // a bare word found by wordsIn is a target word like the untagged
                if ("future".equals(tag) && t >= clause && t < at && yearToReachBefore(simple, t)) {
                    return true; // 到2027年，全旗将建成示范嘎查村150个以上: what will be done by then
                }
                if ("future".equals(tag) && t >= Sentences.sentenceStart(simple, at) && t < at && frameBefore(simple, t)
                        && !ACTUAL.matcher(simple).region(t, at).find()) {
                    return true; // 下一步，我市将用3-5年时间，再建成节水型居民小区15至20个: the plan's clauses
                }
                if ("dated".equals(tag) && t >= Sentences.sentenceStart(simple, at) && t < at && datedTarget(simple, t)
                        && !ACTUAL.matcher(simple).region(t, at).find()) {
                    return true; // 该县提出，到2030年全县森林覆盖率达到60%以上: what it set out to reach
                }
                continue; // 将 alone also marks an object (将1.2亿元用于…)
            }
            if (t >= clause && t < at) {
                return true;
            }
            if (t < clause) {
                sentence = sentence >= 0 ? sentence : opening(simple, Sentences.sentenceStart(simple, at));
                if (t == sentence && isWhenClause(simple, t)) {
                    return true; // 力争到2027年，全县接待游客突破2000万人次: the sentence is the target
                }
                if (t >= Sentences.sentenceStart(simple, at) && datedTarget(simple, t) && !ACTUAL.matcher(simple).region(t, at).find()) {
                    return true; // 力争到2027年建成区绿化覆盖率达到43%，新增口袋公园20个: the clauses after go on with the target
                }
                if (t >= Sentences.sentenceStart(simple, at) && yearToReachBefore(simple, t)
                        && !ACTUAL.matcher(simple).region(t, at).find()) {
                    return true; // 到2030年，力争全县林草覆盖率达到60%，新增光伏治沙装机50万千瓦: the target goes on
                }
                if (t >= Sentences.sentenceStart(simple, at) && TARGET_YEAR.matcher(simple).region(clause, at).find()
                        && !ACTUAL.matcher(simple).region(t, at).find()) {
                    return true; // 衡阳将力争2031年实现“六连冠”，到2028年再新建双拥主题公园5个: a later clause's date to reach
                }
                if (t >= Sentences.sentenceStart(simple, at) && introducesList(simple, t, at)) {
                    return true; // 主要预期目标是：地区生产总值增长6%左右，新建乡村科普馆2个: the targets it lists
                }
                if (goal && t >= Sentences.sentenceStart(simple, at) && figureAfter(simple, t)
                        && !ACTUAL.matcher(simple).region(t, at).find()) {
                    return true; // 我们将力争地区生产总值增长6.5%，游客接待量突破900万人次: the clauses after go on with its list
                }
            }
        }
        return false;
    }

    /**
     * True when a digit stands after the target word at {@code t} in its clause, the word in no bracket: the word's own
     * clause sets a figure.
     */
    private static boolean figureAfter(String simple, int t) {
        for (int k = t - 1; k >= Sentences.clauseStart(simple, t) && simple.charAt(k) != '）' && simple.charAt(k) != ')'; k--) {
            if (simple.charAt(k) == '（' || simple.charAt(k) == '(') {
                return false; // 提高到40.1%（目标值38%）: a note's target beside the deed
            }
        }
        for (int k = t, end = Sentences.clauseEnd(simple, t); k < end; k++) {
            char c = simple.charAt(k);
            if (c >= '0' && c <= '9' || c >= '０' && c <= '９') {
                return true;
            }
        }
        return false;
    }

    /** A year a target is set for, right after its word (力争到2027年, 计划至2025年底). */
    private static final java.util.regex.Pattern TARGET_YEAR = java.util.regex.Pattern.compile("[到至](?:19|20)[0-9]{2}年|明年");
    /** Words that turn from a target back to what is done (目前, 现已, 截至): the clauses after them are deeds. */
    private static final java.util.regex.Pattern ACTUAL = java.util.regex.Pattern.compile("目前|现已|已经|截至|截止");

    /**
     * True when a year to reach (到2027年, 至2025年底) stands before {@code t} in its sentence, no word of what is done
     * (目前, 已经, 截至) between.
     */
    private static boolean yearToReachBefore(String simple, int t) {
        java.util.regex.Matcher year = TARGET_YEAR.matcher(simple).region(Sentences.sentenceStart(simple, t), t);
        int end = -1;
        while (year.find()) {
            end = year.end();
        }
        return end >= 0 && !ACTUAL.matcher(simple).region(end, t).find();
    }

    /** True when a word setting the future (下一步, 今后: tagged frame) stands before {@code t} in its sentence. */
    private static boolean frameBefore(String simple, int t) {
        for (int i = Sentences.sentenceStart(simple, t); i < t; i++) {
            String w = TARGETS.at(simple, i);
            if (w != null && "frame".equals(TARGETS.tag(w))) {
                return true;
            }
        }
        return false;
    }

    /** True when the target word at {@code t} sets a year (力争到2027年…): what its sentence says after it is planned. */
    private static boolean datedTarget(String simple, int t) {
        int from = t + TARGETS.at(simple, t).length();
        if (from < simple.length() && (simple.charAt(from) == '，' || simple.charAt(from) == '：' || simple.charAt(from) == '是')) {
            from++; // 提出，到2030年…; 目标是到2027年…
        }
        return TARGET_YEAR.matcher(simple).region(from, Math.min(simple.length(), from + TARGET_YEAR_REACH)).lookingAt();
    }

    /** The longest 到2027年 after a target word. */
    private static final int TARGET_YEAR_REACH = 7;

    /** The longest time a target's opening clause names after its word (到2027年, 到“十五五”末, 年内). */
    private static final int MAX_WHEN = 10;

    /** Where a sentence starting at {@code start} opens once blanks are passed. */
    private static int opening(String simple, int start) {
        int i = start;
        while (i < simple.length() && Paragraphs.isBlank(simple.charAt(i))) {
            i++;
        }
        return i;
    }

    /**
     * True when the clause of the target word at {@code t} holds only when (力争到2027年，, 计划到“十五五”末，, 预计年内，): the
     * clauses after it, to the sentence's end, say what is planned for then.
     */
    private static boolean isWhenClause(String simple, int t) {
        String word = TARGETS.at(simple, t);
        int from = t + word.length();
        int end = Sentences.clauseEnd(simple, from);
        if (end >= simple.length() || Sentences.isSentenceEnd(simple.charAt(end)) || end - from > MAX_WHEN || end == from) {
            return false;
        }
        char last = simple.charAt(end - 1);
        return last == '年' || last == '末' || last == '底' || last == '前' || last == '内';
    }
}
