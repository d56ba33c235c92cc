package dev.laurel.parsers.commendation;

import dev.laurel.model.Event;
import dev.laurel.model.RegionKind;
import dev.laurel.parsers.commendation.layout.Layout;
import dev.laurel.parsers.commendation.mentions.HonourFamilies;
import dev.laurel.parsers.commendation.mentions.HonourStatements;
import dev.laurel.parsers.commendation.text.HintedMatches;
import dev.laurel.parsers.commendation.text.Lexicon;
import dev.laurel.parsers.commendation.text.Quotes;
import dev.laurel.parsers.commendation.text.Sentences;
import dev.laurel.region.Gazetteer;
import dev.laurel.region.Region;
import dev.laurel.text.HanChars;
import dev.laurel.text.Invisibles;
import dev.laurel.text.TraditionalToSimplified;
import dev.laurel.text.WordList;

import java.util.List;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;

/**
 * The honour and naming ceremony a document states, read from its headline and preamble. Patterns are
 * matched on the simplified view of the text; what is returned is quoted from the text as written.
 */
public final class DocumentHeader {
    private static final String HAN = HanChars.REGEX;
    /** The nouns of {@code honour-nouns.txt}, longest first, with a parenthesis of forms: 双拥模范城（县、区）. */
    private static final String NOUN = "(?:" + String.join("|", HonourStatements.HONOURS.words().stream()
            .map(Pattern::quote).toList()) + ")(?:[(（](?:" + HAN + "|、){1,4}[)）])?";
    /** A cheap test for a text that may state an honour at all: one of the nouns, where {@link #NOUN} starts. */
    public static final WordList NOUN_HINT = HonourStatements.HONOURS.list();
    /**
     * An honour with its scope: 全国双拥模范城(县), 省级双拥模范城, 国家卫生城市, 中国天然氧吧, 山西省双拥模范城(县), 自治区双拥模范城 as an
     * autonomous region's own documents write its titles, and a municipality's own titles (天津市双拥模范区).
     */
    public static final Pattern SCOPED = Pattern.compile(
            "(?:全国|国家|中国|省级|市级|自治区|" + String.join("|", municipalities()) + "|(" + HAN
                    + "{2,8}?(?:省|自治区)))(?<filler>" + HAN + "{0,6}?)" + NOUN
                    + "|(?:" + String.join("|", provinceShortNames()) + ")" + NOUN); // 广西森林城市: right before its noun
    /** The most chars a {@link #SCOPED} match holds before its noun: a scope of 8 + 3, then 6. */
    public static final int SCOPED_LEAD = 17;
    /** The scope words a {@link #SCOPED} match may start with; else its scope holds 省 or 自治区 after 2 to 8 chars. */
    private static final WordList SCOPE_WORDS = WordList.of(java.util.stream.Stream.of(
            java.util.stream.Stream.of("全国", "国家", "中国", "省级", "市级", "自治区"), municipalities().stream(),
            provinceShortNames().stream()).flatMap(w -> w).toArray(String[]::new));
    /**
     * Where a {@link #SCOPED} match may start: at a scope word, or 2 to 8 chars before a 省 or a 自 (of 自治区). The
     * pattern is tried only there: its lazy scope and the nouns after it cost much more than this test.
     */
    private static final HintedMatches.StartTest SCOPED_START = (text, at) -> {
        if (SCOPE_WORDS.startingAt(text, at) != null) {
            return true;
        }
        for (int k = at + 2, end = Math.min(text.length(), at + 9); k < end; k++) {
            if (text.charAt(k) == '省' || text.charAt(k) == '自') {
                return true;
            }
        }
        return false;
    };
    /** An honour without a scope: 双拥模范城 (the lexicon's nouns carry their 双拥). */
    public static final Pattern UNSCOPED = Pattern.compile(NOUN);
    /** The most chars an {@link #UNSCOPED} match holds before its noun: none. */
    public static final int UNSCOPED_LEAD = 0;
    /** A dated meeting held in a place: 2024年4月23日，…命名大会在北京隆重召开. */
    public static final Pattern EVENT = Pattern.compile(
            "(?:(\\d{4})年)?(\\d{1,2})月(\\d{1,2})日[，,]?\\s*(?:[^，,。；;]{0,20}?[，,])?"
                    + "([^，,。；;]{2,40}?(?:大会|会议|表彰会|典礼|仪式))"
                    + "(?:在|於|于)(" + HAN + "{2,8}?)(?:隆重|胜利)?(?:召开|举行|举办)");

