package dev.laurel.parsers.commendation.layout;

import dev.laurel.parsers.commendation.mentions.HonourStatements;
import dev.laurel.parsers.commendation.mentions.PlaceRef;
import dev.laurel.parsers.commendation.mentions.Places;
import dev.laurel.parsers.commendation.text.FootnoteMarks;
import dev.laurel.parsers.commendation.text.Lexicon;
import dev.laurel.parsers.commendation.text.Sentences;
import dev.laurel.text.TraditionalToSimplified;
import dev.laurel.text.WordList;

import java.util.ArrayList;
import java.util.List;

/**
 * Lists of place names in running text: {@code 杭州市、宁波市、温州市}. Two names are in one list when only
 * list separators stand between them.
 */
public final class RosterRuns {
    /** Fewest names for a list to count as a roster without an introduction. */
    static final int MIN_NAMES = 3;
    private static final String SEPARATORS = "、，,；;和及与 \t\u3000";
    /** Words of governing and joining between names ({@code governing-words.txt}). */
    private static final java.util.Map<String, Lexicon> GOVERNING = Lexicon.byTag("governing-words.txt");
    /** Words that may also join two names of a list: 苏州市和所辖张家港市. */
    private static final WordList JOINING_WORDS = GOVERNING.get("joins").list();

    private RosterRuns() {
    }

    /**
     * A list of names, and whether it fills the rest of a row under the row's group (山西省　　右玉县①　沁源县): one or two
     * names are a list then.
     */
    record Run(List<PlaceRef> places, boolean underRowHead) {
    }

    /** Nouns of county-level places after a count ({@code county-nouns.txt}: 县, 旗, 县级市). */
    private static final Lexicon COUNTY_NOUNS = Lexicon.load("county-nouns.txt");
    /** How far after a count's 个 its noun may end, past its modifiers (5个受命名旗县市). */
    private static final int COUNTED_NOUN_REACH = 8;

    /**
     * True when {@code run}, prefectures or provinces all, is followed in {@code text} (simplified) by a count of
     * county-level places (呼伦贝尔市、兴安盟5个受命名旗县市): the run holds the counted places and is not listed itself.
     */
    static boolean holdsCountiesCounted(String text, List<PlaceRef> run) {
        if (!aboveCounties(run)) {
            return false;
        }
        int i = run.get(run.size() - 1).end();
        String governs = COUNTY_NOUNS.at(text, i); // 曲靖市、玉溪市所属4个县（市）
        i += governs != null && "governs".equals(COUNTY_NOUNS.tag(governs)) ? governs.length() : 0;
        int digits = i;
        while (digits < text.length() && HonourStatements.countChar(text.charAt(digits))) {
            digits++;
        }
        if (digits == i || digits >= text.length() || text.charAt(digits) != '个') {
            return false;
        }
        int end = digits + 1;
        while (end < text.length() && end - digits <= COUNTED_NOUN_REACH && dev.laurel.text.HanChars.isHan(text.charAt(end))) {
            end++;
        }
        String counted = text.substring(digits + 1, end);
        for (int k = 0; k < counted.length(); k++) {
            String w = COUNTY_NOUNS.at(counted, k);
            if (w != null && COUNTY_NOUNS.tag(w) == null) {
                return true;
            }
        }
        return false;
    }

    /** True when every place of {@code run} is known and above a county (prefectures, provinces). */
    private static boolean aboveCounties(List<PlaceRef> run) {
        for (PlaceRef p : run) {
            if (p.region() == null || p.region().level() == dev.laurel.region.RegionLevel.COUNTY) {
                return false;
            }
        }
        return true;
    }

    /** Words titling a list ({@code list-titles.txt}: 名单, 名录). */
    private static final Lexicon LIST_TITLES = Lexicon.load("list-titles.txt");

