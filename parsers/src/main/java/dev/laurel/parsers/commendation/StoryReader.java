package dev.laurel.parsers.commendation;

import dev.laurel.model.Awardee;
import dev.laurel.model.Metric;
import dev.laurel.model.SourceSpan;
import dev.laurel.model.TimesKind;
import dev.laurel.text.HonorCount;
import dev.laurel.text.HonorCounts;
import dev.laurel.text.Quantity;
import dev.laurel.text.QuantityKind;
import dev.laurel.text.QuantityScanner;
import dev.laurel.text.TraditionalToSimplified;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Documents without section headings: news stories. The awardees are the places an honour count is
 * said of (湖北省襄阳市连续第九次获得…; 张家港市、常熟市分别是第六次和第四次…). One awardee gets the whole
 * story as its section; several share it, each figure going to the place its clause is about
 * (张家港市建成…，年接待…10万人次；常熟市为驻军…).
 */
final class StoryReader {
    private static final QuantityScanner SCANNER = new QuantityScanner();

    /** An honour count said of a place, at chars [start, end) of logical paragraph {@code paragraph}. */
    private record Claim(PlaceRef place, int count, TimesKind kind, int paragraph, int start, int end) {
    }

    /** A clause ending at {@code end} that is about {@code subject}. */
    private record Owned(int end, String subject) {
    }

    private final String source;
    private final DocumentContext context;
    private final SectionReader sections;

    StoryReader(String source, DocumentContext context, SectionReader sections) {
        this.source = source;
        this.context = context;
        this.sections = sections;
    }

    List<Awardee> read(List<Paragraph> body, DiagnosticLog log, DiagnosticLog.Bucket documentIssues) {
        if (body.isEmpty()) {
            return List.of();
        }
        List<LogicalParagraph> paragraphs = sections.join(body, null, documentIssues);
        List<List<Quantity>> quantities = MetricReader.scan(paragraphs);
        Map<String, Claim> byPlace = new LinkedHashMap<>();
        for (int p = 0; p < paragraphs.size(); p++) {
            for (Claim c : claims(paragraphs.get(p).text(), p, quantities.get(p))) {
                byPlace.putIfAbsent(c.place().name(), c);
            }
        }
        if (byPlace.isEmpty()) {
            return List.of();
        }
        List<Claim> claims = new ArrayList<>(byPlace.values());
        if (claims.size() == 1) {
            Claim c = claims.get(0);
            DiagnosticLog.Bucket issues = log.bucket();
            Awardee a = sections.read(new Section(body.get(0), c.place(), body, true), issues);
            return List.of(withCount(a, c));
        }
        return shared(paragraphs, quantities, claims, log);
    }

    /** Several awardees in one text: each figure goes to the place its clause is about. */
    private List<Awardee> shared(List<LogicalParagraph> paragraphs, List<List<Quantity>> quantities, List<Claim> claims,
                                 DiagnosticLog log) {
        Map<String, Claim> byName = new LinkedHashMap<>();
        claims.forEach(c -> byName.put(c.place().name(), c));
        List<java.util.TreeMap<Integer, Owned>> clauses = new ArrayList<>();
        for (int p = 0; p < paragraphs.size(); p++) {
            java.util.TreeMap<Integer, Owned> owned = new java.util.TreeMap<>();
            clauses.add(owned);
            String text = paragraphs.get(p).text();
            String current = null;
            int start = 0;
            for (int i = 0; i <= text.length(); i++) {
                if (i < text.length() && !Sentences.isClauseEnd(text.charAt(i))) {
                    continue;
                }
                String subject = subjectOf(text.substring(start, i), byName);
                if (subject != null) {
                    current = subject;
                }
                if (current != null) {
                    owned.put(start, new Owned(i, current));
                }
                if (i < text.length() && Sentences.isSentenceEnd(text.charAt(i)) && subject == null) {
                    current = null;
                }
                start = i + 1;
            }
        }
        List<Awardee> out = new ArrayList<>();
        for (Claim c : claims) {
            String name = c.place().name();
            List<Metric> metrics = MetricReader.read(source, paragraphs, quantities, List.of(), List.of(), context.places(), (p, offset) -> {
                Map.Entry<Integer, Owned> clause = clauses.get(p).floorEntry(offset);
                return clause != null && offset < clause.getValue().end() && clause.getValue().subject().equals(name);
            });
            SourceSpan claimSpan = paragraphs.get(c.paragraph()).view().sourceSpan(c.start(), c.end());
            int start = claimSpan.start();
            int end = claimSpan.end();
            for (Metric m : metrics) {
                start = Math.min(start, m.span().start());
                end = Math.max(end, m.span().end());
            }
            PlaceRef place = c.place();
            DiagnosticLog.Bucket issues = log.bucket();
            CommendationTextParser.reportRegion(place, issues, claimSpan);
            out.add(new Awardee(place.name(), place.province(), place.kind(), place.regionCode(),
                    context.titles().of(place), c.count(), c.kind(), null, null, List.of(), metrics,
                    new SourceSpan(start, end), issues.items()));
        }
        return out;
    }

