package dev.laurel.text;

import dev.laurel.model.Qualifier;
import java.util.List;

/** The words around a quantity that qualify it (超 before, 以上 after). Longest match first. */
final class Qualifiers {
    /** A qualifier word before a number. */
    record Word(String word, Qualifier qualifier) {
    }

    private static final List<Word> BEFORE = List.of(
            new Word("不超过", Qualifier.UP_TO), new Word("不到", Qualifier.UP_TO), new Word("不足", Qualifier.UP_TO),
            new Word("将近", Qualifier.NEARLY), new Word("接近", Qualifier.NEARLY), new Word("超过", Qualifier.MORE_THAN),
            new Word("大约", Qualifier.APPROX), new Word("约为", Qualifier.APPROX), new Word("约有", Qualifier.APPROX),
            new Word("约达", Qualifier.APPROX), new Word("约", Qualifier.APPROX), new Word("近", Qualifier.NEARLY),
            new Word("超", Qualifier.MORE_THAN), new Word("逾", Qualifier.MORE_THAN), new Word("突破", Qualifier.MORE_THAN),
            // the same with the aspect particle a rewritten story adds (累计超过了120亿元, 接近了400座)
            new Word("超过了", Qualifier.MORE_THAN), new Word("突破了", Qualifier.MORE_THAN), new Word("接近了", Qualifier.NEARLY),
            // at least: the number itself or more, as 以上 after it (每年安排专项资金不低于800万元); 於 is left as it is
            // by the traditional-to-simplified table (also a simplified char), so its forms are listed too
            new Word("不低于", Qualifier.MORE_THAN), new Word("不少于", Qualifier.MORE_THAN), new Word("不小于", Qualifier.MORE_THAN),
            new Word("不低於", Qualifier.MORE_THAN), new Word("不少於", Qualifier.MORE_THAN), new Word("不小於", Qualifier.MORE_THAN),
            new Word("至少", Qualifier.MORE_THAN));

    private static final List<Word> AFTER = List.of(
            new Word("以上", Qualifier.MORE_THAN), new Word("多", Qualifier.MORE_THAN), new Word("余", Qualifier.MORE_THAN),
            new Word("左右", Qualifier.APPROX), new Word("上下", Qualifier.APPROX),
            new Word("以内", Qualifier.UP_TO), new Word("以下", Qualifier.UP_TO));

    /** {@link #BEFORE} by last char, {@link #AFTER} by first char, each in list order. */
    private static final CharTable<Word> BEFORE_BY_LAST = CharTable.of(BEFORE, w -> w.word().charAt(w.word().length() - 1), Word[]::new);
    private static final CharTable<Word> AFTER_BY_FIRST = CharTable.of(AFTER, w -> w.word().charAt(0), Word[]::new);

    /** Chars that before 近/约 make another word (最近, 附近, 节约, 制约). */
    private static final String NOT_BEFORE_JIN = "最附临靠亲就贴";
    private static final String NOT_BEFORE_YUE = "节制公签预邀条简婚契";

    private Qualifiers() {
    }

    /** The qualifier word ending right before {@code at}, or null. */
    static Word before(CharSequence t, int at) {
        int gap = at;
        while (gap > 0 && at - gap < 4 && (t.charAt(gap - 1) == ' ' || t.charAt(gap - 1) == '\u3000'
                || t.charAt(gap - 1) == '\u00A0' || t.charAt(gap - 1) == '*')) {
            gap--; // 约 1.5 万名: a page's spacing between a word and Arabic digits; 约 **35万亩**: a Markdown bold's marks
        }
        if (gap < at && gap > 0 && NumeralRuns.isHan(t.charAt(gap - 1)) && at < t.length()
                && NumeralChars.isArabic(t.charAt(at))) {
            at = gap;
        }
        Word w = endingAt(t, at);
        int rate = w == null ? beforeRate(t, at) : at;
        return rate < at ? endingAt(t, rate) : w; // 超过每立方厘米3100个: the word stands before the rate's 每
    }

    /** The qualifier word ending right at {@code at}, or null. */
    private static Word endingAt(CharSequence t, int at) {
        Word[] candidates = at > 0 && at <= t.length() ? BEFORE_BY_LAST.get(t.charAt(at - 1)) : null;
        if (candidates == null) {
            return null;
        }
        for (Word w : candidates) {
            int s = at - w.word().length();
            if (UnitTable.regionMatches(t, s, w.word())) {
                char prev = s > 0 ? t.charAt(s - 1) : ' ';
                if (w.word().equals("近") && NOT_BEFORE_JIN.indexOf(prev) >= 0) {
                    continue;
                }
                if (w.word().startsWith("约") && NOT_BEFORE_YUE.indexOf(prev) >= 0) {
                    continue;
                }
                return w;
            }
        }
        return null;
    }

