package dev.laurel.spi;

import dev.laurel.model.Announcement;
import java.util.List;

/** A parser registered in the test META-INF/services: claims texts that start with "MOCK". */
public class MockParser implements DocumentParser {

    @Override
    public String name() {
        return "mock";
    }

    @Override
    public String description() {
        return "test parser for texts starting with MOCK";
    }

    @Override
    public int confidence(Source source) {
        return source.text().startsWith("MOCK") ? 90 : 0;
    }

    @Override
    public Announcement parse(Source source, ParseOptions options) {
        return Announcement.of(source.info(), source.text().strip(), null, null, null, List.of(), List.of(), List.of());
    }
}
