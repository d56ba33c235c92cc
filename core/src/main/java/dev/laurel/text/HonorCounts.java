package dev.laurel.text;

import dev.laurel.model.TimesKind;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds how often an honour was won. 先后N次 is total; 连续N次, N连冠, 蝉联 and 连续N届 are consecutive;
 * a bare N次 before 被命名/被评为/被授予/荣膺 is total (已N次蝉联 is consecutive), as is N届 after 荣获/获得
 * (已荣获六届); an ordinal 第N次 before
 * 获得/荣获/被评为/获评 is total (第四次获得…称号: the fourth time, so four times); 第N届 is an edition.
 * N次 with no such word around it (开展演练2次, 3次荣获…先进集体) is a metric, not an honour count.
 */
public final class HonorCounts {
    private static final QuantityScanner SCANNER = new QuantityScanner();
    /** A value this large or larger gives no count (count null). */
    private static final BigDecimal COUNT_LIMIT = BigDecimal.valueOf(100000);
    /** Honour words without a number of their own: 先后多次 is total, the others consecutive. */
    private static final String[] WORD_ONLY_WORDS = {"蝉联", "连续多次", "先后多次"};
    private static final WordList WORD_ONLY = WordList.of(WORD_ONLY_WORDS);

    private HonorCounts() {
    }

    /**
     * All honour counts in {@code text}, in text order.
     *
     * @param text the text to search
     * @return the counts found, empty when none
     */
    public static List<HonorCount> find(CharSequence text) {
        if (text == null) {
            throw new NullPointerException("text must not be null");
        }
        return find(text, hasCountUnit(text) ? SCANNER.scan(text) : List.of());
    }

    /**
     * All honour counts in {@code text}, from the quantities a default {@link QuantityScanner} found in it:
     * for a caller that has scanned the text already.
     *
     * @param text       the text the quantities were found in
     * @param quantities the quantities a default scanner found in {@code text}
     * @return the counts found, empty when none
     */
    public static List<HonorCount> find(CharSequence text, List<Quantity> quantities) {
        if (text == null || quantities == null) {
            throw new NullPointerException("text and quantities must not be null");
        }
        List<HonorCount> out = new ArrayList<>();
        for (Quantity q : quantities) {
            boolean edition = q.kind() == QuantityKind.ORDINAL && "届".equals(q.unit());
            if (q.kind() != QuantityKind.HONOR_COUNT && !edition) {
                continue;
            }
            int start = q.start();
            int end = q.end();
            String before = Exclusions.HONOR_WORDS_BEFORE.endingAt(text, start);
            if (before == null) {
                before = "";
            }
            start -= before.length();
            if (UnitTable.regionMatches(text, end, "蝉联") || UnitTable.regionMatches(text, end, "连冠")
                    || streakBeforeVerb(text, end)) {
                end += 2; // 连续八届蝉联, 三届连冠, 三届连续命名: the streak is part of the count
            }
            boolean consecutive = before.equals("连续") || "连冠".equals(q.unit()) || end > q.end();
            BigDecimal v = q.value();
            boolean whole = v.scale() <= 0 || v.stripTrailingZeros().scale() <= 0;
            Integer count = whole && v.signum() > 0 && v.compareTo(COUNT_LIMIT) < 0 ? v.intValue() : null; // 连续0次: none
            if (edition && !before.equals("连续")) {
                out.add(new HonorCount(count, null, true, text.subSequence(start, end).toString(), start, end));
            } else {
                out.add(new HonorCount(count, consecutive ? TimesKind.CONSECUTIVE : TimesKind.TOTAL, false,
                        text.subSequence(start, end).toString(), start, end));
            }
        }
        addWordOnly(text, out);
        addTimesInDu(text, out);
        out.sort((a, b) -> Integer.compare(a.start(), b.start()));
        return out;
    }

