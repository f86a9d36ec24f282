package dev.tortoise.exceptions;

/**
 * A migration cannot be found, ordered, applied or reversed: an unknown app or target, a missing
 * dependency, two leaf migrations in one app, an irreversible operation on the way back, or a
 * statement that failed while a migration ran. The message names the app and the migration.
 */
public class MigrationException extends TortoiseException {
    private static final long serialVersionUID = 1L;

    public MigrationException(String message) {
        super(message);
    }

    public MigrationException(String message, Throwable cause) {
        super(message, cause);
    }
}
