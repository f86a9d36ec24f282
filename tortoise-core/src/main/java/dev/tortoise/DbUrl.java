package dev.tortoise;

import dev.tortoise.exceptions.ConfigurationException;
import dev.tortoise.internal.config.DbUrlExpander;
import java.util.List;
import java.util.Map;

/**
 * Database URLs, upstream's {@code db_url}: {@code SCHEME://USER:PASSWORD@HOST:PORT/DBNAME?key=value}.
 *
 * <p>Schemes (ignoring case): {@code sqlite}; {@code postgres}, {@code postgresql}, {@code asyncpg},
 * {@code psycopg}; {@code mysql}, {@code mariadb}. For SQLite the file path is everything after
 * {@code sqlite://} ({@code sqlite:///abs/db.sqlite} is absolute, {@code sqlite://:memory:} is in
 * memory) and the URL adds {@code journal_mode=WAL}, {@code journal_size_limit=16384}. Server URLs
 * give {@code database}, {@code host} (lowercased), {@code port} (default 5432 / 3306), {@code user}
 * and {@code password}; MySQL adds {@code charset=utf8mb4} and {@code sql_mode=STRICT_TRANS_TABLES}.
 *
 * <p>The password is percent-decoded ({@code %25} is {@code %}); {@code +}, {@code [}, {@code ]},
 * {@code @} and {@code :} may appear as they are; {@code /}, {@code ?} and {@code #} must be
 * percent-encoded as RFC 3986 says ({@code %2F}, {@code %3F}, {@code %23}; {@code %} itself as
 * {@code %25}). A server URL with an {@code @} after its host part (the sign of a password those
 * characters cut short) is refused with a message that says to encode them and quotes nothing of
 * the URL. Every value a message shows is cut to a short line.
 * The user name is taken as written. A missing password is null on PostgreSQL and {@code ""} on MySQL.
 * Query values are form-decoded; empty ones are dropped; keys declared in
 * {@link dev.tortoise.spi.CredentialKey} are typed (Integer sizes and ports, Double timeouts,
 * Boolean flags written {@code true/1/yes/on} or {@code false/0/no/off}); other keys stay strings.
 *
 * <p>Pure computation: nothing here opens a connection or blocks.
 */
public final class DbUrl {

    private DbUrl() {
    }

    /**
     * Expands a URL into a {@link ConnectionConfig}.
     *
     * @throws ConfigurationException {@code Unknown DB scheme: <scheme>} (listing the valid ones),
     *     {@code No path specified for DB_URL}, {@code Port is not an integer} (quoting the port text
     *     when it cannot be a piece of the password), an unencoded reserved character in the user
     *     information, or a query value that does not fit its key; no message contains the password
     */
    public static ConnectionConfig expand(String url) {
        return DbUrlExpander.expand(url, false);
    }

    /**
     * Expands a URL; with {@code testing}, every {@code {}} in the path (also written {@code \{\}})
     * becomes one random 32-hex-digit id, so tests get a fresh database name or file.
     *
     * @throws ConfigurationException as {@link #expand(String)}
     */
    public static ConnectionConfig expand(String url, boolean testing) {
        return DbUrlExpander.expand(url, testing);
    }

    /**
     * Upstream's {@code generate_config}: one connection named {@code connectionLabel} (null means
     * {@code default}) from the URL, and one app per entry of {@code appModules}, in its order, each
     * using that connection.
     *
     * @param appModules app label to the model modules of that app
     * @throws ConfigurationException for a bad URL or bad app entries, as {@link TortoiseConfig.Builder#build()}
     */
    public static TortoiseConfig generateConfig(String url, Map<String, List<String>> appModules,
                                                String connectionLabel, boolean testing) {
        String label = connectionLabel == null ? TortoiseConfig.DEFAULT_CONNECTION : connectionLabel;
        if (appModules == null || appModules.isEmpty()) {
            throw new ConfigurationException("You must specify \"db_url\" and \"modules\" together:"
                    + " modules maps each app label to its model modules, e.g. {\"app\": [\"com.example.models\"]}");
        }
        TortoiseConfig.Builder builder = TortoiseConfig.builder().connection(label, expand(url, testing));
        appModules.forEach((app, modules) -> builder.app(app, modules, label));
        return builder.build();
    }
}