    /**
     * True when a char of an honour count's unit (次, 届, 连冠, 连创) is in the text; without one, scanning finds
     * no honour count and is skipped.
     */
    private static boolean hasCountUnit(CharSequence text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '次' || c == '届' || c == '冠' || c == '创' && i > 0 && text.charAt(i - 1) == '连') { // 连创, not 创建
                return true;
            }
        }
        return false;
    }

    /**
     * N度 and 第N度 right before an honour verb (北川由此三度获此命名, 第五度获评): 度 counts times there. It is no unit of
     * the scanner (一度 is "once", 30度 a temperature or kilowatt-hours), so these are found here, by their verb.
     */
    private static void addTimesInDu(CharSequence text, List<HonorCount> out) {
        if (!(text instanceof String s) || s.indexOf('度') < 0) {
            return;
        }
        for (int at = s.indexOf('度'); at > 0; at = s.indexOf('度', at + 1)) {
            if (!Exclusions.HONOR_VERBS_AFTER_ORDINAL.startsAt(s, at + 1) && !listedBeforeVerb(s, at + 1)) {
                continue;
            }
            int from = at;
            while (from > 0 && NumeralChars.isNumeral(s.charAt(from - 1))) {
                from--;
            }
            if (from < at && ExclusionRules.endsWordBeforeDigit(s, from)) {
                from++; // 唯一三度获此称号: 三度
            }
            if (from == at || overlaps(out, from, at + 1)) {
                continue;
            }
            BigDecimal v = NumeralRuns.value(s, from, at);
            if (v == null || v.signum() <= 0 || v.compareTo(COUNT_LIMIT) >= 0 || v.stripTrailingZeros().scale() > 0
                    || v.intValue() == 1 && from > 0 && s.charAt(from - 1) != '第') {
                continue; // 一度获评: "once", no count
            }
            int start = from > 0 && s.charAt(from - 1) == '第' ? from - 1 : from;
            out.add(new HonorCount(v.intValue(), TimesKind.TOTAL, false, s.substring(start, at + 1), start, at + 1));
        }
    }

    /** The most chars of the next count of a list of them: 与首度, 、第十二度. */
    private static final int NEXT_COUNT_REACH = 5;

    /**
     * True when a joiner at {@code at} (与, 和, 及, 、) is followed by the next 度 count of a list that ends right before an
     * honour verb (分别第二度与首度入选: 第二度 is a count as 首度 is).
     */
    private static boolean listedBeforeVerb(String s, int at) {
        while (at < s.length() && "与和及、與".indexOf(s.charAt(at)) >= 0) {
            int du = s.indexOf('度', at + 1);
            if (du < 0 || du - at > NEXT_COUNT_REACH) {
                return false;
            }
            for (int k = at + 1; k < du; k++) {
                if (!NumeralChars.isNumeral(s.charAt(k)) && s.charAt(k) != '第' && s.charAt(k) != '首') {
                    return false; // 与去年度, 和态度: no count
                }
            }
            if (Exclusions.HONOR_VERBS_AFTER_ORDINAL.startsAt(s, du + 1)) {
                return true;
            }
            at = du + 1;
        }
        return false;
    }

    /** 蝉联 and 连续多次 / 先后多次 without a number of their own. */
    private static void addWordOnly(CharSequence text, List<HonorCount> out) {
        if (text instanceof String s && !holdsWordOnlyStart(s)) {
            return; // most texts: none of the words can be in it
        }
        for (int i = 0; i + 1 < text.length(); i++) {
            String word = WORD_ONLY.startingAt(text, i);
            int end = word == null ? -1 : i + word.length();
            if (end < 0 || overlaps(out, i, end)) {
                continue;
            }
            TimesKind kind = word.equals("先后多次") ? TimesKind.TOTAL : TimesKind.CONSECUTIVE;
            Integer count = null;
            if (word.equals("蝉联")) { // 蝉联三届: the streak's length
                int from = end;
                int to = NumeralRuns.end(text, from);
                BigDecimal v = to > from && to < text.length() && "届次屆".indexOf(text.charAt(to)) >= 0
                        ? NumeralRuns.value(text, from, to) : null;
                if (v != null && v.signum() > 0 && v.compareTo(COUNT_LIMIT) < 0 && v.stripTrailingZeros().scale() <= 0) {
                    count = v.intValue();
                    end = to + 1;
                }
            }
            out.add(new HonorCount(count, kind, false, text.subSequence(i, end).toString(), i, end));
            i = end - 1;
        }
    }

    /** True when a char one of the word-only counts starts with is in {@code s}, found with {@link String#indexOf}. */
    private static boolean holdsWordOnlyStart(String s) {
        for (String w : WORD_ONLY_WORDS) {
            if (s.indexOf(w.charAt(0)) >= 0) {
                return true;
            }
        }
        return false;
    }

    private static boolean overlaps(List<HonorCount> list, int s, int e) {
        for (HonorCount h : list) {
            if (h.start() < e && s < h.end()) {
                return true;
            }
        }
        return false;
    }

    /**
     * True when N次/N届 at [start, unitEnd) is an honour count by the words around it, or the unit is 连冠;
     * an {@code ordinal} 第N次 counts before an honour verb (第四次获得).
     */
    static boolean isHonor(CharSequence t, int start, int unitEnd, String unit, boolean ordinal) {
        if ("连冠".equals(unit)) {
            return true;
        }
        if (!"次".equals(unit) && !"届".equals(unit) || Exclusions.REVIEWS_AFTER.startsAt(t, unitEnd)) {
            return false; // 连续第三次通过复查: reviews passed, no honour count
        }
        if (ordinal && "次".equals(unit) && Exclusions.HONOR_VERBS_AFTER_ORDINAL.startsAt(t, unitEnd)) {
            return true;
        }
        return Exclusions.HONOR_WORDS_BEFORE.endsAt(t, start)
                || (!ordinal && "届".equals(unit) && Exclusions.HONOR_VERBS_BEFORE_ROUNDS.endsAt(t, start))
                || Exclusions.HONOR_VERBS_AFTER.startsAt(t, unitEnd) || streakBeforeVerb(t, unitEnd);
    }

    /** True when 连续 and an honour verb follow a count at {@code at} (三届连续命名, 三次连续获评): a streak. */
    private static boolean streakBeforeVerb(CharSequence t, int at) {
        return UnitTable.regionMatches(t, at, "连续") && (Exclusions.HONOR_VERBS_AFTER.startsAt(t, at + 2)
                || UnitTable.regionMatches(t, at + 2, "命名"));
    }
}
