package dev.tortoise.exceptions;

/**
 * A constraint was violated: unique, foreign key, not null or check (upstream {@code IntegrityError}).
 */
public class IntegrityException extends OperationalException {
    private static final long serialVersionUID = 1L;

    public IntegrityException(String message) {
        super(message);
    }

    public IntegrityException(String message, Throwable cause) {
        super(message, cause);
    }
}
