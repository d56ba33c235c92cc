package dev.laurel.parsers.commendation.layout;

import dev.laurel.model.RosterEntry;
import dev.laurel.model.SourceSpan;
import dev.laurel.parsers.commendation.DocumentContext;
import dev.laurel.parsers.commendation.mentions.CountPhrase;
import dev.laurel.parsers.commendation.mentions.HonourHeadings;
import dev.laurel.parsers.commendation.mentions.HonourFamilies;
import dev.laurel.parsers.commendation.mentions.HonourStatements;
import dev.laurel.parsers.commendation.mentions.PlaceRef;
import dev.laurel.parsers.commendation.text.Lexicon;
import dev.laurel.parsers.commendation.text.Paragraph;
import dev.laurel.parsers.commendation.text.Paragraphs;
import dev.laurel.parsers.commendation.text.Sentences;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The honour roll: lists of names in the document-level paragraphs and names written one per line,
 * in text order, each name once. A list of two names counts only when introduced as a roster
 * (分别是：…); 张家港市、常熟市分别是… in a news sentence is not a roster.
 */
public final class RosterReader {

    /**
     * The roster, the place behind each entry with the count its line gives (same order), and the number
     * of separate places (paragraphs or line blocks) it was gathered from.
     */
    public record Roster(List<RosterEntry> entries, List<ListRows.Item> places, int parts) {
    }

    private RosterReader() {
    }

