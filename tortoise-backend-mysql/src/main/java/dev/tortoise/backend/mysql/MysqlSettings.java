package dev.tortoise.backend.mysql;

import dev.tortoise.internal.jdbc.CredentialReader;
import dev.tortoise.internal.jdbc.ServerProfile;
import dev.tortoise.internal.jdbc.ServerSettings;
import dev.tortoise.spi.CredentialKey;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The validated settings of one MySQL/MariaDB alias: the settings every server shares, and the
 * session variables and pool lifetime only MySQL has. Every default comes from {@link CredentialKey}.
 *
 * @param charset       connection character set for literals and comparisons ({@code charset})
 * @param sqlMode       the session {@code sql_mode}
 * @param storageEngine the session {@code default_storage_engine}, or null for the server's
 * @param poolRecycle   seconds after which a pooled connection is replaced; negative: never
 */
record MysqlSettings(ServerSettings server, String charset, String sqlMode, String storageEngine, int poolRecycle) {

    static final ServerProfile PROFILE = new ServerProfile("tortoise.backends.mysql", "MySQL/MariaDB",
            new MysqlErrorCodes(), CredentialKey.CONNECT_TIMEOUT,
            List.of("disable", "trust", "verify-ca", "verify-full"), "trust", "disable");

    private static final Pattern WORD = Pattern.compile("[A-Za-z0-9_]+");
    private static final Pattern SQL_MODE = Pattern.compile("[A-Za-z0-9_,]*");

    static MysqlSettings from(String alias, Map<String, Object> credentials) {
        CredentialReader reader = new CredentialReader(alias, PROFILE.engine(), credentials);
        return new MysqlSettings(ServerSettings.read(PROFILE, reader),
                reader.matching(CredentialKey.CHARSET, WORD, "a character set name such as utf8mb4"),
                reader.matching(CredentialKey.SQL_MODE, SQL_MODE,
                        "comma-separated mode names such as STRICT_TRANS_TABLES,NO_ZERO_DATE"),
                reader.matching(CredentialKey.STORAGE_ENGINE, WORD, "a storage engine name such as InnoDB"),
                reader.integer(CredentialKey.POOL_RECYCLE));
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
