package dev.laurel.spi;

import java.util.Arrays;
import java.util.List;

/** The available {@link AnnouncementReader}s, by format name. */
public final class ReaderRegistry extends PluginRegistry<AnnouncementReader> {

    private ReaderRegistry(List<AnnouncementReader> readers, List<String> warnings) {
        super(readers, warnings, AnnouncementReader::format);
    }

    public static ReaderRegistry load() {
        return load(ReaderRegistry.class.getClassLoader());
    }

    /** Every reader visible to {@code loader}; broken providers are skipped and listed in {@link #warnings()}. */
    public static ReaderRegistry load(ClassLoader loader) {
        Discovered<AnnouncementReader> d = discover(AnnouncementReader.class, loader);
        return new ReaderRegistry(d.plugins(), d.warnings());
    }

    /** Exactly these readers, without scanning the class path. */
    public static ReaderRegistry of(AnnouncementReader... readers) {
        return new ReaderRegistry(Arrays.asList(readers.clone()), List.of());
    }
}
