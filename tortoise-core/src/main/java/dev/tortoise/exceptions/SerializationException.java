package dev.tortoise.exceptions;

/**
 * The database could not fit this transaction among concurrent ones and gave up on it: a
 * serialization failure (SQLSTATE {@code 40001}: PostgreSQL under REPEATABLE READ or SERIALIZABLE,
 * H2), or on MySQL/MariaDB a lock wait that timed out (error 1205). The statement, or with
 * PostgreSQL the whole transaction, was rolled back: running the transaction again from its start
 * may succeed, so {@link #isRetryable()} is true; {@code Tortoise.inTransaction(alias, attempts, block)}
 * does it.
 */
public class SerializationException extends OperationalException {
    private static final long serialVersionUID = 1L;

    public SerializationException(String message, Throwable cause) {
        super(message, cause);
    }

    /** Always true: run the transaction again from its start. */
    @Override
    public boolean isRetryable() {
        return true;
    }
}
