package dev.laurel.parsers.commendation.text;

import dev.laurel.model.Announcement;
import dev.laurel.model.Awardee;
import dev.laurel.parsers.commendation.TestDocuments;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Notes below a list or a table (注：…, 说明：…), which open a paragraph of their own. */
class NoteLinesTest {

    @ParameterizedTest
    @ValueSource(strings = {"注：标“*”的为第二次获得命名，其余均为首次命名。", "　　注:括号内为命名次数", "說明：名單按行政區劃排序",
        "备注：带※的为连续获得命名"})
    void notes(String line) {
        assertTrue(NoteLines.opens(line), line);
    }

    @ParameterizedTest
    @ValueSource(strings = {"注重生态保护，全市投入3亿元", "说明书", "该县说明：", "注", ""})
    void noNotes(String line) {
        assertFalse(NoteLines.opens(line), line);
    }

    @Test
    void aListsLastNameDoesNotGoOnIntoTheNoteBelowIt() {
        // the last unit holds a city's name and no stop: joined to the note, the note's count made that city an awardee
        Announcement a = TestDocuments.parse("关于命名全国民族团结进步示范区示范单位的决定\n\n"
                + "一、全国民族团结进步示范区（2个）\n湖南省湘西土家族苗族自治州*\n甘肃省临潭县\n"
                + "二、全国民族团结进步示范单位（2个）\n中央民族大学附属中学\n新疆生产建设兵团第四师可克达拉市第六十四团\n"
                + "注：标“*”的为第二次获得命名，其余均为首次命名。\n", "generated");
        assertEquals(List.of("湘西土家族苗族自治州", "临潭县"), a.awardees().stream().map(Awardee::name).toList());
        assertEquals(2, a.awardees().get(0).timesHonored());
    }
}
