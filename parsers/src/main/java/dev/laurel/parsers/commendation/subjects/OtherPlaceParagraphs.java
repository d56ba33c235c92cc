package dev.laurel.parsers.commendation.subjects;

import dev.laurel.parsers.commendation.figures.MetricReader;
import dev.laurel.parsers.commendation.mentions.HonourStatements;
import dev.laurel.parsers.commendation.mentions.PlaceRef;
import dev.laurel.parsers.commendation.mentions.Places;
import dev.laurel.parsers.commendation.text.Lexicon;
import dev.laurel.parsers.commendation.text.LogicalParagraph;
import dev.laurel.parsers.commendation.text.Paragraphs;
import dev.laurel.parsers.commendation.text.Sentences;
import dev.laurel.region.Region;

import java.util.List;

/**
 * Sentences (and parts of them after a semicolon) of a deeds section that are about another place: from one whose first
 * clause opens with a known place that is neither the section's awardee nor inside or around it, as its subject (at the
 * head, or after a modifier ending in 的: 入选“两山”基地的酉阳县、大足区也各有特色), to the paragraph's end or a sentence that
 * opens with the awardee again (邓州是…2369平方公里。永城市地处…2023年地区生产总值突破500亿元。). A page that closes its last
 * section with the places of another honour (…其他几项荣誉也各有亮点。丰宁满族自治县…；隆化县…), or a neighbour's paragraph,
 * gives those places' figures; they are not the awardee's. A sentence whose first clause names a part inside the awardee
 * with an honour of its own (同时，江山市被命名为浙江省双拥模范城，该市…) is that part's, to its end only.
 */
final class OtherPlaceParagraphs {
    /** How far into a paragraph's first clause a 的 may stand before the place it modifies is looked for. */
    private static final int MODIFIED_HEAD = 16;
    /** How much of a clause is read for its subject: a modifier's reach and the longest chain of names after it. */
    private static final int HEAD_WINDOW = MODIFIED_HEAD + 16;

    private OtherPlaceParagraphs() {
    }

    /**
     * A filter dropping the figures of the paragraphs about another place, or null when no paragraph is (or the
     * awardee is unknown): most sections keep every paragraph, and their figures are then asked nothing more.
     */
    static MetricReader.Filter filter(List<LogicalParagraph> paragraphs, PlaceRef awardee, Places places, String province) {
        Region self = awardee.region();
        if (self == null) {
            return null;
        }
        int[][] others = new int[paragraphs.size()][]; // per paragraph: the [start, end) pairs about another place
        boolean any = false;
        for (int p = 0; p < paragraphs.size(); p++) {
            others[p] = aboutOthers(paragraphs.get(p).text(), awardee, places, province);
            any |= others[p].length > 0;
        }
        return any ? (p, offset) -> !inside(others[p], offset) : null;
    }

    /**
     * The stretches of {@code text} about another place: from a sentence that opens with another place as its
     * subject up to a sentence that opens with the awardee (邓州是…2369平方公里。永城市地处…), sentences that open
     * with no place going with the one before; as [start, end) pairs.
     */
    private static int[] aboutOthers(String text, PlaceRef awardee, Places places, String province) {
        Region self = awardee.region();
        String official = awardee.official().name();
        String written = isSuffix(awardee.name().charAt(awardee.name().length() - 1)) ? awardee.name() : official;
        int[] out = new int[0];
        boolean other = false;
        for (int s = 0; s < text.length(); ) {
            int end = partEnd(text, s);
            int head = s;
            while (head < text.length() && Paragraphs.isBlank(text.charAt(head))) {
                head++;
            }
            int clauseEnd = Sentences.clauseEnd(text, head);
            while (clauseEnd < end && isFrame(text, head, clauseEnd)) {
                head = clauseEnd + 1; // 另外，在园林城市方面，北海市…: the clause after the frames holds the subject
                while (head < end && Paragraphs.isBlank(text.charAt(head))) {
                    head++;
                }
                clauseEnd = Sentences.clauseEnd(text, head);
            }
            Subject subject = Subject.NONE;
            if (text.startsWith(written, head) || text.startsWith(official, head)) {
                subject = Subject.AWARDEE; // 玉林市坚持…: the awardee by name, most sentences of a section
            } else if (clauseEnd > head && mayOpenWithPlace(text, head, clauseEnd, places)) {
                // the subject opens the clause or follows a modifier near its head: its first chars are enough
                String window = text.substring(head, Math.min(clauseEnd, head + HEAD_WINDOW));
                subject = subject(window, places.mentions(window, province), self, s > 0, province);
            }
            other = subject == Subject.OTHER || other && subject != Subject.AWARDEE && subject != Subject.NAMED_PART;
            if (other || subject == Subject.NAMED_PART) {
                if (out.length > 0 && out[out.length - 1] == s) {
                    out[out.length - 1] = end; // one stretch over consecutive sentences
                } else {
                    out = java.util.Arrays.copyOf(out, out.length + 2);
                    out[out.length - 2] = s;
                    out[out.length - 1] = end;
                }
            }
            s = end;
        }
        return out;
    }

