package dev.tortoise.bench.crud.jdbc;

import java.sql.Connection;
import java.sql.SQLException;

/** A transaction on a borrowed connection, as hand-written JDBC code runs one. */
final class Transactions {

    /** Work inside the transaction. */
    interface Work<T> {
        T run() throws SQLException;
    }

    private Transactions() {
    }

    /** Runs the work with auto-commit off, commits, and restores auto-commit; rolls back on failure. */
    static <T> T run(Connection c, Work<T> work) throws SQLException {
        c.setAutoCommit(false);
        try {
            T result = work.run();
            c.commit();
            return result;
        } catch (SQLException | RuntimeException e) {
            c.rollback();
            throw e;
        } finally {
            c.setAutoCommit(true);
        }
    }
}
