package dev.laurel.parsers.commendation.layout;

import dev.laurel.model.TimesKind;
import dev.laurel.parsers.commendation.mentions.CountPhrase;
import dev.laurel.parsers.commendation.mentions.HonourStatements;
import dev.laurel.parsers.commendation.mentions.PlaceRef;
import dev.laurel.parsers.commendation.mentions.Places;
import dev.laurel.parsers.commendation.text.FootnoteMarks;
import dev.laurel.parsers.commendation.text.Lexicon;
import dev.laurel.parsers.commendation.text.Paragraphs;
import dev.laurel.region.RegionLevel;
import dev.laurel.text.Quantity;
import dev.laurel.text.QuantityScanner;
import dev.laurel.text.TraditionalToSimplified;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;

/**
 * A line that is a row of a list of places, in the forms lists take: numbered ({@code 1.南昌市},
 * {@code 一、}, {@code （1）}, also before each item of one line: {@code （1）A；（2）B}), one name or several
 * ({@code 、}, {@code ，}, {@code ；}, spaces), grouped under a head
 * that is itself not listed ({@code 浙江省：丽水市、温岭市}, {@code 潍坊市（3个）：…}), each name with an optional
 * bracketed note: its honour count ({@code （第三次）}, {@code （首次）}, {@code （三连冠）}, {@code （6）}, {@code 【首次】}) or its province
 * ({@code 舟山市（浙江）}). A line holding anything else (a unit, a sentence) is not a row.
 */
public final class ListRows {
    /** The longest line read as a row. */
    private static final int MAX_LINE = 600;
    /** How far into the line a group head's colon may stand. */
    private static final int MAX_HEAD = 16;
    /** How far into the line the colon of a head giving a count may stand (第二次获得命名的城市（县）（4个）：). */
    private static final int MAX_COUNT_HEAD = 24;
    /** The longest bracketed note read after a name (（第二次，2016年曾获命名）). */
    private static final int MAX_NOTE = 20;
    /** The longest row without a 、 (names split by spaces or ，) unless it holds {@link #MIN_PLAIN_ITEMS} names or more. */
    private static final int MAX_PLAIN_ROW = 60;
    /** The fewest names of a longer row split by blanks alone: a list whose line breaks were lost (石家莊市（第七次） 正定縣…). */
    private static final int MIN_PLAIN_ITEMS = 4;
    /** The longest name of a row (a province, prefecture and county chain). */
    private static final int MAX_NAME = 16;
    /** Marks between a row's names: 、 and ，, semicolons, blanks, and the slashes of a list flattened onto one line. */
    private static final String SEPARATORS = "、，,；; \t\u3000\u00A0/／";
    private static final QuantityScanner SCANNER = new QuantityScanner();
    /** Words of a note saying the place kept its title after a review (复查确认), from {@code review-words.txt}. */
    static final Lexicon REVIEWED = Lexicon.load("review-words.txt");

    /**
     * One listed place.
     *
     * @param place the place, offsets into the line
     * @param times the honour count its note gives, or null
     * @param kind  total or consecutive, null without a count
     * @param noted true when the place carries a note saying it kept its title after a review and giving no count
     *              (复查确认 in a 备注 cell or brackets): a 说明 on the names left unmarked (未标注的为首次命名) is not about it
     */
    public record Item(PlaceRef place, Integer times, TimesKind kind, boolean noted, String honour) {

        /** A place with no note, or with one that gives its count. */
        public Item(PlaceRef place, Integer times, TimesKind kind) {
            this(place, times, kind, false, null);
        }

        /** A place whose note may say it kept its title ({@code noted}), in a list of one honour. */
        public Item(PlaceRef place, Integer times, TimesKind kind, boolean noted) {
            this(place, times, kind, noted, null);
        }

        Item shift(int delta) {
            return new Item(place.shift(delta), times, kind, noted, honour);
        }
    }

    /**
     * A row: its places in order; {@code grouped} when they stand under a head ({@code 浙江省：…}), which
     * makes the line a list even when it holds one name.
     */
    record Row(List<Item> items, boolean grouped) {
    }

    private ListRows() {
    }

    /**
     * The places of {@code line} read as a list's row (黄石市、鄂州市; 1.潜江市（第二次）), or null when it holds anything but
     * numbering, a head, names and notes.
     */
    public static List<PlaceRef> placesOfRow(String line, Places places, String provinceHint) {
        Row row = read(line, places, provinceHint);
        return row == null ? null : row.items().stream().map(Item::place).toList();
    }

