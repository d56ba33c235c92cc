package dev.laurel.parsers.commendation.layout;

import dev.laurel.parsers.commendation.mentions.Places;
import dev.laurel.parsers.commendation.mentions.HonourStatements;
import dev.laurel.parsers.commendation.text.Lexicon;
import dev.laurel.parsers.commendation.text.Paragraph;
import dev.laurel.text.TraditionalToSimplified;

import java.util.ArrayList;
import java.util.List;

/**
 * The header row of a table of honoured places: which column each heading names ({@code table-headers.txt}: 序号 is the
 * index, 省份 the province, 名称 the name, 命名次数 the count, 备注 a note), read past a bracketed note (命名次数（含本次）),
 * and a heading that is an honour's name (国家卫生城市), whose column lists the places of that honour.
 */
final class TableHeaders {
    static final Lexicon HEADINGS = Lexicon.load("table-headers.txt");
    /** The first chars of the headings, in both scripts: a cell starting otherwise is no heading. */
    private static final java.util.BitSet HEADING_STARTS = firstChars();

    private TableHeaders() {
    }

    /**
     * The roles of a header row's cells, or null when none is the name or a cell is no heading. An honour heading is the
     * name column, or a column of flags (√, —) beside a name column. A cell that is no
     * known heading is a note when the row also has a row number and a heading that names the name column itself
     * (序号 / 名称 / 类别 / 层级 / 备注: pages add columns of their own); without those two the row may head a table of
     * statistics, not a list. A heading that gives its column's unit (投入资金（亿元）, 森林覆盖率（%）) beside a name
     * heading is a column of the places' figures, no unknown one (地区 / 投入资金（亿元） / 新增绿地（公顷）).
     */
    static List<String> roles(List<String> header) {
        List<String> roles = new ArrayList<>();
        int unknown = 0;
        boolean named = header.stream().map(TableHeaders::role).anyMatch(r -> "name".equals(r) || "place".equals(r));
        for (String c : header) {
            String role = role(c);
            if (role == null && honourHeading(c)) {
                // 省份 | 国家卫生城市: the places of that honour; 县 | 国家卫生县城 (√, —): whether the row's place has it
                role = named ? "flag" : "name";
            }
            if (role == null) {
                unknown += named && HeadedCell.unitOf(c) != null ? 0 : 1; // 投入资金（亿元） beside 地区: a column of figures
                role = "note";
            }
            roles.add(role);
        }
        List<String> resolved = resolve(roles);
        if (unknown > 0 && (resolved == null || !resolved.contains("index") || !resolved.contains("name"))) {
            return null;
        }
        return resolved;
    }

    /**
     * The roles of a header's columns with each {@code place} heading (地区) decided: the name column when no
     * other heading names the place (序号 / 省份 / 地区), else the column of its parent (序号 / 地区 / 名称), else
     * a note. Null when a role other than a note, a flag or a parent (省份 and 所属地市) stands twice, or no column is
     * the name.
     */
    static List<String> resolve(List<String> headings) {
        List<String> roles = new ArrayList<>(headings.size());
        boolean units = headings.contains("unit");
        for (String role : headings) {
            if (role.equals("applicant")) {
                role = headings.contains("name") || headings.contains("place") ? "note" : "name"; // 申报单位
            }
            if (units && (role.equals("name") || role.equals("place"))) {
                role = "note"; // 市州 / 县（市、区） / 乡镇: the places are the towns' parents, listed nowhere
            } else if (role.equals("place")) {
                role = !headings.contains("name") && !roles.contains("name") ? "name"
                        : !headings.contains("province") && !roles.contains("province") ? "province" : "note";
            }
            if (roles.contains(role) && !role.equals("note") && !role.equals("flag") && !role.equals("province")) {
                return null; // but 省份 / 所属地市 / 县城名称: a province and a prefecture, both parents of the name
            }
            roles.add(role);
        }
        return roles.contains("name") || roles.contains("unit") ? roles : null;
    }

    /** The most lines a header flattened to one heading per line is read over. */
    private static final int MAX_HEADER_LINES = 10;

