package dev.laurel.parsers.commendation.text;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Page furniture: bylines, source and editor lines, share and print links, breadcrumbs, ICP numbers,
 * page numbers, datelines, reading-time and word-count lines. Its labels are the data file
 * {@code furniture.txt}, its shapes {@code furniture-patterns.txt}. A line is furniture when it starts
 * with a label and a colon (责任编辑：李芳), holds two labels with colons (来源：… 作者：…), or has one of
 * the shapes (首页 > 新闻中心, 【打印】【关闭】, a page number alone, 2023-10-17 08:45 …).
 */
public final class Furniture {
    static final Lexicon LABELS = Lexicon.load("furniture.txt");
    private static final String NEEDS = "needs ";
    /** The shapes that hold at the start of a line (they begin with ^), tried there only. */
    private static final Pattern AT_START = Pattern.compile(String.join("|",
            Lexicon.lines("furniture-patterns.txt").stream().filter(r -> r.startsWith("^"))
                    .map(r -> "(?:" + r.substring(1) + ")").toList()));
    /** The chars a line matching {@link #AT_START} can begin with: other lines skip the pattern. */
    private static final java.util.BitSet FIRST_CHARS = Lexicon.firstChars(AT_START);
    /** The words found anywhere in a line (ICP备, ©). */
    private static final List<String> ANYWHERE = Lexicon.lines("furniture-patterns.txt").stream()
            .filter(r -> !r.startsWith("^") && !r.startsWith(NEEDS)).toList();
    /** Shapes that can start with any char, each tried only on lines holding one of the chars it needs. */
    private static final List<Gated> GATED = Lexicon.lines("furniture-patterns.txt").stream()
            .filter(r -> r.startsWith(NEEDS)).map(Gated::of).toList();
    /**
     * The chars one of the other tests needs in a line: the first chars of the {@link #ANYWHERE} words, the chars
     * the {@link #GATED} shapes need, the colons of labels. A line with none of them, not starting with one of
     * {@link #FIRST_CHARS}, is no furniture: one pass over it answers.
     */
    private static final java.util.BitSet CLUES = clues();

    private static java.util.BitSet clues() {
        java.util.BitSet set = new java.util.BitSet(0x10000);
        ANYWHERE.forEach(w -> set.set(w.charAt(0)));
        GATED.forEach(g -> g.chars().chars().forEach(set::set));
        set.set('：');
        set.set(':');
        return set;
    }

    /** The longest line that can be furniture. */
    private static final int MAX_LINE = 200;
    /** The longest line inside a section checked for furniture: page numbers, bylines and editors are short. */
    public static final int MAX_INNER_LINE = 60;

    /** {@code needs CHARS ^regex}: the shape, tried at the line start on lines holding one of {@code chars}. */
    private record Gated(String chars, Pattern shape) {
        static Gated of(String line) {
            String rest = line.substring(NEEDS.length());
            int space = rest.indexOf(' ');
            return new Gated(rest.substring(0, space), Pattern.compile(rest.substring(space + 1).strip().substring(1)));
        }

        boolean matches(String line) {
            for (int k = 0; k < chars.length(); k++) {
                if (line.indexOf(chars.charAt(k)) >= 0) { // a needed char, looked for with the String's own search
                    return shape.matcher(line).lookingAt();
                }
            }
            return false;
        }
    }

    private Furniture() {
    }


    /** True when a char of {@link #CLUES} is in {@code line}. */
    private static boolean holdsClue(String line) {
        for (int i = 0; i < line.length(); i++) {
            if (CLUES.get(line.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    private static boolean holdsWord(String line) {
        for (String w : ANYWHERE) {
            if (line.contains(w)) {
                return true;
            }
        }
        return false;
    }

    /** True when a line (a paragraph, in simplified script) is page furniture, not text. */
    public static boolean is(String line) {
        if (line.length() > MAX_LINE) {
            return false;
        }
        if ((line.isEmpty() || !FIRST_CHARS.get(line.charAt(0))) && !holdsClue(line)) {
            return false; // no shape can start it and no word, gated shape or label can be in it
        }
        if ((!line.isEmpty() && FIRST_CHARS.get(line.charAt(0)) && AT_START.matcher(line).lookingAt()) || holdsWord(line)) {
            return true;
        }
        for (Gated g : GATED) {
            if (g.matches(line)) {
                return true;
            }
        }
        if (line.indexOf('：') < 0 && line.indexOf(':') < 0) {
            return false; // a label counts only with its colon
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
