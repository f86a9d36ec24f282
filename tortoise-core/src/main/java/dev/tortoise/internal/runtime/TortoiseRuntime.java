package dev.tortoise.internal.runtime;

import dev.tortoise.Model;
import dev.tortoise.Router;
import dev.tortoise.TortoiseConfig;
import dev.tortoise.exceptions.ConfigurationException;
import dev.tortoise.internal.meta.ModelMeta;
import dev.tortoise.internal.meta.ModelRegistry;
import dev.tortoise.spi.BackendProvider;
import dev.tortoise.spi.DbClient;
import java.time.ZoneId;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;

/**
 * Everything one open {@code Tortoise} instance owns: its configuration, model registry,
 * connections (client and platform per alias), backends and routers. The query layer reaches it
 * from a model class through {@link OpenModels}. Immutable; thread-safe.
 */
public final class TortoiseRuntime {
    private final TortoiseConfig config;
    private final ModelRegistry registry;
    private final Map<String, ConnectionRuntime> connections;
    private final Map<String, DbClient> clients;
    private final Map<String, BackendProvider> providers;
    private final List<Router> routers;
    private final ZoneId zone; // parsed once: every save asks for it

    /**
     * @param connections per alias, in configuration order: the client and its platform
     */
    public TortoiseRuntime(TortoiseConfig config, ModelRegistry registry, Map<String, ConnectionRuntime> connections,
                           Map<String, BackendProvider> providers, List<Router> routers) {
        this.config = config;
        this.registry = registry;
        this.connections = Collections.unmodifiableMap(new LinkedHashMap<>(connections));
        Map<String, DbClient> byAlias = new LinkedHashMap<>();
        connections.forEach((alias, connection) -> byAlias.put(alias, connection.client()));
        this.clients = Collections.unmodifiableMap(byAlias);
        this.providers = providers;
        this.routers = routers;
        this.zone = config.zone();
    }

    /**
     * The runtime of the open instance that owns a model class.
     *
     * @throws ConfigurationException when no open instance has the model
     */
    public static TortoiseRuntime of(Class<?> modelClass) {
        TortoiseRuntime runtime = OpenModels.of(modelClass).runtime();
        if (runtime == null) {
            throw new ConfigurationException("Model " + modelClass.getName() + " has metadata but no connections");
        }
        return runtime;
    }

    /** Makes the models of this runtime usable; all or nothing (API decision 1). */
    public void open() {
        dev.tortoise.internal.query.RelationQueries.install();
        OpenModels.bind(registry, this);
    }

    /** Makes the models of this runtime unusable again. */
    public void release() {
        OpenModels.unbind(registry, clients().keySet());
    }

    public TortoiseConfig config() {
        return config;
    }

    public ModelRegistry registry() {
        return registry;
    }

    /** Every client, by alias in configuration order. */
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
        return connection(alias).client();
    }

    /**
     * Everything about a connection alias.
     *
     * @throws ConfigurationException naming the alias and the configured ones
     */
    public ConnectionRuntime connection(String alias) {
        ConnectionRuntime connection = connections.get(alias);
        if (connection == null) {
            throw new ConfigurationException("Unknown connection \"" + alias + "\": the configured connections are "
                    + connections.keySet());
        }
        return connection;
    }

    /** The backend of a connection alias. */
    public BackendProvider provider(String alias) {
        connection(alias);
        return providers.get(alias);
    }

    /**
     * The connection that reads a model: the first router's answer naming a configured alias, else
     * the app's connection; but while the calling thread has a transaction open on the model's
     * write connection (and none on the routed read connection), that write connection, so that a
     * transaction reads its own writes (see {@link Router}).
     */
    public ConnectionRuntime readConnection(ModelMeta meta) {
        String read = route(meta, Router::dbForRead);
        if (!routers.isEmpty()) {
            String write = route(meta, Router::dbForWrite);
            if (!write.equals(read)) {
                ConnectionRuntime writer = connection(write);
                if (writer.client().isInTransaction() && !connection(read).client().isInTransaction()) {
                    return writer;
                }
            }
        }
        return connection(read);
    }

    /** Whether any router is configured. */
    public boolean routed() {
        return !routers.isEmpty();
    }

    /**
     * Where a read of a model goes after {@code failed} could not be reached: the first router's
     * {@link Router#dbForReadFallback} answer naming another configured alias, else null.
     */
    @SuppressWarnings("unchecked")
    public ConnectionRuntime readFallback(ModelMeta meta, String failed, dev.tortoise.exceptions.DbConnectionException failure) {
        for (Router router : routers) {
            String alias = router.dbForReadFallback((Class<? extends Model>) meta.modelClass(), failed, failure);
            if (alias != null && !alias.isEmpty() && !alias.equals(failed) && connections.containsKey(alias)) {
                return connections.get(alias);
            }
        }
        return null;
    }

    /** The connection that writes a model: the first router's answer naming a configured alias, else the app's connection. */
    public ConnectionRuntime writeConnection(ModelMeta meta) {
        return connection(route(meta, Router::dbForWrite));
    }

    @SuppressWarnings("unchecked")
    private String route(ModelMeta meta, BiFunction<Router, Class<? extends Model>, String> ask) {
        for (Router router : routers) {
            String alias = ask.apply(router, (Class<? extends Model>) meta.modelClass());
            // Upstream treats an alias that does not exist as "no answer".
            if (alias != null && !alias.isEmpty() && connections.containsKey(alias)) {
                return alias;
            }
        }
        return meta.connection();
    }
}