    /**
     * The roles of a header flattened to one heading per line from line {@code h}, a heading wrapped over two lines read
     * as one (所属市 / （州）, 命名 / 次数: the two lines together are a heading and one alone is none), resolved; null when
     * fewer than two lines are headings or the roles do not resolve. {@code lines[0]} is set to the lines read.
     */
    static List<String> lines(List<Paragraph> paragraphs, int h, int[] lines, Places places) {
        List<String> column = new ArrayList<>();
        int j = h;
        while (j < paragraphs.size() && j - h < MAX_HEADER_LINES) {
            String line = paragraphs.get(j).text().strip();
            String role = role(line);
            boolean named = column.contains("name") || column.contains("place");
            if (role == null && named && (column.contains("index") || HeadedCell.unitOf(line) != null)
                    && ownHeading(line, places)) {
                // 序号 / 县城 / 建成区绿化 / 覆盖率: a column of the page's own, each line one; 地区 / 投入资金（亿元）:
                // a column of the places' figures
                column.add("note");
                j++;
                continue;
            }
            if (j + 1 < paragraphs.size()) {
                String next = paragraphs.get(j + 1).text().strip();
                String both = line.length() + next.length() <= Tables.MAX_CELL ? role(line + next) : null;
                if (both != null && (role == null || role(next) == null)) {
                    column.add(both);
                    j += 2;
                    continue;
                }
            }
            if (role == null) {
                break;
            }
            column.add(role);
            j++;
        }
        lines[0] = j - h;
        return column.size() >= 2 ? resolve(column) : null;
    }

    /** The longest first part of a heading wrapped onto the next line that opens a header (序 / 号, 序 / 号 / 名称). */
    private static final int MAX_WRAPPED_START = 4;

    /**
     * True when line {@code h} is a short line that is no heading but, with the next line, one (序 / 号): the start of a
     * header flattened to one heading per line whose first heading wraps, as a narrow column's does.
     */
    static boolean wrapsHeading(List<Paragraph> paragraphs, int h) {
        if (h + 1 >= paragraphs.size()) {
            return false;
        }
        String line = paragraphs.get(h).text().strip();
        return !line.isEmpty() && line.length() <= MAX_WRAPPED_START && HEADING_STARTS.get(line.charAt(0))
                && role(line + paragraphs.get(h + 1).text().strip()) != null;
    }

