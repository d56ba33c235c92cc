package dev.laurel.text;

/**
 * The line numbers at the head of each line of a line-numbered copy (a PDF gazette or a draft printed with
 * numbered lines, copied as text): {@code  9      为深入践行…} reads {@code     为深入践行…}. Numbers count up by one from
 * line to line, a blank line keeps its number, and each page starts again at 1.
 *
 * <p>A table of rows with a serial number ({@code 1    株洲市    茶陵县    2}) looks the same, so a document counts as
 * line-numbered only when a run of at least {@value #MIN_RUN} numbered lines reads as prose: {@value #MIN_PROSE} or
 * more of its lines hold a comma or a full stop, which table rows do not. Then every run of numbered lines is its
 * page's numbering, kept out with the gap after the number (the narrowest gap of the run; a line's indentation past
 * it stays). Found in time linear in the text.
 */
final class LineNumbers {
    /** The fewest lines counting up by one that make a run of numbered lines. */
    private static final int MIN_RUN = 5;
    /** The fewest lines of a run holding a comma or a full stop for it to read as prose. */
    private static final int MIN_PROSE = 2;
    /** The fewest lines counting up by one that are a page's numbering once the document is line-numbered. */
    private static final int MIN_PAGE_RUN = 2;

    private LineNumbers() {
    }

    /** The chars of {@code s} that are line numbers and the gap after them, or null when {@code s} has none. */
    static boolean[] columns(String s) {
        int n = s.length();
        // cheap test first: most texts have no line opening with a number and two spaces
        boolean any = false;
        for (int from = 0; from < n && !any; ) {
            any = numberAt(s, from) != null;
            int nl = s.indexOf('\n', from);
            from = nl < 0 ? n : nl + 1;
        }
        if (!any) {
            return null;
        }
        boolean[] drop = null;
        boolean numbered = false;
        for (int pass = 0; pass < 2 && (pass == 0 || numbered); pass++) {
            int runStart = -1; // offset of the run's first line
            int runLines = 0;
            int prose = 0;
            int gap = Integer.MAX_VALUE;
            int last = -1; // the number of the run's last line
            for (int from = 0; from <= n; ) {
                int nl = from < n ? s.indexOf('\n', from) : -1;
                int end = nl < 0 ? n : nl;
                int[] number = from < n ? numberAt(s, from) : null;
                boolean continues = number != null && runLines > 0 && number[0] == last + 1;
                if (!continues) {
                    if (pass == 0 && runLines >= MIN_RUN && prose >= MIN_PROSE) {
                        numbered = true;
                    } else if (pass == 1 && runLines >= MIN_PAGE_RUN) {
                        drop = mark(s, runStart, from, gap, drop);
                    }
                    runStart = from;
                    runLines = 0;
                    prose = 0;
                    gap = Integer.MAX_VALUE;
                }
                if (number != null) {
                    runLines++;
                    last = number[0];
                    if (number[2] < end) {
                        gap = Math.min(gap, number[2] - number[1]);
                        prose += holdsProse(s, number[2], end) ? 1 : 0;
                    }
                } else {
                    runLines = 0;
                }
                if (nl < 0) {
                    break;
                }
                from = nl + 1;
            }
            if (pass == 0 && runLines >= MIN_RUN && prose >= MIN_PROSE) {
                numbered = true;
            } else if (pass == 1 && runLines >= MIN_PAGE_RUN) {
                drop = mark(s, runStart, n, gap, drop);
            }
        }
        return drop;
    }

    /**
     * The line number at line start {@code from}: {value, offset after its digits, offset of the text after the gap
     * (the line's end for a number alone)}; null when the line does not open with a number and a gap of two spaces or
     * a tab.
     */
    private static int[] numberAt(String s, int from) {
        int n = s.length();
        int i = from;
        while (i < n && s.charAt(i) == ' ' && i - from < 6) {
            i++;
        }
        int digits = i;
        int value = 0;
        while (i < n && s.charAt(i) >= '0' && s.charAt(i) <= '9' && i - digits < 3) {
            value = value * 10 + s.charAt(i) - '0';
            i++;
        }
        if (i == digits || value == 0 || i < n && s.charAt(i) >= '0' && s.charAt(i) <= '9') {
            return null;
        }
        int afterDigits = i;
        while (i < n && (s.charAt(i) == ' ' || s.charAt(i) == '\t')) {
            i++;
        }
        if (i == n || s.charAt(i) == '\n' || s.charAt(i) == '\r') {
            return new int[] {value, afterDigits, i}; // a blank line keeps its number
        }
        boolean tab = s.indexOf('\t', afterDigits) == afterDigits;
        return tab || i - afterDigits >= 2 ? new int[] {value, afterDigits, i} : null;
    }

    private static boolean holdsProse(String s, int from, int end) {
        for (int i = from; i < end; i++) {
            char c = s.charAt(i);
            if (c == '，' || c == '。') {
                return true;
            }
        }
        return false;
    }

    /** {@code drop} with each line number of the lines in {@code [from, to)} and {@code gap} chars after it marked. */
    private static boolean[] mark(String s, int from, int to, int gap, boolean[] drop) {
        boolean[] out = drop != null ? drop : new boolean[s.length()];
        for (int line = from; line < to; ) {
            int nl = s.indexOf('\n', line);
            int end = nl < 0 || nl > to ? to : nl;
            int[] number = numberAt(s, line);
            if (number != null) {
                int stop = number[2] >= end || number[2] - number[1] <= gap ? number[2] : number[1] + gap;
                for (int i = line; i < stop; i++) {
                    out[i] = true;
                }
            }
            line = end + 1;
        }
        return out;
    }
}
