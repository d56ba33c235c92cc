package dev.laurel.examples.cli;

import dev.laurel.model.Announcement;
import dev.laurel.model.Awardee;
import dev.laurel.model.Diagnostic;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/** The counters of a batch run and the summary printed at its end. */
final class RunSummary {
    long filesRead;
    long refused;
    long bytesRead;
    long bytesRefused;
    long announcements;
    long rosterNames;
    long awardees;
    long initiatives;
    long metrics;
    final Map<String, Long> diagnostics = new TreeMap<>();
    final long startNanos = System.nanoTime();
    long endNanos;
    int jobs;

    void add(Announcement a, long bytes) {
        filesRead++;
        bytesRead += bytes;
        announcements++;
        rosterNames += a.roster().size();
        awardees += a.awardees().size();
        for (Awardee w : a.awardees()) {
            initiatives += w.initiatives().size();
            metrics += w.metrics().size();
        }
        for (Diagnostic d : a.allIssues()) {
            diagnostics.merge(d.kind().id(), 1L, Long::sum);
        }
    }

    void refuse(long bytes) {
        refused++;
        bytesRefused += bytes;
    }

    void finish() {
        endNanos = System.nanoTime();
    }

    double seconds() {
        return ((endNanos == 0 ? System.nanoTime() : endNanos) - startNanos) / 1e9;
    }

    double mbPerSecond() {
        double s = seconds();
        return s > 0 ? (bytesRead + bytesRefused) / 1e6 / s : 0;
    }

    long diagnosticsTotal() {
        return diagnostics.values().stream().mapToLong(Long::longValue).sum();
    }

    /** The summary lines, for people. {@code errorsAt} says where the refused files are listed. */
    List<String> lines(String errorsAt) {
        List<String> out = new ArrayList<>();
        out.add("laurel: summary");
        out.add(String.format(Locale.ROOT, "  files read      %,d (%s)", filesRead, Sizes.of(bytesRead)));
        out.add(String.format(Locale.ROOT, "  refused         %,d%s", refused,
                refused == 0 ? "" : " (listed in " + errorsAt + ")"));
        out.add(String.format(Locale.ROOT, "  announcements   %,d", announcements));
        out.add(String.format(Locale.ROOT, "  roster names    %,d", rosterNames));
        out.add(String.format(Locale.ROOT, "  awardees        %,d", awardees));
        out.add(String.format(Locale.ROOT, "  initiatives     %,d", initiatives));
        out.add(String.format(Locale.ROOT, "  metrics         %,d", metrics));
        StringBuilder kinds = new StringBuilder();
        for (Map.Entry<String, Long> e : diagnostics.entrySet()) {
            kinds.append(kinds.length() == 0 ? "" : ", ").append(e.getKey()).append(' ')
                    .append(String.format(Locale.ROOT, "%,d", e.getValue()));
        }
        out.add(String.format(Locale.ROOT, "  diagnostics     %,d%s", diagnosticsTotal(),
                kinds.length() == 0 ? "" : " (" + kinds + ")"));
        out.add(String.format(Locale.ROOT, "  elapsed         %.1f s, %s with %d %s", seconds(),
                Sizes.rate(mbPerSecond() * 1e6), jobs, jobs == 1 ? "job" : "jobs"));
        return out;
    }

    void print(PrintStream err, String errorsAt) {
        lines(errorsAt).forEach(err::println);
        err.flush();
    }

    /** The figures as a map, for laurel-run.json. */
    Map<String, Object> toMap() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("filesRead", filesRead);
        m.put("refused", refused);
        m.put("bytesRead", bytesRead);
        m.put("announcements", announcements);
        m.put("rosterNames", rosterNames);
        m.put("awardees", awardees);
        m.put("initiatives", initiatives);
        m.put("metrics", metrics);
        m.put("diagnostics", diagnostics);
        m.put("seconds", Math.round(seconds() * 1000) / 1000.0);
        m.put("megabytesPerSecond", Math.round(mbPerSecond() * 10) / 10.0);
        m.put("jobs", jobs);
        return m;
    }
}
