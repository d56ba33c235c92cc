package dev.laurel.parsers.commendation.text;

import dev.laurel.text.ChineseNumerals;

import java.math.BigDecimal;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The ordinal rounds a page names (第七批 of a batch, 第六届 of an edition), read to tell this round from earlier ones: a
 * naming dated by a lower round of the same word than one named above it (建德市已于第五批获评 under 第七批) is another
 * round's. Immutable.
 *
 * @param batch   the highest 第N批 named, or 0
 * @param edition the highest 第N届 named, or 0
 */
public record PageRounds(int batch, int edition) {
    /** No round named yet. */
    public static final PageRounds NONE = new PageRounds(0, 0);

    /** An ordinal round: 第七批, 第６届 (its number group 1, its word group 2). */
    private static final Pattern ROUND = Pattern.compile("第([0-9０-９一二三四五六七八九十两]{1,3})([批届])");
    /** A round dating a verb right before it: 于第五批, 在第五届, 于第五批次 (group 1 the round). */
    private static final Pattern DATED = Pattern.compile("[于在](第[0-9０-９一二三四五六七八九十两]{1,3}[批届])次?(?:中|时)?$");

    /** These rounds and the highest of each word {@code text[from, to)} names. */
    public PageRounds and(String text, int from, int to) {
        if (text.indexOf('第', from) < 0) {
            return this; // most paragraphs name no ordinal
        }
        int b = batch;
        int e = edition;
        Matcher m = ROUND.matcher(text).region(Math.max(0, from), to);
        while (m.find()) {
            int n = number(m.group(1));
            if (m.group(2).equals("批")) {
                b = Math.max(b, n);
            } else {
                e = Math.max(e, n);
            }
        }
        return b == batch && e == edition ? this : new PageRounds(b, e);
    }

    /**
     * True when the verb at {@code verb} of a simplified text is dated right before it by a round (已于第五批获评, 在第五届)
     * lower than the highest of the same word these rounds and the text before the verb's sentence name: an earlier
     * round's naming.
     */
    public boolean datesEarlier(String text, int verb) {
        int clause = Sentences.clauseStart(text, verb);
        Matcher d = DATED.matcher(text).region(clause, verb);
        if (!d.find()) {
            return false;
        }
        PageRounds named = and(text, 0, Sentences.sentenceStart(text, verb));
        Matcher m = ROUND.matcher(d.group(1));
        if (!m.matches()) {
            return false;
        }
        int n = number(m.group(1));
        return n > 0 && n < (m.group(2).equals("批") ? named.batch : named.edition);
    }

    private static int number(String digits) {
        BigDecimal v = ChineseNumerals.tryParse(digits).orElse(BigDecimal.ZERO);
        return v.compareTo(BigDecimal.valueOf(1000)) < 0 ? v.intValue() : 0;
    }
}
