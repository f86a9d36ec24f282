package dev.tortoise.exceptions;

/**
 * The database could not be reached or refused the credentials. Messages never contain a password.
 */
public class DbConnectionException extends TortoiseException {
    private static final long serialVersionUID = 1L;

    public DbConnectionException(String message) {
        super(message);
    }

    public DbConnectionException(String message, Throwable cause) {
        super(message, cause);
    }
}
