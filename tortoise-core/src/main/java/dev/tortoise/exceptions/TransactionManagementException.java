package dev.tortoise.exceptions;

/**
 * A transaction was used in a way its state does not allow (upstream {@code TransactionManagementError}).
 */
public class TransactionManagementException extends TortoiseException {
    private static final long serialVersionUID = 1L;

    public TransactionManagementException(String message) {
        super(message);
    }

    public TransactionManagementException(String message, Throwable cause) {
        super(message, cause);
    }
}
