package dev.laurel.parsers.commendation.subjects;

import dev.laurel.model.TimesKind;
import dev.laurel.parsers.commendation.DocumentContext;
import dev.laurel.parsers.commendation.mentions.Collectives;
import dev.laurel.parsers.commendation.mentions.CountPhrase;
import dev.laurel.parsers.commendation.mentions.FirstTimes;
import dev.laurel.parsers.commendation.mentions.HonourFamilies;
import dev.laurel.parsers.commendation.mentions.HonourStatements;
import dev.laurel.parsers.commendation.mentions.PlaceRef;
import dev.laurel.parsers.commendation.mentions.Places;
import dev.laurel.parsers.commendation.text.Lexicon;
import dev.laurel.parsers.commendation.text.Paragraphs;
import dev.laurel.parsers.commendation.text.Quotes;
import dev.laurel.parsers.commendation.text.Sentences;
import dev.laurel.text.HonorCount;
import dev.laurel.text.HonorCounts;
import dev.laurel.text.Quantity;
import dev.laurel.text.QuantityKind;
import dev.laurel.text.QuantityScanner;
import dev.laurel.text.TraditionalToSimplified;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The honour counts of a story and the places they are said of: a count around a naming statement (首次,
 * 连续七次荣获, 实现“七连冠”), one shared by a list (广德市、岳西县为首次获评) or by the awardees together (三县…均为首次),
 * 分别 lists paired in order, a count said right after a name (其中眉县为首次), and count claims read off a paragraph
 * (湖北省襄阳市连续第九次获得…) with their clause's subject. Earlier rounds, targets and other honours' counts are
 * refused. Counts are set on the {@link StoryCandidate}s of {@code byPlace}, by their {@link StoryCandidate#key}.
 */
public final class StoryCounts {
    private static final QuantityScanner SCANNER = new QuantityScanner();

    private final DocumentContext context;

    StoryCounts(DocumentContext context) {
        this.context = context;
    }

    /**
     * 保定市被命名为…，阜平县、涞源县、易县被命名为…，分别是第五次、第三次、第二次和首次获此殊荣: the subjects of the
     * sentence's statements, paired in order with the counts after 分别 (首次 is 1), when their numbers agree. A 分别
     * with places of its own before it in its clause (…第二次获得命名；保康县、竹溪县分别为第三次和首次) is theirs, not the
     * statements'.
     */
    void respectivelyAcross(String text, List<HonourStatements.Statement> statements, List<PlaceRef> mentions,
                            Map<String, StoryCandidate> byPlace) {
        int first = 0;
        for (int at = text.indexOf("分别"); at >= 0 && !statements.isEmpty(); at = text.indexOf("分别", at + 2)) {
            int sentence = Sentences.sentenceStart(text, at);
            int clause = Sentences.clauseStart(text, at);
            int respectively = at;
            if (mentions.stream().anyMatch(m -> m.chainStart() >= clause && m.end() <= respectively)) {
                continue;
            }
            while (first < statements.size() && statements.get(first).verbStart() < sentence) {
                first++;
            }
            int last = first;
            while (last < statements.size() && statements.get(last).verbStart() < at) {
                last++;
            }
            int from = last;
            while (from > first && !COUNT_SAID.matcher(text).region(statements.get(from - 1).verbStart(), at).find()) {
                from--; // 广德市、岳西县为首次获评，…宁国市和桐城市分别是…: a statement whose count is said is not paired
            }
            List<String> subjects = new ArrayList<>();
            // the first statement's places, when each later one names the same: one list stated twice (常熟市、张家港市
            // 通过复查，确认保留…称号，分别实现六连冠、八连冠)
            List<String> once = null;
            for (int k = from; k < last; k++) {
                HonourStatements.Statement st = statements.get(k);
                if (st.documentHonour()) {
                    List<String> keys = st.subjects().stream().map(StoryCandidate::key).toList();
                    once = subjects.isEmpty() ? keys
                            : once != null && new java.util.HashSet<>(once).equals(new java.util.HashSet<>(keys)) ? once : null;
                    subjects.addAll(keys);
                }
            }
            subjects = once != null ? once : subjects;
            int end = Sentences.clauseEnd(text, at);
            List<int[]> counts = countsIn(text, at, end);
            if (subjects.size() < 2 || subjects.size() != counts.size()) {
                continue;
            }
            for (int i = 0; i < subjects.size(); i++) {
                StoryCandidate c = byPlace.get(subjects.get(i));
                if (c != null && counts.get(i)[2] != NO_COUNT) {
                    int[] q = counts.get(i);
                    boolean streak = q[3] == 1 || text.startsWith("连续", at + q[0])
                            || q[0] >= 2 && text.startsWith("连续", at + q[0] - 2); // 连续第三次
                    c.count = q[2];
                    c.kind = streak ? TimesKind.CONSECUTIVE : TimesKind.TOTAL;
                }
            }
        }
    }

    /** Copulas and adverbs between a list of places and the count they share: 为, 均为, 都是, 已 (A、B已连续七次被命名) … */
    private static final String COPULAS = "为是系均都已也";

    /**
     * 广德市、岳西县为首次获评: a count between a statement's list of places and its verb is every one of
     * them's, where none has a count yet.
     */
    static void sharedCount(String text, HonourStatements.Statement st, Map<String, StoryCandidate> byPlace) {
        List<PlaceRef> subjects = st.subjects();
        int at = subjects.get(subjects.size() - 1).end();
        while (at < st.verbStart() && COPULAS.indexOf(text.charAt(at)) >= 0) {
            at++;
        }
        at = CountPhrase.afterSinceFrame(text, at); // 通山县、罗田县继2019年之后第二次获得命名
        if (at >= st.verbStart()) {
            return;
        }
        CountPhrase count = CountPhrase.startOf(text.substring(at, st.verbStart()));
        if (count == null) {
            return;
        }
        for (PlaceRef s : subjects) {
            StoryCandidate c = byPlace.get(StoryCandidate.key((s)));
            if (c != null && c.count == null) {
                c.count = count.times();
                c.kind = count.kind();
            }
        }
    }

    /** A count said between a statement and a later 分别: 首次, 第三次, 连续五届, 第二度, 五连冠. */
    private static final java.util.regex.Pattern COUNT_SAID = java.util.regex.Pattern.compile(
            "首次|[0-9一二三四五六七八九十两]+(?:次|届|度|连冠|连创)");

    /**
     * 菏泽市、聊城市均为首次获此殊荣: the count right after a distributive word goes to every awardee named
     * before it in its sentence that has no count yet and no count of its own after its name (虞城县是第三次…，夏邑县、
     * 柘城县均为首次), unless the sentence is about another honour (巴中市还获评省级园林城市，均为首次). A collective as many as
     * the awardees right before a first naming (这是三县首次获此命名) gives each of them 1.
     */
    static void distributed(String text, List<PlaceRef> mentions, List<HonourStatements.Statement> statements,
                                    Map<String, StoryCandidate> byPlace) {
        if (byPlace.isEmpty()) {
            return;
        }
        for (int i = 0; i < text.length(); i++) {
            String word = CountPhrase.DISTRIBUTIVE.at(text, i);
            if (word == null) {
                continue;
            }
            int after = i + word.length();
            CountPhrase count = CountPhrase.startOf(text.substring(after, Math.min(text.length(), after + 8)));
            if (count == null) {
                continue;
            }
            int sentence = Sentences.sentenceStart(text, i);
            int at = i;
            if (statements.stream().anyMatch(st -> !st.documentHonour() && st.verbStart() >= sentence && st.verbStart() < at)) {
                continue;
            }
            boolean named = false;
            for (PlaceRef m : mentions) {
                if (m.chainStart() >= sentence && m.end() <= i) {
                    StoryCandidate c = byPlace.get(StoryCandidate.key((m)));
                    named |= c != null;
                    if (COUNT_SAID.matcher(text).region(m.end(), i).find() || saysAgain(text, m.end(), i, 2)) {
                        continue; // 虞城县是第三次获此称号，夏邑县、柘城县均为首次: a count of its own stands between;
                                  // 泰宁县再次获此称号，建宁县、将乐县均为首次获评: so does an again
                    }
                    if (c != null && c.count == null) {
                        c.count = count.times();
                        c.kind = count.kind();
                    }
                }
            }
            if (!named && collective(text, sentence, i, byPlace.size())) {
                for (StoryCandidate c : byPlace.values()) { // 三县分别隶属…，均为首次获此命名: the three are the awardees
                    if (c.count == null) {
                        c.count = count.times();
                        c.kind = count.kind();
                    }
                }
            }
            i = after - 1;
        }
        for (int at = FirstTimes.next(text, 0); at >= 0; at = FirstTimes.next(text, at + 1)) {
            if (FirstTimes.beforeVerb(text, at) && collectiveRightBefore(text, at, byPlace.size())
                    && !EarlierRounds.said(text, at)) {
                for (StoryCandidate c : byPlace.values()) { // 这是三县首次获此命名: the three named before
                    if (c.count == null && !c.again) {
                        c.count = 1;
                        c.kind = TimesKind.TOTAL;
                    }
                }
            }
        }
    }

    /** True when a clause of the sentence before {@code at} opens with a collective (近年来，三县把…分别…). */
    static boolean collectiveInClauses(String text, int sentence, int at, int awardees) {
        for (int c = sentence; c < at; c++) {
            if ((c == sentence || Sentences.isClauseEnd(text.charAt(c - 1))) && collective(text, c, at, awardees)) {
                return true;
            }
        }
        return false;
    }

    /**
     * True when the sentence from {@code sentence} to {@code at} opens with a collective of {@code awardees} places
     * (三县, 两地, 这两个城市: {@link Collectives}).
     */
    private static boolean collective(String text, int sentence, int at, int awardees) {
        int head = sentence;
        while (head < at && (Paragraphs.isBlank(text.charAt(head)) || text.charAt(head) == '，')) {
            head++;
        }
        Collectives.Collective c = Collectives.at(text, head, at);
        return c != null && c.places() == awardees;
    }

    /** The longest collective looked for right before a 分别 (这两个城市). */
    private static final int COLLECTIVE_REACH = 6;

    /** True when a collective of {@code awardees} places ends right at {@code at} (创建期间两市分别完成…). */
    static boolean collectiveRightBefore(String text, int at, int awardees) {
        for (int k = Math.max(0, at - COLLECTIVE_REACH); k < at; k++) {
            Collectives.Collective c = Collectives.at(text, k, at);
            if (c != null && c.end() == at && c.places() == awardees) {
                return true;
            }
        }
        return false;
    }

    /**
     * 其中眉县为首次获此殊荣: a count phrase after 为, 是 or 系 (or 则是, 也是, 都是) right after an awardee's name (as the
     * page writes it, or its official name), or after a list of awardees' names it opens (汉中、安康则都是首度获评), is
     * that awardee's.
     */
    /** The copulas between a subject and the count said of it (眉县为首次, 后者是第二次). */
    private static final String COUNT_COPULAS = "为是系";

    static void saidOf(String text, Map<String, StoryCandidate> byPlace) {
        List<String> names = new ArrayList<>();
        for (StoryCandidate c : byPlace.values()) {
            names.add(TraditionalToSimplified.toSimplified(c.written));
            names.add(c.place.name());
        }
        for (StoryCandidate c : byPlace.values()) {
            for (String name : new String[] {TraditionalToSimplified.toSimplified(c.written), c.place.name()}) {
                for (int at = text.indexOf(name); at >= 0 && c.count == null; at = text.indexOf(name, at + 1)) {
                    int listEnd = listedAfter(text, at + name.length(), names); // 汉中、安康则都是首度获评: 汉中's too
                    int after = CountPhrase.afterAdverbs(text, listEnd); // 河源市则是首次上榜
                    if (after + 1 < text.length() && COUNT_COPULAS.indexOf(text.charAt(after)) >= 0) {
                        CountPhrase count = CountPhrase.startOf(text.substring(after + 1, Math.min(text.length(), after + 9)));
                        if (count != null) {
                            c.count = count.times();
                            c.kind = count.kind();
                        }
                    }
                }
            }
        }
    }

    /**
     * Where the list of awardees' names that goes on at {@code at} ends (、安康 after 汉中): past each joiner (、, 和, 及)
     * followed by another of {@code names}; {@code at} when none follows.
     */
    private static int listedAfter(String text, int at, List<String> names) {
        int end = at;
        while (end < text.length() && "、和及".indexOf(text.charAt(end)) >= 0) {
            String next = null;
            for (String n : names) {
                if (!n.isEmpty() && text.startsWith(n, end + 1) && (next == null || n.length() > next.length())) {
                    next = n;
                }
            }
            if (next == null) {
                break;
            }
            end += 1 + next.length();
        }
        return end;
    }

    /**
     * 首次 (1), 连续七次荣获, 实现“七连冠”: the count said in the statement's sentence or the next one, from
     * {@code subject} on (井冈山市首次荣获…，婺源县通过复查…: 首次 is not 婺源县's).
     */
    void countAround(String text, List<HonorCount> counts, int subject, int verb, StoryCandidate c) {
        int from = Math.max(Sentences.sentenceStart(text, verb), Math.min(subject, verb));
        int to = Sentences.sentenceEnd(text, Sentences.sentenceEnd(text, verb));
        int first = Math.max(from, verb - FIRST_REACH);
        c.again |= saysAgain(text, from, Math.min(text.length(), verb + 1), 1); // …再度榜上有名, 继续保留: a word opening the verb too
        int firstTime = FirstTimes.startBefore(text, verb);
        if (firstTime >= from && !earlierRound(text, firstTime) && !c.again) {
            c.count = 1; // 黑河市是首次获评，绥芬河市则是第三次…: the count right before the verb, not a later one
            c.kind = TimesKind.TOTAL;
            return;
        }
        if (first < verb) {
            for (HonorCount h : counts) {
                if (h.start() >= first && h.end() <= verb && !h.edition() && h.count() != null && !earlierRound(text, h.start())) {
                    c.count = h.count();
                    c.kind = HonorFacts.kindOf(h, counts, Sentences.sentenceEnd(text, verb), at -> earlierRound(text, at));
                    return;
                }
            }
        }
        int semicolon = text.indexOf('；', verb);
        if (semicolon >= 0 && semicolon < to) {
            to = semicolon; // …确认保留国家园林城市称号；华阴市首次摘得…: the clause after ； has its own subject
        }
        to = Math.min(to, nextSubject(text, verb, to, c.place));
        HonorCount said = null;
        for (HonorCount h : counts) {
            if (h.start() >= to) {
                break;
            }
            if (h.start() < from || h.edition() || h.count() == null || earlierRound(text, h.start())
                    || text.substring(from, h.start()).contains("分别")
                    || HonourFamilies.namesOtherHonourAfter(text, h.end(), context.honor())) {
                continue;
            }
            said = h;
            break;
        }
        int end = said == null ? to : said.start(); // 首次 said before a later count is the count (承德市…首次荣获…。此前…连续两届…)
        if (c.again) {
            end = from; // 满洲里再度榜上有名。2012年，满洲里首次获评…: not the first time
        }
        for (int at = FirstTimes.next(text, from); at >= 0 && at < end; at = FirstTimes.next(text, at + 1)) {
            if (!earlierRound(text, at) && !text.substring(from, at).contains("分别") && FirstTimes.beforeVerb(text, at)) {
                c.count = 1;
                c.kind = TimesKind.TOTAL;
                return;
            }
        }
        if (said != null) {
            c.count = said.count();
            c.kind = HonorFacts.kindOf(said, counts, to, at -> earlierRound(text, at));
            if (c.kind == TimesKind.TOTAL && c.count > 1 && HonorFacts.streakVerbBefore(text, said.start())) {
                c.kind = TimesKind.CONSECUTIVE; // 临汾市蝉联全国文明城市称号，这是该市第二次获得此项荣誉: a streak of two
            }
        } else if (heldSinceFirst(text, counts, from, to)) {
            c.count = 2; // 继2020年首次获评后，武穴市此次成功蝉联…: the first time and this round
            c.kind = TimesKind.CONSECUTIVE;
        } else if (c.again) {
            int rounds = EarlierRounds.roundsInFrame(text, verb);
            if (rounds > 0) {
                c.count = rounds + 1; // 继2017年、2020年之后，德清县又一次摘得…: the third time
                c.kind = TimesKind.TOTAL;
            }
        }
    }

    /**
     * True when 蝉联 without a number stands in {@code text[from, to)} and the sentence before it, its own or the next
     * says when the place was first honoured (继2020年首次获评后，…成功蝉联; …蝉联…称号。武义县于2019年首次获评该称号), no
     * other year between: held since that first time, the count is 2. A year between (2015年首次获评，2018年、2021年通过复审，
     * 今年蝉联) leaves it unknown, and so does 再度蝉联 (held again).
     */
    private static boolean heldSinceFirst(String text, List<HonorCount> counts, int from, int to) {
        HonorCount held = null;
        for (HonorCount h : counts) {
            if (h.start() >= from && h.start() < to && h.count() == null && !h.edition() && h.phrase().startsWith("蝉联")) {
                held = h;
                break;
            }
        }
        if (held == null || HonourStatements.AGAIN.list().endingAt(text, held.start()) != null) {
            return false; // 再度蝉联: held again since an earlier hold, the count is not said
        }
        int sentence = Sentences.sentenceStart(text, held.start());
        int start = sentence > 0 ? Sentences.sentenceStart(text, sentence - 1) : 0;
        int end = Sentences.sentenceEnd(text, Sentences.sentenceEnd(text, held.start()));
        for (int at = FirstTimes.next(text, start); at >= 0 && at < end; at = FirstTimes.next(text, at + 1)) {
            if (!EarlierRounds.said(text, at)) {
                continue;
            }
            int clause = Sentences.clauseStart(text, at);
            java.util.regex.Matcher year = HonourStatements.YEAR.matcher(text).region(clause, at);
            int yearStart = year.find() ? year.start() : at;
            int a = at < held.start() ? at : held.end();
            int b = at < held.start() ? held.start() : yearStart;
            return !HonourStatements.YEAR.matcher(text).region(Math.min(a, b), Math.max(a, b)).find();
        }
        return false;
    }

    /** How far into a clause its subject's name may end (the longest name with its province and city). */
    private static final int SUBJECT_WINDOW = 16;

    /**
     * Where the first clause after {@code from} that opens with a place other than {@code own} starts, or {@code to}:
     * 宜昌市再次被命名为…，当阳市第四次获此荣誉 — the count after it is that place's; also after a word of
     * {@code subject-openers.txt} (其中, 隔壁). A blank parts clauses too, as in a
     * headline's phrases (马鞍山蝉联 滁州首获 全国文明城市).
     */
    private int nextSubject(String text, int from, int to, PlaceRef own) {
        for (int i = from; i < to; i++) {
            if (!Sentences.isClauseEnd(text.charAt(i)) && !Paragraphs.isBlank(text.charAt(i))) {
                continue; // a blank parts a headline's phrases as a comma does (马鞍山蝉联 滁州首获 全国文明城市)
            }
            int head = i + 1;
            while (head < to && Paragraphs.isBlank(text.charAt(head))) {
                head++;
            }
            int opener = HonourStatements.subjectOpenerEnd(text, head);
            head = opener > 0 && opener < to ? opener : head; // …榜上有名，其中鹤壁市连续第四次获此殊荣: 鹤壁市 opens it
            int end = Math.min(to, head + SUBJECT_WINDOW);
            if (head >= end || !context.places().mayStartMentionAt(text, head, end)) {
                continue;
            }
            List<PlaceRef> found = context.places().mentions(text.substring(head, end), context.province());
            if (!found.isEmpty() && found.get(0).chainStart() == 0 && found.get(0).known()
                    && !found.get(0).official().name().equals(own.official().name())) {
                return i + 1;
            }
        }
        return to;
    }

    /**
     * True when a paragraph says, before {@code at}, that its place was honoured again (满洲里再度榜上有名。2012年，满洲里
     * 首次获评…): a 首次 after it is an earlier round's. Words of two chars or more only (又 is also 又快又好).
     */
    static boolean saysAgainBefore(String text, int at) {
        return saysAgain(text, 0, at, 2);
    }

    /**
     * True when an again-word of at least {@code minLength} chars starts in {@code text[from, to)}: between a statement's
     * subject and its verb, or at its verb.
     */
    private static boolean saysAgain(String text, int from, int to, int minLength) {
        for (int i = from; i < to; i++) {
            String w = HonourStatements.AGAIN.at(text, i);
            if (w != null && w.length() >= minLength) {
                return true;
            }
        }
        return false;
    }

    /** How far before its verb a count may stand and be read first (第三次荣获, 连续五届被评为). */
    private static final int FIRST_REACH = 8;

    /**
     * True when a count's clause is about another round or honour: 2016年五连冠 (a year in its clause), a sentence
     * opening with 此前 or 早在 ({@code context-words.txt}, tagged "earlier"), a provincial title, a target, a streak to
     * keep (南宁市要进一步巩固“五连冠”成果).
     */
    private boolean earlierRound(String text, int at) {
        int clause = Sentences.clauseStart(text, at);
        String before = text.substring(clause, at);
        return EarlierRounds.yearOfTheCount(before) || before.contains("争创") || before.contains("力争")
                || EarlierRounds.keepsStreak(before)
                || (context.honor() != null && !context.provincialHonour() && PROVINCIAL_ROUND.matcher(before).find())
                || HonourStatements.saidAfterEarlierWord(text, at) || EarlierRounds.inTimeline(text, at);
    }

    private static final java.util.regex.Pattern PROVINCIAL_ROUND = java.util.regex.Pattern.compile("省级|省双拥|全省");

    /**
     * The honour counts of one paragraph, whose quantities are given, and the places they are said of; {@code latestBefore}
     * is the latest year the page named before the paragraph (-1 when none), for a count dated by a bracket of years.
     */
    List<StoryClaim> claims(String text, int paragraph, List<Quantity> quantities, int latestBefore) {
        String simplified = TraditionalToSimplified.toSimplified(text);
        List<PlaceRef> places = context.places().mentions(text, context.province());
        List<StoryClaim> out = new ArrayList<>();
        List<int[]> used = new ArrayList<>();
        respectively(simplified, places, paragraph, out, used);
        int u = 0;
        for (HonorCount c : HonorCounts.find(simplified, quantities)) {
            while (u < used.size() && used.get(u)[1] <= c.start()) {
                u++;
            }
            boolean inRespectively = u < used.size() && used.get(u)[0] <= c.start();
            if (c.edition() || c.count() == null || inRespectively || EarlierRounds.said(simplified, c.start())
                    || heldLongAgo(simplified, c.start()) // 与之相邻的深圳市早已实现“九连冠”: an earlier holder's
                    || HonourStatements.saidAsHeldLongAgo(simplified, c.start()) // 牡丹江市曾连续两届被命名为…
                    || HonourStatements.wishedBefore(simplified, c.start()) // 力争下一届实现“四连冠”: a target, no count
                    || EarlierRounds.bracketDatesEarlier(simplified, c.end(), latestBefore) // 已两次获评（2015年、2021年）
                    || HonourFamilies.namesOtherHonourAfter(simplified, c.end(), context.honor())
                    || HonourFamilies.namesOtherHonourRightBefore(simplified, c.start(), context.honor())) {
                continue; // 此前，苏州已于2016年实现…“六连冠”: an earlier round's; 连续四次被命名为全国双拥模范城 and
                          // 湖南省双拥模范城（七连冠）: another honour's
            }
            int last = PlaceRef.lastEndingBy(places, c.start());
            PlaceRef subject = last < 0 ? null : countSubject(simplified, places, last, c.start());
            if (subject != null && StoryReader.scopesHonour(subject, simplified)) {
                continue; // 被命名为“北京市双拥模范区”，这是我区连续五届…: 北京市 says whose title it is, no subject of the count
            }
            if (subject != null && subject.chainStart() >= subjectReach(simplified, c.start())
                    && !HonourFamilies.namedOtherHonourBefore(simplified, subject.end(), c.start(), context.honor())
                    && !heldInEarlierClause(simplified, subject.end(), c.start())) {
                TimesKind kind = c.kind() == null ? TimesKind.TOTAL : c.kind();
                if (kind == TimesKind.TOTAL && c.count() > 1 && HonorFacts.streakVerbBefore(simplified, c.start())) {
                    kind = TimesKind.CONSECUTIVE; // 临汾市蝉联全国文明城市称号，这是该市第二次获得此项荣誉
                }
                out.add(new StoryClaim(subject, c.count(), kind, paragraph, c.start(), c.end()));
            }
        }
        return out;
    }

    /**
     * 首次 right before a naming verb (or 被, 获), or in brackets after a name, with the place its clause is about, as
     * {@link #claims} reads counts: 河曲县地处晋陕蒙三省区交界，此次是首次获评 is 河曲县's 1, so is 长汀县（首次）被命名为…'s.
     * Earlier rounds and other honours are refused.
     */
    List<StoryClaim> firstTimes(String text, int paragraph) {
        String simplified = TraditionalToSimplified.toSimplified(text);
        List<StoryClaim> out = new ArrayList<>();
        List<PlaceRef> places = null;
        for (int at = FirstTimes.next(simplified, 0); at >= 0; at = FirstTimes.next(simplified, at + 1)) {
            int after = at + FirstTimes.at(simplified, at).length();
            boolean bracketed = at > 0 && "（(".indexOf(simplified.charAt(at - 1)) >= 0 && after < simplified.length()
                    && "）)".indexOf(simplified.charAt(after)) >= 0; // 上杭县（连续五次）、长汀县（首次）被命名为…
            if (!FirstTimes.beforeVerb(simplified, at) && !bracketed && !pairSaid(simplified, at) || EarlierRounds.said(simplified, at)
                    || HonourFamilies.namesOtherHonourAfter(simplified, after,
                    context.honor()) || simplified.substring(Sentences.sentenceStart(simplified, at), at).contains("分别")) {
                continue;
            }
            places = places != null ? places : context.places().mentions(text, context.province());
            int last = PlaceRef.lastEndingBy(places, at);
            PlaceRef subject = last < 0 ? null : bracketed ? (places.get(last).end() == at - 1 ? places.get(last) : null)
                    : countSubject(simplified, places, last, at);
            if (subject != null && subject.chainStart() >= subjectReach(simplified, at)) {
                out.add(new StoryClaim(subject, 1, TimesKind.TOTAL, paragraph, at, after));
            }
        }
        return out;
    }

    /**
     * True when 首次 at {@code at} is said of a pair pointer opening its clause, after 为, 是 or 系 (…，后者为首次;
     * 后者则是首次获评).
     */
    private static boolean pairSaid(String simplified, int at) {
        int head = Sentences.clauseStart(simplified, at);
        while (head < at && Paragraphs.isBlank(simplified.charAt(head))) {
            head++;
        }
        PairPointers.Word pair = PairPointers.at(simplified.substring(head, at));
        if (pair == null) {
            return false;
        }
        int after = CountPhrase.afterAdverbs(simplified, head + pair.end());
        return after + 1 == at && COUNT_COPULAS.indexOf(simplified.charAt(after)) >= 0;
    }

    /** Words between a place and the count said of it (实现, 获得; {@code count-verbs.txt}). */
    private static final Lexicon COUNT_VERBS = Lexicon.load("count-verbs.txt");

    /**
     * True when the count at {@code at} follows a count verb said of a holder long before (深圳市早已实现“九连冠”;
     * {@link HonourStatements#saidAsHeldLongAgo}), not 渭南市已荣获六届, this round's total.
     */
    private static boolean heldLongAgo(String simplified, int at) {
        int end = at;
        while (end > 0 && (Quotes.opens(simplified.charAt(end - 1))
                || Paragraphs.isBlank(simplified.charAt(end - 1)))) {
            end--;
        }
        String verb = COUNT_VERBS.list().endingAt(simplified, end);
        return verb != null && HonourStatements.saidAsHeldLongAgo(simplified, end - verb.length());
    }

    /**
     * True when a clause of the count's sentence before the count's own, after its subject, says the subject held the
     * honour already ({@link HonourStatements#saidAsHeldAlready}: 武汉市早在2015年就已获此殊荣，目前已连续三届保持): the
     * count is an earlier holder's tally, not this round's.
     */
    private static boolean heldInEarlierClause(String simplified, int from, int at) {
        int clause = Sentences.clauseStart(simplified, at);
        for (int k = Math.max(from, Sentences.sentenceStart(simplified, at)); k < clause; k++) {
            if (HonourStatements.VERBS.at(simplified, k) != null && HonourStatements.saidAsHeldAlready(simplified, k)) {
                return true;
            }
        }
        return false;
    }

    /** How far into its clause a place may stand and still be the clause's subject (其中眉县为首次). */
    private static final int CLAUSE_HEAD = 4;

    /**
     * The place a count at {@code at} is said of, given {@code places[last]}, the nearest place before it: that
     * place when it opens the count's clause or stands in an earlier clause of the sentence; the place opening
     * the clause when the nearest one stands inside it (眉县也由此成为宝鸡市唯一实现“三连冠”的县: 眉县, not 宝鸡市);
     * else the nearest place before the clause (霞浦县被命名为…，成为宝鸡市唯一…三连冠: 霞浦县), or null.
     */
    private static PlaceRef countSubject(String text, List<PlaceRef> places, int last, int at) {
        PlaceRef nearest = places.get(last);
        if (HonourStatements.scopesRank(text, nearest.end())) {
            return null; // 是永州市唯一一个连续三届获评的县: among which places, not whose count
        }
        if (Places.isVenue(text, nearest.end())) {
            return null; // 表彰大会在北京召开，我市再次被命名为…，实现“七连冠”: where the meeting was, not who won
        }
        if (inNoteAfter(text, nearest.end(), at)) {
            return nearest; // 命名息烽县、修文县（连续第三次）、湄潭县为…: a listed name's note, not the clause head's count
        }
        int clause = Sentences.clauseStart(text, at);
        int head = clause;
        while (head < at && Paragraphs.isBlank(text.charAt(head))) {
            head++;
        }
        PairPointers.Word pair = PairPointers.at(text.substring(head, at));
        if (pair != null) {
            return paired(places, last, clause, pair.tag()); // 营口市、盘锦市入选…，前者为第二次获此称号，后者为首次
        }
        if (nearest.chainStart() < clause && dev.laurel.parsers.commendation.layout.Layout.numberedAt(text, head)) {
            return null; // …湛江市；（二）连续第三次获得命名的城市（县）：…: the next item's head, not the place before
        }
        if (nearest.chainStart() < clause && HonourStatements.opensGroupSubject(text, head)) {
            return null; // …威海市等多地实现“连冠”，多个县（市）则是首次获此殊荣: the group's count, not 威海市's
        }
        if (nearest.chainStart() < clause || nearest.chainStart() - head <= CLAUSE_HEAD) {
            return nearest;
        }
        if (text.charAt(nearest.chainStart() - 1) == '的') {
            return nearest; // 与金门一水之隔的福建省厦门市连续第六次入选: the place a modifier describes, not one inside it
        }
        if (dev.laurel.parsers.commendation.layout.RosterRuns.governedAt(text, nearest.chainStart())) {
            return nearest; // 延边朝鲜族自治州首府延吉市连续四届保持称号: the capital, not the prefecture
        }
        PlaceRef before = null;
        for (int i = last - 1; i >= 0; i--) {
            PlaceRef m = places.get(i);
            if (m.chainStart() < clause) {
                before = before == null ? m : before;
                break;
            }
            if (m.chainStart() - head <= CLAUSE_HEAD) {
                before = m; // the clause's own subject, earliest wins
            }
        }
        return before;
    }

    /**
     * Where the place a count at {@code at} is said of may start: its sentence, or the sentence before when a pair
     * pointer opens the count's clause (郴州市、资兴市榜上有名。前者系第三次获此殊荣，后者为首次).
     */
    private static int subjectReach(String text, int at) {
        int sentence = Sentences.sentenceStart(text, at);
        int clause = Sentences.clauseStart(text, at);
        boolean pair = sentence > 0 && PairPointers.at(text.substring(clause, at)) != null;
        return pair ? Sentences.sentenceStart(text, sentence - 1) : sentence;
    }

    /**
     * The place a pair pointer ({@code former}: 前者, {@code latter}: 后者) opening the clause at {@code clause} stands
     * for: the earlier or the later of the last two places named before it, or null when fewer were named.
     */
    private static PlaceRef paired(List<PlaceRef> places, int last, int clause, String pair) {
        PlaceRef latter = null;
        for (int i = last; i >= 0; i--) {
            PlaceRef m = places.get(i);
            if (m.end() > clause) {
                continue;
            }
            if (latter == null) {
                latter = m;
            } else if (!PairPointers.samePlace(m, latter)) {
                return "former".equals(pair) ? m : latter;
            }
        }
        return null;
    }

    /** True when {@code at} lies inside a bracket opened right at {@code nameEnd}, the end of a name: the name's note. */
    private static boolean inNoteAfter(String text, int nameEnd, int at) {
        if (nameEnd >= at || "（(".indexOf(text.charAt(nameEnd)) < 0) {
            return false;
        }
        for (int i = nameEnd + 1; i < at; i++) {
            if ("）)".indexOf(text.charAt(i)) >= 0 || Sentences.isClauseEnd(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** 张家港市、常熟市分别是第六次和第四次: as many places before 分别 as counts after it, paired in order. */
    private static void respectively(String text, List<PlaceRef> places, int paragraph, List<StoryClaim> out,
                                     List<int[]> used) {
        for (int at = text.indexOf("分别"); at >= 0; at = text.indexOf("分别", at + 2)) {
            int sentence = Sentences.sentenceStart(text, at);
            int end = Sentences.clauseEnd(text, at);
            List<PlaceRef> subjects = new ArrayList<>();
            for (int i = PlaceRef.lastEndingBy(places, at); i >= 0 && places.get(i).chainStart() >= sentence; i--) {
                if (clauseHas(text, places.get(i).end(), at)) {
                    subjects.add(0, places.get(i));
                }
            }
            if (subjects.size() < 2) {
                subjects = listBefore(text, places, Sentences.clauseStart(text, at), sentence);
            }
            List<int[]> counts = countsIn(text, at, end);
            if (subjects.size() > counts.size()) {
                subjects = withoutScopes(subjects); // 新疆生产建设兵团第八师石河子市、第六师五家渠市分别…: 新疆 is their scope
            }
            if (subjects.size() < 2 || subjects.size() != counts.size()) {
                continue;
            }
            boolean consecutive = text.substring(at, at + counts.get(0)[0]).contains("连续");
            for (int i = 0; i < subjects.size(); i++) {
                int[] q = counts.get(i);
                if (q[2] == NO_COUNT) {
                    continue;
                }
                boolean ownStreak = q[0] >= 2 && text.startsWith("连续", at + q[0] - 2); // …、连续第七次获评和第八次获评
                TimesKind kind = consecutive || ownStreak || q[3] == 1 ? TimesKind.CONSECUTIVE : TimesKind.TOTAL;
                out.add(new StoryClaim(subjects.get(i), q[2], kind, paragraph, subjects.get(i).chainStart(), at + q[1]));
            }
            used.add(new int[] {at, end});
        }
    }

    /**
     * The counts of a 分别 clause from {@code at} to {@code end}, in order, each {start, end, count, 1 for a 连冠}, offsets
     * from {@code at}: the scanner's counts of times (第六次, 五连冠), the honour counts it does not give (第二度与首度, 连续
     * 第三届: a 届 after 连续 counts times, not editions), 首次, and 蝉联 said with no number, as an item of {@link #NO_COUNT}.
     */
    private static List<int[]> countsIn(String text, int at, int end) {
        String clause = text.substring(at, end);
        List<Quantity> quantities = SCANNER.scan(clause);
        List<int[]> counts = new ArrayList<>();
        for (Quantity q : quantities) {
            if (isCount(q)) {
                counts.add(new int[] {q.start(), q.end(), q.value().intValueExact(), "连冠".equals(q.unit()) ? 1 : 0});
            }
        }
        for (HonorCount c : HonorCounts.find(clause, quantities)) {
            // not the scanner's 次 and 连冠 again (连续两届蝉联: 届 inside the phrase)
            boolean other = c.phrase().contains("度") || c.phrase().contains("届");
            if (other && !c.edition() && c.count() != null && c.count() <= MAX_COUNT
                    && counts.stream().noneMatch(k -> k[0] < c.end() && c.start() < k[1])) {
                counts.add(new int[] {c.start(), c.end(), c.count(), c.kind() == TimesKind.CONSECUTIVE ? 1 : 0});
            }
        }
        for (int f = FirstTimes.next(text, at); f >= 0 && f < end; f = FirstTimes.next(text, f + 1)) {
            counts.add(new int[] {f - at, f - at + FirstTimes.at(text, f).length(), 1, 0});
        }
        for (int r = clause.indexOf(RETAINED); r >= 0; r = clause.indexOf(RETAINED, r + RETAINED.length())) {
            int from = itemStart(clause, r);
            int to = itemEnd(clause, r + RETAINED.length());
            if (counts.stream().noneMatch(k -> k[0] < to && from < k[1])) {
                counts.add(new int[] {r, r + RETAINED.length(), NO_COUNT, 1}); // 分别实现蝉联和首次获评: an item without a number
            }
        }
        counts.sort((x, y) -> Integer.compare(x[0], y[0]));
        return counts;
    }

    /** 蝉联 as an item of a 分别 list: a streak kept, of no number said (a count left null, as 蝉联 alone gives none). */
    private static final String RETAINED = "蝉联";
    /** The count of an item that says none ({@link #RETAINED}): its place is paired, and given no count. */
    static final int NO_COUNT = -1;
    /** What parts the items of a 分别 list. */
    private static final String ITEM_MARKS = "、和及与";

    /** Where the item of a 分别 list holding {@code at} starts: after the mark before it, else the clause's start. */
    private static int itemStart(String clause, int at) {
        int k = at;
        while (k > 0 && ITEM_MARKS.indexOf(clause.charAt(k - 1)) < 0) {
            k--;
        }
        return k;
    }

    /** Where the item of a 分别 list holding the char before {@code at} ends: at the mark after it, else the clause's end. */
    private static int itemEnd(String clause, int at) {
        int k = at;
        while (k < clause.length() && ITEM_MARKS.indexOf(clause.charAt(k)) < 0) {
            k++;
        }
        return k;
    }

    /** {@code places} without those that contain another of them (a province or a city the others lie in). */
    private static List<PlaceRef> withoutScopes(List<PlaceRef> places) {
        List<PlaceRef> out = new ArrayList<>(places.size());
        for (PlaceRef p : places) {
            boolean scope = p.region() != null && places.stream().anyMatch(q -> q != p && q.region() != null
                    && !q.region().equals(p.region()) && q.region().isWithin(p.region()));
            if (!scope) {
                out.add(p);
            }
        }
        return out;
    }

    /** The largest count of times read; a number past it is no count of an honour given every few years. */
    private static final int MAX_COUNT = 999;

    /**
     * True for a count of times in a 分别 list (第六次, 连续三次, 五连冠) whose value is a whole number from 1 to
     * {@link #MAX_COUNT}: 连续0次 and 2.5次 count nothing.
     */
    private static boolean isCount(Quantity q) {
        java.math.BigDecimal v = q.value();
        return ("次".equals(q.unit()) && (q.kind() == QuantityKind.ORDINAL || q.kind() == QuantityKind.HONOR_COUNT)
                || "连冠".equals(q.unit())) && v.signum() > 0 && v.stripTrailingZeros().scale() <= 0
                && v.compareTo(java.math.BigDecimal.valueOf(MAX_COUNT)) <= 0;
    }

    /** How far before a 分别 clause a list of places may end (泰兴市、东台市、灌云县榜上有名，分别…). */
    private static final int LIST_REACH = 12;

    /**
     * The list of places (joined by 、和及与, 以及) that ends shortly before the clause starting at {@code clause}, in
     * the same sentence, or an empty list.
     */
    private static List<PlaceRef> listBefore(String text, List<PlaceRef> places, int clause, int sentence) {
        int last = PlaceRef.lastEndingBy(places, clause);
        List<PlaceRef> out = new ArrayList<>();
        if (last < 0 || places.get(last).chainStart() < sentence || clause - places.get(last).end() > LIST_REACH
                || !clauseHas(text, places.get(last).end(), clause - 1)) {
            return out;
        }
        out.add(places.get(last));
        for (int k = last - 1; k >= 0; k--) {
            PlaceRef q = places.get(k);
            String between = text.substring(q.end(), out.get(0).chainStart());
            if (q.chainStart() < sentence || !joinsList(between)) {
                break;
            }
            out.add(0, q);
        }
        return out;
    }

    /** The words that join the names of a list (珠海市、中山市; 珠海市和中山市; 珠海市，以及中山市). */
    private static final java.util.regex.Pattern LIST_JOINS = java.util.regex.Pattern.compile("[，,]?(?:以及|[、和及与])?");

    /** True when {@code between} joins two names of a list: nothing, 、, 和, 及, 与, or 以及 after a comma or none. */
    private static boolean joinsList(String between) {
        return between.length() <= 3 && LIST_JOINS.matcher(between).matches() && !between.equals("，") && !between.equals(",");
    }

    /** True when no sentence or clause end lies between {@code from} and {@code to}, list commas aside. */
    private static boolean clauseHas(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            if (Sentences.isClauseEnd(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }
}
