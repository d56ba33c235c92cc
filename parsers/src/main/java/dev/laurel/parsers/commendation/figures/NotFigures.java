package dev.laurel.parsers.commendation.figures;

import dev.laurel.parsers.commendation.mentions.HonourStatements;
import dev.laurel.parsers.commendation.mentions.Places;
import dev.laurel.parsers.commendation.text.Lexicon;
import dev.laurel.parsers.commendation.text.LogicalText;
import dev.laurel.parsers.commendation.text.Paragraphs;
import dev.laurel.parsers.commendation.text.Sentences;
import dev.laurel.text.Quantity;
import dev.laurel.text.QuantityKind;
import dev.laurel.text.TraditionalToSimplified;

import java.util.List;
import java.util.Set;

/**
 * Quantities the engine reads that are no figure of the awardee's deeds: words (一人一档, 近三年来), the round's
 * and the list's counts (全国共有41个城市被命名…, 二、首次获得命名的城市（4个）), ages, periods, meetings, targets, values given
 * for comparison in a bracket (（全省平均：93.2%）) and the start of a place name (七台河市). {@link MetricReader} asks
 * these of every quantity; the word lists are the data files named at each rule.
 */
final class NotFigures {
    /** Longer than any place name that starts with a numeral (七台河市, 五家渠市, 六盘水市). */
    private static final int PLACE_WINDOW = 12;

    private NotFigures() {
    }

    /**
     * True when a figure without a unit is still a count: its numeral ends in 万 or 亿 (a multiplier, so no list
     * number, time or code) and a clause break or the text's end follows, so the noun it counts went before it
     * (常住人口约357万，, 外来务工人员110余万。, 总投资3亿，). Its unit stays null.
     */
    static boolean countInMultiples(String text, Quantity q) {
        if (q.kind() != QuantityKind.NUMBER || q.upper() != null) {
            return false;
        }
        char last = text.charAt(q.end() - 1);
        if (last != '万' && last != '萬' && last != '亿' && last != '億') {
            return false;
        }
        int next = q.end();
        while (next < text.length() && Paragraphs.isBlank(text.charAt(next))) {
            next++;
        }
        return next == text.length() || Sentences.isClauseEnd(text.charAt(next));
    }

    /**
     * Quantities that are words, not figures of a deed: a count of years in Chinese numerals (近三年来, a time
     * window), 一 alone (一人一档, 一处一策), ages (82岁), vague amounts (数亿元), a list's count right after a place and
     * 等 (…天水市等5个城市), a rate's denominator (每千人), a period (10个工作日, 7天假期, 3年来), a congress or meeting
     * (十五届人大三次会议), how long an honour has been held (连续17年获评), and counts of honoured places (全国共有41个城市被命名…).
     */
    static boolean notAFigure(String text, LogicalText view, Quantity q) {
        String unit = q.unit() == null ? "" : q.unit(); // a count in 万 without its noun (常住人口357万) has none
        char first = text.charAt(q.start());
        boolean chinese = !Character.isDigit(first) && first != '.' && !(first >= '０' && first <= '９');
        if (chinese && ("年".equals(unit) || (q.end() - q.start() == 1 + unit.length() && first == '一'))) {
            return true;
        }
        if (closesHeadLine(text, q)) {
            return true; // 二、首次获得命名的城市（4个）: the size of the list under the line
        }
        if (chinese && enumerates(text, q.end())) {
            return true; // 重点抓好三项工作：一是…: how many points a list makes, not a deed
        }
        if ("岁".equals(unit) || "歲".equals(unit) || "周岁".equals(unit)) {
            return true;
        }
        if (first == '数' || first == '數') {
            return true; // 数亿元, 数千万元: a vague amount, no figure of a deed (the engine still reads it, more-than)
        }
        int before = q.start() - 1;
        while (before >= 0 && Paragraphs.isBlank(text.charAt(before))) {
            before--;
        }
        if (before > 0 && text.charAt(before) == '等' && "市县区州旗盟縣區".indexOf(text.charAt(before - 1)) >= 0) {
            return true;
        }
        if (before > 0 && text.charAt(before) == '等'
                && (namedIn(view.simplified(), Sentences.clauseStart(view.simplified(), before), before)
                || namedIn(view.simplified(), q.end(), Sentences.clauseEnd(view.simplified(), q.end())))) {
            return true; // 授予合肥市蜀山区税务局等300个单位…称号, 扎西次仁等20名同志被评为…: how many were honoured with it
        }
        if (text.startsWith("工作日", q.end()) || TIME_UNITS.contains(unit) && WINDOW_AFTER.startsAt(text, q.end())) {
            return true; // 公示期为10个工作日, 春节7天假期, 3年来: a period, not a deed
        }
        if ("年".equals(unit) && HISTORY.at(view.simplified(), q.end()) != null) {
            return true; // 有着2300多年建城史的古城: the place's age
        }
        if (("年".equals(unit) || "届".equals(unit) || "屆".equals(unit))
                && HonourStatements.VERBS.at(view.simplified(), q.end()) != null) {
            return true; // 连续17年获评浙江省平安县: how long an honour has been held, not a deed
        }
        if (before >= 0 && text.charAt(before) == '每') {
            return true; // 每千人5.2批次, 每万人拥有…: the denominator of a rate, not a figure
        }
        if (("届".equals(unit) || "屆".equals(unit) || "次".equals(unit))
                && MEETINGS.at(view.simplified(), q.end()) != null) {
            return true; // 市十五届人大三次会议: a congress and its session, not a deed
        }
        if (endsGroupOfOne(view.simplified(), q.end())) {
            return true; // 也是本届北京市4个新获评的区之一: the size of the group the awardee is one of
        }
        if (LEADS.list().endingAt(view.simplified(), durationStart(view.simplified(), q.start())) != null) {
            return true; // 海拔500米以上的山区: the lie of the land; 阅读约3分钟, 片长1分42秒: the page's or a video's time
        }
        if (isDistanceFrom(view.simplified(), q, unit)) {
            return true; // 距台北直线距离约400公里, 江门与澳门相距约60公里, 距今约18.5万年: where it lies, not what it did
        }
        if (TIME_UNITS.contains(unit) && afterLe(view.simplified(), q.start())) {
            return true; // 在部队当了6年兵, 已经走动了整整30年: how long someone did something, not a deed
        }
        return countsHonouredPlaces(text, q);
    }