    public static Roster read(Layout layout, DocumentContext context) {
        // per official name only its earliest candidate: the roster lists each name once, at its first place,
        // and text that repeats one name (杭州市杭州市…, millions of times) keeps one candidate, not millions
        Map<String, Candidate> first = new HashMap<>();
        int[] added = {0};
        int parts = 0;
        java.util.TreeMap<Integer, Boolean> titles = listTitles(layout.documentParagraphs, context.honor());
        for (Paragraph p : layout.documentParagraphs) {
            if (addressees(p.text())) {
                continue; // 各设区市、定州市、辛集市爱卫办，雄安新区爱卫办：: whom a notice is sent to, no roster
            }
            if (underOtherTitle(titles, p.start())) {
                continue; // 崇义县、安远县 under 江西省卫生县城名单 in a decision on 江西省卫生城市
            }
            boolean any = false;
            List<HonourStatements.Statement> statements = null; // found when a run needs them
            for (RosterRuns.Run found : RosterRuns.find(p.text(), context.places(), context.province())) {
                List<PlaceRef> run = found.places();
                if (run.size() < RosterRuns.MIN_NAMES && !found.underRowHead() && (!RosterRuns.introduced(p.text(), run.get(0).chainStart())
                        || !listed(p.text(), run))) {
                    continue; // 分别是：A和B。 is a list; 军民融合：A与B签订… is a sentence about A
                }
                if (statements == null) {
                    String simplified = dev.laurel.text.TraditionalToSimplified.toSimplified(p.text());
                    // without a naming verb there is no statement: the places are not looked up a second time
                    // (a paragraph of a million names would hold two lists of a million places at once)
                    statements = !HonourStatements.mayState(simplified) ? List.of() : HonourStatements.find(simplified,
                            context.places().mentions(p.text(), context.province()), context.honor());
                }
                if (run.size() == 1 && RosterRuns.leadsCountedGroup(p.text(), run.get(0).end())
                        && !groupOfDocumentHonour(p.text(), run.get(0), context.honor())) {
                    continue; // 平山县等5个县城为国家园林县城 beside 辽阳市等8个城市为国家园林城市: another title's group
                }
                String simple = dev.laurel.text.TraditionalToSimplified.toSimplified(p.text());
                if (HonourStatements.holdsCountedAfter(simple, run.get(run.size() - 1).end())
                        || RosterRuns.holdsCountiesCounted(simple, run) || RosterRuns.titlesListsBelow(simple, run)) {
                    // 通化市、延边朝鲜族自治州各有2个县级市名列其中, 呼伦贝尔市、兴安盟5个受命名旗县市, 其中宜宾市、达州市名单如下：
                    // the places holding the listed ones
                    continue;
                }
                if (afterContextWord(p.text(), run.get(0).chainStart()) || heldBefore(p.text(), run.get(0).chainStart())) {
                    continue; // 三县分别隶属遵义市、黔东南州和毕节市: the places the awardees belong to
                }
                if (ofAnotherHonour(p.text(), run, statements, context.honor()) || ofEarlierRound(p.text(), run, statements)) {
                    continue; // 洪江市、會同縣…被命名為省級…: the places of another title named alongside
                }
                if (timetabled(p.text(), run.get(0).chainStart())) {
                    continue; // 4月21日—23日：宜昌市、宜都市、当阳市: when each is visited, not who was honoured
                }
                if (planned(p.text(), run) || wishedAfter(p.text(), run)) {
                    continue; // 力争建阳区、浦城县在下一届实现突破, 拜城县、乌什县尚未获评: a plan's places, not the honoured
                }
                if (withheldHead(p.text(), run)) {
                    continue; // 提名城市（2个）：韶关市、汕尾市: a head saying its places were not honoured
                }
                if (withheldAfter(p.text(), run, statements)) {
                    continue; // A县、B县2个县作为培育对象，另行报送，不列入本次命名名单
                }
                if (inSentenceOfOtherThings(p.text(), run, statements)) {
                    continue; // 会上，原州区、西吉县、隆德县和市直有关部门负责人递交了目标责任书
                }
                CountPhrase headed = inlineHeadCount(p.text(), run.get(0).chainStart());
                for (PlaceRef ref : run) {
                    ListRows.Item item = ListRows.inText(p.text(), ref, context.places(), layout.footnotes);
                    if (item == null) {
                        continue; // 图们市（暂缓，待整改后另行公示）: listed, not honoured
                    }
                    if (item.times() == null && headed != null) {
                        item = new ListRows.Item(item.place(), headed.times(), headed.kind(), false, item.honour()); // （二）连续第三次获得命名的城市（县）：…
                    }
                    keepFirst(first, added, ref, item, p.start() + ref.start(), p.start() + ref.end());
                    any = true;
                }
            }
            if (any) {
                parts++;
            }
        }
        if (!layout.rosterLines.isEmpty()) {
            parts++;
        }
        Map<Paragraph, Boolean> otherHonour = new java.util.IdentityHashMap<>();
        Map<Paragraph, java.util.Optional<CountPhrase>> leadCount = new java.util.IdentityHashMap<>(); // read once per lead
        for (int i = 0; i < layout.rosterLines.size(); i++) {
            ListRows.Item item = layout.rosterLines.get(i);
            Paragraph lead = layout.rosterLeads.get(i);
            if (underOtherTitle(titles, item.place().start())) {
                continue; // 赣州市：崇义县、安远县 under 江西省卫生县城名单, its lead 附件2
            }
            if (lead != null && otherHonour.computeIfAbsent(lead, l -> HonourFamilies.namesOnlyOtherHonours(
                    dev.laurel.text.TraditionalToSimplified.toSimplified(l.text()), context.honor()) || withheld(l.text()))) {
                continue; // 附件2：…实践创新基地名单 in a decision on 生态文明建设示范区: the list of another title
            }
            CountPhrase said = item.times() == null && lead != null
                    ? leadCount.computeIfAbsent(lead, l -> java.util.Optional.ofNullable(ListRows.headCount(l.text()))).orElse(null)
                    : null;
            if (said != null) {
                item = new ListRows.Item(item.place(), said.times(), said.kind(), false, item.honour()); // 二、首次获得命名的城市（4个） above the list
            }
            keepFirst(first, added, item.place(), item, item.place().start(), item.place().end());
        }
        List<Candidate> found = new ArrayList<>(first.values());
        found.sort((a, b) -> a.start != b.start ? Integer.compare(a.start, b.start) : Integer.compare(a.order, b.order));
        List<RosterEntry> entries = new ArrayList<>();
        List<ListRows.Item> refs = new ArrayList<>();
        for (Candidate c : found) {
            PlaceRef ref = c.item.place().official();
            refs.add(c.item);
            entries.add(new RosterEntry(ref.name(), ref.kind(), ref.regionCode(), ref.province(), false,
                    new SourceSpan(c.start, c.end)));
        }
        return new Roster(entries, refs, parts);
    }

