package dev.tortoise.bench.crud.jdbc;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.tortoise.bench.Backend;
import dev.tortoise.bench.BenchDatabase;

/**
 * The HikariCP pool the JDBC floor and Hibernate run on, sized and configured as Tortoise configures
 * its own: one connection for SQLite, 1 to 5 for servers, auto-commit on, and on PostgreSQL the
 * driver's {@code reWriteBatchedInserts} that Tortoise's backend also turns on.
 */
public final class CrudPool {

    private CrudPool() {
    }

    /** Opens the pool (HikariCP starts eagerly: the first connection is open on return). */
    public static HikariDataSource open(BenchDatabase db, String name) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(db.jdbcUrl());
        if (db.user() != null) {
            config.setUsername(db.user());
            config.setPassword(db.password());
        }
        config.setMinimumIdle(1);
        config.setMaximumPoolSize(db.backend().isServer() ? 5 : 1);
        config.setAutoCommit(true);
        config.setPoolName(name);
        if (db.backend() == Backend.POSTGRES) {
            config.addDataSourceProperty("reWriteBatchedInserts", "true");
        }
        return new HikariDataSource(config);
    }
}
