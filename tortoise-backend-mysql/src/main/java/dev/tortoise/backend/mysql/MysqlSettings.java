package dev.tortoise.backend.mysql;

import dev.tortoise.exceptions.ConfigurationException;
import dev.tortoise.internal.jdbc.CredentialReader;
import dev.tortoise.spi.CredentialKey;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The validated settings of one MySQL/MariaDB alias, read from upstream's credential keys.
 *
 * @param charset        connection character set for literals and comparisons ({@code charset})
 * @param sqlMode        the session {@code sql_mode}
 * @param sslMode        Connector/J's {@code sslMode}, or null for the driver's default
 * @param connectTimeout seconds to wait when opening a connection, 0 for the driver's default
 * @param poolRecycle    seconds after which a pooled connection is replaced, 0 for Hikari's default
 */
record MysqlSettings(String alias, String host, int port, String user, String password, String database,
                     String charset, String sqlMode, String sslMode, int minSize, int maxSize,
                     double connectTimeout, int poolRecycle) {

    private static final Pattern WORD = Pattern.compile("[A-Za-z0-9_]+");
    private static final Pattern SQL_MODE = Pattern.compile("[A-Za-z0-9_,]*");

    static final String ENGINE = "tortoise.backends.mysql";
    private static final List<String> SSL_MODES = List.of("disable", "trust", "verify-ca", "verify-full");

    static MysqlSettings from(String alias, Map<String, Object> credentials) {
        CredentialReader reader = new CredentialReader(alias, ENGINE, credentials);
        int max = reader.poolSize(CredentialKey.MAXSIZE);
        int min = Math.min(reader.integer(CredentialKey.MINSIZE), max);
        String charset = reader.string(CredentialKey.CHARSET);
        String sqlMode = reader.string(CredentialKey.SQL_MODE);
        if (!WORD.matcher(charset).matches()) {
            throw new ConfigurationException("Credential \"charset\" of connection '" + alias + "' must be a character"
                    + " set name such as utf8mb4, got '" + charset + "'");
        }
        if (!SQL_MODE.matcher(sqlMode).matches()) {
            throw new ConfigurationException("Credential \"sql_mode\" of connection '" + alias + "' must be"
                    + " comma-separated mode names such as STRICT_TRANS_TABLES,NO_ZERO_DATE, got '" + sqlMode + "'");
        }
        String password = reader.string(CredentialKey.PASSWORD);
        Double connectTimeout = reader.decimal(CredentialKey.CONNECT_TIMEOUT);
        Integer recycle = reader.integer(CredentialKey.POOL_RECYCLE);
        return new MysqlSettings(alias,
                reader.string(CredentialKey.HOST),
                reader.integer(CredentialKey.PORT),
                reader.string(CredentialKey.USER),
                password == null ? "" : password, // upstream: a MySQL password is "" when not given
                reader.string(CredentialKey.DATABASE),
                charset,
                sqlMode,
                sslMode(reader),
                Math.max(0, min),
                max,
                connectTimeout == null ? 0 : connectTimeout,
                recycle == null ? 0 : recycle);
    }

    /** Where this alias points, for messages: never the password. */
    String target() {
        return "MySQL/MariaDB at " + hostAndPort() + ", database \"" + (database == null ? "(none)" : database)
                + "\", user \"" + (user == null ? "(default)" : user) + "\"";
    }

    String hostAndPort() {
        return (host.contains(":") ? "[" + host + "]" : host) + ":" + port;
    }

    /**
     * The {@code jdbc:mariadb:} URL of this server and the given database (null: none). User and
     * password are not part of it; they are passed apart so that the URL can be logged.
     */
    String jdbcUrl(String databaseName) {
        StringBuilder url = new StringBuilder("jdbc:mariadb://").append(hostAndPort()).append('/');
        if (databaseName != null) {
            url.append(databaseName);
        }
        url.append("?sessionVariables=").append("sql_mode='").append(sqlMode).append("',character_set_connection=")
                .append(charset);
        if (connectTimeout > 0) {
            url.append("&connectTimeout=").append((long) Math.ceil(connectTimeout * 1000));
        }
        if (sslMode != null) {
            url.append("&sslMode=").append(sslMode);
        }
        return url.toString();
    }

    @Override
    public String toString() {
        return "MysqlSettings[" + target() + ", pool " + minSize + ".." + maxSize + "]";
    }

    /** {@code ssl} is a flag in upstream's configurations; a Connector/J sslMode name is accepted too. */
    private static String sslMode(CredentialReader reader) {
        Object raw = reader.raw(CredentialKey.SSL.wireName());
        if (raw == null) {
            return null;
        }
        if (raw instanceof String text && SSL_MODES.contains(text.strip().toLowerCase(Locale.ROOT))) {
            return text.strip().toLowerCase(Locale.ROOT);
        }
        return reader.bool(CredentialKey.SSL) ? "trust" : "disable";
    }
}
