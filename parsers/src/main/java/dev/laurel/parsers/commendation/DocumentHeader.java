package dev.laurel.parsers.commendation;

import dev.laurel.model.Event;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The honour, province and naming ceremony a document states, read from its headline and preamble. */
final class DocumentHeader {
    private static final String NOUN = "(?:模范城市|模範城市|模范城|模範城|模范县|模範縣|模范区|模範區|文明城市|文明城"
            + "|卫生城市|衛生城市|卫生城|衛生城|园林城市|園林城市|模范单位|模範單位)(?:[(（][\\p{IsHan}、]{1,4}[)）])?";
    /** An honour with its scope: 全国双拥模范城(县), 省级双拥模范城, 國家衛生城市. */
    static final Pattern SCOPED = Pattern.compile(
            "(?:全国|全國|国家|國家|省级|省級|市级|市級)\\p{IsHan}{0,6}?" + NOUN);
    /** An honour without a scope: 双拥模范城. */
    static final Pattern UNSCOPED = Pattern.compile("(?:双拥|雙擁)?" + NOUN);
    private static final Pattern EVENT = Pattern.compile(
            "(?:(\\d{4})年)?(\\d{1,2})月(\\d{1,2})日[，,]?\\s*(?:[^，,。；;]{0,20}?[，,])?"
                    + "([^，,。；;]{2,40}?(?:大会|会议|會議|表彰会|表彰會|典礼|典禮|仪式|儀式))"
                    + "(?:在|於|于)(\\p{IsHan}{2,8}?)(?:隆重|胜利|勝利)?(?:召开|召開|举行|舉行|举办|舉辦)");

    private DocumentHeader() {
    }

    /** The first honour name in the texts, preferring one with a scope (全国, 省级). */
    static String honor(List<String> texts) {
        for (Pattern p : List.of(SCOPED, UNSCOPED)) {
            for (String t : texts) {
                Matcher m = p.matcher(t);
                if (m.find()) {
                    return m.group();
                }
            }
        }
        return null;
    }

    /** The first naming ceremony stated: {@code 4月23日，全国…命名大会在北京隆重举行}. */
    static Event event(List<String> texts) {
        for (String t : texts) {
            Matcher m = EVENT.matcher(t);
            if (m.find()) {
                String date = (m.group(1) != null ? m.group(1) + "-" : "")
                        + pad(m.group(2)) + "-" + pad(m.group(3));
                return new Event(date, m.group(5), m.group(4).strip());
            }
        }
        return null;
    }

    private static String pad(String n) {
        return n.length() == 1 ? "0" + n : n;
    }
}
