package dev.laurel.parsers.commendation.subjects;

import dev.laurel.parsers.commendation.DocumentContext;
import dev.laurel.parsers.commendation.figures.WiderScope;
import dev.laurel.parsers.commendation.mentions.Collectives;
import dev.laurel.parsers.commendation.mentions.HonourFamilies;
import dev.laurel.parsers.commendation.mentions.HonourStatements;
import dev.laurel.parsers.commendation.mentions.PlaceRef;
import dev.laurel.parsers.commendation.text.Lexicon;
import dev.laurel.parsers.commendation.text.LoneFigure;
import dev.laurel.parsers.commendation.text.LogicalParagraph;
import dev.laurel.parsers.commendation.text.Paragraphs;
import dev.laurel.parsers.commendation.text.Quotes;
import dev.laurel.parsers.commendation.text.Sentences;
import dev.laurel.text.TraditionalToSimplified;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Which awardee each clause of a story is about: the one a clause names (at its head, not as a partner) or points
 * at (该县, 我市), else the one the clauses before were about; nobody's after a clause that opens with another place
 * (在相邻的安徽省淮北市, 同处渝东南的彭水县, 邻县特克斯县) until an awardee is named again. {@link StoryReader} gives each
 * figure to its clause's awardee.
 */
final class ClauseSubjects {

    /** What a page says of itself: the place a pointer such as 我县 names (its headline's, or a unit's of it). */
    interface OwnPlace {
        /** The page's own place of the pointer's level (我县: a county), found on first use; null when none. */
        PlaceRef place(String pointer);

        /** The page's own place of this level when a pointer has already named it; else null. */
        PlaceRef resolved(char level);
    }

    private final DocumentContext context;

    ClauseSubjects(DocumentContext context) {
        this.context = context;
    }

    /** A clause ending at {@code end} that is about {@code subject}. */
    record Owned(int end, String subject) {
    }

    /** Words that open a clause giving a list's total: 共, 合计 … */
    private static final Lexicon TOTALS = Lexicon.load("total-words.txt");

    /** The fewest places a sentence names before a total for the total to be theirs (…、…为示范区，共11个). */
    private static final int MIN_LISTED = 2;

