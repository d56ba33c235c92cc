package dev.laurel.region;

import dev.laurel.model.SourceSpan;
import dev.laurel.text.HanChars;
import dev.laurel.text.TraditionalToSimplified;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Finds division names in running text, leftmost-longest, in time linear in the text length
 * (a trie walk of at most the longest name from each position). Traditional script is matched
 * through {@link TraditionalToSimplified}, which keeps offsets.
 *
 * <p>Guards against false positives: a short name of one character is never a key (兴县 stays
 * 兴县); names that are also common words (江山, 平安, 城区, 同心, listed in {@code common-words.txt})
 * are not matched in text; a two-character official name (兴县, 代县) is matched only at a word
 * boundary: after a non-Han character, a preceding mention, or a char of {@code name-openers.txt} (在, 的, 、, 驻福鼎部队, 先看桐庐).
 * Adjacent names that nest (浙江省杭州市) are joined into one mention of the innermost one.
 * Immutable and thread-safe.
 */
public final class RegionScanner {

    /** Which name forms are matched. */
    public enum Names {
        /** Official names, aliases (黔南州) and former names only. */
        FULL,
        /** Also short names of two or more characters (杭州, 湖州, 宁夏). */
        FULL_AND_SHORT
    }

    /** The first chars of a pointer to a place (我市, 本县, 该区), and their last: a name may start after one. */
    private static final String POINTER_HEADS = "我本该邻"; // 邻县祁县: the neighbour county, named
    private static final String POINTER_LEVELS = "省市县区州旗盟"; // 我省浚县: the province, then one of its counties
    private static volatile NameTrie<Lookup> fullTrie;
    private static volatile NameTrie<Lookup> shortTrie;

    private final Gazetteer gazetteer;
    private final NameTrie<Lookup> trie;
    private final Names names;
    private final Set<String> provinceCodes;

    private RegionScanner(Gazetteer gazetteer, NameTrie<Lookup> trie, Names names, Set<String> provinceCodes) {
        this.gazetteer = gazetteer;
        this.trie = trie;
        this.names = names;
        this.provinceCodes = provinceCodes;
    }

    /**
     * A scanner over the default gazetteer.
     *
     * @param names which names to match
     * @return the scanner
     */
    public static RegionScanner of(Names names) {
        Objects.requireNonNull(names, "names");
        return new RegionScanner(Gazetteer.get(), trie(names), names, Set.of());
    }

    /**
     * This scanner, keeping only regions inside the given province-level region (a code such as
     * 330000, or a name such as 浙江省 or 浙江). Mentions with no candidate left are dropped.
     *
     * @param province the province-level region's code or name
     * @return the restricted scanner
     */
    public RegionScanner withinProvince(String province) {
        Objects.requireNonNull(province, "province");
        Set<String> codes = new HashSet<>();
        for (String code : gazetteer.ancestorCodes(province)) {
            if (RegionLevel.ofCode(code) == RegionLevel.PROVINCE) {
                codes.add(code);
            }
        }
        if (codes.isEmpty()) {
            throw new IllegalArgumentException("province is not a known province-level region: " + province);
        }
        return new RegionScanner(gazetteer, trie, names, Set.copyOf(codes));
    }

    /**
     * The mentions in {@code text}, in text order, non-overlapping.
     *
     * @param text the text to scan
     * @return the mentions found, empty when none
     */
    public List<RegionMention> scan(CharSequence text) {
        Objects.requireNonNull(text, "text");
        String original = text.toString();
        String s = TraditionalToSimplified.toSimplified(original);
        List<RegionMention> raw = new ArrayList<>();
        // one String per name as written, shared by all its mentions: text that repeats a name millions of
        // times (杭州市杭州市…) would otherwise hold a copy of the name (64 bytes) per mention
        WrittenNames written = null; // made at the first mention: most texts scanned hold none
        int n = s.length();
        int max = trie.maxKeyLength();
        int lastEnd = -1;
        int i = 0;
        while (i < n) {
            if (!trie.mayStartKeyAt(s, i)) {
                i++;
                continue;
            }
            int node = 0;
            int bestEnd = -1;
            Lookup best = null;
            for (int j = i; j < n && j - i < max; j++) {
                node = trie.step(node, s.charAt(j));
                if (node < 0) {
                    break;
                }
                Lookup value = trie.value(node);
                if (value != null && accepts(s, i, j + 1, lastEnd)) {
                    bestEnd = j + 1;
                    best = value;
                }
            }
            if (best != null) {
                List<Region> candidates = restrict(best.candidates());
                if (!candidates.isEmpty()) {
                    if (written == null) {
                        written = new WrittenNames();
                    }
                    raw.add(new RegionMention(new SourceSpan(i, bestEnd), written.text(best, original, i, bestEnd),
                            best.match(), candidates, List.of()));
                    lastEnd = bestEnd;
                }
                i = bestEnd;
            } else {
                i++;
            }
        }
        return chain(raw, original);
    }

