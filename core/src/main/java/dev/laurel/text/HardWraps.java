package dev.laurel.text;

/**
 * The line breaks of text wrapped at a fixed width (a PDF gazette copied as text, an e-mail), which break a
 * sentence, a list or a name in two (…恭城瑶族自治 / 县、岑溪市…) where the author wrote none. Such a text has many
 * lines of about the same display width (a Han char counting two, as it is laid out); a break after a line of that
 * width, before a line that does not open a new paragraph (indented, numbered), was made by the wrapping. A text
 * whose lines vary in width, as paragraphs of running text do, has none. Found in time linear in the text.
 */
final class HardWraps {
    /** The narrowest line that can be a wrapped one: shorter lines are headings, cells, furniture. */
    private static final int MIN_WIDTH = 20;
    /** How much narrower than the widest wrapped line a full line may be (wide glyphs, a word moved down). */
    private static final int SLACK = 6;
    /** The fewest wrapped breaks a text must hold to be read as wrapped. */
    private static final int MIN_BREAKS = 5;

    private HardWraps() {
    }

    /**
     * The chars of {@code s} that make wrapping breaks ({@code \n}, with a {@code \r} before it), or null when the
     * text is not wrapped at a fixed width.
     */
    static boolean[] breaks(String s) {
        int n = s.length();
        int lines = 0;
        int open = 0; // lines long enough to be wrapped that end inside a sentence
        for (int from = 0, nl; (nl = s.indexOf('\n', from)) >= 0; from = nl + 1) {
            lines++;
            int end = nl;
            while (end > from && (isBlank(s.charAt(end - 1)) || s.charAt(end - 1) == '\r')) {
                end--;
            }
            if (end - from >= MIN_WIDTH / 2 && !closes(s.charAt(end - 1))) {
                open++;
            }
        }
        if (open < MIN_BREAKS) {
            return null; // most texts: their lines end their sentences, a cheap test before the widths are measured
        }
        int[] start = new int[lines + 1];
        int[] width = new int[lines + 1];
        int k = 0;
        start[0] = 0;
        for (int i = 0; i < n; i++) {
            if (s.charAt(i) == '\n') {
                start[++k] = i + 1;
            }
        }
        boolean[] endsOpen = new boolean[lines + 1];
        for (int l = 0; l <= lines; l++) {
            int end = l < lines ? start[l + 1] - 1 : n;
            width[l] = width(s, start[l], end);
            endsOpen[l] = !endsSentence(s, start[l], end);
        }
        int full = fullWidth(width, endsOpen);
        if (full < 0) {
            return null;
        }
        boolean[] drop = null;
        int joins = 0;
        for (int l = 0; l < lines; l++) {
            int end = start[l + 1] - 1; // the '\n'
            if (width[l] < full - SLACK || width[l] > full || width[l + 1] < 0
                    || !continues(s, start[l + 1], l + 1 < lines ? start[l + 2] - 1 : n) || endsParagraph(s, start[l], end)) {
                // (a line of cells after a full one is a table's header or row, never the end of a wrapped sentence:
                // 第七批…示范县（市、区）名单 / 序号    设区市    县（市、区）)
                continue;
            }
            if (drop == null) {
                drop = new boolean[n];
            }
            drop[end] = true;
            if (end > 0 && s.charAt(end - 1) == '\r') {
                drop[end - 1] = true;
            }
            joins++;
        }
        return joins >= MIN_BREAKS ? drop : null;
    }

