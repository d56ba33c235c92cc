package dev.laurel.parsers.commendation.subjects;

import dev.laurel.model.Awardee;
import dev.laurel.model.DiagnosticKind;
import dev.laurel.model.Metric;
import dev.laurel.model.SourceSpan;
import dev.laurel.model.TimesKind;
import dev.laurel.parsers.commendation.CommendationTextParser;
import dev.laurel.parsers.commendation.DiagnosticLog;
import dev.laurel.parsers.commendation.DocumentContext;
import dev.laurel.parsers.commendation.figures.FigureTables;
import dev.laurel.parsers.commendation.figures.MetricReader;
import dev.laurel.parsers.commendation.figures.PlaceFigures;
import dev.laurel.parsers.commendation.figures.WiderScope;
import dev.laurel.parsers.commendation.layout.Section;
import dev.laurel.parsers.commendation.mentions.HonourHeadings;
import dev.laurel.parsers.commendation.mentions.HonourStatements;
import dev.laurel.parsers.commendation.mentions.PlaceRef;
import dev.laurel.parsers.commendation.repeats.Duplicates;
import dev.laurel.parsers.commendation.text.Corrections;
import dev.laurel.parsers.commendation.text.Excerpt;
import dev.laurel.parsers.commendation.text.Furniture;
import dev.laurel.parsers.commendation.text.Lexicon;
import dev.laurel.parsers.commendation.text.LogicalParagraph;
import dev.laurel.parsers.commendation.text.LogicalText;
import dev.laurel.parsers.commendation.text.PageRounds;
import dev.laurel.parsers.commendation.text.PageYears;
import dev.laurel.parsers.commendation.text.Paragraph;
import dev.laurel.parsers.commendation.text.Questions;
import dev.laurel.parsers.commendation.text.Sentences;
import dev.laurel.text.HonorCount;
import dev.laurel.text.HonorCounts;
import dev.laurel.text.Quantity;
import dev.laurel.text.QuantityScanner;
import dev.laurel.text.TraditionalToSimplified;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Documents without section headings: news stories. The awardees are the places an honour count is
 * said of (湖北省襄阳市连续第九次获得…; 张家港市、常熟市分别是第六次和第四次…). One awardee gets the whole
 * story as its section; several share it, each figure going to the place its clause is about
 * (张家港市建成…，年接待…10万人次；常熟市为驻军…). The counts come from {@link StoryCounts}; this class finds the
 * candidates (statements, pointers such as 我市, places a listed paragraph is about) and owns the figures.
 */
public final class StoryReader {
    private static final QuantityScanner SCANNER = new QuantityScanner();

    private final String source;
    private final DocumentContext context;
    private final SectionReader sections;
    private final StoryCounts countRules;
    private final ClauseSubjects clauseSubjects;

    public StoryReader(String source, DocumentContext context, SectionReader sections) {
        this.source = source;
        this.context = context;
        this.sections = sections;
        this.countRules = new StoryCounts(context);
        this.clauseSubjects = new ClauseSubjects(context);
    }

    /**
     * The awardees of a story: the places its sentences say received the document's honour (naming
     * statements, with pointers such as 我市 resolved to the place the page names) or an honour count.
     * {@code title} is the headline or null; {@code body} the document's other paragraphs.
     */
    public List<Awardee> read(Paragraph title, List<Paragraph> body, DiagnosticLog log, DiagnosticLog.Bucket documentIssues) {
        return read(title, body, Set.of(), log, documentIssues);
    }

