package dev.laurel.parsers.commendation.subjects;

import dev.laurel.parsers.commendation.mentions.Collectives;
import dev.laurel.parsers.commendation.mentions.HonourStatements;
import dev.laurel.parsers.commendation.mentions.PlaceRef;
import dev.laurel.parsers.commendation.mentions.Places;
import dev.laurel.parsers.commendation.text.Lexicon;
import dev.laurel.parsers.commendation.text.LoneFigure;
import dev.laurel.parsers.commendation.text.Paragraphs;
import dev.laurel.parsers.commendation.text.Quotes;
import dev.laurel.parsers.commendation.text.Sentences;
import dev.laurel.text.TraditionalToSimplified;

import java.util.List;

/**
 * How a clause of a story opens, read without its awardees: with a place as its subject (同处渝东南的彭水县), a pointer
 * (该县, 今年我市), an organisation (该公司, 广东南江林业股份有限公司), places together (三县), a place outside the
 * gazetteer, a quote, a figure before its caption, a total (共11个). {@link ClauseSubjects} reads whose each clause is
 * from them.
 */
final class ClauseOpenings {
    private ClauseOpenings() {
    }

    /** Words that open a clause giving a list's total: 共, 合计 … */
    private static final Lexicon TOTALS = Lexicon.load("total-words.txt");

    /** True for a clause that gives a list's total (共11个): after a list of places, its figure is no awardee's. */
    static boolean isTotal(String clause) {
        int at = 0;
        while (at < clause.length() && Paragraphs.isBlank(clause.charAt(at))) {
            at++;
        }
        String word = TOTALS.at(TraditionalToSimplified.toSimplified(clause), at);
        int after = word == null ? -1 : at + word.length();
        return after >= 0 && after < clause.length()
                && (Character.isDigit(clause.charAt(after)) || "零〇一二两三四五六七八九十百千".indexOf(clause.charAt(after)) >= 0);
    }

    /**
     * True when the clause ends, right after the place at {@code end}, with an organisation's name (在荆门市龙泉中学): the
     * clause places what follows in that organisation, not in the place.
     */
    static boolean namesOrganisation(String clause, int end) {
        String rest = TraditionalToSimplified.toSimplified(clause.strip());
        int from = end - (clause.length() - clause.stripLeading().length());
        return from >= 0 && from < rest.length() && HonourStatements.organisationAfter(rest, from) == rest.length();
    }

    /** Pointers to an organisation (该校, 该院, 该部), from {@code organisation-pointers.txt}. */
    private static final Lexicon ORGANISATION_POINTERS = Lexicon.load("organisation-pointers.txt");
    /** The longest name of an organisation opening a clause (广东南江林业股份有限公司). */
    private static final int MAX_OPENING_ORGANISATION = 16;
    /** The fewest chars of a name before its organisation word (南江林业 + 公司): 龙头企业 alone names no one. */
    private static final int MIN_ORGANISATION_NAME = 2;

