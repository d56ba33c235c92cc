package dev.laurel.parsers.commendation.figures;

import dev.laurel.parsers.commendation.layout.Layout;
import dev.laurel.parsers.commendation.text.Lexicon;
import dev.laurel.parsers.commendation.text.LogicalParagraph;
import dev.laurel.parsers.commendation.text.Paragraphs;
import dev.laurel.parsers.commendation.text.Sentences;

import java.util.List;

/**
 * The parts of a work report by their headings ({@code plan-heads.txt}), up to the next heading: a plan's (二、2027年工作
 * 计划, 下一步工作打算), whose figures are targets, not deeds done (2027年全县地区生产总值预期增长6.5%左右…新增城市停车泊位
 * 2000个), and a review's (一、2024年工作总结, tagged review), whose figures are the year's deeds even after 年内 (年内退役军人
 * 就业率达95.3%). A plan's heading may run into its paragraph (六、2026年工作打算。力争…).
 */
final class ReportSections {
    /** What the paragraphs under a heading report. */
    enum Part {
        /** Plans: targets. */
        PLAN,
        /** A review of work done: deeds. */
        REVIEW
    }

    private ReportSections() {
    }

    private static final Lexicon HEADS = Lexicon.load("plan-heads.txt");

    /** The longest line read as a heading. */
    private static final int MAX_HEADING = 30;

    /** For each paragraph, the part of a report it stands in, or null; null for all when none does (most pages). */
    static Part[] of(List<LogicalParagraph> paragraphs) {
        Part[] out = null;
        Part in = null;
        for (int p = 0; p < paragraphs.size(); p++) {
            String t = paragraphs.get(p).view().simplified();
            if (isHeading(t)) {
                in = headed(t);
                continue;
            }
            if (in == null && plannedRunIn(t)) {
                in = Part.PLAN; // 六、2026年工作打算。力争…: the paragraph its heading opens is under it
            }
            if (in != null) {
                if (out == null) {
                    out = new Part[paragraphs.size()];
                }
                out[p] = in;
            }
        }
        return out;
    }

    /** The part a heading opens: a plan's when it names one (a plan beside a review: 2024年工作总结和2025年工作计划), else a review's, else none. */
    private static Part headed(String heading) {
        Part part = null;
        for (int i = 0; i < heading.length(); i++) {
            String w = HEADS.at(heading, i);
            if (w != null) {
                if (!"review".equals(HEADS.tag(w))) {
                    return Part.PLAN;
                }
                part = Part.REVIEW;
            }
        }
        return part;
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
        String w = end > 0 && end + 1 < s.length() && Layout.numberedAt(s, 0) && isHeading(s.substring(0, end))
                ? HEADS.list().endingAt(s, end) : null;
        return w != null && !"review".equals(HEADS.tag(w));
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
