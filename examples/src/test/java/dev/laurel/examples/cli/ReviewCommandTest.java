package dev.laurel.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code laurel review} and {@code parse --format html} (issue 18). The page itself: ReviewPageIT, HtmlExporterTest. */
class ReviewCommandTest {

    static final Path SAMPLE = Path.of("..").toAbsolutePath().normalize().resolve("seeds/000_8580ebc5395fa60a.txt");

    @TempDir
    Path dir;

    @Test
    void reviewWritesThePageAndPrintsItsPath() throws Exception {
        CliRun r = CliRun.run("review", "--out", dir.toString(), SAMPLE.toString());
        assertEquals(0, r.code(), r.toString());
        Path page = Path.of(r.out().strip());
        assertEquals(dir.resolve("000_8580ebc5395fa60a.html").toAbsolutePath(), page);
        String html = Files.readString(page);
        assertTrue(html.startsWith("<!DOCTYPE html>") && html.contains("id=\"laurel-data\""), html.substring(0, 200));
    }

    @Test
    void reviewWithoutOutUsesANewTemporaryFolder() throws Exception {
        CliRun r = CliRun.run("review", SAMPLE.toString());
        assertEquals(0, r.code(), r.toString());
        Path page = Path.of(r.out().strip());
        assertTrue(Files.isRegularFile(page) && page.getParent().getFileName().toString().startsWith("laurel-review-"));
        Files.delete(page);
        Files.delete(page.getParent());
    }

    @Test
    void aMissingFileIsExitThree() {
        CliRun r = CliRun.run("review", dir.resolve("nope.txt").toString());
        assertEquals(3, r.code(), r.toString());
        assertTrue(r.err().startsWith("laurel: "), r.err());
    }

    @Test
    void htmlInBatchModeNeedsAFolder() throws Exception {
        CliRun r = CliRun.run("parse", "--format", "html", SAMPLE.toString(), SAMPLE.toString());
        assertEquals(2, r.code(), r.toString());
        assertTrue(r.err().contains("add --out DIR"), r.err());
        CliRun ok = CliRun.run("parse", "--format", "html", "--quiet", "--out", dir.toString(), SAMPLE.toString());
        assertEquals(0, ok.code(), ok.toString());
        assertTrue(Files.isRegularFile(dir.resolve("index.html")));
        assertTrue(Files.isRegularFile(dir.resolve("000_8580ebc5395fa60a.html")));
    }
}
