package dev.tortoise.internal.config;

import dev.tortoise.ConnectionConfig;
import dev.tortoise.exceptions.ConfigurationException;
import dev.tortoise.spi.MessageText;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * Upstream's {@code expand_db_url}, with API.md decision 3: passwords keep {@code +} and brackets
 * and are plainly percent-decoded; booleans in the query string are strict words.
 *
 * <p>Key order follows upstream: the engine's URL defaults, then query keys, then the keys taken
 * from the URL itself (a key already present keeps its place and takes the new value).
 */
public final class DbUrlExpander {

    private DbUrlExpander() {
    }

    /**
     * Expands a DB URL into an engine and typed credentials.
     *
     * @param testing replace {@code {}} in the path (also written {@code \{\}}) by a random 32-hex id
     * @throws ConfigurationException for an unknown scheme, a SQLite URL without path, a bad port or a
     *     query value that does not fit its key's type; messages never contain the password
     */
    public static ConnectionConfig expand(String url, boolean testing) {
        if (url == null || url.isBlank()) {
            throw new ConfigurationException("DBUrlConfig.url must be a non-empty string, such as "
                    + "sqlite://db.sqlite3 or postgres://user:password@localhost:5432/db");
        }
        UrlParts parts = UrlParts.parse(url);
        Engines.Engine engine = Engines.forScheme(parts.scheme());
        if (engine == null && parts.scheme().isEmpty()) {
            // The URL is not echoed: without a scheme there is no telling where a password starts.
            throw new ConfigurationException("Unknown DB scheme: the DB URL has none; it must start with one of "
                    + String.join(", ", Engines.schemes()) + " followed by ://, for example sqlite://db.sqlite3,"
                    + " postgres://user:password@localhost:5432/db or mysql://user:password@localhost:3306/db");
        }
        if (engine == null) {
            throw new ConfigurationException("Unknown DB scheme: " + MessageText.cut(parts.scheme())
                    + Suggestions.didYouMean(parts.scheme(), Engines.schemes())
                    + " (valid schemes: " + String.join(", ", Engines.schemes()) + ")");
        }
        Map<String, Object> params = new LinkedHashMap<>(engine.urlDefaults());
        PercentDecoding.parseQuery(parts.query())
                .forEach((key, text) -> params.put(key, Credentials.castFor(engine, key, text)));
        switch (engine.shape()) {
            case FILE -> putFile(params, parts, testing);
            case SERVER -> {
                if (parts.atAfterNetloc()) {
                    throw new ConfigurationException("Cannot read the DB URL: " + UrlParts.ENCODE_PASSWORD);
                }
                String path = stripLeadingSlash(parts.path());
                path = path.isEmpty() ? null : testing ? fillPlaceholder(path) : path;
                putServerKeys(params, parts, path, Engines.POSTGRES.equals(engine.canonical()));
            }
            case H2 -> putH2(params, parts, testing);
        }
        return new ConnectionConfig(engine.canonical(), params);
    }

    private static void putFile(Map<String, Object> params, UrlParts parts, boolean testing) {
        String path = parts.netloc() + parts.path();
        if (path.isEmpty()) {
            throw new ConfigurationException("No path specified for DB_URL: write sqlite://<relative file>,"
                    + " sqlite:///<absolute file> or sqlite://:memory:");
        }
        params.put("file_path", testing ? fillPlaceholder(path) : path);
    }

    /** {@code h2:mem:name} and {@code h2:file:path}: the mode and the database name or file. */
    private static void putH2(Map<String, Object> params, UrlParts parts, boolean testing) {
        String rest = parts.netloc().isEmpty() ? parts.path() : parts.netloc() + parts.path();
        int colon = rest.indexOf(':');
        String mode = colon < 0 ? "" : rest.substring(0, colon);
        String database = colon < 0 ? "" : rest.substring(colon + 1);
        if (!mode.equals("mem") && !mode.equals("file") || database.isEmpty()) {
            throw new ConfigurationException("An H2 DB_URL names its mode and database: write h2:mem:<name> for an"
                    + " in-memory database or h2:file:<path> for a file");
        }
        params.put("mode", mode);
        params.put("database", testing ? fillPlaceholder(database) : database);
    }

    private static void putServerKeys(Map<String, Object> params, UrlParts parts, String database, boolean postgres) {
        params.put("database", database);
        params.put("host", parts.hostname());
        Integer port = parts.port();
        if (port != null && port != 0) {
            params.put("port", port);
        }
        String user = parts.username();
        params.put("user", user == null || user.isEmpty() ? null : user);
        String password = parts.rawPassword();
        Object value;
        if (postgres) {
            // the PostgreSQL driver treats a missing password differently from an empty one
            value = password == null || password.isEmpty() ? null : PercentDecoding.decode(password);
        } else {
            value = PercentDecoding.decode(password == null ? "" : password);
        }
        params.put("password", value);
    }

    private static String stripLeadingSlash(String path) {
        return path.startsWith("/") ? path.substring(1) : path;
    }

    private static String fillPlaceholder(String path) {
        String unescaped = path.replace("\\{", "{").replace("\\}", "}");
        return unescaped.replace("{}", UUID.randomUUID().toString().replace("-", ""));
    }
}
