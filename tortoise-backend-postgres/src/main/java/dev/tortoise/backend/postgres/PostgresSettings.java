package dev.tortoise.backend.postgres;

import dev.tortoise.internal.jdbc.CredentialReader;
import dev.tortoise.spi.CredentialKey;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;

/**
 * The validated settings of one PostgreSQL alias, read from upstream's credential keys.
 *
 * @param serverSettings run-time parameters set on every connection ({@code server_settings})
 * @param ssl            pgjdbc's {@code sslmode}, or null for the driver's default
 * @param connectTimeout seconds to wait when opening a connection ({@code timeout}), 0 for the driver's default
 */
record PostgresSettings(String alias, String host, int port, String user, String password, String database,
                        String schema, String applicationName, Map<String, String> serverSettings, String ssl,
                        int minSize, int maxSize, double connectTimeout) {

    static final String ENGINE = "tortoise.backends.postgres";
    private static final List<String> SSL_MODES = List.of("disable", "allow", "prefer", "require", "verify-ca", "verify-full");

    static PostgresSettings from(String alias, Map<String, Object> credentials) {
        CredentialReader reader = new CredentialReader(alias, ENGINE, credentials);
        int max = reader.poolSize(CredentialKey.MAXSIZE);
        int min = Math.min(reader.integer(CredentialKey.MINSIZE), max);
        Double timeout = reader.decimal(CredentialKey.TIMEOUT);
        return new PostgresSettings(alias,
                reader.string(CredentialKey.HOST),
                reader.integer(CredentialKey.PORT),
                reader.string(CredentialKey.USER),
                reader.string(CredentialKey.PASSWORD),
                reader.string(CredentialKey.DATABASE),
                reader.string(CredentialKey.SCHEMA),
                reader.string(CredentialKey.APPLICATION_NAME),
                serverSettings(reader.map(CredentialKey.SERVER_SETTINGS)),
                sslMode(reader),
                Math.max(0, min),
                max,
                timeout == null ? 0 : timeout);
    }

    /** Where this alias points, for messages: never the password. */
    String target() {
        return "PostgreSQL at " + hostAndPort() + ", database \"" + (database == null ? "(default)" : database)
                + "\", user \"" + (user == null ? "(default)" : user) + "\"";
    }

    String hostAndPort() {
        return (host.contains(":") ? "[" + host + "]" : host) + ":" + port;
    }

    /** A JDBC URL of this server and the given database (null: the user's default database). */
    String jdbcUrl(String databaseName) {
        return "jdbc:postgresql://" + hostAndPort() + "/" + (databaseName == null ? "" : databaseName);
    }

    /** Driver properties: everything but the database and the server address. */
    Properties driverProperties() {
        Properties p = new Properties();
        if (user != null) {
            p.setProperty("user", user);
        }
        if (password != null) {
            p.setProperty("password", password);
        }
        if (applicationName != null) {
            p.setProperty("ApplicationName", applicationName);
        }
        if (schema != null) {
            p.setProperty("currentSchema", schema);
        }
        if (ssl != null) {
            p.setProperty("sslmode", ssl);
        }
        if (connectTimeout > 0) {
            p.setProperty("connectTimeout", Integer.toString((int) Math.ceil(connectTimeout)));
        }
        if (!serverSettings.isEmpty()) {
            StringBuilder options = new StringBuilder();
            serverSettings.forEach((key, value) -> options.append(options.isEmpty() ? "" : " ")
                    .append("-c ").append(key).append('=').append(value.replace("\\", "\\\\").replace(" ", "\\ ")));
            p.setProperty("options", options.toString());
        }
        p.setProperty("reWriteBatchedInserts", "true");
        return p;
    }

    @Override
    public String toString() {
        return "PostgresSettings[" + target() + ", pool " + minSize + ".." + maxSize + "]";
    }

    /** {@code ssl} is a flag in upstream's configurations; an sslmode name is accepted too. */
    private static String sslMode(CredentialReader reader) {
        Object raw = reader.raw(CredentialKey.SSL.wireName());
        if (raw == null) {
            return null;
        }
        if (raw instanceof String text && SSL_MODES.contains(text.strip().toLowerCase(Locale.ROOT))) {
            return text.strip().toLowerCase(Locale.ROOT);
        }
        return reader.bool(CredentialKey.SSL) ? "require" : "disable";
    }

    private static Map<String, String> serverSettings(Map<String, Object> raw) {
        if (raw == null) {
            return Map.of();
        }
        Map<String, String> settings = new LinkedHashMap<>();
        raw.forEach((k, v) -> settings.put(k, String.valueOf(v)));
        return Collections.unmodifiableMap(settings);
    }
}
