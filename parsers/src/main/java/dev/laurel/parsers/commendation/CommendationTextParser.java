package dev.laurel.parsers.commendation;

import dev.laurel.model.Announcement;
import dev.laurel.model.Awardee;
import dev.laurel.model.Diagnostic;
import dev.laurel.model.DiagnosticKind;
import dev.laurel.model.Event;
import dev.laurel.model.RosterEntry;
import dev.laurel.model.SourceSpan;
import dev.laurel.parsers.commendation.layout.Layout;
import dev.laurel.parsers.commendation.layout.ListRows;
import dev.laurel.parsers.commendation.layout.ListedAwardees;
import dev.laurel.parsers.commendation.layout.RosterReader;
import dev.laurel.parsers.commendation.layout.Section;
import dev.laurel.parsers.commendation.mentions.HonourFamilies;
import dev.laurel.parsers.commendation.mentions.HonourStatements;
import dev.laurel.parsers.commendation.mentions.PlaceRef;
import dev.laurel.parsers.commendation.mentions.Places;
import dev.laurel.parsers.commendation.repeats.SeenParagraphs;
import dev.laurel.parsers.commendation.subjects.AwardeeParts;
import dev.laurel.parsers.commendation.subjects.FailedPlaces;
import dev.laurel.parsers.commendation.subjects.SectionReader;
import dev.laurel.parsers.commendation.subjects.StoryReader;
import dev.laurel.parsers.commendation.text.Excerpt;
import dev.laurel.parsers.commendation.text.Furniture;
import dev.laurel.parsers.commendation.text.HtmlSniff;
import dev.laurel.parsers.commendation.text.Paragraph;
import dev.laurel.parsers.commendation.text.Paragraphs;
import dev.laurel.parsers.commendation.text.Sentences;
import dev.laurel.parsers.commendation.text.Sidebars;
import dev.laurel.spi.DocumentParser;
import dev.laurel.spi.ParseOptions;
import dev.laurel.spi.Source;
import dev.laurel.spi.SourceIssues;
import dev.laurel.text.Invisibles;
import dev.laurel.text.ReadingView;
import dev.laurel.text.TraditionalToSimplified;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Plain-text commendation announcements: a headline, a roster of honoured places, and a deeds section
 * per awardee. Stateless and thread-safe.
 */
public final class CommendationTextParser implements DocumentParser {

    /** The parser's name, for {@code --parser}. */
    public static final String NAME = "commendation-text";

    /** Place lookups shared by all documents; each document reads through its own {@link Places#forDocument()}. */
    private final Places sharedPlaces = new Places();

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String description() {
        return "plain-text commendation announcements (honour rolls with a deeds section per awardee)";
    }

    @Override
    public int confidence(Source source) {
        if (source.isBinary()) {
            return 0; // a PDF or an Office file: its format's parser extracts the text first
        }
        String text = source.text();
        if (text.isBlank()) {
            return 1;
        }
        int end = Math.min(text.length(), 2048);
        int start = HtmlSniff.firstVisible(text);
        if (HtmlSniff.startsWith(text, start, "<!doctype html", end) || HtmlSniff.startsWith(text, start, "<html", end)
                || HtmlSniff.contains(text, "<body", end)) {
            return 5; // a page: the HTML parser's
        }
        String sample = TraditionalToSimplified.toSimplified(text.substring(0, Math.min(text.length(), 20_000)));
        return DocumentHeader.statesScopedHonor(sample) ? 60 : 20;
    }

    @Override
    public Announcement parse(Source source, ParseOptions options) {
        Objects.requireNonNull(source, "source must not be null");
        Objects.requireNonNull(options, "options must not be null");
        ReadingView view = ReadingView.of(source.text(), dev.laurel.region.NameBreaks::find); // 赤 / 水市: a list copied from a PDF
        return SourceSpans.of(read(view, source, options), view, source.text());
    }