    /**
     * The Strings made for the names of one scan, one per name as written, found by the name's {@link Lookup}
     * (identity): a few names in an array searched in turn, the common case of a line or a window; more in a map
     * keyed by the lookup's query, one per trie key, whose hash its String keeps.
     */
    private static final class WrittenNames {
        private static final int IN_ARRAY = 8;
        private final Lookup[] names = new Lookup[IN_ARRAY];
        private final String[] texts = new String[IN_ARRAY];
        private int size;
        private Map<String, String> more;

        /** {@code original[start, end)}, the String already made for that name when it was written the same way before. */
        String text(Lookup name, String original, int start, int end) {
            String seen = get(name);
            if (seen != null && seen.length() == end - start && original.regionMatches(start, seen, 0, end - start)) {
                return seen;
            }
            String text = original.substring(start, end);
            put(name, text);
            return text;
        }

        private String get(Lookup name) {
            if (more != null) {
                return more.get(name.query());
            }
            for (int k = 0; k < size; k++) {
                if (names[k] == name) {
                    return texts[k];
                }
            }
            return null;
        }

        private void put(Lookup name, String text) {
            if (more == null) {
                for (int k = 0; k < size; k++) {
                    if (names[k] == name) {
                        texts[k] = text;
                        return;
                    }
                }
                if (size < IN_ARRAY) {
                    names[size] = name;
                    texts[size++] = text;
                    return;
                }
                more = new HashMap<>(4 * IN_ARRAY);
                for (int k = 0; k < size; k++) {
                    more.put(names[k].query(), texts[k]);
                }
            }
            more.put(name.query(), text);
        }
    }

    /**
     * False when no name this scanner matches starts with {@code c} (read as simplified), so that no
     * mention can start at a char {@code c}: a cheap test before a scan.
     *
     * @param c a char
     * @return false when no mention can start at {@code c}
     */
    public boolean mayStartMention(char c) {
        return trie.mayStartKey(TraditionalToSimplified.toSimplified(c));
    }

    /**
     * False when no mention can start at {@code text[i]} in a scan of {@code text[.., end)}: judged, without a walk
     * of the names, by the first two chars of the names (read as simplified), as {@link #scan} judges each place.
     * A cheap test before a scan of a window or a clause.
     *
     * @param text a text
     * @param i    where the mention would start
     * @param end  where the scanned text would end, after {@code i}
     * @return false when no mention can start at {@code i}
     */
    public boolean mayStartMentionAt(CharSequence text, int i, int end) {
        char c = TraditionalToSimplified.toSimplified(text.charAt(i));
        return i + 1 < end ? trie.mayStartKey(c, TraditionalToSimplified.toSimplified(text.charAt(i + 1)))
                : trie.mayStartKeyAtEnd(c);
    }

    /**
     * False when no name this scanner matches ends with {@code c} (read as simplified).
     *
     * @param c a char
     * @return false when no mention can end at {@code c}
     */
    public boolean mayEndMention(char c) {
        return trie.mayEndKey(TraditionalToSimplified.toSimplified(c));
    }

    private static boolean accepts(String s, int start, int end, int lastEnd) {
        if (end - start == 3 && s.startsWith(URBAN_AREA, end - URBAN_AREA.length())) {
            return start == lastEnd || startsWord(s, start); // 南流江城区段, 新增城区绿地: 城区 the urban area, no 江城区
        }
        return end - start > 2 || (start == lastEnd || startsWord(s, start)) && !sideOfFeature(s, start, end)
                && !suffixStartsWord(s, start, end) && !LANDMARKS.startsAt(s, start);
    }