    /**
     * The width the text is wrapped at: the widest width of {@link #MIN_WIDTH} or more that {@link #MIN_BREAKS} lines come
     * within {@link #SLACK} of, when they are at least half as many as the lines of {@link #MIN_WIDTH} or more that end
     * inside a sentence (a wrapped text's lines end where the width ran out, not where a sentence did; its paragraphs'
     * last lines, ending in 。, are of any width) and at least {@link #OUTLIERS} times as many as the lines wider than it
     * (an addressee line or a 抄送 line the page left unwrapped); -1 otherwise (running text, whose lines vary in width).
     * Linear in the lines and their widths: the widths are counted, and each width's lines and wider lines are read
     * off running sums.
     */
    private static int fullWidth(int[] width, boolean[] open) {
        int content = 0;
        int widest = 0;
        for (int l = 0; l < width.length; l++) {
            if (width[l] >= MIN_WIDTH) {
                content += open[l] ? 1 : 0;
                widest = Math.max(widest, width[l]);
            }
        }
        if (widest < MIN_WIDTH + SLACK) {
            return -1;
        }
        int[] atMost = new int[widest + 1]; // lines of MIN_WIDTH or more no wider than each width
        for (int w : width) {
            if (w >= MIN_WIDTH) {
                atMost[w]++;
            }
        }
        for (int w = 1; w <= widest; w++) {
            atMost[w] += atMost[w - 1];
        }
        for (int w = widest; w >= MIN_WIDTH + SLACK; w--) {
            int within = atMost[w] - atMost[w - SLACK - 1];
            int wider = atMost[widest] - atMost[w];
            if (within >= MIN_BREAKS && within * 2 >= content && within >= OUTLIERS * wider) {
                return w;
            }
        }
        return -1;
    }

    /** How many times the lines of the wrapping width outnumber those wider than it, at least. */
    private static final int OUTLIERS = 3;

    /** Whether the line [from, to) ends in a char that {@link #closes} a sentence or a list's lead. */
    private static boolean endsSentence(String s, int from, int to) {
        int end = to;
        while (end > from && (isBlank(s.charAt(end - 1)) || s.charAt(end - 1) == '\r')) {
            end--;
        }
        return end > from && closes(s.charAt(end - 1));
    }

    /**
     * The display width of {@code s[from, to)} without trailing blanks, a wide char counting two; -1 for a line
     * holding a run of three blanks inside (a page header with its issue number, a table row), which is never wrapped.
     */
    private static int width(String s, int from, int to) {
        int end = to;
        while (end > from && isBlank(s.charAt(end - 1))) {
            end--;
        }
        int w = 0;
        int run = 0;
        boolean text = false;
        for (int i = from; i < end; i++) {
            char c = s.charAt(i);
            if (isBlank(c)) {
                run++;
                if (text && run >= 3) {
                    return -1;
                }
            } else {
                run = 0;
                text = true;
            }
            w += isWide(c) ? 2 : 1;
        }
        return w;
    }

    /** Whether the line [from, to) goes on the line before: not blank, not indented, not numbered. */
    private static boolean continues(String s, int from, int to) {
        if (from >= to || isBlank(s.charAt(from)) || s.charAt(from) == '\r') {
            return false;
        }
        char c = s.charAt(from);
        return !(c == '（' || c == '(' || c == '第' || c == '●' || c == '·' || c == '-' || c == '—'
                || from + 1 < to && (s.charAt(from + 1) == '、' || s.charAt(from + 1) == '.' || s.charAt(from + 1) == '．')
                && (Character.isDigit(c) || "一二三四五六七八九十".indexOf(c) >= 0));
    }

    /** Whether the line [from, to) ends its paragraph whatever its width: a colon opens what follows (…决定：). */
    private static boolean endsParagraph(String s, int from, int to) {
        int end = to;
        while (end > from && (isBlank(s.charAt(end - 1)) || s.charAt(end - 1) == '\r')) {
            end--;
        }
        char last = end > from ? s.charAt(end - 1) : ' ';
        return last == '：' || last == ':';
    }

    /** Whether a line ending in {@code c} ends its sentence or its list's lead (。！？：; and their ASCII forms). */
    private static boolean closes(char c) {
        return c == '。' || c == '！' || c == '？' || c == '：' || c == '；' || c == '!' || c == '?' || c == ':' || c == ';'
                || c == '”' || c == '」' || c == '）' || c == ')';
    }

    private static boolean isBlank(char c) {
        return c == ' ' || c == '\t' || c == '\u3000' || c == '\u00A0';
    }

    /** A char laid out two columns wide: Han, CJK punctuation, full-width forms. */
    private static boolean isWide(char c) {
        return c >= 0x1100 && (c <= 0x115F || c >= 0x2E80 && c <= 0xA4CF || c >= 0xAC00 && c <= 0xD7A3
                || c >= 0xF900 && c <= 0xFAFF || c >= 0xFE30 && c <= 0xFE4F || c >= 0xFF00 && c <= 0xFF60
                || c >= 0xFFE0 && c <= 0xFFE6);
    }
}
