package dev.tortoise.exceptions;

/**
 * The database rejected a statement (upstream {@code OperationalError}).
 */
public class OperationalException extends TortoiseException {
    private static final long serialVersionUID = 1L;

    public OperationalException(String message) {
        super(message);
    }

    public OperationalException(String message, Throwable cause) {
        super(message, cause);
    }
}
