package dev.tortoise.exceptions;

/**
 * A query that must return one row returned several.
 */
public class MultipleObjectsReturnedException extends TortoiseException {
    private static final long serialVersionUID = 1L;

    public MultipleObjectsReturnedException(String message) {
        super(message);
    }

    public MultipleObjectsReturnedException(String message, Throwable cause) {
        super(message, cause);
    }
}
