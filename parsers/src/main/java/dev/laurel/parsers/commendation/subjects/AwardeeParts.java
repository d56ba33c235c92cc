package dev.laurel.parsers.commendation.subjects;

import dev.laurel.parsers.commendation.layout.Section;
import dev.laurel.parsers.commendation.mentions.HonourStatements;
import dev.laurel.parsers.commendation.mentions.PlaceRef;
import dev.laurel.parsers.commendation.mentions.Places;
import dev.laurel.parsers.commendation.text.Paragraph;
import dev.laurel.parsers.commendation.text.Paragraphs;
import dev.laurel.parsers.commendation.text.Sentences;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The parts of a deeds section about another awardee of the page: from a sentence (or a part of one after a semicolon)
 * whose first clause opens with that awardee as its subject, to the paragraph's end or a part opening with another place
 * (运城市：三年来…安置退役军人2860名。 / 永济市投入1500万元…；芮城县组织…慰问活动130余场次). Such a part is that awardee's
 * section, not the heading's place's, even when the awardee lies inside it (永济市 in 运城市): a page that gives one place
 * a heading goes on to the others without one.
 */
public final class AwardeeParts {
    /** How much of a clause is read for its subject: a modifier's reach and a name after it. */
    private static final int HEAD_WINDOW = 32;

    private AwardeeParts() {
    }

    /**
     * {@code sections} with the parts about another of {@code awardees} (the page's awardee places, by their region)
     * taken out of each section and given, each awardee's in order, as a section of its own right after it; a person's
     * words or a body's inside such a part are dropped. Stories, table rows and the sections of places that are no
     * awardee (潜江市 under 四、撤销荣誉称号的) are left as they are; so is every section when the page has fewer than two
     * awardees.
     */
    public static List<Section> split(List<Section> sections, List<PlaceRef> awardees, Places places, String province) {
        if (awardees.size() < 2) {
            return sections;
        }
        List<Section> out = null;
        java.util.Set<String> seen = new java.util.HashSet<>(); // the paragraphs of the sections before
        for (int s = 0; s < sections.size(); s++) {
            Section section = sections.get(s);
            List<Section> parts = section.story() || section.cell() || !among(section.place(), awardees) ? null
                    : split(section, awardees, places, province, seen);
            section.body().forEach(p -> seen.add(p.text()));
            if (parts != null && out == null) {
                out = new ArrayList<>(sections.subList(0, s));
            }
            if (out != null) {
                out.addAll(parts != null ? parts : List.of(section));
            }
        }
        return out == null ? sections : out;
    }

    /**
     * The section without its parts about other awardees, then those parts as their sections; null when it has none. A
     * paragraph an earlier section holds ({@code seen}) is left where it was pasted, to be told and dropped there.
     */
    private static List<Section> split(Section section, List<PlaceRef> awardees, Places places, String province,
                                       java.util.Set<String> seen) {
        List<Paragraph> kept = new ArrayList<>();
        Map<String, List<Paragraph>> handed = new LinkedHashMap<>();
        Map<String, PlaceRef> handedPlace = new LinkedHashMap<>();
        for (Paragraph p : section.body()) {
            String text = p.text();
            if (seen.contains(text)) {
                kept.add(p);
                continue;
            }
            int from = 0; // the start of the stretch being read
            PlaceRef owner = null; // its awardee, null for the section's own
            boolean dropped = false; // the stretch is nobody's: a person's words or a body's inside another's part
            for (int s = 0; s < text.length(); ) {
                int end = OtherPlaceParagraphs.partEnd(text, s);
                PlaceRef subject = subject(text, s, end, places, province);
                boolean nobody = subject == null && (owner != null || dropped) && opensWithOther(text, s, end);
                PlaceRef now = subject == null ? (nobody ? null : owner) : other(subject, section.place(), awardees);
                boolean drop = nobody || subject == null && dropped;
                if (subject != null && now == null && owner != null || now != null && !same(now, owner) || drop != dropped) {
                    if (!dropped) {
                        add(p, from, s, owner, kept, handed, handedPlace); // the stretch so far is done
                    }
                    from = s;
                }
                owner = now;
                dropped = drop;
                s = end;
            }
            if (!dropped) {
                add(p, from, text.length(), owner, kept, handed, handedPlace);
            }
        }
        if (handed.isEmpty()) {
            return null;
        }
        List<Section> out = new ArrayList<>();
        out.add(new Section(section.heading(), section.place(), kept, section.story(), section.headingTimes(),
                section.headingKind(), section.cell(), section.headed()));
        handed.forEach((code, body) -> out.add(new Section(body.get(0), handedPlace.get(code), body, false)));
        return out;
    }

