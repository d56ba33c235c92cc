package dev.laurel.spi;

import java.util.Arrays;
import java.util.List;

/** The available {@link Exporter}s, by format name. */
public final class ExporterRegistry extends PluginRegistry<Exporter> {

    private ExporterRegistry(List<Exporter> exporters, List<String> warnings) {
        super(exporters, warnings, Exporter::format);
    }

    /**
     * Every exporter on the class path of this class's loader.
     *
     * @return the registry, sorted by format
     */
    public static ExporterRegistry load() {
        return load(ExporterRegistry.class.getClassLoader());
    }

    /**
     * Every exporter visible to {@code loader}; broken providers are skipped and listed in {@link #warnings()}.
     *
     * @param loader the class loader to search
     * @return the registry, sorted by format
     */
    public static ExporterRegistry load(ClassLoader loader) {
        Discovered<Exporter> d = discover(Exporter.class, loader);
        return new ExporterRegistry(d.plugins(), d.warnings());
    }

    /**
     * Exactly these exporters, without scanning the class path.
     *
     * @param exporters the exporters to hold
     * @return the registry, sorted by format
     */
    public static ExporterRegistry of(Exporter... exporters) {
        return new ExporterRegistry(Arrays.asList(exporters.clone()), List.of());
    }
}
