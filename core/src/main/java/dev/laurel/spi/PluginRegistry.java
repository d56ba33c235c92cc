package dev.laurel.spi;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.function.Function;

/**
 * Plugins of one kind, in a deterministic order (by name), found with {@link ServiceLoader} or given
 * explicitly. Discovery is defensive: a provider that fails to load or to construct is skipped and
 * reported in {@link #warnings()}; two providers with the same name keep the first found. Immutable
 * and thread-safe.
 */
public class PluginRegistry<T> {

    /** Guards against a service iterator that keeps failing without advancing. */
    private static final int MAX_PROVIDER_ATTEMPTS = 10_000;

    private final List<T> plugins;
    private final List<String> warnings;
    private final Function<T, String> nameOf;

    /**
     * A registry of {@code plugins}, sorted by name, with the discovery problems met so far.
     *
     * @param plugins  the plugins found
     * @param warnings problems met while finding them
     * @param nameOf   the name of a plugin (parser name, format name)
     */
    protected PluginRegistry(List<T> plugins, List<String> warnings, Function<T, String> nameOf) {
        this.nameOf = nameOf;
        List<String> notes = new ArrayList<>(warnings);
        Map<String, T> byName = new LinkedHashMap<>();
        for (T plugin : plugins) {
            Objects.requireNonNull(plugin, "plugins must not contain null");
            String name = nameOf.apply(plugin);
            if (name == null || name.isBlank()) {
                notes.add(plugin.getClass().getName() + " has no name and was skipped");
            } else if (byName.putIfAbsent(name, plugin) != null) {
                notes.add(plugin.getClass().getName() + " is named '" + name + "' like "
                        + byName.get(name).getClass().getName() + "; the first one found is kept");
            }
        }
        List<T> sorted = new ArrayList<>(byName.values());
        sorted.sort(Comparator.comparing(nameOf));
        this.plugins = List.copyOf(sorted);
        this.warnings = List.copyOf(notes);
    }

    /**
     * Loads every provider of {@code type} visible to {@code loader}, skipping and reporting broken ones.
     *
     * @param <T>    the service type
     * @param type   the service interface
     * @param loader the class loader to search
     * @return the providers loaded and the problems met
     */
    protected static <T> Discovered<T> discover(Class<T> type, ClassLoader loader) {
        List<T> found = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        Iterator<T> it = ServiceLoader.load(type, loader).iterator();
        for (int attempt = 0; attempt < MAX_PROVIDER_ATTEMPTS; attempt++) {
            try {
                if (!it.hasNext()) {
                    break;
                }
                found.add(it.next());
            } catch (ServiceConfigurationError | LinkageError | RuntimeException e) {
                warnings.add("a " + type.getSimpleName() + " provider failed to load and was skipped: " + e.getMessage());
            }
        }
        return new Discovered<>(found, warnings);
    }

    /** What a {@link ServiceLoader} scan found. */
    protected record Discovered<T>(List<T> plugins, List<String> warnings) {
    }

    /**
     * Every plugin, sorted by name.
     *
     * @return an unmodifiable list
     */
    public List<T> all() {
        return plugins;
    }

    /**
     * The plugin with this name.
     *
     * @param name the plugin's name
     * @return the plugin, or empty when none has that name
     */
    public Optional<T> find(String name) {
        Objects.requireNonNull(name, "name must not be null");
        return plugins.stream().filter(p -> nameOf.apply(p).equals(name)).findFirst();
    }

    /**
     * The names of all plugins, sorted.
     *
     * @return an unmodifiable list of names
     */
    public List<String> names() {
        return plugins.stream().map(nameOf).toList();
    }

    /**
     * Problems met while discovering plugins: broken providers, duplicate names.
     *
     * @return an unmodifiable list of one-line messages, empty when all went well
     */
    public List<String> warnings() {
        return warnings;
    }
}
