package dev.laurel.parsers.commendation.mentions;

import dev.laurel.parsers.commendation.text.Lexicon;
import dev.laurel.parsers.commendation.text.Paragraph;
import dev.laurel.parsers.commendation.text.Sentences;
import dev.laurel.text.TraditionalToSimplified;

import java.util.List;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The honour each part of a round-up of several honours is under. A page listing what a prefecture won this year heads
 * each part with the honour (2. 全国文明城市（县级）, 国家卫生县城：万载县首次上榜), and a sentence under it says 嘉善县连续第三届获评
 * without naming the honour again: that count is the part's honour's, not the document's. A heading is a line that is
 * only an honour after a list mark, or a line that opens with an honour and a colon; its part runs to the next heading.
 */
public final class HonourHeadings {
    /** The longest line that is only a heading. */
    private static final int MAX_HEADING = 30;
    /** The longest honour before a colon that heads a line. */
    private static final int MAX_HEAD = 20;
    /** The list marks opening a heading (2. 一、 （三） ▶), those of a list's rows ({@code list-markers.txt}), after blanks. */
    private static final Pattern MARK = Pattern.compile(
            "^\\s*(?:(?:" + String.join("|", Lexicon.lines("list-markers.txt")) + ")\\s*)+");

    /** Words making a line the title of a list ({@code list-titles.txt}: 名单). */
    private static final Lexicon LIST_TITLES = Lexicon.load("list-titles.txt");

    /** Source offset of each heading's line → whether it names only honours other than the document's. */
    private final TreeMap<Integer, Boolean> parts = new TreeMap<>();

    private HonourHeadings() {
    }

    /** The headings among {@code lines} of a page about {@code documentHonour}; none when the page names no honour. */
    public static HonourHeadings of(List<Paragraph> lines, String documentHonour) {
        HonourHeadings out = new HonourHeadings();
        if (documentHonour == null) {
            return out;
        }
        for (Paragraph line : lines) {
            String text = line.text();
            int nl = text.indexOf('\n');
            String head = headOf(TraditionalToSimplified.toSimplified(nl < 0 ? text : text.substring(0, nl)));
            if (head != null) {
                out.parts.put(line.start(), HonourFamilies.namesOnlyOtherHonours(head, documentHonour));
            }
        }
        return out;
    }

    /** True when source offset {@code at} stands in a part headed by another honour than the document's. */
    public boolean underOtherHonour(int at) {
        java.util.Map.Entry<Integer, Boolean> part = parts.floorEntry(at);
        return part != null && part.getValue();
    }

    /** The honour heading {@code line} (simplified), or null when it heads nothing. */
    private static String headOf(String line) {
        Matcher mark = MARK.matcher(line);
        boolean marked = mark.lookingAt();
        String rest = (marked ? line.substring(mark.end()) : line).strip();
        int colon = rest.indexOf('：');
        String head = colon > 0 && colon <= MAX_HEAD ? rest.substring(0, colon)
                : marked && rest.length() <= MAX_HEADING && !Sentences.holdsClauseEnd(rest) ? rest : null; // not a title's second line
        if (head == null || !HonourStatements.HONOURS.occursIn(head) || HonourStatements.VERBS.occursIn(head)
                || LIST_TITLES.occursIn(head)) {
            return null; // no honour, a statement (宜春市实现“三连冠”) or a list's title (2.湖南省卫生县城名单)
        }
        return head;
    }


    /**
     * True when a line is the title of a list of places of honours other than {@code documentHonour} only (江西省卫生县城
     * 名单 in a decision on 江西省卫生城市, 附件2：…实践创新基地名单): short, holding no clause break, with a word of
     * {@code list-titles.txt}; the list under it is not the document's roster.
     */
    public static boolean titlesOtherHonoursList(String line, String documentHonour) {
        return titlesList(line) && HonourFamilies.namesOnlyOtherHonours(TraditionalToSimplified.toSimplified(line.strip()),
                documentHonour);
    }

    /** True when a line is the title of a list: short, holding no clause break, with a word of {@code list-titles.txt}. */
    public static boolean titlesList(String line) {
        String s = line.strip();
        return s.length() <= MAX_HEADING && !Sentences.holdsClauseEnd(s)
                && LIST_TITLES.occursIn(TraditionalToSimplified.toSimplified(s));
    }
}
