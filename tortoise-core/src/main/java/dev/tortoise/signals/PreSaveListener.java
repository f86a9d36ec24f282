package dev.tortoise.signals;

import dev.tortoise.Model;
import java.util.List;

/**
 * Runs before an instance is written by {@code save()} (also through {@code Manager.create},
 * {@code getOrCreate} and {@code updateOrCreate}): after {@code autoNow}/{@code autoNowAdd} and
 * Java-side defaults are filled in, before validation and before any SQL, in the caller's thread
 * and transaction. It may change the instance; what it sets is validated and written. An exception
 * it throws propagates unchanged and nothing is written.
 *
 * @param <T> the model
 */
@FunctionalInterface
public interface PreSaveListener<T extends Model> {
    /**
     * @param instance     the instance about to be saved
     * @param updateFields the field names given to {@code save(...)}, in order; empty when every field is written
     */
    void preSave(T instance, List<String> updateFields);
}
