package dev.laurel.parsers.commendation.mentions;

import dev.laurel.parsers.commendation.text.Quotes;
import dev.laurel.parsers.commendation.text.Sentences;
import dev.laurel.region.Gazetteer;
import dev.laurel.region.RegionLevel;
import dev.laurel.text.TraditionalToSimplified;
import dev.laurel.text.WordList;

/**
 * Which honour a text names: an honour's family (双拥, 文明, 森林; the tag of its noun in {@code honour-nouns.txt}) and
 * its scope (national by 全国 or 国家 before it, provincial by a province's name, 省 or 市级), so that the document's honour
 * is told from another named beside it (全国双拥模范城 in a story of 全国文明城市, 湖南省双拥模范城 in one of the national
 * title). Works on simplified text.
 */
public final class HonourFamilies {
    private HonourFamilies() {
    }

    /** True when the honour {@code honour} written at {@code at} is the document's: its family, and its scope when written. */
    static boolean isDocuments(String text, int at, String honour, java.util.Set<String> docFamilies,
                                       Boolean docNational) {
        if (docFamilies.isEmpty()) {
            return true;
        }
        Boolean national = docNational == null ? null : scopeOf(text, at, honour);
        return namesFamilyOf(text, at, honour, docFamilies) && (national == null || national.equals(docNational));
    }

    /**
     * Whether the honour {@code honour} written at {@code at} is national: by the scope before it, else by a scope its
     * noun holds (“四好农村路”市级示范区县, “四好农村路”全国示范县); null when neither says.
     */
    private static Boolean scopeOf(String text, int at, String honour) {
        Boolean before = scopeNational(text, at);
        return before != null ? before : scopeNational(text, at + honour.length());
    }

    /**
     * True when the honour {@code honour} written at {@code at} is of one of {@code families}, by its noun or by a form in
     * the bracket right after it (国家卫生城市（县城） in a story of 国家卫生县城).
     */
    private static boolean namesFamilyOf(String text, int at, String honour, java.util.Set<String> families) {
        if (families.contains(family(honour))) {
            return true;
        }
        String written = withForms(text, at, honour);
        return written.length() > honour.length() && !java.util.Collections.disjoint(families, familiesOf(written));
    }

    /**
     * True when the first honour named from {@code at} to the end of its clause is another than the document's: a
     * count there is that honour's (连续三次获评全国双拥模范城 in a story of 全国文明城市). False when the clause names
     * none, or the document states no honour.
     */
    public static boolean namesOtherHonourAfter(String text, int at, String documentHonour) {
        if (documentHonour == null) {
            return false;
        }
        int end = Sentences.clauseEnd(text, at);
        Boolean docNational = documentScope(documentHonour);
        for (int j = at; j < end; j++) {
            String h = HonourStatements.HONOURS.at(text, j);
            if (h != null) {
                return !isDocuments(text, j, h, families(documentHonour), docNational);
            }
            if (TITLES.startsAt(text, j)) {
                Boolean national = scopeNational(text, j); // 第四次获评省级称号 in a story of a national honour
                return docNational != null && national != null && !national.equals(docNational);
            }
        }
        return false;
    }

    /**
     * True when a count at {@code at} stands in a bracket or quotes right after an honour other than the document's
     * (湘潭市被确认为湖南省双拥模范城（七连冠） in a story of 国家森林城市): the count is that honour's.
     */
    public static boolean namesOtherHonourRightBefore(String text, int at, String documentHonour) {
        if (documentHonour == null) {
            return false;
        }
        int end = at;
        while (end > 0 && (text.charAt(end - 1) == '（' || text.charAt(end - 1) == '(' || Quotes.opens(text.charAt(end - 1)))) {
            end--;
        }
        String h = end == at ? null : HonourStatements.HONOURS.list().endingAt(text, end);
        return h != null && !isDocuments(text, end - h.length(), h, families(documentHonour),
                documentScope(documentHonour));
    }

