package dev.tortoise.spi;

import java.util.List;
import java.util.Map;

/**
 * One configured connection alias: a thread-safe, pooled client of one database.
 *
 * <p>Contract for implementations:
 * <ul>
 *   <li>Construction opens nothing; the first call that needs the database connects. A server that
 *       cannot be reached fails that call with {@link dev.tortoise.exceptions.DbConnectionException},
 *       whose message names the alias and host but never the password.</li>
 *   <li>Every method blocks the calling thread until the database answers, and is safe to call from
 *       any number of (virtual) threads. No method holds a monitor while waiting on I/O or the pool.</li>
 *   <li>Every connection borrowed is returned exactly once, also when a statement fails.</li>
 *   <li>{@link java.sql.SQLException}s are translated: constraint violations to
 *       {@link dev.tortoise.exceptions.IntegrityException}, other statement failures to
 *       {@link dev.tortoise.exceptions.OperationalException}, with the driver's exception as cause.</li>
 *   <li>SQL uses the backend's own dialect and {@code ?} placeholders; values are always bound.</li>
 *   <li>Inside a transaction opened on this alias by the current thread, every call uses that
 *       transaction's connection.</li>
 * </ul>
 */
public interface DbClient extends AutoCloseable {

    /** The connection alias from the configuration, for example {@code default}. */
    String connectionName();

    /** The SQL dialect: {@code "sqlite"}, {@code "postgres"} or {@code "mysql"}. */
    String dialect();

    /** Runs a query; each row maps column label to value, in column order. */
    List<Map<String, Object>> executeQueryDict(String sql, Object... params);

    /** Runs an INSERT, UPDATE, DELETE or DDL statement; returns the affected row count. */
    int executeUpdate(String sql, Object... params);

    /** Runs an INSERT and returns the generated key, or {@code null} when the database made none. */
    Object executeInsert(String sql, Object... params);

    /** Runs one statement once per parameter row, batched. */
    void executeMany(String sql, List<Object[]> rows);

    /** Runs several {@code ;}-separated statements with no parameters, as DDL scripts are. */
    void executeScript(String sql);

    /** Checks that the database answers; throws {@link dev.tortoise.exceptions.DbConnectionException} if not. */
    void ping();

    /** Closes the pool. Idempotent. Later calls throw {@link dev.tortoise.exceptions.ConfigurationException}. */
    @Override
    void close();

    /** Whether {@link #close()} has run. */
    boolean isClosed();
}
