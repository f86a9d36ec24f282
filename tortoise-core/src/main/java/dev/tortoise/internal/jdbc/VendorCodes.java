package dev.tortoise.internal.jdbc;

import java.sql.SQLException;

/**
 * A backend's knowledge of its driver's vendor error codes, consulted before the SQLState
 * (SQLite, for one, gives no SQLState at all).
 */
@FunctionalInterface
public interface VendorCodes {

    /** What the exception means, or {@code null} to let the SQLState decide. */
    ErrorKind classify(SQLException e);

    /** Codes for a driver whose SQLStates say everything. */
    VendorCodes NONE = e -> null;
}