    /**
     * True when the last honour named from {@code from} to {@code at} is another than the document's: a count after it
     * in the same sentence is that honour's streak (吉安市第五次获评全国双拥模范城，实现“五连冠” in a story of 国家卫生县城).
     * False when none is named there, or the document states no honour.
     */
    public static boolean namedOtherHonourBefore(String text, int from, int at, String documentHonour) {
        if (documentHonour == null) {
            return false;
        }
        for (int j = at - 1; j >= from; j--) {
            String h = HonourStatements.HONOURS.at(text, j);
            if (h != null && j + h.length() <= at) {
                return !isDocuments(text, j, h, families(documentHonour), scopeNational(documentHonour,
                        documentHonour.length()));
            }
        }
        return false;
    }

    /** Words for an honour that do not name it (称号, 荣誉): a scope before them (省级称号) still tells which. */
    private static final WordList TITLES = WordList.of("称号", "荣誉", "荣誉称号");

    /**
     * True when a simplified text names honours ({@code honour-nouns.txt}) and none of them is the document's
     * (its family, and its scope when both are written): 附件2：“绿水青山就是金山银山”实践创新基地名单 in a decision on
     * 国家生态文明建设示范区. False when it names the document's honour, names none, or the document states none.
     */
    public static boolean namesOnlyOtherHonours(String text, String documentHonour) {
        java.util.Set<String> docFamilies = families(documentHonour);
        if (docFamilies.isEmpty()) {
            return false;
        }
        Boolean docNational = documentScope(documentHonour);
        boolean other = false;
        for (int i = 0; i < text.length(); i++) {
            String h = HonourStatements.HONOURS.at(text, i);
            if (h == null) {
                continue;
            }
            Boolean national = scopeOf(text, i, h);
            if (!java.util.Collections.disjoint(docFamilies, families(withForms(text, i, h)))
                    && (docNational == null || national == null || national.equals(docNational))) {
                return false; // 卫生城市（县城） names 卫生县城 too
            }
            other = true;
            i += h.length() - 1;
        }
        return other;
    }

    /** The honour {@code h} written at {@code at} of {@code text}, with the bracket of forms right after it (（县城）). */
    private static String withForms(String text, int at, String h) {
        int end = at + h.length();
        if (end < text.length() && (text.charAt(end) == '（' || text.charAt(end) == '(')) {
            for (int k = end + 1; k < text.length() && k <= end + MAX_FORMS; k++) {
                if (text.charAt(k) == '）' || text.charAt(k) == ')') {
                    return text.substring(at, k + 1);
                }
            }
        }
        return text.substring(at, end);
    }

    /** The longest bracket of forms after an honour's noun: （县、市、区、旗）. */
    private static final int MAX_FORMS = 10;

    /** Endings of honours given to units, people, families and places below a county ({@code lesser-honours.txt}). */
    private static final dev.laurel.parsers.commendation.text.Lexicon LESSER =
            dev.laurel.parsers.commendation.text.Lexicon.load("lesser-honours.txt");

    /**
     * True when an honour's family is one given to units, people or families (全国文明单位, 双拥模范个人, 文明家庭), or to
     * places below a county (文明村镇): no county or city receives it.
     */
    public static boolean isLesser(String honour) {
        String f = family(honour);
        return f != null && LESSER.list().endingAt(f, f.length()) != null;
    }

    /** True when two honours share a family (全国双拥模范城 and 双拥模范城（县）; not 平安中国建设示范县 and 浙江省平安县). */
    public static boolean sameHonour(String a, String b) {
        return !java.util.Collections.disjoint(families(a), families(b));
    }

