package dev.laurel.text;

import java.util.Arrays;
import java.util.Objects;

/**
 * The text as a reader sees it, with an offset map back to the text as written. Readers match words,
 * places and numbers in {@link #text()} and report spans of the source through {@link #sourceStart} and
 * {@link #sourceEnd}. Six things are left out of the view (seven with a caller's joins), nothing is added or reordered:
 * <ul>
 *   <li>invisible format chars (U+200B, U+00AD, U+FEFF, direction marks: Unicode category Cf);</li>
 *   <li>pinyin annotations after a Han char: 擁(yōng)軍 reads 擁軍, 蘇（sū）州市 reads 蘇州市; the brackets
 *       hold latin letters and spaces only, with at least one tone-marked vowel, so (GDP), (km) and (2024)
 *       stay;</li>
 *   <li>letter spacing: one space between two Han chars that each stand alone (河 北, 省 份) reads 河北, 省份,
 *       and so does one after a clause's first char (…平方米。南 丰县还为…, a scan's stray space);
 *       a space between longer words (南京市 无锡市) and runs of spaces (table columns) stay;</li>
 *   <li>padding around punctuation: spaces between a Han char or CJK bracket and a comma, stop, 、, colon or
 *       semicolon (霞浦县 , 是) read without them;</li>
 *   <li>the line breaks of a text wrapped at a fixed width (a PDF gazette copied as text) that break a sentence
 *       or a name (恭城瑶族自治 / 县) where its author did not ({@link HardWraps});</li>
 *   <li>the line numbers at the head of each line of a line-numbered copy ({@link LineNumbers});</li>
 *   <li>and, when the caller asks, the chars its joins mark ({@link #of(String, java.util.function.Function)}).</li>
 * </ul>
 * A few things are read as what they stand for, char for char: an ASCII full stop right after a Han char (全国累计已有230个了.)
 * reads 。, and a run of them (古树名木挂牌保护1,482株......) reads as many …, so that sentences end where a page typed
 * with a western keyboard ends them; not after a list number (一. 总体要求) or before a letter or digit. Marks text
 * recognition misreads are read as the marks they were ({@link #ocrMark}: 丶 for 、, o for 。).
 * Script is not changed (traditional stays traditional): a view keeps the page's own words for labels and
 * names. Other line breaks are never dropped. Immutable and thread-safe.
 */
public final class ReadingView {
    private final String text;
    /** {@code origin[i]} is the source index of view char {@code i}; null for the identity view. */
    private final int[] origin;
    private final int sourceLength;
    private final int wrapBreaks;
    private final int joinedBreaks;

    private ReadingView(String text, int[] origin, int sourceLength, int wrapBreaks, int joinedBreaks) {
        this.text = text;
        this.origin = origin;
        this.sourceLength = sourceLength;
        this.wrapBreaks = wrapBreaks;
        this.joinedBreaks = joinedBreaks;
    }

    /**
     * The reading view of {@code source}; the identity view (same string) when nothing is left out.
     *
     * @param source the source text
     * @return the view of it
     */
    public static ReadingView of(String source) {
        return of(source, null);
    }

    /**
     * The reading view of {@code source}, reading past the chars {@code joins} marks as well (a function of the text
     * after line numbers are out, giving a mask over it or null): line breaks a reader knows to cut a word, such as the
     * names {@code dev.laurel.region.NameBreaks} finds (赤 / 水市).
     *
     * @param source the source text
     * @param joins  the chars to read past besides the view's own, or null for none
     * @return the view of it
     */
    public static ReadingView of(String source, java.util.function.Function<String, boolean[]> joins) {
        Objects.requireNonNull(source, "source");
        boolean[] numbers = LineNumbers.columns(source);
        if (numbers == null) {
            return read(source, joins);
        }
        // a line-numbered copy: its numbers out first, so that the rest (wrapping above all) reads the lines' text
        StringBuilder b = new StringBuilder(source.length());
        int[] kept = new int[source.length()];
        for (int i = 0; i < source.length(); i++) {
            if (!numbers[i]) {
                kept[b.length()] = i;
                b.append(source.charAt(i));
            }
        }
        ReadingView rest = read(b.toString(), joins);
        int[] origin = new int[rest.text.length()];
        for (int i = 0; i < origin.length; i++) {
            origin[i] = kept[rest.origin == null ? i : rest.origin[i]];
        }
        return new ReadingView(rest.text, origin, source.length(), rest.wrapBreaks, rest.joinedBreaks);
    }