    /** The most Han chars of a rate's unit between 每 and its number (每立方厘米, 每万人). */
    private static final int MAX_RATE_UNIT = 5;

    /**
     * Where a rate's 每 starts when {@code t[.., at)} ends with 每 and a few Han chars (超过每立方厘米3100个: at 每), else
     * {@code at}: a qualifier before the rate qualifies its number.
     */
    private static int beforeRate(CharSequence t, int at) {
        for (int i = at - 1; i >= 0 && at - i <= MAX_RATE_UNIT + 1; i--) {
            char c = t.charAt(i);
            if (c == '每') {
                return i < at - 1 ? i : at;
            }
            if (!NumeralRuns.isHan(c) || NumeralChars.isArabic(c)) {
                return at;
            }
        }
        return at;
    }

    /** How far back {@link #cumulative} looks for 累计. */
    private static final int LOOKBACK = 80;

    /**
     * True when 累计 governs a quantity starting at {@code from}: 累计 earlier in the same clause (no
     * ，,；;。！？：between), so 累计出动车辆1000余台次、兵力1900余人次 marks both.
     */
    static boolean cumulative(CharSequence t, int from) {
        for (int k = from - 1; k > 0 && k >= from - LOOKBACK; k--) {
            char c = t.charAt(k);
            if (isClauseBreak(c)) {
                return false;
            }
            if (c == '计' && t.charAt(k - 1) == '累') {
                return true;
            }
        }
        return false;
    }

    /** ，,；;。！？!?：: end a clause. */
    private static boolean isClauseBreak(char c) {
        return switch (c) {
            case '，', ',', '；', ';', '。', '！', '？', '!', '?', '：', ':' -> true;
            default -> false;
        };
    }

    /**
     * The qualifier of a quantity at [start, end): the word before it, else the word after it, else a 约 governing it
     * through its verb ({@link #approxByVerb}), else exact.
     */
    static Qualifier around(CharSequence t, int start, int end) {
        Word w = before(t, start);
        if (w != null) {
            return w.qualifier();
        }
        Qualifier q = after(t, end);
        return q != null ? q : approxByVerb(t, start) ? Qualifier.APPROX : Qualifier.EXACT;
    }

    /** How far before a number a 约 may govern it through its verb: 约占全省面积的 and 约合新台币 fit. */
    private static final int VERB_REACH = 12;
    /** The longest currency word between 约合 and its amount (新台币, 人民币, 港币). */
    private static final int MAX_CURRENCY_WORD = 4;

    /**
     * True when 约 stands before the verb whose object the number at {@code start} closes, in the same clause:
     * 约占青海全省面积的41.6% (a share, the number right after 的, or right after 占: 约占四成), 约合新台币780亿元 (a restatement, a currency word
     * between).
     */
    static boolean approxByVerb(CharSequence t, int start) {
        for (int k = start - 2; k >= 0 && k >= start - VERB_REACH; k--) {
            if (isClauseBreak(t.charAt(k))) {
                return false;
            }
            if (t.charAt(k) != '约' || k > 0 && NOT_BEFORE_YUE.indexOf(t.charAt(k - 1)) >= 0) {
                continue;
            }
            char verb = t.charAt(k + 1);
            if (verb == '占' && (t.charAt(start - 1) == '的' || start == k + 2)) { // 约占41.6%, 约占四成 too
                return true;
            }
            if (verb == '合' && start - (k + 2) <= MAX_CURRENCY_WORD) {
                for (int i = k + 2; i < start; i++) {
                    if (!NumeralRuns.isHan(t.charAt(i))) {
                        return false;
                    }
                }
                return true;
            }
            return false;
        }
        return false;
    }

    /** The qualifier word starting at {@code at} (after the unit), or null. */
    static Qualifier after(CharSequence t, int at) {
        Word[] candidates = at >= 0 && at < t.length() ? AFTER_BY_FIRST.get(t.charAt(at)) : null;
        if (candidates == null) {
            return null;
        }
        for (Word w : candidates) {
            if (UnitTable.regionMatches(t, at, w.word())) {
                int e = at + w.word().length();
                char next = e < t.length() ? t.charAt(e) : ' ';
                if (w.word().equals("上下") && NumeralRuns.isHan(next)) {
                    continue; // 上下班
                }
                if ((w.word().equals("多") || w.word().equals("余")) && NumeralRuns.isHan(next) && next != '万') {
                    continue; // 3人多方: only 一年多, 3个月余 at a clause end
                }
                return w.qualifier();
            }
        }
        return null;
    }
}
