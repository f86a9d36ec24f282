package dev.tortoise.backend.sqlite;

import dev.tortoise.exceptions.ConfigurationException;
import dev.tortoise.exceptions.OperationalException;
import dev.tortoise.internal.jdbc.ConnectionLease;
import dev.tortoise.internal.jdbc.ConnectionSource;
import dev.tortoise.internal.jdbc.SqlErrorTranslator;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The one connection of a SQLite database, lent to one caller at a time under a fair
 * {@link ReentrantLock}.
 *
 * <p>Why not a pool: SQLite serialises writers per file anyway, and several connections in one
 * process only add busy waits between them; one connection also keeps {@code :memory:} a single
 * database for the life of the client. A fair {@code ReentrantLock} parks waiting virtual threads
 * (they unmount) and serves them in arrival order. A transaction holds the lock until it ends.
 */
final class SingleConnectionSource implements ConnectionSource {

    /** Opens the connection, with its PRAGMAs applied; a failure is reported as a connection failure. */
    @FunctionalInterface
    interface Opener {
        Connection open() throws SQLException;
    }

    private final SqliteSettings settings;
    private final Opener opener;
    private final SqlErrorTranslator translator;
    private final Duration waitTimeout;
    private final ReentrantLock lock = new ReentrantLock(true);
    private final AtomicBoolean closed = new AtomicBoolean();
    private volatile boolean started;
    private Connection connection; // guarded by lock

    SingleConnectionSource(SqliteSettings settings, Opener opener, SqlErrorTranslator translator, Duration waitTimeout) {
        this.settings = settings;
        this.opener = opener;
        this.translator = translator;
        this.waitTimeout = waitTimeout;
    }

    @Override
    public ConnectionLease acquire() {
        ensureOpen();
        try {
            if (!lock.tryLock(waitTimeout.toNanos(), TimeUnit.NANOSECONDS)) {
                throw new OperationalException("The connection of '" + settings.alias() + "' (" + settings.target()
                        + ") stayed in use for " + waitTimeout.toMillis() + " ms: a transaction holds it too long");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new OperationalException("Interrupted while waiting for the connection of '" + settings.alias() + "'", e);
        }
        try {
            ensureOpen();
            if (connection == null) {
                connection = opener.open();
                started = true;
            }
            return new Lease(connection);
        } catch (SQLException e) {
            lock.unlock();
            throw translator.connectionFailed(e);
        } catch (RuntimeException | Error e) {
            lock.unlock();
            throw e;
        }
    }

    @Override
    public boolean isStarted() {
        return started;
    }

    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        lock.lock();
        try {
            closeConnection();
        } finally {
            lock.unlock();
        }
    }

    private void closeConnection() {
        if (connection != null) {
            try {
                connection.close();
            } catch (SQLException ignored) {
                // Closing is best effort: the handle is dropped either way.
            }
            connection = null;
        }
    }

    private void ensureOpen() {
        if (closed.get()) {
            throw new ConfigurationException("connection '" + settings.alias() + "' is closed");
        }
    }

    private final class Lease implements ConnectionLease {
        private final Connection leased;
        private final AtomicBoolean released = new AtomicBoolean();
        private boolean broken;

        Lease(Connection leased) {
            this.leased = leased;
        }

        @Override
        public Connection connection() {
            return leased;
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
                // An in-memory database lives in its connection: never throw it away.
                if (broken && !settings.inMemory()) {
                    closeConnection();
                }
            } finally {
                lock.unlock();
            }
        }
    }
}
