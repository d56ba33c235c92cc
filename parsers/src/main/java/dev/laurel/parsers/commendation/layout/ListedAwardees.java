package dev.laurel.parsers.commendation.layout;

import dev.laurel.model.Awardee;
import dev.laurel.model.RosterEntry;
import dev.laurel.parsers.commendation.DiagnosticLog;
import dev.laurel.parsers.commendation.DocumentContext;
import dev.laurel.parsers.commendation.mentions.Collectives;
import dev.laurel.parsers.commendation.mentions.CountPhrase;
import dev.laurel.parsers.commendation.mentions.FirstTimes;
import dev.laurel.parsers.commendation.mentions.HonourHeadings;
import dev.laurel.parsers.commendation.mentions.HonourFamilies;
import dev.laurel.parsers.commendation.mentions.HonourStatements;
import dev.laurel.parsers.commendation.mentions.PlaceRef;
import dev.laurel.parsers.commendation.text.Lexicon;
import dev.laurel.parsers.commendation.text.Paragraph;
import dev.laurel.parsers.commendation.text.Quotes;
import dev.laurel.parsers.commendation.text.Sentences;
import dev.laurel.text.HonorCount;
import dev.laurel.text.HonorCounts;
import dev.laurel.text.TraditionalToSimplified;
import dev.laurel.text.WordList;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * Honour counts a list gives its places ({@code 1.南昌市（第六次）}, a table's 命名次数 column): a place
 * with a count and no deeds becomes an awardee of its own, and an awardee whose text states no count
 * takes the list's.
 */
public final class ListedAwardees {

    private ListedAwardees() {
    }

    /**
     * Adds to {@code awardees} (kept in text order) the listed places with a count, and gives the list's count
     * to awardees without one; the names added join {@code named}.
     */
    public static void addCounts(RosterReader.Roster roster, List<Awardee> awardees, Set<String> named,
                          DocumentContext context, DiagnosticLog log, List<Paragraph> documentParagraphs) {
        boolean added = false;
        SaidNote note = noteCount(documentParagraphs, roster.entries().size());
        java.util.Map<String, CountPhrase> said = saidCounts(documentParagraphs, roster, context.honor());
        for (int i = 0; i < roster.entries().size(); i++) {
            ListRows.Item item = roster.places().get(i);
            CountPhrase own = said.get(roster.entries().get(i).name());
            if (item.times() == null && own != null) {
                item = new ListRows.Item(item.place(), own.times(), own.kind()); // 定西市、临夏市为首次命名
            }
            if (item.times() == null && note != null && !item.noted() && note.covers(roster.entries(), i)) {
                // 以上…: the places above the note (以上3个县…: the last three of them)
                item = new ListRows.Item(item.place(), note.count().times(), note.count().kind()); // 注：以上城市均为首次获得…
            }
            if (item.times() == null) {
                continue;
            }
            RosterEntry e = roster.entries().get(i);
            int at = indexOf(awardees, e.name());
            if (at >= 0) {
                Awardee a = awardees.get(at);
                if (a.timesHonored() == null) {
                    awardees.set(at, new Awardee(a.name(), a.province(), a.kind(), a.regionCode(), a.honorTitle(),
                            item.times(), item.kind(), a.provincialTimesHonored(), a.summary(), a.initiatives(),
                            a.metrics(), a.span(), a.issues(), a.writtenName()));
                }
                continue;
            }
            PlaceRef place = item.place();
            DiagnosticLog.Bucket issues = log.bucket();
            dev.laurel.parsers.commendation.CommendationTextParser.reportRegion(place, issues, e.span()); // 贵安新区（首次）
            awardees.add(new Awardee(e.name(), place.province(), place.kind(), place.regionCode(),
                    context.titles().of(place), item.times(), item.kind(), null, null, List.of(), List.of(),
                    e.span(), issues.items(), place.name()));
            named.add(e.name());
            added = true;
        }
        if (added) {
            awardees.sort(Comparator.comparingInt(a -> a.span().start()));
        }
    }

    /**
     * Counts said of listed places after the list, name by name or a few together: 定西市、临夏市为首次命名；武威市、玉门市为
     * 第二次命名 (a 说明 under the decision), 其中，长春市、吉林市实现“七连冠”. The names joined by 、, 和 or 及 right before a word
     * of {@code count-verbs.txt} (为, 是, 实现; 均为, 都是) share the count phrase after it; an edition (为第六届…) is no count.
     * Before 分别 they take the counts listed after it in order, when there are as many.
     */
    private static java.util.Map<String, CountPhrase> saidCounts(List<Paragraph> paragraphs, RosterReader.Roster roster,
                                                                  String honour) {
        java.util.Map<String, CountPhrase> out = new java.util.HashMap<>();
        if (roster.entries().isEmpty()) {
            return out;
        }
        // names are matched in simplified script (陽江市 of a traditional page as 阳江市) and kept under the roster's own
        // (full names first, so that 石家庄市 wins over 石家庄), and by their short names (其中，宾川、弥渡均为首次获评)
        java.util.Map<String, String> written = new java.util.LinkedHashMap<>();
        roster.entries().forEach(e -> written.putIfAbsent(TraditionalToSimplified.toSimplified(e.name()), e.name()));
        for (int k = 0; k < roster.entries().size(); k++) {
            dev.laurel.region.Region region = roster.places().get(k).place().region();
            String brief = region == null ? "" : region.shortName();
            if (brief.length() >= 2 && !brief.equals(roster.entries().get(k).name())) {
                written.putIfAbsent(brief, roster.entries().get(k).name());
            }
        }
        WordList names = WordList.of(written.keySet().toArray(String[]::new));
        HonourHeadings headings = HonourHeadings.of(paragraphs, honour); // 5. 浙江省双拥模范城（县） / 嘉兴市连续第六次获评
        List<String> closing = List.of(); // the names listed in the last sentence of the paragraph before
        for (Paragraph p : paragraphs) {
            if (headings.underOtherHonour(p.start())) {
                closing = List.of();
                continue;
            }
            String t = TraditionalToSimplified.toSimplified(p.text());
            respectivelyOfGroup(t, 0, closing, written, out); // …肇庆市、江门市榜上有名。¶两市分别是第二次和首次获此称号
            closing = List.of();
            for (int i = 0; i < t.length(); i++) {
                if (names.startingAt(t, i) == null) {
                    continue;
                }
                List<String> chain = new ArrayList<>();
                int at = i;
                for (String n = names.startingAt(t, at); n != null; n = names.startingAt(t, at)) {
                    if (at + n.length() < t.length() && "市县区旗州盟縣區".indexOf(t.charAt(at + n.length())) >= 0) {
                        break; // 石家庄 of 石家庄市辖区: a short name glued into a longer one is not this name
                    }
                    chain.add(n);
                    at += n.length();
                    if (at < t.length() && "、和及".indexOf(t.charAt(at)) >= 0) {
                        at++;
                    } else {
                        break;
                    }
                }
                if (chain.isEmpty()) {
                    continue;
                }
                int sentenceEnd = Sentences.sentenceEnd(t, at);
                if (sentenceEnd >= t.length() - 1 || t.substring(sentenceEnd).isBlank()) {
                    closing = chain;
                } else {
                    respectivelyOfGroup(t, sentenceEnd, chain, written, out); // 榜上有名。两市分别是第二次和首次…
                }
                int statementEnd = afterStatement(t, at);
                int respective = t.startsWith(RESPECTIVELY, at) ? at
                        : statementEnd >= 0 && t.startsWith(RESPECTIVELY, statementEnd) ? statementEnd : -1;
                if (respective >= 0) { // 鄞州区、柯桥区入选，分别实现连续两届蝉联和首次获评
                    List<CountPhrase> counts = respectiveCounts(t, respective + RESPECTIVELY.length());
                    if (counts.size() == chain.size()) { // 深圳市、珠海市、湛江市分别实现“九连冠”、连续第七次获评和第八次获评
                        for (int k = 0; k < chain.size(); k++) {
                            out.putIfAbsent(written.get(chain.get(k)), counts.get(k));
                        }
                    }
                    i = Math.max(i, at - 1);
                    continue;
                }
                CountPhrase shared = sharedAfterStatement(t, statementEnd);
                if (shared != null) { // 沧州市、衡水市、任丘市、迁安市榜上有名，均为首次获评
                    chain.forEach(n -> out.putIfAbsent(written.get(n), shared));
                    i = Math.max(i, at - 1);
                    continue;
                }
                int c = CountPhrase.afterAdverbs(t, at);
                String verb = c < t.length() ? COUNT_VERBS.at(t, c) : null;
                int phrase = CountPhrase.afterSinceFrame(t, verb == null ? c : c + verb.length()); // 则是继2019年之后第二次
                while (phrase < t.length() && Quotes.opens(t.charAt(phrase))) {
                    phrase++; // 实现“七连冠”
                }
                CountPhrase count = verb != null && phrase < t.length() ? CountPhrase.startOf(t.substring(phrase))
                        : verb == null ? countBeforeVerb(t, phrase, honour) : null;
                if (count != null) {
                    chain.forEach(n -> out.putIfAbsent(written.get(n), count));
                }
                i = Math.max(i, at - 1);
            }
        }
        return out;
    }

    private static final String RESPECTIVELY = "分别";

    /**
     * A group of as many places as {@code chain} lists, named by their number and level (两市, 三县), opening the sentence at
     * {@code at} (blanks skipped) before 分别: these are the places of {@code chain}, and they take the counts listed
     * after it in order (肇庆市、江门市榜上有名。两市分别是第二次和首次获此称号), added to {@code out}.
     */
    private static void respectivelyOfGroup(String t, int at, List<String> chain, java.util.Map<String, String> written,
                                            java.util.Map<String, CountPhrase> out) {
        if (chain.size() < 2) {
            return;
        }
        while (at < t.length() && Character.isWhitespace(t.charAt(at))) {
            at++;
        }
        java.util.regex.Matcher group = GROUP.matcher(t).region(at, t.length());
        if (!group.lookingAt() || dev.laurel.text.ChineseNumerals.tryParse(group.group(1))
                .map(n -> n.intValue() != chain.size()).orElse(true)) {
            return;
        }
        List<CountPhrase> counts = respectiveCounts(t, group.end());
        if (counts.size() == chain.size()) {
            for (int k = 0; k < chain.size(); k++) {
                out.putIfAbsent(written.get(chain.get(k)), counts.get(k));
            }
        }
    }

    /** A group of places by number and level opening a sentence before 分别 (两市分别, 三县分别, 两地分别); the number is group 1. */
    private static final java.util.regex.Pattern GROUP = java.util.regex.Pattern.compile(
            "([两二三四五六七八九十2-9])(?:个)?(?:市|县|区|地|旗|城|城市|县市|市县)分别");

    /**
     * Where the clause after a naming verb at {@code at} and its comma starts (榜上有名，|均为首次获评), or -1 when no naming
     * verb and comma are written there.
     */
    private static int afterStatement(String t, int at) {
        String verb = HonourStatements.VERBS.at(t, at);
        int k = verb == null ? -1 : at + verb.length();
        return k < 0 || k >= t.length() || t.charAt(k) != '，' && t.charAt(k) != ',' ? -1 : k + 1;
    }

    /**
     * The count a distributive word at {@code at} gives, in the clause after the naming verb that follows listed names
     * (…榜上有名，均为首次获评): every name of the list's; null when no such word and count are written there or
     * {@code at} is -1.
     */
    private static CountPhrase sharedAfterStatement(String t, int at) {
        String word = at < 0 ? null : CountPhrase.DISTRIBUTIVE.at(t, at);
        return word == null ? null : CountPhrase.startOf(t.substring(at + word.length(),
                Math.min(t.length(), at + word.length() + COUNT_PHRASE + LONGEST_VERB)));
    }
    /** The longest count phrase read right after listed names (连续第五次). */
    private static final int COUNT_PHRASE = 8;
    /** The longest naming verb ({@code naming-verbs.txt}). */
    private static final int LONGEST_VERB = HonourStatements.VERBS.words().stream().mapToInt(String::length).max().orElse(0);

    /** How far after a count a word standing for the honour may start (连续五届保持该称号: after 保持). */
    private static final int POINTER_REACH = 3;

    /** True when a word standing for the document's honour (该称号, 此殊荣) starts within a few chars of {@code from}. */
    private static boolean pointsToHonourAfter(String t, int from) {
        for (int k = from; k < Math.min(t.length(), from + POINTER_REACH); k++) {
            if (Sentences.isClauseEnd(t.charAt(k))) {
                return false;
            }
            if (HonourStatements.pointsToHonour(t, k)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The honour count at {@code at} that a naming verb of the document's honour, or a word standing for it a few chars on,
     * follows (张家口市、承德市连续第五次获此殊荣; 巩义市、灵宝市已连续五届保持该称号: the names before it share it), or null.
     */
    private static CountPhrase countBeforeVerb(String t, int at, String honour) {
        String rest = t.substring(at, Math.min(t.length(), at + COUNT_PHRASE + LONGEST_VERB));
        List<HonorCount> found = HonorCounts.find(rest);
        HonorCount h = found.isEmpty() ? null : found.get(0);
        if (h == null || h.start() != 0 || h.edition() || h.count() == null || h.count() < 1
                || HonourStatements.VERBS.at(rest, h.end()) == null && !pointsToHonourAfter(rest, h.end())
                || HonourFamilies.namesOtherHonourAfter(t, at + h.end(), honour)) {
            return null;
        }
        return new CountPhrase(h.count(), h.kind() == null ? dev.laurel.model.TimesKind.TOTAL : h.kind());
    }

    /**
     * The counts listed after a 分别 at {@code from}, in order: the items of its clause split at 、, 和 and 及, each a count
     * phrase after an optional word of {@code count-verbs.txt} and quotes (实现“九连冠”、连续第七次获评和第八次获评 → 9, 7,
     * 8); empty when an item is no count.
     */
    private static List<CountPhrase> respectiveCounts(String t, int from) {
        List<CountPhrase> out = new ArrayList<>();
        int end = from;
        while (end < t.length() && !Sentences.isClauseEnd(t.charAt(end))) {
            end++;
        }
        int item = from;
        for (int k = from; k <= end; k++) {
            if (k < end && "、和及".indexOf(t.charAt(k)) < 0) {
                continue;
            }
            int a = item;
            String verb = COUNT_VERBS.at(t, a);
            a += verb == null ? 0 : verb.length();
            while (a < k && Quotes.opens(t.charAt(a))) {
                a++;
            }
            CountPhrase count = a < k ? CountPhrase.startOf(t.substring(a, k)) : null;
            if (count == null) {
                return List.of();
            }
            out.add(count);
            item = k + 1;
        }
        return out;
    }

    /** Words between listed places and the count said of them (为, 实现), from {@code count-verbs.txt}. */
    private static final Lexicon COUNT_VERBS = Lexicon.load("count-verbs.txt");

    /**
     * The count a note says of listed places: of those listed before source offset {@code before} ({@code 以上…} speaks of
     * the places above it: a list after it, 经复查，贵阳市花溪区…继续保留, is not counted by it), all of them for
     * {@link Integer#MAX_VALUE}; and of only the {@code last} of these when the note numbers the places it speaks of
     * (以上3个县均为首次命名, after a group of three under places kept from earlier rounds).
     */
    record SaidNote(CountPhrase count, int before, int last) {
        SaidNote(CountPhrase count, int before) {
            this(count, before, Integer.MAX_VALUE);
        }

        /** Whether the note speaks of entry {@code i} of {@code entries} (in text order). */
        boolean covers(List<RosterEntry> entries, int i) {
            if (entries.get(i).span().start() >= before) {
                return false;
            }
            int later = 0; // entries between this one and the note
            for (int j = i + 1; j < entries.size() && later < last; j++) {
                later += entries.get(j).span().start() < before ? 1 : 0;
            }
            return later < last;
        }
    }

    /** Words by which a note refers to all the listed places (以上, 上述), from {@code list-references.txt}. */
    private static final Lexicon REFERENCES = Lexicon.load("list-references.txt");
        /** How far after 以上 the distributive word may stand (以上城市（区）均为). */
    private static final int NOTE_REACH = 10;

    /**
     * The count a note gives every listed place not counted otherwise (注：以上城市均为首次获得“国家森林城市”称号; 其余6地为首次
     * 入选; 三县均为首次获此命名 and 这是三县首次获此命名, a collective as many as the {@code listed} places): a reference to the
     * list, then within a few chars a distributive word and a count phrase; null when no
     * paragraph says so.
     */
    static SaidNote noteCount(List<Paragraph> paragraphs, int listed) {
        for (Paragraph p : paragraphs) {
            String t = TraditionalToSimplified.toSimplified(p.text());
            Boolean said = null; // whether the paragraph holds a distributive or first-time word, which a collective needs
            for (int i = 0; i < t.length(); i++) {
                String ref = REFERENCES.at(t, i);
                int refEnd = ref != null ? i + ref.length() : -1;
                int reach = Math.min(t.length(), i + NOTE_REACH);
                if (ref == null && Collectives.mayStartAt(t, i, reach)) {
                    said = said != null ? said : CountPhrase.DISTRIBUTIVE.occursIn(t) || FirstTimes.next(t, 0) >= 0;
                    Collectives.Collective c = said ? Collectives.at(t, i, reach) : null;
                    if (c != null && c.places() == listed) {
                        refEnd = c.end(); // 三县均为首次获此命名
                        if (FirstTimes.beforeVerb(t, refEnd)) {
                            return new SaidNote(new CountPhrase(1, dev.laurel.model.TimesKind.TOTAL), Integer.MAX_VALUE); // 这是三县首次获此命名
                        }
                    }
                }
                if (refEnd < 0) {
                    continue;
                }
                int end = Math.min(t.length(), refEnd + NOTE_REACH);
                boolean rest = ref != null && REFERENCES.isTagged(ref);
                for (int j = refEnd; j < end && (!Sentences.isClauseEnd(t.charAt(j)) || rest && blankThen(t, j)
                        || t.charAt(j) == '，' && CountPhrase.DISTRIBUTIVE.at(t, j + 1) != null); j++) { // 等18个城市入选，均为首次…
                    String word = CountPhrase.DISTRIBUTIVE.at(t, j);
                    if (word == null && rest && (t.charAt(j) == '为' || t.charAt(j) == '是')) {
                        word = t.substring(j, j + 1); // 其余6地为首次入选: the places not counted yet
                    }
                    int from = word == null ? j : j + word.length();
                    if (word != null && rest && (t.startsWith("本次", from) || t.startsWith("本批", from))) {
                        from += 2; // 为本次首次授予…称号的城市
                    }
                    CountPhrase count = word == null ? null : CountPhrase.startOf(t.substring(from));
                    if (count != null) {
                        boolean above = ref != null && !REFERENCES.isTagged(ref); // 以上, 上述: the places listed before it
                        Collectives.Collective numbered = above ? Collectives.at(t, i, reach) : null; // 以上3个县
                        return new SaidNote(count, above ? p.start() + i : Integer.MAX_VALUE,
                                numbered != null && numbered.places() > 0 ? numbered.places() : Integer.MAX_VALUE);
                    }
                }
            }
        }
        return null;
    }

    /**
     * The count a note in brackets after listed names says of all of them (以上2市均为首次命名, 上述城市均为第二次获评): a
     * reference to the list at its start (not 其余), then within a few chars a distributive word and a count phrase;
     * null otherwise. The text is simplified.
     */
    static CountPhrase saidOfListAbove(String note) {
        String ref = REFERENCES.at(note, 0);
        if (ref == null || REFERENCES.isTagged(ref)) {
            return null;
        }
        int end = Math.min(note.length(), ref.length() + NOTE_REACH);
        for (int j = ref.length(); j < end && !Sentences.isClauseEnd(note.charAt(j)); j++) {
            String word = CountPhrase.DISTRIBUTIVE.at(note, j);
            if (word != null) {
                return CountPhrase.startOf(note.substring(j + word.length()));
            }
        }
        return null;
    }

    /** True at the comma of 备注栏为空的，为…: the 的 of a note about blank cells before the clause that says their count. */
    private static boolean blankThen(String t, int j) {
        return j > 0 && t.charAt(j - 1) == '的' && (t.charAt(j) == '，' || t.charAt(j) == ',');
    }

    private static int indexOf(List<Awardee> awardees, String name) {
        for (int i = 0; i < awardees.size(); i++) {
            if (awardees.get(i).name().equals(name)) {
                return i;
            }
        }
        return -1;
    }
}
