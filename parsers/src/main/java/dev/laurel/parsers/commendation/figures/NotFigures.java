package dev.laurel.parsers.commendation.figures;

import dev.laurel.parsers.commendation.mentions.CountPhrase;
import dev.laurel.parsers.commendation.mentions.HonourStatements;
import dev.laurel.parsers.commendation.mentions.PlaceRef;
import dev.laurel.parsers.commendation.mentions.Places;
import dev.laurel.parsers.commendation.text.Lexicon;
import dev.laurel.parsers.commendation.text.LogicalText;
import dev.laurel.parsers.commendation.text.Paragraphs;
import dev.laurel.parsers.commendation.text.Sentences;
import dev.laurel.text.Quantity;
import dev.laurel.text.QuantityKind;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Quantities the engine reads that are no figure of the awardee's deeds: words (一人一档, 近三年来), the size of a list
 * under its head line (二、首次获得命名的城市（4个）), ages, periods, meetings, distances from elsewhere and the start of a place
 * name (七台河市). {@link MetricReader} asks these of every quantity, with {@link Targets} (planned figures),
 * {@link ReferenceNotes} (values given for comparison) and {@link HonouredPlaceCounts} (the round's counts); the word lists
 * are the data files named at each rule.
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
    /** How far after a naming verb a pointer to the honour may start (获得了这项荣誉). */
    private static final int POINTER_AFTER_VERB = 2;

    /** Chars before 前 that make 前N位 a rank (全市前两位, 位居前三名, 跻身前十名). */
    private static final String RANK_SCOPES = "市省国县区州列居入进身";

    /** Measure words that count plaques and titles (两块招牌, 一面旗帜, 三项荣誉). */
    private static final String PLAQUE_MEASURES = "块面项个张";

    /** Words after a span of years that make it how long a state held ({@code state-words.txt}: 保持, 无, 居). */
    private static final Lexicon STATES = Lexicon.load("state-words.txt");

    /** Verbs of keeping a title ({@code keep-verbs.txt}: 保持, 保有). */
    private static final Lexicon KEEP_VERBS = Lexicon.load("keep-verbs.txt");

    /** How far after a verb of keeping the honour's noun may start (保持国家卫生城市称号: after its scope). */
    private static final int KEPT_REACH = 6;

    /**
     * True when a verb of keeping starts at {@code at} and the honour, or a word standing for it, follows it within
     * {@link #KEPT_REACH} chars of its clause (保持这一称号, 保持国家卫生城市称号).
     */
    private static boolean keptTitle(String simplified, int at) {
        String verb = KEEP_VERBS.at(simplified, at);
        if (verb == null) {
            return false;
        }
        int from = at + verb.length();
        int to = Math.min(Sentences.clauseEnd(simplified, from), from + KEPT_REACH);
        for (int k = from; k < to; k++) {
            if (HonourStatements.pointsToHonour(simplified, k) || HonourStatements.HONOURS.at(simplified, k) != null) {
                return true;
            }
        }
        return false;
    }

    /** True when a naming verb at {@code at} is followed by a word standing for the honour (获得这项荣誉, 获此殊荣). */
    private static boolean honourAfterVerb(String simplified, int at) {
        String verb = HonourStatements.VERBS.at(simplified, at);
        if (verb == null) {
            return false;
        }
        int from = at + verb.length();
        for (int k = from; k <= Math.min(simplified.length() - 1, from + POINTER_AFTER_VERB); k++) {
            if (HonourStatements.pointsToHonour(simplified, k)) {
                return true;
            }
        }
        return false;
    }

    static boolean notAFigure(String text, LogicalText view, Quantity q) {
        String unit = q.unit() == null ? "" : q.unit(); // a count in 万 without its noun (常住人口357万) has none
        boolean time = TIME_UNITS.contains(unit); // looked up once: several rules below ask
        char first = text.charAt(q.start());
        boolean chinese = !Character.isDigit(first) && first != '.' && !(first >= '０' && first <= '９');
        if (chinese && ("年".equals(unit) || (q.end() - q.start() == 1 + unit.length() && first == '一'))) {
            return true;
        }
        if (q.currency() != null && boundsCountedClass(view.simplified(), q)) {
            return true; // 其中10亿元以上项目11个: the bound of a class of projects the clause counts, no amount spent
        }
        if (closesHeadLine(text, q)) {
            return true; // 二、首次获得命名的城市（4个）: the size of the list under the line
        }
        if (chinese && enumerates(text, q.end())) {
            return true; // 重点抓好三项工作：一是…: how many points a list makes, not a deed
        }
        if (chinese && countsListBefore(text, q)) {
            return true; // 实地考察、问卷调查、网上申报三项综合得分: how many items the list before it holds
        }
        if (q.end() < text.length() && LIST_NOUNS.at(view.simplified(), q.end()) != null) {
            return true; // 梳理出年度十件大事: how many items of news the page lists
        }
        if (chinese && countsRespectiveItems(view.simplified(), q.end())) {
            return true; // 丽水市两项指标分别为42.1%和16.3平方米: how many figures 分别 pairs, not a deed
        }
        if ("岁".equals(unit) || "歲".equals(unit) || "周岁".equals(unit)) {
            return true;
        }
        if (first == '二' && q.end() - q.start() == 1 + unit.length() && "ordinal".equals(ROUND_UNITS.tag(unit))) {
            return true; // 孝感乐园二期: phase two, a name (a count says 两期)
        }
        if ("never".equals(ROUND_UNITS.tag(unit))) { // the engine's units are simplified
            return true; // 已命名国家生态文明建设示范区共8批: how many batches the honour has had
        }
        if (first == '数' || first == '數') {
            return true; // 数亿元, 数千万元: a vague amount, no figure of a deed (the engine still reads it, more-than)
        }
        if (ROUND_UNITS.words().contains(unit) && countOfHonourInBracket(view.simplified(), q)) {
            return true; // 国家森林城市（1次）: how often the place won that title, no deed
        }
        int before = q.start() - 1;
        while (before >= 0 && Paragraphs.isBlank(text.charAt(before))) {
            before--;
        }
        if (before > 0 && text.charAt(before) == '等' && "市县区州旗盟縣區".indexOf(text.charAt(before - 1)) >= 0) {
            return true;
        }
        if (before > 0 && text.charAt(before) == '等'
                && (HonouredPlaceCounts.namedIn(view.simplified(), Sentences.clauseStart(view.simplified(), before), before)
                || HonouredPlaceCounts.namedIn(view.simplified(), q.end(), Sentences.clauseEnd(view.simplified(), q.end())))) {
            return true; // 授予合肥市蜀山区税务局等300个单位…称号, 扎西次仁等20名同志被评为…: how many were honoured with it
        }
        boolean afterQian = before >= 0 && before == q.start() - 1 && view.simplified().charAt(before) == '前'; // 前三次, 前两位
        if (afterQian && ROUND_UNITS.words().contains(unit)) {
            return true; // 其中前三次以原望城县名义获评, 此前两届: the first rounds of an honour, not a deed
        }
        if (afterQian && before > 0 && ("位".equals(unit) || "名".equals(unit))
                && RANK_SCOPES.indexOf(view.simplified().charAt(before - 1)) >= 0) {
            return true; // 分列全市前两位, 位居全省前十名: a rank, not a deed
        }
        if (time && before >= 0 && before == q.start() - 1
                && "前首".indexOf(view.simplified().charAt(before)) >= 0) {
            return true; // 今年首十个月, 前11个月: the period a statistic covers, not a deed
        }
        if (text.startsWith("工作日", q.end()) || time && isPeriod(view.simplified(), q)) {
            return true; // 公示期为10个工作日, 春节7天假期, 3年来, 近5年，…: a period, not a deed
        }
        if ("年".equals(unit) && HISTORY.at(view.simplified(), q.end()) != null) {
            return true; // 有着2300多年建城史的古城: the place's age
        }
        if ("年".equals(unit) && STATES.at(view.simplified(), q.end()) != null) {
            return true; // 连续7年保持生活垃圾“零填埋”, 连续15年无重大疫情: how long a state has held, not a deed
        }
        if (("年".equals(unit) || "届".equals(unit) || "屆".equals(unit))
                && HonourStatements.VERBS.at(view.simplified(), q.end()) != null) {
            return true; // 连续17年获评浙江省平安县: how long an honour has been held, not a deed
        }
        if (unit.length() == 1 && PLAQUE_MEASURES.indexOf(unit.charAt(0)) >= 0 && HonourStatements.plaqueAhead(view.simplified(), q.end())) {
            return true; // 再添两块“国卫”招牌, 已集齐…三块国字号招牌: how many honours, not a deed
        }
        if ("年".equals(unit) && keptTitle(view.simplified(), q.end())) {
            return true; // 此后连续17年保持这一称号: how long the title has been held, not a deed
        }
        if (("次".equals(unit) || "届".equals(unit) || "屆".equals(unit)) && CountPhrase.attemptEndingAt(view.simplified(), q.start())) {
            return true; // 该市此次是参评三届后首度获评: how often it stood for the honour, not a deed
        }
        if (("次".equals(unit) || "届".equals(unit) || "屆".equals(unit)) && honourAfterVerb(view.simplified(), q.end())) {
            return true; // “六次获得这项荣誉，…”: how often the honour was won, said in a quote, not a deed
        }
        if ("次".equals(unit) && HonourStatements.AGAIN.at(view.simplified(), q.end()) != null
                && HonourStatements.VERBS.at(view.simplified(), q.end()) != null) {
            return true; // 此后两次通过复查: how often the honour was kept (but 局3次荣获…先进集体 is a deed)
        }
        if (before >= 0 && THRESHOLD_SIGNS.indexOf(text.charAt(before)) >= 0) {
            return true; // 森林覆盖率 ≥35% 42.6% (a 标准值 cell beside a 完成值 cell): a threshold, no deed
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
        if (ledByNoFigureWord(view.simplified(), durationStart(view.simplified(), q.start()))) {
            return true; // 海拔500米以上的山区: the lie of the land; 阅读约3分钟, 片长1分42秒, 时长：2分40秒: the page's or a video's time
        }
        if (isDistanceFrom(view.simplified(), q, unit)) {
            return true; // 距台北直线距离约400公里, 江门与澳门相距约60公里, 距今约18.5万年: where it lies, not what it did
        }
        if (DISTANCE_UNITS.contains(unit) && TRAVEL.get("from").list().endingAt(view.simplified(), q.start()) != null) {
            return true; // 90%以上的居民出门500米可见绿: how far from home a park lies, a standard met, not a deed
        }
        if (isTravelTime(view.simplified(), q, unit)) {
            return true; // 乘高铁约两个半小时可达, 出门五分钟就到公园: how long a trip takes, not a deed
        }
        if (time && afterLe(view.simplified(), q.start())) {
            return true; // 在部队当了6年兵, 已经走动了整整30年: how long someone did something, not a deed
        }
        if (PastStates.at(view.simplified(), q.start())) {
            return true; // 2021年…获评“四连冠”时，全市服务站还只有1800多个: how things stood before, not a deed
        }
        if ((q.category() == dev.laurel.model.UnitCategory.TIME || q.category() == dev.laurel.model.UnitCategory.LENGTH)
                && namesRate(view.simplified(), q.end())) {
            return true; // 公交站点500米覆盖率100%: the distance defines the rate, no figure of its own
        }
        if (isBaseline(view.simplified(), q)) {
            return true; // 低于国家9%的标准要求, 全省县级城市平均分85.2分: a standard or an average, the place's is beside it
        }
        if (grantedTo(view.simplified(), q.start())) {
            return true; // 对集安市给予通报表扬，并奖励双拥工作经费100万元: money given to the place, no deed of it
        }
        return HonouredPlaceCounts.counts(text, q);
    }

    /** True when a word at {@code j} starts one: at the sentence's start, after a mark, or after 并 (…，并对…奖励). */
    private static boolean startsWord(String s, int j, int sentence) {
        return j == sentence || !dev.laurel.text.HanChars.isHan(s.charAt(j - 1)) || s.charAt(j - 1) == '并';
    }

    /** True when a division's name ends in {@code s[from, to)}: its suffix after a char that is no pointer's (全市, 每县). */
    private static boolean namesPlace(String s, int from, int to) {
        for (int j = from + 1; j < to; j++) {
            if ("市县区州旗盟".indexOf(s.charAt(j)) >= 0 && dev.laurel.text.HanChars.isHan(s.charAt(j - 1))
                    && "全本该我各每".indexOf(s.charAt(j - 1)) < 0) {
                return true;
            }
        }
        return false;
    }

    /** Words of a reward given to a place, and verbs handing out funds (tagged grant), {@code reward-words.txt}. */
    private static final Lexicon REWARDS = Lexicon.load("reward-words.txt");
    /** How far before a figure a reward word may end: a label between them (奖励双拥工作经费100万元). */
    private static final int REWARD_REACH = 10;

    /**
     * True when a reward word ends within a few chars before {@code start} in its clause, and its sentence names the
     * receiver before it (对, 给予) or a verb handing out funds stands right before it (下达奖励资金): a grant to the place.
     */
    private static boolean grantedTo(String s, int start) {
        int clause = Sentences.clauseStart(s, start);
        for (int k = start - 1; k >= Math.max(clause, start - REWARD_REACH - 4); k--) {
            String w = REWARDS.at(s, k);
            if (w == null || REWARDS.isTagged(w) || k + w.length() > start || start - (k + w.length()) > REWARD_REACH) {
                continue;
            }
            String verb = k >= 2 ? REWARDS.list().endingAt(s, k) : null;
            if (verb != null && "grant".equals(REWARDS.tag(verb))) {
                return true; // 本次共下达奖励资金3200万元
            }
            int sentence = Sentences.sentenceStart(s, k);
            for (int j = sentence; j < k; j++) {
                String to = REWARDS.at(s, j);
                if (to != null && "to".equals(REWARDS.tag(to)) && startsWord(s, j, sentence) && namesPlace(s, j + to.length(), k)) {
                    return true; // 对首次获评的北海市、百色市各奖励1000万元; not 对每个生态示范村奖补12万元, the place's own deed
                }
            }
            return false;
        }
        return false;
    }

    /** Words ending a rate's name ({@code rate-names.txt}: 覆盖率). */
    private static final Lexicon RATE_NAMES = Lexicon.load("rate-names.txt");
    /** The most Han chars between a distance and the rate's word (健身圈 in 15分钟健身圈覆盖率). */
    private static final int MAX_RATE_GAP = 4;

    /**
     * True when a rate's word ({@code rate-names.txt}) ends within a few Han chars after {@code end} and a figure follows
     * it, maybe after 达, 为 or 到: the figure before it defines the rate (500米覆盖率100%).
     */
    private static boolean namesRate(String s, int end) {
        for (int i = end; i < s.length() && i - end <= MAX_RATE_GAP; i++) {
            String w = RATE_NAMES.at(s, i);
            if (w != null) {
                int k = i + w.length();
                while (k < s.length() && "达为到是".indexOf(s.charAt(k)) >= 0) {
                    k++;
                }
                return k < s.length() && (Character.isDigit(s.charAt(k)) || s.charAt(k) >= '０' && s.charAt(k) <= '９');
            }
            if (!dev.laurel.text.HanChars.isHan(s.charAt(i))) {
                return false;
            }
        }
        return false;
    }

    /** Standards and averages a figure is measured against ({@code baseline-words.txt}). */
    private static final Map<String, Lexicon> BASELINES = Lexicon.byTag("baseline-words.txt");

    /**
     * True when a baseline word follows the figure right after it or ends right before it (maybe 为 or 是 between, and a
     * bound word: 国家标准为不低于85%).
     */
    private static boolean isBaseline(String simple, Quantity q) {
        if (q.end() < simple.length() && BASELINES.get("after").at(simple, q.end()) != null) {
            return true;
        }
        if (q.text().contains("百分点") || q.text().contains("百分點")) {
            return false; // 高于全省平均水平1.6个百分点: the place's margin over the average
        }
        int before = q.start();
        String bound = BASELINES.get("bound").list().endingAt(simple, before);
        before -= bound == null ? 0 : bound.length(); // 国家标准为不低于85%: the bound, then the standard
        if (before > 0 && (simple.charAt(before - 1) == '为' || simple.charAt(before - 1) == '是')) {
            before--;
        }
        String word = BASELINES.get("before").list().endingAt(simple, before);
        // 是全省平均水平的2倍: a multiple of the average, the place's own (but 仅为全国平均水平的七分之一 compares it)
        return word != null && !(word.endsWith("的") && "倍".equals(q.unit()));
    }

    /** The longest currency word between an amount and the verb converting it (人民币 in 218亿元人民币约合…). */
    private static final int MAX_CURRENCY_WORD = 4;

    /**
     * True when the amount {@code q} is converted right after it (218亿元人民币约合新台币960亿元, 折合): the source of a
     * conversion, which restates a figure when the page gave it before.
     */
    static boolean convertsFrom(String simple, Quantity q) {
        int stop = Math.min(simple.length(), q.end() + MAX_CURRENCY_WORD + 2);
        for (int k = q.end(); k < stop; k++) { // 合 of 约合 or 折合, after at most a currency word: a few chars looked at
            char c = simple.charAt(k);
            if (c == '合') {
                char before = simple.charAt(k - 1);
                return k > q.end() && (before == '约' || before == '折');
            }
            if (!dev.laurel.text.HanChars.isHan(c)) {
                return false;
            }
        }
        return false;
    }

    /** Words between an amount and the same amount in another currency ({@code conversion-words.txt}: 约合, 折合, 约). */
    private static final Lexicon CONVERSIONS = Lexicon.load("conversion-words.txt");

    /**
     * True when the amount {@code q} restates the amount {@code previous} before it in another currency, converted
     * (2.8亿元（约合新台币12.3亿元）, 46亿元人民币（约50亿港元）, 286亿元，约合新台币1270亿元): the same fact again, no
     * figure of its own.
     */
    static boolean convertedTo(String simple, Quantity previous, Quantity q) {
        if (previous == null || q.currency() == null || previous.currency() == null
                || q.currency().equals(previous.currency())) {
            return false;
        }
        int at = previous.end();
        while (at < q.start() && "（(，, \u3000".indexOf(simple.charAt(at)) >= 0) {
            at++;
        }
        String word = at < q.start() ? CONVERSIONS.at(simple, at) : null;
        if (word != null && at + word.length() == q.start()) {
            return true;
        }
        String far = CONVERSIONS.list().endingAt(simple, q.start());
        if (far == null || !"far".equals(CONVERSIONS.tag(far))) {
            return false;
        }
        for (int i = previous.end(); i < q.start() - far.length(); i++) {
            if (Sentences.isSentenceEnd(simple.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /**
     * True when the amounts {@code a} and {@code b} stand either side of a word tagged rate ({@code conversion-words.txt}:
     * 兑), a currency word between at most (约1元人民币兑4.45元新台币): an exchange rate, neither of them a figure.
     */
    static boolean exchangeRate(String simple, Quantity a, Quantity b) {
        if (a.currency() == null || b.currency() == null) {
            return false;
        }
        for (int at = a.end(); at < b.start() && at - a.end() <= MAX_CURRENCY_WORD; at++) {
            String w = CONVERSIONS.at(simple, at);
            if (w != null && "rate".equals(CONVERSIONS.tag(w))) {
                return at + w.length() == b.start();
            }
        }
        return false;
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

    /**
     * True when a word of {@code no-figure-leads.txt} ends right before {@code at}, or before a colon there (海拔500米,
     * 片长1分42秒); one tagged label only before a colon (时长：2分40秒, not 志愿服务时长320万小时); one tagged opens only opening
     * the clause (（以上7个示范区按省区排列）, not 规模以上); one tagged clause anywhere earlier in the clause (公示期为11月3日至9日（共7天）).
     */
    private static boolean ledByNoFigureWord(String simplified, int at) {
        int label = afterLabel(simplified, at);
        String word = LEADS.list().endingAt(simplified, label);
        int clause = Sentences.clauseStart(simplified, at);
        if (word != null && switch (String.valueOf(LEADS.tag(word))) {
            case "label" -> label != at;
            case "opens" -> label == at && opensClause(simplified, clause, at - word.length());
            default -> true;
        }) {
            return true;
        }
        for (int i = clause; i < at; i++) { // 公示期为11月3日至9日（共7天）
            String w = LEADS.at(simplified, i);
            if (w != null && "clause".equals(LEADS.tag(w))) {
                return true;
            }
        }
        return false;
    }

    /** True when only an opening bracket stands between the clause starting at {@code clause} and {@code at}. */
    private static boolean opensClause(String simplified, int clause, int at) {
        return at == clause || at == clause + 1 && "（(【".indexOf(simplified.charAt(clause)) >= 0;
    }

    /** Where a field's label ends before {@code at}, a colon and blanks between (时长：2分40秒: before the colon); else {@code at}. */
    private static int afterLabel(String simplified, int at) {
        int i = at;
        while (i > 0 && (simplified.charAt(i - 1) == ' ' || simplified.charAt(i - 1) == '\u3000')) {
            i--;
        }
        return i > 0 && (simplified.charAt(i - 1) == '：' || simplified.charAt(i - 1) == ':') ? i - 1 : at;
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

    /** The units of a trip's time. */
    private static final java.util.Set<String> TRIP_UNITS = java.util.Set.of("小时", "分钟", "天");
    /** Words of travel before or after a figure of time ({@code travel-words.txt}). */
    private static final Map<String, Lexicon> TRAVEL = Lexicon.byTag("travel-words.txt");

    /**
     * True when a figure of time tells how long a trip takes: a travel word right after it (两个半小时可达, 五分钟就到) or
     * before it in its clause (乘高铁至贺州2.5小时).
     */
    private static boolean isTravelTime(String simple, Quantity q, String unit) {
        if (!TRIP_UNITS.contains(unit)) {
            return false;
        }
        if (TRAVEL.get("after").at(simple, q.end()) != null) {
            return true;
        }
        int clause = Sentences.clauseStart(simple, q.start());
        return TRAVEL.get("before").occursIn(simple.substring(clause, q.start()));
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

    /** Nouns after a count that make it the size of the page's own list of news ({@code list-nouns.txt}: 十件大事). */
    private static final Lexicon LIST_NOUNS = Lexicon.load("list-nouns.txt");

    /** Words opening a list's first point ({@code enumeration-openers.txt}: 一是, 第一). */
    private static final Lexicon OPENERS = Lexicon.load("enumeration-openers.txt");

    /**
     * True when the clause after a figure ends within a few chars in a colon (三件事：, 四个方面的工作：), or its clause
     * ends there and the next opens the list's first point (主要是三个方面。一是…): a list follows.
     */
    private static boolean enumerates(String text, int end) {
        for (int i = end; i < Math.min(text.length(), end + ENUMERATION_NOUN + 1); i++) {
            char c = text.charAt(i);
            if (c == '：' || c == ':') {
                return true;
            }
            if (Sentences.isClauseEnd(c)) {
                int next = i + 1;
                while (next < text.length() && Paragraphs.isBlank(text.charAt(next))) {
                    next++;
                }
                return OPENERS.at(dev.laurel.text.TraditionalToSimplified.toSimplified(
                        text.substring(next, Math.min(text.length(), next + 2))), 0) != null;
            }
        }
        return false;
    }

    /** Units that count the kinds or items of a list ({@code kind-units.txt}). */
    private static final java.util.Set<String> KIND_UNITS = java.util.Set.copyOf(Lexicon.load("kind-units.txt").words());

    /**
     * True when {@code q} counts kinds or items ({@code kind-units.txt}) and the clause before it is a list joined by 、 of as
     * many items (实地考察、问卷调查、网上申报三项): the count restates the list, no deed.
     */
    private static boolean countsListBefore(String text, Quantity q) {
        if (q.unit() == null || !KIND_UNITS.contains(q.unit())) {
            return false;
        }
        int items = listItems(text, Sentences.clauseStart(text, q.start()), q.start()).size();
        return items > 1 && q.value().compareTo(java.math.BigDecimal.valueOf(items)) == 0;
    }

    /**
     * The items of the list in {@code text[from, to)}: parted by 、, the last maybe joined to the one before by 和, 及 or
     * 与 (实地考察、问卷调查和材料审核: three); one item when nothing parts it.
     */
    static List<String> listItems(String text, int from, int to) {
        List<String> items = new java.util.ArrayList<>(List.of(text.substring(from, to).split("、", -1)));
        String last = items.get(items.size() - 1);
        for (int i = 1; i < last.length(); i++) {
            if (LAST_JOINERS.indexOf(last.charAt(i)) >= 0) {
                items.set(items.size() - 1, last.substring(0, i));
                items.add(last.substring(i + 1));
                break;
            }
        }
        return items;
    }

    /** Chars joining the last item of a list to the one before (A、B和C, A、B及C). */
    private static final String LAST_JOINERS = "和及与";

    /** Units of time (7天, 3年, 10个月). */
    private static final java.util.Set<String> TIME_UNITS = java.util.Set.of("天", "日", "年", "月", "个月", "個月", "周",
            "小时", "小時");
    /** Words after an amount that make it the bound of a class of things ({@code class-bounds.txt}: 以上, 以下的). */
    private static final Lexicon CLASS_BOUNDS = Lexicon.load("class-bounds.txt");
    /** The longest noun of a class an amount bounds, before its count (项目, 工业项目, 重点产业项目). */
    private static final int MAX_CLASS_NOUN = 8;

    /**
     * True when the amount {@code q} is followed by a word of {@code class-bounds.txt}, a noun and right after it digits
     * (10亿元以上项目11个, 5000万元以上的工业项目8个): the amount bounds the class the number counts.
     */
    private static boolean boundsCountedClass(String s, Quantity q) {
        String bound = CLASS_BOUNDS.at(s, q.end());
        if (bound == null) {
            return false;
        }
        int noun = q.end() + bound.length();
        int i = noun;
        while (i < s.length() && i - noun < MAX_CLASS_NOUN && dev.laurel.text.HanChars.isHan(s.charAt(i))) {
            i++;
        }
        return i > noun && i < s.length() && Character.isDigit(s.charAt(i));
    }

    /** Units that count an honour's rounds ({@code count-units.txt}); those tagged never count no deed (批). */
    private static final Lexicon ROUND_UNITS = Lexicon.load("count-units.txt");

    /** True when {@code q} stands in a bracket right after an honour's name (国家卫生城市（2次）). */
    private static boolean countOfHonourInBracket(String simplified, Quantity q) {
        int open = q.start() - 1;
        return open > 0 && (simplified.charAt(open) == '（' || simplified.charAt(open) == '(')
                && dev.laurel.parsers.commendation.mentions.HonourStatements.HONOURS.list().endingAt(simplified, open) != null;
    }

    /** Signs written before a threshold (≥35%, ＞80%): a standard or a target's bound, not what was done. */
    private static final String THRESHOLD_SIGNS = "≥≤≧≦⩾⩽＞＜><";

    /** The longest noun between a count and the 分别 that pairs what it counts (两项指标分别, 两项数字分别). */
    private static final int RESPECTIVE_NOUN = 4;

    /** True when a noun of a few chars and 分别 follow a count ending at {@code end}, in its clause. */
    private static boolean countsRespectiveItems(String simplified, int end) {
        for (int k = end + 1; k < Math.min(simplified.length(), end + 1 + RESPECTIVE_NOUN); k++) {
            if (!dev.laurel.text.HanChars.isHan(simplified.charAt(k))) {
                return false;
            }
            if (simplified.startsWith("分别", k)) {
                return true;
            }
        }
        return false;
    }

    /** Words that make a figure of time a period, after it or before it ({@code period-words.txt}). */
    private static final Map<String, Lexicon> PERIODS = Lexicon.byTag("period-words.txt");

    /**
     * True when the figure of time {@code q} is a period: a word tagged after follows it (3年来, 10天内), or one tagged
     * before opens its clause right before it (近5年，…; 过去3年新建…), maybe after the clause's subject (该市近3年投入…).
     */
    private static boolean isPeriod(String simple, Quantity q) {
        if (PERIODS.get("after").at(simple, q.end()) != null) {
            return true;
        }
        String word = PERIODS.get("before").list().endingAt(simple, q.start());
        if (word == null) {
            return false;
        }
        int at = q.start() - word.length();
        int head = Sentences.clauseStart(simple, at);
        while (head < q.start() && Paragraphs.isBlank(simple.charAt(head))) {
            head++;
        }
        return head == at || subjectOnly(simple, head, at);
    }

    /** The most chars of a place's name heading a clause before a period word (彭水苗族土家族自治县近3年…). */
    private static final int MAX_SUBJECT = 12;

    /**
     * True when {@code simple[from, to)} is only a clause's subject: a pointer (该市近3年投入…; {@code pointers.txt}) or a
     * name of a place's shape, Han chars ending with a division's suffix (漳州市近3年投入…).
     */
    private static boolean subjectOnly(String simple, int from, int to) {
        String pointer = HonourStatements.POINTERS.at(simple, from);
        if (pointer != null && from + pointer.length() == to) {
            return true;
        }
        if (to - from < 2 || to - from > MAX_SUBJECT || !Places.endsAsDivision(simple.subSequence(from, to))) {
            return false;
        }
        for (int i = from; i < to; i++) {
            if (!dev.laurel.text.HanChars.isHan(simple.charAt(i))) {
                return false;
            }
        }
        return true;
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
        if (found.isEmpty() || found.get(0).chainStart() != 0 || !found.get(0).known()) {
            return false;
        }
        int after = i + found.get(0).end(); // a list goes on after its first name; a caption (霍山县森林覆盖率) does not
        return after >= text.length() || LIST_JOINERS.indexOf(text.charAt(after)) >= 0 || Paragraphs.isBlank(text.charAt(after));
    }

    /** Chars that join the names of a list (昭通市、保山市, 昭通市 保山市), or end it. */
    private static final String LIST_JOINERS = "、，,；;和及与（(。";

    /** Words after a number of years that make it an age (2300多年建城史), from {@code history-words.txt}. */
    private static final Lexicon HISTORY = Lexicon.load("history-words.txt");

    /** Words after a figure in 届 or 次 that make it a congress's or a meeting's number ({@code meeting-words.txt}). */
    private static final Lexicon MEETINGS = Lexicon.load("meeting-words.txt");

    /** Nouns of a place's size said between it and 的 in a comparison (台北市人口的两倍). */
    private static final Set<String> COMPARED_NOUNS = Set.of("人口", "面积", "面積");
    /** Qualifiers between 的 and a multiple (香港的近33倍). */
    private static final String MULTIPLE_QUALIFIERS = "近约約逾超";

    /**
     * True when a multiple (倍) is of another place's quantity (面积约为台北市的4倍, 约是台北市人口的两倍, 约为香港的33倍): how
     * big the place is against that one, no deed of its own. A multiple of a year or a total (是2019年的1.5倍, 是地区生产
     * 总值的7倍) stays.
     */
    static boolean multipleOfAnotherPlace(Places places, String simplified, Quantity q) {
        if (!"倍".equals(q.unit())) {
            return false;
        }
        int i = q.start();
        while (i > 0 && MULTIPLE_QUALIFIERS.indexOf(simplified.charAt(i - 1)) >= 0) {
            i--;
        }
        if (i == 0 || simplified.charAt(i - 1) != '的') {
            return false;
        }
        int end = i - 1;
        if (end >= 2 && COMPARED_NOUNS.contains(simplified.substring(end - 2, end))) {
            end -= 2;
        }
        int from = Math.max(0, end - PLACE_WINDOW);
        String before = simplified.substring(from, end);
        for (PlaceRef m : places.find(before, null)) {
            if (m.end() == before.length()) {
                return true;
            }
        }
        for (PlaceRef m : places.mentions(before, null)) {
            if (m.end() == before.length() && m.known()) {
                return true;
            }
        }
        return false;
    }

    /** Words opening a comparison with another place's figure, and words before its place ({@code comparison-openers.txt}). */
    private static final Map<String, Lexicon> COMPARISONS = Lexicon.byTag("comparison-openers.txt");
    /** Words opening a comparison with another place's figure (比, 高于). */
    private static final Lexicon COMPARISON_OPENERS = COMPARISONS.get("opens");
    /** Words between a comparison's word and its place (比同期大连市…, 高于相邻的抚顺市…). */
    private static final Lexicon COMPARED_BEFORE_PLACE = COMPARISONS.get("between");
    /** The most chars between the compared place and the 的 before the figure (大连市创卫投入的). */
    private static final int COMPARED_MODIFIER = 8;

    /**
     * True when a figure is another place's, given for comparison: after a comparison word in its clause, the place,
     * a short modifier and 的 (比同期大连市创卫投入的19亿元多出三成, 高于抚顺市的38.2%). A year compared with (比2019年的)
     * names no place and stays.
     */
    static boolean ofComparedPlace(Places places, String simplified, Quantity q) {
        int i = q.start();
        while (i > 0 && MULTIPLE_QUALIFIERS.indexOf(simplified.charAt(i - 1)) >= 0) {
            i--;
        }
        if (i == 0 || simplified.charAt(i - 1) != '的') {
            return false;
        }
        int of = i - 1;
        int clause = Sentences.clauseStart(simplified, of);
        for (int k = Math.max(clause, of - COMPARED_MODIFIER - PLACE_WINDOW - 4); k < of; k++) {
            String w = COMPARISON_OPENERS.at(simplified, k);
            if (w == null) {
                continue;
            }
            int at = k + w.length();
            String time = COMPARED_BEFORE_PLACE.at(simplified, at);
            at += time == null ? 0 : time.length();
            String between = simplified.substring(at, of);
            for (PlaceRef m : places.mentions(between, null)) {
                if (m.chainStart() == 0 && m.known() && between.length() - m.end() <= COMPARED_MODIFIER) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * True when a count in 个 written in Chinese numerals is followed right away by a place's name (两个普陀区已连续8年开展
     * “双普”共建): it counts the places named, no deed. A count in digits there ends a data box's line (…活动126个 / 伊州区…).
     */
    static boolean countsPlaceNamed(Places places, String text, Quantity q) {
        if (!"个".equals(q.unit()) && !"個".equals(q.unit()) || q.end() >= text.length()
                || Character.isDigit(text.charAt(q.start()))) {
            return false;
        }
        String window = text.substring(q.end(), Math.min(text.length(), q.end() + PLACE_WINDOW));
        return places.mentions(window, null).stream().anyMatch(m -> m.chainStart() == 0 && m.known());
    }

    /**
     * True when a figure written in Chinese numerals is the start of a place name: 七台 in 七台河市 (or in 七台河, a short
     * name of three chars or more that runs past the figure), 五家 in 五家渠市. Only a short window at the figure is scanned.
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
        if (places.find(window, null).stream().anyMatch(m -> m.chainStart() == 0 && m.known())) {
            return true;
        }
        // 向鸡西、七台河等兄弟城市学习: a short name of three chars or more that runs past the figure (七台 of 七台河)
        int figure = q.end() - q.start();
        return places.mentions(window, null).stream().anyMatch(m -> m.chainStart() == 0 && m.known()
                && m.end() >= SHORT_NAME_CHARS && m.end() > figure);
    }

    /** The fewest chars of a short name (七台河, 六盘水) read as a place a figure starts. */
    private static final int SHORT_NAME_CHARS = 3;
}
