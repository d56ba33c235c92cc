package dev.laurel.parsers.commendation.layout;

import dev.laurel.parsers.commendation.mentions.PlaceRef;
import dev.laurel.parsers.commendation.mentions.Places;
import dev.laurel.parsers.commendation.text.Furniture;
import dev.laurel.parsers.commendation.text.Lexicon;
import dev.laurel.parsers.commendation.text.PageYears;
import dev.laurel.parsers.commendation.text.Paragraph;
import dev.laurel.parsers.commendation.text.Paragraphs;
import dev.laurel.parsers.commendation.text.Sentences;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The document's shape: its headline, its deeds sections, the paragraphs that speak for the whole
 * document (preamble, roster, closing words, wherever they sit), and roster lines written one name
 * per line. A line that is only a place name is a section heading, unless it belongs to a list: a
 * neighbour is also only a name, or the line before stops in the middle of a list (忻府区、原平市、).
 */
public final class Layout {
    /** Numbering before a heading or roster line: 一、 （一） (1) 1. 1、 第一、 ●, from {@code list-markers.txt}. */
    static final Pattern NUMBERING = Pattern.compile("^(?:" + String.join("|", Lexicon.lines("list-markers.txt"))
            + ")\\s*");
    /** The chars a {@link #NUMBERING} can start with: lines starting otherwise are not matched at all. */
    private static final java.util.BitSet NUMBERING_STARTS = Lexicon.firstChars(NUMBERING);

    /** Whether a line (or an item) starting with {@code c} may start with numbering. */
    static boolean mayStartNumbering(char c) {
        return NUMBERING_STARTS.get(c);
    }

    /** The longest line that can be a place: numbering, a province and a place name, a colon. */
    private static final int MAX_PLACE_LINE = 40;
    /** How far into a line a heading's colon may stand (杭州市：…). */
    private static final int MAX_COLON_AT = 30;

    public final Paragraph title;
    /**
     * The page's furniture above the headline (a paper's running head: 牡丹江日报 2026年11月24日 第A1版; a breadcrumb), which
     * may name the publisher; empty when no headline was found, the furniture then staying among the document's paragraphs.
     */
    public final List<Paragraph> masthead;
    /** The account or site the page was copied from, named above the headline and again in its byline; null if none. */
    public final String sourceName;
    public final List<Section> sections;
    public final List<Paragraph> documentParagraphs;
    /** Places listed on lines of their own (one per line, several per line, grouped), with their counts. */
    final List<ListRows.Item> rosterLines;
    /**
     * For each of {@link #rosterLines}, the last line above its list that is neither a list row nor a table
     * line (附件2：…名单, 名单如下：), or null: what the list is a list of.
     */
    final List<Paragraph> rosterLeads;
    /** True when document-level paragraphs were found between the lines of a section. */
    public final boolean interleaved;
    /** What the document's footnotes say its marks mean, for the names marked in its running text. */
    final Footnotes footnotes;

    private Layout(Paragraph title, List<Paragraph> masthead, String sourceName, List<Section> sections,
                   List<Paragraph> documentParagraphs, List<ListRows.Item> rosterLines, List<Paragraph> rosterLeads,
                   boolean interleaved, Footnotes footnotes) {
        this.title = title;
        this.masthead = masthead;
        this.sourceName = sourceName;
        this.sections = sections;
        this.documentParagraphs = documentParagraphs;
        this.rosterLines = rosterLines;
        this.rosterLeads = rosterLeads;
        this.interleaved = interleaved;
        this.footnotes = footnotes;
    }

