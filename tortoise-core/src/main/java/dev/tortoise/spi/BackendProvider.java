package dev.tortoise.spi;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.StringJoiner;
import javax.sql.DataSource;

/**
 * A database backend, found with {@link java.util.ServiceLoader} by its engine name.
 *
 * <p>A backend module declares {@code provides dev.tortoise.spi.BackendProvider with ...} in its
 * {@code module-info} and lists the same class in {@code META-INF/services}, so it is found on the
 * module path and on the class path. Implementations are stateless and cheap to construct: the
 * registry instantiates each provider once per JVM, and no two providers may claim the same engine
 * name or alias.
 *
 * <p>What a backend provides: its names, its credential keys, one {@link Platform} per connection
 * (everything the ORM must know about the database: SQL, DDL, types, values, errors) and the
 * {@link DbClient} that runs statements. What it gets: the compilers, schema generator, relation
 * resolver and runtime of core, which ask the platform for text and facts, and the backend kit of
 * {@code dev.tortoise.spi.jdbc} (pooling, statements, transactions, error translation) for a JDBC
 * driver.
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

    /**
     * Every credential key this backend understands, in the order its documentation lists them:
     * the one place that documents, types and defaults its credentials.
     */
    List<CredentialKey<?>> credentialKeys();

    /**
     * Whether this backend uses a credential key (or passes it on to its database). Init logs one
     * WARN for each connection whose credentials (URL parameters included) hold keys this answers
     * false for, naming them and {@link #describeCredentialKeys()}, so that a typo such as
     * {@code maxsise} does not pass silently. The default accepts exactly the names of
     * {@link #credentialKeys()}; a backend that hands other keys to its database (SQLite runs
     * them as PRAGMAs) overrides this to accept what its database knows. Must not block for long
     * and must not throw.
     */
    default boolean acceptsCredential(String key) {
        for (CredentialKey<?> known : credentialKeys()) {
            if (known.name().equals(key)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The keys this backend accepts, as the unknown-key warning lists them; by default the names
     * of {@link #credentialKeys()} in their order. A backend that overrides
     * {@link #acceptsCredential} says here what else it accepts.
     */
    default String describeCredentialKeys() {
        StringJoiner names = new StringJoiner(", ");
        credentialKeys().forEach(key -> names.add(key.name()));
        return names.toString();
    }

    /**
     * The platform of one connection alias: its column types, SQL, DDL, value codec, error codes
     * and server features. Pure: opens no connection and does not block. The runtime asks once per
     * alias and keeps the answer.
     *
     * @throws dev.tortoise.exceptions.ConfigurationException when a credential the platform reads
     *         (a character set, a schema) is invalid
     */
    Platform platform(PlatformConfig config);

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
     * Whether this backend serves the database whose JDBC metadata names this product
     * ({@link java.sql.DatabaseMetaData#getDatabaseProductName()}, such as {@code PostgreSQL}):
     * how {@code "auto"} picks the engine of a connection given as a {@code DataSource}. Pure;
     * default false.
     */
    default boolean recognizes(String databaseProductName) {
        return false;
    }

    /**
     * Creates the client of a connection alias on a {@link DataSource} that the caller owns (an
     * application's or a framework's pool). The client borrows and returns its connections and
     * never closes the data source; closing the client releases nothing of it. Opens no connection.
     * Default: refused.
     *
     * @throws dev.tortoise.exceptions.ConfigurationException when this backend cannot run on a data source
     */
    default DbClient createClient(String connectionName, DataSource dataSource) {
        throw new dev.tortoise.exceptions.ConfigurationException("Connection '" + connectionName + "': the backend of "
                + engine() + " cannot run on a DataSource; configure it with a URL or credentials instead");
    }

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
}
