package dev.laurel.examples;

import dev.laurel.Laurel;
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
        GoldenFiles.ofThisModule().check("sample", Laurel.parse(Path.of("..", "seeds", "000_8580ebc5395fa60a.txt")));
    }
}
