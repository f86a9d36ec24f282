package dev.tortoise.exceptions;

/**
 * The database found this transaction in a deadlock with another and rolled it back (PostgreSQL
 * SQLSTATE {@code 40P01}, MySQL/MariaDB error 1213). Nothing of the transaction was kept: running
 * it again from its start is safe and usually succeeds, so {@link #isRetryable()} is true. Taking
 * rows in one order everywhere (by primary key, with {@code selectForUpdate}) avoids deadlocks;
 * {@code Tortoise.inTransaction(alias, attempts, block)} runs a transaction again on this exception.
 */
public class DeadlockException extends OperationalException {
    private static final long serialVersionUID = 1L;

    public DeadlockException(String message, Throwable cause) {
        super(message, cause);
    }

    /** Always true: the database rolled the transaction back; run it again. */
    @Override
    public boolean isRetryable() {
        return true;
    }
}