    /** Every date holds a 月, at most {@link #DATE_LEAD} chars after its start (2016年10月: 5 + 2). */
    public static final WordList MONTH = WordList.of("月");
    /** The most chars from a date's start to its 月. */
    public static final int DATE_LEAD = 7;
    /** Where an {@link #EVENT} or {@link #EVENT_AT} match may start: at an ASCII digit, the first of its date. */
    private static final HintedMatches.StartTest DATE_START =
            (text, at) -> text.charAt(at) >= '0' && text.charAt(at) <= '9';

    /** 4月24日，从…命名大会上传来喜讯 / 10月20日，在…命名大会上: a date and a meeting, no place. */
    public static final Pattern EVENT_AT = Pattern.compile(
            "(?:(\\d{4})年)?(\\d{1,2})月(\\d{1,2})日[，,]?\\s*(?:从|在|于)"
                    + "([^，,。；;]{2,40}?(?:大会|会议|表彰会|典礼|仪式))上");

    private DocumentHeader() {
    }

    /** The municipalities' names (北京市, 天津市, 上海市, 重庆市), from the gazetteer: each scopes its own titles. */
    private static List<String> municipalities() {
        return dev.laurel.region.Gazetteer.get().regions().stream()
                .filter(r -> r.kind() == dev.laurel.model.RegionKind.MUNICIPALITY).map(dev.laurel.region.Region::name).toList();
    }

    /** The short names of the provinces and autonomous regions (广西, 河北, 内蒙古), longest first. */
    private static List<String> provinceShortNames() {
        return dev.laurel.region.Gazetteer.get().regions().stream()
                .filter(r -> r.kind() == dev.laurel.model.RegionKind.PROVINCE && r.shortName() != null
                        && r.shortName().length() >= 2)
                .map(dev.laurel.region.Region::shortName).sorted((a, b) -> b.length() - a.length()).toList();
    }

    /** The first honour with a scope (全国双拥模范城) in the texts, or null. */
    static String scopedHonor(List<String> texts) {
        return best(texts, SCOPED, SCOPED_START, SCOPED_LEAD);
    }

    /**
     * The first honour with a scope that a sentence of the texts names after a naming verb (…，德化县第二次被命名为国家卫生县城:
     * 国家卫生县城, not the 国家卫生城镇 of 国家卫生城镇复审结果 before it), as written, or null.
     */
    static String namedHonor(List<String> texts) {
        for (String t : texts) {
            String simplified = TraditionalToSimplified.toSimplified(t);
            for (int i = 0; i < simplified.length(); i++) {
                String verb = HonourStatements.VERBS.at(simplified, i);
                if (verb == null) {
                    continue;
                }
                int from = i + verb.length();
                String honour = scopedHonor(List.of(t.substring(from, Sentences.sentenceEnd(simplified, from))));
                if (honour != null) {
                    return honour;
                }
                i = from - 1;
            }
        }
        return null;
    }

    /** True when a simplified text states an honour with its scope. */
    static boolean statesScopedHonor(String simplified) {
        return HintedMatches.first(SCOPED, SCOPED_START, NOUN_HINT, SCOPED_LEAD, simplified) != null;
    }