    /** The awardee a clause is about: one named (fully or by short name) in its first few chars. */
    private String subjectOf(String clause, Map<String, Claim> awardees) {
        for (PlaceRef m : context.places().mentions(clause, context.province())) {
            if (m.chainStart() > 4) {
                break;
            }
            for (Claim c : awardees.values()) {
                if (c.place().regionCode() != null && c.place().regionCode().equals(m.regionCode())
                        || c.place().name().equals(m.name())) {
                    return c.place().name();
                }
            }
        }
        return null;
    }

    /** The honour counts of one paragraph, whose quantities are given, and the places they are said of. */
    private List<Claim> claims(String text, int paragraph, List<Quantity> quantities) {
        String simplified = TraditionalToSimplified.toSimplified(text);
        List<PlaceRef> places = context.places().mentions(text, context.province());
        List<Claim> out = new ArrayList<>();
        List<int[]> used = new ArrayList<>();
        respectively(simplified, places, paragraph, out, used);
        int u = 0;
        for (HonorCount c : HonorCounts.find(simplified, quantities)) {
            while (u < used.size() && used.get(u)[1] <= c.start()) {
                u++;
            }
            boolean inRespectively = u < used.size() && used.get(u)[0] <= c.start();
            if (c.edition() || c.count() == null || inRespectively) {
                continue;
            }
            int sentence = Sentences.sentenceStart(simplified, c.start());
            int last = lastEndingBy(places, c.start());
            PlaceRef subject = last < 0 ? null : places.get(last);
            if (subject != null && subject.chainStart() >= sentence) {
                out.add(new Claim(subject, c.count(), c.kind() == null ? TimesKind.TOTAL : c.kind(), paragraph,
                        c.start(), c.end()));
            }
        }
        return out;
    }

    /** 张家港市、常熟市分别是第六次和第四次: as many places before 分别 as counts after it, paired in order. */
    private static void respectively(String text, List<PlaceRef> places, int paragraph, List<Claim> out,
                                     List<int[]> used) {
        for (int at = text.indexOf("分别"); at >= 0; at = text.indexOf("分别", at + 2)) {
            int sentence = Sentences.sentenceStart(text, at);
            int end = Sentences.clauseEnd(text, at);
            List<PlaceRef> subjects = new ArrayList<>();
            for (int i = lastEndingBy(places, at); i >= 0 && places.get(i).chainStart() >= sentence; i--) {
                if (clauseHas(text, places.get(i).end(), at)) {
                    subjects.add(0, places.get(i));
                }
            }
            List<Quantity> counts = new ArrayList<>();
            for (Quantity q : SCANNER.scan(text.substring(at, end))) {
                if ("次".equals(q.unit()) && (q.kind() == QuantityKind.ORDINAL || q.kind() == QuantityKind.HONOR_COUNT)
                        || "连冠".equals(q.unit())) {
                    counts.add(q);
                }
            }
            if (subjects.size() < 2 || subjects.size() != counts.size()) {
                continue;
            }
            boolean consecutive = text.substring(at, at + counts.get(0).start()).contains("连续");
            for (int i = 0; i < subjects.size(); i++) {
                Quantity q = counts.get(i);
                TimesKind kind = consecutive || "连冠".equals(q.unit()) ? TimesKind.CONSECUTIVE : TimesKind.TOTAL;
                out.add(new Claim(subjects.get(i), q.value().intValueExact(), kind, paragraph, subjects.get(i).chainStart(),
                        at + q.end()));
            }
            used.add(new int[] {at, end});
        }
    }

    /** The index of the last place (in text order) that ends at or before {@code offset}, or -1. */
    private static int lastEndingBy(List<PlaceRef> places, int offset) {
        int lo = 0;
        int hi = places.size() - 1;
        int found = -1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (places.get(mid).end() <= offset) {
                found = mid;
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        return found;
    }

    /** True when no sentence or clause end lies between {@code from} and {@code to}, list commas aside. */
    private static boolean clauseHas(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            if (Sentences.isClauseEnd(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static Awardee withCount(Awardee a, Claim c) {
        Integer times = a.timesHonored() != null ? a.timesHonored() : Integer.valueOf(c.count());
        TimesKind kind = a.timesHonored() != null ? a.timesKind() : c.kind();
        return new Awardee(a.name(), a.province(), a.kind(), a.regionCode(), a.honorTitle(), times, kind,
                a.provincialTimesHonored(), a.summary(), a.initiatives(), a.metrics(), a.span(), a.issues());
    }
}
