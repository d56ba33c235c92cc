package dev.laurel.parsers.commendation.figures;

import dev.laurel.parsers.commendation.mentions.HonourStatements;
import dev.laurel.parsers.commendation.mentions.PlaceRef;
import dev.laurel.parsers.commendation.mentions.Places;
import dev.laurel.parsers.commendation.text.Lexicon;
import dev.laurel.parsers.commendation.text.Paragraphs;
import dev.laurel.parsers.commendation.text.Sentences;
import dev.laurel.text.Invisibles;
import dev.laurel.text.LineBreaks;

import java.util.List;
import java.util.Map;

/**
 * The short phrase of a figure's own clause saying what the figure measures, as a span of the text: the counted
 * noun before or after the number (建成“基层双拥共建点”83个 → 基层双拥共建点, 在全市63个3A级以上景区 → 3A级以上景区),
 * the purpose of an amount (投入2亿元用于部队基础设施建设 → 部队基础设施建设), the rate's name (森林覆盖率达到70.2% →
 * 森林覆盖率). Left out: who did it (a place, 全市, 县财政), when (2024年, 近三年来, 每年), the words leading to the
 * number (累计, 达到, 分别) and verbs of making or giving (建成, 投入); kept: verbs whose object alone says too
 * little (安置军休干部). The words are {@code label-words.txt}. A heuristic over words, not a parse: a label may
 * still be too long or too short, and it is null when the clause offers nothing.
 */
public final class Labels {
    static final int MAX_CHARS = 24;
    /** A label ending in 等 + a head noun this long or longer is the head noun (训练场地等基础设施项目 → 基础设施项目). */
    private static final int MIN_HEAD_AFTER_DENG = 4;
    /** An object shorter than this keeps its verb (开展军训, 带动就业). */
    private static final int MIN_OBJECT = 3;
    /** How far into a phrase a place name may start (a name is at most this long). */
    private static final int PLACE_WINDOW = 12;

    private static final Map<String, Lexicon> WORDS = Lexicon.byTag("label-words.txt");
    private static final Lexicon LEAD = WORDS.get("lead");
    private static final Lexicon SCOPE = WORDS.get("scope");
    private static final Lexicon VERB = WORDS.get("verb");
    private static final Lexicon OPENING = WORDS.get("opening");
    private static final Lexicon KEEP = WORDS.get("keep");
    private static final Lexicon GENERIC = WORDS.get("generic");
    private static final Lexicon PURPOSE = WORDS.get("purpose");
    private static final Lexicon FOLLOWS = WORDS.get("follows");
    private static final Lexicon LINK = WORDS.get("link");
    private static final Lexicon RESTATES = WORDS.get("restates");
    private static final Lexicon NOUN = WORDS.get("noun");
    private static final Lexicon NOMINAL = WORDS.get("nominal");
    /** The chars a noun, verb or kept verb starts with: {@link #objectStart} looks up words only at those. */
    private static final java.util.BitSet WORD_STARTS = firstChars(NOUN, VERB, KEEP, OPENING);
    private static final String CONNECTORS = "和及与、以并";
    private static final String NUMERALS = "0123456789０１２３４５６７８９〇零一二三四五六七八九十两百";

    private Labels() {
    }

    /** A label: {@code text} is the label as read (invisible chars left out), [start, end) its span in the paragraph. */
    public record Label(String text, int start, int end) {
    }

