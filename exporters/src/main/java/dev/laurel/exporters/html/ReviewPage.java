package dev.laurel.exporters.html;

import dev.laurel.exporters.Decimals;
import dev.laurel.exporters.json.JsonExporter;
import dev.laurel.model.Announcement;
import dev.laurel.model.Awardee;
import dev.laurel.model.Diagnostic;
import dev.laurel.model.Initiative;
import dev.laurel.model.Metric;
import dev.laurel.model.RosterEntry;
import dev.laurel.model.SourceSpan;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * One announcement as a self-contained review page: the text the spans index with every span marked, and
 * the records beside it, built by the page's script from the announcement's JSON (the {@code json}
 * contract, compact) in a {@code <script type="application/json">} element. Inline CSS and script only;
 * a Content-Security-Policy forbids every request.
 *
 * <p>Ids of the records in the page (the {@code data-m} of their marks): roster entry {@code r<i>}, awardee
 * {@code a<i>}, its initiative {@code a<i>i<j>}, metric {@code a<i>m<j>}, metric label {@code a<i>l<j>},
 * awardee diagnostic {@code a<i>d<k>}, document diagnostic {@code d<k>}; indexes as in the JSON arrays.
 */
final class ReviewPage {

    static final String CSS = resource("review.css");
    static final String SCRIPT = resource("review.js");
    /** Allows the page's own inline style and script, and nothing else: no request leaves the page. */
    static final String CSP = "default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; "
            + "img-src data:; base-uri 'none'; form-action 'none'";
    /** Okabe–Ito, colour-blind safe; awardee i has colour i mod 8. */
    static final int COLOURS = 8;

    private static final JsonExporter JSON = JsonExporter.builder().pretty(false).build();

    private ReviewPage() {
    }

    /** What {@link #write} reports, for the index page. */
    record Written(int marks, int outside) {
    }

