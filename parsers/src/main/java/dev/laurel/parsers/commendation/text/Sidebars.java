package dev.laurel.parsers.commendation.text;

import dev.laurel.text.TraditionalToSimplified;

import java.util.ArrayList;
import java.util.List;

/**
 * The blocks a page puts around its article, copied with it: all that follows the line closing the article (责任编辑：…,
 * {@code article-ends.txt}), and a head ({@code sidebar-heads.txt}: 相关阅读, 热门推荐,
 * 网友评论（共12条）) and the headline-like paragraphs under it (· 青岛市荣获全国双拥模范城“九连冠”, 全国双拥模范城（县）名单公布
 * 山东28地上榜, a reader's comment; under a head of comments, tagged so, a commenter's line whatever its end:
 * 贵港的阿强：我们贵港森林覆盖率也有56.1%了，明年冲！), with the lead under a block's one headline (【相关新闻】 / 光山县获评河南省森林城市 /
 * 日前，…). Their places and counts are other pages', never the article's; a reader may still read them when the article
 * names no awardee ({@link #removed}).
 */
public final class Sidebars {
    private static final Lexicon HEADS = Lexicon.load("sidebar-heads.txt");
    private static final java.util.Set<String> HEAD_SET = java.util.Set.copyOf(HEADS.words());
    /** The longest head, in Han chars. */
    private static final int MAX_HEAD = HEADS.words().stream().mapToInt(String::length).max().orElse(0);
    /** The longest paragraph read as a headline or comment under a head. */
    private static final int MAX_ITEM = 80;

    private Sidebars() {
    }

    /**
     * {@code paragraphs} without the sidebar blocks: each head and the paragraphs after it while they are items
     * (a bulleted line, or a short one that ends no sentence).
     *
     * @param paragraphs a document's paragraphs, in order
     * @return the same list when there is no block, else a new list without the blocks
     */
    public static List<Paragraph> without(List<Paragraph> paragraphs) {
        List<Paragraph> kept = null;
        boolean inBlock = false;
        boolean prose = false;
        boolean comments = false; // the block is readers' comments (评论区)
        int headlines = 0; // the headlines under a head alone on its line so far; 2 once no lead may follow
        for (int i = 0; i < paragraphs.size(); i++) {
            Paragraph p = paragraphs.get(i);
            String t = p.text();
            if (prose && closesArticle(t)) {
                return kept != null ? kept : new ArrayList<>(paragraphs.subList(0, i)); // the rest is the page's
            }
            if (summaryLine(t) || i > 0 && isSummaryHead(paragraphs.get(i - 1).text())) {
                if (kept == null) {
                    kept = new ArrayList<>(paragraphs.subList(0, i));
                }
                continue; // AI摘要, 小编说：…: a summary restating the story, left out
            }
            prose |= t.length() >= MIN_PROSE && Sentences.endsSentence(t);
            boolean ownLine = i > 0 && headsItsLine(t); // the first line is the headline (【评论】擦亮…)
            String word = headWord(t);
            boolean head = word != null || ownLine;
            boolean item = !head && inBlock && (isItem(t) || comments && isComment(t));
            comments = head ? word != null && "comments".equals(HEADS.tag(word)) : comments && item;
            // 【相关新闻】 / 光山县获评河南省森林城市 / 日前，…: the one item's lead, under its headline, is the item's too (not
            // the article's paragraph under a one-line block: 【广告】宾川柑橘 产地直发 / 该县发挥水果产业优势，…)
            boolean lead = !head && !item && inBlock && headlines == 1 && Sentences.endsSentence(t);
            headlines = head ? (ownLine ? 2 : 0) : item ? headlines + 1 : lead ? 2 : 0;
            inBlock = head || item || lead;
            if (inBlock && kept == null) {
                kept = new ArrayList<>(paragraphs.subList(0, i));
            } else if (!inBlock && kept != null) {
                kept.add(p);
            }
        }
        return kept == null ? paragraphs : kept;
    }

    /** The paragraphs of {@code paragraphs} that {@link #without} leaves out, in order; {@code kept} is what it kept. */
    public static List<Paragraph> removed(List<Paragraph> paragraphs, List<Paragraph> kept) {
        java.util.Set<Paragraph> in = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        in.addAll(kept);
        List<Paragraph> out = new ArrayList<>();
        for (Paragraph p : paragraphs) {
            if (!in.contains(p)) {
                out.add(p);
            }
        }
        return out;
    }

    /** Labels of the line closing an article ({@code article-ends.txt}). */
    private static final Lexicon ARTICLE_ENDS = Lexicon.load("article-ends.txt");
    /** The shortest paragraph of an article's prose, before which no line closes it (a byline's 编辑：… under the headline). */
    private static final int MIN_PROSE = 40;
    /** The longest line read as closing an article: a label, a colon and a few names. */
    private static final int MAX_CLOSING = 40;

    /**
     * A line that closes an article: a label of {@code article-ends.txt} and a colon at its start, maybe in brackets
     * (责任编辑：陈嘉欣, （编辑：张敏）, 【责任编辑：赵晓宁】), or the label in square brackets (【上一篇】孝感市召开…).
     */
    static boolean closesArticle(String paragraph) {
        if (paragraph.length() > MAX_CLOSING) {
            return false;
        }
        int at = 0;
        while (at < paragraph.length() && "（(【[　 ".indexOf(paragraph.charAt(at)) >= 0) {
            at++;
        }
        String simplified = TraditionalToSimplified.toSimplified(paragraph.substring(at, Math.min(paragraph.length(), at + 8)));
        String label = ARTICLE_ENDS.at(simplified, 0);
        if (label == null) {
            return false;
        }
        int colon = label.length();
        while (colon < simplified.length() && simplified.charAt(colon) == ' ') {
            colon++;
        }
        boolean bracketed = at > 0 && "【[".indexOf(paragraph.charAt(at - 1)) >= 0; // 【上一篇】孝感市召开…
        return colon < simplified.length() && (simplified.charAt(colon) == '：' || simplified.charAt(colon) == ':'
                || bracketed && "】]".indexOf(simplified.charAt(colon)) >= 0);
    }