    private static ReadingView read(String source, java.util.function.Function<String, boolean[]> joins) {
        int n = source.length();
        boolean[] drop = HardWraps.breaks(source); // 恭城瑶族自治 / 县: a break the wrapping made, not the author
        int wrapBreaks = 0;
        for (int i = 0; drop != null && i < n; i++) {
            wrapBreaks += drop[i] && source.charAt(i) == '\n' ? 1 : 0;
        }
        boolean[] joined = joins == null ? null : joins.apply(source); // 赤 / 水市: a name the break cut
        int joinedBreaks = 0;
        for (int i = 0; joined != null && i < n; i++) {
            if (joined[i]) {
                joinedBreaks += i == 0 || !joined[i - 1] ? 1 : 0; // one run of chars per cut
                drop = drop == null ? new boolean[n] : drop;
                drop[i] = true;
            }
        }
        char[] read = null; // a char read as another (. after a Han char as 。), 0 for the char itself
        for (int i = 0; i < n; i++) {
            char c = source.charAt(i);
            if (c == OCR_DUN || c == OCR_STOP) {
                char as = ocrMark(source, i);
                if (as != 0) {
                    read = read == null ? new char[n] : read;
                    read[i] = as;
                }
                continue;
            }
            if (c < 0x80 ? c != ' ' && c != '(' && c != '.' : c >= 0x3400 && c <= 0x9FFF || c >= 0x3001 && c <= 0x303F
                    || c >= 0xFF01 && c <= 0xFFEF && c != '（') {
                continue; // fast path: ideographs, CJK and full-width punctuation, ASCII that starts nothing dropped
            }
            if (c == '.') {
                int stops = fullStops(source, i);
                if (stops > 0) {
                    read = read == null ? new char[n] : read;
                    Arrays.fill(read, i, i + stops, stops == 1 ? '。' : '…');
                    i += stops - 1;
                }
                continue;
            }
            int skip = 0;
            if (Character.getType(c) == Character.FORMAT) {
                skip = 1;
            } else if ((c == '(' || c == '（') && i > 0 && isHan(source.charAt(i - 1))) {
                skip = pinyinAnnotation(source, i);
            } else if (isSpace(c)) {
                skip = droppableSpaces(source, i);
            }
            if (skip > 0) {
                if (drop == null) {
                    drop = new boolean[n];
                }
                Arrays.fill(drop, i, i + skip, true);
                i += skip - 1;
            }
        }
        if (drop == null && read == null) {
            return new ReadingView(source, null, n, 0, 0);
        }
        StringBuilder b = new StringBuilder(n);
        int[] origin = new int[n];
        for (int i = 0; i < n; i++) {
            if (drop == null || !drop[i]) {
                origin[b.length()] = i;
                b.append(read != null && read[i] != 0 ? read[i] : source.charAt(i));
            }
        }
        return new ReadingView(b.toString(), Arrays.copyOf(origin, b.length()), n, wrapBreaks, joinedBreaks);
    }

    /**
     * The text to read.
     *
     * @return the source without the chars left out
     */
    public String text() {
        return text;
    }

    /**
     * How many line breaks of a text wrapped at a fixed width the view reads past ({@link HardWraps}).
     *
     * @return the number of wrapping breaks left out, 0 for a text not so wrapped
     */
    public int wrapBreaks() {
        return wrapBreaks;
    }

    /**
     * How many cuts the caller's joins read past ({@link #of(String, java.util.function.Function)}): line breaks that
     * cut a word in two, each with what stood between the halves.
     *
     * @return the number of such cuts, 0 when none
     */
    public int joinedBreaks() {
        return joinedBreaks;
    }

    /**
     * Whether the view is the source itself.
     *
     * @return true when nothing was left out
     */
    public boolean isIdentity() {
        return origin == null;
    }

    /**
     * The source index of the view char at {@code i}; {@code text().length()} maps to the source's end.
     *
     * @param i a view index, up to {@code text().length()}
     * @return the source index
     */
    public int sourceStart(int i) {
        Objects.checkIndex(i, text.length() + 1);
        if (origin == null) {
            return i;
        }
        return i == text.length() ? sourceLength : origin[i];
    }

    /**
     * The source end (exclusive) of a view span ending (exclusive) at {@code end}, which starts at {@code start}.
     *
     * @param start the view span's start
     * @param end   the view span's exclusive end
     * @return the source's exclusive end
     */
    public int sourceEnd(int start, int end) {
        Objects.checkFromToIndex(start, end, text.length());
        if (origin == null) {
            return end;
        }
        return end == start ? sourceStart(start) : origin[end - 1] + 1;
    }

    /**
     * The view index of the first view char at or after source index {@code sourceIndex} (the view's length
     * past its last char): the inverse of {@link #sourceStart} for the chars the view keeps.
     *
     * @param sourceIndex a source index
     * @return the view index
     */
    public int viewIndex(int sourceIndex) {
        Objects.checkIndex(sourceIndex, sourceLength + 1);
        if (origin == null) {
            return sourceIndex;
        }
        int k = Arrays.binarySearch(origin, sourceIndex);
        return k >= 0 ? k : -k - 1;
    }