    /**
     * The layout of {@code paragraphs}, the non-blank lines of {@code text} (the reading view whose offsets they
     * hold).
     */
    public static Layout of(String text, List<Paragraph> paragraphs, Places places, String provinceHint) {
        int n = paragraphs.size();
        PlaceRef[] whole = new PlaceRef[n];
        ListRows.Row[] rows = new ListRows.Row[n];
        Footnotes footnotes = new Footnotes(paragraphs); // read when a row first holds a mark
        int latestYear = -1; // the latest year named above the line read so far (a date line's 2024-09-28)
        for (int i = 0, read = 0; i < n; i++) {
            String line = paragraphs.get(i).text();
            whole[i] = placeLine(line, places, provinceHint);
            rows[i] = whole[i] != null ? null : ListRows.read(line, places, provinceHint, footnotes); // a plain name is no row
            if (whole[i] == null && rows[i] != null && rows[i].items().size() == 1 && !rows[i].grouped()) {
                whole[i] = rows[i].items().get(0).place(); // 安吉县（第三次）: a name with its note
            }
            int noted = whole[i] != null && (rows[i] == null || rows[i].items().size() == 1) ? noteYear(line, whole[i].end()) : -1;
            if (noted >= 0) {
                latestYear = PageYears.latest(text, read, paragraphs.get(i).start(), latestYear); // read up to here, once
                read = paragraphs.get(i).start();
                if (latestYear >= 0 && noted + PageYears.ROUND_GAP <= latestYear) {
                    whole[i] = null; // ① 呼和浩特市（2008年） on a page of 2024: an earlier holder in a list of all, no awardee
                    rows[i] = null;
                }
            }
        }
        for (int i = 0; i + 1 < n; i++) {
            ListRows.Row joined = rows[i] != null || whole[i] != null
                    || !WrappedRows.nextLine(text, paragraphs.get(i), paragraphs.get(i + 1)) ? null
                    : WrappedRows.read(paragraphs.get(i), paragraphs.get(i + 1), places, provinceHint, footnotes);
            if (joined != null) { // …、白银市、天 / 水市、武威市…: one row wrapped inside a name
                rows[i] = joined;
                rows[i + 1] = new ListRows.Row(List.of(), true); // the row's rest, holding no name of its own
                whole[i + 1] = null;
                i++;
            }
        }
        Map<Paragraph, List<Paragraph>> stacked = StackedTables.parts();
        StackedTables.fold(paragraphs, places, provinceHint, stacked);
        if (!stacked.isEmpty()) {
            java.util.Set<Paragraph> cells = new java.util.HashSet<>();
            stacked.values().forEach(cells::addAll);
            for (int i = 0; i < n; i++) {
                if (cells.contains(paragraphs.get(i))) { // 指标 / 朔州市 / 怀仁市 one cell a line: the places head columns
                    whole[i] = null;
                    rows[i] = null;
                }
            }
        }
        Paragraph title = null;
        int first = 0;
        int lead = 0; // page furniture above the headline (首页 > 新闻中心, 来源：…) is no title
        String sourceName = null;
        while (lead < n - 1 && lead < MAX_FURNITURE_ABOVE_TITLE) {
            if (sourceName == null && isSourceName(paragraphs, lead)) {
                sourceName = paragraphs.get(lead).text().strip();
            } else if (!Furniture.is(dev.laurel.text.TraditionalToSimplified.toSimplified(paragraphs.get(lead).text()))) {
                break;
            }
            lead++;
        }
        int furniture = lead;
        // 舟山概况 over 发布时间：2024-11-05　来源：…, 鄂尔多斯市 over 鄂尔多斯市，内蒙古自治区辖地级市，…: a line naming a place alone
        // is the headline when page furniture or an entry's lead follows it
        boolean headlineOverFurniture = lead + 1 < n
                && (Furniture.is(dev.laurel.text.TraditionalToSimplified.toSimplified(paragraphs.get(lead + 1).text()))
                || whole[lead] != null && entryLead(paragraphs.get(lead + 1).text(), whole[lead], whole, lead));
        if (n > 0 && (whole[lead] == null || headlineOverFurniture) && looksLikeTitle(paragraphs.get(lead).text())) {
            if (lead + 1 < n && isDocumentTitle(paragraphs.get(lead + 1).text()) && !isDocumentTitle(paragraphs.get(lead).text())) {
                lead++; // 广西壮族自治区爱国卫生运动委员会 above 关于命名…的通报: the authority, then the title
            }
            title = paragraphs.get(lead);
            first = lead + 1;
        }
        List<Section> sections = new ArrayList<>();
        List<Paragraph> documentParagraphs = new ArrayList<>();
        List<ListRows.Item> rosterLines = new ArrayList<>();
        List<Paragraph> rosterLeads = new ArrayList<>();
        Paragraph listLead = title;
        boolean interleaved = false;
        Section open = null;
        List<Paragraph> body = null;
        boolean documentMode = false;
        Tables.Found tables = Tables.find(paragraphs, places, provinceHint);
        for (int i = first; i < n; i++) {
            Paragraph p = paragraphs.get(i);
            if (tables.taken()[i]) {
                if (tables.listed().get(i) != null) {
                    rosterLines.addAll(tables.listed().get(i));
                    fill(rosterLeads, rosterLines.size(), tables.heads()[i] != null ? tables.heads()[i] : listLead);
                }
                if (tables.columns()[i] != null) { // a card of places' columns: a section of each column's place
                    for (PlaceColumns.Column c : tables.columns()[i].columns()) {
                        sections.add(new Section(p, c.place(), c.cells(), false, null, null, true, c.headed()));
                    }
                }
                if (tables.figures().get(i) != null) { // a row's figures (主要指标, 43.6%): a section of the row's place
                    ListRows.Item row = tables.listed().get(i).get(0);
                    Tables.RowFigures figures = tables.figures().get(i);
                    sections.add(new Section(p, row.place().shift(-p.start()), figures.cells(), false,
                            row.times(), row.kind(), true, figures.headed()));
                }
                documentMode = true;
                continue;
            }
            boolean placeOnly = whole[i] != null;
            boolean listRow = rows[i] != null && (rows[i].grouped() || rows[i].items().size() > 1);
            boolean runOfNames = listRow || (placeOnly && (isName(whole, i + 1) || (i > first && isName(whole, i - 1)
                        && !underProvinceOverOwnProse(paragraphs, whole, rows, i))
                    || (i > first && isRow(whole, rows, i - 1) && isRow(whole, rows, i + 1))
                    || (i > first && endsSpacedRow(paragraphs.get(i - 1).text(), rows[i - 1], whole[i]))
                    || (i > first && endsWithListedName(paragraphs.get(i - 1).text(), places, provinceHint))
                    || (i > first && sizedGroupHead(paragraphs.get(i - 1).text(), places, provinceHint))
                    // …杨凌示范区：杨陵区（第三次） / 韩城市（连续第四次）: a place outside the groups, with its note or before the
                    // next group's head (荆门市：钟祥市 / 仙桃市 / 三、提名城市), closes the list
                    || (i > first && rows[i - 1] != null && rows[i - 1].grouped() && (endsWithNote(paragraphs.get(i).text())
                        || i + 1 == n || isRow(whole, rows, i + 1) || startsNumbered(paragraphs.get(i + 1).text())))));
            if ((runOfNames || placeOnly && isRow(whole, rows, i + 1)) && groupHeader(paragraphs, whole, rows, i)
                    || placeOnly && whole[i].kind() == dev.laurel.model.RegionKind.PROVINCE) {
                documentMode = true; // 二、河北省 above 2．石家庄市, 河北省 above 邢台市　衡水市: the group's header, not a
                continue;            // listed place; a province alone is no awardee of these honours either
            }
            if (runOfNames) {
                if (rows[i] != null) {
                    rows[i].items().forEach(item -> rosterLines.add(item.shift(p.start())));
                } else {
                    rosterLines.add(new ListRows.Item(whole[i].shift(p.start()), null, null));
                }
                fill(rosterLeads, rosterLines.size(), listLead);
                documentMode = true;
                continue;
            }
            if (!isBracketNote(p.text()) && !ListRows.isUnitOfPlaces(p.text(), places)
                    && !sizedGroupHead(p.text(), places, provinceHint, true)) {
                listLead = p; // （共1个） under 限期整改的…名单 is no head of its own: the title above it stays the lead, and
            }                 // so do 河北省承德市兴隆县六里坪村, a village opening a list of another honour's places, and
                              // 一、河北省（1个）, a group of the list under 第八届全国文明城市名单（共23个，均为首次获评）
            Inline inline = placeOnly ? null : inlineHeading(p, places, provinceHint, footnotes);
            if (placeOnly && i + 1 < n && sizedGroupHead(p.text(), places, provinceHint)
                    && groupsInline(whole[i], inlineHeading(paragraphs.get(i + 1), places, provinceHint, footnotes))) {
                documentMode = true; // 一、兰州市（2个） above 1.兰州市（连续第六次）：建成…: the group's head, no section
                continue;
            }
            if (placeOnly || inline != null) {
                PlaceRef place = placeOnly ? whole[i] : inline.place;
                body = new ArrayList<>();
                if (inline != null) {
                    body.add(inline.body);
                }
                ListRows.Item noted = placeOnly && rows[i] != null ? rows[i].items().get(0) : inline != null ? inline.noted : null;
                open = new Section(p, place, body, false, noted == null ? null : noted.times(),
                        noted == null ? null : noted.kind());
                sections.add(open);
                documentMode = false;
                continue;
            }
            if (open == null) {
                documentParagraphs.add(p);
                continue;
            }
            if (!documentMode && p.text().length() <= MAX_REFERENCE_ROW && IndexedRows.closesRows(p.text().strip())) {
                documentMode = true; // 保山市 / 38.7% / 74个 / 全省平均 / 37.1%: a table's own row after the places' rows
            }
            if (!documentMode && !body.isEmpty() && RosterRuns.isRosterParagraph(p.text(), places, provinceHint)) {
                documentMode = true;
            }
            if (documentMode) {
                documentParagraphs.add(p);
                interleaved = true;
            } else {
                body.add(p);
            }
        }
        List<Paragraph> masthead = title == null ? List.of() : List.copyOf(paragraphs.subList(0, furniture));
        return new Layout(title, masthead, title == null ? null : sourceName, List.copyOf(sections),
                List.copyOf(documentParagraphs), List.copyOf(rosterLines),
                java.util.Collections.unmodifiableList(rosterLeads), interleaved, footnotes);
    }