    /**
     * The label of the figure at [start, end) of {@code text}, or null. {@code simple} is the same-length simplified
     * view of {@code text}, which the word lists are matched against. {@code floor} is where the previous figure
     * ends and {@code ceiling} where the next one starts, so that one label never reaches into another figure;
     * {@code taken} is where the previous figure's label ends when that label follows it (else 0).
     * {@code unit} is the figure's: a percentage's label is the rate's name (市民对创建工作的满意度 → 满意度), and a
     * list ending in 等 before people is what was counted (出动官兵、民兵等1.2万人次).
     */
    static Label of(String text, String simple, int start, int end, int floor, int taken, int ceiling, String unit,
                    Places places) {
        int c = skipBlanks(text, end, ceiling);
        String purposeWord = PURPOSE.list().startingAt(simple, c, ceiling);
        if (purposeWord != null) { // 特按415万元用于驻军家属楼改造
            Label purpose = object(text, simple, c + purposeWord.length(), Math.min(Sentences.clauseEnd(text, c), ceiling));
            if (purpose != null) {
                return purpose;
            }
        }
        int clause = start;
        int limit = Math.max(floor, start - Sentences.REACH);
        // a figure inside a bracket has its label inside too (（占常住人口22.1%）), but a bracket closed before the figure
        // is part of its label (退役军人服务中心（站）2318个)
        for (int depth = 0; clause > limit && !isBoundary(text.charAt(clause - 1)); clause--) {
            char before = text.charAt(clause - 1);
            depth += isClosing(before) ? 1 : 0;
            if (isOpening(before) && depth-- == 0) {
                break;
            }
        }
        if (clause > 0 && isOpening(text.charAt(clause - 1)) && RESTATES.list().startingAt(simple, clause, start) != null) {
            return null; // （约合105亿港元）: the figure before, restated in another unit; it has no label of its own
        }
        int a = clause;
        if (a == floor && floor > 0) { // a figure earlier in the clause: its list ends at the last 、
            int comma = lastIndexOf(text, '、', a, start);
            if (comma >= a) {
                a = comma + 1;
            }
        }
        int b = start;
        while (b > a && Paragraphs.isBlank(text.charAt(b - 1))) {
            b--;
        }
        // 1087名军转干部和1105名退役军人: the list goes on; 43名安排工作退役士兵100%提供事业岗位: the words before were
        // the previous figure's label
        boolean after = b > a && (isConnector(text.charAt(b - 1)) || taken >= b);
        a = skipLeading(text, simple, a, b, places);
        b = trimEnd(simple, a, b);
        String pointer = HonourStatements.POINTERS.list().endingAt(simple, a, b);
        if (pointer != null && b - pointer.length() > a) {
            b = trimEnd(simple, a, b - pointer.length()); // 为全市3200余户军属家庭: who, not what
        }
        String follows = FOLLOWS.list().endingAt(simple, a, b);
        if (follows != null && follows.equals("等") && unit != null && PEOPLE.contains(unit)) {
            b = trimEnd(simple, a, b - 1); // 出动官兵、民兵等1.2万人次
        } else if (follows != null && (b - a == follows.length() || LEAD.list().endingAt(simple, a, b) == null)) {
            after = true; // 由600余家拥军企业, 为两千余名优抚对象, 连续12年无偿献血, …等10余个项目
        }
        for (String w; b > a && (w = LEAD.list().endingAt(simple, a, b)) != null; ) {
            b = trimEnd(simple, a, b - w.length());
        }
        a = skipLeading(text, simple, a, b, places);
        int objectAt = objectStart(simple, a, b);
        // 累计投入15亿元: the label follows the figure, or precedes the clause; but 协会成立16年 is how long it has been
        boolean verbOnly = objectAt < 0 && (unit == null || !DURATIONS.contains(unit));
        if (objectAt >= 0) {
            a = objectAt;
            after |= VERB.list().startingAt(simple, a, b) != null && GENERIC.list().endingAt(simple, a, b) != null;
        }
        if (after || verbOnly || b == a) { // 投入资金4800万元改善驻地部队营区…: the generic noun says too little
            Label next = after(text, simple, end, ceiling);
            next = next != null ? next : purposeAcross(text, simple, end, ceiling);
            if (next != null) {
                return next;
            }
            String verb = verbOnly ? VERB.list().endingAt(simple, a, b) : null;
            if (verb != null && clause > floor && !Sentences.isSentenceEnd(text.charAt(clause - 1))) {
                Label object = previousObject(text, simple, clause - 1, Math.max(0, floor), places);
                if (object != null) {
                    return object; // 设立生态补偿专项资金，累计投入3.6亿元
                }
            }
            if (b == a) {
                return beforeColon(text, simple, clause, floor, places); // 建成区绿化覆盖率：42.6%（全省平均：41.1%）
            }
        }
        a = headNoun(text, a, b, "%".equals(unit));
        return cut(text, a, b, true);
    }