    /**
     * Reads the view of {@code source}; spans index the view's text. The blocks around the article (相关新闻, 相关阅读) are
     * left out, unless the article names no awardee and a lead of theirs states a naming: then their item is the page's
     * news (a weather page's 【相关新闻】 光山县获评河南省森林城市 and its lead), read alone.
     */
    private Announcement read(ReadingView view, Source source, ParseOptions options) {
        List<Paragraph> all = Paragraphs.split(view.text());
        List<Paragraph> article = Sidebars.without(all); // 相关阅读 and its headlines are other pages'
        Announcement read = read(view, source, options, article, false);
        if (!read.awardees().isEmpty() || !read.roster().isEmpty() || article.size() == all.size()) {
            return read;
        }
        List<Paragraph> related = Sidebars.removed(all, article);
        if (related.stream().noneMatch(p -> Sentences.endsSentence(p.text())
                && HonourStatements.mayState(TraditionalToSimplified.toSimplified(p.text())))) {
            return read; // 相关新闻 / · 邹平市：盐碱滩上种出“生态林”: other pages' headlines alone report no naming
        }
        Announcement item = read(view, source, options, related, true);
        return item.awardees().isEmpty() ? read : item;
    }

    /**
     * Reads {@code paragraphs} of the view of {@code source} as the page; {@code related}: they are the blocks around an
     * article that names no awardee, which a diagnostic says.
     */
    private Announcement read(ReadingView view, Source source, ParseOptions options, List<Paragraph> paragraphs,
                              boolean related) {
        String text = view.text();
        DiagnosticLog log = new DiagnosticLog(options.maxDiagnostics());
        DiagnosticLog.Bucket documentIssues = log.bucket();
        for (Diagnostic d : SourceIssues.of(source)) {
            documentIssues.add(d.span() == null ? d : new Diagnostic(d.kind(), d.severity(), d.awardee(), d.message(),
                    new SourceSpan(view.viewIndex(d.span().start()), view.viewIndex(d.span().end()))));
        }
        if (view.joinedBreaks() > 0) {
            documentIssues.add(DiagnosticKind.SPLIT_PARAGRAPH_JOINED, null, view.joinedBreaks() + " line breaks cutting a"
                    + " place's name in two (a list copied from a PDF: 赤 / 水市) were read past, with any page number and"
                    + " running header between the halves", null);
        }
        if (view.wrapBreaks() > 0) {
            documentIssues.add(DiagnosticKind.SPLIT_PARAGRAPH_JOINED, null, "the text is wrapped at a fixed width (a PDF "
                    + "copied as text): " + view.wrapBreaks() + " line breaks inside its sentences and names were read past",
                    null);
        }
        if (related) {
            documentIssues.add(DiagnosticKind.INFERRED_AWARDEE, null, "the article names no awardee; the related item around it"
                    + " was read as the page's news: " + Excerpt.of(paragraphs.get(0).text()), paragraphs.get(0).span());
        }
        if (paragraphs.isEmpty()) {
            documentIssues.add(DiagnosticKind.EMPTY_DOCUMENT, null, "the document holds no text", null);
            return Announcement.of(source.info(), null, null, options.province(), null, List.of(), List.of(),
                    log.finish(documentIssues));
        }
        Places places = sharedPlaces.forDocument();
        places.learnListedNames(text); // 德清、长兴、安吉三县: 长兴, a common word, is a place on this page
        String provinceHint = options.province() != null ? options.province() : provinceNamedEarly(paragraphs, places);
        Layout layout = Layout.of(text, paragraphs, places, provinceHint);
        List<String> headerTexts = new ArrayList<>();
        if (layout.title != null) {
            headerTexts.add(layout.title.text());
        }
        layout.documentParagraphs.forEach(p -> headerTexts.add(p.text()));
        String honor = DocumentHeader.honor(headerTexts);
        if (layout.title != null && honor != null && !layout.title.text().contains(honor)) { // else the headline's own
            String headline = DocumentHeader.honor(List.of(layout.title.text()));
            if (headline != null && (!HonourFamilies.sameHonour(headline, honor) || nationalOnlyInBody(honor, layout.title.text()))) {
                honor = headline; // 桐庐县被命名为“平安中国建设示范县” over the body's 此前…浙江省平安县: the headline says which
            }
        }
        if (layout.title != null && !DocumentHeader.statesWonHonor(layout.title.text())) {
            List<String> headlinePlaces = places.mentions(layout.title.text(), provinceHint).stream()
                    .map(m -> TraditionalToSimplified.toSimplified(m.name())).toList();
            String own = DocumentHeader.ownHonor(headerTexts, headlinePlaces); // 我县连续第三届荣膺“贵州省文明县城”称号 under a campaign's headline
            honor = own != null && (honor == null || !HonourFamilies.sameHonour(own, honor)) ? own : honor;
        }
        if (honor == null) {
            List<String> leads = new ArrayList<>();
            layout.sections.forEach(s -> s.body().stream().findFirst().ifPresent(b -> leads.add(b.text())));
            honor = DocumentHeader.scopedHonor(leads);
        }
        if (honor == null && !layout.sections.isEmpty()) {
            // 喜 / 报 / 热烈祝贺 / 衢州市 / 再次荣获 / …: a poster's broken headline names no honour whole; the sentences under
            // it that name one with a naming verb do (衢州市被再次命名为“全国双拥模范城”), not 是全国首批…示范县之一, a title held
            List<String> bodies = new ArrayList<>();
            layout.sections.forEach(s -> s.body().forEach(b -> bodies.add(b.text())));
            honor = DocumentHeader.namedHonor(bodies);
        }
        String province = provinceHint != null ? provinceHint : provinceOfHeadings(layout);
        Event event = DocumentHeader.event(headerTexts);
        DocumentContext context = new DocumentContext(honor, province, places, publisher(options, layout), layout.sourceName);

        Set<String> failed = FailedPlaces.of(paragraphs, places, provinceHint);
        Set<String> otherRows = new HashSet<>(); // rows of other honours in a table of several (荣誉名称)
        RosterReader.Roster roster = withoutOtherHonours(withoutFailed(RosterReader.read(layout, context), failed, documentIssues),
                honor, otherRows, documentIssues);
        if (roster.parts() > 1 || (layout.interleaved && !roster.entries().isEmpty())) {
            documentIssues.add(DiagnosticKind.SPLIT_ROSTER, null, "the roster is split over " + roster.parts()
                    + " places, or document paragraphs stand between the sections; they were read as one", null);
        }

        SectionReader reader = new SectionReader(text, context);
        Set<String> sectionNames = new HashSet<>();
        List<Awardee> awardees = new ArrayList<>();
        Set<String> rosterNames = new HashSet<>();
        roster.entries().forEach(e -> rosterNames.add(e.name()));
        SeenParagraphs seen = new SeenParagraphs(); // the sections' paragraphs so far, to drop one pasted later
        List<Paragraph> unread = new ArrayList<>(); // the paragraphs of sections that are no awardee's, read as the page's
        for (Section section : AwardeeParts.split(layout.sections, awardeePlaces(roster, layout, failed), places,
                province)) {
            DiagnosticLog.Bucket issues = log.bucket();
            String name = asListed(rosterNames, section.place().official().name());
            if (failed.contains(name) && !rosterNames.contains(name)) {
                documentIssues.add(DiagnosticKind.NOT_HONOURED, name, name + " has a section, but the page says it was not"
                        + " honoured this round (未能通过, 落选, 暂缓命名) or that its title was taken away or put on notice (撤销, 黄牌警告);"
                        + " it is no awardee", section.heading().span());
                unread.addAll(section.body()); // 四、撤销荣誉称号的 / 潜江市 / 荆门市、京山市、随县均为首次获评: the page's text
                continue; // 万安县未能通过本轮考评 … 万安县：整改后再出发
            }
            if (otherRows.contains(name) && !rosterNames.contains(name)) {
                continue; // 国家森林城市 | 六安市 | 复查通过 in a round-up table on 国家卫生县城: reported with its row
            }
            if (!rosterNames.isEmpty() && !rosterNames.contains(name)) {
                issues.add(DiagnosticKind.UNLISTED_SECTION, name, name + " has a section but is not in the roster",
                        section.heading().span());
            }
            reportRegion(section.place(), issues, section.heading().span());
            boolean again = !sectionNames.add(name);
            Awardee a = named(reader.read(withoutEarlierSections(section, seen, name, issues), issues), name);
            if (again && a.metrics().isEmpty() && a.initiatives().isEmpty() && a.timesHonored() == null) {
                documentIssues.add(DiagnosticKind.DUPLICATE_PARAGRAPH, name, "a second section for " + name
                        + " repeats the first (a page pasted twice) and adds nothing; it was read once", section.heading().span());
                continue;
            }
            if (!rosterNames.contains(name) && a.metrics().isEmpty() && a.timesHonored() == null
                    && headsTable(paragraphs, section.heading())) {
                continue; // 宜宾市 / 序号 / 县（市） / … / 长宁县: the line heading its part of the list, no awardee
            }
            int earlier = again ? indexOfName(awardees, name) : -1;
            if (earlier >= 0) {
                awardees.set(earlier, joined(awardees.get(earlier), a)); // 长汀县 | 第四次 | 1860万元 in a table, then 长汀县：…
                continue;
            }
            awardees.add(a);
        }
        // 序号 城市 森林覆盖率（%）… one row per place, then a paragraph per place: the rows give the table's figures, the
        // story around them the rest; and the document's own paragraphs may state the sections' counts
        boolean rowsOnly = !layout.sections.isEmpty() && layout.sections.stream().allMatch(Section::cell);
        boolean introCounts = !layout.sections.isEmpty()
                && (awardees.stream().anyMatch(a -> a.timesHonored() == null) || rosterNames.isEmpty())
                && mayCount(layout.documentParagraphs);
        List<Awardee> intro = List.of(); // the story reading of the document's own paragraphs, read once for both
        if (rowsOnly || introCounts) {
            DiagnosticLog unused = new DiagnosticLog(options.maxDiagnostics());
            intro = new StoryReader(text, context, reader).read(layout.title, layout.documentParagraphs, rosterNames, unused,
                    unused.bucket());
        }
        if (rowsOnly) {
            awardees = withStoryFigures(awardees, intro);
        }
        if (introCounts) {
            awardees = countsFromIntro(awardees, intro);
            if (rosterNames.isEmpty()) {
                for (Awardee a : intro) {
                    if (a.timesHonored() != null && sectionNames.add(a.name())) {
                        awardees.add(a); // 长沙市…蝉联…，实现“三连冠”；宁乡市首次入选 above a section for 宁乡 alone
                    }
                }
            }
        }
        if (layout.sections.isEmpty()) {
            // a page of one line (a ticker's or a push card's) is its own headline and its whole story
            List<Paragraph> story = layout.documentParagraphs.isEmpty() && layout.title != null ? List.of(layout.title)
                    : layout.documentParagraphs;
            for (Awardee a : new StoryReader(text, context, reader).read(layout.title, story, rosterNames, log,
                    documentIssues)) {
                if (!rosterNames.isEmpty() && a.metrics().isEmpty() && a.timesHonored() == null
                        && !apartFromRoster(a, roster.entries())) {
                    continue; // a list's naming sentence (…等8个市县被命名为…): the roster already holds its places
                }
                if (failed.contains(a.name()) && !rosterNames.contains(a.name())) {
                    continue; // 西昌市因连续两次复审不合格，撤销其…称号: not honoured this round
                }
                sectionNames.add(a.name());
                awardees.add(a);
            }
        }
        if ((!awardees.isEmpty() || !roster.entries().isEmpty()) && CampaignPages.headline(layout.title)
                && !CampaignPages.statesAward(paragraphs, places, CampaignPages.honour(layout.title, honor), province)) {
            documentIssues.add(DiagnosticKind.NOT_AN_ANNOUNCEMENT, null, "the page is about working for or checking on the"
                    + " honour (" + Excerpt.of(layout.title.text()) + ") and no sentence says a place received it; the places"
                    + " it names are no awardees", layout.title.span());
            awardees = new ArrayList<>(); // 国家卫生城市暗访情况的通报: （一）周口市：… names a place to rectify, not an awardee
            roster = new RosterReader.Roster(List.of(), List.of(), 0);
        }
        if ((!awardees.isEmpty() || !roster.entries().isEmpty()) && HonourFamilies.isLesser(honor)
                && !CampaignPages.headsWithPlaceHonour(paragraphs)) {
            documentIssues.add(DiagnosticKind.NOT_AN_ANNOUNCEMENT, null, "the page's honour (" + honor + ") is given to"
                    + " units, people or families, not to cities or counties; the places it names are where they are, no"
                    + " awardees", null);
            awardees = new ArrayList<>(); // 我市8家单位荣获第六届全国文明单位称号: 广元市中心医院…, not 广元市
            roster = new RosterReader.Roster(List.of(), List.of(), 0);
        }
        boolean deeds = !awardees.isEmpty();
        ListedAwardees.addCounts(roster, awardees, sectionNames, context, log,
                withParagraphs(layout.documentParagraphs, unread));
        List<RosterEntry> entries = new ArrayList<>();
        for (int i = 0; i < roster.entries().size(); i++) {
            RosterEntry e = roster.entries().get(i);
            boolean has = sectionNames.contains(e.name());
            if (!has && deeds) {
                documentIssues.add(DiagnosticKind.MISSING_SECTION, e.name(),
                        e.name() + " is in the roster but has no deeds section", e.span());
            }
            entries.add(e.withHasSection(has));
            if (!has) {
                reportRegion(roster.places().get(i).place(), documentIssues, e.span());
            }
        }
        if (entries.isEmpty() && !awardees.isEmpty()) {
            documentIssues.add(DiagnosticKind.NO_ROSTER, null, "no roster of honoured places was found", null);
        }
        if (entries.isEmpty() && awardees.isEmpty() && honor == null) {
            documentIssues.add(DiagnosticKind.NOT_AN_ANNOUNCEMENT, null,
                    "the text states no honour received by a place; it does not read as an honour announcement", null);
        }
        if (entries.isEmpty() && awardees.isEmpty() && !documentIssues.has(DiagnosticKind.NO_AWARDEES)) {
            documentIssues.add(DiagnosticKind.NO_AWARDEES, null,
                    "neither a roster nor an awardee section was found", null);
        }
        if (province == null) {
            province = commonProvince(entries, awardees);
        }
        List<Diagnostic> issues = log.finish(documentIssues);
        return Announcement.of(source.info(), layout.title == null ? null : Invisibles.visible(layout.title.text()),
                Invisibles.visible(honor), province,
                event, entries, awardees, issues);
    }