    private static boolean isHan(char c) {
        return c >= 0x3400 && c <= 0x9FFF || c >= 0xF900 && c <= 0xFAFF;
    }

    /**
     * The number of ASCII full stops at {@code at} that end a sentence: right after a Han char that is not a list number
     * at a line's head (一. 总体要求), and not before a letter or digit (a run of two or more, an ellipsis, before anything);
     * else 0.
     */
    private static int fullStops(String s, int at) {
        if (at == 0 || !isHan(s.charAt(at - 1))) {
            return 0;
        }
        int end = at;
        while (end < s.length() && s.charAt(end) == '.') {
            end++;
        }
        if (end - at == 1 && end < s.length() && (Character.isLetterOrDigit(s.charAt(end)) && !isHan(s.charAt(end)))) {
            return 0; // 市.gov, 约.5: no stop
        }
        int head = at - 1;
        while (head > 0 && NumeralChars.isNumeral(s.charAt(head - 1)) && isHan(s.charAt(head - 1))) {
            head--;
        }
        boolean listNumber = NumeralChars.isNumeral(s.charAt(at - 1)) && at - head <= 3
                && (head == 0 || s.charAt(head - 1) == '\n');
        return listNumber ? 0 : end - at;
    }

    /** The radical 丶, which text recognition reads for the list comma 、. */
    private static final char OCR_DUN = '\u4E36';
    /** The letter o, which text recognition reads for the full stop 。. */
    private static final char OCR_STOP = 'o';

    /**
     * What text recognition misread at {@code at}, or 0: 丶 between two Han chars is 、 (华亭市(第三次)丶崇信县), and a
     * lone o right after a Han char and before a Han char, a closing quote or the line's end is 。 (先进典型o为表彰先进).
     */
    private static char ocrMark(String s, int at) {
        if (at == 0) {
            return 0;
        }
        char before = s.charAt(at - 1);
        char after = at + 1 < s.length() ? s.charAt(at + 1) : '\n';
        if (s.charAt(at) == OCR_DUN) {
            return (isHan(before) || before == ')' || before == '）') && isHan(after) ? '、' : 0;
        }
        return isHan(before) && (isHan(after) || after == '\n' || after == '\r' || after == '”' || after == '」')
                ? '。' : 0;
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\u3000' || c == '\u00A0';
    }

    /** The length of a pinyin annotation starting with the bracket at {@code at}, or 0. */
    private static int pinyinAnnotation(String s, int at) {
        char close = s.charAt(at) == '(' ? ')' : '）';
        boolean tone = false;
        int letters = 0;
        for (int j = at + 1; j < s.length() && j <= at + 40; j++) {
            char c = s.charAt(j);
            if (c == close || (c == ')' || c == '）')) {
                return tone && letters > 0 ? j - at + 1 : 0;
            }
            if (TONED.indexOf(c) >= 0) {
                tone = true;
                letters++;
            } else if (c >= 'a' && c <= 'z' || c == 'ü' || c == 'ê' || c == '\'' || c == 'ˇ') {
                letters++;
            } else if (c != ' ') {
                return 0;
            }
        }
        return 0;
    }

    private static final String TONED = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜńňǹḿ";

    /**
     * The length of the run of spaces at {@code at} when the view leaves it out (letter spacing or padding
     * around punctuation), else 0.
     */
    private static int droppableSpaces(String s, int at) {
        int end = at;
        while (end < s.length() && isSpace(s.charAt(end))) {
            end++;
        }
        if (at == 0 || end == s.length()) {
            return 0;
        }
        char before = s.charAt(at - 1);
        char after = s.charAt(end);
        if (end - at == 1 && isHan(before) && isHan(after) && alone(s, at - 1, -1) && alone(s, end, +1)) {
            return 1; // 河 北
        }
        if (end - at == 1 && isHan(before) && isHan(after) && at >= 2 && isPunct(s.charAt(at - 2))) {
            return 1; // …平方米。南 丰县还为…: a scan's stray space after a clause's first char, which stands alone in no word
        }
        if (isPadded(before) && isPunct(after) || isPunct(before) && isPadded(after)) {
            return end - at; // 霞浦县 , 是
        }
        return 0;
    }

    /** Whether the Han char at {@code i} has no Han neighbour on the side away from the space. */
    private static boolean alone(String s, int i, int step) {
        int j = i + step;
        return j < 0 || j >= s.length() || !isHan(s.charAt(j));
    }

    private static boolean isPunct(char c) {
        return ",，。、;；:：".indexOf(c) >= 0;
    }

    private static boolean isPadded(char c) {
        return isHan(c) || "“”‘’（）《》【】「」".indexOf(c) >= 0 || isPunct(c);
    }
}
