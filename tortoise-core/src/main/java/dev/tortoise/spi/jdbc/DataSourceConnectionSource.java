package dev.tortoise.spi.jdbc;

import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.WeakHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.ReentrantLock;
import javax.sql.DataSource;

/**
 * Connections from a {@link DataSource} that the caller owns (an application's pool, a
 * framework's): borrowed with {@code getConnection()}, given back with {@code close()}, and never
 * closed as a pool: {@link #close()} leaves the data source as it found it.
 *
 * <p>There is no gate of Tortoise's own in front: the caller's pool already makes callers wait, with
 * its own timeout. A backend that needs something on every physical connection (SQLite's functions
 * and {@code foreign_keys}) gives a {@link Preparer}, run once per physical connection, the first
 * time it is lent. When the data source is a {@link ManagedDataSource}, the calling thread's outer
 * transaction is reported by {@link #inOuterTransaction()}.
 */
public final class DataSourceConnectionSource extends GatedConnectionSource {

    /** Prepares a physical connection the first time it is lent; must not keep it. */
    @FunctionalInterface
    public interface Preparer {
        void prepare(Connection connection) throws SQLException;
    }

    /** Nothing to prepare. */
    public static final Preparer NOTHING = connection -> { };

    private final DataSource dataSource;
    private final Preparer preparer;
    private final ReentrantLock preparedLock = new ReentrantLock();
    private final Map<Connection, Boolean> prepared = new WeakHashMap<>(); // guarded by preparedLock
    private final AtomicBoolean started = new AtomicBoolean();

    /**
     * @param alias      the connection alias, named in messages
     * @param dataSource the caller's data source, left open by {@link #close()}
     * @param translator reports a failure to connect
     * @param preparer   run once per physical connection before it is first lent
     */
    public DataSourceConnectionSource(String alias, DataSource dataSource, SqlErrorTranslator translator,
                                      Preparer preparer) {
        // The caller's pool times its own waits: the gate below never makes anyone wait.
        super(alias, Duration.ofDays(1), translator);
        this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
        this.preparer = Objects.requireNonNull(preparer, "preparer");
    }

    /** The caller's data source. */
    public DataSource dataSource() {
        return dataSource;
    }

    @Override
    public boolean isStarted() {
        return started.get();
    }

    @Override
    public boolean inOuterTransaction() {
        return dataSource instanceof ManagedDataSource managed && managed.inManagedTransaction();
    }

    @Override
    protected boolean enter(long nanos) {
        return true;
    }

    @Override
    protected void leave() {
        // no gate
    }

    @Override
    protected String busyMessage(long waitedMillis) {
        return "No connection of '" + alias() + "' within " + waitedMillis + " ms";
    }

    @Override
    protected Connection borrow() throws SQLException {
        Connection connection = dataSource.getConnection();
        started.set(true);
        try {
            prepareOnce(connection);
            return connection;
        } catch (SQLException | RuntimeException e) {
            try {
                connection.close();
            } catch (SQLException suppressed) {
                e.addSuppressed(suppressed);
            }
            throw e;
        }
    }

    /**
     * Gives the connection back to the caller's pool. A broken one (its settings could not be
     * restored) is evicted from a HikariCP pool, and otherwise closed: either way it is prepared
     * again if it is lent again.
     */
    @Override
    protected void giveBack(Connection connection, boolean broken) throws SQLException {
        if (broken && !inOuterTransaction()) {
            prepared(physical(connection), false);
            if (dataSource.isWrapperFor(HikariDataSource.class)) {
                dataSource.unwrap(HikariDataSource.class).evictConnection(connection);
                return;
            }
        }
        connection.close();
    }

    /** The data source belongs to the caller: nothing of it is closed. */
    @Override
    protected void closeConnections() {
        SqlLog.event(alias(), "released; the caller's DataSource stays open");
    }

    private void prepareOnce(Connection connection) throws SQLException {
        if (preparer == NOTHING) {
            return;
        }
        Connection physical = physical(connection);
        preparedLock.lock();
        try {
            if (prepared.containsKey(physical)) {
                return;
            }
        } finally {
            preparedLock.unlock();
        }
        preparer.prepare(connection);
        prepared(physical, true);
    }

    private void prepared(Connection physical, boolean done) {
        preparedLock.lock();
        try {
            if (done) {
                prepared.put(physical, Boolean.TRUE);
            } else {
                prepared.remove(physical);
            }
        } finally {
            preparedLock.unlock();
        }
    }

    /** The driver's own connection behind a pool's proxy, which is what stays the same between loans. */
    private static Connection physical(Connection connection) {
        try {
            return connection.isWrapperFor(Connection.class) ? connection.unwrap(Connection.class) : connection;
        } catch (SQLException e) {
            return connection;
        }
    }
}
