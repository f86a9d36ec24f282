package dev.tortoise.backend.postgres;

import dev.tortoise.exceptions.ConfigurationException;
import dev.tortoise.internal.jdbc.SqlErrorTranslator;
import dev.tortoise.spi.BackendProvider;
import dev.tortoise.spi.CredentialKey;
import dev.tortoise.spi.DbClient;
import dev.tortoise.spi.SchemaDialect;
import dev.tortoise.spi.ValueCodec;
import org.postgresql.Driver;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.Set;

/**
 * The PostgreSQL backend: engine {@code tortoise.backends.postgres}; aliases {@code postgres},
 * {@code postgresql}, {@code asyncpg}, {@code psycopg}, {@code tortoise.backends.asyncpg},
 * {@code tortoise.backends.psycopg}.
 *
 * <p>Credentials: {@code host} (default localhost), {@code port} (5432), {@code user},
 * {@code password}, {@code database}, {@code minsize}/{@code min_size} (1), {@code maxsize}/
 * {@code max_size} (5), {@code schema} (the search_path), {@code application_name},
 * {@code server_settings} (a map), {@code ssl} (a flag or an sslmode), {@code timeout} (seconds
 * to connect).
 */
public final class PostgresBackendProvider implements BackendProvider {

    /** The database every server has, where CREATE/DROP DATABASE run. */
    private static final String MAINTENANCE_DATABASE = "postgres";

    @Override
    public String engine() {
        return "tortoise.backends.postgres";
    }

    @Override
    public Set<String> aliases() {
        return Set.of("postgres", "postgresql", "asyncpg", "psycopg",
                "tortoise.backends.asyncpg", "tortoise.backends.psycopg");
    }

    @Override
    public String dialect() {
        return "postgres";
    }

    @Override
    public DbClient createClient(String connectionName, Map<String, Object> credentials) {
        PostgresSettings settings = PostgresSettings.from(connectionName, credentials);
        return new PostgresClient(settings, PostgresClient.translator(settings));
    }

    /** Reads {@code schema}: the script then creates it first. */
    @Override
    public SchemaDialect schemaDialect(Map<String, Object> credentials) {
        return new PostgresSchemaDialect(CredentialKey.SCHEMA.stringValue(credentials, engine()));
    }

    @Override
    public void createDatabase(Map<String, Object> credentials) {
        PostgresSettings settings = PostgresSettings.from("create_db", credentials);
        String database = requireDatabase(settings);
        String sql = "CREATE DATABASE " + quote(database)
                + (settings.user() == null ? "" : " OWNER " + quote(settings.user()));
        onServer(settings, sql);
    }

    @Override
    public void dropDatabase(Map<String, Object> credentials) {
        PostgresSettings settings = PostgresSettings.from("drop_db", credentials);
        onServer(settings, "DROP DATABASE IF EXISTS " + quote(requireDatabase(settings)));
    }

    /** Runs one statement on a connection to the maintenance database, closed afterwards. */
    private static void onServer(PostgresSettings settings, String sql) {
        SqlErrorTranslator translator = PostgresClient.translator(settings);
        Connection connection;
        try {
            connection = new Driver().connect(settings.jdbcUrl(MAINTENANCE_DATABASE), settings.driverProperties());
        } catch (SQLException e) {
            throw translator.connectionFailed(e);
        }
        try (connection; Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw translator.translate(e, sql);
        }
    }

    private static String requireDatabase(PostgresSettings settings) {
        if (settings.database() == null || settings.database().isBlank()) {
            throw new ConfigurationException("No \"database\" credential: creating or dropping a PostgreSQL database"
                    + " needs its name");
        }
        return settings.database();
    }

    private static String quote(String identifier) {
        return "\"" + identifier.replace("\"", "\"\"") + "\"";
    }

    @Override
    public ValueCodec valueCodec(boolean useTz, java.time.ZoneId timezone) {
        return new PostgresValueCodec(useTz, timezone);
    }
}
