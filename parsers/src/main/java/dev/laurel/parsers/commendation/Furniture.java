package dev.laurel.parsers.commendation;

import java.util.regex.Pattern;

/**
 * Page furniture: bylines, source and editor lines, share and print links, breadcrumbs, ICP numbers,
 * reading-time and word-count lines. Its labels are the data file {@code furniture.txt}. A line is
 * furniture when it starts with a label and a colon (责任编辑：李芳), holds two labels with colons
 * (来源：… 作者：…), is a breadcrumb (首页 > 新闻中心) or a row of bracketed links (【打印】【关闭】).
 */
final class Furniture {
    static final Lexicon LABELS = Lexicon.load("furniture.txt");
    private static final Pattern BREADCRUMB = Pattern.compile("^(?:首页|当前位置|您的位置)[^。]{0,60}?[>＞»›]");
    private static final Pattern LINKS = Pattern.compile("^(?:[【\\[][^】\\]]{1,8}[】\\]]\\s*){2,}$");
    private static final Pattern ICP = Pattern.compile("ICP[备证]|备案号|版权所有|Copyright|©");
    /** The longest line that can be furniture. */
    private static final int MAX_LINE = 200;

    private Furniture() {
    }

    /** True when a line (a paragraph, in simplified script) is page furniture, not text. */
    static boolean is(String line) {
        if (line.length() > MAX_LINE) {
            return false;
        }
        if (BREADCRUMB.matcher(line).find() || LINKS.matcher(line).matches() || ICP.matcher(line).find()) {
            return true;
        }
        int labelled = 0;
        for (int i = 0; i < line.length(); i++) {
            String label = LABELS.at(line, i);
            if (label == null) {
                continue;
            }
            int after = i + label.length();
            while (after < line.length() && line.charAt(after) == ' ') {
                after++;
            }
            boolean colon = after < line.length() && (line.charAt(after) == '：' || line.charAt(after) == ':');
            boolean atStart = i == 0 || Paragraphs.isBlank(line.charAt(i - 1)) || "【[|｜".indexOf(line.charAt(i - 1)) >= 0;
            if (colon && atStart) {
                if (i == 0 && !line.contains("。")) {
                    return true;
                }
                labelled++;
            }
            i = after - 1;
        }
        return labelled >= 2;
    }
}
