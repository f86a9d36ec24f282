package dev.tortoise.backend.postgres;

import dev.tortoise.spi.jdbc.ServerProfile;
import dev.tortoise.spi.jdbc.ServerSettings;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/**
 * The validated settings of one PostgreSQL alias: the settings every server shares, and the
 * search path, application name and run-time parameters only PostgreSQL has. Every default comes
 * from {@link PostgresKeys}.
 *
 * @param schema          the {@code search_path} ({@code schema}), or null for the server's
 * @param applicationName {@code application_name} reported to the server, or null
 * @param serverSettings  run-time parameters set on every connection ({@code server_settings})
 */
record PostgresSettings(ServerSettings server, String schema, String applicationName,
                        Map<String, String> serverSettings) {

    static final ServerProfile PROFILE = ServerProfile.builder("tortoise.backends.postgres", "PostgreSQL")
            .vendorCodes(new PostgresErrorCodes())
            .port(PostgresKeys.PORT)
            .password(PostgresKeys.PASSWORD)
            .connectTimeout(PostgresKeys.TIMEOUT)
            .sslModes(List.of("disable", "allow", "prefer", "require", "verify-ca", "verify-full"), "require", "disable")
            .build();

    static PostgresSettings from(String alias, Map<String, Object> credentials) {
        return new PostgresSettings(ServerSettings.read(PROFILE, alias, withAsyncpgSpellings(credentials)),
                PostgresKeys.SCHEMA.read(alias, credentials),
                PostgresKeys.APPLICATION_NAME.read(alias, credentials),
                serverSettings(PostgresKeys.SERVER_SETTINGS.read(alias, credentials)));
    }

    /** {@code min_size}/{@code max_size} (asyncpg's names) stand for {@code minsize}/{@code maxsize} when those are absent. */
    private static Map<String, Object> withAsyncpgSpellings(Map<String, Object> credentials) {
        if (credentials == null || !credentials.containsKey("min_size") && !credentials.containsKey("max_size")) {
            return credentials;
        }
        Map<String, Object> merged = new LinkedHashMap<>(credentials);
        if (merged.get("minsize") == null && merged.get("min_size") != null) {
            merged.put("minsize", merged.get("min_size"));
        }
        if (merged.get("maxsize") == null && merged.get("max_size") != null) {
            merged.put("maxsize", merged.get("max_size"));
        }
        return merged;
    }

    /** A JDBC URL of this server and the given database (null: the user's default database). */
    String jdbcUrl(String databaseName) {
        return "jdbc:postgresql://" + server.hostAndPort() + "/" + (databaseName == null ? "" : databaseName);
    }

    /** Driver properties: the login and everything else but the database and the server address. */
    Properties driverProperties() {
        Properties p = server.login();
        if (applicationName != null) {
            p.setProperty("ApplicationName", applicationName);
        }
        if (schema != null) {
            p.setProperty("currentSchema", schema);
        }
        if (server.sslMode() != null) {
            p.setProperty("sslmode", server.sslMode());
        }
        p.setProperty("connectTimeout", Integer.toString(connectTimeoutSeconds()));
        p.setProperty("loginTimeout", Integer.toString(connectTimeoutSeconds()));
        p.setProperty("socketTimeout", Integer.toString(statementTimeoutSeconds()));
        if (!serverSettings.isEmpty()) {
            p.setProperty("options", options());
        }
        p.setProperty("reWriteBatchedInserts", "true");
        return p;
    }

    /** pgjdbc takes whole seconds; a fraction waits the next whole second. */
    int connectTimeoutSeconds() {
        return (int) Math.ceil(server.connectTimeout());
    }

    /** pgjdbc's {@code socketTimeout} in whole seconds: {@code timeout} when set, else 0 (no limit). */
    int statementTimeoutSeconds() {
        return (int) Math.ceil(server.statementTimeout());
    }

    /** {@code server_settings} as the {@code options} startup parameter: {@code -c key=value}, blanks escaped. */
    String options() {
        if (serverSettings.isEmpty()) {
            return null;
        }
        StringBuilder options = new StringBuilder();
        serverSettings.forEach((key, value) -> options.append(options.isEmpty() ? "" : " ")
                .append("-c ").append(key).append('=').append(value.replace("\\", "\\\\").replace(" ", "\\ ")));
        return options.toString();
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
