package dev.laurel.parsers.commendation.text;

/**
 * Lines a page sets out as fields, each complete without a full stop: a short label, a colon and its value
 * (总面积：2.3万平方公里, 所在省份：福建省, 森林覆盖率：78.9%, 2027年目标：人均公园绿地面积达到16平方米), the steps of a timeline labelled by their years
 * (2020年：双拥模范城“七连冠”, 2004年、2008年：连续获评), and the rules of a drawn box (┌ 城市速览 ┐, └──────┘).
 * They are never the first half of a sentence broken over two lines.
 */
public final class FieldLines {
    /** The longest label before the colon (地区生产总值, 人均公园绿地面积, 病媒生物密度控制水平, 2027年目标). */
    private static final int MAX_LABEL = 12;
    /** The longest field line; a longer line is running text that may go on. */
    private static final int MAX_LINE = 40;

    /** A timeline step's label: one or more years (months, days) and a colon (2020年：, 2004年、2008年：, 2019年10月：). */
    private static final java.util.regex.Pattern YEAR_LABEL = java.util.regex.Pattern.compile(
            "(?:(?:19|20|１９|２０)[0-9０-９]{2}年(?:[0-9０-９]{1,2}月(?:[0-9０-９]{1,2}日)?)?[、，,—-]?)+[：:]");

    private FieldLines() {
    }

    /** True when {@code line} is a field (a label of Han chars, a colon, a value) or a rule of a drawn box. */
    public static boolean is(String line) {
        String t = line.strip();
        if (t.isEmpty() || t.length() > MAX_LINE) {
            return false;
        }
        if (isBoxRule(t.charAt(0)) || isBoxRule(t.charAt(t.length() - 1))) {
            return true;
        }
        java.util.regex.Matcher year = YEAR_LABEL.matcher(t);
        if (year.lookingAt()) {
            return year.end() < t.length(); // 2020年：双拥模范城“七连冠”: a timeline's step, whole
        }
        for (int i = 0; i < t.length() && i <= MAX_LABEL; i++) {
            char c = t.charAt(i);
            if (c == '：' || c == ':') {
                return i >= 2 && i < t.length() - 1;
            }
            if ((c < '\u4E00' || c > '\u9FFF') && !(c >= '0' && c <= '9' || c >= '０' && c <= '９')) {
                return false; // a label of Han chars, a year's digits among them (2027年目标：)
            }
        }
        return false;
    }

    /**
     * True when {@code line} ends with a field after its last full stop, or is one: 如有异议，请来电反映。联系电话：027-87231496
     * is whole, its last sentence a field, and no sentence goes on from it onto the next line.
     */
    public static boolean ends(String line) {
        int from = line.length();
        while (from > 0 && !Sentences.isSentenceEnd(line.charAt(from - 1))) {
            from--;
        }
        return is(line) || from > 0 && is(line.substring(from)); // 原标题：九连冠！南通再获…: one field, a stop inside
    }

    /** A char of the box-drawing block (┌ ─ ┐ └ ┘ │). */
    private static boolean isBoxRule(char c) {
        return c >= '\u2500' && c <= '\u257F';
    }
}
