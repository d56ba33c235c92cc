package dev.laurel.model;

/**
 * One name of the honour roll, in text order.
 *
 * @param kind       the administrative level, or null when the gazetteer does not know the name
 * @param regionCode the six-digit GB/T 2260 code, or null when unknown or ambiguous
 * @param province   the province the name belongs to (浙江省), or null when unknown
 * @param hasSection whether the document has a deeds section for this name
 * @param span       where the name is written in the roster
 */
public record RosterEntry(
        String name,
        RegionKind kind,
        String regionCode,
        String province,
        boolean hasSection,
        SourceSpan span) {

    /**
     * Checks the components.
     *
     * @param name       the official name when the gazetteer resolves the place (西昌 → 西昌市), else as written; not blank
     * @param kind       the administrative level, or null
     * @param regionCode the six-digit code, or null
     * @param province   the province, or null
     * @param hasSection whether the document has a deeds section for the name
     * @param span       where the name is written; not null
     */
    public RosterEntry {
        Checks.requireNonBlank(name, "name");
        RegionCodes.check(regionCode, "regionCode");
    }

    /**
     * The same entry with or without a deeds section.
     *
     * @param value whether the document has a deeds section for this name
     * @return the changed copy
     */
    public RosterEntry withHasSection(boolean value) {
        return new RosterEntry(name, kind, regionCode, province, value, span);
    }
}