    /**
     * The name of the field whose value a figure is (建成区绿化覆盖率：42.6%), when the clause before the figure is empty
     * and ends with a colon at {@code clause - 1}; else null.
     */
    private static Label beforeColon(String text, String simple, int clause, int floor, Places places) {
        int colon = clause - 1;
        if (colon <= floor || text.charAt(colon) != '：' && text.charAt(colon) != ':') {
            return null;
        }
        int a = colon;
        int limit = Math.max(floor, colon - Sentences.REACH);
        while (a > limit && !isBoundary(text.charAt(a - 1))) {
            a--;
        }
        a = skipLeading(text, simple, a, colon, places);
        int b = trimEnd(simple, a, colon);
        for (String w; b > a && (w = LEAD.list().endingAt(simple, a, b)) != null; ) {
            b = trimEnd(simple, a, b - w.length());
        }
        return b > a ? cut(text, a, b, true) : null;
    }

    /**
     * True when only blanks and list connectors stand between two figures (70.2%、66.8%和54.3%): the later
     * figure continues the earlier one's list and shares its label.
     */
    static boolean continuesList(String text, int from, int to) {
        if (from >= to) {
            return false;
        }
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (!Paragraphs.isBlank(c) && !isConnector(c)) {
                return false;
            }
        }
        return true;
    }

    /** People as a unit: a list ending in 等 before them names them (出动官兵、民兵等1.2万人次). */
    private static final List<String> PEOPLE = List.of("人", "人次", "名", "位");
    /** Units of time: a verb before them is what lasted (市民企拥军协会成立16年). */
    private static final List<String> DURATIONS = List.of("年", "月", "天", "小时");

    /** The purpose opening the clause after the figure's (3.2亿元，支持驻县部队营区改造、战备道路建设), or null. */
    private static Label purposeAcross(String text, String simple, int end, int ceiling) {
        int c = skipBlanks(text, end, ceiling);
        if (c >= ceiling || !Sentences.isClauseEnd(text.charAt(c)) || Sentences.isSentenceEnd(text.charAt(c))) {
            return null;
        }
        c = skipBlanks(text, c + 1, ceiling);
        String w = PURPOSE.list().startingAt(simple, c, ceiling);
        w = w != null ? w : LINK.list().startingAt(simple, c, ceiling);
        return w == null ? null : object(text, simple, c + w.length(), Math.min(Sentences.clauseEnd(text, c), ceiling));
    }

    /** The object a clause [from, to) holds after its last verb (设立生态补偿专项资金 → 生态补偿专项资金), or null. */
    private static Label previousObject(String text, String simple, int to, int floor, Places places) {
        int from = to;
        int limit = Math.max(floor, to - Sentences.REACH);
        while (from > limit && !isBoundary(text.charAt(from - 1))) {
            from--;
        }
        int a = skipLeading(text, simple, from, to, places);
        int b = trimEnd(simple, a, to);
        int at = objectStart(simple, a, b);
        return at > a ? cut(text, at, b, true) : null;
    }

    /**
     * Where the label of [a, b) starts once the last verb before its object is left out (建成双拥公园 → 双拥公园;
     * a verb that stays, or one before a generic noun, is kept: 安置军休干部, 投入资金); -1 when [a, b) ends in its
     * verb (累计投入15亿元，用于…: the label follows the figure).
     */
    private static int objectStart(String simple, int a, int b) {
        int at = a;
        for (int i = a; i < b; i++) {
            if (!WORD_STARTS.get(simple.charAt(i))) {
                continue; // no noun, verb or kept verb starts here
            }
            String noun = NOUN.list().startingAt(simple, i, b);
            if (noun != null) {
                i += noun.length() - 1; // 城市建成区绿化覆盖率: no verb 建成
                continue;
            }
            String verb = VERB.list().startingAt(simple, i, b);
            verb = verb == null && i == a ? OPENING.list().startingAt(simple, i, b) : verb; // 实现地区生产总值
            String keep = verb == null ? KEEP.list().startingAt(simple, i, b) : null;
            if (verb == null && keep == null) {
                continue;
            }
            int object = skipAspect(simple, i + (verb != null ? verb : keep).length(), b);
            if (object >= b) {
                return at == a ? -1 : at; // 累计投入15亿元, 集中打造10条红色线路: the label follows the figure
            }
            if (b - object < 2) {
                continue; // 安置率, 完成率: a noun
            }
            String generic = GENERIC.list().startingAt(simple, object, b);
            boolean stays = keep != null || b - object < MIN_OBJECT || (generic != null && object + generic.length() == b);
            if (!stays || at == a) {
                at = stays ? i : object; // 安置军休干部, 开展军训, 投入资金; 建成双拥公园 → 双拥公园
            }
            i = object - 1;
        }
        return at;
    }

    private static java.util.BitSet firstChars(Lexicon... lexicons) {
        java.util.BitSet set = new java.util.BitSet(0x10000);
        for (Lexicon l : lexicons) {
            l.words().forEach(w -> set.set(w.charAt(0)));
        }
        return set;
    }

    /** After 了, 着 or 过 following a verb at {@code at} (铺设了光缆 → 光缆). */
    private static int skipAspect(String simple, int at, int b) {
        return at < b && "了着过".indexOf(simple.charAt(at)) >= 0 ? at + 1 : at;
    }

    /** The label after the figure: its counted noun or its purpose, up to the clause's end or the next figure. */
    private static Label after(String text, String simple, int end, int ceiling) {
        if (simple.startsWith("来", end) || simple.startsWith("以来", end)) {
            return null; // 5年来: a time window, followed by what happened in it
        }
        int c = skipBlanks(text, end, ceiling);
        if (c < ceiling && (isOpening(text.charAt(c)) || isClosing(text.charAt(c)))) {
            // 投入资金96.5亿元（约合105亿港元）: a bracket after a figure restates or notes it, it names nothing; and a
            // figure inside a bracket (（约合105亿港元）推进…) is not what the words after the bracket are about
            return null;
        }
        return object(text, simple, end, Math.min(Sentences.clauseEnd(text, end), ceiling));
    }

    /**
     * The noun phrase [c, stop) starts with, without a leading verb (改善驻地部队营区 → 驻地部队营区) and up to a verb with
     * an object of its own (重点优抚对象建立健康档案 → 重点优抚对象); null when nothing is left.
     */
    private static Label object(String text, String simple, int c, int stop) {
        while (c < stop && (Paragraphs.isBlank(text.charAt(c)) || isConnector(text.charAt(c)))) {
            c++;
        }
        String lead = PURPOSE.list().startingAt(simple, c, stop);
        if (lead == null && NOUN.list().startingAt(simple, c, stop) == null) {
            lead = VERB.list().startingAt(simple, c, stop); // 改善驻地部队营区, but not 安排工作退役士兵
        }
        if (lead != null && stop - c - lead.length() >= 2) {
            c += lead.length();
        }
        c = skipBeneficiary(simple, c, stop);
        int d = c;
        while (d < stop && !isBoundary(text.charAt(d))) {
            if (d - c >= 2 && (simple.charAt(d) == '的' || isCut(simple, d, stop))) {
                break; // 重点优抚对象建立健康档案 → 重点优抚对象; 公立医院为部队送医上门; 背街窄巷的提档改造
            }
            d++;
        }
        d = trimEnd(simple, c, d);
        while (d > c && text.charAt(d - 1) == '的') {
            d = trimEnd(simple, c, d - 1);
        }
        return d > c ? cut(text, c, d, false) : null;
    }

    /** After a beneficiary and its verb at {@code c} (为哨所铺设了光缆和供暖管网 → 光缆和供暖管网); else {@code c}. */
    private static int skipBeneficiary(String simple, int c, int stop) {
        if (c >= stop || (simple.charAt(c) != '为' && simple.charAt(c) != '给' && simple.charAt(c) != '向')) {
            return c;
        }
        for (int d = c + 2; d < stop && !isBoundary(simple.charAt(d)); d++) {
            String verb = VERB.list().startingAt(simple, d, stop);
            if (verb != null && NOUN.list().startingAt(simple, d, stop) == null) {
                int object = skipAspect(simple, d + verb.length(), stop);
                return stop - object >= 2 ? object : c;
            }
        }
        return c;
    }

    /** True when a new verb phrase starts at {@code d}: a verb with an object (建立健康档案) or a preposition (为部队). */
    private static boolean isCut(String simple, int d, int stop) {
        if (NOUN.list().startingAt(simple, d, stop) != null || NOMINAL.list().startingAt(simple, d, stop) != null) {
            return false;
        }
        String verb = VERB.list().startingAt(simple, d, stop);
        verb = verb != null ? verb : KEEP.list().startingAt(simple, d, stop);
        if (verb != null) {
            return stop - d - verb.length() >= 2;
        }
        char c = simple.charAt(d);
        return (c == '为' || c == '向') && stop - d > 2;
    }

    /**
     * [a, b) without who, where and when at its start: blanks and connectors, scope words (全市, 今年以来, 累计),
     * a year or a span of years (2024年, 近三年来), a pointer (该县) or a place name (泰州市).
     */
    private static int skipLeading(String text, String simple, int a, int b, Places places) {
        for (int was = -1; a < b && a != was; ) {
            was = a;
            while (a < b && (Paragraphs.isBlank(text.charAt(a)) || isConnector(text.charAt(a)) || Paragraphs.isMark(text.charAt(a))
                    || Paragraphs.isKeycap(text, a))) {
                a++;
            }
            String w = SCOPE.list().startingAt(simple, a, b);
            if (w == null) {
                w = HonourStatements.POINTERS.list().startingAt(simple, a, b);
            }
            if (w != null) {
                a += w.length();
                continue;
            }
            a = skipTime(simple, a, b);
            a = skipLevels(simple, a, b);
            int to = Math.min(b, a + PLACE_WINDOW);
            if (a < b && a == was && places.mayStartMentionAt(simple, a, to)) {
                List<PlaceRef> found = places.mentions(simple.substring(a, to), null);
                if (!found.isEmpty() && found.get(0).chainStart() == 0 && a + found.get(0).end() < b) {
                    a += found.get(0).end();
                }
            }
        }
        return a;
    }

    /** After a list of administrative levels at {@code a}: 县、乡、村三级, 市、区、街道三级, 市县两级. */
    private static int skipLevels(String simple, int a, int b) {
        int i = a;
        int levels = 0;
        while (i < b && levels < 6) {
            int item = i;
            while (i < b && i - item < 3 && "、两三四五级".indexOf(simple.charAt(i)) < 0) {
                i++;
            }
            if (i == item || i >= b) {
                return a;
            }
            levels++;
            char c = simple.charAt(i);
            if (c != '、') {
                return levels >= 2 && "两三四五".indexOf(c) >= 0 && i + 1 < b && simple.charAt(i + 1) == '级'
                        && i + 2 < b ? i + 2 : a;
            }
            i++;
        }
        return a;
    }

    /** After a time phrase at {@code a}: 2024年, 近三年来, 过去5年, 今年1至9月 are who-when, not what. */
    private static int skipTime(String simple, int a, int b) {
        int i = a;
        if (i < b && (simple.charAt(i) == '近' || simple.charAt(i) == '前')) {
            i++;
        } else if (simple.startsWith("过去", i)) {
            i += 2;
        }
        int digits = i;
        while (i < b && NUMERALS.indexOf(simple.charAt(i)) >= 0) {
            i++;
        }
        if (i == digits) {
            return a;
        }
        if (simple.startsWith("个月", i)) {
            i += 2;
        } else if (i < b && (simple.charAt(i) == '年' || simple.charAt(i) == '月')) {
            i++;
        } else {
            return a;
        }
        for (String tail : List.of("以来", "来", "底", "末", "初", "内", "间")) {
            if (simple.startsWith(tail, i) && i + tail.length() <= b) {
                return i + tail.length();
            }
        }
        return i;
    }

    /** The head noun of a before-label: after a list ending in 等 (训练场地等基础设施项目), a rate after 的. */
    private static int headNoun(String text, int a, int b, boolean rate) {
        int deng = lastIndexOf(text, '等', a, b);
        if (deng >= a && b - deng - 1 >= MIN_HEAD_AFTER_DENG) {
            a = deng + 1;
        }
        int of = lastIndexOf(text, '的', a, b);
        if (rate && of >= a && b - of - 1 >= 2) {
            a = of + 1; // 市民对文明城市创建工作的满意度 → 满意度
        }
        return a;
    }

    /** The last index of {@code c} in {@code text[from, to)}, or -1: the search stops at the phrase's start. */
    private static int lastIndexOf(String text, char c, int from, int to) {
        for (int i = to - 1; i >= from; i--) {
            if (text.charAt(i) == c) {
                return i;
            }
        }
        return -1;
    }

    private static int skipBlanks(String text, int from, int to) {
        while (from < to && Paragraphs.isBlank(text.charAt(from))) {
            from++;
        }
        return from;
    }

    /** Where {@code simple[from, to)} ends once blanks and connectors at its end are dropped (惠及 keeps its 及). */
    private static int trimEnd(String simple, int from, int to) {
        while (to > from && (Paragraphs.isBlank(simple.charAt(to - 1)) || isConnector(simple.charAt(to - 1)))
                && KEEP.list().endingAt(simple, from, to) == null) {
            to--;
        }
        return to;
    }

    private static boolean isConnector(char c) {
        return CONNECTORS.indexOf(c) >= 0;
    }

    private static boolean isOpening(char c) {
        return c == '（' || c == '(';
    }

    private static boolean isClosing(char c) {
        return c == '）' || c == ')';
    }

    private static boolean isBoundary(char c) {
        return Sentences.isClauseEnd(c) || LineBreaks.isBreak(c) || c == '】' || c == '【'; // 【经济概况】2024年…: a box's label
    }

    /**
     * The label {@code text[from, to)}, at most {@link #MAX_CHARS} chars of it (the end of a phrase before a figure,
     * the start of one after), without invisible chars ({@link Invisibles}: controls, format chars such as U+200B);
     * null when nothing visible is left.
     */
    private static Label cut(String text, int from, int to, boolean keepEnd) {
        if (to - from > MAX_CHARS) {
            if (keepEnd) {
                from = to - MAX_CHARS;
                from += Character.isLowSurrogate(text.charAt(from)) ? 1 : 0;
            } else {
                to = from + MAX_CHARS;
                to -= Character.isLowSurrogate(text.charAt(to)) ? 1 : 0;
            }
        }
        // a bracket the label does not hold whole is no part of it (…≥90%）空气质量优良天数比例：97.4%)
        while (from < to && (Paragraphs.isBlank(text.charAt(from)) || Invisibles.isInvisible(text.charAt(from))
                || isClosing(text.charAt(from)))) {
            from++;
        }
        while (to > from && (Paragraphs.isBlank(text.charAt(to - 1)) || Invisibles.isInvisible(text.charAt(to - 1))
                || isOpening(text.charAt(to - 1)))) {
            to--;
        }
        String label = Invisibles.strip(text, from, to);
        return label.isEmpty() ? null : new Label(label, from, to);
    }
}
