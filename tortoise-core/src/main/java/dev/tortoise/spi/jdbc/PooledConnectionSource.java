package dev.tortoise.spi.jdbc;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.metrics.MetricsTrackerFactory;
import com.zaxxer.hikari.pool.HikariPool;

import java.sql.Connection;
import javax.sql.DataSource;
import java.sql.SQLException;
import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

/**
 * A HikariCP pool started on first use, with a fair {@link Semaphore} in front of it.
 *
 * <p>Why the semaphore: thousands of virtual threads asking Hikari at once all spin in its
 * hand-off queue; a fair semaphore sized to the pool lets exactly as many callers in as there
 * are connections, parks the rest (a parked virtual thread unmounts), and serves them in arrival
 * order. Its timeout is the one the caller sees, with a message that names the alias.
 *
 * <p>The pool is built with {@code new HikariDataSource(config)}, which connects at once, under a
 * {@link ReentrantLock}, the first time a connection is wanted, after one connection opened by
 * hand has shown that the server answers (so that a refused connection fails in milliseconds). A failed start is reported as a
 * {@link dev.tortoise.exceptions.DbConnectionException} and retried by the next caller.
 */
public final class PooledConnectionSource extends GatedConnectionSource {

    private final Supplier<HikariConfig> configFactory;
    private final int poolSize;
    private final DriverWarmUp.Warmer warmer;
    private final Semaphore permits;
    private final ReentrantLock startLock = new ReentrantLock();
    private volatile HikariDataSource dataSource;
    private volatile MetricsTrackerFactory metrics;

    /**
     * @param configFactory builds a fresh Hikari configuration for each start attempt (Hikari
     *                      seals what it started with); its maximum pool size must be {@code poolSize}
     * @param poolSize      the number of connections, and of callers let through at once
     * @param borrowTimeout how long a caller waits for a free connection before failing
     * @param warmer        run once on a connection right after the pool starts (see {@link DriverWarmUp})
     */
    public PooledConnectionSource(String alias, Supplier<HikariConfig> configFactory, int poolSize,
                                  Duration borrowTimeout, SqlErrorTranslator translator, DriverWarmUp.Warmer warmer) {
        super(alias, borrowTimeout, translator);
        this.configFactory = configFactory;
        this.poolSize = poolSize;
        this.warmer = warmer;
        this.permits = new Semaphore(poolSize, true);
    }

    /** A Hikari configuration with the settings every backend shares: name, size, timeouts. */
    public static HikariConfig baseConfig(String alias, int minSize, int maxSize, Duration borrowTimeout) {
        HikariConfig config = new HikariConfig();
        config.setPoolName("tortoise-" + alias);
        config.setMaximumPoolSize(maxSize);
        config.setMinimumIdle(Math.min(minSize, maxSize));
        // The semaphore is the gate callers wait at; Hikari's own wait only covers opening a
        // connection, so it gets the same budget.
        config.setConnectionTimeout(Math.max(250, borrowTimeout.toMillis()));
        config.setInitializationFailTimeout(1);
        config.setAutoCommit(true);
        return config;
    }

    /**
     * Reports the pool's state to {@code factory} (HikariCP's metrics support, such as its
     * {@code MicrometerMetricsTrackerFactory}): from the start when the pool has not started yet,
     * else from now on. HikariCP accepts one factory per pool.
     */
    public void metricsTrackerFactory(MetricsTrackerFactory factory) {
        startLock.lock();
        try {
            metrics = factory;
            if (dataSource != null) {
                dataSource.setMetricsTrackerFactory(factory);
            }
        } finally {
            startLock.unlock();
        }
    }

    @Override
    public boolean isStarted() {
        return dataSource != null;
    }

    @Override
    protected boolean enter(long nanos) throws InterruptedException {
        return permits.tryAcquire(nanos, TimeUnit.NANOSECONDS);
    }

    @Override
    protected void leave() {
        permits.release();
    }

    @Override
    protected String busyMessage(long waitedMillis) {
        return "No connection of '" + alias() + "' became free within " + waitedMillis + " ms (pool of " + poolSize
                + "): transactions, open stream()s or other callers hold them. A stream() holds its connection"
                + " until it is closed or read to the end: open it in try-with-resources. Otherwise shorten the"
                + " transactions or raise the pool size (URL ?maxsize=" + (poolSize * 2) + ")";
    }

    @Override
    protected Connection borrow() throws SQLException {
        return started().getConnection();
    }

    @Override
    protected void giveBack(Connection connection, boolean broken) throws SQLException {
        HikariDataSource ds = dataSource;
        if (broken && ds != null) {
            ds.evictConnection(connection);
        } else {
            connection.close();
        }
    }

    @Override
    protected void closeConnections() {
        startLock.lock();
        try {
            if (dataSource != null) {
                dataSource.close();
                SqlLog.event(alias(), "pool closed");
            }
        } finally {
            startLock.unlock();
        }
    }

    private HikariDataSource started() {
        HikariDataSource ds = dataSource;
        if (ds != null) {
            return ds;
        }
        startLock.lock();
        try {
            ensureOpen();
            if (dataSource == null) {
                dataSource = start();
            }
            return dataSource;
        } finally {
            startLock.unlock();
        }
    }

    private HikariDataSource start() {
        HikariConfig config = configFactory.get();
        if (metrics != null) {
            config.setMetricsTrackerFactory(metrics);
        }
        probe(config);
        try {
            HikariDataSource ds = new HikariDataSource(config);
            SqlLog.event(alias(), "pool started with up to " + poolSize + " connections");
            warmUp(ds);
            return ds;
        } catch (HikariPool.PoolInitializationException e) {
            throw translator().connectionFailed(e.getCause() != null ? e.getCause() : e);
        }
    }

    /**
     * Opens and closes one connection before the pool starts, so that a server that refuses (a
     * closed port, a wrong password) fails the call at once: Hikari's own start-up check sleeps a
     * second after a failed attempt, and every call would pay it again.
     */
    private void probe(HikariConfig config) {
        DataSource target = config.getDataSource();
        if (target == null) {
            return;
        }
        try (Connection ignored = config.getUsername() == null ? target.getConnection()
                : target.getConnection(config.getUsername(), config.getPassword())) {
            SqlLog.event(alias(), "server reachable");
        } catch (SQLException e) {
            throw translator().connectionFailed(e);
        }
    }

    private void warmUp(HikariDataSource ds) {
        try (Connection connection = ds.getConnection()) {
            warmer.warm(connection);
        } catch (SQLException | RuntimeException e) {
            // Only a missed optimisation: the real statements report real problems.
            SqlLog.event(alias(), "driver warm-up failed: " + translator().scrub(String.valueOf(e.getMessage())));
        }
    }
}
