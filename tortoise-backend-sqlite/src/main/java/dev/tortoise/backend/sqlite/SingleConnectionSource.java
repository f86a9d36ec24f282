package dev.tortoise.backend.sqlite;

import dev.tortoise.spi.jdbc.GatedConnectionSource;
import dev.tortoise.spi.jdbc.SqlErrorTranslator;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
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
final class SingleConnectionSource extends GatedConnectionSource {

    /** Opens the connection, with its PRAGMAs applied; a failure is reported as a connection failure. */
    @FunctionalInterface
    interface Opener {
        Connection open() throws SQLException;
    }

    private final SqliteSettings settings;
    private final Opener opener;
    private final ReentrantLock lock = new ReentrantLock(true);
    private volatile boolean started;
    private Connection connection; // guarded by lock

    SingleConnectionSource(SqliteSettings settings, Opener opener, SqlErrorTranslator translator, Duration waitTimeout) {
        super(settings.alias(), waitTimeout, translator);
        this.settings = settings;
        this.opener = opener;
    }

    /** One connection: a transaction beside the open one would need a second. */
    @Override
    public boolean singleConnection() {
        return true;
    }

    @Override
    public boolean isStarted() {
        return started;
    }

    @Override
    protected boolean enter(long nanos) throws InterruptedException {
        return lock.tryLock(nanos, TimeUnit.NANOSECONDS);
    }

    @Override
    protected void leave() {
        lock.unlock();
    }

    @Override
    protected String busyMessage(long waitedMillis) {
        return "The connection of '" + settings.alias() + "' (" + settings.target() + ") stayed in use for "
                + waitedMillis + " ms: a transaction or an open stream() holds it. A stream() holds the connection"
                + " until it is closed or read to the end: open it in try-with-resources; keep transactions short";
    }

    @Override
    protected Connection borrow() throws SQLException {
        if (connection == null) {
            connection = opener.open();
            started = true;
        }
        return connection;
    }

    /** An in-memory database lives in its connection: it is never thrown away. */
    @Override
    protected void giveBack(Connection leased, boolean broken) {
        if (broken && !settings.inMemory()) {
            closeConnection();
        }
    }

    @Override
    protected void closeConnections() {
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
}
