package dev.tortoise.backend.h2;

import dev.tortoise.spi.ErrorClassifier;
import dev.tortoise.spi.ErrorKind;

import java.sql.SQLException;

/**
 * H2's error codes ({@code org.h2.api.ErrorCode}) where its SQLState alone says too little: a
 * database that cannot be opened or was closed under the client, a deadlock (whose SQLState,
 * 40001, would read as a serialization failure), and a row lock that was not released in time. Constraint violations (SQLState class 23) and an existing table (42S01) are
 * already clear from the SQLState.
 */
final class H2ErrorCodes implements ErrorClassifier {

    /** {@code TABLE_OR_VIEW_ALREADY_EXISTS_1}. */
    static final int TABLE_EXISTS = 42101;
    /** {@code DEADLOCK_1}: H2 broke a deadlock by rolling this transaction back (SQLSTATE 40001, a deadlock here). */
    static final int DEADLOCK = 40001;
    /** {@code LOCK_TIMEOUT_1}: a row stayed locked by another transaction longer than {@code LOCK_TIMEOUT}. */
    static final int LOCK_TIMEOUT = 50200;
    /** {@code DATABASE_NOT_FOUND_WITH_IF_EXISTS_1}: opened with {@code IFEXISTS=TRUE} and not there. */
    static final int NOT_FOUND_WITH_IF_EXISTS = 90146;

    @Override
    public ErrorKind classify(SQLException e) {
        return switch (e.getErrorCode()) {
            case TABLE_EXISTS -> ErrorKind.TABLE_EXISTS;
            case DEADLOCK -> ErrorKind.DEADLOCK;
            case LOCK_TIMEOUT -> ErrorKind.BUSY;
            // database not found, already open in another process, closed, closed at shutdown,
            // file corrupted or not an H2 file, wrong user name or password
            case 90013, NOT_FOUND_WITH_IF_EXISTS, 90020, 90098, 90121, 90030, 90048, 28000 -> ErrorKind.CONNECTION;
            default -> null;
        };
    }
}