    /**
     * The honour the texts state: the first with a scope (全国, 省级, 广东省), else the first without.
     * A later statement of the same honour naming more forms replaces it (广东省双拥模范城（县、区） in the
     * text over 广东省双拥模范城（县） in the headline), unless it is part of a meeting's name (…命名大会).
     */
    static String honor(List<String> texts) {
        String scoped = best(texts, SCOPED, SCOPED_START, SCOPED_LEAD);
        return scoped != null ? scoped : best(texts, UNSCOPED, HintedMatches.StartTest.ANY, UNSCOPED_LEAD);
    }

    /** True when {@code text} (a headline) states an honour, not only a campaign's (创建全国文明城市工作简报). */
    static boolean statesWonHonor(String text) {
        String simplified = TraditionalToSimplified.toSimplified(text);
        for (MatchResult m : HintedMatches.all(SCOPED, SCOPED_START, NOUN_HINT, SCOPED_LEAD, simplified)) {
            if (!campaigns(simplified, m.start(), m.end())) {
                return true;
            }
        }
        return false;
    }

    /**
     * The first honour with a scope that the page says it won itself: in a clause opened by a self pointer ({@code
     * pointers.txt} tagged self: 我县, 我市) with a naming verb between them (我县连续第三届荣膺“贵州省文明县城”称号); or null.
     * A page whose headline names no honour states its own here, beside the decision's title naming two
     * (命名第五届贵州省文明城市、文明县城). A clause dating the naming (我市于2021年被确定为…) tells an earlier one. A place the
     * headline names ({@code headlinePlaces}, simplified) stands for the page itself as 我市 does (年终盘点｜2025，九江收获这些
     * “国字号”荣誉 above 九江市连续第三次被命名为全国双拥模范城).
     */
    static String ownHonor(List<String> texts, List<String> headlinePlaces) {
        for (String t : texts) {
            String simplified = TraditionalToSimplified.toSimplified(t);
            for (MatchResult m : HintedMatches.all(SCOPED, SCOPED_START, NOUN_HINT, SCOPED_LEAD, simplified)) {
                if (saidAsHeld(simplified, m.start())) {
                    continue; // 五年来，我县先后获得全国文明城市提名城市…等称号: titles held, not the page's news
                }
                int clause = Sentences.clauseStart(simplified, m.start());
                for (int i = clause; i < m.start(); i++) {
                    String pointer = HonourStatements.POINTERS.at(simplified, i);
                    if (pointer == null || !HonourStatements.isSelfPointer(pointer)) {
                        pointer = headlinePlaceAt(simplified, i, headlinePlaces);
                    }
                    if (pointer != null
                            && namingVerbBetween(simplified, i + pointer.length(), m.start())
                            && !HonourStatements.YEAR.matcher(simplified).region(i, m.start()).find()) { // 我市于2021年被确定为…: an earlier one
                        return t.substring(m.start(), m.end());
                    }
                }
            }
        }
        return null;
    }

    /** The place of {@code names} written at {@code at} of {@code s}, the longest, or null. */
    private static String headlinePlaceAt(String s, int at, List<String> names) {
        String found = null;
        for (String n : names) {
            if (s.startsWith(n, at) && (found == null || n.length() > found.length())) {
                found = n;
            }
        }
        return found;
    }

    private static boolean namingVerbBetween(String s, int from, int to) {
        for (int i = from; i < to; i++) {
            if (HonourStatements.VERBS.at(s, i) != null) {
                return true;
            }
        }
        return false;
    }