    /**
     * True when a clause opens with a company's name (广东南江林业股份有限公司今年已收购…, a word tagged {@code name} in
     * {@code organisation-words.txt} after a few chars) or with 该 and an organisation word (该公司负责人表示…): the
     * clause is about the organisation, not the place of the story. Parts of a place (该街道, tag {@code place}) are the
     * place's; kinds of organisation (国有企业) name no one.
     */
    static boolean opensWithOrganisation(String clause) {
        String s = TraditionalToSimplified.toSimplified(clause);
        int at = 0;
        while (at < s.length() && (Paragraphs.isBlank(s.charAt(at)) || Quotes.opens(s.charAt(at)))) {
            at++; // “我们村的油茶林…: a quote opening with the village's own pointer
        }
        int box = at < s.length() && s.charAt(at) == '【' ? s.indexOf('】', at) : -1;
        if (box > at && box - at <= MAX_BOX_LABEL) {
            at = box + 1; // 【园区概况】太仓港经济技术开发区是…: a box's label, then its text
        }
        java.util.regex.Matcher date = LEADING_DATE.matcher(s).region(at, s.length());
        if (date.lookingAt()) {
            at = date.end(); // 9月15日　湖北屈姑食品有限公司年产3万吨…: a chronicle's line, the company after its date
        }
        Lexicon words = HonourStatements.ORGANISATIONS;
        if (s.startsWith("该", at)) {
            String w = words.at(s, at + 1);
            if (w != null && !"place".equals(words.tag(w)) || ORGANISATION_POINTERS.at(s, at) != null) {
                return true; // 该校, 该部
            }
            return introducesOrganisation(s, at); // 该县一家果品企业年出口苹果3万吨: the company's, not the county's
        }
        if (introducesOrganisation(s, at)) {
            return true;
        }
        int zone = Places.zoneNameEnd(s, at);
        if (zone > 0 && (zone == s.length() || ZONE_LOCATIVES.indexOf(s.charAt(zone)) < 0)) {
            return true; // 淮北高新区规划面积45.2平方公里: the zone's; not 泰州医药高新区内32家企业…, enterprises of the place in it
        }
        String owner = ORGANISATION_POINTERS.at(s, at);
        if (owner != null && !"determiner".equals(ORGANISATION_POINTERS.tag(owner))) {
            // 他的工厂目前雇用员工约800人, 工厂的120名员工: someone's own, not the place's; 我们村的油茶林…: the village's
            return true;
        }
        for (int end = at + 1; end <= Math.min(s.length(), at + MAX_OPENING_ORGANISATION); end++) {
            if (!dev.laurel.text.HanChars.isHan(s.charAt(end - 1))) {
                return false;
            }
            String w = words.list().endingAt(s, at, end);
            if (w != null && "name".equals(words.tag(w)) && end - w.length() - at >= MIN_ORGANISATION_NAME) {
                return true;
            }
        }
        return false;
    }

    /** The longest box label a clause may open with (【园区概况】). */
    private static final int MAX_BOX_LABEL = 12;

    /** The chars that, right after a zone's name, make it where the clause's subject is ({@code zone-locatives.txt}: 高新区内). */
    private static final String ZONE_LOCATIVES = String.join("", Lexicon.lines("zone-locatives.txt"));

    /** A date opening a clause, with the blanks after it (9月15日　, 2025年3月2日 ). */
    private static final java.util.regex.Pattern LEADING_DATE = java.util.regex.Pattern.compile(
            "(?:(?:19|20)[0-9]{2}年)?[0-9]{1,2}月[0-9]{1,2}日[\\s\u3000]+");

    /** The last chars of a place's name, after which a word introducing an organisation may stand (海勃湾区一家…). */
    private static final String PLACE_SUFFIXES = "市县区旗州盟";

    /** How far into a clause a word introducing an organisation may start (当地一家…, 县内一家…). */
    private static final int DETERMINER_HEAD = 3;

    /**
     * True when a word introducing one organisation ({@code organisation-pointers.txt}, tagged determiner: 一家, 这所) starts
     * in the first few chars of a simplified clause from {@code at} and an organisation word ends a few chars after it
     * (当地一家绿松石珠宝企业去年实现出口额1.2亿元).
     */
    private static boolean introducesOrganisation(String s, int at) {
        Lexicon words = HonourStatements.ORGANISATIONS;
        for (int d = at; d < Math.min(s.length(), at + MAX_OPENING_ORGANISATION); d++) {
            if (Sentences.isClauseEnd(s.charAt(d))) {
                return false;
            }
            String det = ORGANISATION_POINTERS.at(s, d);
            // 位于寿光市的一家造纸企业: after a modifier; 海勃湾区一家民营企业: after a place
            if (det == null || !"determiner".equals(ORGANISATION_POINTERS.tag(det))
                    || d > at + DETERMINER_HEAD && s.charAt(d - 1) != '的' && PLACE_SUFFIXES.indexOf(s.charAt(d - 1)) < 0) {
                continue;
            }
            int from = d + det.length();
            for (int end = from + 1; end <= Math.min(s.length(), from + MAX_OPENING_ORGANISATION); end++) {
                if (!dev.laurel.text.HanChars.isHan(s.charAt(end - 1))) {
                    return false;
                }
                String w = words.list().endingAt(s, from, end);
                if (w != null && !"place".equals(words.tag(w))) {
                    return true;
                }
            }
            return false;
        }
        return false;
    }

    /** The longest figure line of a page of them. */
    private static final int SHORT_PARAGRAPH = 60;

