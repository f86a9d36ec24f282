package dev.tortoise.signals;

import dev.tortoise.Model;

/**
 * Runs before {@code delete()} removes an instance's row, in the caller's thread and transaction.
 * An exception it throws propagates unchanged and nothing is deleted.
 *
 * @param <T> the model
 */
@FunctionalInterface
public interface PreDeleteListener<T extends Model> {
    /** @param instance the instance about to be deleted */
    void preDelete(T instance);
}
