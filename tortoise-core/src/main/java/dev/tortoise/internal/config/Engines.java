package dev.tortoise.internal.config;

import dev.tortoise.exceptions.ConfigurationException;
import dev.tortoise.spi.CredentialKey;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The engines Tortoise knows by name, and what URL expansion needs of them (as upstream's
 * {@code DB_LOOKUP} keeps it in core): canonical names and the aliases a configuration may use,
 * the URL schemes that select them, the keys a URL adds when it does not set them, how URL query
 * values are typed, the credentials a connection cannot do without, and the Maven artifact that
 * brings the backend.
 *
 * <p>This table is fixed on purpose: expanding a URL and canonicalising a name must not depend on
 * which backend modules happen to be on the class path, so that {@code ConnectionConfig} is the
 * same everywhere. Everything else about an engine (its full list of credentials, their meaning
 * and defaults) is its backend's {@code credentialKeys()}. Engines this table does not know
 * (third-party backends) pass through unchanged.
 */
public final class Engines {

    /** Canonical engine of the SQLite backend. */
    public static final String SQLITE = "tortoise.backends.sqlite";
    /** Canonical engine of the PostgreSQL backend. */
    public static final String POSTGRES = "tortoise.backends.postgres";
    /** Canonical engine of the MySQL and MariaDB backend. */
    public static final String MYSQL = "tortoise.backends.mysql";
    /** Canonical engine of the H2 backend. */
    public static final String H2 = "tortoise.backends.h2";

    /** How a URL of the engine is written. */
    public enum UrlShape {
        /** {@code scheme://relative/file}, {@code scheme:///absolute/file}, {@code scheme://:memory:}. */
        FILE,
        /** {@code scheme://user:password@host:port/database?key=value}. */
        SERVER,
        /** {@code h2:mem:name} or {@code h2:file:path}, with {@code ?key=value}. */
        H2
    }

    /**
     * One known engine.
     *
     * @param canonical   the canonical engine name
     * @param aliases     other names of the engine, lowercase
     * @param schemes     URL schemes selecting it, in the order messages list them
     * @param shape       how its URLs are written
     * @param urlDefaults keys a URL adds when it does not set them, in upstream's order
     * @param casts       how URL query values of its known keys are typed (others stay text)
     * @param required    keys a configuration of the engine must set, with what each means
     * @param artifact    the Maven artifact that brings its backend
     */
    public record Engine(String canonical, List<String> aliases, List<String> schemes, UrlShape shape,
                         Map<String, Object> urlDefaults, Map<String, CredentialKey<?>> casts,
                         Map<String, String> required, String artifact) {
    }

    private static final List<Engine> KNOWN = List.of(
            new Engine(SQLITE, List.of("sqlite"), List.of("sqlite"), UrlShape.FILE,
                    ordered("journal_mode", "WAL", "journal_size_limit", 16384),
                    casts(text("file_path", "journal_mode", "foreign_keys"),
                            CredentialKey.integer("journal_size_limit", ""), CredentialKey.integer("busy_timeout", ""),
                            CredentialKey.flag("install_regexp_functions", ""), CredentialKey.flag("fetch_inserted", "")),
                    Map.of("file_path", "database file, relative to the working directory, or :memory:"),
                    "dev.tortoise:tortoise-backend-sqlite"),
            new Engine(POSTGRES, List.of("postgres", "postgresql", "asyncpg", "psycopg", "tortoise.backends.asyncpg",
                    "tortoise.backends.psycopg"), List.of("postgres", "postgresql", "asyncpg", "psycopg"), UrlShape.SERVER,
                    ordered("port", 5432),
                    casts(text("host", "user", "password", "database", "schema", "application_name"),
                            CredentialKey.integer("port", ""), CredentialKey.integer("minsize", ""),
                            CredentialKey.integer("maxsize", ""), CredentialKey.integer("min_size", ""),
                            CredentialKey.integer("max_size", ""), CredentialKey.flag("ssl", ""),
                            CredentialKey.number("timeout", ""), CredentialKey.integer("max_queries", ""),
                            CredentialKey.number("max_inactive_connection_lifetime", ""),
                            CredentialKey.integer("statement_cache_size", ""),
                            CredentialKey.integer("max_cached_statement_lifetime", ""),
                            CredentialKey.integer("max_cacheable_statement_size", ""),
                            CredentialKey.map("server_settings", "")),
                    Map.of(), "dev.tortoise:tortoise-backend-postgres"),
            new Engine(MYSQL, List.of("mysql", "mariadb"), List.of("mysql", "mariadb"), UrlShape.SERVER,
                    ordered("port", 3306, "charset", "utf8mb4", "sql_mode", "STRICT_TRANS_TABLES"),
                    casts(text("host", "user", "password", "database", "charset", "sql_mode", "storage_engine"),
                            CredentialKey.integer("port", ""), CredentialKey.integer("minsize", ""),
                            CredentialKey.integer("maxsize", ""), CredentialKey.flag("ssl", ""),
                            CredentialKey.number("connect_timeout", ""), CredentialKey.integer("pool_recycle", ""),
                            CredentialKey.flag("echo", ""), CredentialKey.flag("use_unicode", "")),
                    Map.of(), "dev.tortoise:tortoise-backend-mysql"),
            new Engine(H2, List.of("h2"), List.of("h2"), UrlShape.H2, ordered(),
                    casts(text("mode", "database", "user", "password"),
                            CredentialKey.integer("minsize", ""), CredentialKey.integer("maxsize", "")),
                    Map.of(), "dev.tortoise:tortoise-backend-h2"));

