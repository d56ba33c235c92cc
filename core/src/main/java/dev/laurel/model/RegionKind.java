package dev.laurel.model;

import com.fasterxml.jackson.annotation.JsonProperty;

/** The administrative level of a place, as far as an honour roll cares. */
public enum RegionKind {
    @JsonProperty("province") PROVINCE("province"),
    @JsonProperty("municipality") MUNICIPALITY("municipality"),
    @JsonProperty("prefecture-city") PREFECTURE_CITY("prefecture-city"),
    @JsonProperty("autonomous-prefecture") AUTONOMOUS_PREFECTURE("autonomous-prefecture"),
    @JsonProperty("league") LEAGUE("league"),
    @JsonProperty("county") COUNTY("county"),
    @JsonProperty("county-level-city") COUNTY_LEVEL_CITY("county-level-city"),
    @JsonProperty("district") DISTRICT("district"),
    @JsonProperty("banner") BANNER("banner"),
    @JsonProperty("other") OTHER("other");

    private final String id;

    RegionKind(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    /** True for the county level (county, county-level city, district, banner): 县 receives 全国双拥模范县. */
    public boolean isCountyLevel() {
        return this == COUNTY || this == COUNTY_LEVEL_CITY || this == DISTRICT || this == BANNER;
    }
}