    /** The row {@code line} is, or null when it holds anything but numbering, a head, names and notes. */
    static Row read(String line, Places places, String provinceHint) {
        return read(line, places, provinceHint, null);
    }

    /**
     * Like {@link #read(String, Places, String)}; a name may carry a footnote mark (进贤县*), whose footnote in
     * {@code footnotes} (null for none) gives its count.
     */
    static Row read(String line, Places places, String provinceHint, Footnotes footnotes) {
        if (line.isEmpty() || line.length() > MAX_LINE) {
            return null;
        }
        // a long row lists its names with 、 (or ； between numbered items, or / on one line), or many names with blanks
        boolean plainLong = line.length() > MAX_PLAIN_ROW && line.indexOf('、') < 0 && line.indexOf('；') < 0
                && line.indexOf('/') < 0 && line.indexOf('／') < 0;
        int stop = line.indexOf('。');
        if (stop >= 0 && stop < line.length() - 1) {
            return null; // a sentence ends inside the line: prose
        }
        int at = 0;
        if (Layout.mayStartNumbering(line.charAt(0))) {
            Matcher numbering = Layout.NUMBERING.matcher(line);
            if (numbering.lookingAt()) {
                at = numbering.end();
            }
        }
        Row noted = nameAndNote(line, at, places, provinceHint);
        if (noted != null) {
            return noted; // 张家口市——第二次获评, 承德市　首获
        }
        Row chained = placeAndItsPart(line, at, places, provinceHint);
        if (chained != null) {
            return chained; // 凉山州 西昌市, 甘孜州·康定市: one place written with the one above it
        }
        String hint = provinceHint;
        boolean grouped = false;
        int colon = colon(line, at, MAX_HEAD);
        colon = colon >= 0 ? colon : colon(line, at, MAX_COUNT_HEAD);
        colon = colon >= 0 ? colon : colon(line, at, MAX_SIZED_HEAD);
        CountPhrase headCount = null; // 一、连续七次获得命名的城市（2个）：成都市、绵阳市: the group's count
        PlaceRef groupPlace = null; // the group's place: 张家口市（2个）：桥东区、桥西区 places a name other cities share
        if (colon >= 0) {
            String written = line.substring(at, colon);
            String head = stripNote(written).strip();
            PlaceRef group = head.isEmpty() || colon - at > MAX_HEAD ? null : places.whole(head, provinceHint);
            headCount = group == null && colon - at <= MAX_COUNT_HEAD ? countHead(head) : group != null ? sharedNote(written) : null;
            if (group == null && headCount == null && !GROUP_HEADS.words().contains(TraditionalToSimplified.toSimplified(head))
                    && !SIZED.matcher(written).find() && !zoneHead(head, places)) {
                return null;
            }
            if (group == null && RosterReader.WITHHELD.occursIn(TraditionalToSimplified.toSimplified(head))) {
                return null; // 提名城市（2个）：韶关市、汕尾市: a head saying its places were not honoured lists none
            }
            grouped = true;
            groupPlace = group != null && group.region() != null ? group : null;
            hint = group != null && group.province() != null ? group.province() : hint;
            at = colon + 1;
        }
        List<Item> items = new ArrayList<>();
        int units = 0; // names of units under places (towns, villages) in a group's row: none of them a place listed
        int i = at;
        while (i < line.length()) {
            char c = line.charAt(i);
            if (SEPARATORS.indexOf(c) >= 0 || (c == '。' && i == line.length() - 1)) {
                i++;
                continue;
            }
            if (!items.isEmpty() && Layout.mayStartNumbering(c)) {
                Matcher numbering = Layout.NUMBERING.matcher(line).region(i, line.length());
                if (numbering.lookingAt() && numbering.end() > i) {
                    i = numbering.end(); // （1）延庆区（第三次）；（2）万州区…: items numbered inside one line
                    continue;
                }
            }
            int end = i;
            while (end < line.length() && SEPARATORS.indexOf(line.charAt(end)) < 0 && !isOpen(line.charAt(end))
                    && !(line.charAt(end) == '。' && end == line.length() - 1)) {
                end++;
            }
            if (!items.isEmpty() && Paragraphs.isBlank(line.charAt(i - 1)) && headsAnotherList(line.substring(i, end))) {
                break; // …興隆縣 河北省雙擁模範單位 石家莊市長安區…: another honour's list run into the row's line
            }
            int inner = innerHeadEnd(line, i, end, places, hint);
            if (inner > 0) {
                i = inner; // …；延边朝鲜族自治州：延吉市（七连冠）、…: a group head inside the row
                continue;
            }
            Note note = null;
            String noteText = null;
            String noteMark = null; // a footnote's mark after the note (福州市（9）※), which a 说明 may define as a streak
            int next = end;
            if (end < line.length() && isOpen(line.charAt(end))) {
                int close = close(line, end);
                if (close < 0) {
                    return null;
                }
                noteText = line.substring(end + 1, close);
                note = Note.read(noteText, places);
                if (note == null && grouped && items.isEmpty() && isUnitOfPlaces(line.substring(i, end), places)) {
                    units++; // 永州市：双牌县阳明山林场（乡级）: a unit under its places, with a note of its own
                    i = close + 1;
                    continue;
                }
                if (note == null || namesLevels(line.substring(i, close + 1))) {
                    return null; // 一、示范县（市、区）: a kind of places and its levels, a list's head, no place
                }
                next = close + 1;
                while (note != null && next < line.length() && isOpen(line.charAt(next))) { // 南昌市（第六次）（连续）
                    int after = close(line, next);
                    Note more = after < 0 ? null : Note.read(line.substring(next + 1, after), places);
                    note = more == null ? null : note.and(more);
                    next = after + 1;
                }
                if (note == null) {
                    return null;
                }
                noteMark = FootnoteMarks.startingAt(line, next);
                next += noteMark == null ? 0 : noteMark.length();
            }
            int nameEnd = end;
            String marked = null;
            for (String mark; nameEnd > i && (mark = FootnoteMarks.endingAt(line, i, nameEnd)) != null; ) {
                nameEnd -= mark.length(); // 进贤县*: the name, and the mark of a footnote
                marked = mark;
            }
            if (grouped && items.isEmpty() && isUnitOfPlaces(line.substring(i, nameEnd), places)) {
                units++; // 长沙市：浏阳市大围山镇、宁乡市沩山乡: towns under their places, a list of another kind of unit
                i = next;
                continue;
            }
            String name = line.substring(i, nameEnd);
            String nameHint = note != null && note.province != null ? note.province : hint;
            if (nameEnd - i > MAX_NAME || (items.isEmpty() && !mayEndName(line, nameEnd)
                    && partOfGroup(name, groupPlace, places, nameHint) == null)) {
                return null; // prose, not a name; but 岳阳市：汨罗、临湘: the city's counties by their short names
            }
            PlaceRef place = name.isEmpty() ? null : places.whole(name, nameHint);
            if (place != null && place.ambiguous() && groupPlace != null) {
                place = placedUnder(place, groupPlace.region()); // 桥西区 under 张家口市, not 石家庄市's
            }
            if (place == null) {
                place = partOfGroup(name, groupPlace, places, nameHint); // 南昌市：…、进贤: a county by its short name
            }
            if (place == null && (items.size() >= MIN_KNOWN_BEFORE_UNKNOWN || note != null && note.times != null)
                    && unknownDivision(name) && !opensWithKnownPlace(name, places, nameHint)) {
                // 长白山保护开发区池北区 after twenty known names, 贵安新区（首次）: a zone the gazetteer lacks, listed as honoured;
                // an unknown place, which the awardee's diagnostic says
                place = new PlaceRef(name, 0, 0, name.length(), nameHint, null, 0);
            }
            if (place == null || units > 0 || (place.region() != null && place.region().parentCode() == null)) {
                return null;
            }
            if (note != null && note.withheld) {
                i = next; // 图们市（暂缓，待整改后另行公示）: listed, but not honoured this round
                continue;
            }
            boolean counted = note != null && note.times != null;
            CountPhrase said = counted || footnotes == null ? null : marked != null ? footnotes.count(marked)
                    : noteText != null ? footnotes.count(TraditionalToSimplified.toSimplified(noteText.strip())) : null;
            if (said != null) {
                items.add(new Item(place.shift(i), said.times(), said.kind())); // 注：带“*”号的为第二次获得命名的; （新命名）, which a 说明 defines
            } else {
                TimesKind kind = counted && noteMark != null && footnotes != null && footnotes.streak(noteMark)
                        ? TimesKind.CONSECUTIVE : counted ? note.kind : null; // 标“※”的为连续获得命名
                items.add(new Item(place.shift(i), counted ? note.times : headCount == null ? null : headCount.times(),
                        counted ? kind : headCount == null ? null : headCount.kind(), note != null && note.marked
                        || marked != null));
            }
            if (note != null && note.ofAll) {
                for (int k = 0; k < items.size(); k++) { // 盘锦市、海城市（以上2市均为首次命名）: every name before the note
                    Item it = items.get(k);
                    if (it.times() == null && !it.noted()) {
                        items.set(k, new Item(it.place(), note.times, note.kind, true));
                    }
                }
            }
            i = next;
        }
        if (items.isEmpty()) {
            return units > 0 ? new Row(List.of(), true) : null; // a row of the list that lists no place
        }
        if (plainLong && items.size() < MIN_PLAIN_ITEMS) {
            return null; // a long line of a few names and blanks: prose or a table's row, not a list run onto one line
        }
        return new Row(List.copyOf(items), grouped);
    }

