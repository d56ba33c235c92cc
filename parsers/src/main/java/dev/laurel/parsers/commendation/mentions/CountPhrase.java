package dev.laurel.parsers.commendation.mentions;

import dev.laurel.model.TimesKind;
import dev.laurel.parsers.commendation.text.Lexicon;
import dev.laurel.text.HonorCount;
import dev.laurel.text.HonorCounts;
import dev.laurel.text.Quantity;
import dev.laurel.text.QuantityKind;
import dev.laurel.text.QuantityScanner;

import java.math.BigDecimal;
import java.util.List;

/**
 * An honour count written as a phrase of its own, where the words around it already say it is one:
 * a list's note （第三次）, what follows 均为 (均为首次获此殊荣). 首次 is 1 (total), 第N次 N (total), 蝉联N届 N
 * (consecutive), and the counts {@link HonorCounts} reads (连续三次, 三连冠) keep their kind.
 *
 * @param times the count
 * @param kind  total or consecutive
 */
public record CountPhrase(int times, TimesKind kind) {
    /** Words that give one count to every place of the list before them (均为, 都是), {@code distributive-words.txt}. */
    public static final Lexicon DISTRIBUTIVE = Lexicon.load("distributive-words.txt");

    /** Adverbs between names and the count said of them ({@code count-adverbs.txt}: 则, 亦, 都). */
    private static final String ADVERBS = String.join("", Lexicon.lines("count-adverbs.txt"));
    /** The most adverbs passed over between names and their count (则都是首度). */
    private static final int MAX_ADVERBS = 2;

    /**
     * Where the count said of names ending at {@code at} may start: after up to two adverbs of {@code count-adverbs.txt}
     * (安康则都是首度获评: at 是), else {@code at}.
     */
    public static int afterAdverbs(String text, int at) {
        int i = at;
        while (i < text.length() && i - at < MAX_ADVERBS && ADVERBS.indexOf(text.charAt(i)) >= 0) {
            i++;
        }
        return i;
    }

    /** Frames naming the round a count follows (继2019年之后), {@code since-frames.txt}, by tag: opens, closes, not. */
    private static final java.util.Map<String, Lexicon> SINCE = Lexicon.byTag("since-frames.txt");
    private static final Lexicon SINCE_OPENS = SINCE.get("opens");
    private static final Lexicon SINCE_CLOSES = SINCE.get("closes");
    private static final Lexicon SINCE_NOT = SINCE.get("not");
    /** The most chars between a frame's opening and its closing word (继2017年被撤销称号后: 10). */
    private static final int SINCE_REACH = 16;

    /**
     * Where a frame of {@code since-frames.txt} that starts at {@code at} ends (则是继2019年之后第二次获得命名: after 之后),
     * else {@code at}: the frame names the round a count follows, and what it says is of the past.
     */
    public static int afterSinceFrame(String text, int at) {
        int[] frame = sinceFrame(text, at);
        return frame == null ? at : frame[1] + SINCE_CLOSES.at(text, frame[1]).length();
    }

    /**
     * What a frame of {@code since-frames.txt} that starts at {@code at} says between its opening and its closing word
     * ({2017年、2020年} of 继2017年、2020年之后), as {start, end}, or null when no frame starts there.
     */
    public static int[] sinceFrame(String text, int at) {
        String open = SINCE_OPENS.at(text, at);
        if (open == null || SINCE_NOT.at(text, at) != null) {
            return null;
        }
        for (int k = at + open.length(); k < Math.min(text.length(), at + open.length() + SINCE_REACH); k++) {
            if (dev.laurel.parsers.commendation.text.Sentences.isClauseEnd(text.charAt(k))) {
                return null;
            }
            if (k > at + open.length() && SINCE_CLOSES.at(text, k) != null) {
                return new int[] {at + open.length(), k};
            }
        }
        return null;
    }

    /**
     * True when a closing word of a frame of {@code since-frames.txt} stands in {@code text} at or after {@code from}
     * (2015年之后, 1991年以来, 2019年起): what comes after a year so closed counts on from it.
     */
    public static boolean closesSinceFrame(String text, int from) {
        for (int k = from; k < text.length(); k++) {
            if (SINCE_CLOSES.at(text, k) != null) {
                return true;
            }
        }
        return false;
    }

    private static final QuantityScanner SCANNER = new QuantityScanner();
    /** The longest phrase looked at. */
    private static final int MAX = 8;