    /** The chars of a duration written in parts (1分42秒, 1小时20分): digits and the units before its last part. */
    private static final String DURATION_PARTS = "0123456789０１２３４５６７８９小时分";

    /** Where a duration written in parts starts, given where its last part does (片长1分42秒: at 1); else {@code start}. */
    private static int durationStart(String simplified, int start) {
        int at = start;
        while (at > 0 && DURATION_PARTS.indexOf(simplified.charAt(at - 1)) >= 0) {
            at--;
        }
        return at;
    }

    /** Units of a way or of the time it takes: with 距 before them, how far a place lies from another. */
    private static final Set<String> DISTANCE_UNITS = Set.of("公里", "千米", "米", "里", "海里", "小时", "分钟");

    /**
     * True when the figure's clause puts 距 (相距, 距离) before it, not as a noun after 的 (步行到公园的距离缩短至300米 is a
     * deed), and the unit is a way or a time (距县城100公里, 距机场30分钟), or the clause says 距今 of years.
     */
    private static boolean isDistanceFrom(String simple, Quantity q, String unit) {
        int clause = Sentences.clauseStart(simple, q.start());
        for (int j = q.start() - 1; j >= clause; j--) {
            if (simple.charAt(j) != '距' || j > clause && simple.charAt(j - 1) == '的') {
                continue;
            }
            return DISTANCE_UNITS.contains(unit) || "年".equals(unit) && simple.startsWith("距今", j);
        }
        return false;
    }

    /** Words right before a figure that make it no deed's (海拔, 阅读约), from {@code no-figure-leads.txt}. */
    private static final Lexicon LEADS = Lexicon.load("no-figure-leads.txt");

    /** True when 了 stands right before {@code at}, or before 整整 or 足足 there: a verb's duration (当了6年兵). */
    private static boolean afterLe(String simple, int at) {
        int i = at;
        if (i >= 2 && (simple.startsWith("整整", i - 2) || simple.startsWith("足足", i - 2))) {
            i -= 2;
        }
        return i >= 1 && simple.charAt(i - 1) == '了';
    }

    /** How far after a figure the 之一 closing its group may stand (4个新获评的区之一). */
    private static final int GROUP_REACH = 12;

