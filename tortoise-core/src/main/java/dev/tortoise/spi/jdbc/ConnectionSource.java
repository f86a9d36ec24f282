package dev.tortoise.spi.jdbc;

/**
 * Where a {@link JdbcClient} borrows connections: a pool for server databases, one locked
 * connection for SQLite.
 *
 * <p>Contract: creating a source opens nothing; the first {@link #acquire()} connects. Waiting for
 * a connection uses {@code java.util.concurrent} primitives only, so a virtual thread that waits
 * unmounts, and every wait has a timeout that fails with a message naming the connection alias.
 */
public interface ConnectionSource {

    /**
     * Borrows a connection, connecting first if nothing is open yet. Blocks while every connection
     * is in use.
     *
     * @throws dev.tortoise.exceptions.DbConnectionException  when the database cannot be reached
     * @throws dev.tortoise.exceptions.OperationalException    when no connection became free in time
     * @throws dev.tortoise.exceptions.ConfigurationException  when the source is closed
     */
    ConnectionLease acquire();

    /**
     * How many connections are lent out right now: leases acquired and not yet closed. Zero when
     * nothing holds a connection (no transaction running, no stream open); a pool's health gauge and
     * what leak checks in tests compare. Never blocks.
     */
    int leasesOut();

    /** Whether a connection to the database has been opened (proof that init connects nothing). */
    boolean isStarted();

    /**
     * Whether this source lends one connection only (SQLite): then a second transaction cannot be
     * opened beside the calling thread's, and {@code REQUIRES_NEW} is refused. Default: false.
     */
    default boolean singleConnection() {
        return false;
    }

    /**
     * Whether the calling thread is inside a transaction that someone else manages on the
     * connections of this source (Spring's transaction manager on a caller's {@code DataSource}):
     * {@link #acquire()} then lends that transaction's connection, and the client's transactions
     * join it with savepoints instead of beginning and committing. Default: false.
     */
    default boolean inOuterTransaction() {
        return false;
    }

    /** Closes every connection. Idempotent; later {@link #acquire()} calls fail. */
    void close();
}