    /** The count that {@code text} (simplified) starts with, or null. */
    public static CountPhrase startOf(String text) {
        String s = text.length() > MAX ? text.substring(0, MAX) : text;
        if (FirstTimes.at(s, 0) != null) { // 首次, 首度, 首获
            return new CountPhrase(1, TimesKind.TOTAL);
        }
        if (s.startsWith("蝉联") && s.length() > 2) { // 蝉联三届: three in a row
            for (Quantity q : SCANNER.scan(s.substring(2))) {
                if (q.start() == 0 && ("届".equals(q.unit()) || "次".equals(q.unit())) && q.value().signum() > 0
                        && q.value().stripTrailingZeros().scale() <= 0 && q.value().compareTo(BigDecimal.valueOf(100)) < 0) {
                    return new CountPhrase(q.value().intValue(), TimesKind.CONSECUTIVE);
                }
            }
        }
        List<Quantity> quantities = SCANNER.scan(s);
        for (HonorCount c : HonorCounts.find(s, quantities)) {
            if (c.start() == 0 && !c.edition() && c.count() != null && c.count() > 0) {
                return tried(s, c.end()) ? null : new CountPhrase(c.count(), c.kind() == null ? TimesKind.TOTAL : c.kind());
            }
        }
        for (Quantity q : quantities) {
            if (q.start() == 0 && q.kind() == QuantityKind.ORDINAL && "次".equals(q.unit()) && q.value().signum() > 0
                    && q.value().stripTrailingZeros().scale() <= 0 && q.value().compareTo(BigDecimal.valueOf(100)) < 0) {
                return tried(s, q.end()) ? null : new CountPhrase(q.value().intValue(), TimesKind.TOTAL);
            }
        }
        return null;
    }

    /**
     * The count a list's bracketed note after a name is when it says only 第N届 (余庆县（第二届）): the place's Nth time. In
     * running text 第N届 is the honour's edition (第五届全国文明城市); a note after a name is about that name. Null otherwise.
     */
    public static CountPhrase noteEdition(String note) {
        String s = note.strip();
        if (!s.startsWith("第") || !s.endsWith("届") || s.length() > MAX) {
            return null;
        }
        List<Quantity> read = SCANNER.scan(s);
        if (read.size() != 1 || read.get(0).start() != 0 || read.get(0).end() != s.length()
                || read.get(0).kind() != QuantityKind.ORDINAL) {
            return null;
        }
        BigDecimal v = read.get(0).value();
        return v.signum() > 0 && v.stripTrailingZeros().scale() <= 0 && v.compareTo(BigDecimal.valueOf(100)) < 0
                ? new CountPhrase(v.intValue(), TimesKind.TOTAL) : null;
    }

    /** Words after a count that make it a count of tries (第2次申报), from {@code attempt-words.txt}. */
    private static final Lexicon ATTEMPTS = Lexicon.load("attempt-words.txt");

    /**
     * Where a try that succeeded at once ends, when one starts at {@code at}: a word of trying, then 即, 就 or 便 and
     * perhaps 成功 (首次参评即获此殊荣, 首次申报就成功获评: the first try won); else {@code at}.
     */
    static int afterWonTry(String simplified, int at) {
        String w = ATTEMPTS.at(simplified, at);
        if (w == null) {
            return at;
        }
        int i = at + w.length();
        if (i >= simplified.length() || "即就便".indexOf(simplified.charAt(i)) < 0) {
            return at;
        }
        i++;
        return simplified.startsWith("成功", i) ? i + 2 : i;
    }

    /** True when a word of trying ends right before {@code at}, blanks aside (参评三届后首度获评: 三届 counts tries). */
    public static boolean attemptEndingAt(String simplified, int at) {
        int i = at;
        while (i > 0 && dev.laurel.parsers.commendation.text.Paragraphs.isBlank(simplified.charAt(i - 1))) {
            i--;
        }
        return ATTEMPTS.list().endingAt(simplified, i) != null;
    }

    /** True when a simplified note counts tries (第二次申报, 第三次参评): how often a place applied, not how often it won. */
    public static boolean saysTries(String note) {
        for (Quantity q : SCANNER.scan(note)) {
            if (("次".equals(q.unit()) || "届".equals(q.unit())) && tried(note, q.end())) {
                return true;
            }
        }
        return false;
    }

    /** True when an attempt word follows the count ending at {@code end}: the place tried that often. */
    private static boolean tried(String s, int end) {
        return end < s.length() && ATTEMPTS.at(s, end) != null;
    }
}
