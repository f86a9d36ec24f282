package dev.tortoise.exceptions;

/**
 * A query that must return one row returned none.
 */
public class DoesNotExistException extends TortoiseException {
    private static final long serialVersionUID = 1L;

    public DoesNotExistException(String message) {
        super(message);
    }

    public DoesNotExistException(String message, Throwable cause) {
        super(message, cause);
    }
}
