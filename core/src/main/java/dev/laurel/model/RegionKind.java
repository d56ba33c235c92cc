package dev.laurel.model;

/** The administrative level of a place, as far as an honour roll cares. */
public enum RegionKind {
    /** A province or autonomous region (省, 自治区). */
    PROVINCE("province"),
    /** A municipality directly under the central government (直辖市). */
    MUNICIPALITY("municipality"),
    /** A prefecture-level city (地级市). */
    PREFECTURE_CITY("prefecture-city"),
    /** An autonomous prefecture (自治州). */
    AUTONOMOUS_PREFECTURE("autonomous-prefecture"),
    /** A league of Inner Mongolia (盟). */
    LEAGUE("league"),
    /** A county or autonomous county (县, 自治县). */
    COUNTY("county"),
    /** A county-level city (县级市). */
    COUNTY_LEVEL_CITY("county-level-city"),
    /** A city district (市辖区). */
    DISTRICT("district"),
    /** A banner or autonomous banner of Inner Mongolia (旗, 自治旗). */
    BANNER("banner"),
    /** Any other division (地区, 林区, 特区 …). */
    OTHER("other");

    private final String id;

    RegionKind(String id) {
        this.id = id;
    }

    /**
     * The name used in JSON and CSV.
     *
     * @return the kind's lowercase, hyphenated name
     */
    public String id() {
        return id;
    }

    /**
     * The region kind named {@code id} (as {@link #id()} writes it).
     *
     * @param id the name as {@link #id()} writes it
     * @return the kind of that name
     * @throws IllegalArgumentException if none is
     */
    public static RegionKind of(String id) {
        for (RegionKind v : values()) {
            if (v.id.equals(id)) {
                return v;
            }
        }
        throw new IllegalArgumentException("unknown region kind: " + id);
    }

    /**
     * True for the county level (county, county-level city, district, banner): 县 receives 全国双拥模范县.
     *
     * @return true for a county-level kind
     */
    public boolean isCountyLevel() {
        return this == COUNTY || this == COUNTY_LEVEL_CITY || this == DISTRICT || this == BANNER;
    }
}
