package dev.tortoise.backend.mysql;

import dev.tortoise.spi.ErrorClassifier;
import dev.tortoise.spi.ErrorKind;

import java.sql.SQLException;

/**
 * MySQL/MariaDB error numbers, for drivers or proxies that leave the SQLState generic: a deadlock
 * (1213) and a lock wait timeout (1205) are retryable; a connection killed by an administrator
 * ({@code KILL CONNECTION}: 1927, or the server gone: 2006, 2013) is a lost connection.
 */
final class MysqlErrorCodes implements ErrorClassifier {

    @Override
    public ErrorKind classify(SQLException e) {
        return switch (e.getErrorCode()) {
            // duplicate entry, null in a NOT NULL column, foreign key parent missing or child present
            case 1062, 1048, 1451, 1452, 1216, 1217, 1557, 1586, 4025 -> ErrorKind.INTEGRITY;
            case 1050 -> ErrorKind.TABLE_EXISTS;
            // access denied, unknown database, too many connections, server gone
            case 1044, 1045, 1049, 1040, 2002, 2003, 2006, 2013, 1927, 1053 -> ErrorKind.CONNECTION;
            case 1213 -> ErrorKind.DEADLOCK;
            case 1205 -> ErrorKind.SERIALIZATION;
            default -> null;
        };
    }
}