    /**
     * True when line {@code i} names the place that holds the next line's (first) place and reads as their group's
     * header: a province (二、河北省 above 石家庄市), or a line numbered otherwise than the next (一、北京市 above
     * 1．北京市西城区) or ending with a colon (徐州市： above 丰县). 徐州市 above 丰县, both unnumbered, lists both.
     */
    private static boolean groupHeader(List<Paragraph> paragraphs, PlaceRef[] whole, ListRows.Row[] rows, int i) {
        PlaceRef next = i + 1 >= whole.length ? null : whole[i + 1] != null ? whole[i + 1]
                : rows[i + 1] != null && !rows[i + 1].items().isEmpty()
                ? rows[i + 1].items().get(0).place() : null; // 邢台市　衡水市: its first place
        if (next == null || whole[i] == null || whole[i].region() == null
                || next.region() == null || whole[i].region().equals(next.region())
                || !next.region().isWithin(whole[i].region())) {
            return false;
        }
        String line = paragraphs.get(i).text().strip();
        return whole[i].kind() == dev.laurel.model.RegionKind.PROVINCE || line.endsWith("：") || line.endsWith(":")
                || markKind(line) != markKind(paragraphs.get(i + 1).text().strip())
                || whole[i].kind() == dev.laurel.model.RegionKind.MUNICIPALITY && provinceLineAfter(whole, i + 2)
                || headsNotedPlaces(paragraphs, whole, i) && anotherHeadNear(paragraphs, whole, i);
    }

    /**
     * True when line {@code i}, a place under a province's line (黑龙江省 / 伊春市), heads a paragraph of prose that opens
     * with its name (伊春市首次获此殊荣。…): a section's heading under its province, no name of a list.
     */
    private static boolean underProvinceOverOwnProse(List<Paragraph> paragraphs, PlaceRef[] whole, ListRows.Row[] rows, int i) {
        if (whole[i - 1].kind() != dev.laurel.model.RegionKind.PROVINCE || i + 1 >= whole.length || whole[i + 1] != null
                || rows[i + 1] != null) {
            return false;
        }
        String next = paragraphs.get(i + 1).text().strip();
        return next.startsWith(whole[i].name()) && holdsSentenceEnd(next);
    }

    /** How many lines of a group a head of unnoted places may stand from the next or the last head. */
    private static final int GROUP_REACH = 4;

    /**
     * True when line {@code i} is a place without a note right above a place it holds with its note (西宁市 / 大通回族土族
     * 自治县（连续第三次）): a group's head, when another head stands so near it (海东市 / 化隆回族自治县（首次）), in a list
     * whose members carry notes and whose heads do not.
     */
    private static boolean headsNotedPlaces(List<Paragraph> paragraphs, PlaceRef[] whole, int i) {
        if (i + 1 >= whole.length || whole[i] == null || whole[i + 1] == null || whole[i].region() == null
                || whole[i + 1].region() == null || !whole[i + 1].region().isWithin(whole[i].region())) {
            return false;
        }
        return !endsWithNote(paragraphs.get(i).text()) && endsWithNote(paragraphs.get(i + 1).text());
    }

