package dev.tortoise.internal.runtime;

import dev.tortoise.Router;
import dev.tortoise.TortoiseConfig;
import dev.tortoise.exceptions.ConfigurationException;
import dev.tortoise.internal.meta.ModelBindings;
import dev.tortoise.internal.meta.ModelMeta;
import dev.tortoise.internal.meta.ModelRegistry;
import dev.tortoise.spi.BackendProvider;
import dev.tortoise.spi.DbClient;
import dev.tortoise.spi.SchemaDialect;
import dev.tortoise.spi.ValueCodec;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiFunction;

/**
 * Everything one open {@code Tortoise} instance owns: its configuration, model registry, clients,
 * backends and routers. The query layer reaches it from a model class with {@link #of(Class)}.
 * Immutable; thread-safe.
 */
public final class TortoiseRuntime {
    private static final Map<ModelRegistry, TortoiseRuntime> OPEN = new ConcurrentHashMap<>();

    private final TortoiseConfig config;
    private final ModelRegistry registry;
    private final Map<String, DbClient> clients;
    private final Map<String, BackendProvider> providers;
    private final List<Router> routers;
    private final Map<String, SchemaDialect> dialects = new ConcurrentHashMap<>();
    private final Map<String, ValueCodec> codecs;
    private final ZoneId zone; // parsed once: every save asks for it

    public TortoiseRuntime(TortoiseConfig config, ModelRegistry registry, Map<String, DbClient> clients,
                           Map<String, BackendProvider> providers, List<Router> routers) {
        this.config = config;
        this.registry = registry;
        this.clients = clients;
        this.providers = providers;
        this.routers = routers;
        this.zone = config.zone();
        this.codecs = codecsOf(providers, config.useTz(), zone);
    }

    /** One codec per alias, asked once: codecs are immutable and the settings never change. */
    private static Map<String, ValueCodec> codecsOf(Map<String, BackendProvider> providers, boolean useTz, ZoneId zone) {
        Map<String, ValueCodec> codecs = new java.util.HashMap<>();
        for (Map.Entry<String, BackendProvider> entry : providers.entrySet()) {
            codecs.put(entry.getKey(), entry.getValue().valueCodec(useTz, zone));
        }
        return Map.copyOf(codecs);
    }

    /**
     * The runtime of the open instance that owns a model class.
     *
     * @throws ConfigurationException when no open instance has the model
     */
    public static TortoiseRuntime of(Class<?> modelClass) {
        ModelBindings.meta(modelClass); // throws the "not part of an open instance" error
        TortoiseRuntime runtime = OPEN.get(ModelBindings.owner(modelClass));
        if (runtime == null) {
            throw new ConfigurationException("Model " + modelClass.getName() + " belongs to a Tortoise instance that is closing");
        }
        return runtime;
    }

    /** Makes the models of this runtime usable; all or nothing (API decision 1). */
    public void open() {
        dev.tortoise.internal.query.RelationQueries.install();
        ModelBindings.bind(registry);
        OPEN.put(registry, this);
    }

    /** Makes the models of this runtime unusable again. */
    public void release() {
        OPEN.remove(registry, this);
        ModelBindings.unbind(registry);
    }

    public TortoiseConfig config() {
        return config;
    }

    public ModelRegistry registry() {
        return registry;
    }

    public Map<String, DbClient> clients() {
        return clients;
    }

    public boolean useTz() {
        return config.useTz();
    }

    public ZoneId timezone() {
        return zone;
    }

    /** The metadata of a model class of this runtime. */
    public ModelMeta meta(Class<?> modelClass) {
        return registry.meta(modelClass);
    }

    /**
     * The client of a connection alias.
     *
     * @throws ConfigurationException naming the alias and the configured ones
     */
    public DbClient client(String alias) {
        DbClient client = clients.get(alias);
        if (client == null) {
            throw new ConfigurationException("Unknown connection \"" + alias + "\": the configured connections are "
                    + clients.keySet());
        }
        return client;
    }

    /**
     * The value codec of a connection alias: converts every value bound to or read from it.
     *
     * @throws ConfigurationException naming the alias and the configured ones
     */
    public ValueCodec codec(String alias) {
        client(alias);
        return codecs.get(alias);
    }

    /** The backend of a connection alias. */
    public BackendProvider provider(String alias) {
        client(alias);
        return providers.get(alias);
    }

    /**
     * The DDL dialect of a connection, made once per alias on first use (MySQL's depends on the
     * connection's charset).
     */
    public SchemaDialect schemaDialect(String alias) {
        return dialects.computeIfAbsent(alias, a -> provider(a).schemaDialect(config.connections().get(a).credentials()));
    }

    /** The client that reads a model: the first router's answer naming a configured alias, else the app's connection. */
    public DbClient readClient(ModelMeta meta) {
        return client(route(meta, Router::dbForRead));
    }

    /** The client that writes a model: the first router's answer naming a configured alias, else the app's connection. */
    public DbClient writeClient(ModelMeta meta) {
        return client(route(meta, Router::dbForWrite));
    }

    @SuppressWarnings("unchecked")
    private String route(ModelMeta meta, BiFunction<Router, Class<? extends dev.tortoise.Model>, String> ask) {
        for (Router router : routers) {
            String alias = ask.apply(router, (Class<? extends dev.tortoise.Model>) meta.modelClass());
            // Upstream treats an alias that does not exist as "no answer".
            if (alias != null && !alias.isEmpty() && clients.containsKey(alias)) {
                return alias;
            }
        }
        return meta.connection();
    }
}
