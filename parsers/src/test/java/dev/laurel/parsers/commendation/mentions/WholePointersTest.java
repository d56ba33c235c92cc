package dev.laurel.parsers.commendation.mentions;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A short name written as a pointer to the whole of a place (pointers.txt tagged whole: 全州, the short name of 广西's
 * 全州县) is the pointer on a page of another province or of none, and the place on a page of its own province.
 */
class WholePointersTest {
    private static final Places PLACES = new Places();

    @ParameterizedTest(name = "{0} ({1})")
    @CsvSource(delimiter = '|', value = {
        "人均公园绿地面积13.6平方米（全州平均9.8平方米）|四川省|''",
        "全州森林覆盖率达60%|''|''",
        "全州获评双拥模范县|广西壮族自治区|全州",
        "全州县获评双拥模范县|四川省|全州县",
    })
    void aWholePointerIsNoPlaceOutsideItsProvince(String text, String province, String mentioned) {
        List<String> names = PLACES.mentions(text, province.isEmpty() ? null : province).stream().map(PlaceRef::name).toList();
        assertEquals(mentioned.isEmpty() ? List.of() : List.of(mentioned), names, text);
    }
}