    /**
     * True when {@code run}, prefectures or provinces all, is followed in {@code text} (simplified) by a word titling a
     * list, then 如下 or a colon (其中宜宾市、达州市名单如下：): the run says whose lists follow, each under its own line,
     * and is not listed itself.
     */
    static boolean titlesListsBelow(String text, List<PlaceRef> run) {
        if (!aboveCounties(run)) {
            return false;
        }
        int i = run.get(run.size() - 1).end();
        i += i < text.length() && text.charAt(i) == '的' ? 1 : 0;
        String title = LIST_TITLES.at(text, i);
        if (title == null) {
            return false;
        }
        int after = i + title.length();
        return text.startsWith("如下", after) || after < text.length() && (text.charAt(after) == '：' || text.charAt(after) == ':');
    }

    /** Every list of two or more names in {@code text}, and of one under a group head, in order. */
    static List<Run> find(String text, Places places, String provinceHint) {
        List<Run> runs = new ArrayList<>();
        List<PlaceRef> run = new ArrayList<>();
        boolean headed = false; // the run follows a group head: one name is a list then (衡水市（1个）：故城县)
        boolean rowHead = false; // and that head is a row's group cell (山西省　　右玉县)
        int lastEnd = -1; // where the last item ends: a name, or a unit named after a place that the list passes over
        List<PlaceRef> found = places.find(text, provinceHint);
        for (int k = 0; k < found.size(); k++) {
            PlaceRef ref = found.get(k);
            int unit = HonourStatements.organisationAfter(text, ref.end());
            if (unit > 0) { // 通辽市科尔沁区民族实验小学: a unit of the place, not the place; the list goes on after it
                if (!run.isEmpty() && onlySeparators(text, lastEnd, ref.chainStart())) {
                    lastEnd = unit;
                }
                continue;
            }
            if (scopesHonour(text, ref)) { // …、遂昌县浙江省森林城市称号: the province names the honour, the list ends
                if (run.size() >= 2 || (headed || leadsCountedGroup(text, lastEnd)) && run.size() == 1) {
                    runs.add(new Run(run, rowHead && endsRow(text, lastEnd)));
                }
                run = new ArrayList<>();
                headed = false;
                rowHead = false;
                lastEnd = -1;
                continue;
            }
            if (!run.isEmpty() && parentNote(text, run.get(run.size() - 1), ref)) {
                lastEnd = ref.end() + 1; // 南安市（泉州市）、: the listed place's parent in its note, no name of the list
                continue;
            }
            boolean headsRow = headsRow(text, ref, k + 1 < found.size() ? found.get(k + 1) : null);
            PlaceRef next = k + 1 < found.size() ? found.get(k + 1) : null;
            if (isGroupHead(text, ref.end()) || countsItsPlaces(text, ref) || headsRow || headsNamesAfter(text, ref, next)) { // 承德市（3个）：… heads the names after it and is not one of them
                if (run.size() >= 2 || (headed && run.size() == 1)) {
                    runs.add(new Run(run, rowHead && endsRow(text, lastEnd)));
                }
                run = new ArrayList<>();
                headed = true;
                rowHead = headsRow;
                continue;
            }
            if (!run.isEmpty() && !onlySeparators(text, lastEnd, withGluedParent(text, ref))) {
                if (run.size() >= 2 || (headed || leadsCountedGroup(text, lastEnd)) && run.size() == 1) {
                    runs.add(new Run(run, rowHead && endsRow(text, lastEnd)));
                }
                run = new ArrayList<>();
                headed = false;
                rowHead = false;
            }
            if (!run.isEmpty() && parentBefore(text, run.get(run.size() - 1), ref)) {
                run.remove(run.size() - 1); // 绥化市所辖海伦市、肇东市: the prefecture names whose places they are
            }
            run.add(ref);
            lastEnd = ref.end();
        }
        if (run.size() >= 2 || (headed || leadsCountedGroup(text, lastEnd)) && run.size() == 1) {
            runs.add(new Run(run, rowHead && endsRow(text, lastEnd)));
        }
        return runs;
    }

    /** True when {@code ref} is alone in a bracket right after {@code listed} and contains it: 南安市（泉州市）. */
    private static boolean parentNote(String text, PlaceRef listed, PlaceRef ref) {
        return ref.chainStart() == listed.end() + 1 && ListRows.isOpen(text.charAt(listed.end())) && ref.end() < text.length()
                && "）)".indexOf(text.charAt(ref.end())) >= 0 && listed.region() != null && ref.region() != null
                && listed.region().isWithin(ref.region()) && !listed.region().equals(ref.region());
    }

