package dev.laurel.parsers.commendation.mentions;

import java.math.BigDecimal;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Words for several places together: 三县, 两地, 这两个城市, 3个县, 上述三市. A page says with one what is true of each
 * place it has named (三县均为首次获此命名, 两市分别投入…), so the number must be that of the places it stands for.
 */
public final class Collectives {
    /** 其中, 这, 上述 or 以上, a number, 个, and a kind of place. */
    private static final Pattern COLLECTIVE = Pattern.compile(
            "^(?:其中|这|上述|以上)?([两二三四五六七八九十]|[0-9]{1,2})(?:个)?(?:县|市|区|地|城|州|旗|县区|市县|县市|城市)");

    private Collectives() {
    }

    /** A collective: how many places it stands for, and where it ends. */
    public record Collective(int places, int end) {
    }

    /** The collective starting at {@code from} of {@code text} (simplified) and ending by {@code to}, or null. */
    public static Collective at(String text, int from, int to) {
        if (!mayStartAt(text, from, to)) {
            return null;
        }
        Matcher m = COLLECTIVE.matcher(text).region(from, to);
        return m.lookingAt() ? new Collective(countOf(m.group(1)), m.end()) : null;
    }

    /** The chars a collective may start with: those of its openers and numbers. */
    private static final String FIRST_CHARS = "其这上以两二三四五六七八九十0123456789";

    /** False when no collective can start at {@code from}: a test of one char before the pattern's. */
    public static boolean mayStartAt(String text, int from, int to) {
        return from < to && FIRST_CHARS.indexOf(text.charAt(from)) >= 0;
    }

    /** The number a collective gives (两, 三, 12), or -1. */
    private static int countOf(String numeral) {
        String n = numeral.replace('两', '二');
        BigDecimal v = dev.laurel.text.ChineseNumerals.tryParse(n).orElse(null);
        if (v == null && n.chars().allMatch(Character::isDigit)) {
            v = new BigDecimal(n);
        }
        return v == null ? -1 : v.intValue();
    }
}
