package dev.laurel.exporters.html;

import dev.laurel.model.Announcement;
import dev.laurel.spi.AnnouncementSink;
import dev.laurel.spi.ExportOptions;
import dev.laurel.spi.Exporter;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Format {@code html}: a review page per announcement, self-contained (inline CSS and script, no request
 * leaves it), showing the text the spans index with every span marked beside the records; see
 * {@link ReviewPage}. UTF-8.
 *
 * <p>The text comes from {@link dev.laurel.model.SourceInfo#text()}, which the parsers fill from the
 * {@code Source} they read; records without it (read back from JSON) get a page of records without the
 * text. To a stream: one page for one announcement (a second one is refused with an
 * {@link IllegalStateException}). Into a folder: one page per announcement, named after its source
 * ({@link #pageName}), and {@code index.html} listing them, written when the sink is closed. A source that
 * occurs again (same SHA-256) is written once. Stateless and thread-safe; a folder sink keeps a few counts
 * per document for the index, not the records.
 */
public final class HtmlExporter implements Exporter {

    /** The index page of a folder. */
    public static final String INDEX = "index.html";

    /** Used by ServiceLoader. */
    public HtmlExporter() {
    }

    @Override
    public String format() {
        return "html";
    }

    @Override
    public String fileExtension() {
        return "html";
    }

    @Override
    public String description() {
        return "HTML review page: the source text with every span marked beside the records "
                + "(one page per document; into a folder with index.html)";
    }

    @Override
    public AnnouncementSink open(OutputStream out, ExportOptions options) {
        Objects.requireNonNull(out, "out must not be null");
        Objects.requireNonNull(options, "options must not be null");
        return new AnnouncementSink() {
            private boolean written;

            @Override
            public void write(Announcement announcement) throws IOException {
                Objects.requireNonNull(announcement, "announcement must not be null");
                if (written) {
                    throw new IllegalStateException("the html format writes one page per announcement to a stream;"
                            + " write several into a folder");
                }
                written = true;
                writePage(announcement, out, null);
            }

            @Override
            public void close() throws IOException {
                out.flush();
            }
        };
    }

    @Override
    public AnnouncementSink open(Path folder, ExportOptions options) throws IOException {
        Objects.requireNonNull(folder, "folder must not be null");
        Objects.requireNonNull(options, "options must not be null");
        Files.createDirectories(folder);
        return new AnnouncementSink() {
            private final Map<String, String> shaByFile = new HashMap<>();
            private final List<IndexPage.Row> rows = new ArrayList<>();
            private boolean closed;

            @Override
            public synchronized void write(Announcement a) throws IOException {
                Objects.requireNonNull(a, "announcement must not be null");
                if (closed) {
                    throw new IllegalStateException("the sink is closed");
                }
                String sha = a.source().sha256();
                String file = pageName(a);
                String other = shaByFile.get(file);
                if (other != null && other.equals(sha)) {
                    return; // the same source again
                }
                if (other != null) {
                    file = file.substring(0, file.length() - ".html".length()) + "-"
                            + sha.substring(0, Math.min(16, sha.length())) + ".html";
                    if (shaByFile.containsKey(file)) {
                        return;
                    }
                }
                shaByFile.put(file, sha);
                try (OutputStream out = Files.newOutputStream(folder.resolve(file))) {
                    writePage(a, out, INDEX);
                }
                rows.add(IndexPage.Row.of(file, a));
            }

            @Override
            public synchronized void close() throws IOException {
                if (closed) {
                    return;
                }
                closed = true;
                try (Writer w = writer(Files.newOutputStream(folder.resolve(INDEX)))) {
                    IndexPage.write(w, rows);
                }
            }
        };
    }

    /**
     * Writes the review page of {@code announcement} to {@code out}, which stays open.
     *
     * @param announcement the records; the page shows the text only when its source carries it
     * @param out          where the page goes, UTF-8
     * @param backLink     a link to the index page, or null for none
     * @throws IOException when {@code out} cannot be written
     */
    public static void writePage(Announcement announcement, OutputStream out, String backLink) throws IOException {
        Writer w = writer(out);
        ReviewPage.write(w, announcement, backLink);
        w.flush();
    }

    /**
     * The review page of {@code announcement} as a string.
     *
     * @param announcement the records; the page shows the text only when its source carries it
     * @return the whole page
     */
    public static String page(Announcement announcement) {
        var b = new java.io.StringWriter();
        try {
            ReviewPage.write(b, announcement, null);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return b.toString();
    }

    /**
     * The file name of an announcement's page in a folder: its source name without the extension, with
     * every char but letters, digits, {@code _ . -} replaced by {@code _}, at most 100 chars, then
     * {@code .html}; {@code index} becomes {@code index_}. Another source of the same name gets its SHA-256
     * prefix appended.
     *
     * @param announcement the announcement the page shows
     * @return the page's file name
     */
    public static String pageName(Announcement announcement) {
        String name = announcement.source().name();
        int slash = Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\'));
        name = name.substring(slash + 1);
        int dot = name.lastIndexOf('.');
        if (dot > 0) {
            name = name.substring(0, dot);
        }
        StringBuilder b = new StringBuilder();
        name.codePoints().limit(100).forEach(c -> b.appendCodePoint(
                Character.isLetterOrDigit(c) || c == '_' || c == '-' || c == '.' ? c : '_'));
        String safe = b.toString();
        while (safe.startsWith(".")) {
            safe = "_" + safe.substring(1);
        }
        if (safe.isEmpty()) {
            safe = "document";
        }
        if (safe.toLowerCase(Locale.ROOT).equals("index")) {
            safe = safe + "_";
        }
        return safe + ".html";
    }

    private static Writer writer(OutputStream out) {
        return new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
    }
}
