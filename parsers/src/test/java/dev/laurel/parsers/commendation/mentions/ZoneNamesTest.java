package dev.laurel.parsers.commendation.mentions;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A city's short name before a zone word, or before a zone's own name and the word (zone-words.txt), names the zone,
 * not the city; a word of zone-name-breaks.txt between them leaves the city named.
 */
class ZoneNamesTest {
    private static final Places PLACES = new Places();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "枣庄高新区获评省级双拥模范城|''",
        "青岛西海岸新区获评全国双拥模范城|''",
        "成都天府新区管委会|''",
        "武汉东湖开发区|''",
        "青岛将建设新区|青岛",
        "成都等新区|成都",
        "南京的新区|南京",
        "大连加快建设新区|大连",
        "青岛市西海岸新区|青岛市",
    })
    void aZonesNameIsNoMentionOfItsCity(String text, String mentioned) {
        List<String> names = PLACES.mentions(text, null).stream().map(PlaceRef::name).toList();
        assertEquals(mentioned.isEmpty() ? List.of() : List.of(mentioned), names, text);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "海盐经济开发区|",
        "兰州新区|",
        "示范区|",
        "海盐县|海盐县",
    })
    void aPlacesNameAndAZoneWordIsNoPlaceOfItsOwn(String text, String whole) {
        PlaceRef ref = PLACES.whole(text, null);
        assertEquals(whole, ref == null ? null : ref.name(), text);
    }
}