    /**
     * The roster without the places the page says were not honoured this round, or whose title was taken away, put on
     * notice or put off (a table of every assessed city whose last row, 南阳市, 暂缓命名), each dropped with a diagnostic.
     */
    private static RosterReader.Roster withoutFailed(RosterReader.Roster roster, Set<String> failed, DiagnosticLog.Bucket issues) {
        if (failed.isEmpty()) {
            return roster;
        }
        List<RosterEntry> entries = new ArrayList<>();
        List<ListRows.Item> refs = new ArrayList<>();
        for (int i = 0; i < roster.entries().size(); i++) {
            RosterEntry e = roster.entries().get(i);
            if (failed.contains(roster.places().get(i).place().official().name())) {
                issues.add(DiagnosticKind.NOT_HONOURED, e.name(), e.name() + " is listed, but the page says it was not"
                        + " honoured this round (未能通过, 落选, 暂缓命名) or that its title was taken away or put on notice (撤销,"
                        + " 黄牌警告); it is no awardee", e.span());
                continue;
            }
            entries.add(e);
            refs.add(roster.places().get(i));
        }
        return entries.size() == roster.entries().size() ? roster
                : new RosterReader.Roster(List.copyOf(entries), List.copyOf(refs), roster.parts());
    }

    /**
     * The roster without the rows of a table of several honours whose honour cell names only others than the document's
     * (全国双拥模范城 | 六安市 | 连续第三次 in a prefecture's round-up on 国家卫生县城), each dropped with a diagnostic and its
     * place's official name added to {@code dropped}.
     */
    private static RosterReader.Roster withoutOtherHonours(RosterReader.Roster roster, String honor, Set<String> dropped,
                                                           DiagnosticLog.Bucket issues) {
        if (honor == null || roster.places().stream().allMatch(i -> i.honour() == null)) {
            return roster;
        }
        List<RosterEntry> entries = new ArrayList<>();
        List<ListRows.Item> refs = new ArrayList<>();
        for (int i = 0; i < roster.entries().size(); i++) {
            RosterEntry e = roster.entries().get(i);
            ListRows.Item item = roster.places().get(i);
            if (item.honour() != null && HonourFamilies.namesOnlyOtherHonours(item.honour(), honor)) {
                issues.add(DiagnosticKind.NOT_HONOURED, e.name(), e.name() + " is listed in a row of another honour ("
                        + item.honour() + "); it is no awardee of " + honor, e.span());
                dropped.add(item.place().official().name());
                continue;
            }
            entries.add(e);
            refs.add(item);
        }
        return entries.size() == roster.entries().size() ? roster
                : new RosterReader.Roster(List.copyOf(entries), List.copyOf(refs), roster.parts());
    }

