package dev.laurel.region;

import dev.laurel.model.RegionKind;
import dev.laurel.text.TraditionalToSimplified;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The administrative divisions of the PRC at province, prefecture and county level (no townships),
 * loaded once from {@code divisions.tsv} on first use. Immutable and thread-safe.
 *
 * <p>A name lookup returns every region that fits. Official names win over aliases, aliases over
 * former names, former names over short names: {@code 河北区} finds only the district of 天津,
 * {@code 吉林} finds both the province and the city. Traditional-script names (邵陽市, 臺州) are
 * converted with {@link TraditionalToSimplified} when the name as written matches nothing.
 */
public final class Gazetteer {
    private static final String RESOURCE = "divisions.tsv";

    private final List<Region> regions;
    private final Map<String, Region> byCode;
    /** Province-level regions by the first two digits of their code (33 for 330000 浙江省). */
    private final Region[] provinces = new Region[100];
    private final Map<String, List<Region>> children;
    /** One map per {@link Lookup.Match} tier: NAME, ALIAS, FORMER_NAME, SHORT_NAME. */
    private final List<Map<String, List<Region>>> tiers;

    private Gazetteer(List<Region> regions) {
        this.regions = List.copyOf(regions);
        Map<String, Region> codes = new HashMap<>();
        Map<String, List<Region>> kids = new HashMap<>();
        List<Map<String, List<Region>>> maps = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            maps.add(new HashMap<>());
        }
        for (Region r : this.regions) {
            if (codes.put(r.code(), r) != null) {
                throw new IllegalStateException("duplicate code " + r.code());
            }
            if (r.parentCode() != null) {
                add(kids, r.parentCode(), r);
            }
            if (r.code().equals(r.provinceCode()) && provinceSlot(r.code()) >= 0) {
                provinces[provinceSlot(r.code())] = r;
            }
            add(maps.get(0), r.name(), r);
            for (String a : r.aliases()) {
                add(maps.get(1), a, r);
            }
            String autonomous = autonomousShortForm(r);
            if (autonomous != null) {
                add(maps.get(1), autonomous, r);
            }
            for (String f : r.formerNames()) {
                add(maps.get(2), f, r);
            }
            add(maps.get(3), r.shortName(), r);
        }
        this.byCode = Collections.unmodifiableMap(codes);
        this.children = freeze(kids);
        List<Map<String, List<Region>>> frozen = new ArrayList<>();
        for (Map<String, List<Region>> m : maps) {
            frozen.add(freeze(m));
        }
        this.tiers = List.copyOf(frozen);
    }

    /**
     * The short form of an autonomous division that drops its peoples: 威宁彝族回族苗族自治县 → 威宁自治县,
     * 黔西南布依族苗族自治州 → 黔西南自治州; null for other regions or when the name is that form already.
     */
    static String autonomousShortForm(Region r) {
        for (String suffix : new String[] {"自治县", "自治州", "自治旗"}) {
            if (r.name().endsWith(suffix) && r.name().contains("族")) {
                String form = r.shortName() + suffix;
                return form.equals(r.name()) || r.shortName().isEmpty() ? null : form;
            }
        }
        return null;
    }

    private static void add(Map<String, List<Region>> map, String key, Region r) {
        List<Region> list = map.get(key);
        if (list == null) {
            list = new ArrayList<>(2);
            map.put(key, list);
        }
        if (list.isEmpty() || list.get(list.size() - 1) != r) {
            list.add(r);
        }
    }

    private static Map<String, List<Region>> freeze(Map<String, List<Region>> map) {
        for (Map.Entry<String, List<Region>> e : map.entrySet()) {
            e.setValue(List.copyOf(e.getValue()));
        }
        return Collections.unmodifiableMap(map);
    }

    private static final class Holder {
        static final Gazetteer INSTANCE = load();
    }

    /**
     * The gazetteer of the bundled data, loaded on first call.
     *
     * @return the shared gazetteer
     */
    public static Gazetteer get() {
        return Holder.INSTANCE;
    }

    /**
     * Number of regions.
     *
     * @return the number of regions
     */
    public int size() {
        return regions.size();
    }

    /**
     * All regions in code order.
     *
     * @return an unmodifiable list
     */
    public List<Region> regions() {
        return regions;
    }

    /**
     * The region of a six-digit code.
     *
     * @param code the code, e.g. 330782
     * @return the region, or empty when no region has that code
     */
    public Optional<Region> byCode(String code) {
        return Optional.ofNullable(byCode.get(Objects.requireNonNull(code, "code")));
    }

    /**
     * The province-level region of code {@code provinceCode}, or null: found by the code's first two digits,
     * without a map lookup, since parsers ask it for every place they resolve.
     */
    Region province(String provinceCode) {
        int slot = provinceSlot(provinceCode);
        Region p = slot < 0 ? null : provinces[slot];
        return p != null && p.code().equals(provinceCode) ? p : byCode.get(provinceCode);
    }

    private static int provinceSlot(String code) {
        if (code.length() < 2 || !Character.isDigit(code.charAt(0)) || !Character.isDigit(code.charAt(1))) {
            return -1;
        }
        return (code.charAt(0) - '0') * 10 + code.charAt(1) - '0';
    }

    /**
     * The regions directly under {@code code}, in code order.
     *
     * @param code the enclosing region's six-digit code
     * @return an unmodifiable list, empty for a county-level or unknown code
     */
    public List<Region> children(String code) {
        return children.getOrDefault(Objects.requireNonNull(code, "code"), List.of());
    }

    /**
     * All regions named {@code name}: official name, alias, former name or short name.
     *
     * @param name the name to look up (traditional script allowed)
     * @return the regions that fit, never a guess
     */
    public Lookup lookup(CharSequence name) {
        return find(name, null);
    }

    /**
     * Like {@link #lookup(CharSequence)}, keeping only regions of {@code level}.
     *
     * @param name  the name to look up
     * @param level the level to keep
     * @return the regions of that level that fit
     */
    public Lookup lookup(CharSequence name, RegionLevel level) {
        Objects.requireNonNull(level, "level");
        return find(name, r -> r.level() == level);
    }

    /**
     * Like {@link #lookup(CharSequence)}, keeping only regions of the given kinds (the level hint).
     *
     * @param name  the name to look up
     * @param kinds the kinds to keep
     * @return the regions of those kinds that fit
     */
    public Lookup lookup(CharSequence name, Set<RegionKind> kinds) {
        Objects.requireNonNull(kinds, "kinds");
        return find(name, r -> kinds.contains(r.kind()));
    }

    /**
     * Regions named {@code name} that lie inside {@code ancestor} (a province or prefecture).
     *
     * @param ancestor the enclosing region
     * @param name     the name to look up
     * @return the regions inside {@code ancestor} that fit
     */
    public Lookup lookupWithin(Region ancestor, CharSequence name) {
        Objects.requireNonNull(ancestor, "ancestor");
        return find(name, r -> r.isWithin(ancestor));
    }

    /**
     * Regions named {@code name} inside {@code ancestor}, given as a six-digit code (330000) or a name
     * (浙江省, 浙江, 金华市). An ancestor name that fits several province- or prefecture-level regions
     * (吉林) admits all of them; an unknown ancestor gives an empty lookup.
     *
     * @param ancestor the enclosing region's code or name
     * @param name     the name to look up
     * @return the regions inside {@code ancestor} that fit
     */
    public Lookup lookupWithin(String ancestor, CharSequence name) {
        Objects.requireNonNull(ancestor, "ancestor");
        Set<String> codes = ancestorCodes(ancestor);
        if (codes.isEmpty()) {
            return Lookup.none(Objects.requireNonNull(name, "name").toString());
        }
        return find(name, r -> within(r, codes));
    }

    /** The codes of the province- or prefecture-level regions {@code ancestor} names or codes. */
    Set<String> ancestorCodes(String ancestor) {
        Set<String> codes = new LinkedHashSet<>();
        if (isCode(ancestor)) {
            if (byCode.containsKey(ancestor)) {
                codes.add(ancestor);
            }
            return codes;
        }
        for (Region r : find(ancestor, r -> r.level() != RegionLevel.COUNTY).candidates()) {
            codes.add(r.code());
        }
        return codes;
    }

    static boolean within(Region r, Collection<String> ancestorCodes) {
        for (String code : ancestorCodes) {
            if (r.isWithin(code)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isCode(String s) {
        if (s.length() != 6) {
            return false;
        }
        for (int i = 0; i < 6; i++) {
            if (s.charAt(i) < '0' || s.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    private Lookup find(CharSequence name, Predicate<Region> filter) {
        Objects.requireNonNull(name, "name");
        String query = name.toString();
        String key = query.strip();
        Lookup hit = findExact(query, key, filter);
        if (hit.isEmpty() && TraditionalToSimplified.hasTraditional(key)) {
            hit = findExact(query, TraditionalToSimplified.toSimplified(key), filter);
        }
        return hit;
    }

    private static final Lookup.Match[] MATCHES = Lookup.Match.values();

    private Lookup findExact(String query, String key, Predicate<Region> filter) {
        for (int t = 0; t < 4; t++) {
            List<Region> found = tiers.get(t).get(key);
            if (found == null) {
                continue;
            }
            if (filter != null) {
                found = filtered(found, filter);
            }
            if (!found.isEmpty()) {
                return new Lookup(query, MATCHES[t], found);
            }
        }
        return Lookup.none(query);
    }

    private static List<Region> filtered(List<Region> list, Predicate<Region> filter) {
        Region[] kept = new Region[list.size()];
        int n = 0;
        for (Region r : list) {
            if (filter.test(r)) {
                kept[n++] = r;
            }
        }
        return n == list.size() ? list : List.of(Arrays.copyOf(kept, n));
    }

    /** All keys of a tier, for the scanner. */
    Map<String, List<Region>> names(Lookup.Match tier) {
        return tiers.get(tier.ordinal());
    }

    static Gazetteer load() {
        try (InputStream in = Gazetteer.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource dev/laurel/region/" + RESOURCE);
            }
            return new Gazetteer(parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads {@code code, name, short, kind, parent, aliases, former} lines; {@code #} starts a comment. */
    static List<Region> parse(BufferedReader reader) throws IOException {
        Map<String, RegionKind> kinds = new HashMap<>();
        for (RegionKind k : RegionKind.values()) {
            kinds.put(k.id(), k);
        }
        List<Region> out = new ArrayList<>(4096);
        int lineNo = 0;
        for (String line; (line = reader.readLine()) != null; ) {
            lineNo++;
            if (line.isEmpty() || line.charAt(0) == '#') {
                continue;
            }
            String[] f = line.split("\t", -1);
            if (f.length != 7 || !kinds.containsKey(f[3])) {
                throw new IllegalStateException(RESOURCE + " line " + lineNo + " malformed: " + line);
            }
            String code = f[0];
            String parent = f[4].isEmpty() ? null : f[4];
            out.add(new Region(code, f[1], f[2], kinds.get(f[3]), parent, code.substring(0, 2) + "0000",
                    split(f[5]), split(f[6])));
        }
        return out;
    }

    private static List<String> split(String field) {
        return field.isEmpty() ? List.of() : List.of(field.split("\\|"));
    }
}