    /**
     * The titles of lists among the document's paragraphs ({@link HonourHeadings#titlesList}: 江西省卫生城市名单; an honour's
     * name alone above the lines of a table or list, {@link Layout#isHonourRecord} with no verb), by
     * source offset, each with whether it names only honours other than the document's; empty when the document states
     * no honour.
     */
    private static java.util.TreeMap<Integer, Boolean> listTitles(List<Paragraph> paragraphs, String documentHonour) {
        java.util.TreeMap<Integer, Boolean> out = new java.util.TreeMap<>();
        if (documentHonour != null) {
            for (int i = 0; i < paragraphs.size(); i++) {
                Paragraph p = paragraphs.get(i);
                if (HonourHeadings.titlesList(p.text())) {
                    out.put(p.start(), HonourHeadings.titlesOtherHonoursList(p.text(), documentHonour));
                } else if (i + 1 < paragraphs.size() && paragraphs.get(i + 1).index() > p.index() + 1
                        && Layout.isHonourRecord(p.text()) && !HonourStatements.VERBS.occursIn(
                                dev.laurel.text.TraditionalToSimplified.toSimplified(p.text()))) {
                    // 國家衛生縣城 over the lines of a table or list the layout took (序號 所屬州市 縣城 類別 / 1 …): it titles
                    // those lines only, and the paragraph after them is under what was before it
                    java.util.Map.Entry<Integer, Boolean> before = out.lastEntry();
                    out.put(p.start(), HonourFamilies.namesOnlyOtherHonours(
                            dev.laurel.text.TraditionalToSimplified.toSimplified(p.text().strip()), documentHonour));
                    out.put(paragraphs.get(i + 1).start(), before != null && before.getValue());
                }
            }
        }
        return out;
    }

    /** True when the list title nearest before source offset {@code at} names only another honour's places. */
    private static boolean underOtherTitle(java.util.TreeMap<Integer, Boolean> titles, int at) {
        java.util.Map.Entry<Integer, Boolean> title = titles.floorEntry(at);
        return title != null && title.getValue();
    }

    /**
     * True when the clause of a counted group's head names the document's honour after it, and no other first
     * (命名辽阳市等8个城市为国家园林城市 in a decision on 国家园林城市): the head is one of the places so honoured.
     */
    private static boolean groupOfDocumentHonour(String text, PlaceRef head, String documentHonour) {
        String simplified = dev.laurel.text.TraditionalToSimplified.toSimplified(text);
        int end = Sentences.clauseEnd(simplified, head.end());
        return documentHonour != null && HonourStatements.HONOURS.occursIn(simplified.substring(head.end(), end))
                && !HonourFamilies.namesOtherHonourAfter(simplified, head.end(), documentHonour);
    }

    /**
     * Words saying listed places were not honoured this round (限期整改, 撤销, 暂缓命名, 不列入), from
     * {@code withheld-words.txt}: above a list, after it in its sentence, in a row's note or a table's note cell.
     */
    static final Lexicon WITHHELD = Lexicon.load("withheld-words.txt");
    /** How long a line above a list may be and still be its head. */
    private static final int MAX_LEAD_HEAD = 40;

    /** The longest line read as a notice's addressees (各市、县人民政府，省政府各部门：). */
    private static final int MAX_ADDRESSEES = 80;

    /** True when a line names whom an official notice is sent to: 各… up to the colon that ends it. */
    private static boolean addressees(String text) {
        String t = text.strip();
        return t.length() <= MAX_ADDRESSEES && t.startsWith("各") && (t.endsWith("：") || t.endsWith(":"));
    }

    /** True when the short line above a list says its places were not given the honour (三、限期整改的城市（1个）). */
    private static boolean withheld(String lead) {
        String t = lead.strip();
        if (t.length() > MAX_LEAD_HEAD || Sentences.endsSentence(t)) {
            return false; // 另有佳木斯市郊区…暂缓命名，整改后另行评估。 above a table: a sentence of its own, no head
        }
        return WITHHELD.occursIn(dev.laurel.text.TraditionalToSimplified.toSimplified(lead));
    }