    /** True when another line of the list around line {@code i}, within reach, heads its noted places. */
    private static boolean anotherHeadNear(List<Paragraph> paragraphs, PlaceRef[] whole, int i) {
        for (int k = i + 1; k < Math.min(whole.length, i + 2 + GROUP_REACH) && whole[k] != null; k++) {
            if (k > i + 1 && headsNotedPlaces(paragraphs, whole, k)) {
                return true;
            }
        }
        for (int k = i - 1; k >= Math.max(0, i - 1 - GROUP_REACH) && whole[k] != null; k--) {
            if (headsNotedPlaces(paragraphs, whole, k)) {
                return true;
            }
        }
        return false;
    }

    /** How far after a municipality's district a province's line may stand for the municipality to head its group. */
    private static final int PROVINCE_LINE_REACH = 3;

    /**
     * True when a province stands alone on one of the few lines from {@code from} (北京市 / 延庆区 / 河北省 / 承德市): the
     * list is grouped by province, and a municipality above its district heads its group as the provinces do.
     */
    private static boolean provinceLineAfter(PlaceRef[] whole, int from) {
        for (int k = from; k < Math.min(whole.length, from + PROVINCE_LINE_REACH); k++) {
            if (whole[k] != null && whole[k].kind() == dev.laurel.model.RegionKind.PROVINCE) {
                return true;
            }
        }
        return false;
    }

    /** A year in brackets after a name: 呼和浩特市（2008年）, （2008）. */
    private static final Pattern YEAR_NOTE = Pattern.compile("[（(]((?:19|20|１９|２０)[0-9０-９]{2})年?[）)]");

    /**
     * The year in brackets after the name ending at {@code nameEnd} (呼和浩特市（2008年）: 2008), or -1: an earlier holder's
     * when it is {@link PageYears#ROUND_GAP} years or more before the latest year the page named above the line.
     */
    private static int noteYear(String line, int nameEnd) {
        if (nameEnd >= line.length() || line.indexOf('）', nameEnd) < 0 && line.indexOf(')', nameEnd) < 0) {
            return -1;
        }
        Matcher m = YEAR_NOTE.matcher(line).region(nameEnd, line.length());
        return m.find() ? PageYears.value(m.group(1)) : -1;
    }

    /**
     * True when {@code row}, the line above a place alone, lists several names split by blanks, none of them {@code place}:
     * the place is the list's last line (…　楚雄彝族自治州 / 海西蒙古族藏族自治州), not the heading of a section after it.
     */
    private static boolean endsSpacedRow(String line, ListRows.Row row, PlaceRef place) {
        if (row == null || row.grouped() || row.items().size() < 2) {
            return false;
        }
        for (int k = 0; k < line.length(); k++) {
            if ("、，,；;".indexOf(line.charAt(k)) >= 0) {
                return false; // 松桃苗族自治县、雷山县。 above 三都水族自治县: a list in a sentence, then a section's heading
            }
        }
        for (ListRows.Item item : row.items()) {
            if (item.place().region() != null ? item.place().region().equals(place.region())
                    : item.place().name().equals(place.name())) {
                return false;
            }
        }
        return true;
    }

    /** The kind of numbering a line starts with: 0 none, 1 Chinese (一、), 2 Arabic (1．), 3 bracketed, 4 other. */
    private static int markKind(String line) {
        if (line.isEmpty() || !mayStartNumbering(line.charAt(0)) || !NUMBERING.matcher(line).lookingAt()) {
            return 0;
        }
        char c = line.charAt(0);
        return "一二三四五六七八九十百第".indexOf(c) >= 0 ? 1 : (c >= '0' && c <= '9') || (c >= '０' && c <= '９') ? 2
                : "（(".indexOf(c) >= 0 ? 3 : 4;
    }

    /** True when {@code text[at..]} opens with a list's numbering (（二）, 2., 二、). */
    public static boolean numberedAt(String text, int at) {
        return at < text.length() && mayStartNumbering(text.charAt(at)) && NUMBERING.matcher(text).region(at, text.length()).lookingAt();
    }

    /** True when a line opens with numbering (三、提名城市（县城）). */
    private static boolean startsNumbered(String line) {
        String t = line.strip();
        return !t.isEmpty() && mayStartNumbering(t.charAt(0)) && NUMBERING.matcher(t).lookingAt();
    }

    /** True when a line ends with a bracketed note (韩城市（连续第四次）). */
    private static boolean endsWithNote(String line) {
        String t = line.strip();
        return t.endsWith("）") || t.endsWith(")");
    }

    /** True when a line is only a bracketed note (（共8个）, （共17个，按行政区划代码排序）). */
    private static boolean isBracketNote(String line) {
        String t = line.strip();
        return t.length() >= 2 && (t.charAt(0) == '（' || t.charAt(0) == '(')
                && (t.charAt(t.length() - 1) == '）' || t.charAt(t.length() - 1) == ')');
    }

    /** The longest numbered heading line (一、2025年工作回顾, （二）坚持高位推动). */
    private static final int MAX_NUMBERED_HEADING = 24;

    /**
     * True when a line is a numbered heading (一、2025年工作回顾, （二）坚持高位推动): a list marker, then a short title
     * with no punctuation. It is whole, never the first half of a sentence broken over two lines.
     */
    public static boolean isNumberedHeading(String line) {
        String t = line.strip();
        if (t.isEmpty() || t.length() > MAX_NUMBERED_HEADING || !mayStartNumbering(t.charAt(0))) {
            return false;
        }
        Matcher m = NUMBERING.matcher(t);
        if (!m.lookingAt() || m.end() >= t.length() || !numbered(t.substring(0, m.end()))) {
            return false; // ▶ 3.6亿元: a bullet before a figure, whose label may follow on the next line
        }
        boolean comma = false;
        boolean digit = false;
        for (int i = m.end(); i < t.length(); i++) {
            char c = t.charAt(i);
            if ("。；！？;!?、：:".indexOf(c) >= 0) {
                return false;
            }
            comma |= c == '，' || c == ',';
            digit |= Character.isDigit(c);
        }
        return !comma || !digit; // 一、聚焦发展第一要务，经济运行稳中有进: a report's heading of two phrases, no figure
    }

