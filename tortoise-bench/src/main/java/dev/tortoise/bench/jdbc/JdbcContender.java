package dev.tortoise.bench.jdbc;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.tortoise.bench.BenchDatabase;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import javax.sql.DataSource;

/**
 * The floor: what plain JDBC needs for the work Tortoise does. Every method blocks on the database
 * and throws {@link SQLException} as JDBC does.
 */
public final class JdbcContender {

    private JdbcContender() {
    }

    /**
     * Opens a HikariCP pool sized as Tortoise sizes its own (one connection for SQLite, 1 to 5 for
     * servers). HikariCP starts eagerly: the first connection is open and validated on return.
     */
    public static HikariDataSource openPool(BenchDatabase db) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(db.jdbcUrl());
        if (db.user() != null) {
            config.setUsername(db.user());
            config.setPassword(db.password());
        }
        boolean server = db.backend().isServer();
        config.setMinimumIdle(1);
        config.setMaximumPoolSize(server ? 5 : 1);
        config.setPoolName("bench-jdbc");
        return new HikariDataSource(config);
    }

    /** Opens the pool and makes the first round trip, so the database is known to answer. */
    public static HikariDataSource openPoolAndPing(BenchDatabase db) throws SQLException {
        HikariDataSource pool = openPool(db);
        try {
            ping(pool);
            return pool;
        } catch (SQLException | RuntimeException e) {
            pool.close();
            throw e;
        }
    }

    /** Opens one plain connection with {@code DriverManager} and makes the first round trip. */
    public static Connection connectAndPing(BenchDatabase db) throws SQLException {
        Connection c = db.connect();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT 1")) {
            rs.next();
            return c;
        } catch (SQLException | RuntimeException e) {
            c.close();
            throw e;
        }
    }

    /** Runs {@code SELECT 1} on a borrowed connection. */
    public static void ping(DataSource ds) throws SQLException {
        try (Connection c = ds.getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT 1")) {
            rs.next();
        }
    }

    /** Executes the statements one at a time in auto-commit mode: one transaction each. */
    public static void executeEach(DataSource ds, List<String> statements) throws SQLException {
        try (Connection c = ds.getConnection()) {
            executeEach(c, statements);
        }
    }

    /** {@link #executeEach(DataSource, List)} on a given connection. */
    public static void executeEach(Connection c, List<String> statements) throws SQLException {
        try (Statement s = c.createStatement()) {
            for (String sql : statements) {
                s.execute(sql);
            }
        }
    }

    /**
     * Executes the statements as one batch inside one transaction: the fastest way each database
     * allows (MySQL has no transactional DDL, so there every statement still commits on its own;
     * the batch saves the round trips).
     */
    public static void executeInTransaction(DataSource ds, List<String> statements) throws SQLException {
        try (Connection c = ds.getConnection()) {
            executeInTransaction(c, statements);
        }
    }

    /** {@link #executeInTransaction(DataSource, List)} on a given connection. */
    public static void executeInTransaction(Connection c, List<String> statements) throws SQLException {
        boolean autoCommit = c.getAutoCommit();
        c.setAutoCommit(false);
        try (Statement s = c.createStatement()) {
            for (String sql : statements) {
                s.addBatch(sql);
            }
            s.executeBatch();
            c.commit();
        } catch (SQLException | RuntimeException e) {
            c.rollback();
            throw e;
        } finally {
            c.setAutoCommit(autoCommit);
        }
    }
}