    private static final Map<String, Engine> BY_NAME = byName();

    private Engines() {
    }

    private static Map<String, Object> ordered(Object... keysAndValues) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return java.util.Collections.unmodifiableMap(map);
    }

    private static Map<String, CredentialKey<?>> casts(Object... keys) {
        Map<String, CredentialKey<?>> map = new LinkedHashMap<>();
        for (Object key : keys) {
            if (key instanceof CredentialKey<?> one) {
                map.put(one.name(), one);
            } else {
                ((List<?>) key).forEach(k -> map.put(((CredentialKey<?>) k).name(), (CredentialKey<?>) k));
            }
        }
        return java.util.Collections.unmodifiableMap(map);
    }

    /** Text keys; a secret one ({@link Secrets#isSecret}) is never quoted in a message. */
    private static List<CredentialKey<String>> text(String... names) {
        List<CredentialKey<String>> keys = new ArrayList<>();
        for (String name : names) {
            CredentialKey<String> key = CredentialKey.text(name, "");
            keys.add(Secrets.isSecret(name) ? key.secret() : key);
        }
        return keys;
    }

    private static Map<String, Engine> byName() {
        Map<String, Engine> map = new LinkedHashMap<>();
        for (Engine engine : KNOWN) {
            map.put(engine.canonical(), engine);
            engine.aliases().forEach(alias -> map.put(alias, engine));
        }
        return Map.copyOf(map);
    }

    /**
     * The canonical engine for a configured engine name: a known alias (matched ignoring case and
     * surrounding blanks) maps to its canonical name, any other name is returned trimmed.
     *
     * @throws ConfigurationException when the name is null or blank
     */
    public static String canonical(String engine) {
        if (engine == null || engine.isBlank()) {
            throw new ConfigurationException("ConnectionConfig.engine must be a non-empty string, such as "
                    + SQLITE + ", " + POSTGRES + " or " + MYSQL);
        }
        String trimmed = engine.strip();
        Engine known = BY_NAME.get(trimmed.toLowerCase(Locale.ROOT));
        return known == null ? trimmed : known.canonical();
    }

    /** The known engine of a canonical name, or null for a third-party engine. */
    public static Engine known(String canonicalEngine) {
        return BY_NAME.get(canonicalEngine);
    }

    /** The known engine of a URL scheme (already lowercased), or null when the scheme is unknown. */
    public static Engine forScheme(String scheme) {
        for (Engine engine : KNOWN) {
            if (engine.schemes().contains(scheme)) {
                return engine;
            }
        }
        return null;
    }

    /** Every URL scheme, in the order error messages list them. */
    public static List<String> schemes() {
        List<String> all = new ArrayList<>();
        KNOWN.forEach(engine -> all.addAll(engine.schemes()));
        return all;
    }

    /** Every known engine, canonical name to the artifact that brings its backend. */
    public static Map<String, String> artifacts() {
        Map<String, String> artifacts = new LinkedHashMap<>();
        KNOWN.forEach(engine -> artifacts.put(engine.canonical(), engine.artifact()));
        return artifacts;
    }
}