    /**
     * True when a line opens with a list marker of a Han numeral (二、复审合格的县（市）（9个）, （三）…): the start of an
     * item, never the second half of a sentence broken over two lines, however long the item goes on.
     */
    public static boolean opensHanNumberedItem(String line) {
        String t = line.strip();
        if (t.length() < 2 || !mayStartNumbering(t.charAt(0))) {
            return false;
        }
        Matcher m = NUMBERING.matcher(t);
        if (!m.lookingAt() || m.end() >= t.length()) {
            return false;
        }
        for (int i = 0; i < m.end(); i++) {
            if (Character.isDigit(t.charAt(i))) {
                return false; // 2.3亿元: a figure's digits may go on from the line before
            }
        }
        return numbered(t.substring(0, m.end()));
    }

    /**
     * True when a line opens with a bullet and text after it (✅ 全市公园总数达到1100余座, ● 新建口袋公园285个): the start of an
     * item, never the second half of the line before.
     */
    public static boolean opensBulletedItem(String line) {
        String t = line.strip();
        if (t.length() < 2 || Character.isDigit(t.charAt(0)) || "一二三四五六七八九十（(第".indexOf(t.charAt(0)) >= 0) {
            return false;
        }
        Matcher m = NUMBERING.matcher(t);
        return m.lookingAt() && m.end() < t.length() && !numbered(t.substring(0, m.end()));
    }

    /** True when a list marker holds a number (一、, （二）, 3.), not a bullet alone (▶, ●). */
    private static boolean numbered(String marker) {
        for (int i = 0; i < marker.length(); i++) {
            char c = marker.charAt(i);
            if (Character.isDigit(c) || "一二三四五六七八九十".indexOf(c) >= 0) {
                return true;
            }
        }
        return false;
    }

    /**
     * True when the line states the size of the group under it in a closing bracket, as a place (北京市（1个）, 三、萍乡市
     * （1个）), a numbered head (三、撤销国家卫生城市称号（1个）) or a short one (限期整改（1个）): the line under it is a list
     * of that many names, one name too (怀柔区, 茂名市), not a section heading.
     */
    private static boolean sizedGroupHead(String text, Places places, String hint) {
        return sizedGroupHead(text, places, hint, false);
    }

    /** Like {@link #sizedGroupHead(String, Places, String)}; only a known place's (三、萍乡市（1个）) when {@code placeOnly}. */
    private static boolean sizedGroupHead(String text, Places places, String hint, boolean placeOnly) {
        if (text.length() > MAX_PLACE_LINE || text.indexOf('个') < 0 && text.indexOf('個') < 0) {
            return false;
        }
        String t = dev.laurel.text.TraditionalToSimplified.toSimplified(text).strip();
        if (t.endsWith("：") || t.endsWith(":")) {
            t = t.substring(0, t.length() - 1);
        }
        boolean numbered = false;
        if (!t.isEmpty() && mayStartNumbering(t.charAt(0))) {
            Matcher numbering = NUMBERING.matcher(t);
            numbered = numbering.lookingAt();
            t = numbered ? t.substring(numbering.end()) : t; // 三、萍乡市（1个）
        }
        if (!ListRows.statesSize(t)) {
            return false;
        }
        String name = ListRows.stripNote(t);
        if (name.isEmpty()) {
            return false;
        }
        PlaceRef place = places.whole(name, hint);
        return placeOnly ? place != null && place.region() != null // not 二、国家卫生县（5个）, shaped like a place
                : place != null || (numbered || name.length() <= MAX_UNNUMBERED_HEAD) && !holdsSentenceEnd(name);
    }

    /** The longest group head without a number (限期整改（1个）, 新命名国家卫生县城（4个）). */
    private static final int MAX_UNNUMBERED_HEAD = 16;

