package dev.laurel.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * One name of the honour roll, in text order.
 *
 * @param kind       the administrative level, or null when the gazetteer does not know the name
 * @param regionCode the six-digit GB/T 2260 code, or null when unknown or ambiguous
 * @param province   the province the name belongs to (浙江省), or null when unknown
 * @param hasSection whether the document has a deeds section for this name
 * @param span       where the name is written in the roster
 */
@JsonPropertyOrder({"name", "kind", "regionCode", "province", "hasSection", "span"})
public record RosterEntry(
        @JsonProperty("name") String name,
        @JsonProperty("kind") RegionKind kind,
        @JsonProperty("regionCode") String regionCode,
        @JsonProperty("province") String province,
        @JsonProperty("hasSection") boolean hasSection,
        @JsonProperty("span") SourceSpan span) {

    public RosterEntry {
        Checks.requireNonBlank(name, "name");
        RegionCodes.check(regionCode, "regionCode");
    }

    public RosterEntry withHasSection(boolean value) {
        return new RosterEntry(name, kind, regionCode, province, value, span);
    }
}