    /** Words before a list that make its places context (隶属, 位于, 毗邻), from {@code context-words.txt}. */
    private static final Lexicon CONTEXT = Lexicon.load("context-words.txt");
    /** How far before a list's first name a context word may end (分别隶属, 均位于). */
    private static final int CONTEXT_REACH = 3;

    /** True when a context word ends within {@link #CONTEXT_REACH} chars before {@code at}; one tagged next, right before it. */
    private static boolean afterContextWord(String text, int at) {
        String simplified = dev.laurel.text.TraditionalToSimplified.toSimplified(
                text.substring(Math.max(0, at - CONTEXT_REACH - 3), at));
        for (int i = 0; i < simplified.length(); i++) {
            String w = CONTEXT.at(simplified, i);
            int gap = w == null ? -1 : simplified.length() - (i + w.length());
            if (w != null && gap <= CONTEXT_REACH && (gap == 0 || !"next".equals(CONTEXT.tag(w)))) {
                return true;
            }
        }
        return false;
    }

    /** The chars of a kind of place and its joiners between 的 and a list: 县（市、区）：, 城市有, 地区包括. */
    private static final String KIND_CHARS = "县市区旗州城地方（）()、：:有为是包括";
    /** The most such chars. */
    private static final int MAX_KIND_BETWEEN = 10;

    /**
     * True when the list at {@code at} is described by a clause saying its places already hold an honour (赴已获评全国文明城市的
     * 江门市、中山市等地学习): holders of an earlier round, not this document's awardees (此次获评…的 A、B are).
     */
    private static boolean heldBefore(String text, int at) {
        int end = at;
        while (end > 0 && Paragraphs.isBlank(text.charAt(end - 1))) {
            end--;
        }
        int kind = end; // 已获评江西省森林城市的县（市、区）：武宁县、永修县: the kind of place the list is, between 的 and it
        while (kind > 0 && end - kind < MAX_KIND_BETWEEN && KIND_CHARS.indexOf(text.charAt(kind - 1)) >= 0) {
            kind--;
        }
        if (kind < end && kind > 0 && text.charAt(kind - 1) == '的') {
            end = kind;
        }
        if (end == 0 || text.charAt(end - 1) != '的') {
            return false;
        }
        String clause = dev.laurel.text.TraditionalToSimplified.toSimplified(
                text.substring(dev.laurel.parsers.commendation.text.Sentences.clauseStart(text, end), end));
        for (int i = clause.indexOf('已'); i >= 0; i = clause.indexOf('已', i + 1)) {
            for (int j = i + 1; j <= i + 3 && j < clause.length(); j++) {
                if (dev.laurel.parsers.commendation.mentions.HonourStatements.VERBS.at(clause, j) != null
                        || clause.charAt(j) == '获' && j == i + 1) {
                    return true; // 已获评…的; 已获全国双拥模范城（县）命名的遵义市、六盘水市
                }
            }
        }
        return false;
    }

    /**
     * True for a short run written as a list: its names joined by 、, or the run closing its clause (A和B。); false
     * for A与B签订…, where the conjunction joins the subjects of another verb.
     */
    private static boolean listed(String text, List<PlaceRef> run) {
        for (int k = 1; k < run.size(); k++) {
            if (text.substring(run.get(k - 1).end(), run.get(k).chainStart()).indexOf('、') >= 0) {
                return true;
            }
        }
        return run.size() == 1 || endsClause(text, run.get(run.size() - 1).end());
    }

    /** True when nothing but blanks stands between {@code at} and the end of its clause, a list's 、 or the text's end. */
    private static boolean endsClause(String text, int at) {
        int i = at;
        while (i < text.length() && Paragraphs.isBlank(text.charAt(i))) {
            i++;
        }
        return i >= text.length() || Sentences.isClauseEnd(text.charAt(i)) || text.charAt(i) == '、';
    }

    /** A date or a range of dates heading a line of a timetable (4月21日—23日：, 5月6日至8日：). */
    private static final java.util.regex.Pattern TIMETABLE_HEAD = java.util.regex.Pattern.compile(
            "[\\s\u3000]*[0-9０-９]{1,2}月[0-9０-９]{1,2}日(?:[—\\-－~～至到](?:[0-9０-９]{1,2}月)?[0-9０-９]{1,2}日)?[：:][\\s\u3000]*");

