package dev.laurel.parsers.commendation.subjects;

import dev.laurel.parsers.commendation.text.Lexicon;
import dev.laurel.parsers.commendation.text.Paragraphs;
import dev.laurel.text.TraditionalToSimplified;

/**
 * 前者 and 后者 opening a clause: the earlier and the later of the last two places named ({@code pair-pointers.txt}).
 */
final class PairPointers {
    private static final Lexicon WORDS = Lexicon.load("pair-pointers.txt");

    private PairPointers() {
    }

    /** The tag of the pair pointer a clause opens with, blanks passed over ({@code former}, {@code latter}), or null. */
    static String at(String clause) {
        int at = 0;
        while (at < clause.length() && Paragraphs.isBlank(clause.charAt(at))) {
            at++;
        }
        if (at + 2 > clause.length()) {
            return null;
        }
        String w = WORDS.at(TraditionalToSimplified.toSimplified(clause.substring(at, at + 2)), 0);
        return w == null ? null : WORDS.tag(w);
    }

    /** True when two mentions name one place: one code, or no code and one name (a place of the page the gazetteer lacks). */
    static boolean samePlace(dev.laurel.parsers.commendation.mentions.PlaceRef a,
                             dev.laurel.parsers.commendation.mentions.PlaceRef b) {
        return java.util.Objects.equals(a.regionCode(), b.regionCode()) && (a.regionCode() != null || a.name().equals(b.name()));
    }
}
