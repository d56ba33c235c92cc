package dev.laurel.exporters;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.laurel.Laurel;
import dev.laurel.spi.ExporterRegistry;
import dev.laurel.spi.ReaderRegistry;
import java.util.List;
import org.junit.jupiter.api.Test;

class RegistryTest {

    @Test
    void theBuiltInExportersAreDiscovered() {
        ExporterRegistry registry = ExporterRegistry.load();
        assertEquals(List.of("csv", "html", "json", "jsonl"), registry.names());
        assertEquals(List.of(), registry.warnings());
        assertEquals("json", registry.find("json").orElseThrow().fileExtension());
        assertTrue(Laurel.exporters().names().containsAll(List.of("csv", "json", "jsonl")));
    }

    @Test
    void theReadersAreDiscovered() {
        ReaderRegistry registry = ReaderRegistry.load();
        assertEquals(List.of("json", "jsonl"), registry.names());
        assertEquals(List.of(), registry.warnings());
        assertEquals(List.of("json", "jsonl"), Laurel.readers().names());
    }
}