    private static String best(List<String> texts, Pattern pattern, HintedMatches.StartTest starts, int lead) {
        String best = null;
        String campaign = null; // the first honour named as a campaign's (创建全国文明城市工作简报), when no other is stated
        String held = null; // the first honour said as held already (三十年来，邳州市先后获得江苏省双拥模范城…), when no other is
        String listed = null; // the first honour written as the head of a list of the round's honours (国家园林城市、县城和城镇)
        java.util.Set<String> listedFamilies = java.util.Set.of();
        for (String t : texts) {
            String simplified = TraditionalToSimplified.toSimplified(t);
            for (MatchResult m : HintedMatches.all(pattern, starts, NOUN_HINT, lead, simplified)) {
                int start = m.groupCount() >= 1 && m.group(1) != null ? provinceStart(t, m.start(1), m.end(1)) : m.start();
                if (start < 0 && m.end(1) - m.start(1) > AUTONOMOUS.length()
                        && TraditionalToSimplified.toSimplified(t.substring(m.end(1) - AUTONOMOUS.length(), m.end(1))).equals(AUTONOMOUS)) {
                    start = m.end(1) - AUTONOMOUS.length(); // 关于命名自治区双拥模范城: the region's own scope, no name before it
                }
                if (start < 0 || insideRuleTitle(t, start) || brokenScope(simplified, m)) {
                    continue; // 《广西壮族自治区卫生城镇评审管理办法》: a rule's name states no honour
                }
                if (start > 0 && Quotes.opens(t.charAt(start - 1)) && closesQuote(t, start, m.end())) {
                    start--; // “四好农村路”全国示范县: the quote the noun closes opens it
                }
                String found = t.substring(start, m.end());
                if (campaigns(simplified, start, m.end())) {
                    campaign = campaign == null ? found : campaign;
                    continue;
                }
                if (saidAsHeld(simplified, start) || describesPlace(simplified, start)) {
                    held = held == null ? found : held;
                    continue;
                }
                java.util.Set<String> siblings = listedSiblings(simplified, m.end());
                if (!siblings.isEmpty() && best == null) {
                    if (listed == null) {
                        listed = found;
                        listedFamilies = siblings;
                    }
                    continue;
                }
                if (listed != null && best == null && !listedFamilies.contains(HonourFamilies.family(found))) {
                    continue; // an honour outside the listed ones, named while the list's is unsettled
                }
                if (best == null) {
                    best = found;
                } else if (base(found).equals(base(best)) && forms(found) > forms(best) && onlyLevels(found)
                        && !MEETING.matcher(t).region(m.end(), t.length()).lookingAt()) {
                    best = found;
                }
            }
        }
        return best != null ? best : listed != null ? listed : held != null ? held : campaign;
    }

    /** The longest form an honour list names after its head (国家园林城市、县城和城镇: 县城, 城镇). */
    private static final int MAX_SIBLING = 3;

    /**
     * The families of the honours a list written right after an honour's name at {@code end} adds by naming only
     * their forms, when they are other families than the head's (国家园林城市、县城和城镇名单: 园林县城 and 园林城镇
     * beside 园林), with the head's own; else empty. Such a head says which round was announced, not which honour
     * its places won: the statement that names the places says that (我市黟县首次获评国家园林县城).
     */
    private static java.util.Set<String> listedSiblings(String simplified, int end) {
        String head = HonourStatements.HONOURS.list().endingAt(simplified, end);
        String own = head == null ? null : HonourFamilies.family(head);
        java.util.Set<String> out = new java.util.HashSet<>();
        int at = end;
        while (own != null && at < simplified.length() && "、和及".indexOf(simplified.charAt(at)) >= 0) {
            String sibling = null;
            for (int cut = 1; cut <= 2 && sibling == null; cut++) {
                String stem = head.substring(0, head.length() - cut);
                for (int n = MAX_SIBLING; n >= 1 && sibling == null; n--) {
                    if (at + 1 + n <= simplified.length()) {
                        String h = stem + simplified.substring(at + 1, at + 1 + n);
                        sibling = HonourStatements.HONOURS.words().contains(h) ? h : null;
                        if (sibling != null) {
                            at += 1 + n;
                        }
                    }
                }
            }
            if (sibling == null) {
                break;
            }
            out.add(HonourFamilies.family(sibling));
        }
        if (out.isEmpty() || out.equals(java.util.Set.of(own))) {
            return java.util.Set.of();
        }
        out.add(own);
        return out;
    }

