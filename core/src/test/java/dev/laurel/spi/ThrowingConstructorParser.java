package dev.laurel.spi;

import dev.laurel.model.Announcement;

/** A broken provider: registered in the test services file, but its constructor throws. */
public class ThrowingConstructorParser implements DocumentParser {

    public ThrowingConstructorParser() {
        throw new IllegalStateException("ThrowingConstructorParser refuses to start");
    }

    @Override
    public String name() {
        return "throwing";
    }

    @Override
    public int confidence(Source source) {
        return 100;
    }

    @Override
    public Announcement parse(Source source, ParseOptions options) {
        throw new AssertionError("never constructed");
    }
}
