package dev.laurel.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import dev.laurel.Laurel;
import dev.laurel.model.Announcement;
import dev.laurel.exporters.GoldenFiles;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The sample's exports, byte for byte, in every built-in format (src/test/resources/golden/sample), so
 * that any change to the contract or to what the parser reads is a visible diff. After an intended
 * change: {@code mvn -pl examples -am verify -Dtest=SampleGoldenFilesTest -Dsurefire.failIfNoSpecifiedTests=false
 * -Dlaurel.updateGolden=true}, then review {@code git diff}.
 */
class SampleGoldenFilesTest {

    @Test
    void sampleExportsMatchTheGoldenFiles() throws Exception {
        Announcement a = Laurel.parse(Path.of("..", "seeds", "000_8580ebc5395fa60a.txt"));
        // Provenance: the parser that read it and this Laurel's version; the version is pinned in the golden
        // files as "VERSION" so that a release does not change them.
        assertEquals("commendation-text", a.source().parser());
        assertEquals(Laurel.version(), a.source().laurelVersion());
        assertNotEquals("unknown", Laurel.version(), "version.properties is filtered by Maven");
        GoldenFiles.ofThisModule().check("sample", a.withSource(a.source().withProvenance(a.source().parser(), "VERSION")));
    }
}