    /**
     * True for a figure line: one short sentence opening with a bullet, a symbol that is no letter, digit or
     * punctuation (● 空气质量优良天数比率93.6%, ▶ 新增绿道42公里, ✅ …).
     */
    static boolean isFigureLine(String text) {
        int head = 0;
        while (head < text.length() && Paragraphs.isBlank(text.charAt(head))) {
            head++;
        }
        if (text.length() > SHORT_PARAGRAPH || head == text.length() || !isBullet(text.codePointAt(head))) {
            return false;
        }
        for (int i = 0; i + 1 < text.length(); i++) {
            if (Sentences.isSentenceEnd(text.charAt(i)) && !Sentences.isSentenceEnd(text.charAt(i + 1))) {
                return false; // a second sentence
            }
        }
        return true;
    }

    /** True for a bullet: a symbol (●, ▶, ★, ✅) or a dot or dash that marks list items (•, ·, -, *). */
    private static boolean isBullet(int c) {
        int type = Character.getType(c);
        return type == Character.OTHER_SYMBOL || type == Character.MATH_SYMBOL || c == '•' || c == '·' || c == '・'
                || c == '-' || c == '*';
    }

    /** True when the pointer opening {@code clause} can stand for {@code place} (该县 for a county, not 该市 for a province). */
    static boolean fitsPointer(PlaceRef place, String clause) {
        String pointer = headPointer(clause);
        return pointer == null || place.fitsLevel(pointer.charAt(pointer.length() - 1));
    }

    /** Where a clause's text starts, past the blanks opening it. */
    static int headStart(String clause) {
        int at = 0;
        while (at < clause.length() && Paragraphs.isBlank(clause.charAt(at))) {
            at++;
        }
        return at;
    }

    /**
     * Where the place of a clause setting the scene may stand (在大洼区，: after 在 and the blanks before it), or -1 when the
     * clause does not open with 在.
     */
    static int sceneStart(String clause) {
        int at = headStart(clause);
        return at < clause.length() && (clause.charAt(at) == '在' || clause.charAt(at) == '於') ? at + 1 : -1;
    }

    /** Places outside the gazetteer that pages compare with ({@code outside-places.txt}: 台北市). */
    private static final Lexicon OUTSIDE = Lexicon.load("outside-places.txt");

    /** True when a clause opens with a place outside the gazetteer (台北市人均公园绿地面积约5.1平方米). */
    static boolean opensOutside(String clause) {
        String s = TraditionalToSimplified.toSimplified(clause);
        int head = 0;
        while (head < s.length() && Paragraphs.isBlank(s.charAt(head))) {
            head++;
        }
        return OUTSIDE.at(s, head) != null;
    }

    /**
     * True when a clause is a figure alone, maybe after a bullet, before a colon and its caption (● 76.3%：霍山县森林覆盖率,
     * ▶ 约786亿元：…): whose figure it is, the caption says.
     */
    static boolean isFigureHead(String clause) {
        int a = 0;
        while (a < clause.length() && (Paragraphs.isBlank(clause.charAt(a)) || Paragraphs.isMark(clause.charAt(a)))) {
            a++;
        }
        return LoneFigure.is(clause.substring(a));
    }

    /**
     * True when a clause opens with several places together and does not share its figures out (三县旅游总收入合计超过
     * 300亿元, not 三县分别接待…): its figures are their sum, none of them one place's.
     */
    static boolean opensWithCollective(String clause) {
        String s = TraditionalToSimplified.toSimplified(clause);
        int head = 0;
        while (head < s.length() && Paragraphs.isBlank(s.charAt(head))) {
            head++;
        }
        Collectives.Collective c = Collectives.at(s, head, s.length());
        return c != null && c.places() >= 2 && !s.contains("分别");
    }

    /**
     * True when a context word (东邻, 毗邻: {@code context-words.txt}) ends right before {@code at} (澄迈县东邻海口市: the
     * place is the subject's neighbour, not the subject); not one ending in 的, which describes the place after it
     * (与延安相邻的榆林市: the neighbour is what the clause is about).
     */
    static boolean followsContextWord(String simplified, int at) {
        String w = CONTEXT.list().endingAt(simplified, 0, at);
        return w != null && !w.endsWith("的");
    }

    /** True when a pointer of {@code pointers.txt} (全市, 全县) starts at {@code at} of a simplified clause. */
    static boolean startsWithPointer(String simplified, int at) {
        return at < simplified.length() && HonourStatements.POINTERS.at(simplified, at) != null;
    }

