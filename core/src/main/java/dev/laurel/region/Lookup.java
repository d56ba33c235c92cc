package dev.laurel.region;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The answer to a gazetteer query: every region that fits, never a guess.
 *
 * @param query      the name asked for, as given
 * @param match      which kind of name matched; all candidates matched the same way
 * @param candidates the regions, in code order; empty when nothing matched
 */
public record Lookup(String query, Match match, List<Region> candidates) {

    /** How the query matched, best first: a lookup uses the first kind that has any match. */
    public enum Match {
        /** The official name (杭州市, 朝阳区). */
        NAME,
        /** A current alias (黔南州, 景宁县). */
        ALIAS,
        /** A former name (萧山市, 襄樊市). */
        FORMER_NAME,
        /** A short name (杭州, 宁夏, 吉林). */
        SHORT_NAME,
        /** Nothing matched. */
        NONE
    }

    /**
     * Checks the components and copies {@code candidates}.
     *
     * @param query      the name asked for; not null
     * @param match      how the name matched; not null
     * @param candidates the regions that fit; not null
     */
    public Lookup {
        Objects.requireNonNull(query, "query");
        Objects.requireNonNull(match, "match");
        candidates = List.copyOf(candidates);
    }

    static Lookup none(String query) {
        return new Lookup(query, Match.NONE, List.of());
    }

    /**
     * The region when exactly one fits.
     *
     * @return the only candidate, or empty when none or several fit
     */
    public Optional<Region> unique() {
        return candidates.size() == 1 ? Optional.of(candidates.get(0)) : Optional.empty();
    }

    /**
     * Whether no region fits.
     *
     * @return true when there are no candidates
     */
    public boolean isEmpty() {
        return candidates.isEmpty();
    }

    /**
     * More than one region fits (朝阳区, 吉林).
     *
     * @return true when there are several candidates
     */
    public boolean isAmbiguous() {
        return candidates.size() > 1;
    }
}
