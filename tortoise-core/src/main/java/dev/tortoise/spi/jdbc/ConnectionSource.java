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

    /** Closes every connection. Idempotent; later {@link #acquire()} calls fail. */
    void close();
}
