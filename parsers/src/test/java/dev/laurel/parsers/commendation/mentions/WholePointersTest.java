package dev.laurel.parsers.commendation.mentions;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * 全州 is the whole prefecture (the pointer of pointers.txt) wherever a page does not write 全州县, 广西's county whose
 * short name it also is: a common word of the gazetteer (common-words.txt), named a place by the pages that name it.
 */
class WholePointersTest {
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "人均公园绿地面积13.6平方米（全州平均9.8平方米）|''",
        "全州森林覆盖率达60%|''",
        "全州县获评双拥模范县。全州投入3亿元|全州县,全州",
    })
    void theWholePrefectureIsNoPlaceUnlessThePageNamesTheCounty(String text, String mentioned) {
        Places places = new Places().forDocument();
        places.learnListedNames(text);
        List<String> names = places.mentions(text, null).stream().map(PlaceRef::name).toList();
        assertEquals(mentioned.isEmpty() ? List.of() : List.of(mentioned.split(",")), names, text);
    }
}
