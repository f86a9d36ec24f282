package dev.tortoise.signals;

import dev.tortoise.Model;
import java.util.List;

/**
 * Runs after an instance was written by {@code save()} (also through {@code Manager.create},
 * {@code getOrCreate} and {@code updateOrCreate}), in the caller's thread and transaction. An
 * exception it throws propagates unchanged, after the row was written: outside a transaction the
 * row stays; inside {@code Tortoise.inTransaction} the block rolls back as usual.
 *
 * @param <T> the model
 */
@FunctionalInterface
public interface PostSaveListener<T extends Model> {
    /**
     * @param instance     the saved instance (a generated key is filled in)
     * @param created      true when the row was inserted, false when it was updated
     * @param updateFields the field names given to {@code save(...)}, in order; empty when every field was written
     */
    void postSave(T instance, boolean created, List<String> updateFields);
}
