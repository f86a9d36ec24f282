package dev.tortoise.spi.jdbc;

import java.sql.SQLException;

/**
 * Carries which statement of a script failed from inside the connection work up to the
 * translator, so that the message names that statement rather than the whole script.
 */
final class ScriptStatementFailure extends SQLException {
    private static final long serialVersionUID = 1L;

    private final transient String statement;
    private final SQLException failure;

    ScriptStatementFailure(String statement, SQLException failure) {
        super(failure.getMessage(), failure.getSQLState(), failure.getErrorCode(), failure);
        this.statement = statement;
        this.failure = failure;
    }

    String statement() {
        return statement;
    }

    SQLException failure() {
        return failure;
    }
}