    /**
     * Like {@link #read(Paragraph, List, DiagnosticLog, DiagnosticLog.Bucket)} for a page with a roster of
     * {@code listed} names: a paragraph whose first clause is about a listed place (据了解，北川羌族自治县是…)
     * is that place's deeds, though no sentence names it again.
     */
    public List<Awardee> read(Paragraph title, List<Paragraph> body, Set<String> listed, DiagnosticLog log,
                       DiagnosticLog.Bucket documentIssues) {
        // found before the furniture goes: 4 / 3 under 标准化农贸市场（个） in a table one cell a line are its cells, no page numbers
        List<FigureTables.Table> tables = sections.tables(body); // found once, for the join and the figures
        java.util.Set<Paragraph> tableLines = FigureTables.lines(tables);
        List<Paragraph> text = new ArrayList<>();
        int datedYear = -1; // the year of a date line above the text (2024-01-09 15:42　来源：…), which is furniture
        for (int k = 0; k < body.size(); k++) {
            Paragraph p = body.get(k);
            String simplified = TraditionalToSimplified.toSimplified(p.text());
            if (!Furniture.is(simplified) || SplitParagraphs.opensSplitFigure(body, k) || tableLines.contains(p)) {
                text.add(p); // and 58 / 个 / 口袋公园: a figure's number, its unit on the next line
            } else if (text.isEmpty()) {
                datedYear = PageYears.latest(simplified, 0, simplified.length(), datedYear);
            }
        }
        if (text.isEmpty()) {
            return List.of();
        }
        List<LogicalParagraph> paragraphs = sections.join(text, tables, null, documentIssues);
        List<List<Quantity>> quantities = MetricReader.scan(paragraphs, documentIssues);
        java.util.Set<String> wrongNames = Corrections.wrongNames(body);
        wrongNames.forEach(n -> documentIssues.add(DiagnosticKind.NOT_HONOURED, n, "the page corrects " + n
                + " to another name, so a statement naming it names no awardee", null));
        HonourHeadings headings = HonourHeadings.of(text, context.honor()); // 2. 全国文明城市（县级） in a round-up of honours
        Home home = new Home(title, body);
        String ownPointer = ownReportPointer(title); // 江华瑶族自治县2026年政府工作报告: 我县 for its clauses with no subject
        Map<String, StoryCandidate> byPlace = new LinkedHashMap<>();
        java.util.Set<String> otherHonoured = new java.util.HashSet<>(); // 南城县、崇仁县获评国家卫生县城 in a story of 国家卫生城市
        String unnamed = null; // 我市 of a statement when the page names no place it could be
        PlaceRef lastAwardee = null; // the awardee named last in the paragraphs before, for 该县 at a paragraph's head
        // official names the page writes in traditional script, by their simplified form: 雷山縣 for a 雷山 that says no script
        // (when the page never writes the simplified name in full)
        Map<String, PlaceRef> inScript = new java.util.HashMap<>();
        java.util.Set<String> writtenSimplified = new java.util.HashSet<>();
        int latestYear = datedYear; // the latest year the paragraphs before named (a date line's 2026-11-27), for a history line
        List<Quantity> titleQuantities = List.of(); // the headline's, for the counts it says of places (常德：“八连冠”背后…)
        PageRounds rounds = PageRounds.NONE; // the highest 第N批 and 第N届 the paragraphs before named, for an earlier one's naming
        List<DatedNaming> dated = new ArrayList<>(); // namings of one place refused only for a year before the page's
        Set<String> listedKeys = new java.util.HashSet<>(); // the listed names by key: 峨山彝族自治縣 is 峨山彝族自治县's
        listed.forEach(n -> listedKeys.add(TraditionalToSimplified.toSimplified(n)));
        for (int p = title == null ? 0 : -1; p < paragraphs.size(); p++) {
            String written = p < 0 ? title.text() : paragraphs.get(p).text();
            String simplified = TraditionalToSimplified.toSimplified(written);
            int latestBefore = latestYear;
            latestYear = PageYears.latest(simplified, 0, simplified.length(), latestYear);
            PageRounds roundsBefore = rounds;
            rounds = rounds.and(simplified, 0, simplified.length());
            List<Quantity> found = p < 0 ? SCANNER.scan(simplified) : quantities.get(p);
            List<PlaceRef> mentions = withoutScopes(context.places().mentions(written, context.province()), simplified);
            boolean traditional = !written.equals(simplified); // most paragraphs: no traditional char, no official() made
            for (PlaceRef m : mentions) {
                if (m.region() != null && m.name().equals(m.region().name())) {
                    writtenSimplified.add(m.name()); // 抚远市 as written: the page uses simplified script for it
                } else if (traditional) {
                    PlaceRef official = official(m);
                    String key = StoryCandidate.key(official);
                    if (!official.name().equals(key)) {
                        inScript.putIfAbsent(key, official);
                    }
                }
            }
            List<HonourStatements.Statement> statements = HonourStatements.find(simplified, mentions, context.honor(), ownPointer);
            boolean asked = p >= 0 && Questions.is(simplified); // 记者：据了解，宝鸡市获评后…请问…？: the asker's framing
            List<HonorCount> counts = null; // found when a statement first needs them
            for (HonourStatements.Statement st : statements) {
                if (!wrongNames.isEmpty() && !st.subjects().isEmpty()
                        && st.subjects().stream().allMatch(s -> wrongNames.contains(TraditionalToSimplified.toSimplified(s.name())))) {
                    continue; // 连城县连续第五次获评… / 【更正】本文标题中“连城县”系“长汀县”之误: a name the page takes back
                }
                boolean other = !st.documentHonour() || p >= 0 && st.honour() == null
                        && headings.underOtherHonour(sourceOffset(paragraphs.get(p), st.verbStart())); // 嘉善县连续第三届获评
                if (other) {
                    st.subjects().forEach(s -> otherHonoured.add(s.official().name()));
                    PlaceRef pointed = st.subjects().isEmpty() ? namedBeforeInSentence(simplified, st, mentions) : null;
                    if (pointed != null) {
                        otherHonoured.add(pointed.official().name()); // 在乐平市，…，该市同时被命名为江西省园林城市
                    }
                }
                boolean refused = other || asked || HonourStatements.saidAfterEarlierWord(simplified, st.verbStart())
                        || HonourStatements.saidAsHeldAlready(simplified, st.verbStart());
                boolean earlierYear = !refused && (EarlierRounds.openedByEarlierYear(simplified, st.verbStart(), latestBefore)
                        || EarlierRounds.datedEarlier(simplified, st.verbStart(), latestBefore)
                        || EarlierRounds.bracketDatesEarlier(simplified, st.verbStart(), latestBefore));
                if (refused || earlierYear
                        || roundsBefore.datesEarlier(simplified, st.verbStart()) // 建德市已于第五批获评 under 第七批
                        || !st.subjects().isEmpty()
                        && EarlierRounds.neighbourDated(simplified, st.subjects().get(0).chainStart(), st.verbStart())) {
                    if (earlierYear && p >= 0 && st.subjects().size() == 1) {
                        dated.add(new DatedNaming(p, st, simplified, found)); // the holder, should no later round be told
                    }
                    continue; // 邻县特克斯县早在2019年就已获得这一称号, 东营市、淄博市均已获此称号: earlier rounds' holders
                }
                List<PlaceRef> subjects = st.subjects();
                boolean inferred = false;
                if (subjects.isEmpty()) {
                    PlaceRef h;
                    if (HonourStatements.isSelfPointer(st.pointer())) {
                        home.reportOwn |= st.pointer().equals(ownPointer) && !simplified.contains(ownPointer);
                        h = home.place(st.pointer()); // 我市: the place the page names as its own
                    } else if (byPlace.size() == 1) {
                        h = byPlace.values().iterator().next().place;
                    } else {
                        h = pointedBack(st, mentions, byPlace, lastAwardee); // 该县: the county named last
                        h = h != null ? h : home.place(st.pointer());
                    }
                    if (h == null) {
                        if (unnamed == null && HonourStatements.isSelfPointer(st.pointer())) {
                            unnamed = st.pointer();
                        }
                        continue;
                    }
                    subjects = List.of(h);
                    inferred = !byPlace.containsKey(StoryCandidate.key(h)) && HonourStatements.isSelfPointer(st.pointer());
                }
                boolean named = !st.subjects().isEmpty();
                for (PlaceRef s : subjects) {
                    if (s.kind() == dev.laurel.model.RegionKind.PROVINCE || aboveCountyTown(s, st.honour())) {
                        continue; // 常德市实现国家卫生县城“多点开花”: a prefecture owns the county towns' honours, it wins none
                    }
                    PlaceRef official = official(s);
                    int from = named ? s.chainStart() : st.verbStart();
                    int paragraph = p;
                    boolean guessed = inferred;
                    StoryCandidate c = byPlace.computeIfAbsent(StoryCandidate.key(official), k -> new StoryCandidate(official, s.name(),
                            paragraph, from, Math.max(from, st.honourStart()), guessed));
                    if (guessed && c.inferredPointer == null) {
                        c.inferredPointer = home.pointer;
                        c.inferredWhere = home.where;
                    }
                    if (named && c.inferred) {
                        c.inferred = false; // 我县实现…七连冠 in the headline, 崇义县再次被命名为… below: named after all
                        c.written = s.name();
                    }
                }
                if (subjects.size() == 1) {
                    StoryCandidate c = byPlace.get(StoryCandidate.key(official(subjects.get(0))));
                    if (c != null && (c.count == null || c.countInHeadline && p >= 0)) {
                        // 海珠区三度获评 above 该区连续第三次获此殊荣: the body may say the headline's count as a streak
                        Integer headline = c.count;
                        TimesKind headlineKind = c.kind;
                        c.count = null;
                        counts = counts != null ? counts : HonorCounts.find(simplified, found);
                        countRules.countAround(simplified, counts, named ? subjects.get(0).chainStart() : 0,
                                st.verbStart(), c);
                        if (headline != null && !headline.equals(c.count)
                                && (c.count == null || !named || !onlyPlaceOfSentence(simplified, mentions, subjects.get(0), st.verbStart()))) {
                            c.count = headline; // another number is another place's, said near the statement
                            c.kind = headlineKind;
                        } // 铜陵市…三连冠 above 铜陵市通过复查…，连续第四届获评…: the body, naming the place alone, says it in full

                        c.countInHeadline = p < 0 && c.count != null;
                    }
                } else if (named) {
                    StoryCounts.sharedCount(simplified, st, byPlace);
                    int respectively = simplified.indexOf("分别", Sentences.sentenceStart(simplified, st.verbStart()));
                    if (respectively < 0 || respectively >= Sentences.sentenceEnd(simplified, st.verbStart())) {
                        // 青岛市、烟台市、威海市实现全国文明城市“六连冠”: a count in the verb's clause is every listed place's
                        counts = counts != null ? counts : HonorCounts.find(simplified, found);
                        sharedAfterVerb(simplified, counts, st, byPlace);
                    }
                }
            }
            for (PlaceRef m : mentions) {
                StoryCandidate candidate = byPlace.get(StoryCandidate.key(official(m)));
                lastAwardee = candidate != null ? candidate.place : lastAwardee;
            }
            countRules.respectivelyAcross(simplified, statements, mentions, byPlace);
            StoryCounts.distributed(simplified, mentions, statements, byPlace);
            StoryCounts.saidOf(simplified, byPlace);
            if (p < 0) {
                titleQuantities = found;
                continue;
            }
            List<PlaceRef> profiledHere = listed.isEmpty() || quantities.get(p).isEmpty() ? List.of()
                    : profiled(mentions, written, listedKeys);
            if (profiledHere.isEmpty() && !listed.isEmpty() && !quantities.get(p).isEmpty()) {
                profiledHere = selfProfiled(simplified, home, listedKeys); // 近年来，我市坚持… below a list of the city's places
            }
            for (PlaceRef profiled : profiledHere) {
                PlaceRef official = official(profiled);
                int paragraph = p;
                StoryCandidate c = byPlace.computeIfAbsent(StoryCandidate.key(official), k -> new StoryCandidate(official, profiled.name(),
                        paragraph, profiled.chainStart(), profiled.end(), false));
                c.profiled = true;
            }
            for (StoryClaim claim : asked ? List.<StoryClaim>of() : countRules.claims(paragraphs.get(p).text(), p, quantities.get(p), latestBefore)) {
                if (claim.place().kind() == dev.laurel.model.RegionKind.PROVINCE
                        || headings.underOtherHonour(sourceOffset(paragraphs.get(p), claim.start()))) {
                    continue; // 山东省双拥模范县: the province names the honour, it is not honoured; another honour's part
                }
                PlaceRef official = official(claim.place());
                if (!byPlace.containsKey(StoryCandidate.key(official)) && otherHonoured.contains(official.name())) {
                    continue; // 同批公布的国家园林县城名单中，淇县第二次获评: the count of another honour's naming
                }
                StoryCandidate c = byPlace.computeIfAbsent(StoryCandidate.key(official),
                        k -> new StoryCandidate(official, claim.place().name(), claim.paragraph(), claim.start(), claim.end(),
                                false));
                if (c.count == null) {
                    c.count = claim.count();
                    c.kind = claim.kind();
                }
            }
            for (StoryClaim first : countRules.firstTimes(paragraphs.get(p).text(), p)) {
                if (headings.underOtherHonour(sourceOffset(paragraphs.get(p), first.start()))) {
                    continue; // 海盐县首次获评 under 3. 浙江省森林城市
                }
                StoryCandidate c = byPlace.get(StoryCandidate.key(official(first.place())));
                if (c != null && c.count == null && !c.again) {
                    c.count = 1; // 河曲县地处…，此次是首次获评: a count said in the place's own paragraph
                    c.kind = TimesKind.TOTAL;
                }
            }
        }
        boolean uncounted = title != null && byPlace.values().stream().anyMatch(c -> c.count == null);
        // read only when an awardee still lacks a count: most stories give every one its count below the headline
        List<StoryClaim> titleClaims = uncounted ? countRules.claims(title.text(), -1, titleQuantities, -1) : List.of();
        for (StoryClaim claim : titleClaims) {
            StoryCandidate c = byPlace.get(StoryCandidate.key(official(claim.place())));
            if (c != null && c.count == null) {
                c.count = claim.count(); // 常德：“八连冠”背后… above 常德市再次被命名为…: the headline says how often
                c.kind = claim.kind();
            }
        }
        if (byPlace.isEmpty() && !dated.isEmpty() && listed.isEmpty() && !namesHonourElsewhere(title, paragraphs, dated)) {
            // not 五年前的今天｜黎川获评…, 国家卫生城市复审进入技术评估: a page about the honour retells or checks an old naming
            heldByDatedNaming(dated, byPlace, documentIssues);
        }
        if (byPlace.isEmpty()) {
            if (unnamed != null) {
                documentIssues.add(dev.laurel.model.DiagnosticKind.NO_AWARDEES, null, "the text says " + unnamed
                        + " received the honour but names that place nowhere (headline, unit, byline, publisher); no awardee was made",
                        null);
            }
            return List.of();
        }
        joinUnplaced(byPlace);
        for (Map.Entry<String, StoryCandidate> e : byPlace.entrySet()) {
            PlaceRef scripted = inScript.get(e.getKey());
            if (scripted != null && e.getValue().place.name().equals(e.getKey()) && !writtenSimplified.contains(e.getKey())) {
                e.getValue().place = scripted; // 雷山 in a traditional page's headline: the 雷山縣 the page writes below
            }
        }
        List<StoryClaim> claims = new ArrayList<>();
        for (StoryCandidate c : byPlace.values()) {
            claims.add(new StoryClaim(c.place, c.count, c.kind, c.paragraph, c.start, c.end));
        }
        List<Awardee> out;
        boolean onlyProfiled = byPlace.values().stream().allMatch(c -> c.profiled);
        if (claims.size() == 1 && !onlyProfiled) {
            StoryClaim c = claims.get(0);
            DiagnosticLog.Bucket issues = log.bucket();
            String name = c.place().name();
            List<java.util.TreeMap<Integer, ClauseSubjects.Owned>> clauses = clauseSubjects.owners(paragraphs, Map.of(name, c), home, true,
                    otherHonoured);
            Awardee a = sections.read(new Section(text.get(0), c.place(), text, true), issues,
                    (p, offset) -> ClauseSubjects.owns(clauses, p, offset, name)); // not 同处渝东南的彭水县…，该县森林覆盖率达到62.4%
            // with places listed beside it (沧州市、衡水市榜上有名，均为首次获评。石家庄市通过复查…), a count the page's summary
            // states is theirs, not this one's: only what is said of it counts
            out = List.of(withCount(a, c, listed.isEmpty() || listed.contains(name)));
        } else {
            out = shared(paragraphs, quantities, claims, home, log, otherHonoured, tables);
        }
        List<Awardee> marked = new ArrayList<>();
        for (int i = 0; i < out.size(); i++) {
            StoryCandidate c = byPlace.get(StoryCandidate.key(claims.get(i).place()));
            Awardee a = c != null && c.inferred ? inferred(out.get(i), c, home) : out.get(i);
            marked.add(c == null ? a : a.withWrittenName(c.written));
        }
        return marked;
    }

