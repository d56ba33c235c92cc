package dev.laurel.parsers.commendation.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.strings;

import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The HTML sniffing of the parsers' confidence, against the lower-cased copies it replaces. */
class HtmlSniffTest {

    @Test
    void examples() {
        String page = " \n\uFEFF<!DOCTYPE HTML><Html><BODY>";
        int i = HtmlSniff.firstVisible(page);
        assertEquals(3, i);
        assertTrue(HtmlSniff.startsWith(page, i, "<!doctype html", page.length()));
        assertFalse(HtmlSniff.startsWith(page, i, "<!doctype html", 10), "the word must end within the window");
        assertTrue(HtmlSniff.contains(page, "<body", page.length()));
        assertFalse(HtmlSniff.contains(page, "<body", page.length() - 2));
        assertFalse(HtmlSniff.contains("苏州市<bod", "<body", 100));
        assertEquals(2, HtmlSniff.firstVisible("  "));
    }

    @Test
    void containsIsIndexOfOfTheLowerCasedWindow() {
        qt().withExamples(3000).forAll(strings().betweenCodePoints(0x20, 0x7e).ofLengthBetween(0, 40),
                integers().between(0, 45)).checkAssert((s, end) -> {
                    String text = s.replace('#', '<').replace('!', 'b').replace('%', 'o');
                    for (String tag : new String[] {"<b", "<bo", "<body"}) {
                        String window = text.substring(0, Math.min(end, text.length())).toLowerCase(Locale.ROOT);
                        assertEquals(window.contains(tag), HtmlSniff.contains(text, tag, end), text + " / " + end);
                    }
                });
    }
}