    /**
     * True when a naming verb before {@code at} in its clause is said of a holder already ({@link
     * HonourStatements#saidAsHeldAlready}: 先后获得, 均已获此称号): the honour at {@code at} is a title held, not the page's news.
     */
    private static boolean saidAsHeld(String simplified, int at) {
        for (int i = Sentences.clauseStart(simplified, at); i < at; i++) {
            if (HonourStatements.VERBS.at(simplified, i) != null && HonourStatements.saidAsHeldAlready(simplified, i)) {
                return true;
            }
        }
        return false;
    }

    /** Words that make an honour after them a place's description ({@code epithet-frames.txt}: 坐落于, 位于). */
    private static final Lexicon EPITHET_FRAMES = Lexicon.load("epithet-frames.txt");

    /**
     * True when a word of {@code epithet-frames.txt} stands before {@code at} in its clause and no naming verb between
     * them (坐落于全国双拥模范城、国家森林城市——湖南省郴州市): the honour describes where something lies.
     */
    private static boolean describesPlace(String simplified, int at) {
        int clause = Sentences.clauseStart(simplified, at);
        for (int i = at - 1; i >= clause; i--) {
            if (HonourStatements.VERBS.at(simplified, i) != null) {
                return false;
            }
            if (EPITHET_FRAMES.at(simplified, i) != null) {
                return true;
            }
        }
        return false;
    }

    /** Words that end a scope before an honour's noun ({@code scope-breaks.txt}: 共有, 已有). */
    private static final Lexicon SCOPE_BREAKS = Lexicon.load("scope-breaks.txt");

    /**
     * True when a {@link #SCOPED} match holds a word of {@code scope-breaks.txt} between its scope and its noun
     * (黑龙江省共有森林城市): a clause's subject and verb, not an honour's name.
     */
    private static boolean brokenScope(String simplified, MatchResult m) {
        if (m.groupCount() < 2 || m.start(2) < 0) {
            return false;
        }
        for (int i = m.start(2); i < m.end(2); i++) {
            String w = SCOPE_BREAKS.at(simplified, i);
            if (w != null && i + w.length() <= m.end(2)) {
                return true;
            }
        }
        return false;
    }

    /** Campaign words before and after an honour ({@code campaign-words.txt}). */
    private static final java.util.Map<String, Lexicon> CAMPAIGN = Lexicon.byTag("campaign-words.txt");

    /**
     * True when the honour at {@code [start, end)} of the simplified {@code s} is named as a campaign's, not as won: a
     * campaign verb right before it, not after 成功, and a campaign noun right after it (创建全国文明城市工作简报).
     */
    private static boolean campaigns(String s, int start, int end) {
        String verb = CAMPAIGN.get("verb").list().endingAt(s, start);
        return verb != null && !s.startsWith("成功", start - verb.length() - 2)
                && CAMPAIGN.get("noun").list().startingAt(s, end) != null;
    }

    /**
     * True when {@code at} lies inside 《…》 naming a rule or standard (《…卫生城镇评审管理办法》, tagged "rule" in
     * {@code document-types.txt}); 《关于命名…的通知》 is the decision itself and states its honour.
     */
    private static boolean insideRuleTitle(String t, int at) {
        int open = t.lastIndexOf('《', at);
        int close = open < 0 || t.lastIndexOf('》', at) > open ? -1 : t.indexOf('》', at);
        if (close < 0) {
            return false;
        }
        String type = Layout.DOCUMENT_TYPES.list().endingAt(TraditionalToSimplified.toSimplified(t.substring(open + 1, close)), close - open - 1);
        return type != null && Layout.DOCUMENT_TYPES.isTagged(type);
    }

