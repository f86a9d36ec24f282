package dev.tortoise.exceptions;

/**
 * A relation was read before its values were fetched (upstream {@code NoValuesFetched}).
 */
public class NoValuesFetchedException extends TortoiseException {
    private static final long serialVersionUID = 1L;

    public NoValuesFetchedException(String message) {
        super(message);
    }

    public NoValuesFetchedException(String message, Throwable cause) {
        super(message, cause);
    }
}
