package dev.tortoise.backend.sqlite;

import dev.tortoise.exceptions.OperationalException;
import dev.tortoise.spi.BackendProvider;
import dev.tortoise.spi.ColumnTypes;
import dev.tortoise.spi.CredentialKey;
import dev.tortoise.spi.DbClient;
import dev.tortoise.spi.FieldKind;
import dev.tortoise.spi.Platform;
import dev.tortoise.spi.PlatformConfig;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.sql.DataSource;

/**
 * The SQLite backend: engine {@code tortoise.backends.sqlite}, alias {@code sqlite}.
 *
 * <p>Credentials ({@link #credentialKeys()}):
 * {@code file_path} (required; {@code :memory:} for a private in-memory database, relative paths
 * against the working directory), {@code busy_timeout} (milliseconds to keep retrying while another
 * connection locks the file), and any other key becomes a {@code PRAGMA key=value} run on connect
 * ({@code journal_mode=WAL}, {@code journal_size_limit=16384} and {@code foreign_keys=ON} unless
 * given).
 */
public final class SqliteBackendProvider implements BackendProvider {

    /** SQLite's column types where they differ from the standard ones; only INTEGER PRIMARY KEY aliases the rowid. */
    static final ColumnTypes TYPES = ColumnTypes.standard()
            .with(FieldKind.BOOLEAN, "INT")
            .with(FieldKind.DECIMAL, "VARCHAR(40)")
            .with(FieldKind.FLOAT, "REAL")
            .withGenerated(FieldKind.INT, "INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL")
            .withGenerated(FieldKind.BIGINT, "INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL")
            .withGenerated(FieldKind.SMALLINT, "INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL");

    private static final SqliteSqlDialect SQL = new SqliteSqlDialect();
    private static final SqliteSchemaDialect DDL = new SqliteSchemaDialect(SQL, TYPES);
    private static final SqliteErrorCodes ERRORS = new SqliteErrorCodes();

    /** Files SQLite keeps beside a database, removed with it. */
    private static final String[] COMPANIONS = {"", "-wal", "-shm", "-journal"};

    @Override
    public String engine() {
        return "tortoise.backends.sqlite";
    }

    @Override
    public Set<String> aliases() {
        return Set.of("sqlite");
    }

    @Override
    public List<CredentialKey<?>> credentialKeys() {
        return SqliteKeys.ALL;
    }

    /**
     * A declared key, or any PRAGMA the bundled SQLite knows (every other key becomes
     * {@code PRAGMA key=value}, and SQLite would ignore an unknown one silently).
     */
    @Override
    public boolean acceptsCredential(String key) {
        for (CredentialKey<?> known : SqliteKeys.ALL) {
            if (known.name().equals(key)) {
                return true;
            }
        }
        return SqlitePragmas.isPragma(key);
    }

    @Override
    public String describeCredentialKeys() {
        return BackendProvider.super.describeCredentialKeys() + ", and any SQLite PRAGMA (PRAGMA pragma_list names them)";
    }

    /** SQLite's platform depends on no credential, only on the time-zone settings of its codec. */
    @Override
    public Platform platform(PlatformConfig config) {
        return Platform.builder("sqlite")
                .types(TYPES)
                .sql(SQL)
                .ddl(DDL)
                .alter(ddl -> new SqliteAlterDialect(ddl, !"OFF".equalsIgnoreCase(
                        String.valueOf(SqliteKeys.FOREIGN_KEYS.read(config.alias(), config.credentials())).strip())))
                .codec(new SqliteValueCodec(config.useTz(), config.timezone()))
                .errors(ERRORS)
                .build();
    }

    @Override
    public DbClient createClient(String connectionName, Map<String, Object> credentials) {
        return new SqliteClient(SqliteSettings.from(connectionName, credentials));
    }

    /** {@code SQLite}, as sqlite-jdbc names it. */
    @Override
    public boolean recognizes(String databaseProductName) {
        return "SQLite".equalsIgnoreCase(databaseProductName);
    }

    @Override
    public DbClient createClient(String connectionName, DataSource dataSource) {
        return SqliteClient.onDataSource(connectionName, dataSource);
    }

    /** SQLite creates the file on first use; only the credentials are checked here. */
    @Override
    public void createDatabase(Map<String, Object> credentials) {
        SqliteSettings.from("create_db", credentials);
    }

    @Override
    public void dropDatabase(Map<String, Object> credentials) {
        SqliteSettings settings = SqliteSettings.from("drop_db", credentials);
        if (settings.inMemory()) {
            return;
        }
        for (String suffix : COMPANIONS) {
            Path file = Path.of(settings.file() + suffix);
            try {
                Files.deleteIfExists(file);
            } catch (IOException e) {
                throw new OperationalException("Could not delete SQLite file " + file + ": " + e.getMessage(), e);
            }
        }
    }

}
