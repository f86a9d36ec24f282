package dev.tortoise.internal.config;

import dev.tortoise.exceptions.ConfigurationException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The engines Tortoise knows by name: their canonical names, the aliases a configuration may use
 * for them, and the URL schemes that select them.
 *
 * <p>This table is fixed on purpose: canonicalising a name must not depend on which backend modules
 * happen to be on the class path, so that {@code ConnectionConfig.engine()} is the same everywhere.
 * Engines it does not know (third-party backends) pass through unchanged.
 */
public final class Engines {

    /** Canonical engine of the SQLite backend. */
    public static final String SQLITE = "tortoise.backends.sqlite";
    /** Canonical engine of the PostgreSQL backend. */
    public static final String POSTGRES = "tortoise.backends.postgres";
    /** Canonical engine of the MySQL and MariaDB backend. */
    public static final String MYSQL = "tortoise.backends.mysql";

    /** URL schemes in the order error messages list them. */
    public static final List<String> SCHEMES =
            List.of("sqlite", "postgres", "postgresql", "asyncpg", "psycopg", "mysql", "mariadb");

    private static final Map<String, String> CANONICAL = aliases();

    private Engines() {
    }

    private static Map<String, String> aliases() {
        Map<String, String> map = new LinkedHashMap<>();
        for (String name : List.of(SQLITE, "sqlite")) {
            map.put(name, SQLITE);
        }
        for (String name : List.of(POSTGRES, "postgres", "postgresql", "asyncpg", "psycopg",
                "tortoise.backends.asyncpg", "tortoise.backends.psycopg")) {
            map.put(name, POSTGRES);
        }
        for (String name : List.of(MYSQL, "mysql", "mariadb")) {
            map.put(name, MYSQL);
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
        return CANONICAL.getOrDefault(trimmed.toLowerCase(Locale.ROOT), trimmed);
    }

    /** The canonical engine of a URL scheme (already lowercased), or null when the scheme is unknown. */
    public static String forScheme(String scheme) {
        return SCHEMES.contains(scheme) ? CANONICAL.get(scheme) : null;
    }

    /** True for the three engines whose credential keys {@code CredentialKey} declares. */
    public static boolean isBuiltIn(String canonicalEngine) {
        return SQLITE.equals(canonicalEngine) || POSTGRES.equals(canonicalEngine) || MYSQL.equals(canonicalEngine);
    }
}
