package dev.laurel.model;

/** The administrative level of a place, as far as an honour roll cares. */
public enum RegionKind {
    PROVINCE("province"),
    MUNICIPALITY("municipality"),
    PREFECTURE_CITY("prefecture-city"),
    AUTONOMOUS_PREFECTURE("autonomous-prefecture"),
    LEAGUE("league"),
    COUNTY("county"),
    COUNTY_LEVEL_CITY("county-level-city"),
    DISTRICT("district"),
    BANNER("banner"),
    OTHER("other");

    private final String id;

    RegionKind(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    /** The region kind named {@code id} (as {@link #id()} writes it). @throws IllegalArgumentException if none is */
    public static RegionKind of(String id) {
        for (RegionKind v : values()) {
            if (v.id.equals(id)) {
                return v;
            }
        }
        throw new IllegalArgumentException("unknown region kind: " + id);
    }

    /** True for the county level (county, county-level city, district, banner): 县 receives 全国双拥模范县. */
    public boolean isCountyLevel() {
        return this == COUNTY || this == COUNTY_LEVEL_CITY || this == DISTRICT || this == BANNER;
    }
}
