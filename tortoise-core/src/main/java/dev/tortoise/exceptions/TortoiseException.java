package dev.tortoise.exceptions;

/**
 * Root of every exception Tortoise throws. All are unchecked: callers catch what they can act on.
 * A driver's {@link java.sql.SQLException} is never thrown raw; it stays attached as the cause.
 */
public class TortoiseException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public TortoiseException(String message) {
        super(message);
    }

    public TortoiseException(String message, Throwable cause) {
        super(message, cause);
    }
}
