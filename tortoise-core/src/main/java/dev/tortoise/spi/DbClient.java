package dev.tortoise.spi;

import dev.tortoise.Block;
import dev.tortoise.TxOptions;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

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

    /** The name of its platform ({@link Platform#name()}): {@code "sqlite"}, {@code "postgres"}, {@code "mysql"}, {@code "h2"} … */
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

    /**
     * Runs statements without parameters, in order, as one script already split; stops at the
     * first the database refuses. Default: {@link #executeUpdate} of each.
     */
    default void executeStatements(List<String> statements) {
        for (String statement : statements) {
            executeUpdate(statement);
        }
    }

    /**
     * Runs a query and returns its rows lazily, read from the database while the stream is
     * consumed, so that a large result is never held in memory at once. The stream holds a
     * connection until its last row has been read or it is closed (inside the calling thread's
     * transaction it reads on that transaction's connection and ends with it): close it with
     * try-with-resources, on the thread that opened it.
     */
    Stream<Map<String, Object>> streamQueryDict(String sql, Object... params);

    /**
     * Runs the block in a transaction on one connection of this client and returns its value.
     *
     * <p>The transaction belongs to the calling thread: every call of this client made by that
     * thread inside the block uses the transaction's connection; other threads, including threads
     * the block starts, use connections of their own. A nested call on the same thread is a
     * savepoint: if the inner block throws, its work is rolled back to the savepoint and the outer
     * block goes on; if it returns, the savepoint is released. When the outermost block returns,
     * the transaction commits; when it throws, it rolls back and the block's exception comes out
     * unchanged (a failing rollback is attached to it as suppressed). Blocks while it waits for a
     * connection.
     *
     * @throws X whatever the block throws
     * @throws dev.tortoise.exceptions.TransactionManagementException when the transaction or a
     *         savepoint cannot be begun or committed
     * @throws dev.tortoise.exceptions.IntegrityException when the commit violates a deferred constraint
     */
    <T, X extends Exception> T inTransaction(Block<T, X> block) throws X;

    /**
     * Runs the block in a transaction with options: isolation level, read-only and propagation
     * (see {@link TxOptions}; retrying is the caller's, {@code Tortoise.inTransaction} does it).
     * The default handles {@link TxOptions#defaults()} and {@code NESTED} as
     * {@link #inTransaction(Block)} and refuses everything else; the JDBC kit's client does all.
     *
     * @throws X whatever the block throws
     * @throws dev.tortoise.exceptions.TransactionManagementException when this client cannot honour
     *         an option, or the transaction cannot be begun or committed
     */
    default <T, X extends Exception> T inTransaction(TxOptions options, Block<T, X> block) throws X {
        if (options.hasConnectionSettings() || options.propagation() == TxOptions.Propagation.REQUIRES_NEW) {
            throw new dev.tortoise.exceptions.TransactionManagementException("Connection '" + connectionName()
                    + "' (" + dialect() + ") does not support " + options + "; its backend implements only"
                    + " inTransaction(block)");
        }
        return inTransaction(block);
    }

    /**
     * Whether the calling thread is inside a transaction of this client: one it began, or one of an
     * outer transaction manager (Spring's) that its calls join.
     */
    boolean isInTransaction();

    /**
     * Reports every statement this client sends to {@code listener} from now on. Clients built on
     * {@link dev.tortoise.spi.jdbc.JdbcClient} do; the default reports nothing and returns false,
     * which Tortoise logs at WARN for a configured listener.
     *
     * @return whether the client reports statements
     */
    default boolean observe(dev.tortoise.StatementListener listener) {
        return false;
    }

    /** Checks that the database answers; throws {@link dev.tortoise.exceptions.DbConnectionException} if not. */
    void ping();

    /** Closes the pool. Idempotent. Later calls throw {@link dev.tortoise.exceptions.ConfigurationException}. */
    @Override
    void close();

    /** Whether {@link #close()} has run. */
    boolean isClosed();
}
