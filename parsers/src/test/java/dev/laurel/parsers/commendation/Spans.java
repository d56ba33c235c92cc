package dev.laurel.parsers.commendation;

import dev.laurel.model.Announcement;
import dev.laurel.model.Awardee;
import dev.laurel.model.Diagnostic;
import dev.laurel.model.Initiative;
import dev.laurel.model.Metric;
import dev.laurel.model.RosterEntry;
import dev.laurel.model.SourceSpan;
import dev.laurel.region.Gazetteer;
import dev.laurel.text.TraditionalToSimplified;
import java.util.ArrayList;
import java.util.List;

/** Checks that every span of an announcement lies in its text, and that quoted text is what it spans. */
final class Spans {
    private Spans() {
    }

    /** The problems found; empty when all spans are valid. */
    static List<String> problems(Announcement a, String text) {
        List<String> out = new ArrayList<>();
        for (RosterEntry r : a.roster()) {
            checkName(r, text, out);
        }
        a.issues().forEach(d -> check(d.span(), text, null, "issue " + d.kind().id(), out));
        for (Awardee w : a.awardees()) {
            check(w.span(), text, null, "awardee " + w.name(), out);
            for (Initiative i : w.initiatives()) {
                check(i.span(), text, i.text(), "initiative " + i.title(), out);
            }
            for (Metric m : w.metrics()) {
                check(m.span(), text, m.text(), "metric " + m.text(), out);
                checkLabel(m, text, out);
            }
            for (Diagnostic d : w.issues()) {
                check(d.span(), text, null, "issue " + d.kind().id(), out);
            }
        }
        return out;
    }

    /**
     * A label and its span come together; the span lies in the text, and the label is its reading: the span's
     * chars in order, some left out (pinyin annotations, invisible chars), none added, first and last kept.
     */
    private static void checkLabel(Metric m, String text, List<String> out) {
        String what = "label of metric " + m.text();
        if ((m.label() == null) != (m.labelSpan() == null)) {
            out.add(what + ": label " + m.label() + " with span " + m.labelSpan());
            return;
        }
        if (m.labelSpan() == null) {
            return;
        }
        if (m.labelSpan().end() > text.length()) {
            out.add(what + ": span " + m.labelSpan() + " ends past the text (" + text.length() + " chars)");
            return;
        }
        String source = m.labelSpan().of(text);
        String label = m.label();
        int at = 0;
        for (int i = 0; i < source.length() && at < label.length(); i++) {
            if (source.charAt(i) == label.charAt(at)) {
                at++;
            }
        }
        if (at < label.length() || source.isEmpty() || source.charAt(0) != label.charAt(0)
                || source.charAt(source.length() - 1) != label.charAt(label.length() - 1)) {
            out.add(what + ": label '" + label + "' is not the reading of its span '" + source + "'");
        }
    }

    /**
     * A roster entry's span quotes its name as written, or a form of it the gazetteer resolves to the entry's place (the
     * name is the official one: 杭城 → 杭州市, 西昌 → 西昌市); a name wrapped onto the next line (天 / 水市, a list copied from
     * a PDF; a table cell 围场满族蒙古族自治 / 县 beside later cells) is read from its span as a label is: the span's chars
     * in order, some left out (the break, the cells between), none added, first and last kept.
     */
    /** True when {@code written} is a name the gazetteer resolves to the entry's place (杭城 for 杭州市). */
    private static boolean namesPlaceOf(String written, RosterEntry r) {
        if (r.regionCode() == null || written.isBlank()) {
            return false;
        }
        return Gazetteer.get().lookup(TraditionalToSimplified.toSimplified(written.strip())).candidates().stream()
                .anyMatch(c -> c.code().equals(r.regionCode()));
    }

    private static void checkName(RosterEntry r, String text, List<String> out) {
        String what = "roster " + r.name();
        if (r.span().end() > text.length()) {
            out.add(what + ": span " + r.span() + " ends past the text (" + text.length() + " chars)");
            return;
        }
        String quoted = r.span().of(text);
        if (quoted.equals(r.name())) {
            return;
        }
        String name = r.name();
        int at = 0;
        for (int i = 0; i < quoted.length() && at < name.length(); i++) {
            if (quoted.charAt(i) == name.charAt(at)) {
                at++;
            }
        }
        if ((at < name.length() || quoted.isEmpty() || quoted.charAt(0) != name.charAt(0)
                || quoted.charAt(quoted.length() - 1) != name.charAt(name.length() - 1)) && !namesPlaceOf(quoted, r)) {
            out.add(what + ": span " + r.span() + " holds '" + quoted + "'");
        }
    }

    private static void check(SourceSpan span, String text, String quoted, String what, List<String> out) {
        if (span == null) {
            return;
        }
        if (span.end() > text.length()) {
            out.add(what + ": span " + span + " ends past the text (" + text.length() + " chars)");
        } else if (quoted != null && !span.of(text).equals(quoted)) {
            out.add(what + ": span " + span + " holds '" + span.of(text) + "'");
        }
    }
}