    /** A naming of one place dated a year before the page's, in the paragraph {@code paragraph} (simplified). */
    private record DatedNaming(int paragraph, HonourStatements.Statement statement, String text, List<Quantity> quantities) {
    }

    /**
     * The place of {@code dated} as the page's awardee, with the count its naming says, when every one names that same
     * place: a page about the place, its headline naming no honour, that tells no later round (江门投资环境概览（2025年版）:
     * 2023年，江门市首次获授“国家森林城市”称号) is about the holder. Said in a diagnostic, as it rests on the page telling
     * no later round.
     */
    private void heldByDatedNaming(List<DatedNaming> dated, Map<String, StoryCandidate> byPlace,
                                   DiagnosticLog.Bucket documentIssues) {
        PlaceRef place = official(dated.get(0).statement().subjects().get(0));
        String key = StoryCandidate.key(place);
        for (DatedNaming d : dated) {
            if (!StoryCandidate.key(official(d.statement().subjects().get(0))).equals(key)) {
                return; // several places named in earlier years: the page tells their history, it names no holder
            }
        }
        DatedNaming first = dated.get(0);
        HonourStatements.Statement st = first.statement();
        PlaceRef s = st.subjects().get(0);
        StoryCandidate c = new StoryCandidate(place, s.name(), first.paragraph(), s.chainStart(),
                Math.max(s.chainStart(), st.honourStart()), false);
        countRules.countAround(first.text(), HonorCounts.find(first.text(), first.quantities()), s.chainStart(),
                st.verbStart(), c);
        byPlace.put(key, c);
        documentIssues.add(dev.laurel.model.DiagnosticKind.INFERRED_AWARDEE, place.name(), "the page tells no naming of a"
                + " later round; " + place.name() + ", named in a year before the page's, was read as the holder it is about: "
                + Excerpt.of(first.text().substring(Sentences.sentenceStart(first.text(), st.verbStart()),
                Sentences.sentenceEnd(first.text(), st.verbStart()))), null);
    }