    /** True when a sentence ends inside the text: a head holds none (撤销国家卫生城市称号). */
    private static boolean holdsSentenceEnd(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (Sentences.isSentenceEnd(text.charAt(i)) || text.charAt(i) == '；') {
                return true;
            }
        }
        return false;
    }

    /** Adds {@code lead} to {@code leads} until it holds {@code size} entries. */
    private static void fill(List<Paragraph> leads, int size, Paragraph lead) {
        while (leads.size() < size) {
            leads.add(lead);
        }
    }

    /** True when line {@code i} is one place name (a heading, or a list written one name per line). */
    private static boolean isName(PlaceRef[] whole, int i) {
        return i >= 0 && i < whole.length && whole[i] != null;
    }

    /** True when line {@code i} is a row of a list: a name, several, or a group (浙江省：…). */
    private static boolean isRow(PlaceRef[] whole, ListRows.Row[] rows, int i) {
        return i >= 0 && i < rows.length && (rows[i] != null || whole[i] != null);
    }

    /** The place a line consists of, after numbering and a trailing colon are stripped; else null. */
    static PlaceRef placeLine(String text, Places places, String provinceHint) {
        if (text.length() > MAX_PLACE_LINE) {
            return null;
        }
        int offset = 0;
        if (!text.isEmpty() && mayStartNumbering(text.charAt(0))) {
            Matcher m = NUMBERING.matcher(text);
            offset = m.lookingAt() ? m.end() : 0;
        }
        String rest = text.substring(offset);
        boolean colon = !rest.isEmpty() && (rest.endsWith("：") || rest.endsWith(":"));
        if (colon) {
            rest = rest.substring(0, rest.length() - 1);
        }
        rest = rest.strip();
        if (rest.isEmpty() || rest.length() > 24 + 4) {
            return null;
        }
        PlaceRef ref = rest.length() > 24 ? null : places.whole(rest, provinceHint);
        if (ref == null && colon) {
            ref = shortNameOnly(rest, places, provinceHint); // 肇慶： alone on its line above the city's paragraphs
        }
        int open = ref == null ? Math.max(rest.indexOf('（'), rest.indexOf('(')) : -1;
        PlaceRef placed = open > 0 ? placedByNote(rest, rest.substring(0, open), places, provinceHint) : null;
        if (placed != null) {
            rest = rest.substring(0, open); // 西湖区（浙江杭州）: the district its note places
            ref = placed;
        }
        if (ref == null) {
            String name = headingName(rest);
            if (name.equals(rest) || name.isEmpty() || name.length() > 24) {
                return null;
            }
            rest = name;
            ref = places.whole(rest, provinceHint);
            if (ref == null) {
                ref = shortNameOnly(rest, places, provinceHint); // ▶漳州亮点: a heading word makes the line a heading
            }
            if (ref == null) {
                return null;
            }
        }
        int at = text.indexOf(rest, offset);
        return ref.shift(at);
    }

    /** The place {@code name} is when it is one place's short name alone (漳州), resolved; else null. */
    private static PlaceRef shortNameOnly(String name, Places places, String hint) {
        List<PlaceRef> found = places.mentions(name, hint);
        return found.size() == 1 && found.get(0).chainStart() == 0 && found.get(0).end() == name.length()
                && found.get(0).region() != null ? found.get(0) : null;
    }

    /**
     * The place {@code name} is within the places its bracketed note names (西湖区（浙江杭州）: 杭州市西湖区, not 南昌市's),
     * or null when the line has no such note or the note places it nowhere; offsets are the name's own.
     */
    private static PlaceRef placedByNote(String line, String name, Places places, String hint) {
        if (!line.startsWith(name) || line.length() < name.length() + 3) {
            return null;
        }
        char open = line.charAt(name.length());
        char close = line.charAt(line.length() - 1);
        if (open != '（' && open != '(' || close != '）' && close != ')') {
            return null;
        }
        String note = line.substring(name.length() + 1, line.length() - 1);
        String chain = note + name; // 浙江杭州 + 西湖区
        List<PlaceRef> found = places.mentions(chain, hint);
        if (found.size() != 1 || found.get(0).chainStart() != 0 || found.get(0).end() != chain.length()
                || found.get(0).region() == null || found.get(0).start() < note.length()) {
            return null;
        }
        PlaceRef p = found.get(0); // 林芝市巴宜區（西藏）: the name is 巴宜區, as written, from where it starts
        int start = p.start() - note.length();
        return new PlaceRef(name.substring(start), 0, start, name.length(), p.province(), p.region(), p.candidates());
    }

    /** The longest line read as a table's own row (全省平均, 国家标准). */
    private static final int MAX_REFERENCE_ROW = 12;

    /** Words after the place in a heading: 简介, 主要事迹 … ({@code heading-words.txt}). */
    static final Lexicon HEADING_WORDS = Lexicon.load("heading-words.txt");
    /** Marks around a heading's name: 【广州市】, **成都市**, 〖…〗, [ … ]. */
    private static final String[][] WRAPPERS = {{"【", "】"}, {"**", "**"}, {"〖", "〗"}, {"[", "]"}, {"［", "］"}};
    /** The last chars of the heading words, in both scripts. */
    private static final java.util.BitSet HEADING_ENDS = lastChars();
    private static final java.util.BitSet WRAPPER_STARTS = new java.util.BitSet();

    static {
        for (String[] w : WRAPPERS) {
            WRAPPER_STARTS.set(w[0].charAt(0));
        }
    }

    private static java.util.BitSet lastChars() {
        java.util.BitSet set = new java.util.BitSet(0x10000);
        for (String w : HEADING_WORDS.words()) {
            if (HEADING_WORDS.isTagged(w)) {
                continue; // a box's word before its place (数读) ends no heading
            }
            set.set(w.charAt(w.length() - 1));
        }
        for (int c = 0x3400; c < 0xA000; c++) { // a traditional char whose simplified form ends a word
            if (set.get(dev.laurel.text.TraditionalToSimplified.toSimplified(String.valueOf((char) c)).charAt(0))) {
                set.set(c);
            }
        }
        return set;
    }

    /** The place name a heading holds: without its marks (【龙口市】) and the words after it (曲阜市简介). */
    private static boolean endsWithHeadingWord(String label) {
        String simplified = dev.laurel.text.TraditionalToSimplified.toSimplified(label.strip());
        for (String word : HEADING_WORDS.words()) {
            if (!HEADING_WORDS.isTagged(word) && simplified.endsWith(word)) {
                return true;
            }
        }
        return false;
    }

    public static String headingName(String text) {
        text = withoutTrailingMarks(text); // 株洲这样干👇: an emoji pointing at the rows below
        if (text.isEmpty() || (!HEADING_ENDS.get(text.charAt(text.length() - 1)) && !WRAPPER_STARTS.get(text.charAt(0)))) {
            return text; // no heading word can end it and no mark wraps it
        }
        String s = text;
        for (String[] w : WRAPPERS) {
            int close = s.startsWith(w[0]) ? s.indexOf(w[1], w[0].length()) : -1;
            if (close > w[0].length() && close + w[1].length() < s.length()
                    && endsWithHeadingWord(s.substring(w[0].length(), close))) {
                return s.substring(close + w[1].length()).strip(); // 【城市名片】宁德市: a box's label, then its place
            }
        }
        for (String[] w : WRAPPERS) {
            if (s.length() > w[0].length() + w[1].length() && s.startsWith(w[0]) && s.endsWith(w[1])) {
                s = s.substring(w[0].length(), s.length() - w[1].length()).strip();
                break;
            }
        }
        String simplified = dev.laurel.text.TraditionalToSimplified.toSimplified(s);
        for (String word : HEADING_WORDS.words()) {
            if (simplified.length() > word.length() + 1 && !HEADING_WORDS.isTagged(word) && simplified.endsWith(word)) {
                return s.substring(0, s.length() - word.length()).strip();
            }
        }
        String before = HEADING_WORDS.at(simplified, 0);
        if (before != null && HEADING_WORDS.isTagged(before) && simplified.length() > before.length() + 1) {
            return s.substring(before.length()).strip(); // 【数读张掖】: the place after the box's word
        }
        return s;
    }

    /** {@code text} without the emoji, symbols and blanks closing it (not a markdown star, which wraps a heading). */
    private static String withoutTrailingMarks(String text) {
        int end = text.length();
        while (end > 0 && text.charAt(end - 1) != '*'
                && (Paragraphs.isMark(text.charAt(end - 1)) || Paragraphs.isBlank(text.charAt(end - 1)))) {
            end--;
        }
        return end == text.length() ? text : text.substring(0, end);
    }

    /** A heading and its body on one line; {@code noted} is the heading's name with its note (榆中县（第二次）), or null. */
    private record Inline(PlaceRef place, Paragraph body, ListRows.Item noted) {
    }

    /** True when {@code item} is a section of a place {@code head} holds or is (兰州市（2个） above 榆中县（第二次）：…). */
    private static boolean groupsInline(PlaceRef head, Inline item) {
        return item != null && head.region() != null && item.place.region() != null
                && (item.place.region().equals(head.region()) || item.place.region().isWithin(head.region()));
    }

    /** {@code 杭州市：杭州市坚持…}: a heading and the start of its body on one line. */
    private static Inline inlineHeading(Paragraph p, Places places, String provinceHint, Footnotes footnotes) {
        String t = p.text();
        int colon = -1;
        int head = -1;
        Boolean numbered = null; // 一、绵阳市。系第二次获得命名: a full stop ends a numbered item's name (asked at a 。 only)
        for (int i = 0; i < Math.min(t.length(), MAX_COLON_AT + 1); i++) {
            if (t.charAt(i) == '。' && numbered == null) {
                numbered = opensHanNumberedItem(t);
            }
            if (t.charAt(i) == '：' || t.charAt(i) == ':' || t.charAt(i) == '。' && numbered) {
                colon = i;
                head = i;
                break;
            }
            if (t.startsWith("——", i)) { // 江山市——连续两届入选: a dash stands for the colon
                head = i;
                colon = i + 1;
                break;
            }
        }
        if (t.startsWith("【")) { // 【龙口市】龙口市地处…
            int close = t.indexOf('】');
            if (close > 1 && close <= MAX_COLON_AT) {
                head = close + 1;
                colon = close;
            }
        }
        if (colon < 0 || colon + 1 >= t.length()) {
            return null;
        }
        PlaceRef place = placeLine(t.substring(0, head), places, provinceHint);
        ListRows.Item noted = null;
        if (place == null) { // 2.榆中县（第二次）：建成…: a listed name with its note, then its deeds
            ListRows.Row row = ListRows.read(t.substring(0, head), places, provinceHint, footnotes);
            noted = row != null && !row.grouped() && row.items().size() == 1 ? row.items().get(0) : null;
            place = noted == null ? null : noted.place();
        }
        if (place == null && isHeadingTail(t, colon + 1)) {
            place = shortName(t.substring(0, head).strip(), places, provinceHint); // 马边：首次入列“省级示范”
        }
        if (place == null || place.kind() == dev.laurel.model.RegionKind.PROVINCE) {
            return null; // 河北省：正定县新城铺镇、… labels a group; a province is no awardee of these honours
        }
        int bodyStart = colon + 1;
        while (bodyStart < p.text().length() && Paragraphs.isBlank(p.text().charAt(bodyStart))) {
            bodyStart++;
        }
        if (bodyStart >= p.text().length() || isHonourRecord(p.text().substring(bodyStart))) {
            return null; // 合江县：国家生态文明建设示范县（2023年）: a line of a page's honour roll, no deeds
        }
        Paragraph body = new Paragraph(p.index(), p.start() + bodyStart, p.end(), p.text().substring(bodyStart));
        return new Inline(place, body, noted);
    }

    /** The longest honour's name, with its scope and notes, a line of an honour roll gives (全国民族团结进步示范县（2025年）). */
    private static final int MAX_HONOUR_RECORD = 40;

    /**
     * True when a text is an honour's name alone, maybe with notes in brackets (国家生态文明建设示范县（2023年）,
     * 四川省双拥模范城（三连冠）): what a line of a page's honour roll says after its place, no deeds. A name holds no
     * 的: 震后重生的生态县 describes the place (a story's subheading), naming no honour.
     */
    public static boolean isHonourRecord(String text) {
        String t = dev.laurel.text.TraditionalToSimplified.toSimplified(text.strip());
        if (t.isEmpty() || t.length() > MAX_HONOUR_RECORD) {
            return false;
        }
        while (t.endsWith("）") || t.endsWith(")")) {
            int open = Math.max(t.lastIndexOf('（'), t.lastIndexOf('('));
            if (open <= 0) {
                return false;
            }
            t = t.substring(0, open).strip();
        }
        for (int i = 0; i < t.length(); i++) {
            if ("，。；,;！？的".indexOf(t.charAt(i)) >= 0) {
                return false;
            }
        }
        t = t.replace("”", "").replace("“", "").replace("」", "").replace("「", "");
        return dev.laurel.parsers.commendation.mentions.HonourStatements.HONOURS.list().endingAt(t, t.length()) != null;
    }

    /** The longest tail of a heading written as a short name, a colon and a title (马边：首次入列“省级示范”). */
    private static final int MAX_HEADING_TAIL = 24;

    /**
     * True when {@code t} from {@code from} on reads as a heading's title: short, no sentence ends inside it, and at most
     * one comma splits it (烟台：山海之间，把公园“种”进老城区).
     */
    private static boolean isHeadingTail(String t, int from) {
        String tail = t.substring(from).strip();
        if (tail.isEmpty() || tail.length() > MAX_HEADING_TAIL) {
            return false;
        }
        int commas = 0;
        for (int i = 0; i < tail.length(); i++) {
            char c = tail.charAt(i);
            if (c == '，' || c == ',') {
                commas++;
            } else if (Sentences.isClauseEnd(c)) {
                return false;
            }
        }
        return commas <= 1 && tail.charAt(tail.length() - 1) != '，' && tail.charAt(tail.length() - 1) != ',';
    }

    /** The one known place {@code s} is the short name of (马边 → 马边彝族自治县), or null. */
    private static PlaceRef shortName(String s, Places places, String provinceHint) {
        if (s.isEmpty() || s.length() > MAX_HEADING_TAIL) {
            return null;
        }
        List<PlaceRef> found = places.mentions(s, provinceHint);
        if (found.isEmpty()) {
            return wordShortName(s, places, provinceHint);
        }
        if (found.size() != 1) {
            return null;
        }
        PlaceRef m = found.get(0);
        return m.chainStart() == 0 && m.end() == s.length() && m.known() && !m.ambiguous() ? m : null;
    }

    /**
     * The one place a short name that is also a word (长治, as in 长治久安; the scanner leaves such names out of running
     * text) names, when a heading is that name alone: within the page's province when it has one; else null.
     */
    private static PlaceRef wordShortName(String s, Places places, String provinceHint) {
        for (int i = 0; i < s.length(); i++) {
            if (!dev.laurel.text.HanChars.isHan(s.charAt(i))) {
                return null;
            }
        }
        dev.laurel.region.Gazetteer g = dev.laurel.region.Gazetteer.get();
        dev.laurel.region.Lookup lookup = provinceHint == null ? g.lookup(s) : g.lookupWithin(provinceHint, s);
        if (lookup.match() != dev.laurel.region.Lookup.Match.SHORT_NAME || lookup.candidates().size() != 1) {
            return null;
        }
        PlaceRef whole = places.whole(lookup.candidates().get(0).name(), provinceHint);
        return whole == null || whole.region() == null ? null
                : new PlaceRef(s, 0, 0, s.length(), whole.province(), whole.region(), 1);
    }

    /** True for a line that stops in the middle of a list of names: {@code 忻府区、原平市、}. */
    private static boolean endsWithListedName(String text, Places places, String provinceHint) {
        if (!text.endsWith("、")) {
            return false;
        }
        List<PlaceRef> names = places.find(text, provinceHint);
        return !names.isEmpty() && names.get(names.size() - 1).end() == text.length() - 1;
    }

    /** The words an official document's title ends with, and those of a rule's title ({@code document-types.txt}). */
    public static final Lexicon DOCUMENT_TYPES = Lexicon.load("document-types.txt");

    /** True for an official document's title: 关于…, ending with a document type (关于命名…的通报). */
    static boolean isDocumentTitle(String text) {
        String t = dev.laurel.text.TraditionalToSimplified.toSimplified(text.strip());
        String type = t.startsWith("关于") ? DOCUMENT_TYPES.list().endingAt(t, t.length()) : null;
        return type != null && !DOCUMENT_TYPES.isTagged(type);
    }

    /** The most furniture lines (breadcrumb, site name, date, source) read past to find the headline. */
    private static final int MAX_FURNITURE_ABOVE_TITLE = 4;

    /** How many lines below a source's name its byline may come (the name, the headline, the byline). */
    private static final int SOURCE_NAME_REACH = 3;

    /** The longest source name read above a headline (鄂尔多斯发布, 建水县融媒体中心). */
    private static final int MAX_SOURCE_NAME = 12;

    /**
     * True when line {@code at} is the name of the account or site the page was copied from: a short line without
     * punctuation that a byline below it names again before a date or a second copy of itself (阳泉发布 / 我市召开… /
     * 阳泉发布　2026-11-29 20:15　山西). The byline says whose page it is; the headline is the line after the name.
     */
    static boolean isSourceName(List<Paragraph> paragraphs, int at) {
        String name = paragraphs.get(at).text().strip();
        if (name.length() < 2 || name.length() > MAX_SOURCE_NAME || !name.chars().allMatch(Character::isLetterOrDigit)) {
            return false;
        }
        for (int i = at + 2; i < paragraphs.size() && i <= at + SOURCE_NAME_REACH; i++) {
            String line = paragraphs.get(i).text();
            int k = line.indexOf(name);
            if (k >= 0 && k <= MAX_SOURCE_NAME) {
                int after = k + name.length();
                while (after < line.length() && Character.isWhitespace(line.charAt(after))) {
                    after++;
                }
                if (after > k + name.length() && after < line.length()
                        && (Character.isDigit(line.charAt(after)) || line.startsWith(name, after))) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * True when {@code next}, the paragraph under a line naming {@code place} alone at the top of a page, opens with that
     * place as written there and a clause about it, and no other line of the page names a place alone: an entry's name
     * over its lead (鄂尔多斯市 / 鄂尔多斯市，内蒙古自治区辖地级市，…; 黄山概况 / 黄山市位于安徽省最南端，…), the page's
     * headline, not a section of it.
     */
    private static boolean entryLead(String next, PlaceRef place, PlaceRef[] whole, int at) {
        String name = place.name();
        if (!next.startsWith(name) || !Sentences.holdsClauseEnd(next)) {
            return false;
        }
        for (int i = 0; i < whole.length; i++) {
            if (i != at && whole[i] != null) {
                return false;
            }
        }
        return true;
    }

    /** True for a line that may be a headline: short, ending with no stop or comma, and holding no full stop in it. */
    private static boolean looksLikeTitle(String text) {
        char last = text.charAt(text.length() - 1);
        return text.length() <= 120 && last != '。' && last != '，' && last != ','
                && text.indexOf('。') < 0; // 【快讯】…实现“九连冠”。（赣南日报记者 刘晓东）: a story's one paragraph, its byline after it
    }
}