    /** True when the list at {@code at} follows a date and a colon opening its line: a timetable's line. */
    private static boolean timetabled(String text, int at) {
        return TIMETABLE_HEAD.matcher(text).region(0, at).matches();
    }

    /** Keeps the candidate for {@code ref}'s official name at the smallest start (the first kept on a tie), with a count either had. */
    private static void keepFirst(Map<String, Candidate> first, int[] added, PlaceRef ref, ListRows.Item item,
                                  int start, int end) {
        int order = added[0]++;
        String name = ref.official().name();
        Candidate old = first.get(name);
        ListRows.Item found = item != null ? item : new ListRows.Item(ref, null, null);
        if (old == null || start < old.start) {
            first.put(name, new Candidate(withCountOf(found, old == null ? null : old.item), start, end, order));
        } else {
            first.put(name, new Candidate(withCountOf(old.item, found), old.start, old.end, old.order));
        }
    }

    /**
     * {@code kept}, with the count of {@code other} (the same place listed elsewhere) when only that one has a count
     * (a sentence names 江孜县 among the awardees, the table below gives its 命名次数), and noted when either is.
     */
    private static ListRows.Item withCountOf(ListRows.Item kept, ListRows.Item other) {
        if (other == null) {
            return kept;
        }
        boolean noted = kept.noted() || other.noted();
        String honour = honours(kept.honour(), other.honour());
        if (kept.times() != null || other.times() == null) {
            return noted == kept.noted() && java.util.Objects.equals(honour, kept.honour()) ? kept
                    : new ListRows.Item(kept.place(), kept.times(), kept.kind(), noted, honour);
        }
        return new ListRows.Item(kept.place(), other.times(), other.kind(), noted, honour);
    }

    /**
     * The honours of a place's rows in a table of several (荣誉名称), both when they differ (全国双拥模范城、国家森林城市): the
     * place is another honour's only when each of its rows is. Null when either names none (a list of the page's
     * honour, 霍山县、舒城县上榜, beside the table).
     */
    private static String honours(String a, String b) {
        return a == null || b == null ? null : a.equals(b) ? a : a + "、" + b;
    }

    /** How many Han chars after a run, in its clause, make the clause say something of its own about its places. */
    private static final int MIN_OWN_PREDICATE = 6;

    /**
     * True when a run stands in a sentence that names no honour, in a paragraph that states no naming up to the
     * sentence's end, and the run's clause goes on after it with words of its own (会上，A县、B县和市直有关部门负责人
     * 递交了目标责任书): the places are who did something else, not a list of the honoured. A list after a naming earlier in the
     * paragraph (…获此殊荣。其中，A市、B市立足各自实际…) stays a list; so does one that goes on (、 after the run), closes
     * with 等N个 and a verb (等8个城市入选), a bracket note or the clause's end, unless it stands in brackets
     * (下辖…8个县（沙县区、永安市等）: members of a group said in passing).
     */
    private static boolean inSentenceOfOtherThings(String text, List<PlaceRef> run,
                                                   List<HonourStatements.Statement> statements) {
        int end = run.get(run.size() - 1).end();
        int to = Sentences.sentenceEnd(text, end);
        for (HonourStatements.Statement st : statements) {
            if (st.verbStart() < to) {
                return false;
            }
        }
        int from = Sentences.sentenceStart(text, run.get(0).chainStart());
        String sentence = dev.laurel.text.TraditionalToSimplified.toSimplified(text.substring(from, to));
        if (namesHonourOutsideTitles(sentence)) {
            return false; // …、宁明县为自治区双拥模范城（县）: a list named for an honour
        }
        int start = run.get(0).chainStart();
        if (start > 0 && (text.charAt(start - 1) == '（' || text.charAt(start - 1) == '(')) {
            return true; // 下辖…8个县（沙县区、永安市、尤溪县等）: who belongs to a group, said in passing
        }
        int clause = Sentences.clauseStart(text, start);
        while (clause < start && Paragraphs.isBlank(text.charAt(clause))) {
            clause++;
        }
        if (RosterRuns.governedAt(text, start) || RosterRuns.governsAt(text, clause)) {
            return true; // 江门市位于…，辖蓬江区、…和台山市、开平市…四市: the places it governs, no list of the honoured
        }
        int at = end - from;
        while (at < sentence.length() && Paragraphs.isBlank(sentence.charAt(at))) {
            at++;
        }
        if (at < sentence.length() && (sentence.charAt(at) == '、' || sentence.charAt(at) == '等')) {
            return false; // the list goes on, or closes with 等N个 and what became of them
        }
        int han = 0;
        int depth = 0;
        for (int i = at; i < sentence.length() && !Sentences.isClauseEnd(sentence.charAt(i)); i++) {
            if (HonourStatements.VERBS.at(sentence, i) != null) {
                return false;
            }
            char c = sentence.charAt(i);
            depth += c == '（' || c == '(' ? 1 : c == '）' || c == ')' ? -1 : 0;
            han += depth == 0 && c >= '\u4E00' && c <= '\u9FFF' ? 1 : 0;
        }
        return han >= MIN_OWN_PREDICATE;
    }

