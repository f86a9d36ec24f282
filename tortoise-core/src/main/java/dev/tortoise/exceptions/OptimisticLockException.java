package dev.tortoise.exceptions;

/**
 * An update of a model with a {@link dev.tortoise.fields.VersionField} found no row with the
 * instance's key and version: another writer changed (or deleted) the row since this instance was
 * read, and the update was not applied. Reload the instance ({@code refreshFromDb()}) and decide
 * again, or report the conflict. The message names the model, the primary key and the version.
 */
public class OptimisticLockException extends TortoiseException {
    private static final long serialVersionUID = 1L;

    public OptimisticLockException(String message) {
        super(message);
    }

    public OptimisticLockException(String message, Throwable cause) {
        super(message, cause);
    }
}
