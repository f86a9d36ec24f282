package dev.tortoise.backend.sqlite;

import dev.tortoise.spi.ErrorKind;
import dev.tortoise.spi.ErrorClassifier;
import org.sqlite.SQLiteException;

import java.sql.SQLException;
import java.util.Locale;

/**
 * SQLite's result codes, since its driver gives no SQLState: the primary code is the low byte of
 * the extended one ({@code SQLITE_CONSTRAINT_UNIQUE} = 2067 = 19 + 8 &lt;&lt; 8).
 */
final class SqliteErrorCodes implements ErrorClassifier {

    private static final int SQLITE_ERROR = 1;
    private static final int SQLITE_BUSY = 5;
    private static final int SQLITE_LOCKED = 6;
    private static final int SQLITE_CANTOPEN = 14;
    private static final int SQLITE_CONSTRAINT = 19;
    private static final int SQLITE_NOTADB = 26;

    @Override
    public ErrorKind classify(SQLException e) {
        int extended = e instanceof SQLiteException s ? s.getResultCode().code : e.getErrorCode();
        return switch (extended & 0xff) {
            case SQLITE_CONSTRAINT -> ErrorKind.INTEGRITY;
            case SQLITE_BUSY, SQLITE_LOCKED -> ErrorKind.BUSY;
            case SQLITE_CANTOPEN, SQLITE_NOTADB -> ErrorKind.CONNECTION;
            case SQLITE_ERROR -> tableExists(e) ? ErrorKind.TABLE_EXISTS : null;
            default -> null;
        };
    }

    private static boolean tableExists(SQLException e) {
        String message = String.valueOf(e.getMessage()).toLowerCase(Locale.ROOT);
        return message.contains("table") && message.contains("already exists");
    }
}
