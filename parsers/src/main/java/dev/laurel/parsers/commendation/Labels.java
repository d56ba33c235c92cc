package dev.laurel.parsers.commendation;

import dev.laurel.text.WordList;
import java.util.List;

/**
 * The short phrase saying what a figure counts. Usually the words before the number in its clause
 * (慰问金额超6300万元 → 慰问金额); when those end in a verb of spending or doing (投入2亿元用于部队基础设施建设)
 * or continue a list (1087名军转干部和1105名退役军人), the words after the figure. A heuristic: null when the
 * clause offers nothing.
 */
final class Labels {
    static final int MAX_CHARS = 24;
    /** Qualifier and scope words between a label and its number. */
    private static final WordList BEFORE_NUMBER = WordList.of("超过", "将近", "不超过", "累计", "共计", "合计", "总计",
            "达到", "约", "近", "超", "逾", "达", "共", "计", "为", "了", "有", "数");
    /** Verbs after which the counted thing follows the figure. */
    private static final WordList VERBS = WordList.of("投入", "投资", "发放", "安排", "筹集", "拨付", "划拨", "出资",
            "捐资", "捐赠", "设立", "支出", "拨款", "出动", "完成", "开展", "举办", "推出", "建成", "建设", "解决",
            "帮助", "新增", "接待", "选树", "评选", "安置", "按");
    private static final WordList AFTER_FIGURE = WordList.of("用于", "用来", "支持", "帮助", "为", "给", "对");

    private Labels() {
    }

    /** Scope words that say where or when, not what: a label of only these is no label. */
    private static final List<String> SCOPE_ONLY = List.of("全市", "全县", "全区", "全省", "全国", "每年", "年均", "共",
            "新建", "在全市", "在全县", "其中");
    private static final String CONNECTORS = "和及与、以并";

    /**
     * The label of the figure at [start, end) of {@code text}; {@code floor} is where the previous figure
     * of the text ends, so that one label never spans two figures.
     */
    static String of(String text, int start, int end, int floor) {
        int from = start;
        int limit = Math.max(floor, start - Sentences.REACH);
        while (from > limit && !isBoundary(text.charAt(from - 1))) {
            from--;
        }
        String raw = text.substring(from, start).strip();
        boolean listContinues = !raw.isEmpty() && CONNECTORS.indexOf(raw.charAt(raw.length() - 1)) >= 0;
        String before = strip(raw);
        boolean trimmed = true;
        while (trimmed && !before.isEmpty()) {
            String w = BEFORE_NUMBER.endingAt(before, before.length());
            trimmed = w != null;
            if (trimmed) {
                before = before.substring(0, before.length() - w.length()).strip();
            }
        }
        String verb = VERBS.endingAt(before, before.length());
        if (before.isEmpty() || verb != null || listContinues || SCOPE_ONLY.contains(before)) {
            int to = end;
            int stop = Math.min(text.length(), end + Sentences.REACH);
            while (to < stop && !isBoundary(text.charAt(to)) && !Character.isDigit(text.charAt(to))) {
                to++;
            }
            String after = strip(text.substring(end, to));
            String w = AFTER_FIGURE.startingAt(after, 0);
            if (w != null) {
                after = after.substring(w.length());
            }
            if (!after.isEmpty()) {
                return cut(after, false);
            }
            if (verb != null && before.length() > verb.length()) {
                return cut(before, true);
            }
            return before.isEmpty() ? null : cut(before, true);
        }
        return cut(before, true);
    }

    /** Blanks and connectors (和, 及, 、) at either end removed. */
    private static String strip(String s) {
        int a = 0;
        int b = s.length();
        while (a < b && (Character.isWhitespace(s.charAt(a)) || CONNECTORS.indexOf(s.charAt(a)) >= 0)) {
            a++;
        }
        while (b > a && (Character.isWhitespace(s.charAt(b - 1)) || CONNECTORS.indexOf(s.charAt(b - 1)) >= 0)) {
            b--;
        }
        return s.substring(a, b);
    }

    private static boolean isBoundary(char c) {
        return Sentences.isClauseEnd(c) || c == '、' || c == '\n';
    }

    /** At most {@link #MAX_CHARS} chars, keeping the end of a phrase before a figure and the start of one after. */
    private static String cut(String s, boolean keepEnd) {
        if (s.length() <= MAX_CHARS) {
            return s;
        }
        int at = keepEnd ? s.length() - MAX_CHARS : MAX_CHARS;
        if (Character.isLowSurrogate(s.charAt(at)) && at > 0) {
            at = keepEnd ? at + 1 : at - 1;
        }
        return keepEnd ? s.substring(at) : s.substring(0, at);
    }
}