    /** True for a clause that gives a list's total (共11个): after a list of places, its figure is no awardee's. */
    private static boolean isTotal(String clause) {
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
    private static boolean namesOrganisation(String clause, int end) {
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

    /**
     * The awardee each clause of {@code paragraphs} is about, by clause start: the awardee a clause names or points
     * at (该县, 我市), else the one the clauses before in its sentence were about, and in stories of several places the
     * one the previous sentence named. A clause that opens with another place (在相邻的安徽省淮北市, 同处渝东南的彭水县)
     * or a pointer that cannot be the awardee is nobody's, as are the clauses after it until one names an awardee, a
     * 该县 after it included. {@code single}: the story has one awardee, and a sentence that names no one is its.
     */
    List<TreeMap<Integer, Owned>> owners(List<LogicalParagraph> paragraphs, Map<String, StoryClaim> byName,
                                      OwnPlace home, boolean single, java.util.Set<String> otherHonoured) {
        return owners(paragraphs, byName, home, single ? byName.keySet().iterator().next() : null, otherHonoured);
    }

    /**
     * Like {@link #owners(List, Map, OwnPlace, boolean, java.util.Set)}, with {@code focus} the awardee a sentence that
     * names no one is about (the story's only awardee, or the one its headline names when the others are named only
     * where they are listed); null for none.
     */
    List<TreeMap<Integer, Owned>> owners(List<LogicalParagraph> paragraphs, Map<String, StoryClaim> byName,
                                      OwnPlace home, String focus, java.util.Set<String> otherHonoured) {
        List<TreeMap<Integer, Owned>> clauses = new ArrayList<>();
        Map<Integer, String> turns = SpeakerTurns.of(paragraphs, byName, context); // 李卫东：…我们县累计投入…
        String lastNamed = null; // 该县 at the head of a paragraph points to the awardee named last, maybe one paragraph up
        boolean lastNamedHere = false; // and it was named in this sentence
        boolean elsewhere = false; // the clauses since the last awardee named are about another place
        boolean elsewhereInSentence = false; // and that place was named in this sentence
        PlaceRef elsewherePlace = null; // the place those clauses opened with, when one did
        String carried = null; // the awardee the last clause of the paragraph before was about, or null
        PlaceRef former = null; // the earlier of the last two places named (前者), and the later (后者)
        PlaceRef latter = null;
        for (int p = 0; p < paragraphs.size(); p++) {
            TreeMap<Integer, Owned> owned = new java.util.TreeMap<>();
            clauses.add(owned);
            String text = paragraphs.get(p).text();
            int[] quoted = text.indexOf('”') < 0 ? new int[0] : PrivatePersons.quotesSpokenAfter(text); // “…8年。”…杨德福说
            String turn = turns.get(p); // the awardee whose official speaks here, or null
            // a page of figure lines under a line naming their place (先看桐庐县。 / ● 森林覆盖率77.1%): a short bulleted line
            // naming no one goes on about the awardee the line before ended with
            String paragraphFocus = turn != null ? turn : focus != null ? focus : isFigureLine(text) ? carried : null;
            String current = paragraphFocus;
            // the awardee the paragraph opens with as its subject (岢岚县近三年累计投入…。已建成…。县城公厕…): its sentences
            // that name no one go on about it, until a clause is about someone or somewhere else
            String opener = null;
            String lastOwner = null;
            elsewhere = false; // a paragraph's 该县 is the awardee named last
            // a place of no awardee that opened a clause of the paragraph since the last awardee named, said not honoured,
            // nominated or honoured otherwise (炎陵县此次因…未能入选。该县…; 德令哈市此次被命名为青海省双拥模范城，该市…)
            PlaceRef besideSubject = null;
            elsewhereInSentence = false;
            boolean named = false; // whether a clause of the sentence so far names its subject
            boolean otherSelf = false; // a self pointer of another level spoke in this paragraph (我区…): so does 我们 after it
            int listed = 0; // the places the sentence named before this clause: a total after two or more is the list's
            int start = 0;
            boolean timeOnlySoFar = true; // the clauses before were each a time adverb alone (近五年来，玉林市…)
            int figureHead = -1; // a figure before its caption (● 76.3%：霍山县森林覆盖率): owned as the caption is
            int figureHeadEnd = -1;
            for (int i = 0; i <= text.length(); i++) {
                if (i < text.length() && !Sentences.isClauseEnd(text.charAt(i))) {
                    continue;
                }
                String clause = text.substring(start, i);
                if (i < text.length() && (text.charAt(i) == '：' || text.charAt(i) == ':') && isFigureHead(clause)) {
                    figureHead = start;
                    figureHeadEnd = i;
                    start = i + 1;
                    continue;
                }
                List<PlaceRef> mentions = context.places().mentions(clause, context.province());
                boolean person = PrivatePersons.namedIn(clause) // 在漳州设厂近20年的台商林先生说: the person's story
                        || OtherPlaceParagraphs.inside(quoted, start); // “我干拥军这件事整整23年了。”今年67岁的…王秀兰说: the person's words
                String subject = person ? null : subjectOf(clause, mentions, byName);
                if (subject != null && opensWithOrganisation(clause)) {
                    subject = null; // 伊春森工集团所属林业局今年还完成…: a company named after its place, not the place
                }
                boolean pointsBack = elsewhere && (opensWithPointer(clause, elsewhereInSentence) // 同处渝东南的彭水县…，该县…
                        || wholeOfHolder(clause, elsewherePlace, lastNamed == null ? null : byName.get(lastNamed)))
                        && (elsewherePlace == null || fitsPointer(elsewherePlace, clause)) // not 广东占其中3席。该市…
                        // 炎陵县此次因…未能入选。该县…回收问卷1.1万份: the failed place, though inside an awardee
                        || besideSubject != null && subject == null && opensWithPointer(clause, false)
                        && fitsPointer(besideSubject, clause);
                boolean speakerElsewhere = selfOfAnotherLevel(clause, byName) || otherSelf && opensWithSelf(clause);
                otherSelf |= speakerElsewhere;
                PairPointers.Word pairWord = PairPointers.at(clause);
                String pair = pairWord == null ? null : pairWord.tag();
                if (subject != null) {
                    lastNamed = subject;
                    lastNamedHere = true;
                    besideSubject = null;
                } else if (pair != null) {
                    subject = pairedAwardee("former".equals(pair) ? former : latter, byName); // 前者聚焦城市更新，改造…
                } else if (!person && !pointsBack && !speakerElsewhere && !opensWithOrganisation(clause) // not 该县一家企业…
                        && !pointerBeforeOtherPlace(clause, mentions, byName)) {
                    subject = turn != null && headPointer(clause) != null ? spokenOf(clause, byName.get(turn), turn)
                            : pointedAt(clause, byName, home, lastNamed, lastNamedHere);
                    subject = subject != null ? subject : garrison(clause, byName, lastNamed);
                }
                PlaceRef beside = subject == null && pair == null && !person ? besidePlace(clause, mentions, byName) : null;
                besideSubject = beside != null ? beside : besideSubject;
                if (subject != null) {
                    opener = (start == 0 || timeOnlySoFar) && paragraphFocus == null ? subject
                            : subject.equals(opener) ? opener : null;
                    current = subject;
                    named = true;
                    elsewhere = false;
                } else if (pair != null || person || pointsBack || speakerElsewhere || turn != null && headPointer(clause) != null
                        || modifiedOther(clause, mentions, byName)
                        || opensElsewhere(clause, mentions, byName, current == null ? null : byName.get(current), otherHonoured)
                        || opensWithOrganisation(clause) || WiderScope.opensWider(clause) || opensWithCollective(clause)
                        || opensOutside(clause)) {
                    current = null; // 江苏省国家园林城市已达31个, 在相邻的安徽省淮北市…, 全区累计…: about another place
                    opener = null;
                    elsewhere = pointsBack || opensWithSubject(clause, mentions); // not 由商丘市代管: 该市 after it is the awardee
                    elsewhereInSentence = elsewhere;
                    elsewherePlace = pointsBack ? elsewherePlace : elsewhere ? subjectMention(clause, mentions) : null;
                }
                if (pair == null) {
                    for (PlaceRef m : mentions) { // 营口市、盘锦市入选: 前者 is 营口市, 后者 盘锦市
                        if (latter == null || !PairPointers.samePlace(m, latter)) {
                            former = latter;
                            latter = m;
                        }
                    }
                }
                lastOwner = current;
                // 全市累计完成营造林86.5万亩。其中，高平市完成荒山绿化5.2万亩: the part's, not the awardee's; the clauses
                // after it go on about the awardee
                boolean part = current != null && subject == null && partOfAwardee(clause, mentions, byName.get(current), byName);
                if (current != null) {
                    elsewhere = false;
                    elsewhereInSentence = false;
                    if (!part && (!isTotal(clause) || listed < MIN_LISTED)) { // 古树名木已全部挂牌保护，共计1630株: the place's own total
                        owned.put(start, new Owned(i, current));
                        if (figureHead >= 0) {
                            owned.put(figureHead, new Owned(figureHeadEnd, current));
                        }
                    }
                }
                figureHead = -1;
                timeOnlySoFar &= isTimeAdverb(clause);
                listed += mentions.size();
                if (i < text.length() && Sentences.isSentenceEnd(text.charAt(i))) {
                    listed = 0;
                    lastNamedHere = false;
                    // 近年来，漯河市…，绿地率达到38.7%。沙澧河两岸建成…: the next sentence goes on about the place this one
                    // named; after a sentence that names none, nothing is assumed
                    elsewhere = current == null && elsewhere; // …彭水县去年已获此称号。该县森林覆盖率…: still 彭水县
                    elsewhereInSentence = false;
                    if (!named) {
                        current = paragraphFocus != null ? paragraphFocus : opener;
                    }
                    named = false;
                }
                start = i + 1;
            }
            carried = lastOwner;
        }
        return clauses;
    }

    /**
     * The awardee a place a pair pointer stands for is, or null: a place of another code is not the awardee of its
     * name (后者 for 沈阳市和平区 beside the awardee 天津市和平区).
     */
    private static String pairedAwardee(PlaceRef place, Map<String, StoryClaim> awardees) {
        String name = place == null ? null : awardee(place, awardees);
        if (name == null || place.regionCode() == null) {
            return name;
        }
        for (StoryClaim c : awardees.values()) {
            if (c.place().name().equals(name) && c.place().regionCode() != null
                    && !c.place().regionCode().equals(place.regionCode())) {
                return null;
            }
        }
        return name;
    }

    /** The longest figure line of a page of them. */
    private static final int SHORT_PARAGRAPH = 60;

    /**
     * True for a figure line: one short sentence opening with a bullet, a symbol that is no letter, digit or
     * punctuation (● 空气质量优良天数比率93.6%, ▶ 新增绿道42公里, ✅ …).
     */
    private static boolean isFigureLine(String text) {
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

    /**
     * The place of no awardee a clause opens with, or names right after a modifier in 的 (同属泉州市的石狮市), when the clause
     * says it was not honoured, only nominated or honoured otherwise ({@link #saidOfHonours}); else null. A clause opening
     * with a pointer is its pointer's (该市所辖东兴市同时获评…).
     */
    private PlaceRef besidePlace(String clause, List<PlaceRef> mentions, Map<String, StoryClaim> byName) {
        PlaceRef opening = subjectMention(clause, mentions);
        PlaceRef modified = opening != null ? null : modifiedPlace(clause, mentions);
        PlaceRef head = opening != null ? opening : modified != null && modified.chainStart() > 0
                && clause.charAt(modified.chainStart() - 1) == '的' ? modified : null;
        return head != null && head.region() != null && !ofClaim(head, byName)
                && !HonourStatements.POINTERS.occursIn(TraditionalToSimplified.toSimplified(clause.substring(0, head.chainStart())))
                && saidOfHonours(clause, head) ? head : null;
    }

    /** Words before an honour's name that make it a province's (青海省双拥模范城) or the nation's (全国双拥模范城). */
    private static final List<String> PROVINCIAL_SCOPES = List.of("省", "自治区");
    private static final List<String> NATIONAL_SCOPES = List.of("全国", "国家");

    /**
     * True when {@code clause} says of {@code place}, no awardee, that it was not honoured or only nominated
     * ({@link FailedPlaces#saidNotHonoured}), or names it with a naming verb after it and another honour than the page's
     * after that (德令哈市此次被命名为青海省双拥模范城 on a page of 全国双拥模范城): a pointer after it is its.
     */
    private boolean saidOfHonours(String clause, PlaceRef place) {
        String s = TraditionalToSimplified.toSimplified(clause);
        if (FailedPlaces.saidNotHonoured(s, place.end(), s.length())) {
            return true;
        }
        int named = -1; // where the naming verb ends
        for (int i = place.end(); i < s.length(); i++) {
            String verb = named >= 0 ? null : HonourStatements.VERBS.at(s, i);
            String tag = verb == null ? null : HonourStatements.VERBS.tag(verb);
            if (verb != null && (tag == null || "streak".equals(tag))) { // not 实现 (weak), nor 命名 before a noun
                named = i + verb.length();
            }
            String honour = named >= 0 ? HonourStatements.HONOURS.at(s, i) : null;
            if (honour != null && context.honor() != null) {
                String scope = s.substring(named, i); // 青海省 of 青海省双拥模范城 beside a page's 全国双拥模范城
                boolean provincial = PROVINCIAL_SCOPES.stream().anyMatch(scope::contains);
                boolean national = NATIONAL_SCOPES.stream().anyMatch(scope::contains);
                return !HonourFamilies.sameHonour(honour, context.honor())
                        || (provincial || national) && provincial != context.provincialHonour();
            }
        }
        return false;
    }

    /** True when {@code place} is the place of one of the story's awardees, however written (祥云 for 祥云县). */
    private static boolean ofClaim(PlaceRef place, Map<String, StoryClaim> byName) {
        for (StoryClaim c : byName.values()) {
            if (c.place().region() != null && c.place().region().code().equals(place.region().code())) {
                return true;
            }
        }
        return false;
    }

    /** True when the pointer opening {@code clause} can stand for {@code place} (该县 for a county, not 该市 for a province). */
    private static boolean fitsPointer(PlaceRef place, String clause) {
        String pointer = headPointer(clause);
        return pointer == null || place.fitsLevel(pointer.charAt(pointer.length() - 1));
    }

    /**
     * True when a clause opens with a pointer to the whole of a place (全市) and the place the clauses before were about
     * holds the awardee named last (曲靖市已于2019年获评国家森林城市。截至目前，全市森林覆盖率达46.8% after 宣威市): the
     * whole of that place, not the awardee inside it.
     */
    private static boolean wholeOfHolder(String clause, PlaceRef place, StoryClaim last) {
        String pointer = headPointer(clause);
        return pointer != null && HonourStatements.isWholePointer(pointer) && place != null && place.region() != null
                && last != null && last.place().region() != null && last.place().region().isWithin(place.region());
    }

    /** Places outside the gazetteer that pages compare with ({@code outside-places.txt}: 台北市). */
    private static final Lexicon OUTSIDE = Lexicon.load("outside-places.txt");

    /** True when a clause opens with a place outside the gazetteer (台北市人均公园绿地面积约5.1平方米). */
    private static boolean opensOutside(String clause) {
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
    private static boolean opensWithCollective(String clause) {
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
    private static boolean followsContextWord(String simplified, int at) {
        String w = CONTEXT.list().endingAt(simplified, 0, at);
        return w != null && !w.endsWith("的");
    }

    /** True when a pointer of {@code pointers.txt} (全市, 全县) starts at {@code at} of a simplified clause. */
    private static boolean startsWithPointer(String simplified, int at) {
        return at < simplified.length() && HonourStatements.POINTERS.at(simplified, at) != null;
    }

    /** The subject of the clause holding {@code offset} of paragraph {@code p}, or null when it has none. */
    static String subjectAt(List<TreeMap<Integer, Owned>> clauses, int p, int offset) {
        Map.Entry<Integer, Owned> clause = clauses.get(p).floorEntry(offset);
        return clause != null && offset < clause.getValue().end() ? clause.getValue().subject() : null;
    }

    /** True when the clause holding {@code offset} of paragraph {@code p} is about {@code name}. */
    static boolean owns(List<TreeMap<Integer, Owned>> clauses, int p, int offset, String name) {
        return name.equals(subjectAt(clauses, p, offset));
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
    private static boolean opensWithPointer(String clause, boolean sameSentence) {
        String pointer = headPointer(clause);
        return pointer != null && !HonourStatements.isSelfPointer(pointer) && (sameSentence || pointer.startsWith("该"));
    }

    /**
     * The awardee a clause starting with a pointer is about: 我市 (a self pointer) is the place the page
     * names as its own; 该县, 全县 the awardee last named in the paragraph, when its level fits (县 a county).
     */
    private String pointedAt(String clause, Map<String, StoryClaim> awardees, OwnPlace home, String lastNamed,
                             boolean lastNamedHere) {
        String pointer = headPointer(clause);
        if (pointer == null) {
            return null;
        }
        if (HonourStatements.isSelfPointer(pointer)) {
            return awardeeOf(home.place(pointer), awardees);
        }
        char level = pointer.charAt(pointer.length() - 1);
        if (HonourStatements.isWholePointer(pointer) && !lastNamedHere) {
            // 同时，邓州市…也被命名…。…全市拥军优属企业… on a page in 我市: 我市's; not 邓州市持续擦亮…品牌，全市注册志愿者…;
            // 我市4个县…获评…。…全市森林覆盖率达46.8%: the page's city, no awardee
            PlaceRef own = home.resolved(level);
            if (own != null) {
                return awardeeOf(own, awardees);
            }
        }
        StoryClaim last = lastNamed == null ? null : awardees.get(lastNamed);
        if (last != null && last.place().fitsLevel(level)) {
            return lastNamed;
        }
        // 我县…；其中德兴市…。全县累计投入…: the page's county; 全市现有退役军人13.6万人 on a city's page, the city when it is
        // an awardee (not when the page is about its counties alone)
        return "县区旗市州盟縣區".indexOf(level) >= 0 ? awardeeOf(home.resolved(level), awardees) : null;
    }

    /** The key of {@code awardees} whose place is {@code place}, its official name read in either script; null for none. */
    private static String awardeeOf(PlaceRef place, Map<String, StoryClaim> awardees) {
        if (place == null) {
            return null;
        }
        String name = place.official().name();
        if (awardees.containsKey(name)) {
            return name;
        }
        String key = StoryCandidate.key(place);
        for (Map.Entry<String, StoryClaim> e : awardees.entrySet()) {
            if (StoryCandidate.key(e.getValue().place()).equals(key)) {
                return e.getKey();
            }
        }
        return null;
    }

    /**
     * The awardee a pointer opening a clause of a speaker's turn stands for: the speaker's place ({@code turn}) when the
     * pointer is 我们 or fits its level (我们县, 全县 of a county's official); else null, a wider place (全市 of a county's
     * official: the prefecture's).
     */
    private static String spokenOf(String clause, StoryClaim speaker, String turn) {
        String pointer = headPointer(clause);
        return speaker.place().fitsLevel(pointer.charAt(pointer.length() - 1)) ? turn : null; // 我们 fits any
    }

    /**
     * True when a clause opens with a self pointer of a level no awardee has (我区 in a district head's answer on a city's
     * page, 我市 in a city paper's story of its county): the speaker's own place, another one.
     */
    private static boolean selfOfAnotherLevel(String clause, Map<String, StoryClaim> awardees) {
        String pointer = headPointer(clause);
        if (pointer == null || !HonourStatements.isSelfPointer(pointer)) {
            return false;
        }
        char level = pointer.charAt(pointer.length() - 1);
        return "市县区州旗盟".indexOf(level) >= 0
                && awardees.values().stream().noneMatch(c -> c.place().kind() == null || c.place().fitsLevel(level));
    }

    /**
     * True when a clause about {@code current} is about a part of it: at its head, maybe after a word of
     * {@code subject-openers.txt} (其中), a place named in full that lies inside the awardee and is none itself
     * (全市累计完成营造林86.5万亩，其中高平市完成荒山绿化5.2万亩; 东昌区建成军休服务中心1处).
     */
    private static boolean partOfAwardee(String clause, List<PlaceRef> mentions, StoryClaim current,
                                         Map<String, StoryClaim> awardees) {
        if (mentions.isEmpty() || current == null || current.place().region() == null) {
            return false;
        }
        int head = 0;
        while (head < clause.length() && Paragraphs.isBlank(clause.charAt(head))) {
            head++;
        }
        head = Math.max(head, HonourStatements.subjectOpenerEnd(clause, head));
        while (head < clause.length() && Paragraphs.isBlank(clause.charAt(head))) {
            head++;
        }
        PlaceRef m = mentions.get(0);
        dev.laurel.region.Region r = m.region();
        char last = m.name().charAt(m.name().length() - 1);
        return m.chainStart() == head && m.known() && r != null && "市县区旗縣區".indexOf(last) >= 0
                && !r.equals(current.place().region()) && r.isWithin(current.place().region())
                && awardees.values().stream().noneMatch(c -> r.equals(c.place().region()));
    }

    /** Adverbs of time a clause may open with before its subject ({@code time-adverbs.txt}: 目前, 如今). */
    private static final Lexicon TIME_ADVERBS = Lexicon.load("time-adverbs.txt");

    /** True when {@code clause} is a word of {@code time-adverbs.txt} alone, blanks aside (近五年来，). */
    private static boolean isTimeAdverb(String clause) {
        String s = TraditionalToSimplified.toSimplified(clause.strip());
        String time = TIME_ADVERBS.at(s, 0);
        return time != null && time.length() == s.length();
    }

    /**
     * The pointer a clause opens with, blanks and an adverb of time passed over (该县, 我市, 我们; 目前我州…), or null.
     */
    private static String headPointer(String clause) {
        String simplified = TraditionalToSimplified.toSimplified(clause);
        int at = headPointerStart(simplified);
        return at < 0 ? null : HonourStatements.POINTERS.at(simplified, at);
    }

    /** Where the pointer opening a clause (after blanks and a time adverb: 今年我市) ends, or -1. */
    private static int headPointerEnd(String clause) {
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

    /**
     * True when the pointer opening a clause only says whose a place right after it is, a known place that is no
     * awardee nor inside one (我们广昌县今年也在积极备战, a reposter's note above a neighbour's story): the place is the
     * clause's subject, not the page's own.
     */
    private static boolean pointerBeforeOtherPlace(String clause, List<PlaceRef> mentions, Map<String, StoryClaim> awardees) {
        int end = mentions.isEmpty() ? -1 : headPointerEnd(clause);
        PlaceRef m = end < 0 ? null : mentions.get(0);
        if (m == null || m.chainStart() != end || !m.known() || m.region() == null) {
            return false;
        }
        for (StoryClaim c : awardees.values()) {
            dev.laurel.region.Region r = c.place().region();
            if (r != null && (m.region().equals(r) || m.region().isWithin(r))) {
                return false;
            }
        }
        return true;
    }

    /** True when a clause opens with a self pointer (我市, 我们). */
    private static boolean opensWithSelf(String clause) {
        String pointer = headPointer(clause);
        return pointer != null && HonourStatements.isSelfPointer(pointer);
    }

    /** Nouns of the forces stationed in a place (驻延部队, 驻县官兵), from {@code garrison-words.txt}. */
    private static final Lexicon GARRISONS = Lexicon.load("garrison-words.txt");

    /**
     * The awardee whose garrison opens a clause (驻延部队出动官兵2300余人次: 延安市's; 驻县部队: the county's), or null: the
     * forces stationed in a place do its deeds, by the field guide's convention. The place is written as one or two
     * chars, the first of its name (延 for 延安市), or its level (县), which is the awardee named last when it fits, or
     * the story's only awardee of that level.
     */
    private static String garrison(String clause, Map<String, StoryClaim> awardees, String lastNamed) {
        String s = TraditionalToSimplified.toSimplified(clause);
        int at = 0;
        while (at < s.length() && Paragraphs.isBlank(s.charAt(at))) {
            at++;
        }
        if (!s.startsWith("驻", at)) {
            return null;
        }
        for (int len = 1; len <= 2; len++) {
            int end = at + 1 + len;
            if (end > s.length() || GARRISONS.at(s, end) == null) {
                continue;
            }
            String place = s.substring(at + 1, end);
            if (len == 1 && "县市区旗州".indexOf(place.charAt(0)) >= 0) {
                StoryClaim last = lastNamed == null ? null : awardees.get(lastNamed);
                if (last != null && last.place().fitsLevel(place.charAt(0))) {
                    return lastNamed;
                }
                return onlyOne(awardees, c -> c.place().kind() != null && c.place().fitsLevel(place.charAt(0)));
            }
            java.util.function.Predicate<StoryClaim> named =
                    c -> TraditionalToSimplified.toSimplified(c.place().name()).startsWith(place);
            String one = onlyOne(awardees, named);
            if (one == null && len == 1) { // 驻延部队 beside 延安市 and 延川县: one char abbreviates the prefecture
                one = onlyOne(awardees, named.and(c -> c.place().kind() == dev.laurel.model.RegionKind.PREFECTURE_CITY
                        || c.place().kind() == dev.laurel.model.RegionKind.AUTONOMOUS_PREFECTURE));
            }
            return one;
        }
        return null;
    }

    /** The name of the one awardee {@code test} accepts, or null when none or several do. */
    private static String onlyOne(Map<String, StoryClaim> awardees, java.util.function.Predicate<StoryClaim> test) {
        String found = null;
        for (Map.Entry<String, StoryClaim> e : awardees.entrySet()) {
            if (test.test(e.getValue())) {
                if (found != null) {
                    return null;
                }
                found = e.getKey();
            }
        }
        return found;
    }

    /** Words right before a place that make it a partner, not the subject (在与喀喇沁旗开展的结对交流中). */
    private static final String PARTNER_WORDS = "与同跟和向对帮給给與對幫";

    /** How far into a clause a place after a modifier ending in 的 may stand and still be its subject. */
    private static final int MODIFIED_HEAD = 16;

    /** Nouns of a relation right before another place's name ({@code relation-nouns.txt}: 结对城市, 友好城市). */
    private static final Lexicon RELATIONS = Lexicon.load("relation-nouns.txt");

    /**
     * The place after a modifier ending in 的 (与香港隔海相望的珠海, 延川县所在的延安市), a quoted epithet opening the clause
     * (“砂器之乡”荥经县) or a noun of a relation (结对城市苏州市) standing near the clause's head: what the clause is about;
     * null when none does.
     */
    private static PlaceRef modifiedPlace(String clause, List<PlaceRef> mentions) {
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

    /**
     * True when the clause is about a place after a modifier that is no awardee (孝感市所辖的应城市获评湖北省卫生城市): its
     * figures, and a 该市 after it, are that place's.
     */
    private static boolean modifiedOther(String clause, List<PlaceRef> mentions, Map<String, StoryClaim> awardees) {
        PlaceRef m = modifiedPlace(clause, mentions);
        return m != null && m.known() && awardee(m, awardees) == null;
    }

    /**
     * The awardee a clause is about: the place after a modifier ending in 的 when one stands near the clause's head (and
     * when it is no awardee, as 与延川县相邻的永和县, no awardee), else one named (fully or by short name) in its first few
     * chars, not as a partner.
     */
    private static String subjectOf(String clause, List<PlaceRef> mentions, Map<String, StoryClaim> awardees) {
        PlaceRef modified = modifiedPlace(clause, mentions);
        if (modified != null) {
            return awardee(modified, awardees);
        }
        int head = afterBoxLabel(clause);
        for (PlaceRef m : mentions) {
            if (m.chainStart() - head > 4) {
                break;
            }
            if (m.chainStart() > 0 && PARTNER_WORDS.indexOf(clause.charAt(m.chainStart() - 1)) >= 0
                    || namesOrganisation(clause, m.end())) {
                continue; // 在与喀喇沁旗开展的结对交流中; 在荆门市龙泉中学: a partner, an organisation
            }
            String name = awardee(m, awardees);
            if (name != null) {
                return name;
            }
        }
        return null;
    }

    /** The longest box label read before a clause's subject (【城市简介】, 【城市名片】). */
    private static final int MAX_BOX_LABEL = 10;

    /**
     * Where a clause's text starts after a box label opening it (【城市简介】义乌市是…: at 义), else 0: the label names the
     * box, and the place after it is what the clause is about.
     */
    private static int afterBoxLabel(String clause) {
        int close = clause.startsWith("【") ? clause.indexOf('】') : -1;
        return close > 1 && close <= MAX_BOX_LABEL + 1 ? close + 1 : 0;
    }

    /**
     * The name of the awardee {@code m} names, or null. A short name the gazetteer cannot place alone (长沙: 长沙市 or
     * 长沙县) names the one awardee whose name it starts, if one does.
     */
    static String awardee(PlaceRef m, Map<String, StoryClaim> awardees) {
        String only = null;
        int starting = 0;
        String unplaced = m.region() == null ? TraditionalToSimplified.toSimplified(m.name()) : null;
        for (StoryClaim c : awardees.values()) {
            if (c.place().regionCode() != null && c.place().regionCode().equals(m.regionCode())
                    || c.place().name().equals(m.name())) {
                return c.place().name();
            }
            if (unplaced != null && (c.place().name().startsWith(m.name()) || c.place().region() != null
                    && c.place().region().name().equals(unplaced))) {
                only = c.place().name(); // 鐵西區 after 瀋陽市鐵西區 (沈阳市铁西区): a name other cities share, the awardee's
                starting++;
            }
        }
        return starting == 1 ? only : null;
    }

    /** Chars after which a place opens its clause as its subject (在相邻的安徽省淮北市, 而彭水县): others glue it into a word. */
    private static final String OPENERS = "的在而但据據";

    /**
     * True when a place at {@code at} of a clause can be what the clause is about: at its head (blanks and non-Han
     * chars before), after one of {@link #OPENERS}, after a neighbour noun (邻县特克斯县, 邻市) or a word of
     * {@link HonourStatements#SUBJECT_OPENERS} (隔壁宁安市, 辖下台山市); not glued into a
     * word (新增城区).
     */
    private static boolean opensAsSubject(String clause, int at) {
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

    /** Words after a place that make it where something lies ({@code position-words.txt}: 金华市东北部). */
    private static final Lexicon POSITIONS = Lexicon.load("position-words.txt");

    /** How far into a clause a place may stand and still be what the clause is about (在相邻的安徽省淮北市). */
    private static final int ELSEWHERE_HEAD = 8;

    /**
     * True when a clause that names no awardee opens with a pointer that cannot be the current awardee (全区 after a
     * county), or with a place written in full that is neither an awardee nor inside one, or that the text says received
     * another honour ({@code otherHonoured}): the clause is about that place, not the awardee of the clauses before.
     */
    private static boolean opensElsewhere(String clause, List<PlaceRef> mentions, Map<String, StoryClaim> awardees,
                                          StoryClaim current, java.util.Set<String> otherHonoured) {
        String simplified = TraditionalToSimplified.toSimplified(clause);
        int at = 0;
        while (at < simplified.length() && Paragraphs.isBlank(simplified.charAt(at))) {
            at++;
        }
        String pointer = HonourStatements.POINTERS.at(simplified, at);
        if (pointer == null && at + 1 < simplified.length() && simplified.charAt(at) == '在') {
            pointer = HonourStatements.POINTERS.at(simplified, at + 1); // 在全州，同类项目投资已达8亿元 after a county
        }
        if (pointer != null && !pointerBeforeOtherPlace(clause, mentions, awardees)) {
            return current == null || !HonourStatements.isSelfPointer(pointer)
                    && !current.place().fitsLevel(pointer.charAt(pointer.length() - 1));
        }
        for (PlaceRef m : mentions) {
            if (m.chainStart() > ELSEWHERE_HEAD) {
                break;
            }
            String written = TraditionalToSimplified.toSimplified(m.name());
            if (current != null && written.equals(HonourStatements.POINTERS.at(written, 0))
                    && current.place().fitsLevel(written.charAt(written.length() - 1))) {
                continue; // 在全州325个乡镇 in a prefecture's story: the whole prefecture (全州), not 全州县 by its short name
            }
            boolean shortName = "省市县区旗州盟".indexOf(written.charAt(written.length() - 1)) < 0
                    && !startsWithPointer(simplified, m.end()) // but 眉山全市森林覆盖率…: the short name is the place
                    && !(m.region() != null && m.region().parentCode() == null // nor a province at the head: 台湾约有九百万人…
                        && (m.chainStart() == at || m.chainStart() == at + 1 && simplified.charAt(at) == '在'));
            if (!m.known() || shortName
                    || m.chainStart() > 0 && PARTNER_WORDS.indexOf(clause.charAt(m.chainStart() - 1)) >= 0
                    || followsContextWord(simplified, m.chainStart())
                    || !opensAsSubject(clause, HonourStatements.corpsDivisionStart(clause, m.chainStart())) // 第一师阿拉尔市
                    || POSITIONS.at(simplified, m.end()) != null) {
                continue; // 古城核心区: a short form that is also a word says nothing; 东邻海口市: a neighbour; 新增城区: a word;
                // 金华市东北部: where the awardee lies
            }
            boolean inside = false;
            for (StoryClaim c : current == null ? awardees.values() : List.of(current)) {
                dev.laurel.region.Region r = c.place().region();
                inside |= r != null && m.region() != null && m.region().isWithin(r);
            }
            // 在荆门市龙泉中学，全校3600余名师生…: the school's; 南城县则投入4.6亿元 after 南城县获评国家卫生县城: that county's
            return !inside || namesOrganisation(clause, m.end()) || otherHonoured.contains(m.official().name());
        }
        return false;
    }
}
