package dev.tortoise.exceptions;

/**
 * The database rejected a statement (upstream {@code OperationalError}).
 *
 * <p>{@link #isRetryable()} tells whether running the whole transaction again may succeed: true
 * for a {@link DeadlockException} and a {@link SerializationException}, whose transaction the
 * database rolled back because of other transactions; false for everything else.
 */
public class OperationalException extends TortoiseException {
    private static final long serialVersionUID = 1L;

    public OperationalException(String message) {
        super(message);
    }

    public OperationalException(String message, Throwable cause) {
        super(message, cause);
    }

    /**
     * Whether the same transaction, run again from its start, may succeed: the database rolled it
     * back because it collided with others, not because of what it says. False unless a subclass
     * says otherwise.
     */
    public boolean isRetryable() {
        return false;
    }
}
