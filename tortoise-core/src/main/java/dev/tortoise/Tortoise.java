package dev.tortoise;

import dev.tortoise.exceptions.ConfigurationException;
import dev.tortoise.exceptions.ParamsException;
import dev.tortoise.exceptions.TortoiseException;
import dev.tortoise.internal.backend.BackendRegistry;
import dev.tortoise.internal.backend.CredentialCheck;
import dev.tortoise.internal.backend.EngineDetection;
import dev.tortoise.internal.runtime.TransactionRetry;
import dev.tortoise.internal.config.RouterLoader;
import dev.tortoise.internal.meta.AppSpec;
import dev.tortoise.internal.meta.ModelDescriber;
import dev.tortoise.internal.meta.ModelRegistry;
import dev.tortoise.internal.types.JsonMapping;
import dev.tortoise.internal.runtime.ConnectionRuntime;
import dev.tortoise.internal.runtime.OpenedInstances;
import dev.tortoise.internal.runtime.PlatformFit;
import dev.tortoise.internal.runtime.SchemaRunner;
import dev.tortoise.internal.runtime.TortoiseRuntime;
import dev.tortoise.spi.BackendProvider;
import dev.tortoise.spi.DbClient;
import dev.tortoise.spi.Platform;
import dev.tortoise.spi.PlatformConfig;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An initialised Tortoise: its connections, its apps and their models. Create one with an
 * {@code init} method and close it when done, ideally with try-with-resources.
 *
 * <p>{@code init} discovers the models, validates them, resolves their relations and creates one
 * client per connection, but opens no connection: the first call that needs a database connects.
 * A credential key or URL parameter that the connection's backend does not know is reported as one
 * WARN per connection on this class's logger, naming the key and the keys the backend knows.
 * While the instance is open its model classes are bound to it (a model class belongs to at most
 * one open instance); {@link #close()} releases them and closes every pool. Instances are
 * thread-safe.
 */
public final class Tortoise implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(Tortoise.class);

    private final TortoiseRuntime runtime;
    private final AtomicBoolean closed = new AtomicBoolean();
    private volatile Instant closedAt;

    private Tortoise(TortoiseRuntime runtime) {
        this.runtime = runtime;
    }

    /**
     * Initialises from a configuration: creates the clients, discovers and resolves the models,
     * loads the routers, and creates the databases when the configuration asks for it. Every
     * configuration error (engine, model, module, router, model ownership) is found before any
     * database is created, and if anything fails, whatever was opened is closed again before the
     * exception propagates. Blocks only when {@code createDb} is set (one round-trip per server).
     *
     * @throws ConfigurationException for an unknown engine, a bad model or module, a relation that
     *                                cannot be resolved, a router that cannot be loaded, or a model
     *                                already owned by another open instance
     */
    public static Tortoise init(TortoiseConfig config) {
        Objects.requireNonNull(config, "config");
        Map<String, BackendProvider> providers = new LinkedHashMap<>();
        config.connections().forEach((alias, connection) ->
                providers.put(alias, BackendRegistry.get().provider(connection.engine())));
        // A mistyped key (maxsise) would otherwise be ignored without a word.
        config.connections().forEach((alias, connection) ->
                CredentialCheck.unknownKeys(alias, providers.get(alias), connection.credentials()).ifPresent(LOG::warn));
        config.dataSources().forEach((alias, connection) -> providers.put(alias,
                connection.engine().equals(EngineDetection.AUTO) ? EngineDetection.detect(alias, connection.dataSource())
                        : BackendRegistry.get().provider(connection.engine())));
        List<AppSpec> apps = new ArrayList<>();
        for (AppConfig app : config.apps().values()) {
            apps.add(new AppSpec(app.label(), app.models(), app.defaultConnection()));
        }
        ModelRegistry registry = ModelRegistry.build(apps, config.tableNameGenerator().orElse(null),
                JsonMapping.of(config.jsonMapper().orElse(null)));
        List<Router> routers = RouterLoader.load(config.routers());

        Map<String, DbClient> clients = new LinkedHashMap<>();
        TortoiseRuntime runtime = null;
        try {
            Map<String, ConnectionRuntime> connections = new LinkedHashMap<>();
            for (String alias : config.aliases()) {
                BackendProvider provider = providers.get(alias);
                TortoiseConfig.DataSourceConnection external = config.dataSources().get(alias);
                Map<String, Object> credentials = external == null ? config.connection(alias).credentials() : Map.of();
                Platform platform = provider.platform(new PlatformConfig(alias, credentials, config.useTz(), config.zone()));
                DbClient client = external == null ? provider.createClient(alias, credentials)
                        : provider.createClient(alias, external.dataSource());
                clients.put(alias, client);
                for (StatementListener listener : config.statementListeners()) {
                    if (!client.observe(listener)) {
                        LOG.warn("Connection '{}': its client {} does not report statements; statement listeners"
                                + " see nothing of it", alias, client.getClass().getName());
                        break;
                    }
                }
                connections.put(alias, ConnectionRuntime.of(alias, client, platform));
            }
            PlatformFit.check(registry, connections); // e.g. @ArrayField only where the platform has arrays
            runtime = new TortoiseRuntime(config, registry, connections, Collections.unmodifiableMap(providers), routers);
            runtime.open(); // binds the models: the last check that can reject the configuration
            if (config.createDb()) {
                config.connections().forEach((alias, connection) ->
                        providers.get(alias).createDatabase(connection.credentials()));
            }
            Tortoise tortoise = new Tortoise(runtime);
            OpenedInstances.record(tortoise);
            LOG.debug("Tortoise initialised: {} models in apps {} on connections {}",
                    registry.models().size(), registry.apps().keySet(), clients.keySet());
            return tortoise;
        } catch (RuntimeException | Error e) {
            if (runtime != null) {
                runtime.release(); // a no-op when open() itself failed: bind is all or nothing
            }
            clients.values().forEach(client -> closeQuietly(client, e));
            throw e;
        }
    }

    /**
     * Initialises from one database URL; the connection is named {@code default} and every app is
     * bound to it (upstream {@code db_url} plus {@code modules}).
     *
     * @param dbUrl   for example {@code sqlite://db.sqlite3} or {@code postgres://user@host/db}
     * @param modules app label to its model modules (packages, or classes holding nested models)
     * @throws ConfigurationException as {@link #init(TortoiseConfig)}, or for a bad URL
     */
    public static Tortoise init(String dbUrl, Map<String, List<String>> modules) {
        return init(TortoiseConfig.fromDbUrl(dbUrl, modules));
    }

    /**
     * Initialises from a {@code .json}, {@code .yml} or {@code .yaml} file in upstream's config shape.
     *
     * @throws ConfigurationException for a missing file, an unknown extension, or as {@link #init(TortoiseConfig)}
     */
    public static Tortoise init(Path configFile) {
        return init(TortoiseConfig.fromFile(configFile));
    }

    /**
     * Runs a block on a new virtual thread, waits for it, and closes every Tortoise instance that
     * the block's thread opened and left open. Whatever the block throws comes out unchanged.
     *
     * @throws X whatever the block throws
     * @throws TortoiseException when the calling thread is interrupted while waiting
     */
    public static <T, X extends Exception> T runAsync(Block<T, X> block) throws X {
        return OpenedInstances.runClosingLeftovers(block);
    }

    /** Creates every table of every connection, skipping those that exist (safe mode). */
    public void generateSchemas() {
        generateSchemas(true);
    }

    /**
     * Creates every table of every connection, in dependency order.
     *
     * @param safe whether to add {@code IF NOT EXISTS}, so existing tables and indexes are kept
     * @throws dev.tortoise.exceptions.OperationalException when a table exists and {@code safe} is false
     * @throws ConfigurationException for an invalid {@code UniqueTogether} or {@code Index}
     */
    public void generateSchemas(boolean safe) {
        checkOpen();
        for (String alias : runtime.clients().keySet()) {
            SchemaRunner.generate(runtime, alias, safe);
        }
    }

    /**
     * The DDL that {@link #generateSchemas(boolean)} would run on one connection, as one string of
     * {@code ;}-terminated statements separated by new lines. Touches no database.
     *
     * @throws ConfigurationException for an unknown connection alias
     */
    public String getSchemaSql(String connection, boolean safe) {
        checkOpen();
        return SchemaRunner.sql(runtime, connection, safe);
    }

    /**
     * The migrator of the apps that have a migrations package ({@link AppConfig#migrations()}):
     * writes migrations from the models and applies or reverses them (upstream's {@code tortoise}
     * migration commands).
     *
     * @throws ConfigurationException on a closed instance
     */
    public dev.tortoise.migrations.Migrator migrations() {
        checkOpen();
        return new dev.tortoise.internal.migrations.MigrationRunner(runtime);
    }

    /**
     * The client of a connection alias (upstream {@code get_connection}).
     *
     * @throws ConfigurationException for an unknown alias or a closed instance
     */
    public DbClient connection(String alias) {
        checkOpen();
        return runtime.client(alias);
    }

    /** Every configured connection, in configuration order. */
    public Map<String, DbClient> connections() {
        checkOpen();
        return runtime.clients();
    }

    /** App label to its model classes, in discovery order. */
    public Map<String, List<Class<? extends Model>>> apps() {
        checkOpen();
        Map<String, List<Class<? extends Model>>> apps = new LinkedHashMap<>();
        runtime.registry().apps().forEach((label, models) -> {
            List<Class<? extends Model>> classes = new ArrayList<>();
            models.forEach(meta -> classes.add(meta.modelClass()));
            apps.put(label, List.copyOf(classes));
        });
        return Collections.unmodifiableMap(apps);
    }

    /**
     * Upstream's {@code describe_models}: {@code "app.Class"} to a description of the model with
     * JSON-safe values only (maps, lists, strings, numbers, booleans and nulls).
     */
    public Map<String, Map<String, Object>> describeModels() {
        checkOpen();
        return ModelDescriber.describe(runtime.registry(), BackendRegistry.get().columnTypes());
    }

    /**
     * Runs the block in a transaction on the only connection and returns its value.
     *
     * @throws ParamsException when several connections are configured (use the alias form)
     * @throws X whatever the block throws, after the rollback
     */
    public <T, X extends Exception> T inTransaction(Block<T, X> block) throws X {
        checkOpen();
        if (runtime.clients().size() != 1) {
            throw new ParamsException("You are running with multiple databases, so you should specify connection_name: "
                    + new ArrayList<>(runtime.clients().keySet()));
        }
        return inTransaction(runtime.clients().keySet().iterator().next(), block);
    }

    /**
     * Runs the block in a transaction on one connection and returns its value. Every model call
     * that the calling thread makes on that connection inside the block joins the transaction; a
     * nested call is a savepoint. When the block throws, the transaction (or savepoint) is rolled
     * back and the exception comes out unchanged.
     *
     * @throws ConfigurationException for an unknown alias
     * @throws X whatever the block throws, after the rollback
     */
    public <T, X extends Exception> T inTransaction(String alias, Block<T, X> block) throws X {
        checkOpen();
        return runtime.client(alias).inTransaction(block);
    }

    /**
     * {@link #inTransaction(String, Block)}, run again from its start while the database rolls it
     * back because of other transactions (an {@link dev.tortoise.exceptions.OperationalException}
     * whose {@code isRetryable()} is true: a {@link dev.tortoise.exceptions.DeadlockException} or a
     * {@link dev.tortoise.exceptions.SerializationException}), at most {@code attempts} times in all,
     * with a short random pause (a few milliseconds, growing) before each new attempt. Any other
     * exception, and the last retryable one, comes out unchanged. Inside another transaction on the
     * same connection nothing is retried (the block is a savepoint; the outer transaction is what
     * must run again). Blocks while it waits.
     *
     * @param attempts how many times the block may run, at least 1
     * @throws ParamsException when {@code attempts} is less than 1
     * @throws X whatever the block throws, after the rollback
     */
    public <T, X extends Exception> T inTransaction(String alias, int attempts, Block<T, X> block) throws X {
        if (attempts < 1) {
            throw new ParamsException("inTransaction needs at least 1 attempt, got " + attempts);
        }
        return inTransaction(alias, TxOptions.defaults().retryOn(TxOptions.Conflict.SERIALIZATION_FAILURE, attempts)
                .retryOn(TxOptions.Conflict.DEADLOCK, attempts), block);
    }

    /**
     * Runs the block in a transaction on the only connection, with options: isolation, read-only,
     * propagation and retry on conflicts (see {@link TxOptions}).
     *
     * @throws ParamsException when several connections are configured (use the alias form)
     * @throws X whatever the block throws, after the rollback (the last attempt's, when retried)
     */
    public <T, X extends Exception> T inTransaction(TxOptions options, Block<T, X> block) throws X {
        checkOpen();
        if (runtime.clients().size() != 1) {
            throw new ParamsException("You are running with multiple databases, so you should specify connection_name: "
                    + new ArrayList<>(runtime.clients().keySet()));
        }
        return inTransaction(runtime.clients().keySet().iterator().next(), options, block);
    }

    /**
     * Runs the block in a transaction on one connection, with options (see {@link TxOptions}).
     * With {@code retryOn}, a block whose transaction the database rolled back for a conflict
     * (serialization failure, deadlock) runs again from its start, after a short random pause,
     * until it succeeds or the attempts are used up; each retry is logged at DEBUG on
     * {@code dev.tortoise.Tortoise}.
     *
     * @throws ConfigurationException for an unknown alias
     * @throws dev.tortoise.exceptions.TransactionManagementException for {@code REQUIRES_NEW} where a
     *         second transaction cannot be opened (SQLite, an outer manager's transaction)
     * @throws X whatever the block throws, after the rollback (the last attempt's, when retried)
     */
    public <T, X extends Exception> T inTransaction(String alias, TxOptions options, Block<T, X> block) throws X {
        checkOpen();
        return TransactionRetry.run(runtime.client(alias), options, block);
    }

    /**
     * Closes every pool Tortoise created and releases the models (a {@code DataSource} the caller
     * gave stays open). Idempotent. Afterwards every method of this
     * instance, and every query on its models, throws {@link ConfigurationException}.
     */
    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        closedAt = Instant.now();
        runtime.release();
        RuntimeException failure = null;
        for (DbClient client : runtime.clients().values()) {
            try {
                client.close();
            } catch (RuntimeException e) {
                if (failure == null) {
                    failure = e;
                } else {
                    failure.addSuppressed(e);
                }
            }
        }
        OpenedInstances.forget(this);
        LOG.debug("Tortoise closed: connections {}", runtime.clients().keySet());
        if (failure != null) {
            throw failure;
        }
    }

    /**
     * Closes this instance, then drops the database of every connection (upstream
     * {@code _drop_databases}, the counterpart of {@code createDb}): PostgreSQL and MySQL drop the
     * configured database on a server-level connection, SQLite deletes its file. Meant for tests
     * and throw-away environments. Blocks until every server has answered.
     *
     * @throws ConfigurationException when this instance is already closed
     * @throws dev.tortoise.exceptions.DbConnectionException when a server cannot be reached
     */
    public void dropDatabases() {
        checkOpen();
        close();
        runtime.config().connections().forEach((alias, connection) ->
                runtime.provider(alias).dropDatabase(connection.credentials()));
    }

    /** Whether {@link #close()} has run. */
    public boolean isClosed() {
        return closed.get();
    }

    @Override
    public String toString() {
        return "Tortoise" + (isClosed() ? "[closed]" : "") + "{connections=" + runtime.clients().keySet()
                + ", apps=" + runtime.registry().apps().keySet() + "}";
    }

    private void checkOpen() {
        if (closed.get()) {
            throw new ConfigurationException("This Tortoise instance was closed at " + closedAt
                    + ": init a new one to use connections " + runtime.clients().keySet() + " again");
        }
    }

    private static void closeQuietly(DbClient client, Throwable failure) {
        try {
            client.close();
        } catch (RuntimeException e) {
            failure.addSuppressed(e);
        }
    }
}
