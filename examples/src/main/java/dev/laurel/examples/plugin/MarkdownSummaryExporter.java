package dev.laurel.examples.plugin;

import dev.laurel.model.Announcement;
import dev.laurel.model.Awardee;
import dev.laurel.model.Metric;
import dev.laurel.spi.AnnouncementSink;
import dev.laurel.spi.ExportOptions;
import dev.laurel.spi.Exporter;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * A third-party exporter, format {@code markdown}: a summary table per announcement (awardee, honour,
 * times honoured, how many initiatives and figures, the first figure). It shows everything a plugin
 * needs: implement {@link Exporter} with a public no-argument constructor, and list the class in
 * {@code META-INF/services/dev.laurel.spi.Exporter} of your jar. {@code laurel parse FILE --format markdown}
 * then finds it, and so does {@code Laurel.export(a, "markdown", System.out)}.
 */
public final class MarkdownSummaryExporter implements Exporter {

    @Override
    public String format() {
        return "markdown";
    }

    @Override
    public String fileExtension() {
        return "md";
    }

    @Override
    public String description() {
        return "Markdown: a summary table of the awardees (example plugin)";
    }

    @Override
    public AnnouncementSink open(OutputStream out, ExportOptions options) {
        Objects.requireNonNull(out, "out must not be null");
        Writer w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        return new AnnouncementSink() {
            private boolean first = true;

            @Override
            public void write(Announcement a) throws IOException {
                if (!first) {
                    w.write("\n");
                }
                first = false;
                w.write("## " + cell(a.title() != null ? a.title() : a.source().name()) + "\n\n");
                w.write("| 名称 | 省份 | 荣誉 | 次数 | 措施 | 数据 | 首项数据 |\n");
                w.write("|---|---|---|---:|---:|---:|---|\n");
                for (Awardee x : a.awardees()) {
                    String times = x.timesHonored() == null ? ""
                            : x.timesHonored() + (x.timesKind() == null ? "" : " (" + x.timesKind().id() + ")");
                    String figure = "";
                    if (!x.metrics().isEmpty()) {
                        Metric m = x.metrics().get(0);
                        figure = (m.label() == null ? "" : m.label() + ": ") + m.text();
                    }
                    w.write("| " + cell(x.name()) + " | " + cell(x.province()) + " | " + cell(x.honorTitle()) + " | "
                            + times + " | " + x.initiatives().size() + " | " + x.metrics().size() + " | "
                            + cell(figure) + " |\n");
                }
                int issues = a.allIssues().size();
                if (issues > 0) {
                    w.write("\n" + issues + " diagnostic" + (issues == 1 ? "" : "s") + ".\n");
                }
            }

            @Override
            public void close() throws IOException {
                w.flush(); // the caller owns out
            }
        };
    }

    /** Table-safe text: pipes escaped, line breaks as spaces. */
    static String cell(String s) {
        if (s == null) {
            return "";
        }
        return s.replace("\\", "\\\\").replace("|", "\\|").replace("\r\n", " ").replace('\n', ' ').replace('\r', ' ');
    }
}
