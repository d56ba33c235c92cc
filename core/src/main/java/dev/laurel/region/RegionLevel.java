package dev.laurel.region;

/**
 * The three tiers of the gazetteer, read from the code: {@code xx0000} province level,
 * {@code xxxx00} prefecture level, anything else county level. 东莞市 441900 is prefecture level,
 * 济源市 419001 (directly under its province) county level.
 */
public enum RegionLevel {
    PROVINCE,
    PREFECTURE,
    COUNTY;

    /** The level of a six-digit code. */
    public static RegionLevel ofCode(String code) {
        if (code.endsWith("0000")) {
            return PROVINCE;
        }
        return code.endsWith("00") ? PREFECTURE : COUNTY;
    }
}