    /**
     * Where the short name of a place containing {@code ref}, glued right before it, starts (南安市、宁德福鼎市: 宁德 of
     * 宁德市), else where {@code ref} starts: the list goes on over such a parent.
     */
    private static int withGluedParent(String text, PlaceRef ref) {
        int at = ref.chainStart();
        if (ref.region() == null) {
            return at;
        }
        for (var parent = ref.region().parent(); parent.isPresent(); parent = parent.get().parent()) {
            String name = parent.get().name();
            for (int len = Math.min(name.length() - 1, at); len >= 2; len--) {
                if (name.startsWith(text.substring(at - len, at))) {
                    return at - len;
                }
            }
        }
        return at;
    }

    /**
     * True when only blanks and footnote marks follow {@code end} in {@code text} (…　宽甸满族自治县①): the row ends there,
     * not with a cell of something else (15　郴州市　宜章县　梅田镇: the town honoured, its county a parent cell).
     */
    private static boolean endsRow(String text, int end) {
        for (int i = end; i < text.length(); ) {
            String mark = FootnoteMarks.startingAt(text, i);
            if (mark != null) {
                i += mark.length();
            } else if (Character.isWhitespace(text.charAt(i))) { // full-width spaces too
                i++;
            } else {
                return false;
            }
        }
        return true;
    }

    /**
     * True when only blanks part {@code ref} from {@code next}, a place inside it (山西省　　右玉县①　沁源县, 辽宁省\t桓仁满族
     * 自治县): a row's group, in a cell of its own, not one of its places.
     */
    private static boolean headsRow(String text, PlaceRef ref, PlaceRef next) {
        if (next == null || ref.region() == null || next.region() == null || !next.region().isWithin(ref.region())
                || next.chainStart() <= ref.end()) {
            return false;
        }
        return text.substring(ref.end(), next.chainStart()).isBlank(); // full-width spaces too
    }

    /** Words between a place and the places it governs (绥化市所辖海伦市); after 和 (苏州市和所辖张家港市) both are listed. */
    private static final WordList GOVERNS = GOVERNING.get("governs").list();
    private static final WordList HEADS = GOVERNING.get("heads").list();

    /**
     * True when a word tagged governs ({@code governing-words.txt}: 所辖, 首府) ends right at {@code at}: a place after it
     * is the one the clause is about, not the place before the word (延边朝鲜族自治州首府延吉市连续四届保持称号).
     */
    public static boolean governedAt(String text, int at) {
        return GOVERNS.endingAt(text, at) != null;
    }

    /** True when a word tagged governs ({@code governing-words.txt}: 辖, 下辖) starts at {@code at}. */
    public static boolean governsAt(String text, int at) {
        return GOVERNS.startingAt(text, at) != null;
    }

    /**
     * True when a word tagged heads ({@code governing-words.txt}: 有, 包括) stands between {@code ref} and the next place
     * {@code next}, nothing else: 四川省有峨眉山市、泸定县；重庆市有江津区: {@code ref} heads the names after it, not one of them.
     */
    private static boolean headsNamesAfter(String text, PlaceRef ref, PlaceRef next) {
        String w = next == null ? null : HEADS.startingAt(text, ref.end());
        return w != null && ref.end() + w.length() == next.chainStart();
    }

    /**
     * True when {@code before} is written right before {@code ref} with only a word of governing between them (绥化市所辖
     * 海伦市) and contains it: the parent of the names after it, not one of them.
     */
    private static boolean parentBefore(String text, PlaceRef before, PlaceRef ref) {
        String w = GOVERNS.startingAt(text, before.end());
        return w != null && before.end() + w.length() == ref.chainStart() && before.region() != null
                && ref.region() != null && ref.region().isWithin(before.region());
    }

    /** True when {@code ref} is a province written right before an honour's noun (浙江省森林城市): the honour's scope. */
    private static boolean scopesHonour(String text, PlaceRef ref) {
        if (ref.kind() != dev.laurel.model.RegionKind.PROVINCE || ref.end() >= text.length()) {
            return false;
        }
        String scoped = TraditionalToSimplified.toSimplified(text.substring(ref.start(), Math.min(text.length(),
                ref.end() + HONOUR_WINDOW)));
        return dev.laurel.parsers.commendation.DocumentHeader.SCOPED.matcher(scoped).lookingAt();
    }

