package dev.laurel.exporters.html;

import dev.laurel.model.Announcement;
import dev.laurel.model.Awardee;
import dev.laurel.model.Diagnostic;
import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** {@code index.html} of a folder of review pages: one row per document, sortable by each column. */
final class IndexPage {

    static final String SCRIPT = ReviewPage.resource("index.js");

    /** What the index keeps of a document: a few counts, not the records. */
    record Row(String file, String name, String title, String honor, String province, int awardees, int metrics,
               Map<String, Integer> diagnostics) {

        static Row of(String file, Announcement a) {
            int metrics = 0;
            for (Awardee w : a.awardees()) {
                metrics += w.metrics().size();
            }
            Map<String, Integer> kinds = new TreeMap<>();
            for (Diagnostic d : a.allIssues()) {
                kinds.merge(d.kind().id(), 1, Integer::sum);
            }
            return new Row(file, a.source().name(), a.title(), a.honor(), a.province(), a.awardees().size(), metrics,
                    kinds);
        }

        int diagnosticCount() {
            return diagnostics.values().stream().mapToInt(Integer::intValue).sum();
        }
    }

    private IndexPage() {
    }

    static void write(Writer out, List<Row> rows) throws IOException {
        out.write("<!DOCTYPE html>\n<html lang=\"zh\">\n<head>\n<meta charset=\"utf-8\">\n");
        out.write("<meta http-equiv=\"Content-Security-Policy\" content=\"" + ReviewPage.CSP + "\">\n");
        out.write("<link rel=\"icon\" href=\"data:,\">\n<title>Laurel review: " + rows.size()
                + " documents</title>\n<style>\n");
        out.write("body{font:14px/1.5 system-ui,\"Noto Sans CJK SC\",sans-serif;margin:16px}"
                + "table{border-collapse:collapse}th,td{border-bottom:1px solid #ddd;padding:3px 8px;text-align:left;"
                + "vertical-align:top}th{background:#f3f3f3;cursor:pointer;user-select:none}"
                + "th[aria-sort=ascending]::after{content:\" \\25B2\"}th[aria-sort=descending]::after{content:\" \\25BC\"}"
                + "td.num{text-align:right;font-variant-numeric:tabular-nums}.kinds{font-size:12px;color:#555}\n");
        out.write("</style>\n</head>\n<body>\n<h1>Laurel review: " + rows.size() + " documents</h1>\n");
        out.write("<p>Click a column heading to sort; click a name to open its page.</p>\n");
        out.write("<table id=\"index\"><thead><tr><th data-type=\"text\">name</th><th data-type=\"text\">title</th>"
                + "<th data-type=\"text\">honour</th><th data-type=\"text\">province</th>"
                + "<th data-type=\"num\">awardees</th><th data-type=\"num\">metrics</th>"
                + "<th data-type=\"num\">diagnostics</th></tr></thead>\n<tbody>\n");
        for (Row r : rows) {
            out.write("<tr><td><a href=\"" + Html.attr(href(r.file())) + "\">" + Html.text(r.name()) + "</a></td><td>"
                    + Html.text(r.title()) + "</td><td>" + Html.text(r.honor()) + "</td><td>" + Html.text(r.province())
                    + "</td><td class=\"num\">" + r.awardees() + "</td><td class=\"num\">" + r.metrics()
                    + "</td><td class=\"num\" data-v=\"" + r.diagnosticCount() + "\">" + r.diagnosticCount());
            if (!r.diagnostics().isEmpty()) {
                out.write("<div class=\"kinds\">");
                boolean first = true;
                for (Map.Entry<String, Integer> e : r.diagnostics().entrySet()) {
                    out.write((first ? "" : ", ") + Html.text(e.getKey()) + " " + e.getValue());
                    first = false;
                }
                out.write("</div>");
            }
            out.write("</td></tr>\n");
        }
        out.write("</tbody></table>\n<script>\n");
        out.write(SCRIPT);
        out.write("</script>\n</body>\n</html>\n");
    }

    /** A relative link to a page file of this folder; the names are made safe by {@link HtmlExporter}. */
    static String href(String file) {
        StringBuilder b = new StringBuilder("./");
        for (int i = 0; i < file.length(); i++) {
            char c = file.charAt(i);
            if (c == '%' || c == '#' || c == '?' || c == ' ' || c == '"' || c == '\'' || c < 0x20) {
                for (byte x : String.valueOf(c).getBytes(java.nio.charset.StandardCharsets.UTF_8)) {
                    b.append('%').append(String.format("%02X", x & 0xff));
                }
            } else {
                b.append(c);
            }
        }
        return b.toString();
    }
}
