package dev.tortoise.backend.postgres;

import dev.tortoise.spi.ErrorKind;
import dev.tortoise.spi.ErrorClassifier;

import java.sql.SQLException;

/**
 * PostgreSQL's SQLStates say nearly everything; these are the ones outside classes 08 and 28 that
 * also mean the server is not available for work.
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
            default -> null;
        };
    }
}
