package dev.laurel.region;

/**
 * The three tiers of the gazetteer, read from the code: {@code xx0000} province level,
 * {@code xxxx00} prefecture level, anything else county level. 东莞市 441900 is prefecture level,
 * 济源市 419001 (directly under its province) county level.
 */
public enum RegionLevel {
    /** Province level: province, autonomous region, municipality, SAR (code ends in 0000). */
    PROVINCE,
    /** Prefecture level: prefecture-level city, autonomous prefecture, league (code ends in 00). */
    PREFECTURE,
    /** County level: county, county-level city, district, banner. */
    COUNTY;

    /**
     * The level of a six-digit code.
     *
     * @param code six digits
     * @return the level the code's trailing zeros give
     */
    public static RegionLevel ofCode(String code) {
        if (code.endsWith("0000")) {
            return PROVINCE;
        }
        return code.endsWith("00") ? PREFECTURE : COUNTY;
    }
}
