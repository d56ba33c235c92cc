package dev.laurel.spark;

import dev.laurel.spi.ParserRegistry;

/**
 * The parser registry of this JVM: loaded once per executor (on first use, by whichever task comes
 * first) and shared by every task and record after it. A registry holds no per-document state.
 */
final class Parsers {

    private Parsers() {
    }

    private static final class Holder {
        static final ParserRegistry REGISTRY = ParserRegistry.load(Parsers.class.getClassLoader());
    }

    /** The registry, loaded on the first call. */
    static ParserRegistry registry() {
        return Holder.REGISTRY;
    }
}
