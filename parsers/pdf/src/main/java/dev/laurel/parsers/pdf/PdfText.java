package dev.laurel.parsers.pdf;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * The text layer of a PDF as the commendation reader wants it: lines in reading order (PDFBox's
 * {@link PDFTextStripper} sorting by position), wide gaps inside a line as tabs (table cells), lines a
 * paragraph wrapped joined again (without a space between CJK chars, a hyphen at a Latin line end dropped),
 * a blank line where the layout leaves vertical space, and the page furniture left out: lines at the top or
 * bottom of the pages that repeat on several pages (running heads, footers) and page numbers.
 */
final class PdfText {

    /** The top and bottom share of a page where running heads, footers and page numbers sit. */
    private static final double MARGIN_ZONE = 0.1;
    /** A gap between two visible glyphs (across any space glyphs) wider than this many font sizes separates table cells. */
    private static final double CELL_GAP = 1.2;
    /** A line that ends within this many font sizes of the text's right edge was wrapped. */
    private static final double WRAP_SLACK = 1.5;
    private static final Pattern PAGE_NUMBER = Pattern.compile(
            "[-—–\\s]*(第\\s*\\d+\\s*页(\\s*[/，,]?\\s*共\\s*\\d+\\s*页)?|\\d+(\\s*/\\s*\\d+)?|-\\s*\\d+\\s*-|"
                    + "page\\s*\\d+(\\s*of\\s*\\d+)?|\\d+\\s*/\\s*\\d+)[-—–\\s]*", Pattern.CASE_INSENSITIVE);

    private PdfText() {
    }

    /** One line of a page: its text (cells split by tabs), geometry in points from the page's top left. */
    record Line(String text, float left, float right, float top, float fontSize, boolean cells, float pageHeight) {
    }

    /** The lines of each page. */
    static List<List<Line>> lines(PDDocument doc) throws IOException {
        Collector c = new Collector();
        c.setSortByPosition(true);
        c.setSuppressDuplicateOverlappingText(true);
        c.getText(doc);
        return c.pages;
    }

    /** The document's text: furniture left out, wrapped lines joined, pages run on. */
    static String text(PDDocument doc) throws IOException {
        return join(dropFurniture(lines(doc)));
    }

    /** Whether the document has any text at all in its text layer (not counting whitespace). */
    static boolean hasText(List<List<Line>> pages) {
        return pages.stream().flatMap(List::stream).anyMatch(l -> !l.text().isBlank());
    }

    static List<List<Line>> dropFurniture(List<List<Line>> pages) {
        Map<String, Integer> marginLines = new HashMap<>();
        for (List<Line> page : pages) {
            page.stream().filter(PdfText::inMargin).map(l -> key(l.text())).distinct()
                    .forEach(k -> marginLines.merge(k, 1, Integer::sum));
        }
        List<List<Line>> out = new ArrayList<>();
        for (List<Line> page : pages) {
            List<Line> kept = new ArrayList<>();
            for (Line l : page) {
                boolean furniture = inMargin(l) && (PAGE_NUMBER.matcher(l.text()).matches()
                        || pages.size() > 1 && marginLines.getOrDefault(key(l.text()), 0) > 1);
                if (!furniture && !l.text().isBlank()) {
                    kept.add(l);
                }
            }
            out.add(kept);
        }
        return out;
    }

    /** The text with digits folded, so that 第 1 页 and 第 2 页, or a date that changes, count as one line. */
    private static String key(String text) {
        return text.replaceAll("\\s+", "").replaceAll("\\d+", "#");
    }

    private static boolean inMargin(Line l) {
        return l.top() < l.pageHeight() * MARGIN_ZONE || l.top() > l.pageHeight() * (1 - MARGIN_ZONE);
    }

    static String join(List<List<Line>> pages) {
        float right = 0;
        float left = Float.MAX_VALUE;
        for (List<Line> page : pages) {
            for (Line l : page) {
                if (!l.cells()) {
                    right = Math.max(right, l.right());
                    left = Math.min(left, l.left());
                }
            }
        }
        StringBuilder sb = new StringBuilder();
        Line prev = null;
        for (List<Line> page : pages) {
            Line prevOnPage = null;
            for (Line l : page) {
                if (prev != null) {
                    boolean wrapped = !prev.cells() && !l.cells() && prev.right() >= right - WRAP_SLACK * prev.fontSize()
                            && l.left() <= left + 0.5 * l.fontSize();
                    boolean gap = prevOnPage != null
                            && l.top() - prevOnPage.top() > 2.0 * Math.max(prevOnPage.fontSize(), l.fontSize());
                    if (wrapped && !gap) {
                        joinWrapped(sb, l.text());
                        prev = l;
                        prevOnPage = l;
                        continue;
                    }
                    sb.append('\n');
                    if (gap) {
                        sb.append('\n');
                    }
                }
                sb.append(l.text());
                prev = l;
                prevOnPage = l;
            }
        }
        return sb.append(sb.length() > 0 ? "\n" : "").toString();
    }

    private static void joinWrapped(StringBuilder sb, String next) {
        int n = sb.length();
        char last = n == 0 ? ' ' : sb.charAt(n - 1);
        char first = next.isEmpty() ? ' ' : next.charAt(0);
        if (last == '-' && n > 1 && isLatin(sb.charAt(n - 2)) && isLatin(first)) {
            sb.setLength(n - 1); // a word hyphenated at the line end
        } else if (isLatin(last) && isLatin(first)) {
            sb.append(' ');
        }
        sb.append(next);
    }