    /**
     * True when the headline or a paragraph other than those of {@code dated} names an honour: the page is about the
     * honour (its review, an anniversary of its naming), not about a place that names it in passing.
     */
    private static boolean namesHonourElsewhere(Paragraph title, List<LogicalParagraph> paragraphs, List<DatedNaming> dated) {
        if (title != null && HonourStatements.HONOURS.occursIn(TraditionalToSimplified.toSimplified(title.text()))) {
            return true;
        }
        Set<Integer> namings = new java.util.HashSet<>();
        dated.forEach(d -> namings.add(d.paragraph()));
        for (int p = 0; p < paragraphs.size(); p++) {
            if (!namings.contains(p) && HonourStatements.HONOURS.occursIn(paragraphs.get(p).view().simplified())) {
                return true;
            }
        }
        return false;
    }

    /** True when {@code place} is the only place {@code mentions} name in the sentence holding {@code at}. */
    private static boolean onlyPlaceOfSentence(String text, List<PlaceRef> mentions, PlaceRef place, int at) {
        int from = Sentences.sentenceStart(text, at);
        int to = Sentences.sentenceEnd(text, at);
        String key = StoryCandidate.key(place);
        for (PlaceRef m : mentions) {
            if (m.chainStart() >= from && m.chainStart() < to && !StoryCandidate.key(m).equals(key)) {
                return false;
            }
        }
        return true;
    }

    /**
     * The place a pointer of another (该市, 该县) opening a statement stands for: the last place named before it in its
     * sentence, when its level fits the pointer (在乐平市，今年新建口袋公园40个，该市同时被命名为江西省园林城市); else null.
     */
    private static PlaceRef namedBeforeInSentence(String text, HonourStatements.Statement st, List<PlaceRef> mentions) {
        String pointer = st.pointer();
        if (pointer == null || HonourStatements.isSelfPointer(pointer) || !pointer.startsWith("该")) {
            return null;
        }
        int sentence = Sentences.sentenceStart(text, st.verbStart());
        PlaceRef found = null;
        for (PlaceRef m : mentions) {
            if (m.end() > st.verbStart()) {
                break;
            }
            found = m.chainStart() >= sentence ? m : found;
        }
        return found != null && found.known() && found.fitsLevel(pointer.charAt(pointer.length() - 1)) ? found : null;
    }

    /**
     * The awardee a pointer statement (该县已连续三届获此殊荣) is about when several are named: the last one named
     * before it in its paragraph, else in the paragraphs before, when its level fits the pointer; else null.
     */
    private static PlaceRef pointedBack(HonourStatements.Statement st, List<PlaceRef> mentions,
                                        Map<String, StoryCandidate> byPlace, PlaceRef lastAwardee) {
        PlaceRef found = lastAwardee;
        for (PlaceRef m : mentions) {
            if (m.end() > st.verbStart()) {
                break;
            }
            StoryCandidate c = byPlace.get(StoryCandidate.key(official(m)));
            found = c != null ? c.place : found;
        }
        char level = st.pointer().charAt(st.pointer().length() - 1);
        return found != null && found.fitsLevel(level) ? found : null;
    }

    /** How far into a paragraph the place it is about may stand (据了解，北川羌族自治县是…). */
    private static final int PROFILE_HEAD = 12;

    /**
     * The first listed place a sentence of a paragraph opens with (北川羌族自治县是…, 在昌图县，…, 其中，承德市…), also after a
     * modifier ending in 的 in its first clause (首次获评的平山县是…), and each listed place opening a part of that
     * sentence after ； or ， (盘锦市建成区绿地率达41.6%…；海城市新增…, 盐城市累计投入…，宿迁市建成…): empty when none.
     */
    /**
     * True when {@code honour} is a county town's (国家卫生县城, 省级园林县城: it ends in 县城) and {@code place} is a
     * prefecture or above, which holds county towns but is none.
     */
    private static boolean aboveCountyTown(PlaceRef place, String honour) {
        if (honour == null || !TraditionalToSimplified.toSimplified(honour).endsWith("县城")) {
            return false;
        }
        dev.laurel.model.RegionKind k = place.kind();
        return k == dev.laurel.model.RegionKind.PREFECTURE_CITY || k == dev.laurel.model.RegionKind.AUTONOMOUS_PREFECTURE
                || k == dev.laurel.model.RegionKind.LEAGUE || k == dev.laurel.model.RegionKind.MUNICIPALITY;
    }

    private static List<PlaceRef> profiled(List<PlaceRef> mentions, String text, Set<String> listedKeys) {
        PlaceRef first = firstProfiled(mentions, text, listedKeys);
        if (first == null) {
            return List.of();
        }
        List<PlaceRef> out = new ArrayList<>(List.of(first));
        int end = Sentences.sentenceEnd(text, first.chainStart());
        for (PlaceRef m : mentions) {
            if (m.chainStart() <= first.chainStart() || !listedKeys.contains(StoryCandidate.key(official(m)))) {
                continue;
            }
            if (m.chainStart() < end ? "；，,;".indexOf(text.charAt(m.chainStart() - 1)) >= 0 // …，宿迁市建成…，海安市注册志愿者…
                    : headsSentence(m, text)) { // 石家庄市是…。承德市则依托…: a later sentence opened by another listed place
                out.add(m);
            }
        }
        return out;
    }

