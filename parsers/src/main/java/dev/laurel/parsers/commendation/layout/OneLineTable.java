package dev.laurel.parsers.commendation.layout;

import dev.laurel.parsers.commendation.text.Paragraph;

import java.util.ArrayList;
import java.util.List;

/**
 * A table run onto one line with single blanks between its cells, as a page copied from a table without its line
 * breaks gives it: {@code 序號 名稱 類別 命名次數 1 福州市 城 連續第八次 2 廈門市 城 連續第九次 …}. Its header's headings
 * ({@link TableHeaders}, a row number's first) come first, then each row opens with its row number, 1, 2, 3 … in turn,
 * and has as many cells as the header has headings. It is read as the lines it would have had.
 */
final class OneLineTable {
    /** The most headings read. */
    private static final int MAX_HEADINGS = 8;
    /** The fewest rows for a table. */
    private static final int MIN_ROWS = 2;

    private OneLineTable() {
    }

    /**
     * The lines of the table run onto {@code line}, its header's then its rows', up to the first row that breaks the
     * pattern; each line's blanks are tabs, so that its cells split there and keep their offsets. Null when the line
     * holds no such table.
     */
    static List<Paragraph> lines(Paragraph line) {
        String t = line.text();
        if (t.indexOf(" 1 ") < 0) {
            return null; // most lines: no row number 1 between blanks
        }
        List<int[]> tokens = tokens(t);
        for (int h = 0; h < tokens.size(); h++) {
            if (!"index".equals(TableHeaders.role(text(t, tokens.get(h))))) {
                continue;
            }
            int first = h + 1;
            while (first < tokens.size() && first - h <= MAX_HEADINGS && !text(t, tokens.get(first)).equals("1")) {
                first++;
            }
            int width = first - h;
            if (first >= tokens.size() || width < 2 || width > MAX_HEADINGS) {
                return null;
            }
            List<String> headings = new ArrayList<>(width);
            for (int k = h; k < first; k++) {
                headings.add(text(t, tokens.get(k)));
            }
            if (TableHeaders.roles(headings) == null) {
                return null;
            }
            List<Paragraph> out = new ArrayList<>();
            out.add(part(line, tokens.get(h)[0], tokens.get(first - 1)[1]));
            int row = 1;
            for (int at = first; at + width <= tokens.size() && text(t, tokens.get(at)).equals(Integer.toString(row)); at += width) {
                int next = at + width;
                if (holds(t, tokens, at + 1, next, Integer.toString(row + 1))
                        || next < tokens.size() && !text(t, tokens.get(next)).equals(Integer.toString(row + 1))
                        && holds(t, tokens, next + 1, next + 2, Integer.toString(row + 1))) {
                    break; // a row with a cell less or more than the header has: the pattern is lost
                }
                out.add(part(line, tokens.get(at)[0], tokens.get(next - 1)[1]));
                row++;
            }
            return out.size() - 1 >= MIN_ROWS ? out : null;
        }
        return null;
    }

    /** The runs of chars other than blanks in {@code t}, each {start, end}. */
    private static List<int[]> tokens(String t) {
        List<int[]> out = new ArrayList<>();
        int i = 0;
        while (i < t.length()) {
            while (i < t.length() && Character.isWhitespace(t.charAt(i))) {
                i++;
            }
            int start = i;
            while (i < t.length() && !Character.isWhitespace(t.charAt(i))) {
                i++;
            }
            if (i > start) {
                out.add(new int[] {start, i});
            }
        }
        return out;
    }

    /** True when a token from {@code from} to {@code to} (within the tokens) is {@code word}. */
    private static boolean holds(String t, List<int[]> tokens, int from, int to, String word) {
        for (int k = from; k < Math.min(to, tokens.size()); k++) {
            if (text(t, tokens.get(k)).equals(word)) {
                return true;
            }
        }
        return false;
    }

    private static String text(String t, int[] token) {
        return t.substring(token[0], token[1]);
    }

    /** The part of {@code line} from {@code from} to {@code to}, its blanks made tabs. */
    private static Paragraph part(Paragraph line, int from, int to) {
        String s = line.text().substring(from, to);
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            b.append(Character.isWhitespace(s.charAt(i)) ? '\t' : s.charAt(i));
        }
        return new Paragraph(line.index(), line.start() + from, line.start() + to, b.toString());
    }
}