    /**
     * True when an honour of the lexicon is named in {@code sentence} outside book-title marks: 《全国文明城市测评体系》 is the
     * name of a document the places work by, not the honour they were given.
     */
    private static boolean namesHonourOutsideTitles(String sentence) {
        int depth = 0;
        for (int i = 0; i < sentence.length(); i++) {
            char c = sentence.charAt(i);
            depth = c == '《' ? depth + 1 : c == '》' ? Math.max(0, depth - 1) : depth;
            if (depth == 0 && HonourStatements.HONOURS.at(sentence, i) != null) {
                return true;
            }
        }
        return false;
    }

    /** Words before a list that make its places a plan's ({@code plan-words.txt}: 力争, 争取, 计划). */
    private static final Lexicon PLANS = Lexicon.load("plan-words.txt");

    /** True when a plan word stands in the run's clause before its first place (力争建阳区、浦城县在下一届实现突破). */
    private static boolean planned(String text, List<PlaceRef> run) {
        int at = run.get(0).chainStart();
        return PLANS.occursIn(dev.laurel.text.TraditionalToSimplified.toSimplified(
                text.substring(Sentences.clauseStart(text, at), at)));
    }

    /**
     * True when a wish word or a denial ({@code wish-words.txt}) follows the run in its clause, before any naming verb
     * (拜城县、乌什县尚未获评, 拜城县、乌什县正在积极创建, …力争下一批入选): the places have not won. One after the verb says
     * what they won (…入选全国文明城市提名城市).
     */
    private static boolean wishedAfter(String text, List<PlaceRef> run) {
        int end = run.get(run.size() - 1).end();
        String after = dev.laurel.text.TraditionalToSimplified.toSimplified(text.substring(end, Sentences.clauseEnd(text, end)));
        int verb = 0;
        while (verb < after.length() && HonourStatements.VERBS.at(after, verb) == null) {
            verb++;
        }
        return HonourStatements.wishedIn(after, 0, verb);
    }

    /** The longest head before a colon read for the words of {@link #WITHHELD}. */
    private static final int MAX_WITHHELD_HEAD = 20;

    /**
     * True when the run follows a colon closing a short head that says its places were not honoured (提名城市（2个）：,
     * 暂缓命名：; {@code withheld-words.txt}).
     */
    private static boolean withheldHead(String text, List<PlaceRef> run) {
        int at = run.get(0).chainStart();
        int colon = at - 1;
        while (colon >= 0 && Paragraphs.isBlank(text.charAt(colon))) {
            colon--;
        }
        if (colon < 0 || text.charAt(colon) != '：' && text.charAt(colon) != ':') {
            return false;
        }
        int from = Math.max(Sentences.clauseStart(text, colon), colon - MAX_WITHHELD_HEAD);
        return WITHHELD.occursIn(dev.laurel.text.TraditionalToSimplified.toSimplified(text.substring(from, colon)));
    }