    /**
     * The listed place a paragraph is about when it opens a sentence's clause with the page's own pointer (近年来，我市坚持…,
     * under 我市4地获评… and its list of the city and three of its counties): the place the page names as its own (its
     * headline, a unit, its publisher), when it is listed; empty otherwise.
     */
    private static List<PlaceRef> selfProfiled(String text, Home home, Set<String> listedKeys) {
        for (int at = 0; at < text.length(); at++) {
            String pointer = HonourStatements.POINTERS.at(text, at);
            if (pointer == null || !HonourStatements.isSelfPointer(pointer)) {
                continue;
            }
            int start = Sentences.sentenceStart(text, at);
            if (at - start > PROFILE_HEAD || at > start && !Sentences.isClauseEnd(text.charAt(at - 1))) {
                continue; // not at the head of its sentence or of the sentence's opening clause
            }
            PlaceRef own = home.place(pointer);
            if (own != null && listedKeys.contains(StoryCandidate.key(own))) {
                return List.of(new PlaceRef(own.name(), at, at, at + pointer.length(), own.province(), own.region(), 1));
            }
            return List.of();
        }
        return List.of();
    }

    private static PlaceRef firstProfiled(List<PlaceRef> mentions, String text, Set<String> listedKeys) {
        for (PlaceRef m : mentions) {
            if (headsSentence(m, text) && listedKeys.contains(StoryCandidate.key(official(m)))) {
                return m; // by key, so that 峨山縣 finds the listed 峨山彝族自治縣
            }
        }
        return null;
    }

    /**
     * True when {@code m} opens a clause near the head of its sentence (…400余个。其中，承德市建成区绿地率达41.3%; 在昌图县，…),
     * also after a modifier opening the sentence (首次获评的平山县是…).
     */
    private static boolean headsSentence(PlaceRef m, String text) {
        if (m.chainStart() - Sentences.sentenceStart(text, m.chainStart()) > PROFILE_HEAD) {
            return false;
        }
        int head = m.chainStart() > 0 && "在據据".indexOf(text.charAt(m.chainStart() - 1)) >= 0 ? m.chainStart() - 1
                : m.chainStart(); // 在昌图县，…
        return head == 0 || Sentences.isClauseEnd(text.charAt(head - 1))
                || text.charAt(head - 1) == '的' && Sentences.clauseStart(text, head) == Sentences.sentenceStart(text, head);
    }

    /**
     * A name the gazetteer cannot place alone (邵阳: 邵阳市 or 邵阳县; 市中区 of several cities) is the one other awardee
     * whose official name starts with it or whose own name it is (邵阳市, 枣庄市市中区, named elsewhere in the text): the
     * two are one, and a count said of the short name is that one's when it has none of its own.
     */
    /**
     * The mentions without those that scope an honour's name right after them (被命名为天津市双拥模范区: 天津市 says whose
     * title it is, it is no place of the story's statements and counts).
     */
    private static List<PlaceRef> withoutScopes(List<PlaceRef> mentions, String simplified) {
        List<PlaceRef> out = null;
        for (int k = 0; k < mentions.size(); k++) {
            PlaceRef m = mentions.get(k);
            boolean scope = scopesHonour(m, simplified);
            if (scope && out == null) {
                out = new ArrayList<>(mentions.subList(0, k));
            } else if (!scope && out != null) {
                out.add(m);
            }
        }
        return out == null ? mentions : out;
    }

    /** True when {@code m} is a province-level place an honour's name follows right after (天津市双拥模范区). */
    static boolean scopesHonour(PlaceRef m, String simplified) {
        return m.region() != null && m.region().parentCode() == null && HonourStatements.HONOURS.at(simplified, m.end()) != null;
    }

    private static void joinUnplaced(Map<String, StoryCandidate> byPlace) {
        Map<String, String> joined = new java.util.HashMap<>(); // the unplaced key → the key of the awardee it joined
        for (Map.Entry<String, StoryCandidate> e : byPlace.entrySet()) {
            if (e.getValue().place.region() != null) {
                continue;
            }
            String only = null;
            int found = 0;
            for (Map.Entry<String, StoryCandidate> d : byPlace.entrySet()) {
                PlaceRef placed = d.getValue().place;
                if (placed.region() != null && (StoryCandidate.key(placed).startsWith(e.getKey())
                        || placed.region().name().equals(e.getKey()))) { // 市中区 in the headline, 枣庄市市中区 below
                    only = d.getKey();
                    found++;
                }
            }
            if (found == 1) {
                StoryCandidate c = byPlace.get(only);
                if (c.count == null) {
                    c.count = e.getValue().count;
                    c.kind = e.getValue().kind;
                }
                joined.put(e.getKey(), only);
            }
        }
        if (joined.isEmpty()) {
            return;
        }
        // the awardee takes the place of its short name when the text names it that way first (我州雷山台江从江三县…)
        Map<String, StoryCandidate> ordered = new LinkedHashMap<>();
        for (Map.Entry<String, StoryCandidate> e : byPlace.entrySet()) {
            String key = joined.getOrDefault(e.getKey(), e.getKey());
            ordered.putIfAbsent(key, byPlace.get(key));
        }
        byPlace.clear();
        byPlace.putAll(ordered);
    }

    /** The source offset of view offset {@code at} of {@code p}. */
    private static int sourceOffset(LogicalParagraph p, int at) {
        LogicalText v = p.view();
        int i = Math.min(Math.max(at, 0), Math.max(v.length() - 1, 0));
        return v.length() == 0 ? v.sourceSpan(0, 0).start() : v.sourceSpan(i, i + 1).start();
    }

    private static PlaceRef official(PlaceRef p) {
        return p.official();
    }

    /** Words of a headline that make the page a place's own report ({@code report-titles.txt}). */
    private static final Lexicon REPORT_TITLES = Lexicon.load("report-titles.txt");

    /**
     * The self pointer (我县, 我市) of the place a headline opens with when the headline makes the page that place's own
     * report (江华瑶族自治县2026年政府工作报告（摘要）: 我县); else null.
     */
    private String ownReportPointer(Paragraph title) {
        if (title == null || !REPORT_TITLES.occursIn(TraditionalToSimplified.toSimplified(title.text()))) {
            return null;
        }
        List<PlaceRef> mentions = context.places().mentions(title.text(), context.province());
        if (mentions.isEmpty() || mentions.get(0).region() == null
                || !title.text().substring(0, mentions.get(0).chainStart()).isBlank()) {
            return null;
        }
        String name = mentions.get(0).region().name();
        String pointer = "我" + name.charAt(name.length() - 1);
        return HonourStatements.isSelfPointer(pointer) ? pointer : null;
    }