    /** Labels of a summary above the story ({@code summary-heads.txt}). */
    private static final Lexicon SUMMARY_HEADS = Lexicon.load("summary-heads.txt");

    /** A summary's label alone on its line (AI摘要, 【内容摘要】): the paragraph after it is the summary. */
    static boolean isSummaryHead(String paragraph) {
        String label = summaryLabel(paragraph);
        if (label == null) {
            return false;
        }
        for (int i = label.length(); i < paragraph.length(); i++) { // the label's length in both scripts
            if ("　 】]：:".indexOf(paragraph.charAt(i)) < 0) {
                return false;
            }
        }
        return true;
    }

    /** A paragraph opened by a summary's label and a colon (小编说：三连冠！…, AI摘要：…), or the label alone. */
    static boolean summaryLine(String paragraph) {
        String label = summaryLabel(paragraph);
        if (label == null) {
            return false;
        }
        int end = label.length();
        return end < paragraph.length() && (paragraph.charAt(end) == '：' || paragraph.charAt(end) == ':')
                || isSummaryHead(paragraph);
    }

    /**
     * The summary label opening {@code paragraph} past a 【, as written there (AI摘要, 小編說), or null; most paragraphs
     * are turned away by their first char.
     */
    private static String summaryLabel(String paragraph) {
        int at = paragraph.startsWith("【") || paragraph.startsWith("[") ? 1 : 0;
        if (at >= paragraph.length() || !SUMMARY_STARTS.get(TraditionalToSimplified.toSimplified(paragraph.charAt(at)))) {
            return null;
        }
        String head = paragraph.substring(at, Math.min(paragraph.length(), at + MAX_SUMMARY_LABEL));
        String label = SUMMARY_HEADS.at(TraditionalToSimplified.toSimplified(head), 0);
        return label == null ? null : paragraph.substring(0, at + label.length());
    }

    /** The first chars of the summary labels. */
    private static final java.util.BitSet SUMMARY_STARTS = new java.util.BitSet();
    /** The longest summary label. */
    private static final int MAX_SUMMARY_LABEL;

    static {
        int longest = 0;
        for (String w : SUMMARY_HEADS.words()) {
            SUMMARY_STARTS.set(w.charAt(0));
            longest = Math.max(longest, w.length());
        }
        MAX_SUMMARY_LABEL = longest;
    }

    /** A head: one of the words, once bullets, brackets, spaces, a trailing colon and a bracketed count are left out. */
    static boolean isHead(String paragraph) {
        return headWord(paragraph) != null;
    }

    /** The word of {@code sidebar-heads.txt} that {@code paragraph} is as a head ({@link #isHead}), or null. */
    private static String headWord(String paragraph) {
        if (paragraph.length() > MAX_ITEM) {
            return null;
        }
        StringBuilder b = new StringBuilder(MAX_HEAD);
        int depth = 0;
        for (int i = 0; i < paragraph.length(); i++) {
            char c = paragraph.charAt(i);
            depth = Math.max(0, depth + (c == '（' || c == '(' ? 1 : c == '）' || c == ')' ? -1 : 0));
            if (depth == 0 && c >= '\u4E00' && c <= '\u9FFF') {
                if (b.length() == MAX_HEAD) {
                    return null; // too many words for a head: most paragraphs end here
                }
                b.append(c); // bullets, 【】, spaces, a colon and a bracketed count (（共12条）) are no part of it
            }
        }
        String word = TraditionalToSimplified.toSimplified(b.toString());
        return b.length() > 0 && HEAD_SET.contains(word) ? word : null;
    }

    /** The longest commenter's name before the colon of a comment. */
    private static final int MAX_COMMENTER = 16;

    /** A reader's comment: a short line opened by a commenter's name and a colon (作者回复：欢迎常来…). */
    static boolean isComment(String paragraph) {
        if (paragraph.length() > MAX_ITEM) {
            return false;
        }
        for (int i = 1; i < Math.min(paragraph.length() - 1, MAX_COMMENTER + 1); i++) {
            char c = paragraph.charAt(i);
            if (c == '：' || c == ':') {
                return true;
            }
            if (Sentences.isClauseEnd(c)) {
                return false;
            }
        }
        return false;
    }

    /**
     * A line opened by a head in 【】 or [] with an item after it on the same line (【相关新闻】茂名新增两个省级森林公园 / …):
     * a block of one line, or the first of its block.
     */
    static boolean headsItsLine(String paragraph) {
        if (paragraph.length() > MAX_ITEM || paragraph.isEmpty() || paragraph.charAt(0) != '【' && paragraph.charAt(0) != '[') {
            return false;
        }
        int close = paragraph.indexOf(paragraph.charAt(0) == '【' ? '】' : ']');
        return close > 1 && close - 1 <= MAX_HEAD && close + 1 < paragraph.length()
                && HEAD_SET.contains(TraditionalToSimplified.toSimplified(paragraph.substring(1, close)));
    }

    /** An item under a head: a line opening with a bullet, or a short line that ends no sentence (a headline). */
    static boolean isItem(String paragraph) {
        if (paragraph.isEmpty() || paragraph.length() > MAX_ITEM) {
            return false;
        }
        char first = paragraph.charAt(0);
        if ("·•●▪◆■►▸▶※-—>".indexOf(first) >= 0) {
            return true;
        }
        return !Sentences.endsSentence(paragraph);
    }
}
