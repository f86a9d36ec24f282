package dev.tortoise.internal.config;

import dev.tortoise.ConnectionConfig;
import dev.tortoise.exceptions.ConfigurationException;
import dev.tortoise.spi.CredentialKey;
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
        String engine = Engines.forScheme(parts.scheme());
        if (engine == null) {
            throw new ConfigurationException("Unknown DB scheme: " + parts.scheme()
                    + " (valid schemes: " + String.join(", ", Engines.SCHEMES) + ")");
        }
        boolean sqlite = Engines.SQLITE.equals(engine);
        String path = sqlite ? parts.netloc() + parts.path() : stripLeadingSlash(parts.path());
        if (path.isEmpty()) {
            if (sqlite) {
                throw new ConfigurationException("No path specified for DB_URL: write sqlite://<relative file>,"
                        + " sqlite:///<absolute file> or sqlite://:memory:");
            }
            path = null;
        }
        Map<String, Object> params = Credentials.urlDefaults(engine);
        PercentDecoding.parseQuery(parts.query())
                .forEach((key, text) -> params.put(key, Credentials.castFor(engine, key, text)));
        if (testing && path != null) {
            path = fillPlaceholder(path);
        }
        if (sqlite) {
            params.put(CredentialKey.FILE_PATH.wireName(), path);
        } else {
            putServerKeys(params, parts, path, Engines.POSTGRES.equals(engine));
        }
        return new ConnectionConfig(engine, params);
    }

    private static void putServerKeys(Map<String, Object> params, UrlParts parts, String database, boolean postgres) {
        params.put(CredentialKey.DATABASE.wireName(), database);
        params.put(CredentialKey.HOST.wireName(), parts.hostname());
        Integer port = parts.port();
        if (port != null && port != 0) {
            params.put(CredentialKey.PORT.wireName(), port);
        }
        String user = parts.username();
        params.put(CredentialKey.USER.wireName(), user == null || user.isEmpty() ? null : user);
        String password = parts.rawPassword();
        Object value;
        if (postgres) {
            // the PostgreSQL driver treats a missing password differently from an empty one
            value = password == null || password.isEmpty() ? null : PercentDecoding.decode(password);
        } else {
            value = PercentDecoding.decode(password == null ? "" : password);
        }
        params.put(CredentialKey.PASSWORD.wireName(), value);
    }

    private static String stripLeadingSlash(String path) {
        return path.startsWith("/") ? path.substring(1) : path;
    }

    private static String fillPlaceholder(String path) {
        String unescaped = path.replace("\\{", "{").replace("\\}", "}");
        return unescaped.replace("{}", UUID.randomUUID().toString().replace("-", ""));
    }
}