    private static Awardee inferred(Awardee a, StoryCandidate c, Home home) {
        String pointer = c.inferredPointer != null ? c.inferredPointer : home.pointer;
        String where = c.inferredWhere != null ? c.inferredWhere : home.where;
        List<dev.laurel.model.Diagnostic> issues = new ArrayList<>(a.issues());
        issues.add(new dev.laurel.model.Diagnostic(dev.laurel.model.DiagnosticKind.INFERRED_AWARDEE,
                dev.laurel.model.DiagnosticKind.INFERRED_AWARDEE.defaultSeverity(), a.name(),
                home.reportOwn ? "the report says its naming of no subject; " + a.name() + " is the place its headline names"
                        : "the text calls the awardee only " + pointer + "; " + a.name() + " is the place the page names in its "
                        + where, null));
        return new Awardee(a.name(), a.province(), a.kind(), a.regionCode(), a.honorTitle(), a.timesHonored(), a.timesKind(),
                a.provincialTimesHonored(), a.summary(), a.initiatives(), a.metrics(), a.span(), issues);
    }

    /**
     * The place a page is about when it calls itself 我市 or 我县: the place its headline names, else one named as
     * a unit of it (徐州军分区, 池州日报) in its text or else in its publisher (涉县人民政府, the site a page's title names),
     * of the level the pointer says.
     */
    private final class Home implements ClauseSubjects.OwnPlace {
        private final Paragraph title;
        private final List<Paragraph> body;
        private final Map<String, PlaceRef> found = new java.util.HashMap<>();
        /** Where the page names each place of {@link #found}, by the same key. */
        private final Map<String, String> foundWhere = new java.util.HashMap<>();
        String pointer;
        String where;
        /** True when the awardee was named by a report's clause with no subject, not by a pointer the text writes. */
        boolean reportOwn;

        Home(Paragraph title, List<Paragraph> body) {
            this.title = title;
            this.body = body;
        }

        @Override
        public PlaceRef resolved(char level) {
            return found.get(String.valueOf(level));
        }

        @Override
        public PlaceRef place(String pointerWord) {
            if (pointerWord == null) {
                return null;
            }
            char level = pointerWord.charAt(pointerWord.length() - 1);
            boolean addressee = HonourStatements.isAddressee(pointerWord);
            String key = addressee ? "to " + level : String.valueOf(level);
            if (!found.containsKey(key)) {
                // 梅州市人民政府： / 你市通过复查: the letter's salutation names the place written to, and nothing else does
                found.put(key, addressee ? addressee(level, key) : own(level, key));
            }
            pointer = pointerWord;
            where = foundWhere.get(key);
            return found.get(key);
        }

        /** The page's own place of the level, and where the page names it ({@link #foundWhere} under {@code key}). */
        private PlaceRef own(char level, String key) {
            PlaceRef p = title == null ? null : fitting(context.places().mentions(title.text(), context.province()), level, null);
            foundWhere.put(key, "headline");
            if (p == null && context.sourceName() != null) { // 宿迁发布 above the headline and in the byline: its account
                p = fitting(context.places().mentions(context.sourceName(), context.province()), level, null);
                foundWhere.put(key, "source (" + context.sourceName() + ")");
            }
            for (int i = 0; p == null && i < body.size(); i++) {
                p = fitting(context.places().mentions(body.get(i).text(), context.province()), level, body.get(i).text());
                if (p != null) {
                    foundWhere.put(key, "unit names (" + p.name() + "…)");
                }
            }
            String publisher = context.publisher();
            if (p == null && publisher != null) {
                p = fitting(context.places().mentions(publisher, context.province()), level, publisher);
                foundWhere.put(key, "publisher (" + publisher + ")");
            }
            return p == null ? null : official(p);
        }

        /**
         * The place of the level an official letter is written to: the first its salutation line names (梅州市人民政府：,
         * 中共南平市委、南平市人民政府：), among the first paragraphs; null when none is (the place that writes is not it).
         */
        private PlaceRef addressee(char level, String key) {
            for (int i = 0; i < Math.min(body.size(), SALUTATION_WITHIN); i++) {
                String t = body.get(i).text().strip();
                if (t.length() > MAX_SALUTATION || !(t.endsWith("：") || t.endsWith(":"))) {
                    continue;
                }
                List<PlaceRef> mentions = context.places().mentions(t, context.province());
                PlaceRef p = mentions.isEmpty() ? null : fitting(mentions.subList(0, 1), level, null); // 中共南平市委、…：
                if (p != null) {
                    foundWhere.put(key, "salutation (" + t + ")");
                    return official(p);
                }
            }
            return null;
        }

        /**
         * The first mention of the level ({@code 市}, {@code 县}…); in body text only one naming a unit of it. A short name
         * the gazetteer cannot place alone is the place of that level it names (淮安日报 for 我市: 淮安市, not 淮安区).
         */
        private PlaceRef fitting(List<PlaceRef> mentions, char level, String unitText) {
            for (PlaceRef found : mentions) {
                PlaceRef m = found.region() != null ? found : ofLevel(found, level);
                if (m == null || m.region() == null || !m.fitsLevel(level)) {
                    continue;
                }
                if (unitText == null) {
                    return m;
                }
                String simplified = TraditionalToSimplified.toSimplified(unitText);
                java.util.regex.Matcher edition = EDITION.matcher(simplified).region(m.end(), simplified.length());
                int at = edition.lookingAt() ? edition.end() : m.end(); // 在邢台市第十六届人民代表大会第五次会议上
                String unit = UNITS.at(simplified, at);
                unit = unit != null ? unit : organ(simplified, at); // 来源：张掖市水务局
                int after = unit == null ? -1 : at + unit.length();
                if (unit != null && !(m.chainStart() > 0 && unitText.charAt(m.chainStart() - 1) == '、')
                        && !(after < unitText.length() && unitText.charAt(after) == '、')) {
                    return m; // not 南宁市青秀区南湖街道办事处、柳州市柳北区退役军人事务局、…: a list of honoured units
                }
            }
            return null;
        }
    }

    /** The place {@code m}'s name with the level's suffix names (淮安 and 市: 淮安市), at {@code m}'s offsets; or null. */
    private PlaceRef ofLevel(PlaceRef m, char level) {
        if (m.candidates() < 2 || "市县区旗州盟".indexOf(level) < 0) {
            return null;
        }
        PlaceRef whole = context.places().whole(m.name() + level, context.province());
        return whole == null || whole.region() == null ? null
                : new PlaceRef(m.name(), m.chainStart(), m.start(), m.end(), whole.province(), whole.region(), 1);
    }

    /** How many of a page's first paragraphs are looked through for a letter's salutation (梅州市人民政府：). */
    private static final int SALUTATION_WITHIN = 8;
    /** The longest salutation line: a place, its government or a body of it, a colon. */
    private static final int MAX_SALUTATION = 30;

    /** Units named after their place (徐州军分区, 池州日报, 汝城新闻网), from {@code unit-words.txt}. */
    private static final Lexicon UNITS = Lexicon.load("unit-words.txt");
    /** Words ending a government body's name (水务局, 委员会), {@code organ-endings.txt}. */
    private static final Lexicon ORGAN_ENDINGS = Lexicon.load("organ-endings.txt");
    /** The most chars of a body's name before its ending (城市管理和综合执法局: 9). */
    private static final int MAX_ORGAN_NAME = 10;

