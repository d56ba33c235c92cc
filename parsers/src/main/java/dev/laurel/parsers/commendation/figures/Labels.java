package dev.laurel.parsers.commendation.figures;

import dev.laurel.parsers.commendation.text.Paragraphs;
import dev.laurel.parsers.commendation.text.Sentences;
import dev.laurel.text.Invisibles;
import dev.laurel.text.LineBreaks;
import dev.laurel.text.WordList;

import java.util.List;

/**
 * The short phrase saying what a figure counts. Usually the words before the number in its clause
 * (慰问金额超6300万元 → 慰问金额); when those end in a verb of spending or doing (投入2亿元用于部队基础设施建设)
 * or continue a list (1087名军转干部和1105名退役军人), the words after the figure. A heuristic: null when the
 * clause offers nothing.
 */
public final class Labels {
    static final int MAX_CHARS = 24;
    /** Qualifier and scope words between a label and its number. */
    private static final WordList BEFORE_NUMBER = WordList.of("超过", "将近", "不超过", "累计", "共计", "合计", "总计",
            "达到", "约", "近", "超", "逾", "达", "共", "计", "为", "了", "有", "数", "分别", "提升至", "提升到", "提高至",
            "提高到", "增长至", "增长到", "增加到", "保持在", "稳定在", "下降到", "降至", "降到", "升至", "控制在");
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
     * of the text ends, so that one label never spans two figures. The phrases before and after the figure
     * are worked on as ranges of {@code text}; only the label is copied out.
     */
    static String of(String text, int start, int end, int floor) {
        int from = start;
        int limit = Math.max(floor, start - Sentences.REACH);
        while (from > limit && !isBoundary(text.charAt(from - 1))) {
            from--;
        }
        // before = text[a, b): the clause before the figure, blanks and connectors stripped
        int a = from;
        int b = start;
        while (b > a && Paragraphs.isBlank(text.charAt(b - 1))) {
            b--;
        }
        boolean listContinues = b > a && isConnector(text.charAt(b - 1));
        a = stripStart(text, a, b);
        b = stripEnd(text, a, b);
        for (String w; b > a && (w = BEFORE_NUMBER.endingAt(text, a, b)) != null; ) {
            b -= w.length();
            while (b > a && Paragraphs.isBlank(text.charAt(b - 1))) {
                b--;
            }
        }
        String verb = VERBS.endingAt(text, a, b);
        if (b == a || verb != null || listContinues || isScopeOnly(text, a, b)) {
            int to = end;
            int stop = Math.min(text.length(), end + Sentences.REACH);
            while (to < stop && !isBoundary(text.charAt(to)) && !Character.isDigit(text.charAt(to))) {
                to++;
            }
            int c = stripStart(text, end, to);
            int d = stripEnd(text, c, to);
            String w = AFTER_FIGURE.startingAt(text, c, d);
            if (w != null) {
                c += w.length();
            }
            if (d > c) {
                return cut(text, c, d, false);
            }
            if (verb != null && b - a > verb.length()) {
                return cut(text, a, b, true);
            }
            return b == a ? null : cut(text, a, b, true);
        }
        return cut(text, a, b, true);
    }

    /** Where {@code text[from, to)} starts once blanks and connectors (和, 及, 、) are skipped. */
    private static int stripStart(String text, int from, int to) {
        while (from < to && (Paragraphs.isBlank(text.charAt(from)) || isConnector(text.charAt(from)))) {
            from++;
        }
        return from;
    }

    /** Where {@code text[from, to)} ends once blanks and connectors at its end are dropped. */
    private static int stripEnd(String text, int from, int to) {
        while (to > from && (Paragraphs.isBlank(text.charAt(to - 1)) || isConnector(text.charAt(to - 1)))) {
            to--;
        }
        return to;
    }

    private static boolean isConnector(char c) {
        return CONNECTORS.indexOf(c) >= 0;
    }

    private static boolean isScopeOnly(String text, int from, int to) {
        for (String w : SCOPE_ONLY) {
            if (w.length() == to - from && text.startsWith(w, from)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isBoundary(char c) {
        return Sentences.isClauseEnd(c) || c == '、' || LineBreaks.isBreak(c);
    }

    /**
     * {@code text[from, to)} without invisible chars ({@link Invisibles}: controls, format chars such as
     * U+200B), at most {@link #MAX_CHARS} chars of it: the end of a phrase before a figure, the start of
     * one after; null when nothing visible is left.
     */
    private static String cut(String text, int from, int to, boolean keepEnd) {
        String label = Invisibles.strip(text, from, to);
        if (label.length() > MAX_CHARS) {
            int at = keepEnd ? label.length() - MAX_CHARS : MAX_CHARS;
            if (Character.isLowSurrogate(label.charAt(at))) {
                at = keepEnd ? at + 1 : at - 1;
            }
            label = keepEnd ? label.substring(at) : label.substring(0, at);
        }
        label = label.strip();
        return label.isEmpty() ? null : label;
    }
}
