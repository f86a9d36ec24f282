package dev.tortoise;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.tortoise.exceptions.ConfigurationException;
import dev.tortoise.spi.MessageText;
import dev.tortoise.internal.config.ConfigFileLoader;
import dev.tortoise.internal.config.ConfigMapReader;
import dev.tortoise.internal.config.RouterLoader;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Everything {@code Tortoise.init} needs: connections, apps, routers and time settings. Immutable
 * and validated when built; safe to share between threads.
 *
 * <p>Four ways to make one: {@link #builder()}, {@link #fromMap(Map)} (upstream's config dict),
 * {@link #fromFile(Path)} (the same shape as JSON or YAML) and {@link #fromDbUrl(String, Map)}.
 * Every validation failure is a {@link ConfigurationException} that keeps upstream's wording and
 * names the key, app, connection alias or file at fault. Passwords never appear in
 * {@link #toString()} or in messages. Nothing here opens a connection; only {@link #fromFile} does I/O.
 */
public final class TortoiseConfig {

    /** The connection alias apps use when they name none. */
    public static final String DEFAULT_CONNECTION = "default";
    /** The time zone used when none is configured. */
    public static final String DEFAULT_TIMEZONE = "UTC";

    private static final Logger LOG = LoggerFactory.getLogger(TortoiseConfig.class);

    private final Map<String, ConnectionConfig> connections;
    private final Map<String, DataSourceConnection> dataSources;
    private final List<String> aliases;
    private final Map<String, AppConfig> apps;
    private final List<Object> routers;
    private final boolean useTz;
    private final String timezone;
    private final Function<Class<?>, String> tableNameGenerator;
    private final boolean createDb;
    private final ObjectMapper jsonMapper;
    private final List<StatementListener> statementListeners;

    private TortoiseConfig(Map<String, Object> all, Map<String, AppConfig> apps, Builder builder) {
        Map<String, ConnectionConfig> byCredentials = new LinkedHashMap<>();
        Map<String, DataSourceConnection> byDataSource = new LinkedHashMap<>();
        all.forEach((alias, connection) -> {
            if (connection instanceof DataSourceConnection ds) {
                byDataSource.put(alias, ds);
            } else {
                byCredentials.put(alias, (ConnectionConfig) connection);
            }
        });
        this.connections = Collections.unmodifiableMap(byCredentials);
        this.dataSources = Collections.unmodifiableMap(byDataSource);
        this.aliases = List.copyOf(all.keySet());
        this.apps = Collections.unmodifiableMap(apps);
        this.routers = List.copyOf(builder.routers);
        this.useTz = builder.useTz;
        this.timezone = builder.timezone;
        this.tableNameGenerator = builder.tableNameGenerator;
        this.createDb = builder.createDb;
        this.jsonMapper = builder.jsonMapper == null ? null : builder.jsonMapper.copy();
        this.statementListeners = List.copyOf(builder.statementListeners);
    }

    /** A builder with no connections and no apps, {@code useTz} false and time zone UTC. */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Reads upstream's config dict: {@code connections} (alias to a DB URL or to
     * {@code {"engine": ..., "credentials": {...}}}), {@code apps} (label to {@code {"models": [...],
     * "default_connection": ...}}), optional {@code routers} (class names), {@code use_tz} and
     * {@code timezone}. Connection and app order is the map's iteration order, so pass a
     * {@link LinkedHashMap} (JSON and YAML files keep their order).
     *
     * @throws ConfigurationException for a missing section, an unknown key (listing the valid ones),
     *     a value of the wrong type, a bad URL, or an app that refers to an unknown connection
     */
    public static TortoiseConfig fromMap(Map<String, ?> config) {
        return ConfigMapReader.read(config);
    }

    /**
     * Reads a {@code .json}, {@code .yml} or {@code .yaml} file holding the {@link #fromMap} shape.
     * The extension is matched case-sensitively. Blocks while reading the file.
     *
     * @throws ConfigurationException {@code Unknown config extension .ini, only .yml and .json are
     *     supported} for any other extension; a ConfigurationException naming the path when the file
     *     does not exist, cannot be read or does not parse (unlike upstream, which lets the
     *     platform's file-not-found error through); and every {@link #fromMap} error, prefixed with the path
     */
    public static TortoiseConfig fromFile(Path file) {
        Map<String, Object> map = ConfigFileLoader.load(file);
        try {
            return ConfigMapReader.read(map);
        } catch (ConfigurationException e) {
            throw new ConfigurationException("Config file " + file.toAbsolutePath() + ": " + e.getMessage(), e);
        }
    }

    /**
     * Upstream's {@code db_url} + {@code modules}: one connection named {@code default} from the URL
     * and one app per entry of {@code modules}, in its order, all on that connection.
     *
     * @throws ConfigurationException for a bad URL, or when {@code modules} is null or empty
     *     ({@code You must specify "db_url" and "modules" together})
     */
    public static TortoiseConfig fromDbUrl(String dbUrl, Map<String, List<String>> modules) {
        return DbUrl.generateConfig(dbUrl, modules, DEFAULT_CONNECTION, false);
    }

    /** A builder holding this configuration, to derive a changed copy. */
    public Builder toBuilder() {
        Builder builder = new Builder();
        for (String alias : aliases) {
            if (dataSources.containsKey(alias)) {
                builder.connection(alias, dataSources.get(alias).dataSource(), dataSources.get(alias).engine());
            } else {
                builder.connection(alias, connections.get(alias));
            }
        }
        apps.values().forEach(app -> builder.app(app.label(), app.models(), app.defaultConnection(), app.migrations()));
        return builder.routers(routers).useTz(useTz).timezone(timezone)
                .tableNameGenerator(tableNameGenerator).createDb(createDb).jsonMapper(jsonMapper)
                .statementListeners(statementListeners);
    }

    /**
     * Connection alias to its expanded, canonical configuration, in configuration order, for the
     * connections given by URL or credentials (not those given as a {@code DataSource}, see
     * {@link #dataSources()}). Unmodifiable.
     */
    public Map<String, ConnectionConfig> connections() {
        return connections;
    }

    /** Connection alias to the caller's {@code DataSource} and engine, for connections given so. Unmodifiable. */
    public Map<String, DataSourceConnection> dataSources() {
        return dataSources;
    }

    /** Every connection alias, of both kinds, in configuration order. */
    public List<String> aliases() {
        return aliases;
    }

    /**
     * The configuration of one connection.
     *
     * @throws ConfigurationException naming the alias and the configured ones when it is unknown
     */
    public ConnectionConfig connection(String alias) {
        ConnectionConfig config = connections.get(alias);
        if (config == null) {
            throw new ConfigurationException("Unknown connection " + MessageText.quote(alias) + "; configured connections: "
                    + String.join(", ", connections.keySet()));
        }
        return config;
    }

    /** App label to app, in configuration order. Unmodifiable. */
    public Map<String, AppConfig> apps() {
        return apps;
    }

    /**
     * The routers as configured: {@link Router} instances, {@code Class<? extends Router>} objects
     * and class names, in the order they are asked. Class names are loaded at init.
     */
    public List<Object> routers() {
        return routers;
    }

    /** Whether datetimes are time-zone aware (upstream {@code use_tz}); default false. */
    public boolean useTz() {
        return useTz;
    }

    /** The time zone ID, default {@code UTC}. */
    public String timezone() {
        return timezone;
    }

    /** {@link #timezone()} as a {@link ZoneId}. */
    public ZoneId zone() {
        return ZoneId.of(timezone);
    }

    /** Computes table names of models without {@code @Meta(table)}, when set. */
    public Optional<Function<Class<?>, String>> tableNameGenerator() {
        return Optional.ofNullable(tableNameGenerator);
    }

    /** Whether init creates each connection's database first (upstream {@code _create_db}); default false. */
    public boolean createDb() {
        return createDb;
    }

    /** The listeners of every statement, in the order they are called. */
    public List<StatementListener> statementListeners() {
        return statementListeners;
    }

    /** A copy of the Jackson mapper for {@code JSONField} values and model JSON, when one was set. */
    public Optional<ObjectMapper> jsonMapper() {
        return Optional.ofNullable(jsonMapper).map(ObjectMapper::copy);
    }

    /** Every setting, with passwords shown as {@code ***}. */
    @Override
    public String toString() {
        List<String> routerNames = routers.stream().map(RouterLoader::describe).toList();
        return "TortoiseConfig{connections=" + connections + (dataSources.isEmpty() ? "" : ", dataSources=" + dataSources)
                + ", apps=" + apps.values()
                + ", routers=" + routerNames + ", useTz=" + useTz + ", timezone=" + timezone
                + ", tableNameGenerator=" + (tableNameGenerator == null ? "none" : "set")
                + ", createDb=" + createDb + ", jsonMapper=" + (jsonMapper == null ? "standard" : "set") + "}";
    }

    /**
     * Collects a configuration; {@link #build()} validates and freezes it. Not thread-safe; a
     * builder may build several configurations, and later changes never affect built ones.
     */
    public static final class Builder {
        private final List<ConnectionDraft> connections = new ArrayList<>();
        private final List<AppConfigDraft> apps = new ArrayList<>();
        private final List<Object> routers = new ArrayList<>();
        private boolean useTz;
        private String timezone = DEFAULT_TIMEZONE;
        private Function<Class<?>, String> tableNameGenerator;
        private boolean createDb;
        private ObjectMapper jsonMapper;
        private final List<StatementListener> statementListeners = new ArrayList<>();

        private Builder() {
        }

        /** Adds a connection given by DB URL (see {@link DbUrl}); expanded by {@link #build()}. */
        public Builder connection(String alias, String url) {
            connections.add(new ConnectionDraft(alias, url));
            return this;
        }

        /** Adds a connection given by engine name or alias and backend credentials (copied now). */
        public Builder connection(String alias, String engine, Map<String, ?> credentials) {
            Map<String, Object> copy = credentials == null ? null : new LinkedHashMap<>(credentials);
            connections.add(new ConnectionDraft(alias, new ExplicitConnection(engine, copy)));
            return this;
        }

        /** Adds a connection already expanded, for example by {@link DbUrl#expand(String)}. */
        public Builder connection(String alias, ConnectionConfig config) {
            connections.add(new ConnectionDraft(alias, config));
            return this;
        }

        /**
         * Adds a connection on a {@link DataSource} that the caller owns (an application's pool,
         * Spring's): Tortoise borrows its connections and gives them back, and never closes it,
         * also not in {@link Tortoise#close()}. Transactions, savepoints and streams work as on
         * any connection; inside a transaction of an outer manager that the data source takes
         * part in (a {@link dev.tortoise.spi.jdbc.ManagedDataSource}, as the Spring Boot starter
         * makes), Tortoise's calls join that transaction. The data source's own session settings
         * apply ({@code sql_mode}, {@code search_path}); {@code createDb} and {@code dropDatabases}
         * leave its database alone.
         *
         * @param engine an engine name or alias ({@code postgres}, {@code tortoise.backends.mysql}),
         *               or {@code "auto"}: init borrows one connection to read the database product
         *               from its JDBC metadata and asks each backend whether it recognises it
         */
        public Builder connection(String alias, DataSource dataSource, String engine) {
            connections.add(new ConnectionDraft(alias, new DataSourceDraft(dataSource, engine)));
            return this;
        }

        /** Adds an app whose models use the connection {@code defaultConnection} (null means {@code default}). */
        public Builder app(String label, List<String> models, String defaultConnection) {
            return app(label, models, defaultConnection, null);
        }

        /**
         * Adds an app whose migration classes live in the package {@code migrations} (upstream's
         * {@code "migrations"} key; null for none), its models on {@code defaultConnection} (null
         * means {@code default}).
         */
        public Builder app(String label, List<String> models, String defaultConnection, String migrations) {
            apps.add(new AppConfigDraft(label, models == null ? null : new ArrayList<>(models), defaultConnection,
                    migrations));
            return this;
        }

        /** Adds an app on the {@code default} connection. */
        public Builder app(String label, List<String> models) {
            return app(label, models, null);
        }

        /**
         * Sets the routers, asked in this order: {@link Router} instances, router classes, or
         * fully qualified class names of classes with a public no-argument constructor.
         */
        public Builder routers(Object... routers) {
            return routers(routers == null ? null : Arrays.asList(routers));
        }

        /** Sets the routers from a list; see {@link #routers(Object...)}. Null means none. */
        public Builder routers(List<?> routers) {
            this.routers.clear();
            if (routers != null) {
                this.routers.addAll(routers);
            }
            return this;
        }

        /** Whether datetimes are time-zone aware. */
        public Builder useTz(boolean useTz) {
            this.useTz = useTz;
            return this;
        }

        /** The time zone ID, such as {@code UTC} or {@code Europe/Paris}; null means UTC. Checked by {@link #build()}. */
        public Builder timezone(String timezone) {
            this.timezone = timezone == null ? DEFAULT_TIMEZONE : timezone;
            return this;
        }

        /** Table names for models without {@code @Meta(table)}; null means the lowercased class name. */
        public Builder tableNameGenerator(Function<Class<?>, String> generator) {
            this.tableNameGenerator = generator;
            return this;
        }

        /** Whether init creates each connection's database first (upstream {@code _create_db}). */
        public Builder createDb(boolean createDb) {
            this.createDb = createDb;
            return this;
        }

        /**
         * The Jackson mapper that reads and writes {@code JSONField} values and model JSON
         * ({@code ModelJson}), for example one with {@code JavaTimeModule} so that a record holding
         * a {@code LocalDate} can be stored. {@link #build()} takes a copy, so later changes to
         * {@code mapper} do not reach the configuration; NaN and infinities stay refused. Null
         * means the standard mapper (unknown properties ignored on read).
         */
        public Builder jsonMapper(ObjectMapper mapper) {
            this.jsonMapper = mapper;
            return this;
        }

        /**
         * Adds a listener of every statement of every connection, called in the order added
         * (metrics, tracing, slow-query logs); see {@link StatementListener}.
         */
        public Builder statementListener(StatementListener listener) {
            statementListeners.add(java.util.Objects.requireNonNull(listener, "listener"));
            return this;
        }

        /** Replaces the statement listeners with these. */
        public Builder statementListeners(List<StatementListener> listeners) {
            statementListeners.clear();
            listeners.forEach(this::statementListener);
            return this;
        }

        /**
         * Validates and freezes the configuration: URLs are expanded, engines canonicalised,
         * credentials typed, apps checked against the connections, router entries and the time zone checked.
         *
         * @throws ConfigurationException naming the connection, app, router entry or setting at fault
         */
        public TortoiseConfig build() {
            Map<String, Object> built = ConfigAssembly.connections(connections);
            Map<String, AppConfig> builtApps = ConfigAssembly.apps(apps, built.keySet());
            RouterLoader.check(routers);
            ConfigAssembly.checkTimezone(timezone);
            TortoiseConfig config = new TortoiseConfig(built, builtApps, this);
            LOG.debug("Built {}", config);
            return config;
        }
    }

    /** A connection as given to the builder: a URL, an {@link ExplicitConnection} or a {@link ConnectionConfig}. */
    record ConnectionDraft(String alias, Object source) {
    }

    /**
     * A connection on a {@link DataSource} that the caller owns.
     *
     * @param engine     the canonical engine name, or {@code "auto"} (detected at init)
     * @param dataSource the caller's data source; Tortoise never closes it
     */
    public record DataSourceConnection(String engine, DataSource dataSource) {

        /** Shows the engine and the data source's class, never its settings. */
        @Override
        public String toString() {
            return "DataSource[engine=" + engine + ", " + dataSource.getClass().getName() + "]";
        }
    }

    /** A data source and engine as given to the builder, checked by {@link Builder#build()}. */
    record DataSourceDraft(DataSource dataSource, String engine) {
    }

    /** An engine and credentials as given to the builder, checked by {@link Builder#build()}. */
    record ExplicitConnection(String engine, Map<String, Object> credentials) {
    }

    /** An app as given to the builder, checked by {@link Builder#build()}. */
    record AppConfigDraft(String label, List<String> models, String defaultConnection, String migrations) {
    }
}
