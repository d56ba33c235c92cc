package dev.laurel.parsers.commendation.text;

import dev.laurel.text.HanChars;

/**
 * Punctuation rules of Chinese running text, full- and half-width. The searches for the bounds of a
 * sentence or clause look at most {@link #REACH} chars away, so that text without punctuation costs
 * linear time however many figures or names it holds.
 */
public final class Sentences {
    /** How far a bound is searched for; a longer sentence is cut there. */
    public static final int REACH = 200;

    private Sentences() {
    }

    /** Where the sentence holding {@code at} starts (after the previous full stop), at most {@link #REACH} back. */
    public static int sentenceStart(CharSequence text, int at) {
        int limit = Math.max(0, at - REACH);
        int i = Math.min(at, text.length());
        while (i > limit && !isSentenceEnd(text.charAt(i - 1))) {
            i--;
        }
        return i;
    }

    /** Where the sentence holding {@code at} ends (after its full stop), at most {@link #REACH} ahead. */
    public static int sentenceEnd(CharSequence text, int at) {
        int limit = Math.min(text.length(), at + REACH);
        int i = at;
        while (i < limit && !isSentenceEnd(text.charAt(i))) {
            i++;
        }
        return Math.min(text.length(), i + 1);
    }

    /** Where the clause holding {@code at} starts, at most {@link #REACH} back. */
    public static int clauseStart(CharSequence text, int at) {
        int limit = Math.max(0, at - REACH);
        int i = Math.min(at, text.length());
        while (i > limit && !isClauseEnd(text.charAt(i - 1))) {
            i--;
        }
        return i;
    }

    /** Where the clause holding {@code at} ends (before its comma or stop), at most {@link #REACH} ahead. */
    public static int clauseEnd(CharSequence text, int at) {
        int limit = Math.min(text.length(), at + REACH);
        int i = at;
        while (i < limit && !isClauseEnd(text.charAt(i))) {
            i++;
        }
        return i;
    }

    /**
     * Chars that end a sentence. Not the full-width point ．, which Chinese text writes in full-width numbers (９．８億元)
     * and list numbers (1．), not after a sentence.
     */
    public static boolean isSentenceEnd(char c) {
        if (c >= '\u4E00' && c <= '\u9FFF') {
            return false; // an ideograph, the common case, in one test
        }
        return c == '。' || c == '！' || c == '？' || c == '!' || c == '?' || c == '…';
    }

    /**
     * True when a blank between Han chars stands inside {@code text[from, to)} after a char of its own: a headline parts
     * its clauses so (德清连续两届获评 长兴首次上榜). A blank right at {@code from} (汝城县 被命名为) parts nothing.
     */
    public static boolean blankPartsClauses(CharSequence text, int from, int to) {
        for (int i = from + 1; i < to; i++) {
            if (!Paragraphs.isBlank(text.charAt(i)) || !dev.laurel.text.HanChars.isHan(text.charAt(i - 1))) {
                continue;
            }
            int j = i;
            while (j < to && Paragraphs.isBlank(text.charAt(j))) {
                j++;
            }
            if (j < to && dev.laurel.text.HanChars.isHan(text.charAt(j))) {
                return true;
            }
            i = j;
        }
        return false;
    }

    /** True when a char of {@code text} ends a clause: prose, not a heading, a figure or a caption alone. */
    public static boolean holdsClauseEnd(CharSequence text) {
        return holdsClauseEnd(text, 0, text.length());
    }

    /** True when a char of {@code text[from, to)} ends a clause ({@link #isClauseEnd}). */
    public static boolean holdsClauseEnd(CharSequence text, int from, int to) {
        for (int i = from; i < to; i++) {
            if (isClauseEnd(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Chars that end a clause: sentence ends plus commas, semicolons and colons, and the bar or square parting a ticker's
     * items (国家卫生城市新名单公布 ▏ 广西北海市、钦州市首次上榜 ▏ 港股收市…; ■ 景泰县…获评… ■ 兰州至白银城际列车日均开行46对).
     */
    public static boolean isClauseEnd(char c) {
        if (c >= '\u4E00' && c <= '\u9FFF') {
            return false;
        }
        return isSentenceEnd(c) || c == '，' || c == ',' || c == '；' || c == ';' || c == '：' || c == ':' || c == '▏'
                || c == '■';
    }

    static boolean isClosingQuote(char c) {
        return c == '”' || c == '’' || c == '"' || c == '」' || c == '』' || c == '）' || c == ')';
    }

    /** True when {@code text} ends a sentence, allowing a closing quote after the full stop. */
    public static boolean endsSentence(CharSequence text) {
        int i = text.length() - 1;
        while (i >= 0 && (isClosingQuote(text.charAt(i)) || Paragraphs.isBlank(text.charAt(i)))) {
            i--;
        }
        if (i > 0 && text.charAt(i) == '.' && Character.isLetter(text.charAt(i - 1))
                && !HanChars.isHan(text.charAt(i - 1))) {
            return true; // a paragraph in another script (…명명되었다., …the title.): a full stop of its own
        }
        return i >= 0 && isSentenceEnd(text.charAt(i)) && i < text.length();
    }
}