    /**
     * True when an awardee a story names, with no count and no figure, stands apart from a roster of other places: known,
     * and in none of the roster's provinces, so neither listed nor holding a listed place (山东东营市通过复查，确认保留…
     * beside a closing list of 安徽省's places). One that is listed, or a prefecture above listed counties, is the list's.
     */
    private static boolean apartFromRoster(Awardee a, List<RosterEntry> roster) {
        if (a.regionCode() == null || a.province() == null) {
            return false;
        }
        for (RosterEntry e : roster) {
            if (e.name().equals(a.name()) || a.province().equals(e.province())) {
                return false;
            }
        }
        return true;
    }

    /**
     * True when the line after {@code heading} opens a table of places
     * ({@link dev.laurel.parsers.commendation.layout.Tables#opensTable}).
     */
    private static boolean headsTable(List<Paragraph> paragraphs, Paragraph heading) {
        int lo = 0;
        int hi = paragraphs.size() - 1;
        while (lo <= hi) { // the lines are in order: found in log n, for pages of many such sections
            int mid = (lo + hi) >>> 1;
            int index = paragraphs.get(mid).index();
            if (index == heading.index() + 1) {
                return dev.laurel.parsers.commendation.layout.Tables.opensTable(paragraphs.get(mid));
            }
            if (index <= heading.index()) {
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        return false;
    }

    /**
     * True when the body's honour is a national one (国家园林城市, from 其中国家园林城市9个) and the headline names a
     * province's scope and no national one (关于命名2024年度自治区园林城市（县城）的通知): the headline's is the document's.
     */
    private static boolean nationalOnlyInBody(String honor, String headline) {
        String h = dev.laurel.text.TraditionalToSimplified.toSimplified(headline);
        String b = dev.laurel.text.TraditionalToSimplified.toSimplified(honor);
        return (b.startsWith("国家") || b.startsWith("全国")) && !h.contains("国家") && !h.contains("全国")
                && (h.contains("省") || h.contains("自治区"));
    }

    /** Whether a paragraph holds a char an honour count is written with (次, 届, 冠, 联, the 度 of 首度; traditional forms too). */
    private static boolean mayCount(List<Paragraph> paragraphs) {
        for (Paragraph p : paragraphs) {
            String t = p.text();
            for (int i = 0; i < t.length(); i++) {
                if ("次届冠联度屆聯".indexOf(t.charAt(i)) >= 0) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Paragraphs shorter than this are not checked for being pasted from another section (一、…, 简介). */
    private static final int MIN_PASTED = 20;

    /**
     * {@code section} without the paragraphs that repeat, verbatim, a paragraph of an earlier section (a page that
     * pasted 琼海市's last paragraph under **万宁市**): their figures are the earlier section's, counted once there.
     * Each one dropped is reported; {@code seen} gathers the section's own paragraphs.
     */
    private static Section withoutEarlierSections(Section section, SeenParagraphs seen, String name,
                                                  DiagnosticLog.Bucket issues) {
        List<Paragraph> kept = null;
        for (int i = 0; i < section.body().size(); i++) {
            Paragraph p = section.body().get(i);
            String t = p.text();
            if (t.length() >= MIN_PASTED && seen.contains(t)) {
                if (kept == null) {
                    kept = new ArrayList<>(section.body().subList(0, i));
                }
                issues.add(DiagnosticKind.DUPLICATE_PARAGRAPH, name, "a paragraph of an earlier section repeated here was "
                        + "counted once, there: " + Excerpt.of(t), p.span());
                continue;
            }
            if (kept != null) {
                kept.add(p);
            }
        }
        for (Paragraph p : section.body()) {
            if (p.text().length() >= MIN_PASTED) {
                seen.add(p.text());
            }
        }
        return kept == null ? section : new Section(section.heading(), section.place(), kept, section.story(),
                section.headingTimes(), section.headingKind(), section.cell(), section.headed());
    }

    /**
     * {@code rows}, the awardees of a table's rows, each with the figures {@code story} gives the same place outside the
     * table added, in text order; a figure the table already gives (the same span, or a row's value and unit said again:
     * 平顶山市以94.6分位列第一) is not added twice.
     */
    private static List<Awardee> withStoryFigures(List<Awardee> rows, List<Awardee> story) {
        java.util.Map<String, Awardee> byName = new java.util.HashMap<>();
        story.forEach(a -> byName.putIfAbsent(a.name(), a));
        List<Awardee> out = new ArrayList<>(rows.size());
        for (Awardee a : rows) {
            Awardee s = byName.get(a.name());
            if (s == null || s.metrics().isEmpty()) {
                out.add(a);
                continue;
            }
            List<dev.laurel.model.Metric> metrics = new ArrayList<>(a.metrics());
            for (dev.laurel.model.Metric m : s.metrics()) {
                if (a.metrics().stream().noneMatch(t -> t.span().start() < m.span().end() && m.span().start() < t.span().end()
                        || t.value().compareTo(m.value()) == 0 && java.util.Objects.equals(t.unit(), m.unit()))) {
                    metrics.add(m);
                }
            }
            metrics.sort(java.util.Comparator.comparingInt(m -> m.span().start()));
            out.add(new Awardee(a.name(), a.province(), a.kind(), a.regionCode(), a.honorTitle(), a.timesHonored(),
                    a.timesKind(), a.provincialTimesHonored(), a.summary(), a.initiatives(), metrics, a.span(), a.issues(),
                    a.writtenName()));
        }
        return out;
    }

    /** The index of the awardee named {@code name} in {@code awardees}, or -1. */
    private static int indexOfName(List<Awardee> awardees, String name) {
        for (int i = 0; i < awardees.size(); i++) {
            if (awardees.get(i).name().equals(name)) {
                return i;
            }
        }
        return -1;
    }

    /**
     * One awardee from two sections of one place (a table's row and a section under its heading): the first's record,
     * with the count, summary and written name the first lacks taken from the second, and both sections' initiatives,
     * figures and issues, in order.
     */
    private static Awardee joined(Awardee first, Awardee second) {
        boolean counted = first.timesHonored() != null;
        List<dev.laurel.model.Initiative> initiatives = new ArrayList<>(first.initiatives());
        initiatives.addAll(second.initiatives());
        List<dev.laurel.model.Metric> metrics = new ArrayList<>(first.metrics());
        metrics.addAll(second.metrics());
        List<dev.laurel.model.Diagnostic> issues = new ArrayList<>(first.issues());
        issues.addAll(second.issues());
        return new Awardee(first.name(), first.province(), first.kind(), first.regionCode(), first.honorTitle(),
                counted ? first.timesHonored() : second.timesHonored(), counted ? first.timesKind() : second.timesKind(),
                first.provincialTimesHonored() != null ? first.provincialTimesHonored() : second.provincialTimesHonored(),
                first.summary() != null ? first.summary() : second.summary(), initiatives, metrics, first.span(), issues,
                first.writtenName() != null ? first.writtenName() : second.writtenName());
    }

    /**
     * The places of the roster and of the sections, each once, less those the page says were not honoured: the page's
     * awardees as far as its layout tells.
     */
    private static List<PlaceRef> awardeePlaces(RosterReader.Roster roster, Layout layout, Set<String> failed) {
        List<PlaceRef> out = new ArrayList<>();
        Set<String> codes = new HashSet<>();
        roster.places().forEach(i -> addPlace(i.place(), out, codes));
        layout.sections.stream().filter(s -> !failed.contains(s.place().official().name()))
                .forEach(s -> addPlace(s.place(), out, codes));
        return out;
    }

    private static void addPlace(PlaceRef place, List<PlaceRef> out, Set<String> codes) {
        if (place != null && place.region() != null && codes.add(place.region().code())) {
            out.add(place);
        }
    }

    /**
     * Section awardees with the counts the document's own paragraphs state of them (其中，三亚市连续七次获此殊荣，
     * 琼海市第五次获评…) where their sections state none; the story reading of those paragraphs gives the counts,
     * and nothing else of it is kept.
     */
    private static List<Awardee> countsFromIntro(List<Awardee> sections, List<Awardee> intro) {
        java.util.Map<String, Awardee> said = new java.util.HashMap<>();
        intro.stream().filter(a -> a.timesHonored() != null).forEach(a -> said.putIfAbsent(a.name(), a));
        List<Awardee> out = new ArrayList<>(sections.size());
        for (Awardee a : sections) {
            Awardee c = a.timesHonored() == null ? said.get(a.name()) : null;
            out.add(c == null ? a : new Awardee(a.name(), a.province(), a.kind(), a.regionCode(), a.honorTitle(),
                    c.timesHonored(), c.timesKind(), a.provincialTimesHonored(), a.summary(), a.initiatives(),
                    a.metrics(), a.span(), a.issues(), a.writtenName()));
        }
        return out;
    }

    /** The province named in the headline or the first paragraphs (浙江 in 热烈祝贺浙江20个市…), page furniture aside, or null. */
    private static String provinceNamedEarly(List<Paragraph> paragraphs, Places places) {
        for (int i = 0, read = 0; i < paragraphs.size() && read < 3; i++) {
            String line = paragraphs.get(i).text();
            if (line.length() <= Furniture.MAX_INNER_LINE && Furniture.is(TraditionalToSimplified.toSimplified(line))) {
                continue; // 澳門新聞網 > 大灣區 > 廣東: the site's sections, not the page's province
            }
            read++;
            String found = places.province(line);
            if (found != null) {
                return found;
            }
        }
        return null;
    }

    /**
     * Who published the page: the caller's {@link ParseOptions#publisher()}, else the furniture above the headline, which
     * may name a paper (牡丹江日报 2026年11月24日 第A1版: the 我市 of the story); null when neither is there.
     */
    private static String publisher(ParseOptions options, Layout layout) {
        if (options.publisher() != null || layout.masthead.isEmpty()) {
            return options.publisher();
        }
        return String.join("\n", layout.masthead.stream().map(Paragraph::text).toList());
    }

    /**
     * The roster's name for the place named {@code name} when the roster writes it in the other script (蘭坪白族普米族自治縣
     * listed, 兰坪白族普米族自治县 the official name of a column's 蘭坪縣), else {@code name}.
     */
    private static String asListed(Set<String> rosterNames, String name) {
        if (rosterNames.isEmpty() || rosterNames.contains(name)) {
            return name;
        }
        String key = TraditionalToSimplified.toSimplified(name);
        for (String listed : rosterNames) {
            if (TraditionalToSimplified.toSimplified(listed).equals(key)) {
                return listed;
            }
        }
        return name;
    }

    /** {@code a} under the name {@code name} (the roster's, in its script). */
    private static Awardee named(Awardee a, String name) {
        return a.name().equals(name) ? a : new Awardee(name, a.province(), a.kind(), a.regionCode(), a.honorTitle(),
                a.timesHonored(), a.timesKind(), a.provincialTimesHonored(), a.summary(), a.initiatives(), a.metrics(),
                a.span(), a.issues(), a.writtenName());
    }

    /** {@code paragraphs} and {@code more}, in text order; {@code paragraphs} itself when there are no more. */
    private static List<Paragraph> withParagraphs(List<Paragraph> paragraphs, List<Paragraph> more) {
        if (more.isEmpty()) {
            return paragraphs;
        }
        List<Paragraph> all = new ArrayList<>(paragraphs);
        all.addAll(more);
        all.sort(java.util.Comparator.comparingInt(Paragraph::start));
        return all;
    }

    /** The province of the first resolved section heading, or null. */
    private static String provinceOfHeadings(Layout layout) {
        for (Section s : layout.sections) {
            if (s.place().known() && s.place().province() != null) {
                return s.place().province();
            }
        }
        return null;
    }

    /** The province every resolved roster name and awardee lies in, or null when they differ or none is known. */
    private static String commonProvince(List<RosterEntry> roster, List<Awardee> awardees) {
        Set<String> provinces = new HashSet<>();
        roster.stream().filter(e -> e.regionCode() != null).forEach(e -> provinces.add(e.province()));
        awardees.stream().filter(a -> a.regionCode() != null).forEach(a -> provinces.add(a.province()));
        return provinces.size() == 1 ? provinces.iterator().next() : null;
    }

    /**
     * Reports a place the gazetteer does not know, or cannot decide.
     *
     * @param place  the place as resolved against the gazetteer
     * @param issues where the diagnostic goes
     * @param span   where the place is written
     */
    public static void reportRegion(PlaceRef place, DiagnosticLog.Bucket issues, dev.laurel.model.SourceSpan span) {
        if (!place.known()) {
            issues.add(DiagnosticKind.UNKNOWN_REGION, place.name(), place.name()
                    + " is not in the gazetteer; it is kept as written, without a region code", span);
        } else if (place.ambiguous()) {
            issues.add(DiagnosticKind.AMBIGUOUS_REGION, place.name(), place.name() + " names "
                    + place.candidates() + " places and the document does not say which; no region code is given", span);
        }
    }
}