    /** Where a province name really starts in a scope such as 届广东省 (at 广), or -1 when it names none. */
    private static int provinceStart(String text, int start, int end) {
        for (int i = start; i < end - 1; i++) {
            for (Region r : Gazetteer.get().lookup(TraditionalToSimplified.toSimplified(text.substring(i, end))).candidates()) {
                if (r.kind() == RegionKind.PROVINCE) {
                    return i;
                }
            }
        }
        return -1;
    }

    /** True when {@code t[from, to)} holds a closing quote (四好农村路”全国示范县). */
    private static boolean closesQuote(String t, int from, int to) {
        for (int i = from; i < to; i++) {
            if (Quotes.closes(t.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /** The scope an autonomous region's own documents give its titles. */
    private static final String AUTONOMOUS = "自治区";
    private static final Pattern MEETING = Pattern.compile(HAN + "{0,4}?(?:大会|会议|會議)");
    private static final Pattern LEVELS = Pattern.compile("[(（][县区市旗縣區、]+[)）]$");

    /** How many forms an honour names: 1, or the parts of its parenthesis (县、区 gives 3). */
    private static int forms(String honor) {
        int open = parenthesis(honor);
        if (open < 0) {
            return 1;
        }
        int forms = 2;
        for (int i = open; i < honor.length(); i++) {
            forms += honor.charAt(i) == '、' ? 1 : 0;
        }
        return forms;
    }

    /** The honour without its parenthesis of forms. */
    private static String base(String honor) {
        int open = parenthesis(honor);
        return open < 0 ? honor : honor.substring(0, open);
    }

    /** True when the parenthesis names only administrative levels (县、区), not a group (地级市). */
    private static boolean onlyLevels(String honor) {
        return LEVELS.matcher(honor).find();
    }

    private static int parenthesis(String honor) {
        return Math.max(honor.lastIndexOf('('), honor.lastIndexOf('（'));
    }

    /**
     * The first naming ceremony stated: {@code 4月23日，全国…命名大会在北京隆重举行}, or without a place
     * {@code 10月20日，在全国…命名大会上}.
     */
    static Event event(List<String> texts) {
        for (String t : texts) {
            String simplified = TraditionalToSimplified.toSimplified(t);
            MatchResult m = mayHold(simplified, EVENT_VERBS)
                    ? HintedMatches.first(EVENT, DATE_START, MONTH, DATE_LEAD, simplified) : null;
            if (m != null) {
                return new Event(date(m), Invisibles.visible(t.substring(m.start(5), m.end(5))),
                        Invisibles.visible(t.substring(m.start(4), m.end(4))));
            }
            m = mayHold(simplified, EVENT_AT_ENDS)
                    ? HintedMatches.first(EVENT_AT, DATE_START, MONTH, DATE_LEAD, simplified) : null;
            if (m != null) {
                return new Event(date(m), null, Invisibles.visible(t.substring(m.start(4), m.end(4))));
            }
        }
        return null;
    }

    /** Every {@link #EVENT} match ends in one of these verbs: a text holding none has no such match. */
    private static final List<String> EVENT_VERBS = List.of("召开", "举行", "举办");
    /**
     * Every {@link #EVENT_AT} match ends in its meeting word and 上 (大会上, 会议上, 表彰会上, 典礼上, 仪式上), so it holds one
     * of these: a text holding none has no such match.
     */
    private static final List<String> EVENT_AT_ENDS = List.of("会上", "议上", "礼上", "式上");

    /**
     * False when {@code text} holds none of {@code words}, one of which every match of a pattern holds: a whole-text
     * test that spares the pattern's tries at every date of a text without a ceremony.
     */
    private static boolean mayHold(String text, List<String> words) {
        for (String w : words) {
            if (text.contains(w)) {
                return true;
            }
        }
        return false;
    }

    private static String date(MatchResult m) {
        return (m.group(1) != null ? m.group(1) + "-" : "") + pad(m.group(2)) + "-" + pad(m.group(3));
    }

    private static String pad(String n) {
        return n.length() == 1 ? "0" + n : n;
    }
}
