package dev.laurel.spi;

import java.util.Arrays;
import java.util.List;

/** The available {@link AnnouncementReader}s, by format name. */
public final class ReaderRegistry extends PluginRegistry<AnnouncementReader> {

    private ReaderRegistry(List<AnnouncementReader> readers, List<String> warnings) {
        super(readers, warnings, AnnouncementReader::format);
    }

    /**
     * Every reader on the class path of this class's loader.
     *
     * @return the registry, sorted by format
     */
    public static ReaderRegistry load() {
        return load(ReaderRegistry.class.getClassLoader());
    }

    /**
     * Every reader visible to {@code loader}; broken providers are skipped and listed in {@link #warnings()}.
     *
     * @param loader the class loader to search
     * @return the registry, sorted by format
     */
    public static ReaderRegistry load(ClassLoader loader) {
        Discovered<AnnouncementReader> d = discover(AnnouncementReader.class, loader);
        return new ReaderRegistry(d.plugins(), d.warnings());
    }

    /**
     * Exactly these readers, without scanning the class path.
     *
     * @param readers the readers to hold
     * @return the registry, sorted by format
     */
    public static ReaderRegistry of(AnnouncementReader... readers) {
        return new ReaderRegistry(Arrays.asList(readers.clone()), List.of());
    }
}
