package dev.tortoise.backend.postgres;

import dev.tortoise.spi.ErrorKind;
import dev.tortoise.spi.ErrorClassifier;

import java.sql.SQLException;

/**
 * PostgreSQL's SQLStates say nearly everything; these are the ones outside classes 08 and 28 that
 * also mean the server is not available for work (an administrator's {@code pg_terminate_backend}
 * is {@code 57P01}), and the retryable ones: a deadlock ({@code 40P01}) and a serialization
 * failure ({@code 40001}); {@code 08P01} is a protocol violation, not a failure to connect.
 */
final class PostgresErrorCodes implements ErrorClassifier {

    @Override
    public ErrorKind classify(SQLException e) {
        String state = e.getSQLState();
        if (state == null) {
            return null;
        }
        return switch (state) {
            case "57P01", "57P02", "57P03", "53300", "3D000" -> ErrorKind.CONNECTION;
            case "40P01" -> ErrorKind.DEADLOCK;
            case "40001" -> ErrorKind.SERIALIZATION;
            case "08P01" -> ErrorKind.PROTOCOL;
            default -> null;
        };
    }
}
