package dev.laurel.region;

import dev.laurel.text.HanChars;

import java.util.HashSet;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The line breaks that cut a place's name in two (…、赤 / 水市、习水县…), as a list copied from a PDF has them, maybe
 * with the page's number and its running header between the halves (…荔 / —3— / 贵州省生态环境厅文件 / 波县…). A break
 * is one when the few Han chars before it and after it, read together, hold a division's full name across it; names
 * that end before it or start after it (湄潭县 / 凤冈县) join nothing. Found in time linear in the text.
 */
public final class NameBreaks {
    /** How many Han chars each side of a break are read for a name across it. */
    private static final int HALF = 8;
    /** The most lines of page furniture between the two halves of a name. */
    private static final int MAX_BETWEEN = 3;
    /** The longest line kept to tell a running header repeated at a page's head. */
    private static final int MAX_HEADER = 40;
    /** A page's number alone on its line: 3, —3—, - 3 -, 第3页, 第 3 页 共 5 页. */
    private static final Pattern PAGE_NUMBER = Pattern.compile(
            "(?:[—\\-－–]\\s*)?[0-9０-９]{1,4}(?:\\s*[—\\-－–])?|第\\s*[0-9０-９]{1,4}\\s*页(?:\\s*共\\s*[0-9０-９]{1,4}\\s*页)?");

    private static volatile RegionScanner scanner;

    private NameBreaks() {
    }

    /**
     * The chars of {@code s} to read past so that each name cut by a line break reads whole: the break, the blanks around
     * it and the lines of page furniture between the halves; null when no name is cut (most texts).
     *
     * @param s a text
     * @return a mask over {@code s}, or null
     */
    public static boolean[] find(String s) {
        boolean[] drop = null;
        Set<String> lines = new HashSet<>(); // the short lines seen so far, to tell a running header repeated
        int from = 0;
        while (from < s.length()) {
            int nl = s.indexOf('\n', from);
            if (nl < 0) {
                break;
            }
            String line = s.substring(from, nl).strip();
            if (line.length() <= MAX_HEADER) {
                lines.add(line);
            }
            int last = nl;
            while (last > from && (isBlank(s.charAt(last - 1)) || s.charAt(last - 1) == '\r')) {
                last--;
            }
            if (last > from && HanChars.isHan(s.charAt(last - 1))) {
                int next = nextHalf(s, nl + 1, lines);
                if (next >= 0 && cutsName(s, from, last, next)) {
                    drop = drop == null ? new boolean[s.length()] : drop;
                    java.util.Arrays.fill(drop, last, next, true);
                }
            }
            from = nl + 1;
        }
        return drop;
    }

    /**
     * Where the text after the break at {@code at} goes on: the first char of the next line that is no page furniture (a
     * page's number, a line repeated from before), after its blanks; -1 when it is no Han char, more furniture stands
     * between, or a blank line or a form feed does (天 / blank line / 水市: a break the author made).
     */
    private static int nextHalf(String s, int at, Set<String> seen) {
        for (int between = 0; between <= MAX_BETWEEN && at < s.length(); between++) {
            int nl = s.indexOf('\n', at);
            int end = nl < 0 ? s.length() : nl;
            String line = s.substring(at, end).strip();
            if (line.isEmpty() || s.substring(at, end).indexOf('\f') >= 0) {
                return -1;
            }
            if (!PAGE_NUMBER.matcher(line).matches() && !(between < MAX_BETWEEN && seen.contains(line))) {
                int j = at;
                while (j < end && isBlank(s.charAt(j))) {
                    j++;
                }
                return j < end && HanChars.isHan(s.charAt(j)) ? j : -1;
            }
            if (nl < 0) {
                return -1;
            }
            at = nl + 1;
        }
        return -1;
    }

    /** True when a full name of a division ends after {@code next} and starts before {@code last}, the chars around the cut. */
    private static boolean cutsName(String s, int lineStart, int last, int next) {
        int a = last;
        while (a > lineStart && last - a < HALF && HanChars.isHan(s.charAt(a - 1))) {
            a--;
        }
        int b = next;
        while (b < s.length() && b - next < HALF && HanChars.isHan(s.charAt(b))) {
            b++;
        }
        String tail = s.substring(a, last);
        for (RegionMention m : scanner().scan(tail)) {
            if (m.span().end() == tail.length()) {
                return false; // 江西省 / 赣州市、吉安市: a name ends at the break, the next line starts another
            }
        }
        for (RegionMention m : scanner().scan(tail + s.substring(next, b))) {
            if (m.span().start() < tail.length() && m.span().end() > tail.length()) {
                return true;
            }
        }
        return false;
    }

    private static RegionScanner scanner() {
        RegionScanner s = scanner;
        if (s == null) {
            s = RegionScanner.of(RegionScanner.Names.FULL);
            scanner = s;
        }
        return s;
    }

    private static boolean isBlank(char c) {
        return c == ' ' || c == '\t' || c == '\u3000' || c == '\u00A0';
    }
}