    /** Adds {@code p[from, to)}, blanks trimmed, to the section's paragraphs or to {@code owner}'s. */
    private static void add(Paragraph p, int from, int to, PlaceRef owner, List<Paragraph> kept,
                            Map<String, List<Paragraph>> handed, Map<String, PlaceRef> handedPlace) {
        String text = p.text();
        while (from < to && Paragraphs.isBlank(text.charAt(from))) {
            from++;
        }
        while (to > from && Paragraphs.isBlank(text.charAt(to - 1))) {
            to--;
        }
        if (from >= to) {
            return;
        }
        Paragraph piece = from == 0 && to == text.length() ? p
                : new Paragraph(p.index(), p.start() + from, p.start() + to, text.substring(from, to));
        if (owner == null) {
            kept.add(piece);
        } else {
            String code = owner.region().code();
            handed.computeIfAbsent(code, c -> new ArrayList<>()).add(piece);
            handedPlace.putIfAbsent(code, owner);
        }
    }

    /** The place the part {@code text[s, end)} opens with as the subject of its first clause, or null. */
    private static PlaceRef subject(String text, int s, int end, Places places, String province) {
        int head = s;
        while (head < end && Paragraphs.isBlank(text.charAt(head))) {
            head++;
        }
        int clauseEnd = Math.min(end, Sentences.clauseEnd(text, head));
        if (clauseEnd <= head || !places.mayStartMentionAt(text, head, clauseEnd)) {
            return null; // most parts open with no place: told without a scan
        }
        String window = text.substring(head, Math.min(clauseEnd, head + HEAD_WINDOW));
        PlaceRef first = ClauseOpenings.subjectMention(window, places.mentions(window, province));
        return first == null || first.region() == null || !first.known() || first.chainStart() > 0
                || namesBody(window, first.end()) ? null : first;
    }

    /** How far after a place the name of a body it opens may end (人民医院, 古田镇人民政府). */
    private static final int MAX_BODY_NAME = 10;

    /**
     * True when the Han chars right after a place ending at {@code end} end in a word naming a body
     * ({@code organisation-words.txt}, not a part of the place): 长汀县人民医院、…等5个单位 names a hospital, no subject.
     */
    private static boolean namesBody(String clause, int end) {
        int to = end;
        while (to < clause.length() && to - end < MAX_BODY_NAME && dev.laurel.text.HanChars.isHan(clause.charAt(to))) {
            to++;
        }
        String run = dev.laurel.text.TraditionalToSimplified.toSimplified(clause.substring(end, to));
        String w = HonourStatements.ORGANISATIONS.list().endingAt(run, run.length());
        return w != null && !"place".equals(HonourStatements.ORGANISATIONS.tag(w));
    }

    /**
     * True when the first clause of the part {@code text[s, end)} is a private person's (在漳州经营食品厂的台商林先生说) or
     * opens with a body named after its place (长汀县人民医院…等5个单位): what follows is theirs, no awardee's.
     */
    private static boolean opensWithOther(String text, int s, int end) {
        String clause = text.substring(s, Math.min(end, Sentences.clauseEnd(text, s)));
        return PrivatePersons.namedIn(clause) || ClauseOpenings.opensWithOrganisation(clause.strip());
    }

    /**
     * {@code subject} when it is an awardee other than the section's {@code own} place, as the awardee's place; null when
     * it is the section's own, or no awardee (its clauses are then the section's, or another reader's to drop).
     */
    private static PlaceRef other(PlaceRef subject, PlaceRef own, List<PlaceRef> awardees) {
        String code = subject.region().code();
        if (code.equals(own.region().code())) {
            return null;
        }
        return among(subject, awardees) ? subject : null;
    }

    /** True when {@code place} is one of {@code awardees}, by region. */
    private static boolean among(PlaceRef place, List<PlaceRef> awardees) {
        return place.region() != null && awardees.stream().anyMatch(a -> same(place, a));
    }

    private static boolean same(PlaceRef a, PlaceRef b) {
        return b != null && a.region().code().equals(b.region().code());
    }
}
