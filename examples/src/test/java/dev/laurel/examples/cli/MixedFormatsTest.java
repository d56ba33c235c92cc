package dev.laurel.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code laurel parse DIR} reads a folder mixing text, HTML, PDF, Word and Excel files (issue 19). */
class MixedFormatsTest {

    static final Path PARSERS = Path.of("../parsers");

    @TempDir
    Path dir;

    @Test
    void aFolderOfEveryFormatIsReadWithTheDefaultExtensions() throws Exception {
        Path in = Files.createDirectories(dir.resolve("in"));
        String text = Files.readString(PARSERS.resolve("src/test/resources/devset/docs/07.txt"), StandardCharsets.UTF_8);
        Files.writeString(in.resolve("a.txt"), text, StandardCharsets.UTF_8);
        Files.writeString(in.resolve("b.html"), "<!DOCTYPE html><html><head><meta charset=\"utf-8\"></head><body><p>"
                + text.replace("\n\n", "</p><p>") + "</p></body></html>", StandardCharsets.UTF_8);
        Files.copy(PARSERS.resolve("pdf/src/test/resources/dev/laurel/parsers/pdf/devset-07.pdf"), in.resolve("c.PDF"));
        Files.copy(PARSERS.resolve("office/src/test/resources/dev/laurel/parsers/office/devset-07.docx"), in.resolve("d.docx"));
        Files.copy(PARSERS.resolve("office/src/test/resources/dev/laurel/parsers/office/roster.xlsx"), in.resolve("e.xlsx"));
        Files.writeString(in.resolve("f.csv"), "not read", StandardCharsets.UTF_8);
        CliRun r = CliRun.run("parse", "--jobs", "2", in.toString());
        assertEquals(0, r.code(), r.toString());
        List<String> origins = r.out().lines()
                .map(l -> TestExporters.MAPPER.readTree(l).get("source").get("textOrigin").asString()).toList();
        assertEquals(List.of("decoded", "html-extracted", "pdf-extracted", "docx-extracted", "xlsx-extracted"), origins,
                r.toString());
    }
}
