package dev.laurel.parsers.commendation;

import dev.laurel.model.Awardee;
import dev.laurel.model.Metric;
import dev.laurel.model.SourceSpan;
import dev.laurel.model.TimesKind;
import dev.laurel.text.HonorCount;
import dev.laurel.text.HonorCounts;
import dev.laurel.text.Quantity;
import dev.laurel.text.QuantityKind;
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
 * (张家港市建成…，年接待…10万人次；常熟市为驻军…).
 */
final class StoryReader {
    private static final QuantityScanner SCANNER = new QuantityScanner();

    /** An honour count said of a place, at chars [start, end) of logical paragraph {@code paragraph}. */
    private record Claim(PlaceRef place, Integer count, TimesKind kind, int paragraph, int start, int end) {
    }

    /** A clause ending at {@code end} that is about {@code subject}. */
    private record Owned(int end, String subject) {
    }

    private final String source;
    private final DocumentContext context;
    private final SectionReader sections;

    StoryReader(String source, DocumentContext context, SectionReader sections) {
        this.source = source;
        this.context = context;
        this.sections = sections;
    }

    /** A place that a sentence says received the document's honour, with its count where one is said. */
    private static final class Candidate {
        PlaceRef place;
        Integer count;
        TimesKind kind;
        int paragraph;
        int start;
        int end;
        boolean inferred;
        /** Found only as the subject of a paragraph about a listed place. */
        boolean profiled;
        /** The name as the page writes it (徐州 for 徐州市). */
        String written;

        Candidate(PlaceRef place, String written, int paragraph, int start, int end, boolean inferred) {
            this.place = place;
            this.written = written;
            this.paragraph = paragraph;
            this.start = start;
            this.end = end;
            this.inferred = inferred;
        }
    }

    /**
     * The awardees of a story: the places its sentences say received the document's honour (naming
     * statements, with pointers such as 我市 resolved to the place the page names) or an honour count.
     * {@code title} is the headline or null; {@code body} the document's other paragraphs.
     */
    List<Awardee> read(Paragraph title, List<Paragraph> body, DiagnosticLog log, DiagnosticLog.Bucket documentIssues) {
        return read(title, body, Set.of(), log, documentIssues);
    }