    /**
     * Mountains and lakes whose names open with a two-char name of a division ({@code landmarks.txt}: 长白山, 鄱阳湖): the
     * landmark, no mention of 长白朝鲜族自治县 or 鄱阳县.
     */
    private static final dev.laurel.text.WordList LANDMARKS = dev.laurel.text.WordList.of(
            readWords("landmarks.txt").toArray(String[]::new));

    /**
     * The common word (the urban area) that many districts' names end with (江城区, 增城区): a three-char one must start a
     * word as a two-char name does, or a word ending in its first char makes one (南流江城区段).
     */
    private static final String URBAN_AREA = "城区";

    /** The suffixes of divisions' names that may start a word of levels ({@code level-words.txt}: 县级, 区域). */
    private static final String LEVEL_SUFFIXES = "县市区";

    /**
     * True when the two-char name at {@code [start, end)} ends in a division's suffix and a char of {@code level-words.txt}
     * follows (城市（区）和县级市: 县级市, not 和县): the suffix starts a word of levels.
     */
    private static boolean suffixStartsWord(String s, int start, int end) {
        return end - start == 2 && end < s.length() && LEVEL_SUFFIXES.indexOf(s.charAt(end - 1)) >= 0
                && LEVEL_WORDS.contains(String.valueOf(s.charAt(end)));
    }

    /** The directions a two-char name may end with and a river's, a lake's or a mountain's side be named by. */
    private static final String DIRECTIONS = "东南西北";

    /**
     * True when the two-char name at {@code [start, end)} ends in a direction and a char of {@code side-words.txt} follows
     * (伊犁河南岸: the river's south bank, 太行山东麓): the side of a river, a lake or a mountain, no place.
     */
    private static boolean sideOfFeature(String s, int start, int end) {
        return end - start == 2 && end < s.length() && DIRECTIONS.indexOf(s.charAt(end - 1)) >= 0
                && SIDE_WORDS.contains(String.valueOf(s.charAt(end)));
    }

    /**
     * True when a two-char name may start at {@code start} of a simplified text: at its start, after a char that is no
     * Han char, after a word of {@code name-openers.txt} (在, 于, 、, 驻…, 府 of 州府芒市, 看 of 先看桐庐; 其中 of
     * 其中龙胜4.1亿元, 还有 of 同批获评的还有祁县), or after a pointer to a place (我市陇县, 邻县祁县). Elsewhere it is
     * read as the end of a word before it and the start of one after (中山 of 其中山区 is no place).
     *
     * @param s     a text, simplified
     * @param start where the name would start
     * @return true when a name may start there
     */
    public static boolean startsWord(CharSequence s, int start) {
        if (start == 0) {
            return true;
        }
        char before = s.charAt(start - 1);
        // 其中龙胜4.1亿元: 其中 ends a word, and so does a pointer to a place (我市陇县、千阳县; 本县, 该市)
        return !HanChars.isHan(before)
                || NAME_OPENERS.indexOf(before) >= 0
                || start >= 2 && PAIR_OPENERS.endingAt(s, start - 2, start) != null
                || start >= 2 && POINTER_LEVELS.indexOf(before) >= 0 && POINTER_HEADS.indexOf(s.charAt(start - 2)) >= 0;
    }

    private List<Region> restrict(List<Region> candidates) {
        if (provinceCodes.isEmpty()) {
            return candidates;
        }
        List<Region> kept = new ArrayList<>(candidates.size());
        for (Region r : candidates) {
            if (provinceCodes.contains(r.provinceCode())) {
                kept.add(r);
            }
        }
        return kept;
    }