    /** How far after a province its honour may end ({@link dev.laurel.parsers.commendation.DocumentHeader#SCOPED}). */
    private static final int HONOUR_WINDOW = 16;

    /** 等, a number and 个 (命名广州市等24个市、县为…): the one name before stands for a list the text does not give. */
    private static final java.util.regex.Pattern COUNTED_GROUP = java.util.regex.Pattern.compile(
            "等[0-9０-９一二三四五六七八九十两百]+个");
    /** The most chars a counted group holds (等一百二十个). */
    private static final int COUNTED_GROUP_REACH = 8;

    /** True when a counted group (等24个) follows {@code at}: the name before it heads a list of that many. */
    static boolean leadsCountedGroup(String text, int at) {
        return at >= 0 && at < text.length() && text.charAt(at) == '等' && COUNTED_GROUP.matcher(
                TraditionalToSimplified.toSimplified(text.substring(at, Math.min(text.length(), at + COUNTED_GROUP_REACH)))).lookingAt();
    }

    /**
     * True when a place is followed by the count of its places in the list (广西壮族自治区有3地，即柳州市…; 本届全省共有8个
     * 市县获命名，临夏州有2个): it heads them, or counts them, and is not one of them.
     */
    private static boolean countsItsPlaces(String text, PlaceRef ref) {
        if (ref.region() == null) {
            return false;
        }
        int i = ref.end();
        for (String w : new String[] {"共有", "有", "共"}) {
            if (text.startsWith(w, i)) {
                i += w.length();
                break;
            }
        }
        if (i == ref.end() && ref.region().parentCode() != null) {
            return false; // …、富平县、旬阳市10个市县被命名为…: the list's last place before its size
        }
        int digits = i;
        while (i < text.length() && (Character.isDigit(text.charAt(i)) || "一二三四五六七八九十两".indexOf(text.charAt(i)) >= 0)) {
            i++;
        }
        return i > digits && i > ref.end() + 1 && i < text.length() && "地个個处處家".indexOf(text.charAt(i)) >= 0;
    }

    /** True when a colon follows the name ending at {@code end}, after an optional bracketed note: 石家庄市（4个）：. */
    static boolean isGroupHead(String text, int end) {
        int i = end;
        if (i < text.length() && (text.charAt(i) == '（' || text.charAt(i) == '(')) {
            int close = i + 1;
            while (close < text.length() && close - i <= 10 && text.charAt(close) != '）' && text.charAt(close) != ')') {
                close++;
            }
            if (close >= text.length() || close - i > 10) {
                return false;
            }
            i = close + 1;
        }
        return i < text.length() && (text.charAt(i) == '：' || text.charAt(i) == ':');
    }

    /** True when the text holds a list of at least {@link #MIN_NAMES} names. */
    static boolean isRosterParagraph(String text, Places places, String provinceHint) {
        if (!mayHoldList(text)) {
            return false;
        }
        for (Run run : find(text, places, provinceHint)) {
            if (run.places().size() >= MIN_NAMES) {
                return true;
            }
        }
        return false;
    }

    /** Words of a sentence that names the honoured: 我省漳州市、东山县榜上有名. */
    private static final java.util.regex.Pattern NAMING = java.util.regex.Pattern.compile(
            "命名|荣获|获评|授予|评为|认定|榜上有名|上榜|入选|称号|名单");