    private static boolean isLatin(char c) {
        return c < 0x2E80 && Character.isLetterOrDigit(c);
    }

    /**
     * Collects each line's glyphs from PDFBox's sorted output and lays each page out as {@link Line}s: a gap
     * wider than {@link #CELL_GAP} font sizes between two visible glyphs is a cell boundary; in a line that has
     * one, so is a smaller gap before a glyph that starts where a cell starts in another row of the page (a tab
     * to the next tab stop can leave a gap of a few points).
     */
    private static final class Collector extends PDFTextStripper {
        final List<List<Line>> pages = new ArrayList<>();
        private final List<List<TextPosition>> raw = new ArrayList<>();
        private final List<TextPosition> glyphs = new ArrayList<>();

        @Override
        protected void startPage(org.apache.pdfbox.pdmodel.PDPage p) throws IOException {
            raw.clear();
            super.startPage(p);
        }

        @Override
        protected void endPage(org.apache.pdfbox.pdmodel.PDPage p) throws IOException {
            flush();
            pages.add(layout(raw, p.getMediaBox().getHeight()));
            raw.clear();
            super.endPage(p);
        }

        @Override
        protected void writeString(String text, List<TextPosition> positions) {
            glyphs.addAll(positions);
        }

        @Override
        protected void writeLineSeparator() {
            flush();
        }

        @Override
        protected void writeParagraphEnd() {
            flush();
        }

        private void flush() {
            List<TextPosition> visible = new ArrayList<>();
            for (TextPosition g : glyphs) {
                if (g.getUnicode() != null && !g.getUnicode().isEmpty()) {
                    visible.add(g);
                }
            }
            if (visible.stream().anyMatch(g -> !g.getUnicode().isBlank())) {
                raw.add(visible);
            }
            glyphs.clear();
        }
    }

    /** The x where a glyph after a wide gap starts, per line; the page's cell starts are those of two lines or more. */
    private static List<Line> layout(List<List<TextPosition>> lines, float height) {
        List<Float> starts = new ArrayList<>();
        for (List<TextPosition> line : lines) {
            float size = size(line);
            TextPosition prev = null;
            for (TextPosition g : line) {
                if (g.getUnicode().isBlank()) {
                    continue;
                }
                if (prev != null && gap(prev, g) > CELL_GAP * size) {
                    starts.add(g.getXDirAdj());
                }
                prev = g;
            }
        }
        List<Float> columns = new ArrayList<>();
        for (float x : starts) {
            long near = starts.stream().filter(y -> Math.abs(y - x) < 1.5f).count();
            if (near > 1 && columns.stream().noneMatch(c -> Math.abs(c - x) < 1.5f)) {
                columns.add(x);
            }
        }
        List<Line> out = new ArrayList<>();
        for (List<TextPosition> line : lines) {
            out.add(line(line, columns, height));
        }
        return out;
    }

    private static Line line(List<TextPosition> glyphs, List<Float> columns, float height) {
        float size = size(glyphs);
        boolean wide = false;
        TextPosition p = null;
        List<Float> gaps = new ArrayList<>();
        for (TextPosition g : glyphs) {
            if (!g.getUnicode().isBlank()) {
                if (p != null) {
                    wide |= gap(p, g) > CELL_GAP * size;
                    gaps.add(Math.max(0, gap(p, g)));
                }
                p = g;
            }
        }
        gaps.sort(null);
        // In a row with a cell boundary, a gap well over the line's usual one is a boundary too (a tab to a
        // tab stop just past the cell's text).
        float usual = gaps.isEmpty() ? 0 : gaps.get(gaps.size() / 2);
        float small = (float) (3 * usual + 0.05 * size);
        StringBuilder sb = new StringBuilder();
        StringBuilder blanks = new StringBuilder(); // space glyphs since the last visible one
        TextPosition prev = null;
        TextPosition first = null;
        TextPosition last = null;
        boolean cells = false;
        for (TextPosition g : glyphs) {
            String u = g.getUnicode();
            if (u.isBlank()) {
                blanks.append(u); // a tab or spaces drawn as glyphs: the gap is measured across them
                continue;
            }
            if (prev != null) {
                float gap = gap(prev, g);
                boolean column = wide && (gap > small || gap > 0.05 * size
                        && columns.stream().anyMatch(c -> Math.abs(c - g.getXDirAdj()) < 1.5f));
                if (gap > CELL_GAP * size || column) {
                    sb.append('\t');
                    cells = true;
                } else if (blanks.length() > 0) {
                    sb.append(blanks.toString().replace('\t', ' '));
                } else if (gap > 0.25 * size && (isLatin(u.charAt(0)) || isLatin(sb.charAt(sb.length() - 1)))) {
                    sb.append(' ');
                }
            }
            blanks.setLength(0);
            sb.append(u);
            prev = g;
            first = first == null ? g : first;
            last = g;
        }
        return new Line(sb.toString().replace('\u00A0', ' ').strip(), first.getXDirAdj(),
                last.getXDirAdj() + last.getWidthDirAdj(), first.getYDirAdj(), size, cells, height);
    }

    private static float gap(TextPosition a, TextPosition b) {
        return b.getXDirAdj() - (a.getXDirAdj() + a.getWidthDirAdj());
    }

    private static float size(List<TextPosition> glyphs) {
        float size = 0;
        for (TextPosition g : glyphs) {
            float s = g.getFontSizeInPt();
            size = Math.max(size, s > 0 ? s : Math.max(1, g.getHeightDir()));
        }
        return size;
    }
}