    /**
     * The end of the sentence part starting at {@code s}: its sentence's end, or a semicolon before it (…两市共同开展…行动；
     * 玉林市同期投入1.1亿元: a part about another place as a sentence is).
     */
    static int partEnd(String text, int s) {
        int end = Sentences.sentenceEnd(text, s);
        for (int i = s; i < end - 1; i++) {
            if (text.charAt(i) == '；' || text.charAt(i) == ';') {
                return i + 1;
            }
        }
        return end;
    }

    /** Clauses that only frame their sentence ({@code frame-clauses.txt}: 另外, 在…方面). */
    private static final Lexicon FRAMES = Lexicon.load("frame-clauses.txt");
    /** The chars frames open with: 在 and the first chars of {@code frame-clauses.txt}'s words, 與 too (与此同时). */
    private static final String FRAME_FIRSTS = FRAMES.words().stream().filter(w -> !FRAMES.isTagged(w))
            .map(w -> w.substring(0, 1)).collect(java.util.stream.Collectors.joining()) + "在與";

    /** The longest clause read as a topic frame (在园林城市方面). */
    private static final int MAX_TOPIC = 14;

    /** True when the clause [from, to) is a frame: a word of its own (另外), or 在 and a topic word closing it (在…方面). */
    private static boolean isFrame(String text, int from, int to) {
        if (to - from > MAX_TOPIC + 2 || from >= to || FRAME_FIRSTS.indexOf(text.charAt(from)) < 0) {
            return false; // most clauses: too long, or opening with a char no frame opens with (told without a copy)
        }
        String clause = text.substring(from, to).strip();
        if (clause.isEmpty()) {
            return false;
        }
        String simple = dev.laurel.text.TraditionalToSimplified.toSimplified(clause);
        if (FRAMES.words().contains(simple) && !FRAMES.isTagged(simple)) {
            return true;
        }
        if (simple.charAt(0) != '在' || simple.length() > MAX_TOPIC) {
            return false;
        }
        String last = FRAMES.list().endingAt(simple, simple.length());
        return last != null && FRAMES.isTagged(last);
    }

    /** A division's suffix, ending a name written in full (玉林市, not 玉林 before 省). */
    private static boolean isSuffix(char c) {
        return "市县区州旗盟縣區".indexOf(c) >= 0;
    }

    /** True when {@code offset} falls in one of {@code stretches}, [start, end) pairs. */
    static boolean inside(int[] stretches, int offset) {
        for (int k = 0; k < stretches.length; k += 2) {
            if (offset >= stretches[k] && offset < stretches[k + 1]) {
                return true;
            }
        }
        return false;
    }

    /** What the clause at a sentence's head is about. */
    private enum Subject { AWARDEE, OTHER, NONE,
        /** A part of the awardee named with an honour of its own: the rest of its sentence is the part's, no more. */
        NAMED_PART }

    /**
     * The subject of a clause (its first chars), whose places are {@code mentions}: a known place at its head (or
     * after a modifier in 的). Past a paragraph's first sentence ({@code later}) another place counts only when
     * written in full, its division's suffix included: a short name (友谊关口岸…) says too little there; so does one
     * the gazetteer places only outside the page's {@code province} (榕江 in a Guangdong page: a river, not 榕江县).
     */
    private static Subject subject(String clause, List<PlaceRef> mentions, Region self, boolean later, String province) {
        PlaceRef first = ClauseOpenings.subjectMention(clause, mentions);
        if (first == null) {
            return Subject.NONE; // as a story's clause is read: the place at its head, or after a modifier ending in 的
        }
        Region r = first.region();
        if (r == null || !first.known()) {
            return Subject.NONE;
        }
        if (Places.related(self, r)) {
            // 同时，江山市被命名为浙江省双拥模范城，该市…: a part of the awardee named with an honour of its own
            return r.isWithin(self) && !r.equals(self) && namedAsSubject(clause, mentions, first) ? Subject.NAMED_PART
                    : Subject.AWARDEE;
        }
        boolean full = isSuffix(clause.charAt(first.end() - 1));
        boolean elsewhere = !full && province != null && first.province() != null && !province.equals(first.province());
        return r.parentCode() != null && (!later || full) && !elsewhere ? Subject.OTHER : Subject.NONE;
    }

    /** True when the clause's first statement of an honour names {@code place} as its subject (江山市被命名为浙江省双拥模范城). */
    private static boolean namedAsSubject(String clause, List<PlaceRef> mentions, PlaceRef place) {
        if (!HonourStatements.mayState(clause)) {
            return false;
        }
        List<HonourStatements.Statement> said = HonourStatements.find(clause, mentions, null);
        return !said.isEmpty() && said.get(0).subjects().contains(place);
    }

    /**
     * False when no place name can start at the clause's head, after a word of {@code subject-openers.txt} opening it or
     * right after a 的 near it (judged by the names' first chars, without a scan): most paragraphs open with no place.
     */
    private static boolean mayOpenWithPlace(String text, int head, int end, Places places) {
        if (places.mayStartMentionAt(text, head, end)) {
            return true;
        }
        int opener = HonourStatements.subjectOpenerEnd(text, head); // 省会广州早在2011年…
        if (opener > head && places.mayStartMentionAt(text, opener, end)) {
            return true;
        }
        for (int i = head; i < Math.min(end - 1, head + MODIFIED_HEAD); i++) {
            if (text.charAt(i) == '的' && places.mayStartMentionAt(text, i + 1, end)) {
                return true;
            }
        }
        return false;
    }
}
