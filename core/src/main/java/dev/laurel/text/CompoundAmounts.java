package dev.laurel.text;

import dev.laurel.model.UnitCategory;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Money written in parts after its main unit, read as one amount of the main unit: 五元三毛 = 5.3 元,
 * 50元6角三分 = 50.63 元, 三块五 = 3.5 元, 三美元又五美分 = 3.05 美元. The parts of each currency are in
 * {@code currency-parts.tsv}. 块 is a classifier (三块牌子, 篮球场3块，) unless parts or 半 follow it, or it ends
 * a clause that is the amount alone or has a money word before it (八块。, 花了八块。); then it is 元.
 */
final class CompoundAmounts {
    /** One part: its surface, its worth in the main unit and the largest count written. */
    record Part(String surface, BigDecimal factor, int max) {
    }

    /** An amount with its parts added, and where the parts end. */
    record Tail(BigDecimal value, int end) {
    }

    /** 块 read as money. */
    static final UnitTable.Unit KUAI = new UnitTable.Unit("块", "元", UnitCategory.CURRENCY, "CNY", false);

    private static final Map<String, List<Part>> PARTS = load("currency-parts.tsv");
    /** Chars after 分 that make another word (5分钟, 三分之一). */
    private static final String NOT_AFTER_FEN = "钟之";
    /** Chars that end a clause, after which a lone 块 is money. */
    private static final String CLAUSE_END = "，,。；;！!？?、）)”";

    private CompoundAmounts() {
    }

    /**
     * The amount {@code value} of {@code unit} (ending at {@code end}) with the parts written after it, or null
     * when none follow. 块 takes the parts of 元.
     */
    static Tail read(CharSequence t, int end, UnitTable.Unit unit, BigDecimal value) {
        String iso = unit.surface().equals("块") ? "CNY" : unit.iso();
        List<Part> parts = iso == null ? null : PARTS.get(iso);
        if (parts == null) {
            return null;
        }
        int i = end;
        if (i < t.length() && (t.charAt(i) == '又' || t.charAt(i) == '零')) {
            i++; // 三美元又五美分, 五元零五分
        }
        BigDecimal total = value;
        int next = 0; // the parts still allowed, in order
        int read = end;
        boolean any = false;
        while (i < t.length() && NumeralChars.isNumeral(t.charAt(i))) {
            int r = NumeralRuns.end(t, i);
            BigDecimal v = NumeralRuns.value(t, i, r);
            if (v == null || v.signum() < 0 || v.stripTrailingZeros().scale() > 0) {
                break;
            }
            int k = next;
            while (k < parts.size() && !UnitTable.regionMatches(t, r, parts.get(k).surface())) {
                k++;
            }
            if (k == parts.size()) {
                if (!any && r == i + 1 && unit.surface().equals("块")
                        && (r >= t.length() || !NumeralRuns.isHan(t.charAt(r)) || CLAUSE_END.indexOf(t.charAt(r)) >= 0)) {
                    return new Tail(total.add(v.movePointLeft(1)), r); // 三块五 = 3.5 元
                }
                break;
            }
            Part p = parts.get(k);
            int e = r + p.surface().length();
            if (v.compareTo(BigDecimal.valueOf(p.max())) > 0
                    || p.surface().equals("分") && e < t.length() && NOT_AFTER_FEN.indexOf(t.charAt(e)) >= 0) {
                break;
            }
            total = total.add(v.multiply(p.factor()));
            any = true;
            read = e;
            i = e;
            while (next < parts.size() && parts.get(next).factor().compareTo(p.factor()) >= 0) {
                next++; // 角 then 分, never 分 then 角
            }
        }
        return any ? new Tail(total, read) : null;
    }

    /** Chars before a number in its clause that make a lone 块 money (花了八块, 售价三块). */
    private static final String MONEY_WORDS = "花卖买价钱付收赚值贵宜资费款售赔欠借";

    /**
     * True when a lone 块 ending at {@code end}, after a number starting at {@code start}, is money: it ends a clause
     * (or the text) and either nothing but the number is in the clause (八块。) or a money word precedes it in the
     * clause (花了八块). Else it stays a classifier (篮球场3块，).
     */
    static boolean isMoney(CharSequence t, int start, int end) {
        if (end < t.length() && CLAUSE_END.indexOf(t.charAt(end)) < 0) {
            return false;
        }
        boolean words = false;
        for (int k = start - 1; k >= 0 && k >= start - 20; k--) {
            char c = t.charAt(k);
            if (CLAUSE_END.indexOf(c) >= 0 || c == '：' || c == ':' || LineBreaks.isBreak(c)) {
                break;
            }
            if (MONEY_WORDS.indexOf(c) >= 0) {
                return true;
            }
            words |= NumeralRuns.isHan(c);
        }
        return !words;
    }

    private static Map<String, List<Part>> load(String resource) {
        Map<String, List<Part>> out = new HashMap<>();
        try (InputStream in = CompoundAmounts.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource dev/laurel/text/" + resource);
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = r.readLine()) != null; ) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t");
                if (f.length != 4) {
                    throw new IllegalStateException(resource + ": expected 4 tab-separated fields: " + line);
                }
                out.computeIfAbsent(f[0], k -> new ArrayList<>())
                        .add(new Part(f[1], new BigDecimal(f[2]), Integer.parseInt(f[3])));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        out.replaceAll((k, v) -> List.copyOf(v));
        return Map.copyOf(out);
    }
}
