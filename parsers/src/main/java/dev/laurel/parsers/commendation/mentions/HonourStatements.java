package dev.laurel.parsers.commendation.mentions;

import dev.laurel.parsers.commendation.text.BoxTitles;
import dev.laurel.parsers.commendation.text.Lexicon;
import dev.laurel.parsers.commendation.text.Paragraphs;
import dev.laurel.parsers.commendation.text.Quotes;
import dev.laurel.parsers.commendation.text.FootnoteMarks;
import dev.laurel.parsers.commendation.text.Sentences;
import dev.laurel.region.RegionLevel;
import dev.laurel.text.TraditionalToSimplified;
import dev.laurel.text.WordList;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Sentences that say a place received an honour: {@code 汝城县被命名为“全国双拥模范县”},
 * {@code 池州成功入选,被授予…称号}, {@code 拟命名哈尔滨市巴彦县为…}, {@code 我市再次被命名为…}. A statement
 * needs a naming verb ({@code naming-verbs.txt}) and, after it in the sentence, an honour of the
 * lexicon ({@code honour-nouns.txt}) or a word that refers to the document's honour (此殊荣, 这一称号).
 * Its subjects are the places of the list right before the verb (宜春市和宜丰县被…), or, for verbs that
 * take their object first, the places between the verb and 为; without a place, a pointer (我市, 该县).
 * Statements of another honour (a provincial title beside the national one, 全国文明村镇 beside
 * 全国文明城市) are kept apart by {@link Statement#documentHonour()}. Works on simplified text.
 */
public final class HonourStatements {
    public static final Lexicon HONOURS = Lexicon.load("honour-nouns.txt");
    public static final Lexicon VERBS = Lexicon.load("naming-verbs.txt");
    public static final Lexicon POINTERS = Lexicon.load("pointers.txt");

    /**
     * True when a pointer of {@code pointers.txt} stands for the page's own place, which its body may never name: the
     * place that writes (我市, 我们: tagged self) or the place an official letter is written to (你市, 贵县: tagged addressee).
     */
    public static boolean isSelfPointer(String pointer) {
        String tag = POINTERS.tag(pointer);
        return "self".equals(tag) || "addressee".equals(tag);
    }

    /** True when a pointer of {@code pointers.txt} is the place a letter is written to (你市, 贵县: tagged addressee). */
    public static boolean isAddressee(String pointer) {
        return "addressee".equals(POINTERS.tag(pointer));
    }

    /** True when a pointer of {@code pointers.txt} speaks of the whole of a place (全市, 全县: tagged whole). */
    public static boolean isWholePointer(String pointer) {
        return "whole".equals(POINTERS.tag(pointer));
    }
    /** Words saying a place was honoured before (再度, 通过复审, 继续保留), {@code again-words.txt}. */
    public static final Lexicon AGAIN = Lexicon.load("again-words.txt");
    /** Words between a place and the verb that make the honoured something the place has (三市共有8个县…). */
    static final Lexicon POSSESSION = Lexicon.load("possession-words.txt");

    /**
     * True when a word of {@code possession-words.txt} and a count follow {@code at}, 各, 均 or 都 before them at most
     * (通化市、延边朝鲜族自治州各有2个县级市名列其中): the places before hold the honoured ones.
     */
    public static boolean holdsCountedAfter(String text, int at) {
        int i = at < text.length() && "各均都".indexOf(text.charAt(at)) >= 0 ? at + 1 : at;
        String w = POSSESSION.at(text, i);
        int n = w == null ? -1 : i + w.length();
        return n >= 0 && n < text.length() && countChar(text.charAt(n));
    }

    /** True for a char a count of places may open or go on with: a digit, or a Han numeral up to ten (5个, 两个). */
    public static boolean countChar(char c) {
        return Character.isDigit(c) || "一二两三四五六七八九十".indexOf(c) >= 0;
    }
    /** Words after a verb that stand for the document's honour itself (此殊荣, 这块…招牌), {@code honour-pointers.txt}. */
    private static final Lexicon HONOUR_POINTERS = Lexicon.load("honour-pointers.txt");
    /** The first chars of the pointers that stand for the honour or open a plaque (此, 这, 该), not of the plaques. */
    private static final java.util.BitSet POINTER_STARTS = pointerStarts();

    private static java.util.BitSet pointerStarts() {
        java.util.BitSet set = new java.util.BitSet(0x10000);
        HONOUR_POINTERS.words().stream().filter(w -> !"plaque".equals(HONOUR_POINTERS.tag(w))).forEach(w -> set.set(w.charAt(0)));
        return set;
    }

    /** How far after 这块 its plaque may end (这块沉甸甸的“金字招牌”). */
    private static final int PLAQUE_REACH = 12;
    /** Words that make a naming a wish, a purpose or a condition, not a fact ({@code wish-words.txt}), by tag. */
    private static final Map<String, Lexicon> NOT_FACTS = Lexicon.byTag("wish-words.txt");
    /** Words before a verb in its clause that make it a wish, not a fact (争创, 力争, 确保). */
    private static final WordList WISHES = NOT_FACTS.get("wish").list();
    /** Words right before a verb that make its naming a starting point (以此次命名为新起点, 以本次获评为契机). */
    private static final WordList PURPOSES = NOT_FACTS.get("purpose").list();
    /** Words before a verb in its clause that deny it (尚未获评, 仍未实现“四连冠”). */
    private static final WordList DENIALS = NOT_FACTS.get("denial").list();
    /** Words that make what follows in their sentence a condition, not a fact (格尔木市若创建成功，将成为…). */
    private static final WordList CONDITIONS = NOT_FACTS.get("condition").list();
    /** How far after a verb the honour may be named. */
    private static final int HONOUR_REACH = 40;
    /** How far before a verb its subject may end. */
    private static final int SUBJECT_REACH = 30;
    /** List joiners between the places of one subject list. */
    private static final String JOINERS = "、和及与,，暨";

    /**
     * A statement.
     *
     * @param subjects       the places it is said of, in text order; empty when a pointer is the subject
     * @param pointer        the pointer that is the subject (我市), or null
     * @param verbStart      where the verb starts
     * @param honourStart    where the honour (or the word referring to it) starts
     * @param honour         the honour noun of the lexicon as written (双拥模范县), or null for 此殊荣 and the like
     * @param documentHonour false when the statement names an honour other than the document's
     */
    public record Statement(List<PlaceRef> subjects, String pointer, int verbStart, int honourStart, String honour,
                     boolean documentHonour) {
    }

    private HonourStatements() {
    }

    /**
     * True when a word standing for the document's honour starts at {@code at} ({@code honour-pointers.txt}): 此殊荣, 这一称号,
     * or 这块 opening a plaque a few chars on in its clause (这块沉甸甸的“金字招牌”).
     */
    public static boolean pointsToHonour(String text, int at) {
        if (at >= text.length() || !POINTER_STARTS.get(text.charAt(at))) {
            return false; // most chars start no pointer (a plaque's noun alone is none)
        }
        String w = HONOUR_POINTERS.at(text, at);
        if (w == null || "plaque".equals(HONOUR_POINTERS.tag(w))) {
            return false;
        }
        if (!"opens".equals(HONOUR_POINTERS.tag(w))) {
            return true;
        }
        for (int k = at + w.length(); k < Math.min(text.length(), at + w.length() + PLAQUE_REACH); k++) {
            if (Sentences.isClauseEnd(text.charAt(k))) {
                return false;
            }
            String plaque = HONOUR_POINTERS.at(text, k);
            if (plaque != null && "plaque".equals(HONOUR_POINTERS.tag(plaque))) {
                return true;
            }
        }
        return false;
    }

    /**
     * True when a plaque or a title ({@code honour-pointers.txt} tagged plaque: 招牌, 称号) ends the noun phrase starting at
     * {@code at}, within a few chars of its clause (三块国字号招牌, 两块“国字号”招牌): what a count before it counts is
     * honours.
     */
    public static boolean plaqueAhead(String text, int at) {
        for (int k = at; k < Math.min(text.length(), at + PLAQUE_REACH); k++) {
            if (Sentences.isClauseEnd(text.charAt(k)) || Character.isDigit(text.charAt(k))) {
                return false;
            }
            String plaque = HONOUR_POINTERS.at(text, k);
            if (plaque != null && "plaque".equals(HONOUR_POINTERS.tag(plaque))) {
                return true;
            }
        }
        return false;
    }

    /**
     * The family of the short form of an honour at {@code at} ({@code honour-pointers.txt} tagged with a family: “国卫” is
     * 卫生), or null when none stands there.
     */
    private static String shortFormFamily(String text, int at) {
        String w = at >= 0 && at < text.length() ? HONOUR_POINTERS.at(text, at) : null;
        String tag = w == null ? null : HONOUR_POINTERS.tag(w);
        return tag == null || "opens".equals(tag) || "plaque".equals(tag) ? null : tag;
    }

    /** False when {@code text} holds no naming verb, so that {@link #find} finds nothing there (a cheap test first). */
    public static boolean mayState(String text) {
        return VERBS.occursIn(text);
    }

    /**
     * The statements of a simplified text whose place mentions (in order) are given, for a document whose
     * honour is {@code documentHonour} (null when it states none: every honour is then the document's).
     */
    public static List<Statement> find(String text, List<PlaceRef> places, String documentHonour) {
        return find(text, places, documentHonour, null);
    }

    /**
     * Like {@link #find(String, List, String)} on a page that is a place's own report ({@code report-titles.txt}):
     * {@code ownPointer} (我县, 我市) stands for that place in a clause with no subject before its naming verb
     * ({@code subjectless-openers.txt}: 顺利通过国家卫生城市复审) when the text says no self pointer; null on other pages.
     */
    public static List<Statement> find(String text, List<PlaceRef> places, String documentHonour, String ownPointer) {
        List<Statement> out = new ArrayList<>();
        java.util.Set<String> docFamilies = HonourFamilies.families(documentHonour);
        Boolean docNational = documentHonour == null ? null : HonourFamilies.documentScope(documentHonour);
        for (int i = 0; i < text.length(); i++) {
            String verb = VERBS.at(text, i);
            if (verb == null) {
                continue;
            }
            int verbEnd = i + verb.length();
            Statement companions = companions(text, places, i, verbEnd, docFamilies, docNational);
            if (companions != null) {
                out.add(companions); // 同批获评的还有邻县祁县: more places of the round
                i = verbEnd - 1;
                continue;
            }
            boolean namesHonour = verb.startsWith("获此"); // 获此殊荣, 获此称号: the verb holds its honour's pointer
            if (namesHonour && !verb.equals("获此殊荣") && verbEnd < text.length() && text.charAt(verbEnd) == '的') {
                i = verbEnd - 1; // 首批获此称号的城市, 第3个获此称号的县: a clause describing a noun, no statement of this round
                continue;
            }
            if (COUNT_NOUNS.at(text, verbEnd) != null) {
                i = verbEnd - 1; // 六安市累计获评县区数: how many were honoured, no statement of the place
                continue;
            }
            int sentenceEnd = Sentences.sentenceEnd(text, i);
            int reachFrom = verbEnd;
            if (objectFirst(verb)) {
                int wei = text.indexOf('为', verbEnd);
                if (wei >= 0 && wei < Sentences.clauseEnd(text, verbEnd)) {
                    reachFrom = wei; // 命名A（七连冠）、B（连续第六次）…为“…”: the honour follows the list's 为
                }
            }
            int limit = Math.min(sentenceEnd, reachFrom + HONOUR_REACH);
            int semicolon = indexBefore(text, '；', verbEnd, limit);
            if (semicolon >= 0) {
                limit = semicolon; // 实现“五连冠”；所辖怀远县首次被命名为…: the honour after ； is the next statement's
            }
            int colon = indexBefore(text, '：', verbEnd, limit);
            if (colon >= 0 && placeStartsAt(places, colon + 1)) {
                limit = colon; // 我州喜获双丰收：弥勒市首次被授予…: the places after the colon have statements of their own
            }
            if (!objectFirst(verb)) {
                limit = clauseOfAnotherSubject(text, places, verbEnd, limit); // A市跻身全国百强县，B市则获评…: B's honour
            }
            int honourAt = -1;
            String honour = null;
            for (int j = namesHonour ? i : verbEnd; j < limit && honourAt < 0; j++) {
                String h = HONOURS.at(text, j);
                if (h != null) {
                    honourAt = j;
                    honour = h;
                } else if (pointsToHonour(text, j) || (j == i && namesHonour)) {
                    honourAt = j;
                }
            }
            if (honourAt < 0 && closesClause(text, verbEnd)) {
                // …公布第四批国家食品安全示范城市名单，柳州市成功获评。: the honour named earlier in the sentence
                int sentence = Sentences.sentenceStart(text, i);
                for (int j = i - 1; j >= sentence && honourAt < 0; j--) {
                    String h = HONOURS.at(text, j);
                    if (h != null) {
                        honourAt = j;
                        honour = h;
                    } else if (pointsToHonour(text, j)) {
                        honourAt = j; // 其中，襄阳市连续八次获此殊荣；宜昌市第七次上榜: the honour the sentence already said
                    }
                }
            }
            // 莫旗、科右前旗为首次命名: an object-first verb closing its clause after a copula and a count is said of the places
            int countCopula = objectFirst(verb) && closesClause(text, verbEnd) ? copulaBeforeCount(text, i) : -1;
            boolean alone = honourAt < 0 && documentHonour != null && closesClause(text, verbEnd)
                    && (ALONE.words().contains(verb) || countCopula >= 0);
            if (alone) {
                honourAt = verbEnd; // 凯里市首次上榜，靠的是…: the page's own honour, named in no word of the sentence
            }
            if (honourAt < 0 || wish(text, i)) {
                i = verbEnd - 1;
                continue;
            }
            String shortForm = honour == null ? shortFormFamily(text, honourAt) : null; // “国卫”: 卫生
            boolean same = honour == null ? shortForm == null || docFamilies.isEmpty() || docFamilies.contains(shortForm)
                    : HonourFamilies.isDocuments(text, honourAt, honour, docFamilies, docNational) && !nomineeAfter(text, honourAt + honour.length());
            // 命名X为, 授予X: an object-first verb names its places after it; without them it is a noun (命名大会)
            List<PlaceRef> subjects = countCopula >= 0 ? subjectsBefore(text, places, countCopula)
                    : objectFirst(verb) ? objects(text, places, verbEnd) : subjectsBefore(text, places, i);
            // 普洱市被全国绿化委员会、国家林业和草原局授予“国家森林城市”称号: the place before 被 and its agents
            int passive = objectFirst(verb) && subjects.isEmpty() ? text.lastIndexOf('被', i) : -1;
            passive = passive >= Sentences.clauseStart(text, i) ? passive : -1;
            if (passive >= 0) {
                subjects = subjectsBefore(text, places, passive);
            }
            boolean reportsOwn = ownPointer != null && subjects.isEmpty() && opensBareClause(text, i);
            if (alone && subjects.isEmpty() && !reportsOwn) {
                i = verbEnd - 1; // a bare 上榜 says whose honour only with its place right before it, or in a place's own report
                continue;
            }
            String pointer = !subjects.isEmpty() ? null
                    : passive >= 0 ? pointerBefore(text, places, passive)
                    : objectFirst(verb) ? pointerObject(text, verbEnd) : pointerBefore(text, places, i);
            // ▶ 本轮命名：湖北省双拥模范城（县）: an outline's field, the honour after the verb's colon, no place named
            boolean field = objectFirst(verb) && verbEnd < text.length() && (text.charAt(verbEnd) == '：' || text.charAt(verbEnd) == ':');
            if (subjects.isEmpty() && pointer == null && !alone && (!objectFirst(verb) || field) && honour != null
                    && !attributive(text, honourAt, honour)) {
                if (opensSentence(text, i)) {
                    pointer = selfPointerAround(text, i); // （一）…。成功创建国家生态文明建设示范县，…这是我县…: a report's own
                }
                if (pointer == null && reportsOwn) {
                    pointer = ownPointer; // 江华瑶族自治县2026年政府工作报告 / …，继2017年之后再次被命名为…: the report's place
                }
            } else if (alone && pointer == null && reportsOwn) {
                pointer = ownPointer; // 靖西市创建全国民族团结进步示范区工作情况 / 首次获得命名: the report's own honour and place
            }
            if (describesPlaces(text, honour != null ? honourAt + honour.length() : namesHonour ? verbEnd : -1)) {
                i = verbEnd - 1; // 鹰潭获评江西省双拥模范城（县）的县（市、区）累计达到5个, 也是丽水市今年唯一获此殊荣的县: which
                                 // places hold it, no naming
                continue;
            }
            if (!subjects.isEmpty() || pointer != null) {
                if (honour == null && shortForm == null) {
                    same &= !afterOtherHonoursNaming(out, subjects, Sentences.sentenceStart(text, i));
                }
                out.add(new Statement(subjects, pointer, i, honourAt, honour, same));
                // past the honour, unless the verb closes its clause and the honour is named in a later one: the clauses
                // between may hold statements of their own (泉州市为连续第三次获评，龙岩市为第二次获评，武夷山市首次获此殊荣)
                boolean later = closesClause(text, verbEnd) && honourAt >= Sentences.clauseEnd(text, verbEnd);
                i = later ? verbEnd - 1 : Math.max(i, honourAt);
            } else {
                i = verbEnd - 1; // 在…命名大会上，X被命名为…: a verb without a subject does not hide the statement after it
            }
        }
        return out;
    }

    /** The longest unknown place read right after a known one (a few chars and a suffix: 陨西县). */
    private static final int MAX_UNKNOWN_PLACE = 7;

    /**
     * Where a place-shaped name the gazetteer does not know, starting at {@code at}, ends before {@code verb} (陨西县 after
     * 十堰市), or -1.
     */
    private static int unknownPlaceAfter(String text, int at, int verb) {
        for (int e = at + 3; e <= Math.min(verb, at + MAX_UNKNOWN_PLACE); e++) {
            if (Places.placeShaped(text.substring(at, e))) {
                return e;
            }
        }
        return -1;
    }

    /** Words introducing more places honoured alike after a naming verb ({@code companion-words.txt}: 的还有). */
    private static final Lexicon COMPANIONS = Lexicon.load("companion-words.txt");
    /** How far after a companion word its first place may start, past a modifier (邻县, 我省的, 崇左市的). */
    private static final int COMPANION_LEAD = 6;

    /**
     * The statement of the places a companion word introduces after the naming verb at [{@code verbStart}, {@code
     * verbEnd}), maybe past the honour the verb names (同批获评的还有邻县祁县, 同时获评“国家园林县城”称号的还有X), or null:
     * they received the honour the verb names, else the one the verb's 此 points to or the page's. A place followed by 的
     * modifies the next (崇左市的凭祥市、大新县: 凭祥市 and 大新县).
     */
    private static Statement companions(String text, List<PlaceRef> places, int verbStart, int verbEnd,
                                        java.util.Set<String> docFamilies, Boolean docNational) {
        int at = verbEnd;
        while (at < text.length() && Quotes.opens(text.charAt(at))) {
            at++;
        }
        String honour = at < text.length() ? HONOURS.at(text, at) : null;
        int honourAt = honour != null ? at : verbStart;
        if (honour != null) {
            at += honour.length();
            while (at < text.length() && Quotes.closes(text.charAt(at))) {
                at++;
            }
            at += text.startsWith("称号", at) ? 2 : 0;
        }
        String word = at < text.length() ? COMPANIONS.at(text, at) : null;
        if (word == null) {
            return null;
        }
        int from = at + word.length();
        List<PlaceRef> out = new ArrayList<>();
        int joinedAt = -1;
        for (int k = PlaceRef.lastEndingBy(places, from) + 1; k < places.size(); k++) {
            PlaceRef p = places.get(k);
            if (out.isEmpty()) {
                if (p.chainStart() - from > COMPANION_LEAD || Sentences.holdsClauseEnd(text, from, p.chainStart())) {
                    break;
                }
                if (p.end() < text.length() && text.charAt(p.end()) == '的') {
                    continue; // 崇左市的凭祥市: the place the next lies in
                }
            } else if (!onlyJoiners(text, joinedAt, p.chainStart())) {
                break;
            }
            if (organisationAfter(text, p.end()) > 0) {
                break; // 同批命名的还有防城港市民族中学等5个示范单位: a unit of the city, no place honoured
            }
            out.add(p);
            joinedAt = afterNote(text, p.end());
        }
        if (out.isEmpty()) {
            return null;
        }
        boolean same = honour == null || HonourFamilies.isDocuments(text, honourAt, honour, docFamilies, docNational);
        return new Statement(List.copyOf(out), null, verbStart, honourAt, honour, same);
    }

    /**
     * True when the last statement of {@code found} in the sentence from {@code sentence} names an honour other than the
     * document's for the same {@code subjects} (or for any, when they are none): a later 三连冠 or 此殊荣 in the sentence is
     * that honour's (罗田县同期被授予“湖北省双拥模范县”称号，实现三连冠).
     */
    private static boolean afterOtherHonoursNaming(List<Statement> found, List<PlaceRef> subjects, int sentence) {
        for (int k = found.size() - 1; k >= 0; k--) {
            Statement before = found.get(k);
            if (before.verbStart() < sentence) {
                return false;
            }
            if (before.honour() != null) {
                return !before.documentHonour() && (subjects.isEmpty() || sameNames(subjects, before.subjects()));
            }
        }
        return false;
    }

    private static boolean sameNames(List<PlaceRef> a, List<PlaceRef> b) {
        if (a.size() != b.size()) {
            return false;
        }
        for (int k = 0; k < a.size(); k++) {
            if (!a.get(k).name().equals(b.get(k).name())) {
                return false;
            }
        }
        return true;
    }

    /** Words that make the honour before them a nominee's title ({@code nominee-words.txt}: 提名, 候选). */
    private static final Lexicon NOMINEES = Lexicon.load("nominee-words.txt");

    /**
     * True when a nominee's word follows an honour's name ending at {@code end}, past a bracketed form and a closing
     * quote (“青海省双拥模范县（区）”提名奖): the statement names the nominee's title, not the honour.
     */
    private static boolean nomineeAfter(String text, int end) {
        int at = end;
        if (at < text.length() && (text.charAt(at) == '（' || text.charAt(at) == '(')) {
            int close = at + 1;
            while (close < text.length() && close - at <= MAX_FORM && text.charAt(close) != '）' && text.charAt(close) != ')') {
                close++;
            }
            at = close < text.length() && close - at <= MAX_FORM ? close + 1 : at;
        }
        while (at < text.length() && Quotes.closes(text.charAt(at))) {
            at++;
        }
        return NOMINEES.at(text, at) != null;
    }

    /** The longest bracketed form after an honour's name: （县）, （县城）, （市、区）. */
    private static final int MAX_FORM = 6;

    /** Where {@code c} first stands in {@code text[from, to)}, or -1: a search that stops at the honour's reach. */
    private static int indexBefore(String text, char c, int from, int to) {
        for (int k = from; k < to; k++) {
            if (text.charAt(k) == c) {
                return k;
            }
        }
        return -1;
    }

    /**
     * Where a clause opened by a place starts in {@code text[from, to)} (its comma), or {@code to}: a verb's honour is not
     * looked for in a clause with a subject of its own (兴义市首次跻身“国卫”行列，黔东南州凯里市则通过复审，继续保留…称号).
     */
    private static int clauseOfAnotherSubject(String text, List<PlaceRef> places, int from, int to) {
        for (int k = from; k < to; k++) {
            char c = text.charAt(k);
            if ((c == '，' || c == ',') && placeStartsAt(places, k + 1)) {
                return k;
            }
        }
        return to;
    }

    /**
     * True when a place's mention (its chain) starts at {@code at}; {@code places} in text order, so a binary search (a
     * verb's clauses are asked at each comma, and a list's paragraph may hold thousands of places).
     */
    private static boolean placeStartsAt(List<PlaceRef> places, int at) {
        int lo = 0;
        int hi = places.size() - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            int start = places.get(mid).chainStart();
            if (start == at) {
                return true;
            }
            if (start < at) {
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        return false;
    }

    /** Words of context, some tagged "earlier": words that open a sentence about an earlier round (context-words.txt). */
    private static final Lexicon CONTEXT = Lexicon.load("context-words.txt");

    /**
     * True when, in a simplified text, the sentence of {@code at} opens with a word of an earlier round (此前，承德市已连续
     * 两届…; 此前两批中，海南已有…入选) or the clause of {@code at} holds one before it (格尔木市此前已连续四次…; 我市已于2019年
     * 被命名为…, a word tagged earlier-year before a year): what is
     * said there is of an earlier round.
     */
    public static boolean saidAfterEarlierWord(String text, int at) {
        int start = Sentences.sentenceStart(text, at);
        while (start < at && Paragraphs.isBlank(text.charAt(start))) {
            start++;
        }
        start = BoxTitles.afterLabel(text, start, at); // 【编者按】五年前的今天，…黎川县榜上有名
        String w = CONTEXT.at(text, start);
        if (w != null && "earlier".equals(CONTEXT.tag(w))) {
            return true;
        }
        for (int i = Sentences.clauseStart(text, at); i < at; i++) {
            String e = CONTEXT.at(text, i);
            if (e != null && ("earlier".equals(CONTEXT.tag(e))
                    || "earlier-year".equals(CONTEXT.tag(e)) && YEAR.matcher(text).region(i + e.length(), at).lookingAt())) {
                return true;
            }
        }
        return false;
    }

    /** Words before a verb saying its places hold the honour already, and words of this round ({@code held-words.txt}). */
    private static final Lexicon HELD = Lexicon.load("held-words.txt");

    /**
     * True when a word saying the honour is held already stands right before the verb at {@code verb} of a simplified
     * text (相邻的东营市、淄博市均已获此称号), or a word of long ago before a count said right before it (牡丹江市曾连续两届被命名为),
     * and no word of this round stands in its sentence (日前，该县已被命名为…): the places are earlier holders.
     */
    public static boolean saidAsHeldAlready(String text, int verb) {
        String held = HELD.list().endingAt(text, verb);
        if (held == null) { // 牡丹江市曾连续两届被命名为: a word of long ago before the count said with the verb; not
            // 该县已连续七届获此殊荣, this round's streak
            int count = beforeCount(text, verb);
            held = count < verb ? HELD.list().endingAt(text, count) : null;
            held = held != null && "long".equals(HELD.tag(held)) ? held : null;
        }
        if (held == null || "now".equals(HELD.tag(held))) {
            return false;
        }
        return !saysThisRound(text, verb);
    }

    /**
     * True when a word saying the honour was held long before ({@code held-words.txt} tagged long: 早已) stands right
     * before the verb at {@code verb} and no word of this round stands in its sentence: a count after the verb is an
     * earlier holder's (与之相邻的深圳市早已实现“九连冠”).
     */
    public static boolean saidAsHeldLongAgo(String text, int verb) {
        String held = HELD.list().endingAt(text, beforeCount(text, verb));
        return held != null && "long".equals(HELD.tag(held)) && !saysThisRound(text, verb);
    }

    /** The longest count read right before a verb for a held word before it (连续两届 of 曾连续两届被命名为). */
    private static final int COUNT_BEFORE_VERB = 8;

    /**
     * Where a count said right before the verb at {@code verb} starts (牡丹江市曾|连续两届被命名为), or {@code verb} when
     * none is: a word saying the honour is held stands before the count.
     */
    private static int beforeCount(String text, int verb) {
        int from = Math.max(0, verb - COUNT_BEFORE_VERB);
        List<dev.laurel.text.HonorCount> counts = dev.laurel.text.HonorCounts.find(text.substring(from, verb));
        dev.laurel.text.HonorCount last = counts.isEmpty() ? null : counts.get(counts.size() - 1);
        return last != null && from + last.end() == verb ? from + last.start() : verb;
    }

    /** True when a word of this round ({@code held-words.txt} tagged now: 此次, 本届) ends right before {@code at}. */
    public static boolean thisRoundEndingAt(String text, int at) {
        String w = HELD.list().endingAt(text, at);
        return w != null && "now".equals(HELD.tag(w));
    }

    /** True when a word of this round ({@code held-words.txt} tagged now: 日前, 此次) stands in the sentence of {@code at}. */
    private static boolean saysThisRound(String text, int verb) {
        for (int i = Sentences.sentenceStart(text, verb), end = Sentences.sentenceEnd(text, verb); i < end; i++) {
            String w = HELD.at(text, i);
            if (w != null && "now".equals(HELD.tag(w))) {
                return true;
            }
        }
        return false;
    }

    /** A calendar year: 2019年, ２０１９年. */
    public static final java.util.regex.Pattern YEAR = java.util.regex.Pattern.compile("(?:19|20|１９|２０)[0-9０-９]{2}年");

    /**
     * True when a wish word or a denial ({@code wish-words.txt} tagged wish: 力争, 争取; tagged denial: 尚未, 仍未) stands
     * before {@code at} in its clause of a simplified text: a count said there is a target (力争下一届实现“四连冠”) or
     * one not reached (仍未实现“四连冠”), a naming there no fact (尚未获评).
     */
    public static boolean wishedBefore(String text, int at) {
        return wishedIn(text, Sentences.clauseStart(text, at), at);
    }

    /** True when a wish word or a denial ({@link #wishedBefore}) starts in {@code text[from, to)}, a simplified text. */
    public static boolean wishedIn(String text, int from, int to) {
        for (int j = from; j < to; j++) {
            if (WISHES.startsAt(text, j) || DENIALS.startsAt(text, j)) {
                return true;
            }
        }
        return false;
    }

    private static boolean wish(String text, int verb) {
        if (PURPOSES.endingAt(text, verb) != null) {
            return true; // 我市将以此次命名为新起点: the naming is what the sentence builds on, no statement of it
        }
        if (wishedBefore(text, verb)) {
            return true; // 力争成功创建…
        }
        for (int j = Sentences.sentenceStart(text, verb); j < verb; j++) {
            if (CONDITIONS.startsAt(text, j)) {
                return true; // 格尔木市若创建成功，将成为…
            }
        }
        return false;
    }

    /**
     * 拟命名哈尔滨市巴彦县为…: the places between the verb and 为, when nothing else stands there; without such a
     * 为, the list of places right after the verb (授予汝城县、宜章县…称号).
     */
    private static List<PlaceRef> objects(String text, List<PlaceRef> places, int from) {
        int wei = text.indexOf('为', from);
        // 命名A（七连冠）、B（连续第六次）…为: a long list may stand between the verb and 为, with no clause end in it
        boolean toWei = wei >= 0 && (wei - from <= 60 || wei < Sentences.clauseEnd(text, from));
        List<PlaceRef> out = new ArrayList<>();
        int at = from;
        for (int k = PlaceRef.lastEndingBy(places, from) + 1; k < places.size() && (!toWei || places.get(k).end() <= wei); k++) {
            PlaceRef p = places.get(k);
            if (p.chainStart() < from) {
                continue;
            }
            if (!onlyJoiners(text, at, p.chainStart()) || out.isEmpty() && !blanksOnly(text, at, p.chainStart())) {
                if (toWei) {
                    return List.of(); // 获得命名，晋城市所辖…: a verb's first object follows it, no joiner before it
                }
                break;
            }
            out.add(p);
            at = afterNote(text, p.end());
        }
        return out.isEmpty() || toWei && !onlyJoiners(text, at, wei) && !sizeOfList(text, at, wei, out.size())
                ? List.of() : out;
    }

    /** A number of places and its measure word (两个, 5个, 十二): the number in group 1. */
    private static final String PLACES_NUMBER = "([0-9０-９一二三四五六七八九十两百]+)个?";

    /** 等 and the size and kind of a list, between its last name and 为 (命名A、B等2个地区为…, 命名A等5个县（市、区）为…). */
    private static final java.util.regex.Pattern LIST_SIZE = java.util.regex.Pattern.compile(
            "\\s*等" + PLACES_NUMBER + "[县市区旗州城地方（）()、]{0,8}");

    /**
     * True when {@code text[from, to)} gives the size of the list of {@code names} names before it (A、B等2个地区):
     * the list is whole. A larger size (命名南昌市等22个市、县为…) says the names stand for a list the text does not give.
     */
    private static boolean sizeOfList(String text, int from, int to, int names) {
        java.util.regex.Matcher m = LIST_SIZE.matcher(text).region(from, to);
        return m.matches() && numberOfPlaces(m.group(1)) == names;
    }

    /** The number a count of places writes (两, 5, 十二), or -1 when it cannot be read. */
    private static int numberOfPlaces(String written) {
        return dev.laurel.text.ChineseNumerals.tryParse(written.replace('两', '二'))
                .map(java.math.BigDecimal::intValue).orElse(-1);
    }

    /** The longest note in brackets after a listed name (（七连冠）, （连续第六次）). */
    private static final int MAX_NOTE = 12;

    /**
     * Where a listed name's note ends, from {@code at} right after the name: past a short note in brackets and the
     * footnote marks after it (南宁市（七连冠）①、), else {@code at}.
     */
    private static int afterNote(String text, int at) {
        int end = at;
        if (end < text.length() && (text.charAt(end) == '（' || text.charAt(end) == '(')) {
            int close = end + 1;
            while (close < text.length() && close - end <= MAX_NOTE && text.charAt(close) != '）' && text.charAt(close) != ')'
                    && !Sentences.isClauseEnd(text.charAt(close))) {
                close++;
            }
            if (close >= text.length() || close - end > MAX_NOTE || text.charAt(close) != '）' && text.charAt(close) != ')') {
                return at;
            }
            end = close + 1;
        }
        String mark = FootnoteMarks.startingAt(text, end); // ①, *: a footnote's mark
        return mark == null ? end : end + mark.length();
    }

    /** Nouns of counting right after a naming verb (获评县区数, 入选数量), from {@code count-nouns.txt}. */
    private static final Lexicon COUNT_NOUNS = Lexicon.load("count-nouns.txt");

    /** Verbs that state the page's honour alone at a clause's end ({@code alone-verbs.txt}: 上榜, 入选). */
    private static final Lexicon ALONE = Lexicon.load("alone-verbs.txt");

    /** Words after a place that make it the scope of a rank (河北省唯一入选的), from {@code rank-words.txt}. */
    private static final Lexicon RANKS = Lexicon.load("rank-words.txt");

    /** An ordinal of places (第三个, 第2家): a rank, as the words of {@code rank-words.txt} are. */
    private static final java.util.regex.Pattern ORDINAL_RANK = java.util.regex.Pattern.compile(
            "第[0-9一二三四五六七八九十]{1,3}[个家座]");

    /**
     * True when a rank word or an ordinal follows a place ending at {@code end} (是永州市唯一一个连续三届获评的县, 是福州市第三个
     * 获此殊荣的县): the place says among which, it is not the subject of what follows.
     */
    public static boolean scopesRank(String text, int end) {
        return RANKS.at(text, end) != null
                || end < text.length() && text.charAt(end) == '第' && ORDINAL_RANK.matcher(text).region(end, text.length()).lookingAt();
    }

    /** The list of places that ends right before the verb's clause words (汝城县被…, 重庆市渝北区经复查确认保留). */
    private static List<PlaceRef> subjectsBefore(String text, List<PlaceRef> places, int verb) {
        int sentence = Sentences.sentenceStart(text, verb);
        int last = PlaceRef.lastEndingBy(places, verb);
        while (last >= 0 && (HONOURS.at(text, places.get(last).end()) != null
                || scopesRank(text, places.get(last).end()))) {
            // 永城市继获评河南省园林城市之后，首次跻身…: 河南省 is the scope of an honour's name, not a subject; and of a rank
            // in 我市作为河北省唯一入选的县级市榜上有名
            last--;
        }
        if (last > 0 && formerNameNote(text, places.get(last - 1), places.get(last))) {
            last--; // 邵东市（原邵东县）榜上有名: the place, not its former name
        }
        if (last < 0) {
            return List.of();
        }
        PlaceRef p = places.get(last);
        int gap = formerNameNoteEnd(text, p);
        gap = divisionOfZone(text, p) ? p.end() + 1 : gap; // 青岛西海岸新区（黄岛区）被命名为…: the zone's division
        if (p.chainStart() < sentence || verb - p.end() > SUBJECT_REACH || !subjectGap(text, gap, verb)
                || namesOrganisation(text, p.end(), verb)) {
            return List.of(); // 格尔木市昆仑通达物流有限责任公司被授予…: the company is honoured, not the city
        }
        int unknown = p.region() != null && p.region().level() == dev.laurel.region.RegionLevel.PREFECTURE
                && (last + 1 >= places.size() || places.get(last + 1).chainStart() >= verb)
                ? unknownPlaceAfter(text, p.end(), verb) : -1; // no known name after the city (本批仅泉州一市入选)
        if (unknown > 0) { // 十堰市陨西县榜上有名: a place in the city the gazetteer does not know (a wrong char), not the city
            return List.of(new PlaceRef(text.substring(p.end(), unknown), p.end(), p.end(), unknown, p.province(), null, 0));
        }
        if (p.chainStart() > 0 && text.charAt(p.chainStart() - 1) == '继'
                && (text.startsWith("之后", p.end()) || text.startsWith("以后", p.end()) || text.startsWith("后", p.end()))) {
            return List.of(); // 我省继长沙市之后第2个获此殊荣的城市: the place that won before, not this one
        }
        List<PlaceRef> out = new ArrayList<>();
        out.add(p);
        int counted = -1; // the size a counted join gives the names before it (桐庐、淳安两县及建德市: 2), and where it stands
        int countedAt = -1;
        for (int k = last - 1; k >= 0; k--) {
            PlaceRef q = places.get(k);
            java.util.regex.Matcher join = q.end() > out.get(0).chainStart() ? null
                    : COUNTED_JOIN.matcher(text).region(q.end(), out.get(0).chainStart());
            boolean countedJoin = counted < 0 && join != null && join.matches();
            if (q.chainStart() < sentence || q.end() > out.get(0).chainStart()
                    || !onlyJoiners(text, q.end(), out.get(0).chainStart())
                    && !DEPENDENT_JOIN.matcher(text).region(q.end(), out.get(0).chainStart()).matches()
                    && !CORPS_DIVISION_JOIN.matcher(text).region(q.end(), out.get(0).chainStart()).matches()
                    && !countedJoin) {
                break;
            }
            if (countedJoin) {
                counted = Math.max(0, numberOfPlaces(join.group(1)));
                countedAt = q.end();
            }
            out.add(0, q);
        }
        if (counted >= 0) {
            int before = 0;
            while (before < out.size() && out.get(before).end() <= countedAt) {
                before++;
            }
            if (before != counted) {
                out = new ArrayList<>(out.subList(before, out.size())); // …等两县及建德市: the count is not of the names before
            }
        }
        String relation = CONTEXT.list().endingAt(text, 0, out.get(0).chainStart());
        if (relation != null && !CONTEXT.isTagged(relation) && !relation.endsWith("的")) {
            return List.of(); // 三县分别隶属遵义市、黔东南州和毕节市，均为首次获此命名: whom they belong to
        }
        java.util.regex.Matcher count = PLACE_COUNT.matcher(text).region(p.end(), verb);
        if (count.find()) {
            if (out.size() == 1 && p.region() != null && p.region().level() != dev.laurel.region.RegionLevel.COUNTY) {
                return List.of(); // 红河州仅此1个城市入选, 河南省3个县入选: how many of its places, not the prefecture itself
            }
            if (numberOfPlaces(count.group(1)) != out.size()) {
                return List.of();
            }
        }
        return out;
    }

    /** True when {@code note} is a former name in brackets right after {@code place}: 邵东市（原邵东县）. */
    private static boolean formerNameNote(String text, PlaceRef place, PlaceRef note) {
        int open = place.end();
        return open + 2 == note.chainStart() && (text.charAt(open) == '（' || text.charAt(open) == '(')
                && text.charAt(open + 1) == '原' && note.end() < text.length()
                && (text.charAt(note.end()) == '）' || text.charAt(note.end()) == ')');
    }

    /** Where a former name's note after {@code p} ends (邵东市（原邵东县）), else where {@code p} ends. */
    private static int formerNameNoteEnd(String text, PlaceRef p) {
        int open = p.end();
        if (open + 1 < text.length() && (text.charAt(open) == '（' || text.charAt(open) == '(') && text.charAt(open + 1) == '原') {
            int close = text.indexOf(text.charAt(open) == '（' ? '）' : ')', open);
            if (close > 0 && close - open <= MAX_NOTE + 2) {
                return close + 1;
            }
        }
        return open;
    }

    /** True when {@code p} stands alone in brackets right after a zone's name (青岛西海岸新区（黄岛区）): the zone's division. */
    private static boolean divisionOfZone(String text, PlaceRef p) {
        int open = p.chainStart() - 1;
        return open > 0 && p.end() < text.length() && (text.charAt(open) == '（' || text.charAt(open) == '(')
                && (text.charAt(p.end()) == '）' || text.charAt(p.end()) == ')') && Places.zoneEndsAt(text, open);
    }

    /** A 兵团 division written before its city (第八师石河子市, 新疆生产建设兵团第一师阿拉尔市). */
    private static final String DIVISION = "(?:新疆生产建设兵团|兵团)?第[一二三四五六七八九十]{1,3}师";
    /** {@link #DIVISION} ending the text looked at. */
    private static final java.util.regex.Pattern CORPS_DIVISION = java.util.regex.Pattern.compile(DIVISION + "$");

    /** Where a 兵团 division written right before {@code at} starts (第一师阿拉尔市: at 第), else {@code at}. */
    public static int corpsDivisionStart(String text, int at) {
        java.util.regex.Matcher m = CORPS_DIVISION.matcher(text).region(Math.max(0, at - 12), at);
        return m.find() ? m.start() : at;
    }

    /**
     * A joiner and the 兵团 division the next city belongs to (第八师石河子市、第一师阿拉尔市): the division is no place of the
     * gazetteer, and the list goes on past it.
     */
    private static final java.util.regex.Pattern CORPS_DIVISION_JOIN = java.util.regex.Pattern.compile(
            "[、，,和及与]\\s*" + DIVISION);
    /** A count of the names before it and a joiner to one more (桐庐、淳安两县及建德市): the list goes on past it. */
    private static final java.util.regex.Pattern COUNTED_JOIN = java.util.regex.Pattern.compile(
            PLACES_NUMBER + "(?:县|市|区|旗)(?:以及|及|和|与|、)");
    /** A place and one it governs joined by what says so (襄阳市及其代管的县级市枣阳市, 长沙市和所辖的浏阳市): both subjects. */
    private static final java.util.regex.Pattern DEPENDENT_JOIN = java.util.regex.Pattern.compile(
            "(?:及其|和其|与其|及|和|与)(?:所辖|下辖|代管|管辖)的?(?:县级市|县|区|市|旗)?");

    /**
     * A count of places standing between a list of places and the verb without 等 before it (济宁8县市上榜):
     * unless it counts the list itself (达州、巴中两市获命名), the honoured are those places' units, not the
     * places. With 等 (…天水市等5个城市入选) the list is the count.
     */
    private static final java.util.regex.Pattern PLACE_COUNT = java.util.regex.Pattern.compile(
            "(?<![等0-9一二三四五六七八九十两])" + PLACES_NUMBER + "(?:县|市|区|城|地|州|旗|乡|镇)");

    /** Words that end an organisation's name ({@code organisation-words.txt}). */
    public static final Lexicon ORGANISATIONS = Lexicon.load("organisation-words.txt");
    /** The longest name of an organisation after its place (龙泉中学, 民族宗教事务委员会). */
    private static final int MAX_ORGANISATION = 12;

    /**
     * Where the Han chars from {@code from} end when they name an organisation after its place (荆门市|龙泉中学,
     * 百色市右江区|人民医院): at most {@value #MAX_ORGANISATION} of them, ending in a word of
     * {@code organisation-words.txt}; else -1.
     */
    public static int organisationAfter(String text, int from) {
        int i = from;
        while (i < text.length() && i - from <= MAX_ORGANISATION && dev.laurel.text.HanChars.isHan(text.charAt(i))
                && !(i > from && text.charAt(i) == '等')) { // 防城港市民族中学等5个单位: 等 closes the list
            i++;
        }
        if (i == from || i - from > MAX_ORGANISATION) {
            return -1;
        }
        String name = TraditionalToSimplified.toSimplified(text.substring(from, i));
        return ORGANISATIONS.list().endingAt(name, name.length()) != null ? i : -1;
    }

    /** True when an organisation's name ends in {@code text[from, to)}: the words after a place name a unit of it. */
    private static boolean namesOrganisation(String text, int from, int to) {
        for (int j = from; j < to; j++) {
            if (ORGANISATIONS.at(text, j) != null) {
                return true;
            }
        }
        return false;
    }

    /** The words between a subject and its verb: no sentence end, no other pointer, no possession, no quote opened. */
    private static boolean subjectGap(String text, int from, int to) {
        if (from == to) {
            return true;
        }
        char next = text.charAt(from);
        if (next == '”' || next == '"' || next == '》' || next == '）' || next == ')' || next == '军'
                || next == '日' && !text.startsWith("日前", from)) {
            return false; // the end of a quoted title or a unit's name (徐州军分区, 池州日报); not 汉中市日前被命名为…
        }
        for (int j = from; j < to; j++) {
            if (Sentences.isSentenceEnd(text.charAt(j)) || POINTERS.at(text, j) != null || POSSESSION.at(text, j) != null) {
                return false;
            }
        }
        return !Sentences.blankPartsClauses(text, from, to); // 德清连续两届获评 长兴首次上榜: 上榜 is not 德清's
    }

    /** Words opening a clause whose subject is a group the page does not name ({@code group-subjects.txt}). */
    private static final Lexicon GROUP_SUBJECTS = Lexicon.load("group-subjects.txt");

    /**
     * True when a group of places the page does not name opens a clause at {@code at} (多个县（市）则是首次获此殊荣,
     * {@code group-subjects.txt}): what the clause says is the group's, not a place's named before it.
     */
    public static boolean opensGroupSubject(String text, int at) {
        return at < text.length() && GROUP_SUBJECTS.at(text, at) != null;
    }

    /** True when {@code verb} names its places after it, up to 为 ({@code naming-verbs.txt}, written with a trailing =). */
    private static boolean objectFirst(String verb) {
        return "=".equals(VERBS.tag(verb));
    }

    /**
     * The naming verb at {@code at}, or null; a verb tagged weak in {@code naming-verbs.txt} (实现) only when an honour or
     * a word standing for one follows in its clause (实现“七连冠”), not in 实现全覆盖 or 实现标准化建设.
     */
    public static String namingAt(String text, int at) {
        String verb = VERBS.at(text, at);
        if (verb == null || !"weak".equals(VERBS.tag(verb))) {
            return verb;
        }
        int end = at + verb.length();
        int clauseEnd = Sentences.clauseEnd(text, end);
        for (int j = end; j < clauseEnd; j++) {
            if (HONOURS.at(text, j) != null || pointsToHonour(text, j)) {
                return verb;
            }
        }
        return null;
    }

    /** True when nothing but blanks stands between {@code at} and the end of its clause or of the text. */
    private static boolean closesClause(String text, int at) {
        int i = at;
        while (i < text.length() && Paragraphs.isBlank(text.charAt(i))) {
            i++;
        }
        return i >= text.length() || Sentences.isClauseEnd(text.charAt(i))
                || Sentences.blankPartsClauses(text, at - 1, i + 1); // ——首次获命名　第十批: a subtitle's blank parts its clauses
    }

    /** The longest count phrase between a copula and a verb (为第十二次 before 命名). */
    private static final int MAX_COPULA_COUNT = 6;

    /**
     * Where the copula (为, 是, 系) stands that a count phrase right before {@code verb} follows (莫旗为首次命名,
     * 阿拉善盟为第二次命名), within the clause; -1 when none does.
     */
    private static int copulaBeforeCount(String text, int verb) {
        int from = Math.max(Sentences.clauseStart(text, verb), verb - MAX_COPULA_COUNT - 1);
        for (int k = verb - 2; k >= from; k--) {
            if ("为是系".indexOf(text.charAt(k)) >= 0) {
                CountPhrase count = CountPhrase.startOf(text.substring(k + 1, verb));
                return count != null ? k : -1;
            }
        }
        return -1;
    }

    /** The pointer an object-first verb names up to 为 (命名我市为…), or null. */
    private static String pointerObject(String text, int from) {
        int at = from;
        while (at < text.length() && Paragraphs.isBlank(text.charAt(at))) {
            at++;
        }
        String p = POINTERS.at(text, at);
        if (p == null) {
            return null;
        }
        int end = at + p.length();
        while (end < text.length() && Paragraphs.isBlank(text.charAt(end))) {
            end++;
        }
        return end < text.length() && text.charAt(end) == '为' ? p : null;
    }

    /**
     * A pointer in the verb's clause, before it (我市再次被命名为), or null. A clause that names no one goes on about
     * the subject of the clauses before it in its sentence (我们办成了一批大事要事：成功创建全国文明城市; 我县坚持…，
     * 成功创建…): the last pointer of the nearest earlier clause that names one, unless a place is named between.
     */
    private static String pointerBefore(String text, List<PlaceRef> places, int verb) {
        int sentence = Sentences.sentenceStart(text, verb);
        int end = verb;
        for (int from = Sentences.clauseStart(text, verb); ; from = Sentences.clauseStart(text, from - 1)) {
            String found = null;
            int foundEnd = -1;
            for (int j = Math.max(from, end - SUBJECT_REACH); j < end; j++) {
                String p = POINTERS.at(text, j);
                if (p != null) {
                    found = p;
                    foundEnd = j + p.length();
                }
            }
            int opener = found == null ? -1 : subjectOpenerEnd(text, foundEnd);
            if (found != null && (startsPlace(places, foundEnd) || opener > 0 && startsPlace(places, opener)
                    || OWNED_GROUP.matcher(text).region(ownedAt(text, found, foundEnd), end).lookingAt()
                    || NAMED_OWNED_GROUP.matcher(text).region(foundEnd, end).matches())) {
                return null; // 我市阳朔县、龙胜各族自治县榜上有名, 我市两县获评, 我市所辖绥芬河市…: the places are the subject,
                             // 我市 says whose
            }
            if (found != null && end == verb && rankOfLowerPlaces(text, found, foundEnd, verb)) {
                return null; // 也是我市继城固县之后第二个获此殊荣的县: 我市 is where the county ranks, not who won
            }
            if (found != null && end != verb && ranksInOwnClause(text, found, foundEnd, end)) {
                return null; // 成为我市第3个获此称号的县区，全省本批次共6地入选: the rank's scope, no subject of what follows
            }
            if (found != null && end != verb && opensWithDistributive(text, verb)) {
                return null; // 我市占了3个，均为首次获得命名: 均 says the verb's subject is a group, which 我市 only owns
            }
            if (found != null || from <= sentence || from == 0 || namesPlace(places, from - 1, verb)) {
                return found;
            }
            end = from - 1;
        }
    }

    /** True when only blanks stand between the start of the verb's sentence and the verb (成功创建…, a report's line). */
    private static boolean opensSentence(String text, int verb) {
        for (int k = Sentences.sentenceStart(text, verb); k < verb; k++) {
            if (!Paragraphs.isBlank(text.charAt(k))) {
                return false;
            }
        }
        return true;
    }

    /** Words that may open a clause with no subject before its naming verb ({@code subjectless-openers.txt}). */
    private static final Lexicon SUBJECTLESS_OPENERS = Lexicon.load("subjectless-openers.txt");

    /**
     * True when the clause of the verb at {@code verb} holds nothing before it but blanks, a since frame (继2017年之后) and
     * words of {@code subjectless-openers.txt} (顺利, 再次): a clause with no subject.
     */
    private static boolean opensBareClause(String text, int verb) {
        int at = Sentences.clauseStart(text, verb);
        while (at < verb) {
            String w = SUBJECTLESS_OPENERS.at(text, at);
            int frameEnd = CountPhrase.afterSinceFrame(text, at);
            if (Paragraphs.isBlank(text.charAt(at))) {
                at++;
            } else if (w != null) {
                at += w.length();
            } else if (frameEnd > at) {
                at = frameEnd; // 继2017年之后
            } else {
                return false;
            }
        }
        return at == verb;
    }

    /** True when the honour at {@code at} qualifies a noun after 的 (成功创建国家卫生城市的地方): no statement. */
    /**
     * True when 的 and a noun of places follow the honour ending at {@code end}, past its closing quotes and a short note
     * in brackets (获评江西省双拥模范城（县）的县（市、区）, 获评国家卫生城市的城市): the words say which places hold it.
     */
    public static boolean describesPlaces(String text, int end) {
        if (end < 0) {
            return false;
        }
        int at = end;
        while (at < text.length() && (Quotes.closes(text.charAt(at)) || text.charAt(at) == '）' || text.charAt(at) == ')')) {
            at++;
        }
        if (at < text.length() && (text.charAt(at) == '（' || text.charAt(at) == '(')) {
            int close = text.indexOf(text.charAt(at) == '（' ? '）' : ')', at);
            at = close > at && close - at <= NOTE_AFTER_HONOUR ? close + 1 : at; // （县）
        }
        if (at >= text.length() || text.charAt(at) != '的') {
            return false;
        }
        String noun = at + 1 < text.length() ? PLACE_COUNTS.at(text, at + 1) : null;
        if (noun == null || PLACE_COUNTS.isTagged(noun)) {
            return false;
        }
        int after = at + 1 + noun.length();
        return noun.length() > 1 || after >= text.length() || !dev.laurel.text.HanChars.isHan(text.charAt(after))
                || PLACE_COUNTS.at(text, after) != null; // 的县（市、区）, 的城市, 的县区; not 的市民
    }

    /** The longest note in brackets after an honour (（县）, （城区）). */
    private static final int NOTE_AFTER_HONOUR = 6;
    /**
     * {@code place-counts.txt}: nouns of places, untagged (城, 市, 县, 地区, 乡镇), and the tagged words around counts of
     * honoured places, which {@code HonouredPlaceCounts} reads too.
     */
    public static final Lexicon PLACE_COUNTS = Lexicon.load("place-counts.txt");

    private static boolean attributive(String text, int at, String honour) {
        int end = at + honour.length();
        while (end < text.length() && (Quotes.closes(text.charAt(end)) || text.charAt(end) == '）' || text.charAt(end) == ')')) {
            end++;
        }
        return end < text.length() && text.charAt(end) == '的';
    }

    /**
     * The self pointer (我县, 我们) a subjectless sentence opening with a naming verb is said of, as work reports write
     * them: the first one later in its sentence (成功创建…，这是我县继…之后…), else the last one before it in the text
     * (我们重点抓了以下几个方面工作：…成功创建…); null when neither is written.
     */
    private static String selfPointerAround(String text, int verb) {
        int end = Sentences.sentenceEnd(text, verb);
        for (int j = verb; j < end; j++) {
            String p = POINTERS.at(text, j);
            if (p != null && isSelfPointer(p)) {
                return p;
            }
        }
        String found = null;
        for (int j = 0; j < verb; j++) {
            String p = POINTERS.at(text, j);
            if (p != null && isSelfPointer(p)) {
                found = p;
            }
        }
        return found;
    }

    /** True when the clause of the verb at {@code verb} opens with a distributive word (均为, 都是, 双双). */
    private static boolean opensWithDistributive(String text, int verb) {
        int at = Sentences.clauseStart(text, verb);
        while (at < verb && Paragraphs.isBlank(text.charAt(at))) {
            at++;
        }
        return CountPhrase.DISTRIBUTIVE.at(text, at) != null;
    }

    /** An ordinal of places before a verb (第二个, 首个, 唯一, after 继…之后): a rank among the places that won. */
    private static final java.util.regex.Pattern RANK = java.util.regex.Pattern.compile(
            "(?:继[^，。；]{1,24}?之后)?(?:第[0-9一二三四五六七八九十]{1,3}个|首个|唯一|一个)");

    /**
     * True when the verb after pointer {@code found} closes a phrase ranking places below the pointer's (我市继城固县之后
     * 第二个获此殊荣的县: a county of 我市, 我省第3个获评的城市): the pointer is the scope of the rank.
     */
    private static boolean rankOfLowerPlaces(String text, String found, int foundEnd, int verb) {
        java.util.regex.Matcher rank = RANK.matcher(text).region(foundEnd, verb);
        if (!rank.find()) {
            return false;
        }
        int end = Sentences.clauseEnd(text, verb);
        int of = text.indexOf('的', verb);
        if (of < 0 || of + 1 >= end) {
            return false;
        }
        char pointer = found.charAt(found.length() - 1);
        char noun = text.charAt(of + 1);
        String lower = pointer == '市' || pointer == '州' || pointer == '盟' ? "县区旗" : pointer == '省' ? "市县区州城" : "";
        return lower.indexOf(noun) >= 0;
    }

    /** True when a naming verb in {@code text[foundEnd, end)}, the pointer's own clause, closes a rank of its places. */
    private static boolean ranksInOwnClause(String text, String found, int foundEnd, int end) {
        for (int v = foundEnd; v < end; v++) {
            if (VERBS.at(text, v) != null && rankOfLowerPlaces(text, found, foundEnd, v)) {
                return true;
            }
        }
        return false;
    }

    /** Words a place right after opens its clause after ({@code subject-openers.txt}: 其中南雄市…, 隔壁宁安市…, 所辖X市). */
    public static final Lexicon SUBJECT_OPENERS = Lexicon.load("subject-openers.txt");

    /** The end of a word of {@code subject-openers.txt} starting at {@code at} (省会 of 省会广州), or -1. */
    public static int subjectOpenerEnd(String text, int at) {
        String w = SUBJECT_OPENERS.at(text, at);
        return w == null ? -1 : at + w.length();
    }

    /** A number of places right after a pointer (我市两县, 我省5个县（市）): the pointer says whose they are. */
    private static final java.util.regex.Pattern OWNED_GROUP = java.util.regex.Pattern.compile(
            "(?:[两二三四五六七八九十]|[0-9]{1,2})个?(?:县|市|区|地|州|旗|城)");

    /**
     * Short names run together, then their number, right before the verb (我州雷山台江从江三县获评, 我市沛县丰县两县均): the
     * places are the subject, the pointer says whose they are.
     */
    private static final java.util.regex.Pattern NAMED_OWNED_GROUP = java.util.regex.Pattern.compile(
            "[\u4E00-\u9FFF]{2,12}?(?:[两二三四五六七八九十]|[0-9]{1,2})个?(?:县|市|区|地|州|旗|城)(?:均|都|同时|一同|齐|被)?\\s*");

    /**
     * Where the places a pointer ending at {@code end} owns may be counted: past 有 after a self pointer (我市有5个区（市）县
     * 上榜: the five are the subject, 我市 says whose), else at {@code end} (全区共有64个城(县)获此殊荣 states the round's size).
     */
    private static int ownedAt(String text, String pointer, int end) {
        if (!isSelfPointer(pointer)) {
            return end;
        }
        int at = text.startsWith("共", end) ? end + 1 : end;
        return text.startsWith("有", at) ? at + 1 : end;
    }

    /** True when a place is written starting at {@code at}. */
    private static boolean startsPlace(List<PlaceRef> places, int at) {
        for (PlaceRef p : places) {
            if (p.chainStart() == at) {
                return true;
            }
        }
        return false;
    }

    /** True when a place is written in {@code [from, to)}. */
    private static boolean namesPlace(List<PlaceRef> places, int from, int to) {
        for (PlaceRef p : places) {
            if (p.end() > from && p.chainStart() < to) {
                return true;
            }
        }
        return false;
    }

    private static boolean blanksOnly(String text, int from, int to) {
        for (int j = from; j < to; j++) {
            if (!Paragraphs.isBlank(text.charAt(j))) {
                return false;
            }
        }
        return true;
    }

    /** True when {@code text[from, to)} holds only joiners of a list and blanks; 以及 is one (五峰自治县以及神农架林区). */
    private static boolean onlyJoiners(String text, int from, int to) {
        for (int j = from; j < to; j++) {
            char c = text.charAt(j);
            if (JOINERS.indexOf(c) < 0 && !Paragraphs.isBlank(c) && !(c == '以' && j + 1 < to && text.charAt(j + 1) == '及')) {
                return false;
            }
        }
        return true;
    }
}
