package dev.tortoise.exceptions;

/**
 * The connection died while the transaction was committing: the database may have committed it
 * (the answer was lost on the way back) or not. Tortoise cannot tell, and neither can the caller
 * without looking: check whether the transaction's effect is there before running it again, or
 * make it idempotent (a unique key that a second run would violate).
 *
 * <p>An {@link OperationalException} and deliberately not a {@link DbConnectionException}: code
 * that retries on connection failures must not run again a transaction that may have committed.
 * {@link #isRetryable()} is false.
 */
public class TransactionOutcomeUnknownException extends OperationalException {
    private static final long serialVersionUID = 1L;

    public TransactionOutcomeUnknownException(String message, Throwable cause) {
        super(message, cause);
    }
}
