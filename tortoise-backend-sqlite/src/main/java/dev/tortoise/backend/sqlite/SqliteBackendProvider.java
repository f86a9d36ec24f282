package dev.tortoise.backend.sqlite;

import dev.tortoise.exceptions.OperationalException;
import dev.tortoise.spi.BackendProvider;
import dev.tortoise.spi.DbClient;
import dev.tortoise.spi.SchemaDialect;
import dev.tortoise.spi.ValueCodec;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;

/**
 * The SQLite backend: engine {@code tortoise.backends.sqlite}, alias {@code sqlite}.
 *
 * <p>Credentials (each declared, with its default, in {@link dev.tortoise.spi.CredentialKey}):
 * {@code file_path} (required; {@code :memory:} for a private in-memory database, relative paths
 * against the working directory), {@code busy_timeout} (milliseconds to keep retrying while another
 * connection locks the file), and any other key becomes a {@code PRAGMA key=value} run on connect
 * ({@code journal_mode=WAL}, {@code journal_size_limit=16384} and {@code foreign_keys=ON} unless
 * given).
 */
public final class SqliteBackendProvider implements BackendProvider {

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
    public String dialect() {
        return "sqlite";
    }

    @Override
    public DbClient createClient(String connectionName, Map<String, Object> credentials) {
        return new SqliteClient(SqliteSettings.from(connectionName, credentials));
    }

    /** SQLite's DDL depends on no credential. */
    @Override
    public SchemaDialect schemaDialect(Map<String, Object> credentials) {
        return SqliteSchemaDialect.INSTANCE;
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

    @Override
    public ValueCodec valueCodec(boolean useTz, java.time.ZoneId timezone) {
        return new SqliteValueCodec(useTz, timezone);
    }
}