    /**
     * True when a line after a row number's and a name's headings can be a heading of the page's own (建成区绿化覆盖率,
     * 面积（平方米）): short, no digit, no list or sentence punctuation, and no place (a group's line: 河北省).
     */
    private static boolean ownHeading(String line, Places places) {
        if (line.isEmpty() || line.length() > Tables.MAX_CELL || places.whole(line, null) != null) {
            return false;
        }
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (Character.isDigit(c) || "、，。；：,;:".indexOf(c) >= 0) {
                return false;
            }
        }
        return true;
    }

    /** True when some cell of a header names an honour ({@link #honourHeading}). */
    static boolean namesHonour(List<String> header) {
        return header.stream().anyMatch(TableHeaders::honourHeading);
    }

    /**
     * True when a column heading is an honour's name (国家卫生城市, 全国文明城市（区）, 国家卫生县城名单): the column
     * lists the places of that honour; one ending in a unit (民族团结进步示范单位（个）) counts what each place has.
     */
    static boolean honourHeading(String text) {
        if (text.length() > Tables.MAX_CELL || inUnit(text)) {
            return false; // 民族团结进步示范单位（个）: how many each place has, a column of figures
        }
        String s = withoutNote(TraditionalToSimplified.toSimplified(Tables.squeeze(text)));
        if (s.endsWith("名单")) {
            s = s.substring(0, s.length() - 2);
        }
        return HonourStatements.HONOURS.list().endingAt(s, s.length()) != null;
    }

    /** True when a heading ends in a bracket holding a unit of figures (（个）, （%）, （万元）), not a kind (（区）, （县城）). */
    private static boolean inUnit(String heading) {
        String s = heading.strip();
        String unit = s.endsWith("）") || s.endsWith(")") ? HeadedCell.unitOf(s) : null;
        return unit != null && dev.laurel.parsers.commendation.text.LoneFigure.of("1" + unit) != null;
    }

    /** The role of a column heading, or null when the text is not one; a bracketed note after it (命名次数（含本次）) is read past. */
    static String role(String text) {
        if (text.length() > Tables.MAX_CELL || text.isEmpty() || !HEADING_STARTS.get(text.charAt(0))) {
            return null;
        }
        String s = TraditionalToSimplified.toSimplified(Tables.squeeze(text));
        String role = exactRole(s);
        role = role != null ? role : exactRole(withoutNote(s)); // 命名次数（含本次）; 县（市、区） is a heading as it is
        return role != null ? role : levelsOnly(s) ? "name" : parentLevels(s) ? "province" : null;
    }

    /** The levels of a parent's column, one of which its heading holds (州市, 所属州市, 盟（市）). */
    private static final String PARENT_LEVELS = "省地州盟";

    /**
     * True for a heading of the parent's column that no word of the file names: an owner word ({@code owner} in
     * {@code table-headers.txt}: 所属, 所在) or none, then levels of {@link #PARENT_LEVELS} and 市 with brackets and 、,
     * one of them above a city (州市, 所属州市, 所在盟市). A heading with a county's level (市县, 所属县) is none.
     */
    private static boolean parentLevels(String s) {
        String owner = HEADINGS.at(s, 0);
        int from = owner != null && "owner".equals(HEADINGS.tag(owner)) ? owner.length() : 0;
        boolean above = false;
        for (int i = from; i < s.length(); i++) {
            char c = s.charAt(i);
            if (PARENT_LEVELS.indexOf(c) >= 0) {
                above = true;
            } else if (c != '市' && "（）()、".indexOf(c) < 0) {
                return false;
            }
        }
        return above && s.length() - from >= 2;
    }

    /** The levels a heading of the name column is written with when no word of the file names it (市县, 县区, 市县区名称). */
    private static final String NAME_LEVELS = "市县区旗";

    /**
     * True for a heading of two or more levels of {@link #NAME_LEVELS} and nothing else but brackets, 、 and a trailing
     * 名称 (市县, 县（区）, 市县区名称): the column of the places, of whichever levels the table lists.
     */
    private static boolean levelsOnly(String s) {
        String t = s.endsWith("名称") ? s.substring(0, s.length() - 2) : s;
        int levels = 0;
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (NAME_LEVELS.indexOf(c) >= 0) {
                levels++;
            } else if ("（）()、".indexOf(c) < 0) {
                return false;
            }
        }
        return levels >= 2;
    }

    /** A heading without the bracketed note that ends it (命名次数（含本次） → 命名次数), or the heading as it is. */
    private static String withoutNote(String s) {
        int note = s.indexOf('（') > 0 ? s.indexOf('（') : s.indexOf('(');
        return note > 0 && (s.endsWith("）") || s.endsWith(")")) ? s.substring(0, note) : s;
    }

    /** The role of a heading written exactly as {@code s}, or null. */
    private static String exactRole(String s) {
        String word = s.isEmpty() ? null : HEADINGS.at(s, 0);
        String role = word != null && word.length() == s.length() ? HEADINGS.tag(word) : null;
        return "owner".equals(role) ? null : role; // 所属 alone heads no column
    }

    private static java.util.BitSet firstChars() {
        java.util.BitSet set = new java.util.BitSet(0x10000);
        for (String w : HEADINGS.words()) {
            set.set(w.charAt(0));
        }
        (PARENT_LEVELS + "市").chars().forEach(set::set); // 州市: a parent's levels (parentLevels)
        for (int c = 0x3400; c < 0xA000; c++) { // a traditional char whose simplified form starts a heading
            if (set.get(TraditionalToSimplified.toSimplified(String.valueOf((char) c)).charAt(0))) {
                set.set(c);
            }
        }
        return set;
    }
}
