package dev.laurel.region;

import dev.laurel.model.RegionKind;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One administrative division: its GB/T 2260 code, official name and the forms documents use.
 *
 * @param code         six digits, e.g. 330782
 * @param name         the official name, e.g. 义乌市
 * @param shortName    the name without its suffix (义乌, 宁夏, 黔南); the full name when the stem is one
 *                     character (兴县, 代县)
 * @param kind         the administrative kind
 * @param parentCode   the enclosing prefecture or province, or null for a province-level region
 * @param provinceCode the province-level region this one belongs to (its own code for a province)
 * @param aliases      other current forms in common use (黔南州, 景宁县)
 * @param formerNames  names used before a renaming (萧山市 for 萧山区, 襄樊市 for 襄阳市)
 */
public record Region(
        String code,
        String name,
        String shortName,
        RegionKind kind,
        String parentCode,
        String provinceCode,
        List<String> aliases,
        List<String> formerNames) {

    /**
     * Checks the components and copies the lists.
     *
     * @param code         six digits; not null
     * @param name         the official name; not null
     * @param shortName    the name without its suffix; not null
     * @param kind         the administrative kind; not null
     * @param parentCode   the enclosing region's code, or null
     * @param provinceCode the province-level region's code; not null
     * @param aliases      other current forms; not null
     * @param formerNames  names used before a renaming; not null
     * @throws IllegalArgumentException if {@code code} is not six chars long
     */
    public Region {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(shortName, "shortName");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(provinceCode, "provinceCode");
        if (code.length() != 6) {
            throw new IllegalArgumentException("code must be six digits: " + code);
        }
        aliases = List.copyOf(aliases);
        formerNames = List.copyOf(formerNames);
    }

    /**
     * Province, prefecture or county level, from the code.
     *
     * @return the level of {@code code}
     */
    public RegionLevel level() {
        return RegionLevel.ofCode(code);
    }

    /**
     * The enclosing region in the default {@link Gazetteer}; empty for a province-level region.
     *
     * @return the parent region, or empty
     */
    public Optional<Region> parent() {
        return parentCode == null ? Optional.empty() : Gazetteer.get().byCode(parentCode);
    }

    /**
     * The province-level region (province, autonomous region, municipality, SAR); itself for one.
     *
     * @return the province-level region
     */
    public Region province() {
        if (provinceCode.equals(code)) {
            return this;
        }
        Region p = Gazetteer.get().province(provinceCode);
        if (p == null) {
            throw new java.util.NoSuchElementException("no region " + provinceCode + " in the gazetteer");
        }
        return p;
    }

    /**
     * Whether this region is {@code ancestorCode} or lies inside it.
     *
     * @param ancestorCode a six-digit code
     * @return true when this region is that region or inside it
     */
    public boolean isWithin(String ancestorCode) {
        Objects.requireNonNull(ancestorCode, "ancestorCode");
        return code.equals(ancestorCode) || ancestorCode.equals(parentCode) || provinceCode.equals(ancestorCode);
    }

    /**
     * Whether this region is {@code ancestor} or lies inside it.
     *
     * @param ancestor another region
     * @return true when this region is {@code ancestor} or inside it
     */
    public boolean isWithin(Region ancestor) {
        return isWithin(ancestor.code());
    }

    /** Regions are equal when their codes are. */
    @Override
    public boolean equals(Object o) {
        return o instanceof Region other && code.equals(other.code);
    }

    @Override
    public int hashCode() {
        return code.hashCode();
    }

    @Override
    public String toString() {
        return name + "(" + code + ")";
    }
}