    /**
     * The families of the document's honour: its own, and those of the forms in its brackets ({@link HonorTitles}:
     * 河北省卫生城市（县城） is 卫生 and 卫生县城); empty when it states none.
     */
    static java.util.Set<String> families(String documentHonour) {
        Families last = lastFamilies;
        if (last != null && java.util.Objects.equals(last.honour(), documentHonour)) {
            return last.families();
        }
        java.util.Set<String> found = java.util.Collections.unmodifiableSet(familiesOf(documentHonour));
        lastFamilies = new Families(documentHonour, found);
        return found;
    }

    /**
     * The families of the honour asked last, kept for the next question: a document asks of its own honour once per
     * paragraph. Swapped whole, so threads reading different documents at most recompute.
     */
    private record Families(String honour, java.util.Set<String> families) {
    }

    private static volatile Families lastFamilies;

    private static java.util.Set<String> familiesOf(String documentHonour) {
        String own = family(documentHonour);
        if (own == null) {
            return java.util.Set.of();
        }
        java.util.Set<String> out = new java.util.HashSet<>(java.util.Set.of(own));
        for (String form : HonorTitles.of(documentHonour).byLevel().values()) {
            String f = family(form);
            if (f != null) {
                out.add(f);
            }
        }
        return out;
    }

    /**
     * The family of an honour: the tag of its noun in {@code honour-nouns.txt} when it has one (健康县城建设试点县
     * 健康县城), else the noun's first two chars (双拥, 文明, 森林); null when it names none.
     */
    public static String family(String honour) {
        if (honour == null) {
            return null;
        }
        String simplified = TraditionalToSimplified.toSimplified(honour);
        for (int i = 0; i < simplified.length(); i++) {
            String h = HonourStatements.HONOURS.at(simplified, i);
            if (h != null) {
                String tag = HonourStatements.HONOURS.tag(h);
                return tag != null ? tag : h.substring(0, 2);
            }
        }
        return null;
    }

    /** True for a national scope (全国, 国家) written before {@code at}, false for a provincial one, else null. */
    private static Boolean scopeNational(String text, int at) {
        String s = TraditionalToSimplified.toSimplified(text.substring(Math.max(0, at - 12), at));
        Boolean national = lastScope(s);
        if (national == null) {
            return provinceEndsAt(s, s.length()) ? Boolean.FALSE : null; // 岑溪市获评广西森林城市: the region's own title
        }
        return national;
    }

    /** Scope words of an honour ({@code honour-scopes.txt}: 全国, 省, 兵团), tagged national or provincial. */
    private static final dev.laurel.parsers.commendation.text.Lexicon SCOPES =
            dev.laurel.parsers.commendation.text.Lexicon.load("honour-scopes.txt");

    /**
     * Whether the last scope word of a simplified text is national (全国, 国家) or provincial (省, 自治区, 兵团), or null when
     * it holds none.
     */
    public static Boolean lastScope(String simplified) {
        for (int i = simplified.length() - 1; i >= 0; i--) {
            String w = SCOPES.at(simplified, i);
            if (w != null) {
                return "national".equals(SCOPES.tag(w));
            }
        }
        return null;
    }

    /**
     * The scope of the document's honour, read before its noun as in running text (广西森林城市: provincial, by 广西 before
     * 森林城市; 全国双拥模范城（县）: national), else after it; null when it names none.
     */
    static Boolean documentScope(String documentHonour) {
        String simplified = TraditionalToSimplified.toSimplified(documentHonour);
        for (int i = 0; i < simplified.length(); i++) {
            String h = HonourStatements.HONOURS.at(simplified, i);
            if (h != null) {
                return scopeOf(simplified, i, h);
            }
        }
        return scopeNational(documentHonour, documentHonour.length());
    }

    /** True when a province-level region's name or short name of two or three chars ends at {@code end} (广西, 内蒙古). */
    private static boolean provinceEndsAt(String s, int end) {
        for (int length = 2; length <= 3 && length <= end; length++) {
            if (!Gazetteer.get().lookup(s.substring(end - length, end), RegionLevel.PROVINCE).isEmpty()) {
                return true;
            }
        }
        return false;
    }
}
