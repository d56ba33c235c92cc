package dev.laurel.parsers.commendation.subjects;

import dev.laurel.parsers.commendation.DocumentContext;
import dev.laurel.parsers.commendation.figures.WiderScope;
import dev.laurel.parsers.commendation.mentions.HonourFamilies;
import dev.laurel.parsers.commendation.mentions.HonourStatements;
import dev.laurel.parsers.commendation.mentions.PlaceRef;
import dev.laurel.parsers.commendation.text.BoxTitles;
import dev.laurel.parsers.commendation.text.Lexicon;
import dev.laurel.parsers.commendation.text.LogicalParagraph;
import dev.laurel.parsers.commendation.text.Paragraphs;
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

    /** The fewest places a sentence names before a total for the total to be theirs (…、…为示范区，共11个). */
    private static final int MIN_LISTED = 2;

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
        List<PlaceRef> elsewhereNamed = List.of(); // the places the clause that opened with it named
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
            String paragraphFocus = turn != null ? turn : focus != null ? focus
                    : ClauseOpenings.isFigureLine(text) ? carried : null;
            String current = paragraphFocus;
            // the awardee the paragraph opens with as its subject (岢岚县近三年累计投入…。已建成…。县城公厕…): its sentences
            // that name no one go on about it, until a clause is about someone or somewhere else
            String opener = null;
            String lastOwner = null;
            elsewhere = false; // a paragraph's 该县 is the awardee named last
            java.util.Set<String> namedInFull = new java.util.HashSet<>(); // the codes of the places the paragraph named in full
            // a place of no awardee that opened a clause of the paragraph since the last awardee named, said not honoured,
            // nominated or honoured otherwise (炎陵县此次因…未能入选。该县…; 德令哈市此次被命名为青海省双拥模范城，该市…)
            PlaceRef besideSubject = null;
            elsewhereInSentence = false;
            boolean named = false; // whether a clause of the sentence so far names its subject
            boolean otherSelf = false; // a self pointer of another level spoke in this paragraph (我区…): so does 我们 after it
            int listed = 0; // the places the sentence named before this clause: a total after two or more is the list's
            int start = 0;
            boolean timeOnlySoFar = true; // the clauses before were each a time adverb alone (近五年来，玉林市…)
            boolean inPart = false; // a clause of the sentence set the scene in a part of the awardee (在大洼区，)
            boolean organisationPart = false; // the clauses since one opening with an organisation or a zone are its own
            String beforeOrganisation = null; // and the awardee the sentence was about before it, for the part after ；
            int figureHead = -1; // a figure before its caption (● 76.3%：霍山县森林覆盖率): owned as the caption is
            int figureHeadEnd = -1;
            for (int i = 0; i <= text.length(); i++) {
                if (i < text.length() && !Sentences.isClauseEnd(text.charAt(i))) {
                    continue;
                }
                String clause = text.substring(start, i);
                if (i < text.length() && (text.charAt(i) == '：' || text.charAt(i) == ':')
                        && ClauseOpenings.isFigureHead(clause)) {
                    figureHead = start;
                    figureHeadEnd = i;
                    start = i + 1;
                    continue;
                }
                List<PlaceRef> mentions = context.places().mentions(clause, context.province());
                boolean person = PrivatePersons.namedIn(clause) // 在漳州设厂近20年的台商林先生说: the person's story
                        || OtherPlaceParagraphs.inside(quoted, start); // “我干拥军这件事整整23年了。”今年67岁的…王秀兰说: the person's words
                String subject = person ? null : subjectOf(clause, mentions, byName);
                boolean organisation = ClauseOpenings.opensWithOrganisation(clause); // asked once, below three times
                if (subject != null && organisation) {
                    subject = null; // 伊春森工集团所属林业局今年还完成…: a company named after its place, not the place
                }
                // 同处渝东南的彭水县…，该县…
                boolean pointsBack = elsewhere && (ClauseOpenings.opensWithPointer(clause, elsewhereInSentence)
                        || wholeOfHolder(clause, elsewherePlace, lastNamed == null ? null : byName.get(lastNamed)))
                        // not 广东占其中3席。该市…; but 河北省石家庄市亦有一个长安区，该区…: the place named in that clause
                        && (elsewherePlace == null || ClauseOpenings.fitsPointer(elsewherePlace, clause)
                        || elsewhereNamed.stream().anyMatch(m -> m.region() != null && ClauseOpenings.fitsPointer(m, clause)))
                        // 炎陵县此次因…未能入选。该县…回收问卷1.1万份: the failed place, though inside an awardee
                        || besideSubject != null && subject == null && ClauseOpenings.opensWithPointer(clause, false)
                        && ClauseOpenings.fitsPointer(besideSubject, clause);
                boolean speakerElsewhere = selfOfAnotherLevel(clause, byName)
                        || otherSelf && ClauseOpenings.opensWithSelf(clause);
                otherSelf |= speakerElsewhere;
                PairPointers.Word pairWord = PairPointers.at(clause);
                String pair = pairWord == null ? null : pairWord.tag();
                if (subject != null) {
                    lastNamed = subject;
                    lastNamedHere = true;
                    besideSubject = null;
                } else if (pair != null) {
                    subject = pairedAwardee("former".equals(pair) ? former : latter, byName); // 前者聚焦城市更新，改造…
                } else if (!person && !pointsBack && !speakerElsewhere
                        && !organisation // not 该县一家企业…
                        && !pointerBeforeOtherPlace(clause, mentions, byName)) {
                    subject = turn != null && ClauseOpenings.headPointer(clause) != null
                            ? spokenOf(clause, byName.get(turn), turn)
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
                } else if (pair != null || person || pointsBack || speakerElsewhere
                        || turn != null && ClauseOpenings.headPointer(clause) != null
                        || modifiedOther(clause, mentions, byName)
                        || opensElsewhere(clause, mentions, byName, current == null ? null : byName.get(current), otherHonoured,
                        namedInFull)
                        || organisation || WiderScope.opensWider(clause)
                        || ClauseOpenings.opensWithCollective(clause)
                        || ClauseOpenings.opensOutside(clause)) {
                    organisationPart |= organisation;
                    beforeOrganisation = organisationPart && beforeOrganisation == null ? current : beforeOrganisation;
                    current = null; // 江苏省国家园林城市已达31个, 在相邻的安徽省淮北市…, 全区累计…: about another place
                    opener = null;
                    // not 由商丘市代管: 该市 after it is the awardee
                    elsewhere = pointsBack || ClauseOpenings.opensWithSubject(clause, mentions);
                    elsewhereInSentence = elsewhere;
                    elsewherePlace = pointsBack ? elsewherePlace
                            : elsewhere ? ClauseOpenings.subjectMention(clause, mentions) : null;
                    elsewhereNamed = pointsBack ? elsewhereNamed : elsewhere ? mentions : List.of();
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
                // 全市累计完成营造林86.5万亩。其中，高平市完成荒山绿化5.2万亩: the part's, not the awardee's; a clause whose
                // subject is the part (东昌区建成…, not an item after 其中) or that sets the scene in it (在大洼区，稻田画景区年接待
                // 游客50万人次) makes the clauses after it in its sentence the part's too, until one names an awardee
                boolean part = current != null && subject == null
                        && partOfAwardee(clause, 0, mentions, byName.get(current), byName);
                int scene = ClauseOpenings.sceneStart(clause);
                inPart = subject == null && (inPart || part && mentions.get(0).chainStart() == ClauseOpenings.headStart(clause)
                        || current != null && scene >= 0 && partOfAwardee(clause, scene, mentions, byName.get(current), byName));
                part |= inPart;
                if (current != null) {
                    elsewhere = false;
                    elsewhereInSentence = false;
                    // 古树名木已全部挂牌保护，共计1630株: the place's own total
                    if (!part && (!ClauseOpenings.isTotal(clause) || listed < MIN_LISTED)) {
                        owned.put(start, new Owned(i, current));
                        if (figureHead >= 0) {
                            owned.put(figureHead, new Owned(figureHeadEnd, current));
                        }
                    }
                }
                figureHead = -1;
                timeOnlySoFar &= ClauseOpenings.isTimeAdverb(clause);
                listed += mentions.size();
                for (PlaceRef m : mentions) {
                    if (m.region() != null && writtenInFull(TraditionalToSimplified.toSimplified(m.name()))) {
                        namedInFull.add(m.region().code()); // 与常德市联合开展的…活动中，常德投入…: 常德 is that city
                    }
                }
                if (organisationPart && current == null && i < text.length() && isSemicolon(text.charAt(i))) {
                    current = beforeOrganisation; // 孝感综保区进出口额达到42.3亿元；全年新登记经营主体8.7万户: the zone's part ends
                }
                organisationPart &= current == null;
                beforeOrganisation = organisationPart ? beforeOrganisation : null;
                if (i < text.length() && Sentences.isSentenceEnd(text.charAt(i))) {
                    organisationPart = false;
                    beforeOrganisation = null;
                    listed = 0;
                    inPart = false;
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

    private static boolean isSemicolon(char c) {
        return c == '；' || c == ';';
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

    /**
     * The place of no awardee a clause opens with, or names right after a modifier in 的 (同属泉州市的石狮市), when the clause
     * says it was not honoured, only nominated or honoured otherwise ({@link #saidOfHonours}); else null. A clause opening
     * with a pointer is its pointer's (该市所辖东兴市同时获评…).
     */
    private PlaceRef besidePlace(String clause, List<PlaceRef> mentions, Map<String, StoryClaim> byName) {
        PlaceRef opening = ClauseOpenings.subjectMention(clause, mentions);
        PlaceRef modified = opening != null ? null : ClauseOpenings.modifiedPlace(clause, mentions);
        PlaceRef head = opening != null ? opening : modified != null && modified.chainStart() > 0
                && clause.charAt(modified.chainStart() - 1) == '的' ? modified : null;
        return head != null && head.region() != null && !ofClaim(head, byName)
                && !HonourStatements.POINTERS.occursIn(TraditionalToSimplified.toSimplified(clause.substring(0, head.chainStart())))
                && saidOfHonours(clause, head) ? head : null;
    }

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
                Boolean national = HonourFamilies.lastScope(scope);
                return !HonourFamilies.sameHonour(honour, context.honor())
                        || national != null && national == context.provincialHonour();
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

    /**
     * True when a clause opens with a pointer to the whole of a place (全市) and the place the clauses before were about
     * holds the awardee named last (曲靖市已于2019年获评国家森林城市。截至目前，全市森林覆盖率达46.8% after 宣威市): the
     * whole of that place, not the awardee inside it.
     */
    private static boolean wholeOfHolder(String clause, PlaceRef place, StoryClaim last) {
        String pointer = ClauseOpenings.headPointer(clause);
        return pointer != null && HonourStatements.isWholePointer(pointer) && place != null && place.region() != null
                && last != null && last.place().region() != null && last.place().region().isWithin(place.region());
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
     * The awardee a clause starting with a pointer is about: 我市 (a self pointer) is the place the page
     * names as its own; 该县, 全县 the awardee last named in the paragraph, when its level fits (县 a county).
     */
    private String pointedAt(String clause, Map<String, StoryClaim> awardees, OwnPlace home, String lastNamed,
                             boolean lastNamedHere) {
        String pointer = ClauseOpenings.headPointer(clause);
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
        String holder = HonourStatements.isWholePointer(pointer) ? holderOf(last, level, awardees) : null;
        if (holder != null) {
            return holder; // 汉中市连续三届…，城固县首次…。全市累计…: the city that holds the county named last
        }
        // 我县…；其中德兴市…。全县累计投入…: the page's county; 全市现有退役军人13.6万人 on a city's page, the city when it is
        // an awardee (not when the page is about its counties alone)
        return "县区旗市州盟縣區".indexOf(level) >= 0 ? awardeeOf(home.resolved(level), awardees) : null;
    }

    /** The last chars of a place's name written in full (眉山市, not 眉山). */
    private static final String LEVEL_ENDINGS = "省市县区旗州盟";

    /** True when a simplified place name ends with its level (常德市), not a short name (常德). */
    private static boolean writtenInFull(String written) {
        return LEVEL_ENDINGS.indexOf(written.charAt(written.length() - 1)) >= 0;
    }

    /** The key of the one awardee of {@code level} whose place holds {@code inner}'s, or null. */
    private static String holderOf(StoryClaim inner, char level, Map<String, StoryClaim> awardees) {
        dev.laurel.region.Region r = inner == null ? null : inner.place().region();
        return r == null ? null : onlyOne(awardees, c -> c.place().region() != null && c.place().fitsLevel(level)
                && !c.place().region().equals(r) && r.isWithin(c.place().region()));
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
        String pointer = ClauseOpenings.headPointer(clause);
        return speaker.place().fitsLevel(pointer.charAt(pointer.length() - 1)) ? turn : null; // 我们 fits any
    }

    /**
     * True when a clause opens with a self pointer of a level no awardee has (我区 in a district head's answer on a city's
     * page, 我市 in a city paper's story of its county): the speaker's own place, another one.
     */
    private static boolean selfOfAnotherLevel(String clause, Map<String, StoryClaim> awardees) {
        String pointer = ClauseOpenings.headPointer(clause);
        if (pointer == null || !HonourStatements.isSelfPointer(pointer)) {
            return false;
        }
        char level = pointer.charAt(pointer.length() - 1);
        return "市县区州旗盟".indexOf(level) >= 0
                && awardees.values().stream().noneMatch(c -> c.place().kind() == null || c.place().fitsLevel(level));
    }

    /**
     * True when a clause about {@code current} is about a part of it: at its head from {@code from} (past 在 of a clause
     * setting the scene), maybe after a word of {@code subject-openers.txt} (其中), a place named in full that lies inside the awardee and is none itself
     * (全市累计完成营造林86.5万亩，其中高平市完成荒山绿化5.2万亩; 东昌区建成军休服务中心1处).
     */
    private static boolean partOfAwardee(String clause, int from, List<PlaceRef> mentions, StoryClaim current,
                                         Map<String, StoryClaim> awardees) {
        if (mentions.isEmpty() || current == null || current.place().region() == null) {
            return false;
        }
        int head = from;
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

    /**
     * True when the pointer opening a clause only says whose a place right after it is, a known place that is no
     * awardee nor inside one (我们广昌县今年也在积极备战, a reposter's note above a neighbour's story): the place is the
     * clause's subject, not the page's own.
     */
    private static boolean pointerBeforeOtherPlace(String clause, List<PlaceRef> mentions, Map<String, StoryClaim> awardees) {
        int end = mentions.isEmpty() ? -1 : ClauseOpenings.headPointerEnd(clause);
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

    /**
     * True when the clause is about a place after a modifier that is no awardee (孝感市所辖的应城市获评湖北省卫生城市): its
     * figures, and a 该市 after it, are that place's.
     */
    private static boolean modifiedOther(String clause, List<PlaceRef> mentions, Map<String, StoryClaim> awardees) {
        PlaceRef m = ClauseOpenings.modifiedPlace(clause, mentions);
        return m != null && m.known() && awardee(m, awardees) == null;
    }

    /**
     * The awardee a clause is about: the place after a modifier ending in 的 when one stands near the clause's head (and
     * when it is no awardee, as 与延川县相邻的永和县, no awardee), else one named (fully or by short name) in its first few
     * chars, not as a partner.
     */
    private static String subjectOf(String clause, List<PlaceRef> mentions, Map<String, StoryClaim> awardees) {
        PlaceRef modified = ClauseOpenings.modifiedPlace(clause, mentions);
        if (modified != null) {
            return awardee(modified, awardees);
        }
        int head = BoxTitles.afterLabel(clause, 0, clause.length()); // 【城市简介】义乌市是…: at 义
        for (PlaceRef m : mentions) {
            if (m.chainStart() - head > 4) {
                break;
            }
            if (m.chainStart() > 0 && ClauseOpenings.PARTNER_WORDS.indexOf(clause.charAt(m.chainStart() - 1)) >= 0
                    || ClauseOpenings.namesOrganisation(clause, m.end())) {
                continue; // 在与喀喇沁旗开展的结对交流中; 在荆门市龙泉中学: a partner, an organisation
            }
            String name = awardee(m, awardees);
            if (name != null) {
                return name;
            }
        }
        return null;
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

    /** Words after a place that make it where something lies ({@code position-words.txt}: 金华市东北部). */
    private static final Lexicon POSITIONS = Lexicon.load("position-words.txt");

    /** How far into a clause a place may stand and still be what the clause is about (在相邻的安徽省淮北市). */
    private static final int ELSEWHERE_HEAD = 8;

    /**
     * True when a clause that names no awardee opens with a pointer that cannot be the current awardee (全区 after a
     * county), or with a place written in full ({@code namedInFull}: or by a short name after its paragraph named it in
     * full) that is neither an awardee nor inside one, or that the text says received another honour ({@code
     * otherHonoured}): the clause is about that place, not the awardee of the clauses before.
     */
    private static boolean opensElsewhere(String clause, List<PlaceRef> mentions, Map<String, StoryClaim> awardees,
                                          StoryClaim current, java.util.Set<String> otherHonoured,
                                          java.util.Set<String> namedInFull) {
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
            boolean shortName = !writtenInFull(written)
                    && !(m.region() != null && namedInFull.contains(m.region().code())) // 常德 after 常德市 in its paragraph
                    // but 眉山全市森林覆盖率…: the short name is the place
                    && !ClauseOpenings.startsWithPointer(simplified, m.end())
                    && !(m.region() != null && m.region().parentCode() == null // nor a province at the head: 台湾约有九百万人…
                        && (m.chainStart() == at || m.chainStart() == at + 1 && simplified.charAt(at) == '在'));
            if (!m.known() || shortName
                    || m.chainStart() > 0 && ClauseOpenings.PARTNER_WORDS.indexOf(clause.charAt(m.chainStart() - 1)) >= 0
                    || ClauseOpenings.followsContextWord(simplified, m.chainStart())
                    // 第一师阿拉尔市
                    || !ClauseOpenings.opensAsSubject(clause, HonourStatements.corpsDivisionStart(clause, m.chainStart()))
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
            return !inside || ClauseOpenings.namesOrganisation(clause, m.end())
                    || otherHonoured.contains(m.official().name());
        }
        return false;
    }
}
