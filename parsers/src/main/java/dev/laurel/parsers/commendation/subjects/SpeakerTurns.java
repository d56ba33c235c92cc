package dev.laurel.parsers.commendation.subjects;

import dev.laurel.parsers.commendation.DocumentContext;
import dev.laurel.parsers.commendation.mentions.PlaceRef;
import dev.laurel.parsers.commendation.text.Lexicon;
import dev.laurel.parsers.commendation.text.LogicalParagraph;
import dev.laurel.parsers.commendation.text.Paragraphs;
import dev.laurel.parsers.commendation.text.Sentences;
import dev.laurel.text.HanChars;
import dev.laurel.text.TraditionalToSimplified;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The turns of an interview or a panel: a paragraph opening with a speaker's name and a colon (李卫东：…), the speaker
 * introduced beside an awardee's place (邀请到平江县退役军人事务局局长李卫东、汨罗市人民政府副市长彭慧). In a turn, 我们 and
 * the sentences that name no one are the speaker's place's, and 全市 of a county's official is a wider place's.
 */
final class SpeakerTurns {
    /** Askers' labels ({@code question-speakers.txt}: 记者, 主持人): their lines are nobody's turn. */
    private static final Lexicon ASKERS = Lexicon.load("question-speakers.txt");
    /** The shortest and the longest name of a speaker before the colon (彭慧, 欧阳卫东). */
    private static final int MIN_NAME = 2;
    private static final int MAX_NAME = 4;
    /** How far before a speaker's name their place may be named in the introduction (平江县退役军人事务局局长李卫东: 11). */
    private static final int PLACE_REACH = 24;

    private SpeakerTurns() {
    }

    /**
     * The awardee (its key in {@code awardees}) whose official speaks each paragraph that is a turn, by paragraph index;
     * empty when no paragraph is one.
     */
    static Map<Integer, String> of(List<LogicalParagraph> paragraphs, Map<String, StoryClaim> awardees,
                                   DocumentContext context) {
        Map<Integer, String> out = new HashMap<>();
        Map<String, String> byName = null; // a speaker's name -> the awardee they were introduced beside, or "" for none
        for (int p = 0; p < paragraphs.size(); p++) {
            String name = speaker(paragraphs.get(p).text());
            if (name == null) {
                continue;
            }
            byName = byName != null ? byName : new HashMap<>();
            String awardee = byName.computeIfAbsent(name, n -> introducedBeside(n, paragraphs, awardees, context));
            if (!awardee.isEmpty()) {
                out.put(p, awardee);
            }
        }
        return out;
    }

    /** The name a paragraph opens with before a colon (李卫东：…), simplified, or null; askers' labels are none. */
    private static String speaker(String text) {
        int at = 0;
        while (at < text.length() && Paragraphs.isBlank(text.charAt(at))) {
            at++;
        }
        int end = at;
        while (end < text.length() && end - at <= MAX_NAME && HanChars.isHan(text.charAt(end))) {
            end++;
        }
        if (end - at < MIN_NAME || end - at > MAX_NAME || end >= text.length()
                || text.charAt(end) != '：' && text.charAt(end) != ':') {
            return null;
        }
        String name = TraditionalToSimplified.toSimplified(text.substring(at, end));
        return ASKERS.list().endingAt(name, name.length()) != null ? null : name;
    }

    /**
     * The awardee named last before {@code name} in the clause that introduces it (…邀请到平江县退役军人事务局局长李卫东: 平江县),
     * the first such introduction; "" when none.
     */
    private static String introducedBeside(String name, List<LogicalParagraph> paragraphs, Map<String, StoryClaim> awardees,
                                           DocumentContext context) {
        for (LogicalParagraph paragraph : paragraphs) {
            String text = paragraph.text();
            String simplified = TraditionalToSimplified.toSimplified(text);
            for (int at = simplified.indexOf(name); at > 0; at = simplified.indexOf(name, at + 1)) {
                if (at + name.length() < simplified.length() && (simplified.charAt(at + name.length()) == '：'
                        || simplified.charAt(at + name.length()) == ':')) {
                    continue; // a turn of the speaker's own, not their introduction
                }
                int from = Math.max(Sentences.clauseStart(simplified, at), at - PLACE_REACH);
                String before = text.substring(from, at);
                List<PlaceRef> places = context.places().mentions(before, context.province());
                for (int k = places.size() - 1; k >= 0; k--) {
                    String key = ClauseSubjects.awardee(places.get(k), awardees);
                    if (key != null) {
                        return key;
                    }
                }
            }
        }
        return "";
    }
}