    /** The name of a government body starting at {@code at} (水务局 of 张掖市水务局), Han chars up to its ending; or null. */
    private static String organ(String s, int at) {
        for (int k = at + 1; k < Math.min(s.length(), at + MAX_ORGAN_NAME + 1); k++) {
            if (!dev.laurel.text.HanChars.isHan(s.charAt(k - 1))) {
                return null;
            }
            String end = ORGAN_ENDINGS.at(s, k);
            if (end != null) {
                return s.substring(at, k + end.length());
            }
        }
        return null;
    }

    /** The term of a unit between its place and its name (邢台市第十六届人民代表大会, 光山县第十五次代表大会). */
    private static final java.util.regex.Pattern EDITION = java.util.regex.Pattern.compile("第[0-9一二三四五六七八九十百]{1,4}[届次]");

    /**
     * The awardee a story of several is about: the one its headline names alone, when each other awardee is named in
     * one paragraph only, where it is listed (忻州市成功创建… over 我省忻州市、吕梁市榜上有名); null otherwise. The
     * sentences that name no one are then that awardee's, as in a story of one place.
     */
    private String focus(List<LogicalParagraph> paragraphs, List<StoryClaim> claims, Home home) {
        if (home.title == null) {
            return null;
        }
        Map<String, StoryClaim> byKey = new java.util.HashMap<>(); // as byPlace is keyed
        claims.forEach(c -> byKey.put(StoryCandidate.key(c.place()), c));
        StoryClaim headline = null;
        for (PlaceRef m : context.places().mentions(home.title.text(), context.province())) {
            StoryClaim c = byKey.get(StoryCandidate.key(official(m)));
            if (c != null && headline != null && headline != c) {
                return null; // the headline names two awardees
            }
            headline = c != null ? c : headline;
        }
        if (headline == null) {
            return null;
        }
        Map<String, Integer> paragraphsNaming = new java.util.HashMap<>(); // by key: one scan of each paragraph
        for (LogicalParagraph p : paragraphs) {
            java.util.Set<String> named = new java.util.HashSet<>();
            for (PlaceRef m : context.places().mentions(p.text(), context.province())) {
                String key = StoryCandidate.key(official(m));
                StoryClaim c = byKey.get(key);
                if (c != null && c != headline && named.add(key) && paragraphsNaming.merge(key, 1, Integer::sum) > 1) {
                    return null; // another awardee named in two paragraphs: the story is about several
                }
            }
        }
        return headline.place().name();
    }

    /**
     * The count a statement of several places says in its verb's clause (A、B、C实现全国文明城市“六连冠”), given to every
     * one of them; nothing when any already has one, or the count is an edition's (第七届).
     */
    private static void sharedAfterVerb(String simplified, List<HonorCount> counts, HonourStatements.Statement st,
                                        Map<String, StoryCandidate> byPlace) {
        List<StoryCandidate> listed = new ArrayList<>();
        for (PlaceRef s : st.subjects()) {
            StoryCandidate c = byPlace.get(StoryCandidate.key(official(s)));
            if (c == null || c.count != null) {
                return;
            }
            listed.add(c);
        }
        int end = Sentences.clauseEnd(simplified, st.verbStart());
        for (HonorCount h : counts) {
            if (h.start() >= st.verbStart() && h.end() <= end && !h.edition() && h.count() != null) {
                for (PlaceRef s : st.subjects()) {
                    int again = simplified.indexOf(TraditionalToSimplified.toSimplified(s.name()), st.verbStart());
                    if (again >= 0 && again < h.start()) {
                        return; // 晋江、石狮获评「国家卫生城市」　晋江第三次上榜: the count of the one named again before it
                    }
                }
                for (StoryCandidate c : listed) {
                    c.count = h.count();
                    c.kind = h.kind();
                }
                return;
            }
        }
    }

    /** Several awardees in one text: each figure goes to the place its clause is about. */
    private List<Awardee> shared(List<LogicalParagraph> paragraphs, List<List<Quantity>> quantities, List<StoryClaim> claims,
                                 Home home, DiagnosticLog log, java.util.Set<String> otherHonoured,
                                 List<FigureTables.Table> tables) {
        Map<String, StoryClaim> byName = new LinkedHashMap<>();
        claims.forEach(c -> byName.put(c.place().name(), c));
        String focus = focus(paragraphs, claims, home);
        List<java.util.TreeMap<Integer, ClauseSubjects.Owned>> clauses = clauseSubjects.owners(paragraphs, byName, home,
                focus, otherHonoured);
        List<Duplicates.Region> repeated = Duplicates.find(paragraphs);
        DiagnosticLog.Bucket pasted = log.bucket();
        for (Duplicates.Region r : repeated) {
            LogicalText view = paragraphs.get(r.paragraph()).view();
            pasted.add(dev.laurel.model.DiagnosticKind.DUPLICATE_PARAGRAPH, null,
                    "text repeated from earlier in the story was counted once: "
                            + Excerpt.of(view.text().substring(r.start(), r.end())), view.sourceSpan(r.start(), r.end()));
        }
        List<Awardee> out = new ArrayList<>();
        List<Map<Integer, String>> respective = respectiveFigures(paragraphs, quantities, claims, context);
        List<java.util.Set<Integer>> each = EachFigures.of(paragraphs, quantities, claims.stream().map(StoryClaim::place).toList()); // 三市…均达100%
        List<Map<Integer, PlaceRef>> breakdowns = PlaceFigures.of(paragraphs, quantities, context.places(), context.province());
        boolean first = true;
        for (StoryClaim c : claims) {
            String name = c.place().name();
            MetricReader.Filter wider = WiderScope.filter(paragraphs, c.place(), context.places(), context.province());
            List<Metric> metrics = MetricReader.read(source, paragraphs, quantities, List.of(), repeated, context.places(), (p, offset) -> {
                String paired = respective.get(p).get(offset);
                if (paired != null) {
                    return paired.equals(name);
                }
                if (each.get(p).contains(offset)) {
                    return true; // said of every awardee alike
                }
                PlaceRef item = breakdowns.get(p).get(offset);
                if (item != null) {
                    return PlaceFigures.same(item, c.place()); // 新罗区4260万元、上杭县2890万元: each place's own
                }
                return ClauseSubjects.owns(clauses, p, offset, name) && wider.keep(p, offset); // 至此，我省…已达19个: the province's total
            });
            metrics = withTablesOf(name, c.place().official().name(), metrics, tables, paragraphs, clauses, focus);
            SourceSpan claimSpan = c.paragraph() < 0 ? new SourceSpan(home.title.start() + c.start(), home.title.start() + c.end())
                    : paragraphs.get(c.paragraph()).view().sourceSpan(c.start(), c.end());
            int start = claimSpan.start();
            int end = claimSpan.end();
            for (Metric m : metrics) {
                start = Math.min(start, m.span().start());
                end = Math.max(end, m.span().end());
            }
            PlaceRef place = c.place();
            DiagnosticLog.Bucket issues = first ? pasted : log.bucket(); // a story's repeats are told once, with its first awardee
            first = false;
            CommendationTextParser.reportRegion(place, issues, claimSpan);
            out.add(new Awardee(place.name(), place.province(), place.kind(), place.regionCode(),
                    context.titles().of(place), c.count(), c.kind(), null, null, List.of(), metrics,
                    new SourceSpan(start, end), issues.items()));
        }
        return out;
    }

