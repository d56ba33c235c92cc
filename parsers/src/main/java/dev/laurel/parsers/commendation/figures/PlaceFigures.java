package dev.laurel.parsers.commendation.figures;

import dev.laurel.parsers.commendation.mentions.PlaceRef;
import dev.laurel.parsers.commendation.mentions.Places;
import dev.laurel.parsers.commendation.text.LogicalParagraph;
import dev.laurel.parsers.commendation.text.Paragraphs;
import dev.laurel.parsers.commendation.text.Sentences;
import dev.laurel.text.Quantity;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A breakdown by place: figures each written right after a place that heads its item, two or more in a sentence
 * (其中：东胜区12万亩、康巴什区3万亩…; 新罗区4260万元、上杭县2890万元、长汀县3320万元). Each is that place's: an awardee's
 * own, another place's never the awardee's.
 */
public final class PlaceFigures {
    /** The fewest such figures in a sentence for it to be a breakdown. */
    private static final int MIN_ITEMS = 2;
    /** The chars that may stand before an item's place: a list's or a clause's separators. */
    private static final String ITEM_STARTS = "、，,；;：:";

    private PlaceFigures() {
    }

    /**
     * The place each figure of a breakdown follows, by paragraph and by the figure's start; empty maps for paragraphs
     * without a breakdown.
     */
    public static List<Map<Integer, PlaceRef>> of(List<LogicalParagraph> paragraphs, List<List<Quantity>> quantities,
                                                  Places places, String province) {
        List<Map<Integer, PlaceRef>> out = new ArrayList<>(paragraphs.size());
        for (int p = 0; p < paragraphs.size(); p++) {
            out.add(inParagraph(paragraphs.get(p).text(), quantities.get(p), places, province));
        }
        return out;
    }

    private static Map<Integer, PlaceRef> inParagraph(String text, List<Quantity> found, Places places, String province) {
        int afterName = 0;
        for (Quantity q : found) {
            if (q.start() > 0 && places.mayEndMention(text.charAt(q.start() - 1))) { // 东胜区12万亩, 龙胜4.1亿元
                afterName++;
            }
        }
        if (afterName < MIN_ITEMS) {
            return Map.of(); // most paragraphs: one test per figure
        }
        List<PlaceRef> mentions = places.mentions(text, province);
        Map<Integer, PlaceRef> items = new HashMap<>();
        for (Quantity q : found) {
            PlaceRef place = itemPlace(text, q, mentions);
            if (place != null) {
                items.put(q.start(), place);
            }
        }
        Map<Integer, PlaceRef> out = new HashMap<>();
        items.forEach((start, place) -> {
            int sentence = Sentences.sentenceStart(text, start);
            int end = Sentences.sentenceEnd(text, start);
            long inSentence = items.keySet().stream().filter(s -> s >= sentence && s < end).count();
            if (inSentence >= MIN_ITEMS) {
                out.put(start, place);
            }
        });
        return out;
    }

    /** The known place {@code q} follows right after, the place heading its item and the item ending with it; else null. */
    private static PlaceRef itemPlace(String text, Quantity q, List<PlaceRef> mentions) {
        int k = PlaceRef.lastEndingBy(mentions, q.start());
        if (k < 0 || mentions.get(k).end() != q.start() || !mentions.get(k).known()) {
            return null;
        }
        PlaceRef place = mentions.get(k);
        int before = place.chainStart() - 1;
        while (before >= 0 && Paragraphs.isBlank(text.charAt(before))) {
            before--;
        }
        int after = q.end();
        while (after < text.length() && Paragraphs.isBlank(text.charAt(after))) {
            after++;
        }
        boolean heads = before < 0 || ITEM_STARTS.indexOf(text.charAt(before)) >= 0;
        boolean ends = after >= text.length() || ITEM_STARTS.indexOf(text.charAt(after)) >= 0
                || Sentences.isSentenceEnd(text.charAt(after));
        return heads && ends ? place : null;
    }

    /** True when {@code a} and {@code b} are the same place: the same region, or the same official name. */
    public static boolean same(PlaceRef a, PlaceRef b) {
        if (a.region() != null && b.region() != null) {
            return a.region().code().equals(b.region().code());
        }
        return a.official().name().equals(b.official().name());
    }

    /** A filter keeping every figure but those of a breakdown that follow a place other than {@code awardee}. */
    public static MetricReader.Filter filter(List<Map<Integer, PlaceRef>> breakdowns, PlaceRef awardee) {
        return (p, offset) -> {
            PlaceRef place = breakdowns.get(p).get(offset);
            return place == null || same(place, awardee);
        };
    }
}
