package dev.laurel.exporters;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The exact bytes of every format for the hand-made fixtures; see {@link GoldenFiles}. */
class GoldenFileTest {

    @Test
    void zhejiangFixture() {
        GoldenFiles.ofThisModule().check("zhejiang", Fixtures.zhejiang());
    }

    @Test
    void threeAnnouncementsInOneExport() {
        GoldenFiles.ofThisModule().check("batch", List.of(Fixtures.zhejiang(), Fixtures.minimal("empty.txt"),
                Fixtures.zhejiang()));
    }

    @Test
    void renderProducesTheDocumentedFiles() {
        assertEquals(GoldenFiles.fileNames(), List.copyOf(GoldenFiles.render(List.of(Fixtures.zhejiang())).keySet()));
    }
}
