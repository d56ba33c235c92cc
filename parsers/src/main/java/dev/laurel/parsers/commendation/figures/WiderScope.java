package dev.laurel.parsers.commendation.figures;

import dev.laurel.parsers.commendation.mentions.HonourStatements;
import dev.laurel.parsers.commendation.mentions.PlaceRef;
import dev.laurel.parsers.commendation.mentions.Places;
import dev.laurel.parsers.commendation.text.Lexicon;
import dev.laurel.parsers.commendation.text.LogicalParagraph;
import dev.laurel.parsers.commendation.text.Paragraphs;
import dev.laurel.parsers.commendation.text.Sentences;
import dev.laurel.text.TraditionalToSimplified;

import java.util.List;

/**
 * Sentences of a section that are about a wider area than its awardee: one of the clauses that open it
 * starts with the province (截至目前，贵州省共有…25个) or a wider scope of {@code wider-scopes.txt}
 * (全省森林覆盖率达63%); 该市连续5次荣获山东省… is not, its clause starts with the awardee. Their figures
 * are the province's or the country's totals and are not the awardee's metrics. The parts of a sentence joined by ；
 * are judged one by one (全省共有29个县获评…；我县群众满意度达97.2%).
 */
public final class WiderScope {
    static final Lexicon SCOPES = Lexicon.load("wider-scopes.txt");
    /** Verbs closing a clause that says where the sentence's data come from ({@code source-verbs.txt}: 显示, 介绍). */
    private static final Lexicon SOURCES = Lexicon.load("source-verbs.txt");
    /** The first chars of the scope words, the pointers and the provinces' names and short names. */
    private static final java.util.BitSet STARTS = starts();
    /** Adverbs of time a clause may open with before its scope ({@code time-adverbs.txt}: 目前, 如今). */
    private static final Lexicon TIME_ADVERBS = Lexicon.load("time-adverbs.txt");
    /** A time a clause may open with before its scope: a year, a month or a range of months (2025年1—10月, 1-10月份). */
    private static final java.util.regex.Pattern LEADING_TIME = java.util.regex.Pattern.compile(
            "(?:(?:19|20)[0-9]{2}年)?(?:[0-9０-９]{1,2}(?:[—\\-－~～至到][0-9０-９]{1,2})?月份?)?");
    /**
     * How far a clause opening with a scope word may start when only frames holding no figure stand before it (据省林业局
     * 相关负责人介绍，“十四五”以来，全省累计完成造林146万亩).
     */
    private static final int FRAMED_HEAD = 40;

    private static boolean holdsDigit(String s, int from, int to) {
        for (int k = from; k < to; k++) {
            char c = s.charAt(k);
            if (c >= '0' && c <= '9' || c >= '０' && c <= '９') {
                return true;
            }
        }
        return false;
    }

    private WiderScope() {
    }

    private static java.util.BitSet starts() {
        java.util.BitSet set = new java.util.BitSet(0x10000);
        SCOPES.words().forEach(w -> set.set(w.charAt(0)));
        HonourStatements.POINTERS.words().forEach(w -> set.set(w.charAt(0)));
        for (dev.laurel.region.Region r : dev.laurel.region.Gazetteer.get().regions()) {
            if (r.parentCode() == null) {
                set.set(r.name().charAt(0));
                if (!r.shortName().isEmpty()) {
                    set.set(r.shortName().charAt(0));
                }
            }
        }
        return set;
    }

    /** A filter keeping the figures of {@code paragraphs} that are not in a wider-scope sentence. */
    public static MetricReader.Filter filter(List<LogicalParagraph> paragraphs, PlaceRef awardee, Places places,
                                      String province) {
        if (awardee.region() != null && awardee.region().parentCode() == null) {
            return (p, offset) -> true; // a province-level awardee: its province is itself
        }
        // paragraph, part start and end, where the wider scope starts and where the awardee speaks again: figures of one
        // part of a sentence share them
        int[] last = {-1, -1, -1, -1, -1};
        return (p, offset) -> {
            if (last[0] != p || offset < last[1] || offset >= last[2]) {
                String text = paragraphs.get(p).text();
                last[0] = p;
                last[1] = partStart(text, offset);
                last[2] = Math.max(offset + 1, partEnd(text, offset));
                last[3] = wider(text, last[1], last[2], places, province, awardee) ? last[1]
                        : widerClause(text, last[1], last[2], places, province, awardee);
                last[4] = last[3] < last[2] ? awardeeAgain(text, last[3], last[2], awardee) : last[2];
            }
            return offset < last[3] || offset >= last[4];
        };
    }