    /**
     * The item a place of a list in running text is, with the count of a bracketed note right after it (…；2.遵义市赤水市
     * （第二次命名）；3.…); null when the note says it was not honoured this round (图们市（暂缓，待整改后另行公示）).
     */
    static Item inText(String text, PlaceRef ref, Places places, Footnotes footnotes) {
        int at = ref.end();
        String mark = FootnoteMarks.startingAt(text, at);
        if (mark != null) {
            CountPhrase said = footnotes.count(mark); // 福州市**、厦门市**: what the footnote says ** marks, if it says
            // a mark whose footnote gives no count (标注“*”的为经复审确认继续保留称号的) sets the name apart from the rest
            return said == null ? new Item(ref, null, null, true) : new Item(ref, said.times(), said.kind());
        }
        int close = at < text.length() && isOpen(text.charAt(at)) ? close(text, at) : -1;
        Note note = close < 0 ? null : Note.read(text.substring(at + 1, close), places);
        if (note == null) {
            return new Item(ref, null, null);
        }
        return note.withheld ? null : new Item(ref, note.times, note.kind, note.marked);
    }

    /** The longest name read as a unit named by its places (河北省承德市兴隆县六里坪村). */
    private static final int MAX_UNIT_NAME = 24;

    /**
     * True when {@code text} is one name, written after its places, of something the gazetteer does not hold (河北省承德市
     * 兴隆县六里坪村, a village; 浏阳市大围山镇, a town): short, Han chars only, a place at its start and more after it.
     */
    static boolean isUnitOfPlaces(String text, Places places) {
        if (text.length() > MAX_UNIT_NAME || text.length() < 4) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            if (!dev.laurel.text.HanChars.isHan(text.charAt(i))) {
                return false;
            }
        }
        List<PlaceRef> found = places.find(text, null);
        return !found.isEmpty() && found.get(0).chainStart() == 0 && found.get(0).end() < text.length() - 1;
    }

    /**
     * True when {@code token}, after a blank in a row, names an honour and states nothing (河北省雙擁模範單位, 双拥模范个人): the
     * head of another list run into the row's line, not a statement (同获全国双拥模范城（县）称号).
     */
    private static boolean headsAnotherList(String token) {
        String t = TraditionalToSimplified.toSimplified(token);
        return HonourStatements.HONOURS.occursIn(t) && !HonourStatements.VERBS.occursIn(t);
    }

    /** How many known places a row needs before a name the gazetteer lacks is read as a place rather than ending it. */
    private static final int MIN_KNOWN_BEFORE_UNKNOWN = 3;

    /**
     * True when {@code name} starts with a place the gazetteer knows and goes on after it (宜城市为湖北省园林城市, the
     * last item of a list sentence and its predicate): words after a name, not a division the gazetteer lacks.
     */
    private static boolean opensWithKnownPlace(String name, Places places, String hint) {
        List<PlaceRef> found = places.find(name, hint);
        return !found.isEmpty() && found.get(0).chainStart() == 0 && found.get(0).region() != null
                && found.get(0).end() < name.length();
    }

    /**
     * A name of Han chars only that ends in a division's suffix and names no honour (长白山保护开发区池北区): a place, if an
     * unknown one.
     */
    private static boolean unknownDivision(String name) {
        if (name.length() < 3 || "市县区旗縣區".indexOf(name.charAt(name.length() - 1)) < 0) {
            return false;
        }
        for (int k = 0; k < name.length(); k++) {
            if (name.charAt(k) < '\u4E00' || name.charAt(k) > '\u9FFF') {
                return false;
            }
        }
        // 1.国家森林城市（首次，2026年） in a list of the city's titles: an honour's name, shaped like a city's
        return !HonourStatements.HONOURS.occursIn(TraditionalToSimplified.toSimplified(name));
    }

    /**
     * Where the names after a group head inside a row start (延边朝鲜族自治州：延吉市 → after the colon), or -1 when the
     * token [from, to) holds no colon after a place or a group head of {@code group-heads.txt}.
     */
    private static int innerHeadEnd(String line, int from, int to, Places places, String hint) {
        for (int k = from + 1; k < to - 1; k++) {
            char c = line.charAt(k);
            if (c == '：' || c == ':') {
                String head = line.substring(from, k);
                return places.whole(head, hint) != null
                        || GROUP_HEADS.words().contains(TraditionalToSimplified.toSimplified(head)) ? k + 1 : -1;
            }
        }
        return -1;
    }

    /** What may stand between a place and its part written after it on one line: blanks, a tab or a middle dot. */
    private static final String CHAIN_MARKS = " \u3000\t·・•";

    /**
     * A row of one place written after the one it lies in, split by a middle dot (甘孜州·康定市), by a blank after the
     * larger one's short form (凉山州 西昌市), as 凉山州西昌市 is written glued, or by blanks or a tab after a province
     * in a list's province column (河北, a tab, 承德市; 浙江　安吉, whose short name is read within the province): the
     * part, one item; null for any other line (营口市　盖州市, where a list of cities may name both).
     */
    private static Row placeAndItsPart(String line, int at, Places places, String hint) {
        int split = -1;
        int last = -1;
        for (int i = at; i < line.length(); i++) {
            if (CHAIN_MARKS.indexOf(line.charAt(i)) >= 0) {
                if (split >= 0 && i != last + 1) {
                    return null; // marks in two places: two or more items
                }
                split = split < 0 ? i : split;
                last = i;
            }
        }
        if (split <= at || last + 1 >= line.length()) {
            return null;
        }
        int partStart = last + 1;
        String partText = line.substring(partStart).strip();
        String head = line.substring(at, split);
        String province = provinceAlone(head, places); // 河北, 内蒙古, 浙江省: a list's province column
        if (province != null) {
            PlaceRef part = places.whole(partText, province);
            part = part != null ? part : shortName(partText, places, province); // 晋城, 安吉: told apart by the province
            return part == null || part.region() == null || part.region().level() == RegionLevel.PROVINCE
                    || !part.region().province().name().equals(province) ? null
                    : new Row(List.of(new Item(part.shift(partStart), null, null)), false);
        }
        PlaceRef whole = places.whole(head, hint);
        PlaceRef part = places.whole(partText, hint);
        if (whole == null || part == null || whole.region() == null || part.region() == null
                || whole.region().equals(part.region()) || !part.region().isWithin(whole.region())) {
            return null;
        }
        boolean dot = "·・•".indexOf(line.charAt(split)) >= 0;
        if (!dot && TraditionalToSimplified.toSimplified(whole.name()).equals(whole.region().name())) {
            return null; // 营口市　盖州市: a city under its official name before a blank may be listed itself; 凉山州 西昌市 is not
        }
        return new Row(List.of(new Item(part.shift(partStart), null, null)), false);
    }

    /** The province-level region {@code s} names and nothing else (河北, 内蒙古, 浙江省), or null. */
    private static String provinceAlone(String s, Places places) {
        List<PlaceRef> found = places.mentions(s, null);
        return found.size() == 1 && found.get(0).chainStart() == 0 && found.get(0).end() == s.length()
                ? places.province(s) : null;
    }

    /** The one place {@code s} names whole, short names included, resolved within {@code province}; null otherwise. */
    private static PlaceRef shortName(String s, Places places, String province) {
        List<PlaceRef> found = places.mentions(s, province);
        if (found.size() != 1 || found.get(0).chainStart() != 0 || found.get(0).end() != s.length()
                || found.get(0).region() == null) {
            return null;
        }
        return found.get(0);
    }

    /** Notes written after a name without brackets ({@code row-notes.txt}). */
    private static final Lexicon ROW_NOTES = Lexicon.load("row-notes.txt");
    /** The longest note read after a name and a space or dash. */
    private static final int MAX_ROW_NOTE = 10;
    /** Chars between a name and its note: spaces and dashes. */
    private static final String NOTE_GAP = " \u3000\u00A0—-－";

    /**
     * A row of one name and its note after a space or a dash, no bracket (张家口市——第二次获评, 承德市　首获, 邯郸市　再获殊荣):
     * the note is a count phrase or a word of {@code row-notes.txt}; null otherwise.
     */
    private static Row nameAndNote(String line, int at, Places places, String provinceHint) {
        int gap = at;
        while (gap < line.length() && NOTE_GAP.indexOf(line.charAt(gap)) < 0) {
            gap++;
        }
        int rest = gap;
        while (rest < line.length() && NOTE_GAP.indexOf(line.charAt(rest)) >= 0) {
            rest++;
        }
        if (gap == at || rest >= line.length() || line.length() - rest > MAX_ROW_NOTE) {
            return null;
        }
        String note = TraditionalToSimplified.toSimplified(line.substring(rest).strip());
        CountPhrase count = CountPhrase.startOf(note);
        Integer times = count == null ? null : count.times();
        TimesKind kind = count == null ? null : count.kind();
        if (count == null) {
            String word = ROW_NOTES.at(note, 0);
            if (word == null) {
                return null;
            }
            String tag = ROW_NOTES.tag(word);
            times = tag == null ? null : Integer.valueOf(tag);
            kind = tag == null ? null : TimesKind.TOTAL;
        }
        String name = line.substring(at, gap).strip();
        PlaceRef place = name.isEmpty() ? null : places.whole(name, provinceHint);
        if (place == null || (place.region() != null && place.region().parentCode() == null)) {
            return null;
        }
        return new Row(List.of(new Item(place.shift(at + line.substring(at, gap).indexOf(name)), times, kind)), false);
    }

    /** The division of the group's place {@code name} is the short name of (进贤 under 南昌市), or null. */
    private static PlaceRef partOfGroup(String name, PlaceRef groupPlace, Places places, String hint) {
        if (groupPlace == null || groupPlace.region() == null || name.isEmpty()) {
            return null;
        }
        PlaceRef part = shortName(name, places, hint);
        return part != null && part.region().isWithin(groupPlace.region()) ? part : null;
    }

    /** True when the token ending at {@code end} can be a full place name: a division suffix, or a note after it. */
    private static boolean mayEndName(String line, int end) {
        if (end < line.length() && isOpen(line.charAt(end))) {
            return true;
        }
        return end > 0 && "市县区旗州盟縣區".indexOf(line.charAt(end - 1)) >= 0;
    }

    /** {@code place}, a name several places share, as the one inside {@code group} when exactly one is; else as it is. */
    private static PlaceRef placedUnder(PlaceRef place, dev.laurel.region.Region group) {
        dev.laurel.region.Region only = dev.laurel.region.Gazetteer.get()
                .lookupWithin(group, TraditionalToSimplified.toSimplified(place.name())).unique().orElse(null);
        return only == null ? place : new PlaceRef(place.name(), place.chainStart(), place.start(), place.end(),
                only.province().name(), only, 1);
    }

    /** Where a group head's colon stands ({@code 浙江省：}), or -1. */
    /**
     * The count a group's head gives its places (连续七次获得命名的城市（2个）, 首次获得命名的城市（县）), or null: the head
     * starts with a count phrase and names no place.
     */
    private static CountPhrase countHead(String head) {
        String s = TraditionalToSimplified.toSimplified(stripNote(head));
        return s.length() < 2 ? null : CountPhrase.startOf(s);
    }

    /**
     * The count a place heading a group gives its names in its bracketed note with a distributive word (湖南省（均为首次）：
     * 郴州市、永州市), or null (广东省（4个）: a size, no count).
     */
    private static CountPhrase sharedNote(String written) {
        String head = written.strip();
        String name = stripNote(head);
        if (name.length() >= head.length() - 2) {
            return null;
        }
        String note = TraditionalToSimplified.toSimplified(head.substring(name.length() + 1, head.length() - 1)).strip();
        String word = CountPhrase.DISTRIBUTIVE.at(note, 0);
        return word == null ? null : CountPhrase.startOf(note.substring(word.length()));
    }

    /** How far into the line the colon of a head stating its list's size may stand. */
    private static final int MAX_SIZED_HEAD = 48;
    /**
     * A head that states its list's size in a closing bracket (拟命名对象（26个，括号内为命名次数或说明）): whatever its
     * words, the places after its colon are the list.
     */
    private static final java.util.regex.Pattern SIZED = java.util.regex.Pattern.compile(
            "[（(]共?[0-9０-９一二三四五六七八九十两兩]+[个個][^（(）)]{0,16}[）)]\\s*$");

    /**
     * True when a head or a line ends with its list's size in a bracket, a closing colon aside (北京市（1个）,
     * 一、新命名国家园林城市（12个）：, 拟命名对象（26个，括号内为命名次数或说明））.
     */
    static boolean statesSize(String line) {
        String t = line.strip();
        if (t.endsWith("：") || t.endsWith(":")) {
            t = t.substring(0, t.length() - 1);
        }
        return SIZED.matcher(t).find();
    }

    /** Heads of a group that are no place (省直管), from {@code group-heads.txt}. */
    private static final Lexicon GROUP_HEADS = Lexicon.load("group-heads.txt");

    /**
     * True when {@code text} ends with a group head of {@code group-heads.txt} that gives levels in brackets (县（市、区）):
     * 示范县（市、区） names a kind of places, not a county.
     */
    private static boolean namesLevels(String text) {
        String t = TraditionalToSimplified.toSimplified(text);
        for (String w : LEVEL_HEADS) {
            if (t.endsWith(w)) {
                return true;
            }
        }
        return false;
    }

    /** The heads of {@code group-heads.txt} with levels in brackets (县（市、区）, 县(市)). */
    private static final List<String> LEVEL_HEADS = GROUP_HEADS.words().stream()
            .filter(w -> w.endsWith("）") || w.endsWith(")")).toList();

    /** True when {@code line} is a group's head of {@code group-heads.txt} alone, a colon after it or not (地级以上城市). */
    static boolean isGroupHead(String line) {
        String t = TraditionalToSimplified.toSimplified(line.strip());
        if (t.endsWith("：") || t.endsWith(":")) {
            t = t.substring(0, t.length() - 1).strip();
        }
        return GROUP_HEADS.words().contains(t);
    }

    /** The longest name of a zone's place the gazetteer does not hold (杨凌 of 杨凌示范区). */
    private static final int MAX_ZONE_STEM = 4;

    /**
     * True when a group's head is a zone named after its place (济源示范区：济源市（第三次）): a place, written in full or
     * short, or a short name the gazetteer does not hold (杨凌示范区：杨陵区), and a word of {@code group-heads.txt} tagged
     * {@code zone} (示范区, 新区).
     */
    private static boolean zoneHead(String head, Places places) {
        String h = TraditionalToSimplified.toSimplified(head);
        for (String w : GROUP_HEADS.words()) {
            if ("zone".equals(GROUP_HEADS.tag(w)) && h.length() > w.length() + 1 && h.endsWith(w)) {
                String place = h.substring(0, h.length() - w.length());
                List<PlaceRef> found = places.mentions(place, null);
                return found.size() == 1 && found.get(0).chainStart() == 0 && found.get(0).end() == place.length()
                        || found.isEmpty() && place.length() <= MAX_ZONE_STEM
                        && place.chars().allMatch(c -> dev.laurel.text.HanChars.isHan((char) c));
            }
        }
        return false;
    }

    /** The longest line read as a group's head above its list (二、首次获得命名的城市（4个）). */
    private static final int MAX_HEAD_LINE = 30;

    /**
     * The count a group's head on a line of its own gives the list under it (二、首次获得命名的城市（4个）), or null: numbering
     * or a closing colon or size (连续八次获得命名的城市（3个）：), then a count phrase, no place.
     */
    static CountPhrase headCount(String line) {
        String s = line.strip();
        CountPhrase shared = sharedInNote(s);
        if (shared != null) {
            return shared; // 第八届全国文明城市（地级以上城市）名单（共23个，均为首次获评）: every place under it, its groups' too
        }
        if (s.isEmpty() || s.length() > MAX_HEAD_LINE) {
            return null;
        }
        int at = 0;
        if (Layout.mayStartNumbering(s.charAt(0))) {
            Matcher numbering = Layout.NUMBERING.matcher(s);
            if (numbering.lookingAt()) {
                at = numbering.end();
            }
        }
        String head = s.substring(at);
        boolean colon = head.endsWith("：") || head.endsWith(":");
        if (colon) {
            head = head.substring(0, head.length() - 1);
        }
        if (at == 0 && !colon && !SIZED.matcher(head).find()) {
            return null; // unnumbered, a head ends with its colon or its size (连续八次获得命名的城市（3个）): a sentence says more
        }
        return countHead(stripNote(head)); // 首次获得命名的城市（县）（4个）: countHead drops the second note
    }

    /** The longest line whose closing note is read for a count its places share. */
    private static final int MAX_TITLE_LINE = 80;

    /**
     * The count a list's title gives every place under it in its closing note, after a distributive word
     * ({@code distributive-words.txt}): 名单（共23个，均为首次获评） gives 1. Null when the line ends in no such note.
     */
    private static CountPhrase sharedInNote(String s) {
        if (s.length() < 2 || s.length() > MAX_TITLE_LINE || !isClose(s.charAt(s.length() - 1))) {
            return null;
        }
        int open = s.length() - 2;
        while (open >= 0 && !isOpen(s.charAt(open))) {
            open--;
        }
        if (open < 0) {
            return null;
        }
        String note = TraditionalToSimplified.toSimplified(s.substring(open + 1, s.length() - 1));
        for (int i = 0; i < note.length(); i++) {
            String word = CountPhrase.DISTRIBUTIVE.at(note, i);
            if (word != null) {
                return CountPhrase.startOf(note.substring(i + word.length()));
            }
        }
        return null;
    }

    private static int colon(String line, int from, int reach) {
        for (int i = from; i < Math.min(line.length(), from + reach); i++) {
            char c = line.charAt(i);
            if (c == '：' || c == ':') {
                return i;
            }
        }
        return -1;
    }

    /** The text without a trailing bracketed note: 潍坊市（3个） → 潍坊市. */
    static String stripNote(String s) {
        String t = s.strip();
        if (!t.isEmpty() && isClose(t.charAt(t.length() - 1))) {
            for (int i = t.length() - 2; i >= 0; i--) {
                if (isOpen(t.charAt(i))) {
                    return t.substring(0, i);
                }
            }
        }
        return t;
    }

    static int close(String line, int open) {
        for (int i = open + 1; i < Math.min(line.length(), open + MAX_NOTE + 2); i++) {
            if (isClose(line.charAt(i))) {
                return i;
            }
            if (isOpen(line.charAt(i))) {
                return -1;
            }
        }
        return -1;
    }

    /** The brackets a note after a name is written in: （）, (), 【】, [], and 〔〕 and 〖〗 as some documents type them. */
    static boolean isOpen(char c) {
        return c == '（' || c == '(' || c == '【' || c == '[' || c == '〔' || c == '〖';
    }

    private static boolean isClose(char c) {
        return c == '）' || c == ')' || c == '】' || c == ']' || c == '〕' || c == '〗';
    }

    /**
     * What a bracketed note after a name says: an honour count, a province, or nothing this reader uses; {@code marked}
     * when it says something of the place's honour (a count, 暂缓, 复查确认), so that the name is not one left unmarked.
     */
    private record Note(Integer times, TimesKind kind, String province, boolean withheld, boolean marked, boolean ofAll) {

        private Note(Integer times, TimesKind kind, String province, boolean withheld, boolean marked) {
            this(times, kind, province, withheld, marked, false);
        }

        private static final Note NOTHING = new Note(null, null, null, false, false);

        /** A note that says only that the count is a streak (（连续）), written after the count's own note. */
        private static final Note STREAK = new Note(null, TimesKind.CONSECUTIVE, null, false, false);

        /**
         * This note and the one written after it (南昌市（第六次）（连续）): the count of either, made consecutive when the
         * other says only 连续; withheld or marked when either is.
         */
        Note and(Note next) {
            Integer count = times != null ? times : next.times;
            TimesKind countKind = times != null ? kind : next.kind;
            boolean streak = this == STREAK || next == STREAK;
            return new Note(count, count != null && streak ? TimesKind.CONSECUTIVE : countKind,
                    province != null ? province : next.province, withheld || next.withheld, marked || next.marked);
        }

        /** The note, or null when it holds a figure that is not a count. */
        static Note read(String note, Places places) {
            String s = TraditionalToSimplified.toSimplified(note.strip());
            if (s.isEmpty()) {
                return NOTHING;
            }
            if (s.equals("连续")) {
                return STREAK;
            }
            if (RosterReader.WITHHELD.occursIn(s)) {
                return new Note(null, null, null, true, true); // （暂缓，待整改后另行公示）
            }
            CountPhrase ofAll = ListedAwardees.saidOfListAbove(s);
            if (ofAll != null) {
                return new Note(ofAll.times(), ofAll.kind(), null, false, true, true); // （以上2市均为首次命名）
            }
            for (String part : s.split("[，,]")) {
                CountPhrase count = CountPhrase.startOf(part.strip());
                count = count != null ? count : Tables.count(part); // （6）, (2次), （三次）: the note is the count
                count = count != null ? count : CountPhrase.noteEdition(part); // （第二届）: the place's second time
                if (count != null) {
                    return new Note(count.times(), count.kind(), null, false, true); // also （省直管，第三次）
                }
            }
            if (CountPhrase.saysTries(s)) {
                return NOTHING; // （第二次申报）: how often it applied, no count
            }
            List<Quantity> quantities = SCANNER.scan(s);
            if (!quantities.isEmpty()) {
                return null; // （投入2亿元）: a figure that is not a count, so not a list's note
            }
            String province = places.province(s);
            return new Note(null, null, province, false, REVIEWED.occursIn(s)); // （复查确认）: kept after a review
        }
    }
}