    /**
     * {@code metrics} with the figures of the tables of one place's figures that are {@code name}'s, in text order: those
     * whose lead-in (the paragraph before the table) ends in a clause about it, else, when it ends in a clause about no
     * one (创森主要指标完成情况如下：), those of the place the story is about ({@code focus}); in a table comparing places,
     * those of the column headed by the place whose official name is {@code official} (祁連縣 under 祁连县's heading). The
     * tables are left out of the story's paragraphs.
     */
    private static List<Metric> withTablesOf(String name, String official, List<Metric> metrics,
                                             List<FigureTables.Table> tables, List<LogicalParagraph> paragraphs,
                                             List<java.util.TreeMap<Integer, ClauseSubjects.Owned>> clauses, String focus) {
        List<Metric> tabled = null;
        for (FigureTables.Table t : tables) {
            int header = t.lines().get(0).start();
            int lead = -1;
            for (int p = 0; p < paragraphs.size(); p++) {
                LogicalText v = paragraphs.get(p).view();
                if (v.length() > 0 && v.sourceSpan(0, v.length()).end() <= header) {
                    lead = p;
                }
            }
            String owner = lead < 0 ? null : ClauseSubjects.subjectAt(clauses, lead, lastWordChar(paragraphs.get(lead).text()));
            List<Metric> own = t.compares() ? t.metricsOf(official) // 指标 / 绵阳市 / 德阳市: the place's column
                    : name.equals(owner != null ? owner : focus) ? t.metrics() : List.of();
            if (!own.isEmpty()) {
                tabled = tabled == null ? new ArrayList<>() : tabled;
                tabled.addAll(own);
            }
        }
        return tabled == null ? metrics : FigureTables.merged(metrics, tabled);
    }

    /** The offset of the last letter or digit of {@code text} (before its stop: the last clause's), or 0. */
    private static int lastWordChar(String text) {
        int at = text.length() - 1;
        while (at > 0 && !Character.isLetterOrDigit(text.charAt(at))) {
            at--;
        }
        return Math.max(at, 0);
    }

    /**
     * Figures paired with the awardees by 分别: the figures of one unit after 分别 in its clause, as many as the places
     * they are said of, go to them in order. The places are the awardees listed right before 分别 in its clause
     * (安顺、六盘水、铜仁三市分别投入…), else all the awardees, in the order they were named, when a clause of the
     * sentence opens with a collective of them (三县…森林覆盖率分别达到70.2%、66.8%和54.3%). Per paragraph: the figure's
     * start → the awardee's name.
     */
    private static List<Map<Integer, String>> respectiveFigures(List<LogicalParagraph> paragraphs,
                                                                 List<List<Quantity>> quantities, List<StoryClaim> claims,
                                                                 DocumentContext context) {
        List<Map<Integer, String>> out = new ArrayList<>(paragraphs.size());
        for (int p = 0; p < paragraphs.size(); p++) {
            Map<Integer, String> paired = new java.util.HashMap<>();
            out.add(paired);
            String text = paragraphs.get(p).text();
            String simplified = TraditionalToSimplified.toSimplified(text); // char for char: offsets are the text's
            List<String> sentenceOrder = null; // the order an earlier 分别 of the same sentence followed
            int orderSentence = -1;
            for (int at = simplified.indexOf("分别"); at >= 0 && claims.size() > 1; at = simplified.indexOf("分别", at + 2)) {
                int sentence = Sentences.sentenceStart(text, at);
                List<String> order = listedBefore(text, Sentences.clauseStart(text, at), at, claims, context);
                if (order == null) { // 漳州、泉州两市分别投入…，分别为驻军部队解决实际问题186件、243件: the sentence's list
                    order = listedBefore(text, Sentences.sentenceStart(text, at), at, claims, context);
                }
                if (order == null && (StoryCounts.collectiveInClauses(simplified, Sentences.sentenceStart(text, at), at,
                        claims.size()) || StoryCounts.collectiveRightBefore(simplified, at, claims.size()))) {
                    order = claims.stream().map(c -> c.place().name()).toList();
                }
                if (order == null && sentence == orderSentence) {
                    order = sentenceOrder; // 两市分别完成…12.6万亩和9.8万亩，森林覆盖率分别达到63.1%和51.6%
                }
                if (order == null) {
                    continue;
                }
                sentenceOrder = order;
                orderSentence = sentence;
                int end = Sentences.clauseEnd(text, at);
                List<Quantity> figures = new ArrayList<>();
                for (Quantity q : quantities.get(p)) {
                    if (q.start() > at && q.start() < end && q.unit() != null
                            && (figures.isEmpty() || q.unit().equals(figures.get(0).unit()))) {
                        figures.add(q);
                    }
                }
                if (figures.size() == order.size()) {
                    for (int i = 0; i < figures.size(); i++) {
                        paired.put(figures.get(i).start(), order.get(i));
                    }
                }
            }
        }
        return out;
    }

    /**
     * The awardees named in {@code text[from, at)}, in order (安顺、六盘水、铜仁三市分别…), when there are two or more
     * and every place named there is one; else null.
     */
    private static List<String> listedBefore(String text, int from, int at, List<StoryClaim> claims, DocumentContext context) {
        List<PlaceRef> mentions = context.places().mentions(text.substring(from, at), context.province());
        if (mentions.size() < 2) {
            return null;
        }
        List<String> out = new ArrayList<>();
        for (PlaceRef m : mentions) {
            String name = null;
            for (StoryClaim c : claims) {
                if (c.place().regionCode() != null && c.place().regionCode().equals(m.regionCode())
                        || c.place().name().equals(m.official().name())) {
                    name = c.place().name();
                }
            }
            if (name == null || out.contains(name)) {
                return null;
            }
            out.add(name);
        }
        return out;
    }

    /** {@code a} with the count of {@code c} when {@code a}'s section states none, or when its own is not to be taken. */
    private static Awardee withCount(Awardee a, StoryClaim c, boolean sectionCount) {
        boolean own = sectionCount && a.timesHonored() != null;
        Integer times = own ? a.timesHonored() : c.count();
        TimesKind kind = own ? a.timesKind() : c.kind();
        return new Awardee(a.name(), a.province(), a.kind(), a.regionCode(), a.honorTitle(), times, kind,
                a.provincialTimesHonored(), a.summary(), a.initiatives(), a.metrics(), a.span(), a.issues());
    }
}