    /**
     * Like {@link #read(Paragraph, List, DiagnosticLog, DiagnosticLog.Bucket)} for a page with a roster of
     * {@code listed} names: a paragraph whose first clause is about a listed place (据了解，北川羌族自治县是…)
     * is that place's deeds, though no sentence names it again.
     */
    List<Awardee> read(Paragraph title, List<Paragraph> body, Set<String> listed, DiagnosticLog log,
                       DiagnosticLog.Bucket documentIssues) {
        List<Paragraph> text = new ArrayList<>();
        for (Paragraph p : body) {
            if (!Furniture.is(TraditionalToSimplified.toSimplified(p.text()))) {
                text.add(p);
            }
        }
        if (text.isEmpty()) {
            return List.of();
        }
        List<LogicalParagraph> paragraphs = sections.join(text, null, documentIssues);
        List<List<Quantity>> quantities = MetricReader.scan(paragraphs);
        Home home = new Home(title, body);
        Map<String, Candidate> byPlace = new LinkedHashMap<>();
        String unnamed = null; // 我市 of a statement when the page names no place it could be
        for (int p = title == null ? 0 : -1; p < paragraphs.size(); p++) {
            String written = p < 0 ? title.text() : paragraphs.get(p).text();
            String simplified = TraditionalToSimplified.toSimplified(written);
            List<Quantity> found = p < 0 ? SCANNER.scan(simplified) : quantities.get(p);
            List<PlaceRef> mentions = context.places().mentions(written, context.province());
            List<HonourStatements.Statement> statements = HonourStatements.find(simplified, mentions, context.honor());
            List<HonorCount> counts = null; // found when a statement first needs them
            for (HonourStatements.Statement st : statements) {
                if (!st.documentHonour()) {
                    continue;
                }
                List<PlaceRef> subjects = st.subjects();
                boolean inferred = false;
                if (subjects.isEmpty()) {
                    PlaceRef h = byPlace.size() == 1 && !HonourStatements.POINTERS.isTagged(st.pointer())
                            ? byPlace.values().iterator().next().place : home.place(st.pointer());
                    if (h == null) {
                        if (unnamed == null && HonourStatements.POINTERS.isTagged(st.pointer())) {
                            unnamed = st.pointer();
                        }
                        continue;
                    }
                    subjects = List.of(h);
                    inferred = !byPlace.containsKey(key(h)) && HonourStatements.POINTERS.isTagged(st.pointer());
                }
                boolean named = !st.subjects().isEmpty();
                for (PlaceRef s : subjects) {
                    if (s.kind() == dev.laurel.model.RegionKind.PROVINCE) {
                        continue;
                    }
                    PlaceRef official = official(s);
                    int from = named ? s.chainStart() : st.verbStart();
                    int paragraph = p;
                    boolean guessed = inferred;
                    Candidate c = byPlace.computeIfAbsent(key(official), k -> new Candidate(official, s.name(),
                            paragraph, from, Math.max(from, st.honourStart()), guessed));
                    if (named && c.inferred) {
                        c.inferred = false; // 我县实现…七连冠 in the headline, 崇义县再次被命名为… below: named after all
                        c.written = s.name();
                    }
                }
                if (subjects.size() == 1) {
                    Candidate c = byPlace.get(key(official(subjects.get(0))));
                    if (c != null && c.count == null) {
                        counts = counts != null ? counts : HonorCounts.find(simplified, found);
                        countAround(simplified, counts, st.verbStart(), c);
                    }
                } else if (named) {
                    sharedCount(simplified, st, byPlace);
                }
            }
            respectivelyAcross(simplified, statements, byPlace);
            distributed(simplified, mentions, statements, byPlace);
            saidOf(simplified, byPlace);
            if (p < 0) {
                continue;
            }
            PlaceRef profiled = listed.isEmpty() || quantities.get(p).isEmpty() ? null : profiled(mentions, written, listed);
            if (profiled != null) {
                PlaceRef official = official(profiled);
                int paragraph = p;
                Candidate c = byPlace.computeIfAbsent(key(official), k -> new Candidate(official, profiled.name(),
                        paragraph, profiled.chainStart(), profiled.end(), false));
                c.profiled = true;
            }
            for (Claim claim : claims(paragraphs.get(p).text(), p, quantities.get(p))) {
                if (claim.place().kind() == dev.laurel.model.RegionKind.PROVINCE) {
                    continue; // 山东省双拥模范县: the province names the honour, it is not honoured
                }
                PlaceRef official = official(claim.place());
                Candidate c = byPlace.computeIfAbsent(key(official),
                        k -> new Candidate(official, claim.place().name(), claim.paragraph(), claim.start(), claim.end(),
                                false));
                if (c.count == null) {
                    c.count = claim.count();
                    c.kind = claim.kind();
                }
            }
        }
        if (byPlace.isEmpty()) {
            if (unnamed != null) {
                documentIssues.add(dev.laurel.model.DiagnosticKind.NO_AWARDEES, null, "the text says " + unnamed
                        + " received the honour but names that place nowhere (headline, unit, byline); no awardee was made",
                        null);
            }
            return List.of();
        }
        List<Claim> claims = new ArrayList<>();
        for (Candidate c : byPlace.values()) {
            claims.add(new Claim(c.place, c.count, c.kind, c.paragraph, c.start, c.end));
        }
        List<Awardee> out;
        boolean onlyProfiled = byPlace.values().stream().allMatch(c -> c.profiled);
        if (claims.size() == 1 && !onlyProfiled) {
            Claim c = claims.get(0);
            DiagnosticLog.Bucket issues = log.bucket();
            Awardee a = sections.read(new Section(text.get(0), c.place(), text, true), issues);
            out = List.of(withCount(a, c));
        } else {
            out = shared(paragraphs, quantities, claims, home, log);
        }
        List<Awardee> marked = new ArrayList<>();
        for (int i = 0; i < out.size(); i++) {
            Candidate c = byPlace.get(key(claims.get(i).place()));
            Awardee a = c != null && c.inferred ? inferred(out.get(i), home) : out.get(i);
            marked.add(c == null ? a : a.withWrittenName(c.written));
        }
        return marked;
    }

