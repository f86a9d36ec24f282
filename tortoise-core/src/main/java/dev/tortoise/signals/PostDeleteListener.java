package dev.tortoise.signals;

import dev.tortoise.Model;

/**
 * Runs after {@code delete()} removed an instance's row, in the caller's thread and transaction.
 * An exception it throws propagates unchanged, after the row was deleted (inside
 * {@code Tortoise.inTransaction} the block rolls back as usual).
 *
 * @param <T> the model
 */
@FunctionalInterface
public interface PostDeleteListener<T extends Model> {
    /** @param instance the deleted instance (it keeps its field values, its primary key included) */
    void postDelete(T instance);
}
