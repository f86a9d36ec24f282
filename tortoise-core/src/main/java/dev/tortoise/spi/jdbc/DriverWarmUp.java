package dev.tortoise.spi.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Runs a representative statement once, right after a pool starts, so that the driver's classes
 * (codecs, result readers, generated-key support) are loaded then, by one thread.
 *
 * <p>Why: loading a class that several virtual threads want at the same moment makes all but one
 * wait on the class loader's monitor inside native code, which pins their carriers (seen with
 * MariaDB Connector/J under 2,000 virtual threads). Loading them up front, while every other
 * caller is parked on the pool's start lock, keeps the hot path free of that.
 */
public final class DriverWarmUp {

    /** Work to do once on the first connection of a pool. */
    @FunctionalInterface
    public interface Warmer {
        void warm(Connection connection) throws SQLException;

        /** Does nothing. */
        Warmer NONE = connection -> { };
    }

    private DriverWarmUp() {
    }

    /**
     * Prepares {@code sql} asking for generated keys, binds the values, runs it, reads every row
     * and asks for the keys: the code paths of {@link JdbcClient}'s statements.
     */
    public static void exercise(Connection connection, String sql, Object... params) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement(sql, Statement.RETURN_GENERATED_KEYS)) {
            for (int i = 0; i < params.length; i++) {
                ps.setObject(i + 1, params[i]);
            }
            if (ps.execute()) {
                try (ResultSet rs = ps.getResultSet()) {
                    RowReader.readAll(rs, (r, column, type) -> r.getObject(column), true);
                }
            }
            try (ResultSet keys = ps.getGeneratedKeys()) {
                keys.next();
            }
        }
    }
}
