package dev.tortoise.spi;

import static dev.tortoise.internal.config.Engines.MYSQL;
import static dev.tortoise.internal.config.Engines.POSTGRES;
import static dev.tortoise.internal.config.Engines.SQLITE;
import static dev.tortoise.spi.CredentialKeySpec.key;

import dev.tortoise.exceptions.ConfigurationException;
import dev.tortoise.internal.config.CredentialValues;
import dev.tortoise.internal.config.Engines;
import dev.tortoise.internal.config.Secrets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Every credential key a built-in backend understands: its wire name (as written in a
 * configuration or a URL query string), the engines it applies to, its Java type, its default per
 * engine and what it means. This is the one place that documents, types and defaults credentials.
 *
 * <p>Backends read values through the typed helpers, which apply the engine's default when the key
 * is absent, for example {@code CredentialKey.MAXSIZE.intValue(credentials, engine)}. Engines may be
 * given canonically ({@code tortoise.backends.postgres}) or by alias ({@code postgresql}).
 *
 * <p>Keys not declared here are passed through as given (as strings when they come from a URL).
 * On SQLite, every key that is not declared as a non-PRAGMA key becomes {@code PRAGMA key=value}
 * (see {@link #isSqlitePragma(String)}); the SQLite backend runs the declared PRAGMA defaults
 * first, so that they apply whether the connection came from a URL or a map.
 *
 * <p>Nothing here blocks. Conversion failures are {@link ConfigurationException}s that name the key;
 * values of secret keys are never quoted.
 */
public enum CredentialKey {

    /** All engines: the connection's alias. Tortoise supplies it; a configuration never needs to. Not a PRAGMA. */
    CONNECTION_NAME(key("connection_name", String.class).on(SQLITE).on(POSTGRES).on(MYSQL).notPragma()
            .means("the alias of the connection, supplied by Tortoise")),

    /** SQLite: the database file, relative to the working directory; {@code :memory:} is an in-memory database. Required. */
    FILE_PATH(key("file_path", String.class).on(SQLITE).required().notPragma()
            .means("database file, relative to the working directory, or :memory:")),
    /** SQLite: {@code PRAGMA journal_mode}; default {@code WAL} (also written out by URL expansion). */
    JOURNAL_MODE(key("journal_mode", String.class).on(SQLITE, "WAL").fromUrl()
            .means("PRAGMA journal_mode")),
    /** SQLite: {@code PRAGMA journal_size_limit} in bytes; default 16384 (also written out by URL expansion). */
    JOURNAL_SIZE_LIMIT(key("journal_size_limit", Integer.class).on(SQLITE, 16384).fromUrl()
            .means("PRAGMA journal_size_limit, in bytes")),
    /** SQLite: {@code PRAGMA foreign_keys}; default {@code ON}, so that foreign keys are enforced. */
    FOREIGN_KEYS(key("foreign_keys", String.class).on(SQLITE, "ON")
            .means("PRAGMA foreign_keys (ON enforces foreign key constraints)")),
    /**
     * SQLite: milliseconds a statement keeps being retried while another connection holds the
     * file's lock; default 5000. Not a PRAGMA: the retry waits in Java, so that a waiting virtual
     * thread unmounts (SQLite's own busy handler would hold its carrier in native code), and the
     * backend sets SQLite's {@code PRAGMA busy_timeout} to 0.
     */
    BUSY_TIMEOUT(key("busy_timeout", Integer.class).on(SQLITE, 5000).notPragma()
            .means("milliseconds to retry while the database file is locked (waits in Java)")),
    /** SQLite: upstream's switch for REGEXP functions; default false. Accepted, no effect yet. Not a PRAGMA. */
    INSTALL_REGEXP_FUNCTIONS(key("install_regexp_functions", Boolean.class).on(SQLITE, false).notPragma()
            .means("upstream's switch for REGEXP functions; accepted, no effect yet")),
    /** SQLite: accepted from upstream configurations; not a PRAGMA. */
    FETCH_INSERTED(key("fetch_inserted", Boolean.class).on(SQLITE).notPragma()
            .means("upstream client option, accepted and not sent as a PRAGMA")),

    /** PostgreSQL, MySQL: server host name or address; default {@code localhost}. */
    HOST(key("host", String.class).on(POSTGRES, "localhost").on(MYSQL, "localhost")
            .means("server host name or address")),
    /** PostgreSQL (default 5432), MySQL (default 3306): server TCP port, added by URL expansion. */
    PORT(key("port", Integer.class).on(POSTGRES, 5432).on(MYSQL, 3306).fromUrl()
            .means("server TCP port")),
    /** PostgreSQL, MySQL: user name; absent means the driver's default. */
    USER(key("user", String.class).on(POSTGRES).on(MYSQL)
            .means("user name to log in with")),
    /**
     * PostgreSQL (absent: none), MySQL (default empty, as upstream): password. Secret: never shown in
     * messages, logs or {@code toString()}.
     */
    PASSWORD(key("password", String.class).on(POSTGRES).on(MYSQL, "")
            .means("password to log in with (never shown)")),
    /** PostgreSQL, MySQL: database name; absent means the server's default. */
    DATABASE(key("database", String.class).on(POSTGRES).on(MYSQL)
            .means("database to connect to")),
    /** PostgreSQL, MySQL: connections the pool keeps open; default 1. */
    MINSIZE(key("minsize", Integer.class).on(POSTGRES, 1).on(MYSQL, 1)
            .means("fewest pooled connections kept open")),
    /** PostgreSQL, MySQL: most connections the pool opens; default 5. */
    MAXSIZE(key("maxsize", Integer.class).on(POSTGRES, 5).on(MYSQL, 5)
            .means("most pooled connections")),
    /** PostgreSQL: the asyncpg spelling of {@link #MINSIZE}, read by it when {@code minsize} is absent. */
    MIN_SIZE(key("min_size", Integer.class).on(POSTGRES, 1).spellingOf("minsize")
            .means("asyncpg spelling of minsize")),
    /** PostgreSQL: the asyncpg spelling of {@link #MAXSIZE}, read by it when {@code maxsize} is absent. */
    MAX_SIZE(key("max_size", Integer.class).on(POSTGRES, 5).spellingOf("maxsize")
            .means("asyncpg spelling of maxsize")),
    /**
     * PostgreSQL, MySQL: connect with TLS (true) or without (false); a backend also takes its
     * driver's mode names (PostgreSQL {@code require}, {@code verify-full}...). Absent means the
     * driver's default: pgjdbc's {@code prefer} (TLS when the server offers it), no TLS on MySQL.
     */
    SSL(key("ssl", Boolean.class).on(POSTGRES).on(MYSQL)
            .means("connect with TLS; absent: the driver's default")),

    /** PostgreSQL: schema that becomes the connection's {@code search_path}; absent means the server's default. */
    SCHEMA(key("schema", String.class).on(POSTGRES)
            .means("schema set as search_path")),
    /** PostgreSQL: {@code application_name} reported to the server. */
    APPLICATION_NAME(key("application_name", String.class).on(POSTGRES)
            .means("application_name reported to the server")),
    /** PostgreSQL: map of server settings applied to each connection. Cannot come from a URL. */
    SERVER_SETTINGS(key("server_settings", Map.class).on(POSTGRES)
            .means("server settings applied to each connection")),
    /** PostgreSQL: seconds to wait while a connection opens; default 10 (pgjdbc's), 0 waits without limit. */
    TIMEOUT(key("timeout", Double.class).on(POSTGRES, 10.0)
            .means("seconds to wait while a connection opens")),
    /** PostgreSQL: asyncpg pool option, typed for compatibility with upstream URLs. */
    MAX_QUERIES(key("max_queries", Integer.class).on(POSTGRES)
            .means("asyncpg: queries before a connection is replaced")),
    /**
     * PostgreSQL: asyncpg's seconds an idle pooled connection is kept, typed for compatibility with
     * upstream URLs; no effect (HikariCP closes idle connections above {@code minsize} after 10 minutes).
     */
    MAX_INACTIVE_CONNECTION_LIFETIME(key("max_inactive_connection_lifetime", Double.class).on(POSTGRES)
            .means("asyncpg: seconds an idle pooled connection is kept; no effect")),
    /** PostgreSQL: asyncpg prepared-statement cache size, typed for compatibility with upstream URLs. */
    STATEMENT_CACHE_SIZE(key("statement_cache_size", Integer.class).on(POSTGRES)
            .means("asyncpg: prepared statements cached per connection")),
    /** PostgreSQL: asyncpg option, typed for compatibility with upstream URLs. */
    MAX_CACHED_STATEMENT_LIFETIME(key("max_cached_statement_lifetime", Integer.class).on(POSTGRES)
            .means("asyncpg: seconds a cached statement lives")),
    /** PostgreSQL: asyncpg option, typed for compatibility with upstream URLs. */
    MAX_CACHEABLE_STATEMENT_SIZE(key("max_cacheable_statement_size", Integer.class).on(POSTGRES)
            .means("asyncpg: largest statement cached, in bytes")),

    /** MySQL: connection character set; default {@code utf8mb4}, added by URL expansion. */
    CHARSET(key("charset", String.class).on(MYSQL, "utf8mb4").fromUrl()
            .means("connection character set, also used in CREATE TABLE")),
    /** MySQL: session {@code sql_mode}; default {@code STRICT_TRANS_TABLES}, added by URL expansion. */
    SQL_MODE(key("sql_mode", String.class).on(MYSQL, "STRICT_TRANS_TABLES").fromUrl()
            .means("session sql_mode")),
    /**
     * MySQL: the session's {@code default_storage_engine}, which tables created without an
     * {@code ENGINE} clause get (as upstream sets it); absent means the server's default.
     */
    STORAGE_ENGINE(key("storage_engine", String.class).on(MYSQL)
            .means("storage engine of new tables (session default_storage_engine)")),
    /** MySQL: seconds to wait while a connection opens; default 30 (MariaDB Connector/J's), 0 waits without limit. */
    CONNECT_TIMEOUT(key("connect_timeout", Double.class).on(MYSQL, 30.0)
            .means("seconds to wait while a connection opens")),
    /**
     * MySQL: seconds after which a pooled connection is replaced; default 1800 (HikariCP's), at
     * least 30; a negative value (upstream's -1) never replaces them.
     */
    POOL_RECYCLE(key("pool_recycle", Integer.class).on(MYSQL, 1800)
            .means("seconds after which a pooled connection is replaced; negative: never")),
    /**
     * MySQL: upstream's aiomysql switch to log every statement; default false. No effect: statements
     * are logged on the {@code dev.tortoise.db_client} logger at DEBUG.
     */
    ECHO(key("echo", Boolean.class).on(MYSQL, false)
            .means("aiomysql: log every statement; no effect, see logger dev.tortoise.db_client")),
    /** MySQL: upstream's aiomysql switch to decode text as Unicode; default true. No effect: text is always Unicode. */
    USE_UNICODE(key("use_unicode", Boolean.class).on(MYSQL, true)
            .means("aiomysql: decode text as Unicode; no effect, text is always Unicode"));

    private static final Map<String, CredentialKey> BY_NAME = byWireName();
    private static final List<CredentialKey> ALL = List.of(values());

    private final String wireName;
    private final Class<?> type;
    private final Map<String, Object> defaults;
    private final boolean required;
    private final boolean fromUrl;
    private final boolean pragma;
    private final String spellingOf;
    private final String meaning;

    CredentialKey(CredentialKeySpec spec) {
        this.wireName = spec.wireName;
        this.type = spec.type;
        this.defaults = Collections.unmodifiableMap(spec.defaults);
        this.required = spec.required;
        this.fromUrl = spec.fromUrl;
        this.pragma = spec.pragma;
        this.spellingOf = spec.spellingOf;
        this.meaning = spec.meaning;
    }

    private static Map<String, CredentialKey> byWireName() {
        Map<String, CredentialKey> map = new HashMap<>();
        for (CredentialKey key : values()) {
            map.put(key.wireName, key);
        }
        return Map.copyOf(map);
    }

    /** The name written in configurations and URL query strings, for example {@code journal_mode}. */
    public String wireName() {
        return wireName;
    }

    /** The Java type of its values: String, Integer, Double, Boolean or Map. */
    public Class<?> type() {
        return type;
    }

    /** The canonical engines it applies to. */
    public Set<String> engines() {
        return defaults.keySet();
    }

    /** Whether the engine (canonical name or alias) understands this key. */
    public boolean appliesTo(String engine) {
        return defaults.containsKey(Engines.canonical(engine));
    }

    /** The value used when the key is absent for that engine, or null when there is none. */
    public Object defaultFor(String engine) {
        return defaults.get(Engines.canonical(engine));
    }

    /** Whether a connection of every engine this key applies to must set it. */
    public boolean isRequired() {
        return required;
    }

    /** Whether URL expansion adds the default when the URL does not set the key. */
    public boolean isUrlDefault() {
        return fromUrl;
    }

    /** Whether, on SQLite, the key is executed as {@code PRAGMA key=value}. */
    public boolean isPragma() {
        return pragma && defaults.containsKey(SQLITE);
    }

    /** Whether its value is secret (never shown). */
    public boolean isSecret() {
        return Secrets.isSecret(wireName);
    }

    /** One line saying what the key does. */
    public String meaning() {
        return meaning;
    }

    /**
     * Parses URL text into this key's type.
     *
     * @throws ConfigurationException naming the key when the text does not fit (a boolean must be
     *     one of true/1/yes/on or false/0/no/off, ignoring case)
     */
    public Object cast(String text) {
        return CredentialValues.cast(wireName, type, text, isSecret());
    }

    /**
     * Converts a configured value (text, any number, a boolean) into this key's type; null stays null.
     *
     * @throws ConfigurationException naming the key when the value does not fit
     */
    public Object coerce(Object value) {
        return CredentialValues.coerce(wireName, type, value, isSecret());
    }

    /**
     * The typed value of this key in the credentials, falling back to another spelling of the same
     * setting ({@code min_size} for {@code minsize}) and then to the engine's default; null when
     * none of these exists.
     *
     * @throws ConfigurationException naming the key when the stored value does not fit its type
     */
    public Object value(Map<String, ?> credentials, String engine) {
        String canonical = Engines.canonical(engine);
        if (credentials.get(wireName) != null) {
            return coerce(credentials.get(wireName));
        }
        for (CredentialKey other : ALL) {
            if (wireName.equals(other.spellingOf) && other.defaults.containsKey(canonical)
                    && credentials.get(other.wireName) != null) {
                return other.coerce(credentials.get(other.wireName));
            }
        }
        return defaults.get(canonical);
    }

    /** {@link #value} of an Integer key. */
    public Integer intValue(Map<String, ?> credentials, String engine) {
        return (Integer) typed(Integer.class, credentials, engine);
    }

    /** {@link #value} of a Double key. */
    public Double doubleValue(Map<String, ?> credentials, String engine) {
        return (Double) typed(Double.class, credentials, engine);
    }

    /** {@link #value} of a Boolean key. */
    public Boolean booleanValue(Map<String, ?> credentials, String engine) {
        return (Boolean) typed(Boolean.class, credentials, engine);
    }

    /** {@link #value} of a String key. */
    public String stringValue(Map<String, ?> credentials, String engine) {
        return (String) typed(String.class, credentials, engine);
    }

    /** {@link #value} of a Map key, as an unmodifiable map. */
    @SuppressWarnings("unchecked")
    public Map<String, Object> mapValue(Map<String, ?> credentials, String engine) {
        Map<String, Object> map = (Map<String, Object>) typed(Map.class, credentials, engine);
        return map == null ? null : Collections.unmodifiableMap(map);
    }

    private Object typed(Class<?> wanted, Map<String, ?> credentials, String engine) {
        if (type != wanted) {
            throw new IllegalStateException(name() + " holds " + type.getSimpleName() + ", not " + wanted.getSimpleName());
        }
        return value(credentials, engine);
    }

    /** The key declared under this wire name, if any. */
    public static Optional<CredentialKey> byName(String wireName) {
        return Optional.ofNullable(BY_NAME.get(wireName));
    }

    /** The keys an engine (canonical name or alias) understands, in declaration order. */
    public static List<CredentialKey> forEngine(String engine) {
        String canonical = Engines.canonical(engine);
        List<CredentialKey> keys = new ArrayList<>();
        for (CredentialKey key : ALL) {
            if (key.defaults.containsKey(canonical)) {
                keys.add(key);
            }
        }
        return List.copyOf(keys);
    }

    /**
     * Whether a SQLite credential is sent as {@code PRAGMA key=value}: true for the declared PRAGMA
     * keys and for every key not declared for SQLite, false for {@code file_path},
     * {@code connection_name}, {@code busy_timeout}, {@code fetch_inserted} and
     * {@code install_regexp_functions}.
     */
    public static boolean isSqlitePragma(String wireName) {
        CredentialKey key = BY_NAME.get(wireName);
        return key == null || !key.defaults.containsKey(SQLITE) || key.pragma;
    }

}
