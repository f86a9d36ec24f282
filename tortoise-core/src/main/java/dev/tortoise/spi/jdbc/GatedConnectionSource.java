package dev.tortoise.spi.jdbc;

import dev.tortoise.exceptions.ConfigurationException;
import dev.tortoise.exceptions.OperationalException;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A {@link ConnectionSource} whose callers pass a gate before they get a connection: a fair
 * semaphore in front of a pool, or a fair lock around SQLite's one connection.
 *
 * <p>What every source shares lives here: the wait at the gate with its timeout and interrupt
 * handling, the lease that gives its connection back exactly once (and reopens the gate even when
 * giving back fails), and closing once. A subclass says what its gate is, where a connection comes
 * from and where it goes back. The gate must be a {@code java.util.concurrent} primitive, so that a
 * waiting virtual thread unmounts.
 */
public abstract class GatedConnectionSource implements ConnectionSource {

    private final String alias;
    private final Duration waitTimeout;
    private final SqlErrorTranslator translator;
    private final AtomicBoolean closed = new AtomicBoolean();
    private final AtomicInteger leasesOut = new AtomicInteger();

    /**
     * @param alias       the connection alias, named in every message
     * @param waitTimeout how long a caller waits at the gate before failing
     * @param translator  reports a failure to connect as a {@link dev.tortoise.exceptions.DbConnectionException}
     */
    protected GatedConnectionSource(String alias, Duration waitTimeout, SqlErrorTranslator translator) {
        this.alias = alias;
        this.waitTimeout = waitTimeout;
        this.translator = translator;
    }

    /** Waits at most {@code nanos} to pass the gate; false when the time ran out. */
    protected abstract boolean enter(long nanos) throws InterruptedException;

    /** Opens the gate for the next caller; called once for every successful {@link #enter}. */
    protected abstract void leave();

    /** The message of the failure when nobody left the gate within {@code waitedMillis}. */
    protected abstract String busyMessage(long waitedMillis);

    /** A connection for the caller that passed the gate, connecting first when needed. */
    protected abstract Connection borrow() throws SQLException;

    /**
     * Takes a leased connection back, before the gate opens again.
     *
     * @param broken whether the lease was marked broken: its state could not be restored
     */
    protected abstract void giveBack(Connection connection, boolean broken) throws SQLException;

    /** Closes every connection; runs once, on the first {@link #close()}. */
    protected abstract void closeConnections();

    @Override
    public final ConnectionLease acquire() {
        ensureOpen();
        boolean admitted;
        try {
            admitted = enter(waitTimeout.toNanos());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new OperationalException("Interrupted while waiting for a connection of '" + alias + "'", e);
        }
        if (!admitted) {
            throw new OperationalException(busyMessage(waitTimeout.toMillis()));
        }
        try {
            ensureOpen();
            Lease lease = new Lease(borrow());
            leasesOut.incrementAndGet();
            return lease;
        } catch (SQLException e) {
            leave();
            ensureOpen();  // closed while this caller was connecting: say so, not that the server is unreachable
            throw translator.connectionFailed(e);
        } catch (RuntimeException | Error e) {
            leave();
            throw e;
        }
    }

    @Override
    public final int leasesOut() {
        return leasesOut.get();
    }

    @Override
    public final void close() {
        if (closed.compareAndSet(false, true)) {
            closeConnections();
        }
    }

    /** The connection alias. */
    protected final String alias() {
        return alias;
    }

    /** The translator of this source's connection failures. */
    protected final SqlErrorTranslator translator() {
        return translator;
    }

    /** @throws ConfigurationException naming the alias once {@link #close()} has run */
    protected final void ensureOpen() {
        if (closed.get()) {
            throw new ConfigurationException("connection '" + alias + "' is closed");
        }
    }

    /** Gives its connection back and reopens the gate, once. */
    private final class Lease implements ConnectionLease {
        private final Connection connection;
        private final AtomicBoolean released = new AtomicBoolean();
        private volatile boolean broken;

        Lease(Connection connection) {
            this.connection = connection;
        }

        @Override
        public Connection connection() {
            return connection;
        }

        @Override
        public void markBroken() {
            broken = true;
        }

        @Override
        public void close() {
            if (!released.compareAndSet(false, true)) {
                return;
            }
            try {
                giveBack(connection, broken);
            } catch (SQLException | RuntimeException e) {
                SqlLog.event(alias, "connection could not be returned cleanly: "
                        + translator.scrub(String.valueOf(e.getMessage())));
            } finally {
                leasesOut.decrementAndGet();
                leave();
            }
        }
    }
}
