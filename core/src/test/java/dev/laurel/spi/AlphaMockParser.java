package dev.laurel.spi;

import dev.laurel.model.Announcement;
import java.util.List;

/** A second registered test parser, listed after {@link MockParser} in the services file but sorting first. */
public class AlphaMockParser implements DocumentParser {

    @Override
    public String name() {
        return "alpha-mock";
    }

    @Override
    public int confidence(Source source) {
        return 5;
    }

    @Override
    public Announcement parse(Source source, ParseOptions options) {
        return Announcement.of(source.info(), "alpha", null, null, null, List.of(), List.of(), List.of());
    }
}
