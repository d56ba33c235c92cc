package dev.laurel.parsers.commendation.subjects;

import dev.laurel.parsers.commendation.layout.ListRows;
import dev.laurel.parsers.commendation.mentions.CountPhrase;
import dev.laurel.parsers.commendation.mentions.HonourStatements;
import dev.laurel.parsers.commendation.mentions.PlaceRef;
import dev.laurel.parsers.commendation.mentions.Places;
import dev.laurel.parsers.commendation.text.Lexicon;
import dev.laurel.parsers.commendation.text.Sentences;
import dev.laurel.parsers.commendation.text.Paragraph;
import dev.laurel.text.TraditionalToSimplified;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Places the page says were not honoured this round: a place right before a word of {@code failure-words.txt}
 * (万安县未能通过本轮考评, 临澧县此次落选), a time word between at most. Their sections are no awardees'.
 */
public final class FailedPlaces {
    private static final Lexicon WORDS = Lexicon.load("failure-words.txt");
    /** Time words that may stand between the place and the word (此次, 本轮). */
    private static final List<String> BETWEEN = List.of("此次", "本次", "本轮", "今年", "这次", "");

    private FailedPlaces() {
    }

    /** The official names of the places {@code paragraphs} say were not honoured. */
    public static Set<String> of(List<Paragraph> paragraphs, Places places, String province) {
        Set<String> out = new HashSet<>();
        for (int i = 0; i < paragraphs.size(); i++) {
            Paragraph p = paragraphs.get(i);
            String s = TraditionalToSimplified.toSimplified(p.text());
            if (!WORDS.occursIn(s)) {
                continue; // most lines hold none of the words: one search each
            }
            List<PlaceRef> mentions = places.mentions(p.text(), province);
            if (mentions.isEmpty() && headsFailedList(s)) {
                for (int k = i + 1; k < paragraphs.size(); k++) { // 四、撤销荣誉称号的 / 潜江市: the places under the head
                    String line = paragraphs.get(k).text();
                    List<PlaceRef> listed = places.mentions(line, province);
                    if (namedWithReason(line, listed)) {
                        listed = listed.subList(0, 1); // 连城县：因部分测评指标未达到标准，暂缓确认其称号
                    } else {
                        listed = ListRows.placesOfRow(line, places, province); // 黄石市, 1.潜江市: a row of the list
                        if (listed == null || listed.isEmpty()) {
                            break;
                        }
                    }
                    listed.stream().filter(m -> m.region() != null).forEach(m -> out.add(m.official().name()));
                }
                continue;
            }
            for (int k = 0; k < mentions.size(); k++) {
                PlaceRef m = mentions.get(k);
                if (m.region() == null) {
                    continue;
                }
                int next = k + 1 < mentions.size() ? mentions.get(k + 1).chainStart() : s.length();
                if (saidNotHonoured(s, m.end(), Math.min(next, Sentences.sentenceEnd(s, m.end())))) {
                    out.add(m.official().name());
                }
            }
        }
        return out;
    }

    /**
     * True when the text of simplified {@code s} after a place ending at {@code end}, up to {@code to} (its sentence's end
     * or the next place), says it was not honoured: a word right after it, a time word between at most (临澧县此次落选),
     * or after a reason (炎陵县此次因考评得分排名靠后未能入选), or a word tagged later (西昌市因…，撤销其…称号).
     */
    static boolean saidNotHonoured(String s, int end, int to) {
        if (revokedLater(s, end, to, false)) {
            return true;
        }
        for (String w : BETWEEN) {
            if (s.startsWith(w, end)) {
                int at = end + w.length();
                if (WORDS.at(s, at) != null || s.startsWith("因", at) && revokedLater(s, at, to, true)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The longest head of a list of places not honoured (三、暂缓确认保留荣誉称号、限期一年整改的). */
    private static final int MAX_HEAD = 40;

    /** True when {@code s}, a short line with no stop, holds a word tagged head ({@code failure-words.txt}: 撤销荣誉称号). */
    private static boolean headsFailedList(String s) {
        if (s.length() > MAX_HEAD || s.indexOf('。') >= 0) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            String w = WORDS.at(s, i);
            if (w != null && "head".equals(WORDS.tag(w))) {
                return true;
            }
        }
        return false;
    }

    /** True when {@code line} opens with a place and a colon, the reason after it (连城县：因…暂缓确认其称号). */
    private static boolean namedWithReason(String line, List<PlaceRef> mentions) {
        if (mentions.isEmpty()) {
            return false;
        }
        PlaceRef first = mentions.get(0);
        return line.substring(0, first.chainStart()).isBlank() && first.end() < line.length()
                && "：:".indexOf(line.charAt(first.end())) >= 0;
    }

    /**
     * True when a word tagged later (撤销其, 暂缓命名), or any word of the file but a head's when {@code any}, starts in
     * {@code s[from, to)} with no naming verb before it (平顶山市等5市被命名，另有1市暂缓命名: the verb names the place; the
     * word is another's) and outside a frame of the past ({@code since-frames.txt}: 继2017年被撤销称号后).
     */
    private static boolean revokedLater(String s, int from, int to, boolean any) {
        for (int i = from; i < to; i++) {
            int frame = CountPhrase.afterSinceFrame(s, i);
            if (frame > i) {
                i = frame - 1; // 吕梁市则是继2017年被撤销称号后，第二次获此殊荣: what the frame says is of the past
                continue;
            }
            if (HonourStatements.VERBS.at(s, i) != null) {
                return false;
            }
            String w = WORDS.at(s, i);
            if (w != null && ("later".equals(WORDS.tag(w)) || any && WORDS.tag(w) == null)) {
                return true;
            }
        }
        return false;
    }
}
