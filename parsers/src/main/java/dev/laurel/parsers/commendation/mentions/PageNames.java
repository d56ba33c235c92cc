package dev.laurel.parsers.commendation.mentions;

import dev.laurel.model.SourceSpan;
import dev.laurel.parsers.commendation.text.Lexicon;
import dev.laurel.region.Gazetteer;
import dev.laurel.region.Lookup;
import dev.laurel.region.Region;
import dev.laurel.region.RegionMention;
import dev.laurel.region.RegionScanner;
import dev.laurel.text.HanChars;
import dev.laurel.text.TraditionalToSimplified;
import dev.laurel.text.WordList;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The short names a document makes places though scans leave them out as common words ({@link
 * RegionScanner#commonWords()}: 长兴 "prosperous", 东港 "east harbour"): a name the page writes in full elsewhere (东港市),
 * or lists right beside a place of the same parent, joined by 、 (德清、长兴、安吉三县: three counties of 湖州市), and a
 * division whose full name is the word, written right after its parent (阳泉市郊区). In that
 * document its later mentions are the place (长兴是全国闻名的“蓄电池之乡”, 在东港，…), unless a char continuing a
 * landmark's name follows (天台山; {@code name-continuations.txt}). One document's; not thread-safe.
 */
final class PageNames {
    /** A division whose short name scans leave out as a common word (东港 of 东港市). */
    private record CommonName(String shortName, Region region) {
    }

    /** The divisions of {@link CommonName} by the last two chars of their full names (港市 of 东港市, 治县 of 通道侗族自治县). */
    private static final Map<String, List<CommonName>> BY_ENDING = byEnding();
    /** The chars before the last of those full names (港 of 东港市): most chars before a 市 or a 县 are none. */
    private static final BitSet PENULTIMATES = new BitSet(1 << 16);
    /** The chars those full names end with. */
    private static final String FULL_NAME_ENDS;

    static {
        BY_ENDING.keySet().forEach(e -> PENULTIMATES.set(e.charAt(0)));
        FULL_NAME_ENDS = BY_ENDING.keySet().stream().map(e -> e.substring(1)).distinct().sorted().collect(Collectors.joining());
    }

    /**
     * The divisions whose own full name is a common word (郊区, 城区, 矿区 of 阳泉市), by that name written right after
     * their parent's (阳泉市郊区): written so, such a name is the division on that page.
     */
    private static final Map<String, Region> NAMED_AS_WORDS = namedAsWords();

    private static Map<String, Region> namedAsWords() {
        Gazetteer g = Gazetteer.get();
        Map<String, Region> out = new java.util.LinkedHashMap<>();
        for (String w : RegionScanner.commonWords().stream().sorted().toList()) {
            for (Region r : g.lookup(w).candidates()) {
                Region parent = r.name().equals(w) && r.parentCode() != null ? g.byCode(r.parentCode()).orElse(null) : null;
                if (parent != null) {
                    out.put(parent.name() + w, r);
                }
            }
        }
        return java.util.Collections.unmodifiableMap(out);
    }

    /** The common words, to find them beside a list's joiner: the longest first, then in order. */
    private static final WordList COMMON_NAMES = WordList.of(RegionScanner.commonWords().stream()
            .sorted(Comparator.comparingInt(String::length).reversed().thenComparing(w -> w)).toArray(String[]::new));
    /** Chars after a common word that make it part of a landmark's or a longer name (天台山, 长兴岛). */
    private static final String CONTINUATIONS = String.join("", Lexicon.lines("name-continuations.txt"));
    /** How far before or after a joiner the place listed there is looked for. */
    private static final int LIST_NEIGHBOUR = 12;

    private final Gazetteer gazetteer = Gazetteer.get();
    private final RegionScanner scanner;
    private final Map<String, Region> names = new HashMap<>();

    /** @param scanner the scanner of full and short names, which finds the places listed beside a common word */
    PageNames(RegionScanner scanner) {
        this.scanner = scanner;
    }

    private static Map<String, List<CommonName>> byEnding() {
        Gazetteer g = Gazetteer.get();
        Map<String, CommonName> byFullName = new HashMap<>();
        for (String w : RegionScanner.commonWords().stream().sorted().toList()) {
            for (Region r : g.lookup(w).candidates()) {
                if (!r.name().equals(w) && r.name().startsWith(w)) {
                    byFullName.putIfAbsent(r.name(), new CommonName(w, r));
                }
            }
        }
        return Map.copyOf(byFullName.values().stream().sorted(Comparator.comparing(c -> c.region().name()))
                .collect(Collectors.groupingBy(c -> c.region().name().substring(c.region().name().length() - 2))));
    }

    boolean isEmpty() {
        return names.isEmpty();
    }

    /** Learns the names {@code text}, the whole document, makes places; before any scan of it. */
    void learn(String text) {
        String s = TraditionalToSimplified.toSimplified(text);
        for (int e = 0; e < FULL_NAME_ENDS.length(); e++) { // indexOf passes over the chars that end no such name fast
            for (int i = s.indexOf(FULL_NAME_ENDS.charAt(e)); i >= 0; i = s.indexOf(FULL_NAME_ENDS.charAt(e), i + 1)) {
                List<CommonName> ending = i == 0 || !PENULTIMATES.get(s.charAt(i - 1)) ? null
                        : BY_ENDING.get(s.substring(i - 1, i + 1));
                for (int k = 0; ending != null && k < ending.size(); k++) {
                    String full = ending.get(k).region().name();
                    if (i + 1 >= full.length() && s.startsWith(full, i + 1 - full.length())) {
                        names.putIfAbsent(ending.get(k).shortName(), ending.get(k).region()); // 东港市 written in full
                    }
                }
            }
        }
        NAMED_AS_WORDS.forEach((written, r) -> {
            if (!names.containsKey(r.name()) && s.contains(written)) {
                names.put(r.name(), r); // 阳泉市郊区: the district named 郊区, not the suburbs
            }
        });
        for (int k = s.indexOf('、'); k >= 0; k = s.indexOf('、', k + 1)) {
            String after = COMMON_NAMES.startingAt(s, k + 1);
            if (after != null && !names.containsKey(after) && listedStartingAt(s, k + 1) == null) { // not 天台 of 、天台县
                learn(after, listedEndingAt(s, k)); // 德清、长兴
            }
            String before = COMMON_NAMES.endingAt(s, k);
            if (before != null && !names.containsKey(before) && RegionScanner.startsWord(s, k - before.length())) {
                learn(before, listedStartingAt(s, k + 1)); // 长兴、安吉
            }
        }
    }

    /** Keeps {@code name} as a place when it is a common word naming a sibling of {@code neighbour}. */
    private void learn(String name, Region neighbour) {
        if (neighbour == null || neighbour.parentCode() == null) {
            return;
        }
        for (Region r : gazetteer.lookup(name).candidates()) {
            if (neighbour.parentCode().equals(r.parentCode()) && !r.equals(neighbour)) {
                names.put(name, r);
                return;
            }
        }
    }

    /** The place of a single candidate whose mention ends right at {@code end}, or null. */
    private Region listedEndingAt(String s, int end) {
        String window = s.substring(Math.max(0, end - LIST_NEIGHBOUR), end);
        List<RegionMention> found = scanner.scan(window);
        RegionMention last = found.isEmpty() ? null : found.get(found.size() - 1);
        return last != null && last.span().end() == window.length() && last.candidates().size() == 1
                ? last.candidates().get(0) : null;
    }

    /** The place of a single candidate whose mention starts right at {@code start}, or null. */
    private Region listedStartingAt(String s, int start) {
        List<RegionMention> found = scanner.scan(s.substring(start, Math.min(s.length(), start + LIST_NEIGHBOUR)));
        RegionMention first = found.isEmpty() ? null : found.get(0);
        return first != null && first.span().start() == 0 && first.candidates().size() == 1 ? first.candidates().get(0) : null;
    }

    /**
     * {@code found}, the mentions of a scan of {@code s}, with the mentions of the names learned that stand in {@code s}
     * outside them, where a name may start (长兴是…, 在长兴，…) and no landmark's name goes on, in text order.
     */
    List<RegionMention> addTo(List<RegionMention> found, String s) {
        String simplified = TraditionalToSimplified.toSimplified(s);
        List<RegionMention> out = null;
        for (Map.Entry<String, Region> e : names.entrySet()) {
            String name = e.getKey();
            for (int i = simplified.indexOf(name); i >= 0; i = simplified.indexOf(name, i + 1)) {
                int end = i + name.length();
                if (end < simplified.length() && CONTINUATIONS.indexOf(simplified.charAt(end)) >= 0) {
                    continue; // 天台山: a landmark's name goes on
                }
                List<RegionMention> current = out != null ? out : found;
                int parent = parentEndingAt(current, i, e.getValue());
                if (!RegionScanner.startsWord(simplified, i) && parent < 0 || overlaps(current, i, end)) {
                    continue;
                }
                out = out != null ? out : new ArrayList<>(found);
                if (parent >= 0) { // 阳泉市郊区, 湘西凤凰: one mention of the place, its parent qualifying it
                    RegionMention p = out.get(parent);
                    out.set(parent, new RegionMention(new SourceSpan(p.span().start(), end), s.substring(p.span().start(), end),
                            Lookup.Match.SHORT_NAME, List.of(e.getValue()), List.of(p.candidates().get(0))));
                } else {
                    out.add(new RegionMention(new SourceSpan(i, end), s.substring(i, end), Lookup.Match.SHORT_NAME,
                            List.of(e.getValue()), List.of()));
                }
            }
        }
        if (out == null) {
            return found;
        }
        out.sort(Comparator.comparingInt(m -> m.span().start()));
        return out;
    }

    /** The index of a mention of {@code place}'s parent alone that ends at {@code at} (阳泉市 of 阳泉市郊区), or -1. */
    private static int parentEndingAt(List<RegionMention> mentions, int at, Region place) {
        for (int k = 0; k < mentions.size(); k++) {
            RegionMention m = mentions.get(k);
            if (m.span().end() == at && m.candidates().size() == 1 && m.candidates().get(0).code().equals(place.parentCode())) {
                return k;
            }
        }
        return -1;
    }

    private static boolean overlaps(List<RegionMention> mentions, int start, int end) {
        for (RegionMention m : mentions) {
            if (m.span().start() < end && start < m.span().end()) {
                return true;
            }
        }
        return false;
    }
}