    static Written write(Writer out, Announcement a, String backLink) throws IOException {
        String text = a.source().text();
        String title = a.title() != null ? a.title() : a.source().name();
        out.write("<!DOCTYPE html>\n<html lang=\"zh\">\n<head>\n<meta charset=\"utf-8\">\n");
        out.write("<meta http-equiv=\"Content-Security-Policy\" content=\"" + CSP + "\">\n");
        out.write("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
        out.write("<meta name=\"generator\" content=\"Laurel html exporter\">\n");
        out.write("<link rel=\"icon\" href=\"data:,\">\n");
        out.write("<title>" + Html.text(title) + " — Laurel review</title>\n<style>\n");
        out.write(CSS);
        out.write("</style>\n</head>\n<body>\n<header id=\"top\">");
        if (backLink != null) {
            out.write("<a class=\"back\" href=\"" + Html.attr(backLink) + "\">← all documents</a> ");
        }
        out.write("<h1>" + Html.text(title) + "</h1><p class=\"src\">" + Html.text(a.source().name()) + " · "
                + a.source().chars() + " chars · " + Html.text(a.source().charset()) + " · "
                + Html.text(a.source().textOrigin()) + "</p>");
        out.write("<div id=\"filters\"></div></header>\n<main>\n<section id=\"text\" aria-label=\"source text\">");
        Written written;
        if (text == null) {
            out.write("<p class=\"notext\">The text the spans index is not available: these records were not "
                    + "parsed in this run (e.g. read back from JSON). Parse the source to see its marked text.</p>");
            written = new Written(0, 0);
        } else {
            out.write("<div id=\"doc\">");
            List<MarkedText.Mark> marks = marks(a);
            int n = MarkedText.write(out, text, marks);
            out.write("</div>");
            written = new Written(n, marks.size() - n);
        }
        out.write("</section>\n<aside id=\"records\" aria-label=\"records\"></aside>\n</main>\n");
        out.write("<div id=\"status\" role=\"status\"></div>\n");
        out.write("<script type=\"application/json\" id=\"laurel-data\">");
        out.write(Html.scriptJson(JSON.toJson(a)));
        out.write("</script>\n<script>\n");
        out.write(SCRIPT);
        out.write("</script>\n</body>\n</html>\n");
        return written;
    }

    /** Every span of the records, as marks. */
    static List<MarkedText.Mark> marks(Announcement a) {
        List<MarkedText.Mark> marks = new ArrayList<>();
        List<RosterEntry> roster = a.roster();
        for (int i = 0; i < roster.size(); i++) {
            RosterEntry r = roster.get(i);
            if (r.span() != null) {
                marks.add(mark(r.span(), "ro", "r" + i, "",
                        "roster: " + r.name() + paren(r.kind() == null ? null : r.kind().id(), r.regionCode())
                                + (r.hasSection() ? "" : ", no section"), 2));
            }
        }
        for (int i = 0; i < a.awardees().size(); i++) {
            Awardee w = a.awardees().get(i);
            String colour = " c" + (i % COLOURS);
            String owner = "data-a=\"" + i + "\"";
            marks.add(mark(w.span(), "aw" + colour, "a" + i, owner, "awardee: " + w.name()
                    + (w.regionCode() == null ? "" : " " + w.regionCode())
                    + (w.timesHonored() == null ? "" : ", " + w.timesHonored() + "×"
                            + (w.timesKind() == null ? "" : " " + w.timesKind().id()))
                    + (w.kind() == null ? "" : ", " + w.kind().id()), 0));
            for (int j = 0; j < w.initiatives().size(); j++) {
                Initiative in = w.initiatives().get(j);
                marks.add(mark(in.span(), "in" + colour, "a" + i + "i" + j, owner,
                        w.name() + " · initiative " + (j + 1) + ": " + in.title(), 1));
            }
            for (int j = 0; j < w.metrics().size(); j++) {
                Metric m = w.metrics().get(j);
                marks.add(mark(m.span(), "me" + colour, "a" + i + "m" + j, owner, w.name() + " · "
                        + (m.label() == null ? "" : m.label() + ": ") + describe(m), 5));
                if (m.labelSpan() != null) {
                    marks.add(mark(m.labelSpan(), "lb" + colour, "a" + i + "l" + j, owner,
                            w.name() + " · label of " + m.text() + ": " + m.label(), 4));
                }
            }
            for (int k = 0; k < w.issues().size(); k++) {
                diagnostic(marks, w.issues().get(k), "a" + i + "d" + k, owner + " ");
            }
        }
        for (int k = 0; k < a.issues().size(); k++) {
            diagnostic(marks, a.issues().get(k), "d" + k, "");
        }
        return marks;
    }

    /** What a metric became: {@code 63000000 元, more-than}. */
    static String describe(Metric m) {
        return Decimals.plain(m.value()) + (m.upper() == null ? "" : "–" + Decimals.plain(m.upper()))
                + (m.bounds() == null ? "" : " " + m.bounds()) + (m.unit() == null ? "" : " " + m.unit())
                + ", " + m.qualifier().id() + (m.cumulative() ? ", cumulative" : "");
    }

    private static void diagnostic(List<MarkedText.Mark> marks, Diagnostic d, String id, String owner) {
        if (d.span() == null) {
            return;
        }
        marks.add(mark(d.span(), "dg sev-" + d.severity().id(), id,
                owner + "data-k=\"" + d.kind().id() + "\"",
                d.severity().id() + " " + d.kind().id() + (d.awardee() == null ? "" : " (" + d.awardee() + ")")
                        + ": " + d.message(), 3));
    }

    private static MarkedText.Mark mark(SourceSpan s, String cls, String id, String attrs, String title, int rank) {
        return new MarkedText.Mark(s.start(), s.end(), cls, id, attrs, title, rank);
    }

    private static String paren(String a, String b) {
        String inside = a == null ? b : b == null ? a : a + ", " + b;
        return inside == null ? "" : " (" + inside + ")";
    }

    static String resource(String name) {
        try (InputStream in = ReviewPage.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + name + " beside " + ReviewPage.class.getName());
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
