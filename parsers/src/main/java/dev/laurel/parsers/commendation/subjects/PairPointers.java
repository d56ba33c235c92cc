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

    /**
     * A pair pointer opening a clause: its tag ({@code former}, {@code latter}) and where it ends in the clause.
     */
    record Word(String tag, int end) {
    }

    /** The longest word of {@code pair-pointers.txt}. */
    private static final int LONGEST = WORDS.words().get(0).length();

    /** The pair pointer a clause opens with, blanks passed over, or null. */
    static Word at(String clause) {
        int at = 0;
        while (at < clause.length() && Paragraphs.isBlank(clause.charAt(at))) {
            at++;
        }
        String head = TraditionalToSimplified.toSimplified(clause.substring(at, Math.min(clause.length(), at + LONGEST)));
        String w = WORDS.at(head, 0);
        return w == null ? null : new Word(WORDS.tag(w), at + w.length());
    }

    /** True when two mentions name one place: one code, or no code and one name (a place of the page the gazetteer lacks). */
    static boolean samePlace(dev.laurel.parsers.commendation.mentions.PlaceRef a,
                             dev.laurel.parsers.commendation.mentions.PlaceRef b) {
        return java.util.Objects.equals(a.regionCode(), b.regionCode()) && (a.regionCode() != null || a.name().equals(b.name()));
    }
}