    /** Joins 浙江省 + 杭州市 (adjacent, the second inside the first) into one mention of 杭州市. */
    private static List<RegionMention> chain(List<RegionMention> raw, String text) {
        if (raw.size() < 2) {
            return raw;
        }
        List<RegionMention> out = new ArrayList<>(raw.size());
        for (RegionMention m : raw) {
            RegionMention prev = out.isEmpty() ? null : out.get(out.size() - 1);
            if (prev != null && prev.span().end() == m.span().start()) {
                List<Region> inner = new ArrayList<>();
                List<Region> outer = new ArrayList<>();
                for (Region c : m.candidates()) {
                    for (Region p : prev.candidates()) {
                        if (!c.equals(p) && c.isWithin(p)) {
                            if (!inner.contains(c)) {
                                inner.add(c);
                            }
                            if (!outer.contains(p)) {
                                outer.add(p);
                            }
                        }
                    }
                }
                if (!inner.isEmpty()) {
                    List<Region> qualifiers = new ArrayList<>(prev.qualifiers());
                    qualifiers.addAll(outer);
                    int start = prev.span().start();
                    int end = m.span().end();
                    out.set(out.size() - 1, new RegionMention(new SourceSpan(start, end), text.substring(start, end),
                            m.match(), inner, qualifiers));
                    continue;
                }
            }
            out.add(m);
        }
        return out;
    }

    private static NameTrie<Lookup> trie(Names names) {
        NameTrie<Lookup> t = names == Names.FULL ? fullTrie : shortTrie;
        if (t == null) {
            synchronized (RegionScanner.class) {
                t = names == Names.FULL ? fullTrie : shortTrie;
                if (t == null) {
                    t = build(Gazetteer.get(), names);
                    if (names == Names.FULL) {
                        fullTrie = t;
                    } else {
                        shortTrie = t;
                    }
                }
            }
        }
        return t;
    }

    private static NameTrie<Lookup> build(Gazetteer g, Names names) {
        Set<String> stop = COMMON_WORDS;
        Set<String> keys = new HashSet<>();
        keys.addAll(g.names(Lookup.Match.NAME).keySet());
        keys.addAll(g.names(Lookup.Match.ALIAS).keySet());
        keys.addAll(g.names(Lookup.Match.FORMER_NAME).keySet());
        if (names == Names.FULL_AND_SHORT) {
            keys.addAll(g.names(Lookup.Match.SHORT_NAME).keySet());
        }
        NameTrie<Lookup> t = new NameTrie<>();
        for (String key : keys) {
            if (key.length() < 2 || stop.contains(key)) {
                continue;
            }
            Lookup l = g.lookup(key);
            if (names == Names.FULL && l.match() == Lookup.Match.SHORT_NAME) {
                continue;
            }
            t.put(key, l);
        }
        return t;
    }

    /** The names of {@code common-words.txt}, read once. */
    private static final Set<String> COMMON_WORDS = Set.copyOf(readWords("common-words.txt"));
    private static final Set<String> SIDE_WORDS = Set.copyOf(readWords("side-words.txt"));
    private static final Set<String> LEVEL_WORDS = Set.copyOf(readWords("level-words.txt"));
    /** The chars of {@code name-openers.txt}, after which a two-char name may start (在, 的, 、, 看). */
    private static final String NAME_OPENERS = String.join("", readWords("name-openers.txt").stream()
            .filter(w -> w.length() == 1).toList());
    /** The two-char words of {@code name-openers.txt} (其中, 还有), after which a two-char name may start. */
    private static final dev.laurel.text.WordList PAIR_OPENERS = dev.laurel.text.WordList.of(
            readWords("name-openers.txt").stream().filter(w -> w.length() == 2).toArray(String[]::new));

    /**
     * True when {@code name} is a division's name or short name that scans leave out because it is also a common word or
     * a landmark ({@code common-words.txt}: 长兴 "prosperous", 江山 "realm"); a reader may still take it for the place
     * where its context says so (德清、长兴、安吉三县).
     *
     * @param name a name
     * @return true when scans leave it out
     */
    public static boolean isCommonWord(String name) {
        return COMMON_WORDS.contains(name);
    }

    /**
     * The names of {@link #isCommonWord}, for a reader that looks for them where a page's context makes them places.
     *
     * @return the names, unmodifiable
     */
    public static Set<String> commonWords() {
        return COMMON_WORDS;
    }

    private static Set<String> readWords(String resource) {
        Set<String> words = new HashSet<>();
        try (InputStream in = RegionScanner.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource dev/laurel/region/" + resource);
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = r.readLine()) != null; ) {
                line = line.strip();
                if (!line.isEmpty() && line.charAt(0) != '#') {
                    words.add(line);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return words;
    }
}
