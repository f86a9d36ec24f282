package dev.tortoise.internal.meta;

import dev.tortoise.Model;

/**
 * Reads and writes one persisted value of a model instance. Access is checked once per field at
 * init; the method handles behind it are made on first use and kept (no reflection per call).
 * Thread-safe as long as the instance is not shared between threads while it is written.
 */
public interface FieldAccessor {

    /** The current value; primitives come back boxed. */
    Object get(Model instance);

    /**
     * Sets the value. {@code null} into a primitive field is rejected.
     *
     * @throws dev.tortoise.exceptions.ValidationException when the value does not fit the field
     */
    void set(Model instance, Object value);
}