    /**
     * True when the sentence of a run says after it, before a semicolon, that its places were not honoured (不列入本次命名名单,
     * 暂缓命名; {@code withheld-words.txt}), and no statement of the document's honour has the run's first place as subject.
     */
    private static boolean withheldAfter(String text, List<PlaceRef> run, List<HonourStatements.Statement> statements) {
        for (HonourStatements.Statement st : statements) {
            for (PlaceRef s : st.subjects()) {
                if (s.start() == run.get(0).start() && st.documentHonour()) {
                    return false;
                }
            }
        }
        int from = run.get(run.size() - 1).end();
        int to = Sentences.sentenceEnd(text, from);
        for (int k = from; k < to; k++) {
            if (text.charAt(k) == '；' || text.charAt(k) == ';') {
                to = k; // …汕尾市、阳江市获新命名；湛江市…被暂缓确认: the clause after the semicolon is another place's
                break;
            }
        }
        return WITHHELD.occursIn(dev.laurel.text.TraditionalToSimplified.toSimplified(text.substring(from, to)));
    }

    /**
     * True when the sentence of a run states only honours other than the document's, one of them after
     * the run (通化县、柳河县、辉南县被命名为吉林省双拥模范县 in a story about 全国双拥模范城).
     */
    private static boolean ofAnotherHonour(String text, List<PlaceRef> run, List<HonourStatements.Statement> statements,
                                           String documentHonour) {
        int from = Sentences.sentenceStart(text, run.get(0).chainStart());
        int to = Sentences.sentenceEnd(text, run.get(run.size() - 1).end());
        if (copulaOfAnotherHonour(text, run.get(run.size() - 1).end(), documentHonour)) {
            return true; // 牡丹江市曾…被命名为全国双拥模范城，海林市、宁安市为黑龙江省双拥模范城: the run's own clause says
        }
        for (HonourStatements.Statement st : statements) {
            for (PlaceRef s : st.subjects()) {
                if (s.start() == run.get(0).start()) {
                    return !st.documentHonour(); // 命名A、B为…文明城市，命名景泰县、康县为…文明县城: each list its own statement's
                }
            }
        }
        boolean other = false;
        boolean stated = false;
        for (HonourStatements.Statement st : statements) {
            if (st.verbStart() < from || st.verbStart() >= to) {
                continue;
            }
            if (st.documentHonour()) {
                return false;
            }
            stated = true;
            other |= st.verbStart() >= run.get(run.size() - 1).end();
        }
        // 同一批公布的国家卫生县城名单中，福建德化县、永泰县、柘荣县获得命名 in a page on 国家卫生城市: the run's sentence
        // states no honour of its own, and names only another
        return other || !stated && (HonourFamilies.namesOnlyOtherHonours(
                dev.laurel.text.TraditionalToSimplified.toSimplified(text.substring(from, to)), documentHonour)
                || namedUnknownTitle(dev.laurel.text.TraditionalToSimplified.toSimplified(text), run));
    }

    /**
     * True when a copula right after a run (为, 是; 均为) says what its places are, and the first honour its clause names is
     * another than the document's (海林市、宁安市为黑龙江省双拥模范城 on a page of 全国双拥模范城).
     */
    private static boolean copulaOfAnotherHonour(String text, int end, String documentHonour) {
        String s = dev.laurel.text.TraditionalToSimplified.toSimplified(text.substring(end, Sentences.clauseEnd(text, end)));
        int at = !s.isEmpty() && "均都也皆".indexOf(s.charAt(0)) >= 0 ? 1 : 0;
        return at < s.length() && "为是".indexOf(s.charAt(at)) >= 0
                && HonourFamilies.namesOtherHonourAfter(s, at + 1, documentHonour);
    }

    /** The fewest chars of a title no honour noun names (先进县 alone is a word, not a title). */
    private static final int MIN_UNKNOWN_TITLE = 5;

    /**
     * True when a naming verb right after the run has for its object, up to its clause's end, a title ending as a place's
     * kind does that names no honour of {@code honour-nouns.txt} and no word standing for the page's (武胜县、岳池县入选
     * 全省县域经济高质量发展先进县 in a city's work report): another title's places.
     */
    private static boolean namedUnknownTitle(String simplified, List<PlaceRef> run) {
        int end = run.get(run.size() - 1).end();
        String verb = end < simplified.length() ? HonourStatements.VERBS.at(simplified, end) : null;
        if (verb == null) {
            return false;
        }
        int from = end + verb.length();
        int to = Sentences.clauseEnd(simplified, from);
        while (to > from && (dev.laurel.parsers.commendation.text.Quotes.closes(simplified.charAt(to - 1))
                || simplified.charAt(to - 1) == '。')) {
            to--; // …发展先进县”。: the title without its closing marks
        }
        String object = simplified.substring(from, to);
        if (object.length() < MIN_UNKNOWN_TITLE || !dev.laurel.parsers.commendation.mentions.Places.endsAsDivision(object)
                || HonourStatements.HONOURS.occursIn(object)) {
            return false;
        }
        for (int i = from; i < to; i++) {
            if (HonourStatements.pointsToHonour(simplified, i)) {
                return false;
            }
        }
        return true;
    }