    /**
     * True when the clause after the figure ending at {@code end} closes with 之一 within a few chars, a naming verb
     * between (4个新获评的区之一): the size of a group of honoured places. Without the verb the group says what the
     * place is (全国12个重点革命老区之一), a figure said of it.
     */
    private static boolean endsGroupOfOne(String simple, int end) {
        int stop = Math.min(simple.length(), end + GROUP_REACH + 2);
        for (int i = end; i + 1 < stop; i++) {
            char c = simple.charAt(i);
            if (Sentences.isClauseEnd(c)) {
                return false;
            }
            if (c == '之' && simple.charAt(i + 1) == '一'
                    && (i + 2 >= simple.length() || Sentences.isClauseEnd(simple.charAt(i + 2)))) {
                for (int j = end; j < i; j++) {
                    if (HonourStatements.VERBS.at(simple, j) != null) {
                        return true;
                    }
                }
                return false;
            }
        }
        return false;
    }

    /** The longest note after the count in a head's bracket (（12个，按设区市排列）). */
    private static final int HEAD_NOTE = 16;

    /**
     * True when a figure opens a bracket that ends its paragraph (a line), a colon aside: 一、通过复查的城市（6个）,
     * 文明县城名单（12个，按设区市排列）, 名单（共17个）, the head of a list giving its size.
     */
    private static boolean closesHeadLine(String text, Quantity q) {
        int open = q.start() - 1;
        if (open >= 0 && (text.charAt(open) == '共' || text.charAt(open) == '计')) {
            open--; // （共17个，按行政区划代码排序）
        }
        if (open < 0 || text.charAt(open) != '（' && text.charAt(open) != '(') {
            return false;
        }
        int i = q.end();
        if (i < text.length() && (text.charAt(i) == '，' || text.charAt(i) == ',' || text.charAt(i) == '；')) {
            int limit = Math.min(text.length(), i + HEAD_NOTE);
            while (i < limit && text.charAt(i) != '）' && text.charAt(i) != ')' && text.charAt(i) != '（'
                    && text.charAt(i) != '(') {
                i++; // ，按设区市排列: a note on the list's order
            }
        }
        if (i >= text.length() || text.charAt(i) != '）' && text.charAt(i) != ')') {
            return false;
        }
        i++;
        while (i < text.length() && (text.charAt(i) == '：' || text.charAt(i) == ':' || Paragraphs.isBlank(text.charAt(i)))) {
            i++;
        }
        return i == text.length();
    }

    /** The longest noun between a count and the colon of the list it announces (四个方面的工作：). */
    private static final int ENUMERATION_NOUN = 8;

    /** True when the clause after a figure ends within a few chars in a colon (三件事：, 四个方面的工作：): a list follows. */
    private static boolean enumerates(String text, int end) {
        for (int i = end; i < Math.min(text.length(), end + ENUMERATION_NOUN + 1); i++) {
            char c = text.charAt(i);
            if (c == '：' || c == ':') {
                return true;
            }
            if (Sentences.isClauseEnd(c)) {
                return false;
            }
        }
        return false;
    }

    /** Units of time, and the words after such a figure that make it a period (7天假期, 3年来, 10天内). */
    private static final java.util.Set<String> TIME_UNITS = java.util.Set.of("天", "日", "年", "月", "个月", "個月", "周",
            "小时", "小時");
    private static final dev.laurel.text.WordList WINDOW_AFTER = dev.laurel.text.WordList.of("假期", "长假", "長假", "以来",
            "以來", "来", "來", "期间", "期間", "内", "內");

    /** Words before a figure in its clause that make it a target ({@code target-words.txt}). */
    private static final Lexicon TARGETS = Lexicon.load("target-words.txt");

    /** The chars the target words start with, each once: {@link #targetWords} looks for them with indexOf. */
    private static final char[] TARGET_FIRSTS = TARGETS.words().stream().map(w -> w.substring(0, 1)).distinct()
            .collect(java.util.stream.Collectors.joining()).toCharArray();

    /**
     * Where the target words of a paragraph's simplified view start, in order. Only where one of their first chars
     * stands is a word looked up, and those chars are found with {@link String#indexOf(int, int)}, which passes over
     * the rest of the paragraph much faster than a lookup per char.
     */
    static int[] targetWords(String simple) {
        int[] at = new int[0];
        for (char first : TARGET_FIRSTS) {
            for (int i = simple.indexOf(first); i >= 0; i = simple.indexOf(first, i + 1)) {
                if (TARGETS.at(simple, i) != null) {
                    at = java.util.Arrays.copyOf(at, at.length + 1);
                    at[at.length - 1] = i;
                }
            }
        }
        java.util.Arrays.sort(at); // each char's positions are in order, and no two chars share one
        return at;
    }

