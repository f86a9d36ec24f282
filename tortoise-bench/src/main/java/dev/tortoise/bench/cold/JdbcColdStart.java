package dev.tortoise.bench.cold;

import dev.tortoise.bench.Shapes;
import dev.tortoise.bench.jdbc.JdbcContender;
import java.sql.Connection;
import java.sql.SQLException;

/**
 * A whole process written with plain JDBC: one {@code DriverManager} connection, the hand-written
 * DDL read from the class path and executed in one transaction, close, exit. The floor for
 * {@link TortoiseColdStart}.
 */
public final class JdbcColdStart {

    private JdbcColdStart() {
    }

    /** Entry point: {@code <backend> <n> <file or database>}. */
    public static void main(String[] args) throws SQLException {
        ColdStartArgs a = ColdStartArgs.parse("JdbcColdStart", args);
        try (Connection c = a.database().connect()) {
            JdbcContender.executeInTransaction(c, Shapes.ddlStatements(a.n(), a.database().backend().dialect()));
        }
    }
}