    /**
     * True when a clause's first place is its subject: at its head, or after a modifier ending in 的 (同处渝东南的彭水县) or
     * a neighbour noun (邻县特克斯县).
     */
    static boolean opensWithSubject(String clause, List<PlaceRef> mentions) {
        return subjectMention(clause, mentions) != null;
    }

    /**
     * The place a clause opens with as its subject, as {@link #opensWithSubject} reads it, or null; a partner inside the
     * modifier before it is passed over (与于都相邻的宁都县: 宁都县).
     */
    static PlaceRef subjectMention(String clause, List<PlaceRef> mentions) {
        int k = 0;
        while (k + 1 < mentions.size() && mentions.get(k).chainStart() > 0
                && PARTNER_WORDS.indexOf(clause.charAt(mentions.get(k).chainStart() - 1)) >= 0
                && clause.charAt(mentions.get(k + 1).chainStart() - 1) == '的') {
            k++;
        }
        if (mentions.isEmpty()) {
            return null;
        }
        int at = HonourStatements.corpsDivisionStart(clause, mentions.get(k).chainStart()); // 第一师阿拉尔市…
        int head = 0;
        while (head < at && Paragraphs.isBlank(clause.charAt(head))) {
            head++;
        }
        if (comparedWith(clause, mentions.get(k))) {
            return null; // 与毗邻的安吉县不同，…: what the clause compares with
        }
        return at == head || clause.charAt(at - 1) == '的' || at >= 2 && opensAsSubject(clause, at) && clause.charAt(at - 2) != '在'
                ? mentions.get(k) : null;
    }

    /**
     * True when a clause opens with a pointer that is not the page's own: in the sentence of the place it would point
     * to, any (特克斯县以“八卦城”闻名，全县建成…); in a later sentence, 该县 and the like only (not 全县, which is the
     * story's own place again).
     */
    static boolean opensWithPointer(String clause, boolean sameSentence) {
        String pointer = headPointer(clause);
        return pointer != null && !HonourStatements.isSelfPointer(pointer) && (sameSentence || pointer.startsWith("该"));
    }

    /** Adverbs of time a clause may open with before its subject ({@code time-adverbs.txt}: 目前, 如今). */
    private static final Lexicon TIME_ADVERBS = Lexicon.load("time-adverbs.txt");

    /** True when {@code clause} is a word of {@code time-adverbs.txt} alone, blanks aside (近五年来，). */
    static boolean isTimeAdverb(String clause) {
        String s = TraditionalToSimplified.toSimplified(clause.strip());
        String time = TIME_ADVERBS.at(s, 0);
        return time != null && time.length() == s.length();
    }

    /**
     * The pointer a clause opens with, blanks and an adverb of time passed over (该县, 我市, 我们; 目前我州…), or null.
     */
    static String headPointer(String clause) {
        String simplified = TraditionalToSimplified.toSimplified(clause);
        int at = headPointerStart(simplified);
        return at < 0 ? null : HonourStatements.POINTERS.at(simplified, at);
    }

    /** Where the pointer opening a clause (after blanks and a time adverb: 今年我市) ends, or -1. */
    static int headPointerEnd(String clause) {
        String simplified = TraditionalToSimplified.toSimplified(clause);
        int at = headPointerStart(simplified);
        return at < 0 ? -1 : at + HonourStatements.POINTERS.at(simplified, at).length();
    }

    /** Where a pointer opens a simplified clause, after blanks and a time adverb (今年我市), or -1. */
    private static int headPointerStart(String simplified) {
        int at = 0;
        while (at < simplified.length() && Paragraphs.isBlank(simplified.charAt(at))) {
            at++;
        }
        if (HonourStatements.POINTERS.at(simplified, at) != null) {
            return at;
        }
        String time = TIME_ADVERBS.at(simplified, at);
        return time != null && HonourStatements.POINTERS.at(simplified, at + time.length()) != null ? at + time.length() : -1;
    }

    /** True when a clause opens with a self pointer (我市, 我们). */
    static boolean opensWithSelf(String clause) {
        String pointer = headPointer(clause);
        return pointer != null && HonourStatements.isSelfPointer(pointer);
    }

    /** Words right before a place that make it a partner, not the subject (在与喀喇沁旗开展的结对交流中). */
    static final String PARTNER_WORDS = "与同跟和向对帮給给與對幫";

    /** How far into a clause a place after a modifier ending in 的 may stand and still be its subject. */
    private static final int MODIFIED_HEAD = 16;

