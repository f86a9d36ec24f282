package dev.tortoise.spi;

import java.sql.SQLException;

/**
 * A backend's knowledge of its driver's vendor error codes, consulted before the SQLState
 * (SQLite, for one, gives no SQLState at all). Implementations are stateless and thread-safe.
 */
@FunctionalInterface
public interface ErrorClassifier {

    /** What the exception means, or {@code null} to let the SQLState decide. */
    ErrorKind classify(SQLException e);

    /** For a driver whose SQLStates say everything. */
    ErrorClassifier NONE = e -> null;
}