    /**
     * True when a target word ({@code targets}, from {@link #targetWords}) stands in the clause before {@code at}:
     * 力争年内拥军优属商家数量突破200家 is a target, not a deed.
     */
    static boolean planned(String simple, int[] targets, int at) {
        if (targets.length == 0) {
            return false;
        }
        int clause = Sentences.clauseStart(simple, at);
        int sentence = -1;
        for (int t : targets) {
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
            }
        }
        return false;
    }

    /** A year a target is set for, right after its word (力争到2027年, 计划至2025年底). */
    private static final java.util.regex.Pattern TARGET_YEAR = java.util.regex.Pattern.compile("[到至](?:19|20)[0-9]{2}年");
    /** Words that turn from a target back to what is done (目前, 现已, 截至): the clauses after them are deeds. */
    private static final java.util.regex.Pattern ACTUAL = java.util.regex.Pattern.compile("目前|现已|已经|截至|截止");

    /** True when the target word at {@code t} sets a year (力争到2027年…): what its sentence says after it is planned. */
    private static boolean datedTarget(String simple, int t) {
        int from = t + TARGETS.at(simple, t).length();
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

    /**
     * True when a figure heads a list of places after a colon (地级城市3个：昭通市、保山市、普洱市): the size of the group
     * listed, not a deed.
     */
    static boolean headsAList(String text, Quantity q, Places places) {
        int i = q.end();
        while (i < text.length() && Paragraphs.isBlank(text.charAt(i))) {
            i++;
        }
        if (i >= text.length() || text.charAt(i) != '：' && text.charAt(i) != ':') {
            return false;
        }
        i++;
        while (i < text.length() && Paragraphs.isBlank(text.charAt(i))) {
            i++;
        }
        int end = Math.min(text.length(), i + PLACE_WINDOW);
        if (i >= end || !places.mayStartMentionAt(text, i, end)) {
            return false;
        }
        List<dev.laurel.parsers.commendation.mentions.PlaceRef> found = places.find(text.substring(i, end), null);
        return !found.isEmpty() && found.get(0).chainStart() == 0 && found.get(0).known();
    }

    /** Words opening a bracket that make its figures a reference (（考核目标：≥90%）), {@code reference-notes.txt}. */
    private static final Lexicon REFERENCE_NOTES = Lexicon.load("reference-notes.txt");
    /** How far back from a figure the bracket holding it may open. */
    private static final int NOTE_REACH = 16;

    /**
     * True when the figure at {@code at} stands in a bracket that opens with a reference word or a wider scope
     * (（全省平均：93.2%）, （考核目标：≥90%）, （全省为58.7%）): a value to compare the awardee's with, not its own.
     */
    static boolean inReferenceNote(String simple, int at) {
        for (int i = at - 1; i >= 0 && i >= at - NOTE_REACH; i--) {
            char c = simple.charAt(i);
            if (c == '）' || c == ')' || Sentences.isSentenceEnd(c)) {
                return false;
            }
            if (c == '（' || c == '(') {
                String rest = simple.substring(i + 1, at);
                return REFERENCE_NOTES.at(rest, 0) != null || WiderScope.opensWider(rest)
                        || rest.isBlank() && namesReferenceBefore(simple, i) || honoursReference(rest);
            }
        }
        return false;
    }

    /** How far into a bracket the honour a standard is of may end (国家园林县城: scope and noun). */
    private static final int HONOUR_IN_NOTE = 12;

    /** True when a bracket opens with an honour and a reference word (（国家园林县城标准为不低于9平方米）). */
    private static boolean honoursReference(String rest) {
        for (int j = 0; j < Math.min(rest.length(), HONOUR_IN_NOTE); j++) {
            String h = HonourStatements.HONOURS.at(rest, j);
            if (h != null) {
                return REFERENCE_NOTES.at(rest, j + h.length()) != null;
            }
        }
        return false;
    }

    /** How far before a bracket holding a figure alone the reference it gives may be named (全省平均水平（72%）). */
    private static final int REFERENCE_BEFORE = 6;

    /**
     * True when a reference word ({@code reference-notes.txt}) ends a few chars before the bracket at {@code open}, in
     * its clause: 低于全省平均水平（72%）, the bracket gives the reference's value.
     */
    private static boolean namesReferenceBefore(String simple, int open) {
        int clause = Sentences.clauseStart(simple, open);
        for (int i = Math.max(clause, open - REFERENCE_BEFORE - NOTE_REACH); i < open; i++) {
            String w = REFERENCE_NOTES.at(simple, i);
            if (w != null && open - (i + w.length()) <= REFERENCE_BEFORE) {
                return true;
            }
        }
        return false;
    }

    /** Words after a number of years that make it an age (2300多年建城史), from {@code history-words.txt}. */
    private static final Lexicon HISTORY = Lexicon.load("history-words.txt");

    /** Words after a figure in 届 or 次 that make it a congress's or a meeting's number ({@code meeting-words.txt}). */
    private static final Lexicon MEETINGS = Lexicon.load("meeting-words.txt");

    /** Nouns of places after a figure, and words before it, that make it a count of honoured places. */
    private static final Lexicon PLACE_COUNTS = Lexicon.load("place-counts.txt");
    /** Words between an honour and the count of its holders (已达, 增至), from {@code reach-words.txt}. */
    private static final Lexicon REACH_WORDS = Lexicon.load("reach-words.txt");

    /**
     * 此次全国共有41个城市（区）被命名为…, 全省…总数达到22个: a count of places whose clause says they were
     * honoured, or a total of honoured places; the round's or the list's figure, not a deed ({@code place-counts.txt}).
     */
    private static boolean countsHonouredPlaces(String text, Quantity q) {
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
        if (reach != null && HonourStatements.HONOURS.list().endingAt(simplified, nounEnd - reach.length()) != null) {
            nounEnd -= reach.length(); // 我市国家园林县城已达6个: how many places hold it
        }
        String honour = HonourStatements.HONOURS.list().endingAt(simplified, nounEnd);
        if (honour != null && (!honour.endsWith("单位") && !honour.endsWith("个人") || open < at
                || namedBefore(simplified, nounEnd - honour.length()))) {
            return true; // 本届全国共命名全国双拥模范城（县）436个; 同时命名表彰省双拥模范单位86个、双拥模范个人120名: the round's;
                         // 二、全国双拥模范单位（6个）: the size of the list under it
        }
        if (honourOfPlacesAfter(simplified, after)) {
            return true; // 公布首批71个国家全域旅游示范区名单: the round's size
        }
        if (!people && after < simplified.length() && HonourStatements.VERBS.at(simplified, after) != null) {
            return true; // 全市9个县（市、区）中已有7个获评该称号: how many places hold it
        }
        String noun = after < simplified.length() ? PLACE_COUNTS.at(simplified, after) : null;
        if (noun != null && "honoured".equals(PLACE_COUNTS.tag(noun))) {
            return namedIn(simplified, after + noun.length(), simplified.length()); // 27个单位、31名个人分别被表彰为…
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
        for (int i = after + noun.length(); i < simplified.length(); i++) {
            String w = PLACE_COUNTS.at(simplified, i);
            if (HonourStatements.VERBS.at(simplified, i) != null || HonourStatements.HONOURS.at(simplified, i) != null
                    || w != null && "of".equals(PLACE_COUNTS.tag(w))) {
                return true; // 被命名为…; 成为此次入选的5个县（市、区）之一
            }
        }
        return false;
    }

    /** How far after a count the honour it counts may start (71个国家全域旅游示范区: after 国家). */
    private static final int HONOUR_AFTER_COUNT = 4;
    /** The endings of honours given to units, people and villages, which a place's deeds may count (培育省级文明村镇12个). */
    private static final List<String> NOT_PLACES = List.of("单位", "个人", "集体", "家庭", "校园", "村镇");

    /**
     * True when an honour of places starts a few chars after a count (71个国家全域旅游示范区, 41个国家卫生城市): the count
     * is of the places so honoured, not a deed.
     */
    private static boolean honourOfPlacesAfter(String simplified, int after) {
        for (int j = after; j < Math.min(simplified.length(), after + HONOUR_AFTER_COUNT + 1); j++) {
            String h = HonourStatements.HONOURS.at(simplified, j);
            if (h != null) {
                return NOT_PLACES.stream().noneMatch(h::endsWith);
            }
            if (Sentences.isClauseEnd(simplified.charAt(j))) {
                return false;
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
    private static boolean namedIn(String simplified, int from, int to) {
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

    /**
     * True when a figure written in Chinese numerals is the start of a place name: 七台 in 七台河市,
     * 五家 in 五家渠市. Only a short window at the figure is scanned.
     */
    static boolean startsPlaceName(Places places, String text, Quantity q) {
        if (Character.isDigit(text.charAt(q.start()))) {
            return false;
        }
        int end = Math.min(text.length(), q.start() + PLACE_WINDOW);
        if (!places.mayStartMentionAt(text, q.start(), end)) {
            return false; // no name starts with these two chars: most figures
        }
        String window = text.substring(q.start(), end);
        return places.find(window, null).stream().anyMatch(m -> m.chainStart() == 0 && m.known());
    }
}
