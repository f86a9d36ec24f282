package dev.tortoise.spi;

import java.util.Map;
import java.util.Set;

/**
 * A database backend, found with {@link java.util.ServiceLoader} by its engine name.
 *
 * <p>A backend module declares {@code provides dev.tortoise.spi.BackendProvider with ...} in its
 * {@code module-info} and lists the same class in {@code META-INF/services}, so it is found on the
 * module path and on the class path. Implementations are stateless and cheap to construct: the
 * registry instantiates each provider once per JVM, and no two providers may claim the same engine
 * name or alias.
 *
 * <p>Credentials are the expanded, typed map of one connection alias (upstream's
 * {@code credentials} dict): {@code Integer} ports and sizes, {@code Double} timeouts,
 * {@code Boolean} flags, {@code String}s otherwise. Methods that talk to a server block the calling
 * thread; none holds a monitor while doing so.
 */
public interface BackendProvider {

    /** The canonical engine name, for example {@code tortoise.backends.sqlite}. */
    String engine();

    /** Other engine names this backend answers to, for example {@code sqlite}. */
    Set<String> aliases();

    /** The dialect of the clients it creates: {@code "sqlite"}, {@code "postgres"} or {@code "mysql"}. */
    String dialect();

    /**
     * Creates the client of one connection alias. Opens no connection: the first call on the
     * client connects.
     *
     * @param connectionName the alias from the configuration
     * @param credentials    the expanded, typed credentials of that alias
     * @throws dev.tortoise.exceptions.ConfigurationException when a credential is missing or invalid
     */
    DbClient createClient(String connectionName, Map<String, Object> credentials);

    /**
     * Creates the database the credentials name (upstream {@code db_create}), on a server-level
     * connection that is closed before this method returns. SQLite creates nothing: its file
     * appears on first use. Blocks until the server answers.
     *
     * @throws dev.tortoise.exceptions.ConfigurationException when the credentials name no database
     * @throws dev.tortoise.exceptions.DbConnectionException  when the server cannot be reached
     * @throws dev.tortoise.exceptions.OperationalException   when the server refuses, for example
     *                                                        because the database exists
     */
    void createDatabase(Map<String, Object> credentials);

    /**
     * Drops the database the credentials name (upstream {@code db_delete}); a database that does
     * not exist is not an error. SQLite deletes the file (and its {@code -wal}/{@code -shm}
     * companions); an in-memory database has nothing to delete. Clients of that database should be
     * closed first. Blocks until the server answers.
     *
     * @throws dev.tortoise.exceptions.DbConnectionException when the server cannot be reached
     * @throws dev.tortoise.exceptions.OperationalException  when the server refuses
     */
    void dropDatabase(Map<String, Object> credentials);

    /**
     * The DDL dialect of a connection with these credentials (MySQL reads {@code charset} for
     * {@code CHARACTER SET}, PostgreSQL reads {@code schema}). Pure: opens no connection and does
     * not block. Every built-in backend overrides it.
     *
     * @throws dev.tortoise.exceptions.ConfigurationException when the backend cannot generate schemas
     */
    default SchemaDialect schemaDialect(Map<String, Object> credentials) {
        throw new dev.tortoise.exceptions.ConfigurationException("The backend of engine '" + engine()
                + "' cannot generate schemas: its BackendProvider does not implement schemaDialect()");
    }

    /**
     * The converter of field values for this backend's driver, for a configuration with these
     * time-zone settings (upstream {@code use_tz} and {@code timezone}). Pure and cheap: the runtime
     * asks once per connection alias and keeps the answer. Every built-in backend overrides it.
     *
     * @param useTz    whether datetimes are stored as UTC ({@code true}) or as wall times in {@code timezone}
     * @param timezone the configured time zone, in which values are read back
     * @throws dev.tortoise.exceptions.ConfigurationException when the backend converts no values
     */
    default ValueCodec valueCodec(boolean useTz, java.time.ZoneId timezone) {
        throw new dev.tortoise.exceptions.ConfigurationException("The backend of engine '" + engine()
                + "' cannot convert values: its BackendProvider does not implement valueCodec()");
    }
}
