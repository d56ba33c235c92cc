package dev.laurel.parsers.commendation.subjects;

import dev.laurel.parsers.commendation.text.Lexicon;
import dev.laurel.parsers.commendation.text.Paragraphs;
import dev.laurel.parsers.commendation.text.Sentences;
import dev.laurel.text.TraditionalToSimplified;

import java.util.List;
import java.util.Map;

/**
 * The private persons a story quotes (在漳州设厂近20年的台商林先生说…, 今年72岁的侨领叶建国…, 一名台商表示…), from
 * {@code person-words.txt}: a clause that names one tells that person's story, and its figures are not the place's.
 */
final class PrivatePersons {

    private static final Map<String, Lexicon> WORDS = Lexicon.byTag("person-words.txt");
    private static final Lexicon TITLES = WORDS.get("title");
    private static final Lexicon ROLES = WORDS.get("role");
    private static final Lexicon DETERMINERS = WORDS.get("determiner");
    private static final Lexicon SPEECH = WORDS.get("speech");
    private static final Lexicon SURNAMES = WORDS.get("surname");
    private static final Lexicon SELF = WORDS.get("self");
    private static final Lexicon UNITS = WORDS.get("unit");

    /** The chars a title, a role, a determiner or an age's 岁 starts with. */
    private static final java.util.BitSet FIRST_CHARS = new java.util.BitSet(0x10000);

    static {
        for (Lexicon l : List.of(TITLES, ROLES, DETERMINERS)) {
            l.words().forEach(w -> FIRST_CHARS.set(w.charAt(0)));
        }
        FIRST_CHARS.set('岁');
    }

    /** The most chars between a determiner and the role it introduces (一名从阿里山到武夷山经营民宿8年的台商). */
    private static final int DETERMINER_REACH = 20;

    private PrivatePersons() {
    }

    /** True when {@code clause} names a private person by a title, an age, or a role a determiner or speech marks. */
    static boolean namedIn(String clause) {
        String s = TraditionalToSimplified.toSimplified(clause);
        if (speaksFirst(s)) {
            return true; // 我在那里摆摊8年, “我家开了农家乐: the speaker's own
        }
        for (int i = 0; i < s.length(); i++) {
            if (!FIRST_CHARS.get(s.charAt(i))) {
                continue; // most chars start no person word: one test each
            }
            if (i > 0 && TITLES.at(s, i) != null && SURNAMES.at(s, i - 1) != null) {
                return true; // 林先生, 李大爷
            }
            if (isAge(s, i)) {
                return true; // 今年72岁的侨领叶建国
            }
            String role = ROLES.at(s, i);
            if (role != null && SPEECH.at(s, i + role.length()) != null) {
                return true; // 一名台商表示
            }
            String determiner = DETERMINERS.at(s, i);
            if (determiner != null && introducesRole(s, i + determiner.length())) {
                return true; // 一名从阿里山到武夷山经营民宿8年的台商
            }
        }
        return false;
    }

    /**
     * True when a simplified clause opens, after blanks and an opening quote, with a first person ({@code self}) that no
     * char of a place or a body ({@code unit}: 我市, 我局, 我们) follows.
     */
    private static boolean speaksFirst(String s) {
        int i = 0;
        while (i < s.length() && (Paragraphs.isBlank(s.charAt(i)) || dev.laurel.parsers.commendation.text.Quotes.opens(s.charAt(i)))) {
            i++;
        }
        String self = SELF.at(s, i);
        int after = self == null ? -1 : i + self.length();
        return after > 0 && after < s.length() && UNITS.at(s, after) == null;
    }

    /**
     * The quotes a private person is said to have spoken right after them (“…一走就是8年。”今年69岁的市民杨德福说), as [open,
     * close) pairs of {@code text}'s offsets: the clause after the closing quote names the person and a word of speech.
     */
    static int[] quotesSpokenAfter(String text) {
        int[] out = new int[0];
        for (int close = text.indexOf('”'); close > 0; close = text.indexOf('”', close + 1)) {
            int open = text.lastIndexOf('“', close);
            if (open < 0 || out.length > 0 && open < out[out.length - 1]) {
                continue;
            }
            int from = close + 1;
            while (from < text.length() && (text.charAt(from) == '，' || text.charAt(from) == ',' || Paragraphs.isBlank(text.charAt(from)))) {
                from++;
            }
            String clause = text.substring(from, Sentences.clauseEnd(text, from));
            if (namedIn(clause) && speaks(clause)) {
                out = java.util.Arrays.copyOf(out, out.length + 2);
                out[out.length - 2] = open;
                out[out.length - 1] = close + 1;
            }
        }
        return out;
    }

    /** True when a word of speech ({@code person-words.txt}, tagged speech: 说, 表示) stands in {@code clause}. */
    private static boolean speaks(String clause) {
        String s = TraditionalToSimplified.toSimplified(clause);
        for (int i = 0; i < s.length(); i++) {
            if (SPEECH.at(s, i) != null) {
                return true;
            }
        }
        return false;
    }

    /** True when a role word starts within a few chars from {@code from}, before the clause ends. */
    private static boolean introducesRole(String s, int from) {
        for (int k = from; k < Math.min(s.length(), from + DETERMINER_REACH); k++) {
            if (Sentences.isClauseEnd(s.charAt(k))) {
                return false;
            }
            if (ROLES.at(s, k) != null) {
                return true;
            }
        }
        return false;
    }

    /**
     * True when a person's age ends at the 岁 at {@code at}: a number before it and 的, a comma or a closing bracket
     * after it (72岁的, （58岁）), or 今年 or 现年 before it at the clause's end (李阿婆今年71岁，她说…), not an age bound
     * (年满80岁的, 60岁以上).
     */
    private static boolean isAge(String s, int at) {
        boolean closes = at + 1 == s.length(); // the clause ends after it: 李阿婆今年71岁，她说…
        if (s.charAt(at) != '岁' || !closes && "的，、）)".indexOf(s.charAt(at + 1)) < 0) {
            return false;
        }
        int n = at;
        while (n > 0 && (Character.isDigit(s.charAt(n - 1)) || "一二三四五六七八九十".indexOf(s.charAt(n - 1)) >= 0)) {
            n--;
        }
        if (closes && !(s.startsWith("今年", n - 2) || s.startsWith("现年", n - 2))) {
            return false; // 人均预期寿命达到78岁: a place's figure, no person's age
        }
        return n < at && (n == 0 || s.charAt(n - 1) != '满');
    }
}
