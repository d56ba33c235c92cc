package dev.laurel.parsers.commendation.figures;

import dev.laurel.parsers.commendation.layout.Layout;
import dev.laurel.parsers.commendation.text.Lexicon;
import dev.laurel.parsers.commendation.text.LogicalParagraph;
import dev.laurel.parsers.commendation.text.Paragraphs;
import dev.laurel.parsers.commendation.text.Sentences;

import java.util.List;

/**
 * The paragraphs under a heading that announces a plan ({@code plan-heads.txt}: 二、2027年工作计划, 下一步工作打算), up
 * to the next heading: a work report's plans, whose figures are targets, not deeds done (二、2027年工作计划 /
 * 2027年全县地区生产总值预期增长6.5%左右…新增城市停车泊位2000个). A heading may run into its paragraph (六、2026年工作
 * 打算。力争…).
 */
final class PlanSections {
    private PlanSections() {
    }

    private static final Lexicon HEADS = Lexicon.load("plan-heads.txt");

    /** The longest line read as a heading. */
    private static final int MAX_HEADING = 30;

    /** For each paragraph, whether it stands under a plan's heading; null when none does (most pages). */
    static boolean[] of(List<LogicalParagraph> paragraphs) {
        boolean[] out = null;
        boolean in = false;
        for (int p = 0; p < paragraphs.size(); p++) {
            String t = paragraphs.get(p).view().simplified();
            if (isHeading(t)) {
                in = HEADS.occursIn(t);
                continue;
            }
            if (!in && plannedRunIn(t)) {
                in = true; // 六、2026年工作打算。力争…: the paragraph its heading opens is under it
            }
            if (in) {
                if (out == null) {
                    out = new boolean[paragraphs.size()];
                }
                out[p] = true;
            }
        }
        return out;
    }

    /**
     * True when a paragraph opens with a numbered heading ending in a plan's words, run into its text up to a 。 or a
     * colon (六、2026年工作打算。力争…). Unnumbered, or going on after them, a plan's words before a colon introduce a
     * list in a sentence (今年的主要预期目标是：…, read by {@link Targets}). A run-in heading naming no plan ends none:
     * the numbered items of a plan open so (（一）加快建设稀土新材料基地。力争…).
     */
    private static boolean plannedRunIn(String t) {
        String s = t.strip();
        int end = -1;
        for (int i = 0; i < s.length() && i <= MAX_HEADING; i++) {
            char c = s.charAt(i);
            if (c == '。' || c == '：' || c == ':') {
                end = i;
                break;
            }
        }
        return end > 0 && end + 1 < s.length() && Layout.numberedAt(s, 0) && isHeading(s.substring(0, end))
                && HEADS.list().endingAt(s, end) != null;
    }

    /** A short line that ends no sentence and holds no clause break: a heading, a signature, a date. */
    private static boolean isHeading(String t) {
        String s = t.strip();
        if (s.isEmpty() || s.length() > MAX_HEADING) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Sentences.isClauseEnd(c) && !Paragraphs.isBlank(c) || c == '：' || c == ':') {
                return false;
            }
        }
        return true;
    }
}
