package dev.laurel.parsers.commendation.mentions;

import dev.laurel.model.Announcement;
import dev.laurel.model.Awardee;
import dev.laurel.parsers.commendation.TestDocuments;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A nominee's title written as the honour's name and a nominee word after it ({@code nominee-words.txt}). */
class NomineeTitlesTest {

    private static List<HonourStatements.Statement> statements(String text, String documentHonour) {
        return HonourStatements.find(text, new Places().mentions(text, null), documentHonour);
    }

    @Test
    void aNomineesPrizeIsAnotherHonour() {
        String doc = "青海省双拥模范县";
        assertFalse(statements("民和县、乐都区今年分别获评“青海省双拥模范县（区）”提名奖。", doc).get(0).documentHonour());
        assertFalse(statements("门源县被确定为青海省双拥模范县候选县。", doc).get(0).documentHonour());
        assertTrue(statements("互助县被命名为“青海省双拥模范县（区）”。", doc).get(0).documentHonour());
    }

    @Test
    void placesGivenTheNomineesPrizeAreNoAwardees() {
        Announcement a = TestDocuments.parse("互助县连续四次获评青海省双拥模范县\n\n日前，互助土族自治县被命名为“青海省双拥模范县”。"
                + "这是该县连续第四次获此殊荣。\n\n近年来，该县累计投入拥军资金6800万元。\n\n"
                + "同属海东市的民和县、乐都区今年分别获评“青海省双拥模范县（区）”提名奖。\n", "generated");
        assertEquals(List.of("互助土族自治县"), a.awardees().stream().map(Awardee::name).toList());
        assertTrue(a.roster().isEmpty(), a.roster().toString());
    }
}
