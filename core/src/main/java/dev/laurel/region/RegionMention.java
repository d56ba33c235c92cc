package dev.laurel.region;

import dev.laurel.model.SourceSpan;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A division name found in text. A chain such as 浙江省杭州市 is one mention of 杭州市 whose span
 * covers the whole chain and whose {@code qualifiers} hold 浙江省.
 *
 * @param span       char offsets into the scanned text, end exclusive
 * @param text       the text of the span, as written (possibly traditional script)
 * @param match      how the last name of the chain matched
 * @param candidates the regions the name can denote (several when ambiguous: 朝阳区, 吉林)
 * @param qualifiers the enclosing regions written before the name, outermost first
 */
public record RegionMention(
        SourceSpan span, String text, Lookup.Match match, List<Region> candidates, List<Region> qualifiers) {

    /**
     * Checks the components and copies the lists.
     *
     * @param span       where the mention is; not null
     * @param text       the mention as written; not null
     * @param match      how the name matched; not null
     * @param candidates the regions it can denote; not empty
     * @param qualifiers the enclosing regions written before it; not null
     * @throws IllegalArgumentException if {@code candidates} is empty
     */
    public RegionMention {
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(match, "match");
        candidates = List.copyOf(candidates);
        qualifiers = List.copyOf(qualifiers);
        if (candidates.isEmpty()) {
            throw new IllegalArgumentException("candidates must not be empty");
        }
    }

    /**
     * The region when exactly one fits.
     *
     * @return the only candidate, or empty when several fit
     */
    public Optional<Region> unique() {
        return candidates.size() == 1 ? Optional.of(candidates.get(0)) : Optional.empty();
    }

    /**
     * Whether the name can denote several regions.
     *
     * @return true when there are several candidates
     */
    public boolean isAmbiguous() {
        return candidates.size() > 1;
    }
}