    /**
     * 保定市被命名为…，阜平县、涞源县、易县被命名为…，分别是第五次、第三次、第二次和首次获此殊荣: the subjects of the
     * sentence's statements, paired in order with the counts after 分别 (首次 is 1), when their numbers agree.
     */
    private void respectivelyAcross(String text, List<HonourStatements.Statement> statements, Map<String, Candidate> byPlace) {
        int first = 0;
        for (int at = text.indexOf("分别"); at >= 0 && !statements.isEmpty(); at = text.indexOf("分别", at + 2)) {
            int sentence = Sentences.sentenceStart(text, at);
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
            for (int k = from; k < last; k++) {
                HonourStatements.Statement st = statements.get(k);
                if (st.documentHonour()) {
                    st.subjects().forEach(x -> subjects.add(key(official(x))));
                }
            }
            int end = Sentences.clauseEnd(text, at);
            List<int[]> counts = new ArrayList<>(); // {offset, count, 1 when consecutive}
            for (Quantity q : SCANNER.scan(text.substring(at, end))) {
                if ("次".equals(q.unit()) && (q.kind() == QuantityKind.ORDINAL || q.kind() == QuantityKind.HONOR_COUNT)
                        || "连冠".equals(q.unit())) {
                    counts.add(new int[] {q.start(), q.value().intValue(), "连冠".equals(q.unit()) ? 1 : 0});
                }
            }
            for (int f = text.indexOf("首次", at); f >= 0 && f < end; f = text.indexOf("首次", f + 2)) {
                counts.add(new int[] {f - at, 1, 0});
            }
            counts.sort((x, y) -> Integer.compare(x[0], y[0]));
            if (subjects.size() < 2 || subjects.size() != counts.size()) {
                continue;
            }
            for (int i = 0; i < subjects.size(); i++) {
                Candidate c = byPlace.get(subjects.get(i));
                if (c != null) {
                    c.count = counts.get(i)[1];
                    c.kind = counts.get(i)[2] == 1 ? TimesKind.CONSECUTIVE : TimesKind.TOTAL;
                }
            }
        }
    }

    /** Copulas between a list of places and the count they share: 为, 均为, 都是 … */
    private static final String COPULAS = "为是系均都";

    /**
     * 广德市、岳西县为首次获评: a count between a statement's list of places and its verb is every one of
     * them's, where none has a count yet.
     */
    private static void sharedCount(String text, HonourStatements.Statement st, Map<String, Candidate> byPlace) {
        List<PlaceRef> subjects = st.subjects();
        int at = subjects.get(subjects.size() - 1).end();
        while (at < st.verbStart() && COPULAS.indexOf(text.charAt(at)) >= 0) {
            at++;
        }
        if (at >= st.verbStart()) {
            return;
        }
        CountPhrase count = CountPhrase.startOf(text.substring(at, st.verbStart()));
        if (count == null) {
            return;
        }
        for (PlaceRef s : subjects) {
            Candidate c = byPlace.get(key(official(s)));
            if (c != null && c.count == null) {
                c.count = count.times();
                c.kind = count.kind();
            }
        }
    }

    /** A count said between a statement and a later 分别: 首次, 第三次, 连续五届, 五连冠. */
    private static final java.util.regex.Pattern COUNT_SAID = java.util.regex.Pattern.compile(
            "首次|[0-9一二三四五六七八九十两]+(?:次|届|连冠)");

    /** Words that open a clause giving a list's total: 共, 合计 … */
    private static final Lexicon TOTALS = Lexicon.load("total-words.txt");

    /** True for a clause that gives a list's total (共11个): its figure is no awardee's. */
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

    /** How far into a paragraph the place it is about may stand (据了解，北川羌族自治县是…). */
    private static final int PROFILE_HEAD = 12;

