package dev.laurel.examples.cli;

import dev.laurel.model.Announcement;
import dev.laurel.spi.AnnouncementSink;
import dev.laurel.spi.ExportOptions;
import dev.laurel.spi.Exporter;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import tools.jackson.databind.json.JsonMapper;

/**
 * Small exporters for the CLI tests, so they do not depend on laurel-exporters: a JSON one (an
 * object per write, a newline after each), and a folder-only one like CSV tables. They are passed
 * to the CLI in explicit registries and are not registered as services.
 */
final class TestExporters {
    private TestExporters() {
    }

    static final JsonMapper MAPPER = JsonMapper.builder().build();

    /** JSON with Jackson: pretty when asked (never for "jsonl"), one document per line otherwise. */
    static Exporter json(String format) {
        return new Exporter() {
            @Override
            public String format() {
                return format;
            }

            @Override
            public String fileExtension() {
                return format;
            }

            @Override
            public String description() {
                return "test JSON exporter 测试";
            }

            @Override
            public AnnouncementSink open(OutputStream out, ExportOptions options) {
                return new AnnouncementSink() {
                    @Override
                    public void write(Announcement a) throws IOException {
                        String json = options.pretty() && !format.equals("jsonl") ? MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(a)
                                : MAPPER.writeValueAsString(a);
                        out.write((json + "\n").getBytes(StandardCharsets.UTF_8));
                    }

                    @Override
                    public void close() throws IOException {
                        out.flush();
                    }
                };
            }
        };
    }

    /** Writes one {@code roster-N.txt} per announcement into a folder; refuses streams, like CSV tables. */
    static Exporter folderOnly(String format) {
        return new Exporter() {
            @Override
            public String format() {
                return format;
            }

            @Override
            public String fileExtension() {
                return "txt";
            }

            @Override
            public String description() {
                return "test folder exporter";
            }

            @Override
            public boolean writesToStream(ExportOptions options) {
                return false;
            }

            @Override
            public AnnouncementSink open(OutputStream out, ExportOptions options) {
                throw new UnsupportedOperationException(format + " writes a folder");
            }

            @Override
            public AnnouncementSink open(Path folder, ExportOptions options) throws IOException {
                Files.createDirectories(folder);
                return new AnnouncementSink() {
                    int n;

                    @Override
                    public void write(Announcement a) throws IOException {
                        StringBuilder sb = new StringBuilder(options.layout() + (options.excel() ? " excel" : "") + "\n");
                        a.roster().forEach(e -> sb.append(e.name()).append('\n'));
                        Files.writeString(folder.resolve("roster-" + (++n) + ".txt"), sb, StandardCharsets.UTF_8);
                    }

                    @Override
                    public void close() {
                    }
                };
            }
        };
    }
}
