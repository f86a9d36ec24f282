package dev.tortoise.exceptions;

/**
 * A value does not fit its field; raised before the database is touched.
 */
public class ValidationException extends TortoiseException {
    private static final long serialVersionUID = 1L;

    public ValidationException(String message) {
        super(message);
    }

    public ValidationException(String message, Throwable cause) {
        super(message, cause);
    }
}
