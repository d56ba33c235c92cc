package dev.laurel.parsers.commendation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The honour patterns are tried only near an honour noun; that must find what a plain scan finds. */
class DocumentHeaderTest {
    /** Pieces of honour phrases and filler, so that random texts hold near misses and nested scopes. */
    private static final List<String> PIECES = List.of("全国", "国家", "省级", "市级", "山西省", "广东", "自治区", "宁夏回族",
            "双拥", "模范", "模范城", "模范县", "城市", "文明城", "卫生城市", "园林城", "单位", "（县）", "(县、区)", "（", "）",
            "、", "，", "。", "第八届", "命名大会", "被", "为", "了", "9", " ", "\n", "a", "先后", "次", "荣获", "称号");

    @Test
    void hintAnchoredMatchingEqualsAPlainScan() {
        qt().withExamples(3000)
                .forAll(lists().of(integers().between(0, PIECES.size() - 1)).ofSizeBetween(0, 60))
                .checkAssert(picks -> {
                    StringBuilder text = new StringBuilder();
                    picks.forEach(i -> text.append(PIECES.get(i)));
                    String t = text.toString();
                    assertEquals(plain(DocumentHeader.SCOPED, t), anchored(DocumentHeader.SCOPED, DocumentHeader.SCOPED_LEAD, t), t);
                    assertEquals(plain(DocumentHeader.UNSCOPED, t), anchored(DocumentHeader.UNSCOPED, DocumentHeader.UNSCOPED_LEAD, t), t);
                });
    }

    @Test
    void theSampleAndFixturesGiveWhatAPlainScanGives() {
        List<String> texts = new ArrayList<>(List.of(TestDocuments.seedText()));
        for (String name : List.of("01-jiangsu-numbered-sections", "03-shanxi-grouped-roster", "06-guangdong-provincial",
                "10-jiangxi-duplicate-foreign")) {
            texts.add(TestDocuments.resourceText("/fixtures/" + name + ".txt"));
        }
        for (String t : texts) {
            assertEquals(plain(DocumentHeader.SCOPED, t), anchored(DocumentHeader.SCOPED, DocumentHeader.SCOPED_LEAD, t));
        }
    }

    private static List<String> plain(Pattern p, String t) {
        List<String> out = new ArrayList<>();
        Matcher m = p.matcher(t);
        while (m.find()) {
            out.add(describe(m));
        }
        return out;
    }

    private static List<String> anchored(Pattern p, int lead, String t) {
        return DocumentHeader.matches(p, lead, t).stream().map(DocumentHeaderTest::describe).toList();
    }

    private static String describe(MatchResult m) {
        StringBuilder s = new StringBuilder(m.start() + "-" + m.end());
        for (int g = 1; g <= m.groupCount(); g++) {
            s.append(' ').append(m.start(g)).append('-').append(m.end(g));
        }
        return s.toString();
    }
}