    /** Nouns of a relation right before another place's name ({@code relation-nouns.txt}: 结对城市, 友好城市). */
    private static final Lexicon RELATIONS = Lexicon.load("relation-nouns.txt");

    /**
     * The place after a modifier ending in 的 (与香港隔海相望的珠海, 延川县所在的延安市), a quoted epithet opening the clause
     * (“砂器之乡”荥经县) or a noun of a relation (结对城市苏州市) standing near the clause's head: what the clause is about;
     * null when none does.
     */
    static PlaceRef modifiedPlace(String clause, List<PlaceRef> mentions) {
        for (PlaceRef m : mentions) {
            if (m.chainStart() > MODIFIED_HEAD) {
                return null;
            }
            if (m.chainStart() > 0 && clause.charAt(m.chainStart() - 1) == '的' && !namesOrganisation(clause, m.end())
                    || m.chainStart() > 0 && Quotes.closes(clause.charAt(m.chainStart() - 1)) && opensQuoted(clause)
                    || RELATIONS.list().endingAt(TraditionalToSimplified.toSimplified(clause.substring(0, m.chainStart())),
                    m.chainStart()) != null) {
                return m; // 与延川县相邻的永和县; 东西部协作结对城市苏州市 (relation-nouns.txt)
            }
        }
        return null;
    }

    /** True when a clause opens with a quote (“砂器之乡”荥经县…: an epithet before the place it names). */
    private static boolean opensQuoted(String clause) {
        int i = 0;
        while (i < clause.length() && Paragraphs.isBlank(clause.charAt(i))) {
            i++;
        }
        return i < clause.length() && Quotes.opens(clause.charAt(i));
    }

    /** Words closing a comparison after its partner ({@code comparison-frames.txt}: 不同, 相比, 一样). */
    private static final Lexicon COMPARISONS = Lexicon.load("comparison-frames.txt");

    /**
     * True when the clause opens with a partner word and a comparison word follows {@code m} (与毗邻的安吉县不同, 和邻近的
     * 商洛市相比): the place is what the clause compares with; 与香港隔海相望的珠海 is about 珠海.
     */
    private static boolean comparedWith(String clause, PlaceRef m) {
        return !clause.isEmpty() && PARTNER_WORDS.indexOf(clause.charAt(0)) >= 0
                && COMPARISONS.at(TraditionalToSimplified.toSimplified(clause.substring(m.end(),
                        Math.min(clause.length(), m.end() + MAX_COMPARISON))), 0) != null;
    }

    /** The longest word of {@code comparison-frames.txt}. */
    private static final int MAX_COMPARISON = 3;

    /** Chars after which a place opens its clause as its subject (在相邻的安徽省淮北市, 而彭水县): others glue it into a word. */
    private static final String OPENERS = "的在而但据據";

    /**
     * True when a place at {@code at} of a clause can be what the clause is about: at its head (blanks and non-Han
     * chars before), after one of {@link #OPENERS}, after a neighbour noun (邻县特克斯县, 邻市) or a word of
     * {@link HonourStatements#SUBJECT_OPENERS} (隔壁宁安市, 辖下台山市); not glued into a
     * word (新增城区).
     */
    static boolean opensAsSubject(String clause, int at) {
        if (at == 0 || !dev.laurel.text.HanChars.isHan(clause.charAt(at - 1)) || OPENERS.indexOf(clause.charAt(at - 1)) >= 0) {
            return true;
        }
        return at >= 2 && (clause.charAt(at - 2) == '邻' || clause.charAt(at - 2) == '鄰')
                && "县市区旗州縣區".indexOf(clause.charAt(at - 1)) >= 0
                || HonourStatements.SUBJECT_OPENERS.list().endingAt(clause, at) != null
                || afterTime(clause, at);
    }

    /** True when a date or a year ends right before {@code at} (2025年桂林市共接待…, 今年我市…, 10月南宁市…). */
    private static boolean afterTime(String clause, int at) {
        if (at < 2 || "年月日".indexOf(clause.charAt(at - 1)) < 0) {
            return false;
        }
        char before = clause.charAt(at - 2);
        return before >= '0' && before <= '9' || before >= '０' && before <= '９' || "今去明同当當".indexOf(before) >= 0;
    }

    /** Words before a place that make it the context of the clause's subject (东邻海口市, 隶属), {@code context-words.txt}. */
    private static final Lexicon CONTEXT = Lexicon.load("context-words.txt");
}