    /**
     * True when the statement naming the run says it of an earlier round (州内的雷山县、丹寨县此前已分别于2017年、2019年获评…;
     * 此前两批中，海南已有三亚市吉阳区、琼海市入选), as {@link HonourStatements#saidAfterEarlierWord} reads it at the
     * list and at the verb of the statement naming it.
     */
    private static boolean ofEarlierRound(String text, List<PlaceRef> run, List<HonourStatements.Statement> statements) {
        String simplified = dev.laurel.text.TraditionalToSimplified.toSimplified(text);
        if (HonourStatements.saidAfterEarlierWord(simplified, run.get(0).chainStart())) {
            return true; // 此前两批中，海南已有三亚市吉阳区、琼海市入选
        }
        int end = run.get(run.size() - 1).end();
        for (int v = end, stop = Sentences.clauseEnd(simplified, end); v < stop; v++) {
            if (HonourStatements.VERBS.at(simplified, v) != null) { // 酒泉市、嘉峪关市此前已先后获评, the honour unnamed
                if (HonourStatements.saidAfterEarlierWord(simplified, v)) {
                    return true;
                }
                break;
            }
        }
        for (HonourStatements.Statement st : statements) {
            if (!st.subjects().isEmpty() && st.subjects().get(0).start() == run.get(0).start() && st.verbStart() >= end
                    && HonourStatements.saidAfterEarlierWord(simplified, st.verbStart())) {
                return true; // 雷山县、丹寨县此前已分别于2017年、2019年获评…
            }
            if (!st.subjects().isEmpty() && st.subjects().get(0).start() == run.get(0).start() && st.verbStart() >= end
                    && st.honourStart() < run.get(0).chainStart() && heldEarlierInSentence(simplified, st)) {
                return true; // 九市早已全部获得…称号，其中广州市、惠州市率先获授: the honour, and its round, said before them
            }
        }
        return false;
    }

    /**
     * True when the naming verb before the honour that {@code st} takes up, earlier in its sentence, says its places held
     * it already or were named in an earlier round (九市早已全部获得国家森林城市称号，其中…率先获授).
     */
    private static boolean heldEarlierInSentence(String simplified, HonourStatements.Statement st) {
        int verb = -1;
        for (int v = Sentences.sentenceStart(simplified, st.verbStart()); v < st.honourStart(); v++) {
            if (HonourStatements.VERBS.at(simplified, v) != null) {
                verb = v;
            }
        }
        return verb >= 0 && (HonourStatements.saidAsHeldAlready(simplified, verb)
                || HonourStatements.saidAfterEarlierWord(simplified, verb));
    }

    /** {@code order}: its place in the order candidates were met, to break ties of {@code start} as the gathering order did. */
    private record Candidate(ListRows.Item item, int start, int end, int order) {
    }

    /**
     * The count a numbered group head gives the names right after its colon inside running text (…：（一）连续第七次获得命名的
     * 城市（县）：广州市、汕头市；（二）首次获得命名的城市（县）：河源市), or null: the head runs from the last colon, semicolon or
     * full stop before it, and must open with its numbering.
     */
    private static CountPhrase inlineHeadCount(String text, int runStart) {
        int colon = runStart - 1;
        if (colon < 1 || text.charAt(colon) != '：' && text.charAt(colon) != ':') {
            return null;
        }
        int from = colon - 1;
        while (from >= 0 && "：:；;。".indexOf(text.charAt(from)) < 0) {
            from--;
        }
        String head = text.substring(from + 1, colon + 1);
        return Layout.numberedAt(head, 0) ? ListRows.headCount(head) : null;
    }
}