    /**
     * True when a short list starting at {@code at} is a roster: introduced by a colon or 分别是/分别为/包括, opening its
     * paragraph after a row's number only, or in a sentence about naming (命名, 荣获, 榜上有名, 上榜, 称号 …), in either
     * script.
     */
    static boolean introduced(String text, int at) {
        String before = dev.laurel.text.TraditionalToSimplified.toSimplified(text.substring(Math.max(0, at - 3), at)).strip();
        if (before.endsWith("：") || before.endsWith(":") || before.endsWith("分别是") || before.endsWith("分别为")
                || before.endsWith("包括")) {
            return true;
        }
        String heads = HEADS.endingAt(text, at);
        if (heads != null && at > heads.length() && "省市区县旗州盟縣區".indexOf(text.charAt(at - heads.length() - 1)) >= 0) {
            return true; // 四川省有峨眉山市、泸定县；重庆市有江津区: a group's head before its names
        }
        String head = text.substring(0, at).strip();
        if (!head.isEmpty() && head.chars().allMatch(c -> isArabicDigit((char) c))) {
            return true; // 9陇南市　10哈密市: a numbered list's last row, its number glued to the name
        }
        return NAMING.matcher(dev.laurel.text.TraditionalToSimplified.toSimplified(
                text.substring(Sentences.sentenceStart(text, at), Sentences.sentenceEnd(text, at)))).find();
    }

    /**
     * A cheap test before the gazetteer scan: a list of {@link #MIN_NAMES} names has at least
     * {@code MIN_NAMES - 1} division suffixes (市, 县, 区, 旗) followed by a separator.
     */
    private static boolean mayHoldList(String text) {
        int found = 0;
        for (int i = 0; i + 1 < text.length(); i++) {
            if (!isSuffix(text.charAt(i))) {
                continue;
            }
            int after = i + 1;
            while (after + 1 < text.length() && FootnoteMarks.mayStart(text.charAt(after))) {
                after++; // 福州市**、
            }
            if (SEPARATORS.indexOf(text.charAt(after)) >= 0 && ++found >= MIN_NAMES - 1) {
                return true;
            }
        }
        return false;
    }

    private static boolean isSuffix(char c) {
        return c == '市' || c == '县' || c == '区' || c == '旗' || c == '縣' || c == '區';
    }

    /**
     * True when only separators, joining words and list numbers stand in {@code text[from, to)}, after a bracketed note
     * on the name before (赤水市（第二次命名）；3.铜仁市江口县: items numbered inside a sentence).
     */
    /** The most digits of a row's number glued to the name after it (12黑河市). */
    private static final int MAX_ROW_NUMBER = 3;

    /**
     * True when {@code text[at, to)} is a row's number glued to the name at {@code to} (2北京市延庆区), after a separator or
     * right after the name before, which ends at {@code from} (20定西市21陇南市: rows whose line break a join took away): one
     * to three Arabic digits, ASCII or full-width.
     */
    private static boolean rowNumberBefore(String text, int from, int at, int to) {
        if (at == to || to - at > MAX_ROW_NUMBER || at > from && SEPARATORS.indexOf(text.charAt(at - 1)) < 0) {
            return false;
        }
        for (int k = at; k < to; k++) {
            if (!isArabicDigit(text.charAt(k))) {
                return false;
            }
        }
        return true;
    }

    private static boolean isArabicDigit(char c) {
        return c >= '0' && c <= '9' || c >= '０' && c <= '９';
    }

    private static boolean onlySeparators(String text, int from, int to) {
        int i = from;
        String mark = i < to ? FootnoteMarks.startingAt(text, i) : null;
        if (mark != null) {
            i += mark.length(); // 福州市**、厦门市: the mark of a footnote after the name before
        }
        if (i < to && ListRows.isOpen(text.charAt(i))) {
            int close = ListRows.close(text, i);
            if (close < 0 || close >= to) {
                return false;
            }
            i = close + 1;
        }
        if (to - i > 4) {
            return false;
        }
        while (i < to) {
            if (SEPARATORS.indexOf(text.charAt(i)) >= 0) {
                i++;
                continue;
            }
            if (i > from && Layout.mayStartNumbering(text.charAt(i))) {
                java.util.regex.Matcher numbering = Layout.NUMBERING.matcher(text).region(i, to);
                if (numbering.lookingAt() && numbering.end() > i) {
                    i = numbering.end(); // …；2.遵义市赤水市
                    continue;
                }
            }
            if (rowNumberBefore(text, from, i, to)) {
                break; // 1北京市门头沟区　2北京市延庆区: a row's number glued to its name
            }
            String word = JOINING_WORDS.startingAt(text, i);
            if (word == null) {
                return false;
            }
            i += word.length();
        }
        return true;
    }
}
