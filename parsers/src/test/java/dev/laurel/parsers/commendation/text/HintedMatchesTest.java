package dev.laurel.parsers.commendation.text;

import dev.laurel.parsers.commendation.DocumentHeader;
import dev.laurel.parsers.commendation.TestDocuments;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

/** The header patterns are tried only near a hint (an honour noun, 月); that must find what a plain scan finds. */
class HintedMatchesTest {
    /** Pieces of honour phrases and filler, so that random texts hold near misses and nested scopes. */
    private static final List<String> PIECES = List.of("全国", "国家", "省级", "市级", "山西省", "广东", "自治区", "宁夏回族",
            "双拥", "模范", "模范城", "模范县", "城市", "文明城", "卫生城市", "园林城", "单位", "（县）", "(县、区)", "（", "）",
            "、", "，", "。", "第八届", "命名大会", "被", "为", "了", "9", " ", "\n", "a", "先后", "次", "荣获", "称号",
            "2016年", "10月", "4月", "23日", "日", "年", "，", "在北京", "隆重", "举行", "召开", "表彰会", "上", "从", "于");

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
                    assertEquals(first(plain(DocumentHeader.EVENT, t)), describe(HintedMatches.first(DocumentHeader.EVENT,
                            DocumentHeader.MONTH, DocumentHeader.DATE_LEAD, t)), t);
                    assertEquals(first(plain(DocumentHeader.EVENT_AT, t)), describe(HintedMatches.first(DocumentHeader.EVENT_AT,
                            DocumentHeader.MONTH, DocumentHeader.DATE_LEAD, t)), t);
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
            assertEquals(first(plain(DocumentHeader.EVENT, t)), describe(HintedMatches.first(DocumentHeader.EVENT,
                    DocumentHeader.MONTH, DocumentHeader.DATE_LEAD, t)));
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
        return HintedMatches.all(p, DocumentHeader.NOUN_HINT, lead, t).stream().map(HintedMatchesTest::describe).toList();
    }

    private static String first(List<String> matches) {
        return matches.isEmpty() ? null : matches.get(0);
    }

    private static String describe(MatchResult m) {
        if (m == null) {
            return null;
        }
        StringBuilder s = new StringBuilder(m.start() + "-" + m.end());
        for (int g = 1; g <= m.groupCount(); g++) {
            s.append(' ').append(m.start(g)).append('-').append(m.end(g));
        }
        return s.toString();
    }
}
