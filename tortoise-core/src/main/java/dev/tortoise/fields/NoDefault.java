package dev.tortoise.fields;

import java.util.function.Supplier;

/**
 * The value of {@code defaultSupplier()} on field annotations when none is given: the field has no
 * Java-side default besides its initializer. Never called.
 */
public final class NoDefault implements Supplier<Object> {
    private NoDefault() {
    }

    @Override
    public Object get() {
        throw new UnsupportedOperationException("NoDefault marks the absence of a default supplier");
    }
}
