package dev.laurel.parsers.commendation;

import dev.laurel.model.Event;
import dev.laurel.text.TraditionalToSimplified;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The honour and naming ceremony a document states, read from its headline and preamble. Patterns are
 * matched on the simplified view of the text; what is returned is quoted from the text as written.
 */
final class DocumentHeader {
    private static final String NOUN = "(?:模范城市|模范城|模范县|模范区|文明城市|文明城|卫生城市|卫生城|园林城市|模范单位)"
            + "(?:[(（][\\p{IsHan}、]{1,4}[)）])?";
    /** An honour with its scope: 全国双拥模范城(县), 省级双拥模范城, 國家衛生城市. */
    static final Pattern SCOPED = Pattern.compile(
            "(?:全国|国家|省级|市级)\\p{IsHan}{0,6}?" + NOUN);
    /** An honour without a scope: 双拥模范城. */
    static final Pattern UNSCOPED = Pattern.compile("(?:双拥)?" + NOUN);
    private static final Pattern EVENT = Pattern.compile(
            "(?:(\\d{4})年)?(\\d{1,2})月(\\d{1,2})日[，,]?\\s*(?:[^，,。；;]{0,20}?[，,])?"
                    + "([^，,。；;]{2,40}?(?:大会|会议|表彰会|典礼|仪式))"
                    + "(?:在|於|于)(\\p{IsHan}{2,8}?)(?:隆重|胜利)?(?:召开|举行|举办)");

    private DocumentHeader() {
    }

    /** The first honour name in the texts, preferring one with a scope (全国, 省级). */
    static String honor(List<String> texts) {
        for (Pattern p : List.of(SCOPED, UNSCOPED)) {
            for (String t : texts) {
                Matcher m = p.matcher(TraditionalToSimplified.toSimplified(t));
                if (m.find()) {
                    return t.substring(m.start(), m.end());
                }
            }
        }
        return null;
    }

    /** The first naming ceremony stated: {@code 4月23日，全国…命名大会在北京隆重举行}. */
    static Event event(List<String> texts) {
        for (String t : texts) {
            Matcher m = EVENT.matcher(TraditionalToSimplified.toSimplified(t));
            if (m.find()) {
                String date = (m.group(1) != null ? m.group(1) + "-" : "")
                        + pad(m.group(2)) + "-" + pad(m.group(3));
                return new Event(date, t.substring(m.start(5), m.end(5)), t.substring(m.start(4), m.end(4)).strip());
            }
        }
        return null;
    }

    private static String pad(String n) {
        return n.length() == 1 ? "0" + n : n;
    }
}
