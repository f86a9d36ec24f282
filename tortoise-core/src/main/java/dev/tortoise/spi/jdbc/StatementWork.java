package dev.tortoise.spi.jdbc;

import java.math.BigInteger;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The JDBC work of each kind of statement, on a connection it is given. Values are bound and read
 * through the client's hooks, so what a backend adapts applies everywhere. Every method blocks
 * until the database answers and throws the driver's {@link SQLException} untranslated.
 */
final class StatementWork {

    /** A RETURNING clause at the end of an INSERT: the statement then answers with rows. */
    private static final Pattern RETURNING = Pattern.compile(
            "(?is).*\\bRETURNING\\s+(?:\\*|[\"`\\w.]+(?:\\s*,\\s*[\"`\\w.]+)*)\\s*;?\\s*");

    private StatementWork() {
    }

    /** The rows of a query, each an ordered map; none when the statement answers with no result set. */
    static List<Map<String, Object>> rows(JdbcClient client, Connection c, String sql, Object[] params)
            throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            client.bind(ps, params);
            if (!ps.execute()) {
                return List.of();
            }
            try (ResultSet rs = ps.getResultSet()) {
                return RowReader.readAll(rs, client::readValue, client.readsColumnTypes());
            }
        }
    }

    /** How many rows a statement changed (0 when the driver cannot tell). */
    static int updateCount(JdbcClient client, Connection c, String sql, Object[] params) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            client.bind(ps, params);
            ps.execute();
            return Math.max(0, ps.getUpdateCount());
        }
    }

    /** Whether an INSERT ends with a RETURNING clause, so that it answers with its key as a row. */
    static boolean returnsRows(String insertSql) {
        return RETURNING.matcher(insertSql).matches();
    }

    /**
     * Runs an INSERT and gives its key: the first column of the returned row when {@code returning},
     * else what the client's {@link JdbcClient#insertReturningKey} reports. A {@link BigInteger}
     * that fits comes out as a {@code Long}.
     */
    static Object insert(JdbcClient client, Connection c, String sql, Object[] params, boolean returning)
            throws SQLException {
        Object key = returning ? returnedKey(client, c, sql, params) : client.insertReturningKey(c, sql, params);
        if (key instanceof BigInteger big && big.bitLength() < 64) {
            return big.longValue();
        }
        return key;
    }

    /**
     * Runs one statement for every row as a JDBC batch, all or nothing: outside a transaction it
     * opens one of its own, committed at the end and rolled back when a row fails.
     */
    static void batch(JdbcClient client, Connection c, String sql, List<Object[]> rows) throws SQLException {
        boolean ownTransaction = c.getAutoCommit();
        if (ownTransaction) {
            c.setAutoCommit(false);
        }
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (Object[] row : rows) {
                client.bind(ps, row);
                ps.addBatch();
            }
            ps.executeBatch();
            if (ownTransaction) {
                c.commit();
            }
        } catch (SQLException | RuntimeException e) {
            if (ownTransaction) {
                rollbackQuietly(c, e);
            }
            throw e;
        } finally {
            if (ownTransaction) {
                c.setAutoCommit(true);
            }
        }
    }

    /**
     * Runs statements without bound values in order on one JDBC {@link Statement}, each logged and
     * tried on its own through the client's {@link JdbcClient#attempt} hook.
     *
     * @throws ScriptStatementFailure naming the first statement the database refused
     */
    static void plain(JdbcClient client, Connection c, List<String> statements) throws SQLException {
        try (Statement st = c.createStatement()) {
            for (String statement : statements) {
                SqlLog.statement(client.connectionName(), statement, null);
                try {
                    client.attempt(() -> st.execute(statement));
                } catch (SQLException e) {
                    throw new ScriptStatementFailure(statement, e);
                }
            }
        }
    }

    private static Object returnedKey(JdbcClient client, Connection c, String sql, Object[] params)
            throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            client.bind(ps, params);
            if (!ps.execute()) {
                return null;
            }
            try (ResultSet rs = ps.getResultSet()) {
                return rs.next() ? client.readValue(rs, 1,
                        client.readsColumnTypes() ? rs.getMetaData().getColumnType(1) : java.sql.Types.OTHER) : null;
            }
        }
    }

    private static void rollbackQuietly(Connection c, Exception failure) {
        try {
            c.rollback();
        } catch (SQLException e) {
            failure.addSuppressed(e);
        }
    }
}
