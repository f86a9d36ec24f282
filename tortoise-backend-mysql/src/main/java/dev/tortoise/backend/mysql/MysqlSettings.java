package dev.tortoise.backend.mysql;

import dev.tortoise.exceptions.ConfigurationException;
import dev.tortoise.spi.CredentialKey;
import dev.tortoise.spi.MessageText;
import dev.tortoise.spi.jdbc.ServerProfile;
import dev.tortoise.spi.jdbc.ServerSettings;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The validated settings of one MySQL/MariaDB alias: the settings every server shares, and the
 * session variables and pool lifetime only MySQL has. Every default comes from {@link MysqlKeys}.
 *
 * @param charset       connection character set for literals and comparisons ({@code charset})
 * @param sqlMode       the session {@code sql_mode}
 * @param storageEngine the session {@code default_storage_engine}, or null for the server's
 * @param poolRecycle   seconds after which a pooled connection is replaced; negative: never
 */
record MysqlSettings(ServerSettings server, String charset, String sqlMode, String storageEngine, int poolRecycle) {

    static final ServerProfile PROFILE = ServerProfile.builder("tortoise.backends.mysql", "MySQL/MariaDB")
            .vendorCodes(new MysqlErrorCodes())
            .port(MysqlKeys.PORT)
            .password(MysqlKeys.PASSWORD)
            .connectTimeout(MysqlKeys.CONNECT_TIMEOUT)
            .sslModes(List.of("disable", "trust", "verify-ca", "verify-full"), "trust", "disable")
            .build();

    private static final Pattern WORD = Pattern.compile("[A-Za-z0-9_]+");
    private static final Pattern SQL_MODE = Pattern.compile("[A-Za-z0-9_,]*");

    static MysqlSettings from(String alias, Map<String, Object> credentials) {
        return new MysqlSettings(ServerSettings.read(PROFILE, alias, credentials),
                matching(MysqlKeys.CHARSET, alias, credentials, WORD, "a character set name such as utf8mb4"),
                matching(MysqlKeys.SQL_MODE, alias, credentials, SQL_MODE,
                        "comma-separated mode names such as STRICT_TRANS_TABLES,NO_ZERO_DATE"),
                matching(MysqlKeys.STORAGE_ENGINE, alias, credentials, WORD, "a storage engine name such as InnoDB"),
                MysqlKeys.POOL_RECYCLE.read(alias, credentials));
    }

    /**
     * A text key's value (or default) that must match {@code shape} in full, because it is written
     * into SQL or the driver URL; null stays null.
     *
     * @throws ConfigurationException naming the key, the alias, the accepted form and the value given
     */
    private static String matching(CredentialKey<String> key, String alias, Map<String, Object> credentials,
                                   Pattern shape, String what) {
        String value = key.read(alias, credentials);
        if (value != null && !shape.matcher(value).matches()) {
            throw new ConfigurationException("Credential \"" + key.name() + "\" of connection '" + alias
                    + "' must be " + what + ", got " + MessageText.quote(value));
        }
        return value;
    }

    /**
     * The {@code jdbc:mariadb:} URL of this server and the given database (null: none). User and
     * password are not part of it; they are passed apart so that the URL can be logged.
     */
    String jdbcUrl(String databaseName) {
        StringBuilder url = new StringBuilder("jdbc:mariadb://").append(server.hostAndPort()).append('/');
        if (databaseName != null) {
            url.append(databaseName);
        }
        url.append("?sessionVariables=sql_mode='").append(sqlMode).append("',character_set_connection=")
                .append(charset);
        if (storageEngine != null) {
            url.append(",default_storage_engine=").append(storageEngine);
        }
        url.append("&connectTimeout=").append((long) Math.ceil(server.connectTimeout() * 1000));
        if (server.statementTimeoutMillis() > 0) {
            // connect_timeout, when set, bounds every statement's wait for the server too
            url.append("&socketTimeout=").append(server.statementTimeoutMillis());
        }
        if (server.sslMode() != null) {
            url.append("&sslMode=").append(server.sslMode());
        }
        return url.toString();
    }

    /** HikariCP's {@code maxLifetime} for {@code pool_recycle}: 0 (never) when negative, else at least Hikari's 30 s. */
    long maxLifetimeMillis() {
        return poolRecycle < 0 ? 0 : Math.max(30_000L, poolRecycle * 1000L);
    }
}
