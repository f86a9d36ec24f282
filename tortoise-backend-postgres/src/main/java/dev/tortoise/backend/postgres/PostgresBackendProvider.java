package dev.tortoise.backend.postgres;

import dev.tortoise.spi.ColumnTypes;
import dev.tortoise.spi.CredentialKey;
import dev.tortoise.spi.DbClient;
import dev.tortoise.spi.FieldKind;
import dev.tortoise.spi.Platform;
import dev.tortoise.spi.PlatformConfig;
import dev.tortoise.spi.SqlDialect;
import dev.tortoise.spi.jdbc.ServerBackendProvider;
import dev.tortoise.spi.jdbc.ServerSettings;
import org.postgresql.Driver;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.sql.DataSource;

/**
 * The PostgreSQL backend: engine {@code tortoise.backends.postgres}; aliases {@code postgres},
 * {@code postgresql}, {@code asyncpg}, {@code psycopg}, {@code tortoise.backends.asyncpg},
 * {@code tortoise.backends.psycopg}.
 *
 * <p>Credentials ({@link #credentialKeys()}): the shared server keys ({@code host}, {@code port}
 * 5432, {@code user}, {@code password}, {@code database}, {@code minsize}/{@code min_size},
 * {@code maxsize}/{@code max_size}, {@code ssl} as a flag or an sslmode, {@code timeout} in
 * seconds to connect) and {@code schema} (the search_path), {@code application_name},
 * {@code server_settings} (a map).
 */
public final class PostgresBackendProvider extends ServerBackendProvider<PostgresSettings> {

    /** The database every server has, where CREATE/DROP DATABASE run. */
    private static final String MAINTENANCE_DATABASE = "postgres";

    /** PostgreSQL's column types where they differ from the standard ones. */
    static final ColumnTypes TYPES = ColumnTypes.standard()
            .with(FieldKind.DATETIME, "TIMESTAMPTZ")
            .with(FieldKind.TIME, "TIMETZ")
            .with(FieldKind.JSON, "JSONB")
            .with(FieldKind.UUID, "UUID")
            .with(FieldKind.BINARY, "BYTEA")
            .withGenerated(FieldKind.INT, "SERIAL NOT NULL PRIMARY KEY")
            .withGenerated(FieldKind.BIGINT, "BIGSERIAL NOT NULL PRIMARY KEY")
            .withGenerated(FieldKind.SMALLINT, "SMALLSERIAL NOT NULL PRIMARY KEY")
            .withArray(FieldKind.TEXT, "TEXT[]")
            .withArray(FieldKind.INT, "INTEGER[]")
            .withArray(FieldKind.BIGINT, "BIGINT[]")
            .withArray(FieldKind.SMALLINT, "SMALLINT[]")
            .withArray(FieldKind.FLOAT, "DOUBLE PRECISION[]")
            .withArray(FieldKind.BOOLEAN, "BOOLEAN[]")
            .withArray(FieldKind.DECIMAL, "NUMERIC[]")
            .withArray(FieldKind.UUID, "UUID[]");

    private static final PostgresSqlDialect SQL = new PostgresSqlDialect();
    private static final PostgresErrorCodes ERRORS = new PostgresErrorCodes();

    public PostgresBackendProvider() {
        super(PostgresSettings.PROFILE, PostgresSettings::from, PostgresSettings::server);
    }

    @Override
    public Set<String> aliases() {
        return Set.of("postgres", "postgresql", "asyncpg", "psycopg",
                "tortoise.backends.asyncpg", "tortoise.backends.psycopg");
    }

    @Override
    public List<CredentialKey<?>> credentialKeys() {
        return withServerKeys(PostgresKeys.OWN);
    }

    /** Reads {@code schema}: the schema script then creates it first. */
    @Override
    public Platform platform(PlatformConfig config) {
        return Platform.builder("postgres")
                .types(TYPES)
                .sql(SQL)
                .ddl(new PostgresSchemaDialect(SQL, TYPES, PostgresKeys.SCHEMA.read(config.alias(), config.credentials())))
                .codec(new PostgresValueCodec(config.useTz(), config.timezone()))
                .errors(ERRORS)
                .build();
    }

    /** {@code PostgreSQL}, as the JDBC drivers name it. */
    @Override
    public boolean recognizes(String databaseProductName) {
        return "PostgreSQL".equalsIgnoreCase(databaseProductName);
    }

    @Override
    public DbClient createClient(String connectionName, DataSource dataSource) {
        return PostgresClient.onDataSource(connectionName, dataSource);
    }

    @Override
    public DbClient createClient(String connectionName, Map<String, Object> credentials) {
        return new PostgresClient(settings(connectionName, credentials));
    }

    /** A connection to the maintenance database. */
    @Override
    protected Connection connectToServer(PostgresSettings settings) throws SQLException {
        return new Driver().connect(settings.jdbcUrl(MAINTENANCE_DATABASE), settings.driverProperties());
    }

    /** The new database belongs to the configured user. */
    @Override
    protected String createDatabaseSql(SqlDialect sql, ServerSettings server) {
        return super.createDatabaseSql(sql, server) + (server.user() == null ? "" : " OWNER " + sql.quote(server.user()));
    }
}
