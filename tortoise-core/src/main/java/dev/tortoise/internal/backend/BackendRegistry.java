package dev.tortoise.internal.backend;

import dev.tortoise.exceptions.ConfigurationException;
import dev.tortoise.internal.config.Engines;
import dev.tortoise.internal.config.Suggestions;
import dev.tortoise.spi.BackendProvider;
import dev.tortoise.spi.ColumnTypes;
import dev.tortoise.spi.Platform;
import dev.tortoise.spi.PlatformConfig;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Every {@link BackendProvider} on the class or module path, by canonical engine name and alias.
 *
 * <p>Built once per JVM on first use ({@link #get()}) and immutable afterwards, so lookups are
 * plain map reads that never block. Names are matched case-insensitively. Errors are reported as
 * {@link ConfigurationException}s that say what is available and which Maven artifact to add.
 */
public final class BackendRegistry {

    /** The artifact that brings each engine this project ships, for "add this" hints. */
    private static final Map<String, String> ARTIFACTS = Collections.unmodifiableMap(Engines.artifacts());

    private final Map<String, BackendProvider> byName;
    private final SortedMap<String, BackendProvider> byEngine;
    private volatile Map<String, ColumnTypes> columnTypes;

    BackendRegistry(Iterable<BackendProvider> providers) {
        Map<String, BackendProvider> names = new LinkedHashMap<>();
        SortedMap<String, BackendProvider> engines = new TreeMap<>();
        for (BackendProvider provider : providers) {
            engines.put(provider.engine().toLowerCase(Locale.ROOT), provider);
            claim(names, provider.engine(), provider);
            for (String alias : provider.aliases()) {
                claim(names, alias, provider);
            }
        }
        this.byName = Collections.unmodifiableMap(names);
        this.byEngine = Collections.unmodifiableSortedMap(engines);
    }

    /**
     * The registry of this JVM, built on the first call from {@link ServiceLoader}.
     *
     * @throws ConfigurationException when two providers claim one name, or a provider cannot be
     *                                loaded; every call reports the same problem
     */
    public static BackendRegistry get() {
        Loaded loaded = Holder.LOADED;
        if (loaded.failure() != null) {
            throw new ConfigurationException(loaded.failure());
        }
        return loaded.registry();
    }

    /**
     * The provider answering to an engine name or alias, such as {@code tortoise.backends.postgres}
     * or {@code postgresql}.
     *
     * @throws ConfigurationException naming the engine, the engines available, a close name when
     *                                there is one, and the Maven artifact that would provide it
     */
    public BackendProvider provider(String engine) {
        if (engine == null || engine.isBlank()) {
            throw new ConfigurationException("No engine given: set \"engine\" of the connection to one of "
                    + available() + " (or use a db_url such as sqlite://db.sqlite3)");
        }
        BackendProvider provider = byName.get(engine.toLowerCase(Locale.ROOT));
        if (provider != null) {
            return provider;
        }
        throw new ConfigurationException(missingMessage(engine));
    }

    /** Every provider available, by canonical engine name, sorted. */
    public List<BackendProvider> providers() {
        return List.copyOf(byEngine.values());
    }

    /**
     * The column types of every available platform, by platform name in alphabetical order, as
     * {@code describeModels} reports them. Made on first use from each provider's platform for a
     * configuration with no credentials.
     */
    public Map<String, ColumnTypes> columnTypes() {
        Map<String, ColumnTypes> known = columnTypes;
        if (known == null) {
            SortedMap<String, ColumnTypes> types = new TreeMap<>();
            for (BackendProvider provider : byEngine.values()) {
                Platform platform = provider.platform(PlatformConfig.defaults());
                types.put(platform.name(), platform.types());
            }
            known = Collections.unmodifiableSortedMap(types);
            columnTypes = known; // a race computes the same map twice: harmless
        }
        return known;
    }

    /** Canonical names of the engines available, sorted. */
    public List<String> engines() {
        return List.copyOf(byEngine.keySet());
    }

    private String missingMessage(String engine) {
        String canonical = Engines.canonical(engine);
        String artifact = ARTIFACTS.get(canonical);
        if (artifact != null) {
            return "Backend for engine \"" + engine + "\" (" + canonical + ") is not on the class path: add the"
                    + " Maven artifact " + artifact + ". Available engines: " + available();
        }
        Set<String> candidates = new LinkedHashSet<>(byName.keySet());
        candidates.addAll(ARTIFACTS.keySet());
        candidates.addAll(Engines.schemes());
        return "Unknown engine \"" + engine + "\"" + Suggestions.didYouMean(engine, candidates)
                + ". Available engines: " + available() + ". Backends ship as the Maven artifacts "
                + String.join(", ", ARTIFACTS.values()) + ".";
    }

    private String available() {
        if (byEngine.isEmpty()) {
            return "none (no backend module is on the class path)";
        }
        List<String> parts = new ArrayList<>();
        byEngine.forEach((engine, provider) -> {
            List<String> aliases = provider.aliases().stream().sorted().toList();
            parts.add(aliases.isEmpty() ? engine : engine + " (also " + String.join(", ", aliases) + ")");
        });
        return String.join("; ", parts);
    }

    private static void claim(Map<String, BackendProvider> names, String name, BackendProvider provider) {
        String key = name.toLowerCase(Locale.ROOT);
        BackendProvider previous = names.putIfAbsent(key, provider);
        if (previous != null && previous != provider) {
            throw new ConfigurationException("Two backends claim the engine name \"" + name + "\": "
                    + previous.getClass().getName() + " and " + provider.getClass().getName()
                    + ". Keep only one of them on the class path.");
        }
    }

    private record Loaded(BackendRegistry registry, String failure) {
    }

    /** Lazy holder: the JVM runs the scan once, on first use, without any lock of ours. */
    private static final class Holder {
        static final Loaded LOADED = load();

        private static Loaded load() {
            try {
                List<BackendProvider> providers = new ArrayList<>();
                ServiceLoader.load(BackendProvider.class, BackendRegistry.class.getClassLoader())
                        .forEach(providers::add);
                return new Loaded(new BackendRegistry(providers), null);
            } catch (ConfigurationException e) {
                return new Loaded(null, e.getMessage());
            } catch (ServiceConfigurationError e) {
                return new Loaded(null, "A backend could not be loaded: " + e.getMessage());
            }
        }
    }
}