    /**
     * Where a later clause of the part {@code text[start, end)} opens with the province or a scope word, read as the
     * part's head is ({@link #wider}: 台州市已有5个县获此称号，浙江省累计达52个; 全县投入12.4亿元，全省累计投入300亿元): from
     * there on the figures are the wider area's. {@code end} when none does.
     */
    private static int widerClause(String text, int start, int end, Places places, String province, PlaceRef awardee) {
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            if ((c == '，' || c == ',') && wider(text, i + 1, end, places, province, awardee)) {
                return i + 1;
            }
        }
        return end;
    }

    /**
     * Where a later clause of the part {@code text[start, end)} opens with the awardee, by its name or a self pointer (澳门的
     * 志愿者比例约为百分之十，我们的特点是社区化，1026个村…: from 我们 on), else {@code end}.
     */
    private static int awardeeAgain(String text, int start, int end, PlaceRef awardee) {
        String s = TraditionalToSimplified.toSimplified(text.substring(start, end));
        String name = TraditionalToSimplified.toSimplified(awardee.name());
        String official = awardee.official().name();
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) != '，' && s.charAt(i) != ',') {
                continue;
            }
            int head = i + 1;
            while (head < s.length() && Paragraphs.isBlank(s.charAt(head))) {
                head++;
            }
            String pointer = HonourStatements.POINTERS.at(s, head);
            if (pointer != null && HonourStatements.isSelfPointer(pointer) && awardee.fitsLevel(pointer.charAt(pointer.length() - 1))
                    || s.startsWith(name, head) || s.startsWith(official, head)) { // 我们 fits any
                return start + head;
            }
        }
        return end;
    }

    /**
     * True when a clause opens with a scope word wider than a place (全省累计发放110万张, 全国共有…;
     * {@code wider-scopes.txt}, not those tagged {@code not} such as 全省第一): its figures are the province's or the
     * country's.
     */
    public static boolean opensWider(String clause) {
        String s = TraditionalToSimplified.toSimplified(clause);
        int i = 0;
        while (i < s.length() && Paragraphs.isBlank(s.charAt(i))) {
            i++;
        }
        String scope = SCOPES.at(s, afterRound(s, i));
        return scope != null && SCOPES.tag(scope) == null;
    }

    /**
     * Where a scope word may stand after a word naming the round at {@code i} (本批次全国共有…, 本轮全国…): past the
     * round word (tagged {@code round} in {@code wider-scopes.txt}), else {@code i}.
     */
    private static int afterRound(String s, int i) {
        String round = SCOPES.at(s, i);
        if (round == null || !"round".equals(SCOPES.tag(round))) {
            return i;
        }
        int after = i + round.length();
        String verb = SCOPES.at(s, after); // 此次命名全国共有…: the round's verb before the scope
        if (verb == null || !"after-round".equals(SCOPES.tag(verb))) {
            return after;
        }
        int end = after + verb.length();
        return end < s.length() && s.charAt(end) == '中' ? end + 1 : end; // 本轮复查中全省共有12个城市接受测评
    }

    /** True when a place is named right at {@code head[at]} (我市桑珠孜区: the pointer says whose the place is). */
    private static boolean placeAt(String head, int at, Places places, String province) {
        if (at >= head.length() || !places.mayStartMentionAt(head, at, head.length())) {
            return false;
        }
        List<PlaceRef> found = places.mentions(head.substring(at), province);
        return !found.isEmpty() && found.get(0).chainStart() == 0;
    }

    /**
     * True when the part {@code text[start, partEnd)} is of a wider scope, judged from its head: no further than the part's
     * end (该市投入3亿元。据悉，全省共有12个城市。: the first sentence is the city's).
     */
    private static boolean wider(String text, int start, int partEnd, Places places, String province, PlaceRef awardee) {
        int end = Math.min(Math.min(text.length(), partEnd), start + FRAMED_HEAD);
        if (end <= start) {
            return false;
        }
        String head = TraditionalToSimplified.toSimplified(text.substring(start, end));
        for (int i = 0; i < head.length(); i = nextClause(head, i)) {
            while (i < head.length() && Paragraphs.isBlank(head.charAt(i))) {
                i++;
            }
            if (i >= head.length() || holdsDigit(head, 0, i)) {
                break; // only frames without a figure (据…介绍，“十四五”以来，全省累计…) lead to the scope; after a figure
                // a scope opens a clause of its own ({@link #widerClause})
            }
            char first = head.charAt(i);
            if (first >= '0' && first <= '9' || first >= '０' && first <= '９') { // else no time opens the clause
                java.util.regex.Matcher time = LEADING_TIME.matcher(head).region(i, head.length());
                if (time.lookingAt() && time.end() > i && time.end() < head.length()) {
                    i = time.end(); // 1—10月全市PM2.5平均浓度为…: the scope after the months it covers
                }
            }
            String adverb = TIME_ADVERBS.at(head, i);
            if (adverb != null && i + adverb.length() < head.length()) {
                i += adverb.length(); // 据了解，目前全省森林覆盖率稳定在62.1%: the scope after the time it speaks of
            }
            if (!STARTS.get(head.charAt(i))) {
                continue; // neither a scope word nor a province can start here
            }
            int next = nextClause(head, i);
            if (next < head.length() && SOURCES.list().endingAt(head, i, next - 1) != null) {
                continue; // 大陆官方资料显示，厦门市常住人口约533万人: whose data, not whose figures
            }
            int at = afterRound(head, i);
            String scope = SCOPES.at(head, at);
            if (scope != null && !"round".equals(SCOPES.tag(scope)) && !"after-round".equals(SCOPES.tag(scope))) {
                return !"not".equals(SCOPES.tag(scope));
            }
            String pointer = HonourStatements.POINTERS.at(head, at);
            if (pointer != null && !awardee.fitsLevel(pointer.charAt(pointer.length() - 1))
                    && !placeAt(head, at + pointer.length(), places, province)) {
                return true; // 本次复审全区共有4个城市（区）参加 on the page of 吴忠市: the autonomous region's count
            }
            if (places.mayStartMentionAt(head, at, head.length())) { // 本轮江苏省共有11个设区市: the province after the round
                List<PlaceRef> found = places.mentions(head.substring(at), province);
                if (!found.isEmpty() && found.get(0).chainStart() == 0) {
                    PlaceRef p = found.get(0); // 贵州省共有 is the province; 贵州省雷山县 is the county
                    if (p.region() != null && p.region().parentCode() == null) {
                        return true;
                    }
                    // 本轮衢州市共有2个地方获得命名 on the page of 江山市: after a round word, the city holding the awardee
                    // counts its places; not 衢州市所辖江山市, which names the awardee
                    int after = at + p.end();
                    return at > i && p.region() != null && awardee.region() != null && awardee.region().isWithin(p.region())
                            && HonourStatements.subjectOpenerEnd(head, after) < 0 && !placeAt(head, after, places, province);
                }
            }
        }
        return false;
    }

    /**
     * Where the part of a sentence holding {@code offset} starts: after the last ； before it in its sentence (全省共有29
     * 个县获评，其中邯郸市6个；我县群众满意度达97.2%: the part after ； has a subject of its own), else where the sentence
     * starts ({@link Sentences#sentenceStart}).
     */
    private static int partStart(String text, int offset) {
        int limit = Math.max(0, offset - Sentences.REACH);
        int i = Math.min(offset, text.length());
        while (i > limit && !Sentences.isSentenceEnd(text.charAt(i - 1)) && !isSemicolon(text.charAt(i - 1))) {
            i--;
        }
        return i;
    }

    /** Where the part of a sentence holding {@code offset} ends: at the next ； in its sentence, else where it ends. */
    private static int partEnd(String text, int offset) {
        int limit = Math.min(text.length(), offset + Sentences.REACH);
        int i = offset;
        while (i < limit && !Sentences.isSentenceEnd(text.charAt(i)) && !isSemicolon(text.charAt(i))) {
            i++;
        }
        return i < limit && isSemicolon(text.charAt(i)) ? i : Math.min(text.length(), i + 1);
    }

    private static boolean isSemicolon(char c) {
        return c == '；' || c == ';';
    }

    /** Where the clause after the one at {@code from} starts (after ，、：；), or the head's length. */
    private static int nextClause(String head, int from) {
        for (int i = from; i < head.length(); i++) {
            char c = head.charAt(i);
            if (c == '，' || c == ',' || c == '：' || c == ':' || c == '；' || c == ';') {
                return i + 1;
            }
        }
        return head.length();
    }
}
