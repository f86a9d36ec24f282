package dev.tortoise.backend.postgres;

import dev.tortoise.internal.jdbc.ServerBackendProvider;
import dev.tortoise.internal.jdbc.ServerSettings;
import dev.tortoise.spi.CredentialKey;
import dev.tortoise.spi.DbClient;
import dev.tortoise.spi.SchemaDialect;
import dev.tortoise.spi.ValueCodec;
import org.postgresql.Driver;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.ZoneId;
import java.util.Map;
import java.util.Set;

/**
 * The PostgreSQL backend: engine {@code tortoise.backends.postgres}; aliases {@code postgres},
 * {@code postgresql}, {@code asyncpg}, {@code psycopg}, {@code tortoise.backends.asyncpg},
 * {@code tortoise.backends.psycopg}.
 *
 * <p>Credentials (each declared, with its default, in {@link CredentialKey}): {@code host},
 * {@code port}, {@code user}, {@code password}, {@code database}, {@code minsize}/{@code min_size},
 * {@code maxsize}/{@code max_size}, {@code schema} (the search_path), {@code application_name},
 * {@code server_settings} (a map), {@code ssl} (a flag or an sslmode), {@code timeout} (seconds
 * to connect).
 */
public final class PostgresBackendProvider extends ServerBackendProvider<PostgresSettings> {

    /** The database every server has, where CREATE/DROP DATABASE run. */
    private static final String MAINTENANCE_DATABASE = "postgres";

    public PostgresBackendProvider() {
        super(PostgresSettings.PROFILE, PostgresSettings::from, PostgresSettings::server);
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
        return new PostgresClient(settings(connectionName, credentials));
    }

    /** Reads {@code schema}: the script then creates it first. */
    @Override
    public SchemaDialect schemaDialect(Map<String, Object> credentials) {
        return new PostgresSchemaDialect(CredentialKey.SCHEMA.stringValue(credentials, engine()));
    }

    @Override
    public ValueCodec valueCodec(boolean useTz, ZoneId timezone) {
        return new PostgresValueCodec(useTz, timezone);
    }

    /** A connection to the maintenance database. */
    @Override
    protected Connection connectToServer(PostgresSettings settings) throws SQLException {
        return new Driver().connect(settings.jdbcUrl(MAINTENANCE_DATABASE), settings.driverProperties());
    }

    /** The new database belongs to the configured user. */
    @Override
    protected String createDatabaseSql(SchemaDialect ddl, ServerSettings server) {
        return super.createDatabaseSql(ddl, server) + (server.user() == null ? "" : " OWNER " + ddl.quote(server.user()));
    }
}