    /** The listed place a paragraph's first clauses open with, or null. */
    private static PlaceRef profiled(List<PlaceRef> mentions, String text, Set<String> listed) {
        for (PlaceRef m : mentions) {
            if (m.chainStart() > PROFILE_HEAD) {
                return null;
            }
            boolean clauseStart = m.chainStart() == 0 || Sentences.isClauseEnd(text.charAt(m.chainStart() - 1));
            if (clauseStart && listed.contains(official(m).name())) {
                return m;
            }
        }
        return null;
    }

    /** Words that give one count to every place of the list before them: 均为, 都是 … */
    private static final Lexicon DISTRIBUTIVE = Lexicon.load("distributive-words.txt");

    /**
     * 菏泽市、聊城市均为首次获此殊荣: the count right after a distributive word goes to every awardee named
     * before it in its sentence that has no count yet, unless the sentence is about another honour
     * (巴中市还获评省级园林城市，均为首次).
     */
    private static void distributed(String text, List<PlaceRef> mentions, List<HonourStatements.Statement> statements,
                                    Map<String, Candidate> byPlace) {
        if (byPlace.isEmpty()) {
            return;
        }
        for (int i = 0; i < text.length(); i++) {
            String word = DISTRIBUTIVE.at(text, i);
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
                    Candidate c = byPlace.get(key(official(m)));
                    named |= c != null;
                    if (c != null && c.count == null) {
                        c.count = count.times();
                        c.kind = count.kind();
                    }
                }
            }
            if (!named && collective(text, sentence, i, byPlace.size())) {
                for (Candidate c : byPlace.values()) { // 三县分别隶属…，均为首次获此命名: the three are the awardees
                    if (c.count == null) {
                        c.count = count.times();
                        c.kind = count.kind();
                    }
                }
            }
            i = after - 1;
        }
    }

    /** A word for the awardees together at a sentence's head: 三县, 两地, 这两个城市 (the number must be theirs). */
    private static final java.util.regex.Pattern COLLECTIVE = java.util.regex.Pattern.compile(
            "^(?:其中|这|上述|以上)?([两二三四五六七八九十]|[0-9]{1,2})(?:个)?(?:县|市|区|地|城|州|旗|县区|市县|县市|城市)");

    /** True when a clause of the sentence before {@code at} opens with a collective (近年来，三县把…分别…). */
    private static boolean collectiveInClauses(String text, int sentence, int at, int awardees) {
        for (int c = sentence; c < at; c++) {
            if ((c == sentence || Sentences.isClauseEnd(text.charAt(c - 1))) && collective(text, c, at, awardees)) {
                return true;
            }
        }
        return false;
    }

    /** True when the sentence from {@code sentence} to {@code at} opens with a collective of {@code awardees} places. */
    private static boolean collective(String text, int sentence, int at, int awardees) {
        int head = sentence;
        while (head < at && (Paragraphs.isBlank(text.charAt(head)) || text.charAt(head) == '，')) {
            head++;
        }
        java.util.regex.Matcher m = COLLECTIVE.matcher(text).region(head, at);
        if (!m.lookingAt()) {
            return false;
        }
        String n = m.group(1).replace('两', '二');
        java.math.BigDecimal v = dev.laurel.text.ChineseNumerals.tryParse(n).orElse(null);
        if (v == null && n.chars().allMatch(Character::isDigit)) {
            v = new java.math.BigDecimal(n);
        }
        return v != null && v.intValue() == awardees;
    }

    /**
     * 其中眉县为首次获此殊荣: a count phrase after 为, 是 or 系 right after an awardee's name (as the page writes
     * it, or its official name) is that awardee's.
     */
    private static void saidOf(String text, Map<String, Candidate> byPlace) {
        for (Candidate c : byPlace.values()) {
            for (String name : new String[] {TraditionalToSimplified.toSimplified(c.written), c.place.name()}) {
                for (int at = text.indexOf(name); at >= 0 && c.count == null; at = text.indexOf(name, at + 1)) {
                    int after = at + name.length();
                    if (after + 1 < text.length() && "为是系".indexOf(text.charAt(after)) >= 0) {
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

    /** 首次 (1), 连续七次荣获, 实现“七连冠”: the count said in the statement's sentence or the next one. */
    private void countAround(String text, List<HonorCount> counts, int verb, Candidate c) {
        int from = Sentences.sentenceStart(text, verb);
        int to = Sentences.sentenceEnd(text, Sentences.sentenceEnd(text, verb));
        for (HonorCount h : counts) {
            if (h.start() >= to) {
                break;
            }
            if (h.start() < from || h.start() >= to || h.edition() || h.count() == null || earlierRound(text, h.start())
                    || text.substring(from, h.start()).contains("分别")) {
                continue;
            }
            c.count = h.count();
            c.kind = h.kind() == null ? TimesKind.TOTAL : h.kind();
            return;
        }
        for (int at = text.indexOf("首次", from); at >= 0 && at < to; at = text.indexOf("首次", at + 2)) {
            if (!earlierRound(text, at) && !text.substring(from, at).contains("分别")
                    && (HonourStatements.VERBS.at(text, at + 2) != null
                    || text.startsWith("被", at + 2) || text.startsWith("获", at + 2))) {
                c.count = 1;
                c.kind = TimesKind.TOTAL;
                return;
            }
        }
    }

    /** True when a count's clause is about another round or honour: 2016年五连冠, a provincial title, a target. */
    private boolean earlierRound(String text, int at) {
        int clause = Sentences.clauseStart(text, at);
        String before = text.substring(clause, at);
        return YEAR.matcher(before).find() || before.contains("争创") || before.contains("力争")
                || (context.honor() != null && !context.provincialHonour() && PROVINCIAL_ROUND.matcher(before).find());
    }

    private static final java.util.regex.Pattern YEAR = java.util.regex.Pattern.compile("(?:19|20)[0-9]{2}年");
    private static final java.util.regex.Pattern PROVINCIAL_ROUND = java.util.regex.Pattern.compile("省级|省双拥|全省");

    private static PlaceRef official(PlaceRef p) {
        return p.official();
    }

    /** One key per place, whichever script its official name is written in (三亞市 and 三亚市 are one awardee). */
    private static String key(PlaceRef official) {
        return TraditionalToSimplified.toSimplified(official.name());
    }

    private static Awardee inferred(Awardee a, Home home) {
        List<dev.laurel.model.Diagnostic> issues = new ArrayList<>(a.issues());
        issues.add(new dev.laurel.model.Diagnostic(dev.laurel.model.DiagnosticKind.INFERRED_AWARDEE,
                dev.laurel.model.DiagnosticKind.INFERRED_AWARDEE.defaultSeverity(), a.name(),
                "the text calls the awardee only " + home.pointer + "; " + a.name() + " is the place the page names in its "
                        + home.where, null));
        return new Awardee(a.name(), a.province(), a.kind(), a.regionCode(), a.honorTitle(), a.timesHonored(), a.timesKind(),
                a.provincialTimesHonored(), a.summary(), a.initiatives(), a.metrics(), a.span(), issues);
    }

    /**
     * The place a page is about when it calls itself 我市 or 我县: the place its headline names, else one named as
     * a unit of it (徐州军分区, 池州日报), of the level the pointer says.
     */
    private final class Home {
        private final Paragraph title;
        private final List<Paragraph> body;
        private final Map<String, PlaceRef> found = new java.util.HashMap<>();
        String pointer;
        String where;

        Home(Paragraph title, List<Paragraph> body) {
            this.title = title;
            this.body = body;
        }

        PlaceRef place(String pointerWord) {
            if (pointerWord == null) {
                return null;
            }
            char level = pointerWord.charAt(pointerWord.length() - 1);
            return found.computeIfAbsent(String.valueOf(level), k -> {
                PlaceRef p = title == null ? null : fitting(context.places().mentions(title.text(), context.province()), level, null);
                where = "headline";
                for (int i = 0; p == null && i < body.size(); i++) {
                    p = fitting(context.places().mentions(body.get(i).text(), context.province()), level, body.get(i).text());
                    if (p != null) {
                        where = "unit names (" + p.name() + "…)";
                    }
                }
                pointer = pointerWord;
                return p == null ? null : official(p);
            });
        }

        /** The first mention of the level ({@code 市}, {@code 县}…); in body text only one naming a unit of it. */
        private PlaceRef fitting(List<PlaceRef> mentions, char level, String unitText) {
            for (PlaceRef m : mentions) {
                if (m.region() == null || !fits(m, level)) {
                    continue;
                }
                if (unitText == null || UNITS.at(TraditionalToSimplified.toSimplified(unitText), m.end()) != null) {
                    return m;
                }
            }
            return null;
        }
    }

    /** Units named after their place (徐州军分区, 池州日报, 汝城新闻网), from {@code unit-words.txt}. */
    private static final Lexicon UNITS = Lexicon.load("unit-words.txt");

    private static boolean fits(PlaceRef m, char level) {
        dev.laurel.model.RegionKind k = m.kind();
        return switch (level) {
            case '市' -> k == dev.laurel.model.RegionKind.PREFECTURE_CITY || k == dev.laurel.model.RegionKind.COUNTY_LEVEL_CITY;
            case '县' -> k == dev.laurel.model.RegionKind.COUNTY;
            case '区' -> k == dev.laurel.model.RegionKind.DISTRICT;
            case '州' -> k == dev.laurel.model.RegionKind.AUTONOMOUS_PREFECTURE;
            case '旗' -> k == dev.laurel.model.RegionKind.BANNER;
            default -> true;
        };
    }

    /** Several awardees in one text: each figure goes to the place its clause is about. */
    private List<Awardee> shared(List<LogicalParagraph> paragraphs, List<List<Quantity>> quantities, List<Claim> claims,
                                 Home home, DiagnosticLog log) {
        Map<String, Claim> byName = new LinkedHashMap<>();
        claims.forEach(c -> byName.put(c.place().name(), c));
        List<java.util.TreeMap<Integer, Owned>> clauses = new ArrayList<>();
        String lastNamed = null; // 该县 at the head of a paragraph points to the awardee named last, maybe one paragraph up
        for (int p = 0; p < paragraphs.size(); p++) {
            java.util.TreeMap<Integer, Owned> owned = new java.util.TreeMap<>();
            clauses.add(owned);
            String text = paragraphs.get(p).text();
            String current = null;
            int start = 0;
            for (int i = 0; i <= text.length(); i++) {
                if (i < text.length() && !Sentences.isClauseEnd(text.charAt(i))) {
                    continue;
                }
                String clause = text.substring(start, i);
                String subject = subjectOf(clause, byName);
                if (subject != null) {
                    lastNamed = subject;
                } else {
                    subject = pointedAt(clause, byName, home, lastNamed);
                }
                if (subject != null) {
                    current = subject;
                }
                if (current != null && !isTotal(clause)) {
                    owned.put(start, new Owned(i, current));
                }
                if (i < text.length() && Sentences.isSentenceEnd(text.charAt(i)) && subject == null) {
                    current = null;
                }
                start = i + 1;
            }
        }
        List<Duplicates.Region> repeated = Duplicates.find(paragraphs);
        DiagnosticLog.Bucket pasted = log.bucket();
        for (Duplicates.Region r : repeated) {
            LogicalText view = paragraphs.get(r.paragraph()).view();
            pasted.add(dev.laurel.model.DiagnosticKind.DUPLICATE_PARAGRAPH, null,
                    "text repeated from earlier in the story was counted once: "
                            + Excerpt.of(view.text().substring(r.start(), r.end())), view.sourceSpan(r.start(), r.end()));
        }
        List<Awardee> out = new ArrayList<>();
        List<Map<Integer, String>> respective = respectiveFigures(paragraphs, quantities, claims);
        boolean first = true;
        for (Claim c : claims) {
            String name = c.place().name();
            List<Metric> metrics = MetricReader.read(source, paragraphs, quantities, List.of(), repeated, context.places(), (p, offset) -> {
                String paired = respective.get(p).get(offset);
                if (paired != null) {
                    return paired.equals(name);
                }
                Map.Entry<Integer, Owned> clause = clauses.get(p).floorEntry(offset);
                return clause != null && offset < clause.getValue().end() && clause.getValue().subject().equals(name);
            });
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
     * Figures paired with the awardees by 分别 (三县…森林覆盖率分别达到70.2%、66.8%和54.3%): in a sentence that opens
     * with a collective of all the awardees (三县, 两地), the figures of one unit after 分别, as many as the
     * awardees, go to them in order. Per paragraph: the figure's start → the awardee's name.
     */
    private static List<Map<Integer, String>> respectiveFigures(List<LogicalParagraph> paragraphs,
                                                                 List<List<Quantity>> quantities, List<Claim> claims) {
        List<Map<Integer, String>> out = new ArrayList<>(paragraphs.size());
        for (int p = 0; p < paragraphs.size(); p++) {
            Map<Integer, String> paired = new java.util.HashMap<>();
            out.add(paired);
            String text = paragraphs.get(p).text();
            for (int at = text.indexOf("分别"); at >= 0 && claims.size() > 1; at = text.indexOf("分别", at + 2)) {
                if (!collectiveInClauses(TraditionalToSimplified.toSimplified(text), Sentences.sentenceStart(text, at), at,
                        claims.size())) {
                    continue;
                }
                int end = Sentences.clauseEnd(text, at);
                List<Quantity> figures = new ArrayList<>();
                for (Quantity q : quantities.get(p)) {
                    if (q.start() > at && q.start() < end && q.unit() != null
                            && (figures.isEmpty() || q.unit().equals(figures.get(0).unit()))) {
                        figures.add(q);
                    }
                }
                if (figures.size() == claims.size()) {
                    for (int i = 0; i < figures.size(); i++) {
                        paired.put(figures.get(i).start(), claims.get(i).place().name());
                    }
                }
            }
        }
        return out;
    }

    /**
     * The awardee a clause starting with a pointer is about: 我市 (a self pointer) is the place the page
     * names as its own; 该县, 全县 the awardee last named in the paragraph, when its level fits (县 a county).
     */
    private String pointedAt(String clause, Map<String, Claim> awardees, Home home, String lastNamed) {
        String simplified = TraditionalToSimplified.toSimplified(clause);
        int at = 0;
        while (at < simplified.length() && Paragraphs.isBlank(simplified.charAt(at))) {
            at++;
        }
        String pointer = HonourStatements.POINTERS.at(simplified, at);
        if (pointer == null) {
            return null;
        }
        if (HonourStatements.POINTERS.isTagged(pointer)) {
            PlaceRef own = home.place(pointer);
            String name = own == null ? null : official(own).name();
            return name != null && awardees.containsKey(name) ? name : null;
        }
        Claim last = lastNamed == null ? null : awardees.get(lastNamed);
        return last != null && fits(last.place(), pointer.charAt(pointer.length() - 1)) ? lastNamed : null;
    }

    /** Words right before a place that make it a partner, not the subject (在与喀喇沁旗开展的结对交流中). */
    private static final String PARTNER_WORDS = "与同跟和向对帮給给";

    /** The awardee a clause is about: one named (fully or by short name) in its first few chars, not as a partner. */
    private String subjectOf(String clause, Map<String, Claim> awardees) {
        for (PlaceRef m : context.places().mentions(clause, context.province())) {
            if (m.chainStart() > 4) {
                break;
            }
            if (m.chainStart() > 0 && PARTNER_WORDS.indexOf(clause.charAt(m.chainStart() - 1)) >= 0) {
                continue;
            }
            for (Claim c : awardees.values()) {
                if (c.place().regionCode() != null && c.place().regionCode().equals(m.regionCode())
                        || c.place().name().equals(m.name())) {
                    return c.place().name();
                }
            }
        }
        return null;
    }

    /** The honour counts of one paragraph, whose quantities are given, and the places they are said of. */
    private List<Claim> claims(String text, int paragraph, List<Quantity> quantities) {
        String simplified = TraditionalToSimplified.toSimplified(text);
        List<PlaceRef> places = context.places().mentions(text, context.province());
        List<Claim> out = new ArrayList<>();
        List<int[]> used = new ArrayList<>();
        respectively(simplified, places, paragraph, out, used);
        int u = 0;
        for (HonorCount c : HonorCounts.find(simplified, quantities)) {
            while (u < used.size() && used.get(u)[1] <= c.start()) {
                u++;
            }
            boolean inRespectively = u < used.size() && used.get(u)[0] <= c.start();
            if (c.edition() || c.count() == null || inRespectively) {
                continue;
            }
            int sentence = Sentences.sentenceStart(simplified, c.start());
            int last = PlaceRef.lastEndingBy(places, c.start());
            PlaceRef subject = last < 0 ? null : countSubject(simplified, places, last, c.start());
            if (subject != null && subject.chainStart() >= sentence) {
                out.add(new Claim(subject, c.count(), c.kind() == null ? TimesKind.TOTAL : c.kind(), paragraph,
                        c.start(), c.end()));
            }
        }
        return out;
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
        int clause = Sentences.clauseStart(text, at);
        int head = clause;
        while (head < at && Paragraphs.isBlank(text.charAt(head))) {
            head++;
        }
        if (nearest.chainStart() < clause || nearest.chainStart() - head <= CLAUSE_HEAD) {
            return nearest;
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

    /** 张家港市、常熟市分别是第六次和第四次: as many places before 分别 as counts after it, paired in order. */
    private static void respectively(String text, List<PlaceRef> places, int paragraph, List<Claim> out,
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
            List<int[]> counts = new ArrayList<>(); // {start, end, count, 1 when consecutive}, offsets from at
            for (Quantity q : SCANNER.scan(text.substring(at, end))) {
                if ("次".equals(q.unit()) && (q.kind() == QuantityKind.ORDINAL || q.kind() == QuantityKind.HONOR_COUNT)
                        || "连冠".equals(q.unit())) {
                    counts.add(new int[] {q.start(), q.end(), q.value().intValueExact(), "连冠".equals(q.unit()) ? 1 : 0});
                }
            }
            for (int f = text.indexOf("首次", at); f >= 0 && f < end; f = text.indexOf("首次", f + 2)) {
                counts.add(new int[] {f - at, f - at + 2, 1, 0});
            }
            counts.sort((x, y) -> Integer.compare(x[0], y[0]));
            if (subjects.size() < 2 || subjects.size() != counts.size()) {
                continue;
            }
            boolean consecutive = text.substring(at, at + counts.get(0)[0]).contains("连续");
            for (int i = 0; i < subjects.size(); i++) {
                int[] q = counts.get(i);
                TimesKind kind = consecutive || q[3] == 1 ? TimesKind.CONSECUTIVE : TimesKind.TOTAL;
                out.add(new Claim(subjects.get(i), q[2], kind, paragraph, subjects.get(i).chainStart(), at + q[1]));
            }
            used.add(new int[] {at, end});
        }
    }

    /** How far before a 分别 clause a list of places may end (泰兴市、东台市、灌云县榜上有名，分别…). */
    private static final int LIST_REACH = 12;

    /**
     * The list of places (joined by 、和及与) that ends shortly before the clause starting at {@code clause}, in
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
            if (q.chainStart() < sentence || between.length() > 1 || between.length() == 1 && "、和及与".indexOf(between.charAt(0)) < 0) {
                break;
            }
            out.add(0, q);
        }
        return out;
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

    private static Awardee withCount(Awardee a, Claim c) {
        Integer times = a.timesHonored() != null ? a.timesHonored() : c.count();
        TimesKind kind = a.timesHonored() != null ? a.timesKind() : c.kind();
        return new Awardee(a.name(), a.province(), a.kind(), a.regionCode(), a.honorTitle(), times, kind,
                a.provincialTimesHonored(), a.summary(), a.initiatives(), a.metrics(), a.span(), a.issues());
    }
}
